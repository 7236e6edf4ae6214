package structure

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

//go:embed bto401_main_guard_body.md
var mainGuardBodyDoc string

// MainGuardBody reports main guards that hold more than one call.
var MainGuardBody = &analysis.Rule{
	Code:     "BTO401",
	Name:     "main-guard-body",
	Summary:  "The `if __name__ == \"__main__\":` block does more than call main()",
	Severity: analysis.SeverityInfo,
	Fix:      analysis.FixSometimes,
	Doc:      mainGuardBodyDoc,
	Kinds:    []syntax.Kind{syntax.KindIfStatement},
	Visit:    checkMainGuardBody,
	// It reads the names the whole file binds and uses.
	Scope: analysis.FileScope,
}

func checkMainGuardBody(p *analysis.Pass, n syntax.Node) {
	if !isMainGuard(n) {
		return
	}
	body := n.ChildByField(syntax.FieldConsequence)
	var stmts []syntax.Node
	for s := range body.Args() {
		stmts = append(stmts, s)
	}
	if len(stmts) == 0 || len(stmts) == 1 && isSingleCall(p, stmts[0]) {
		return // an empty body is a syntax error, BTO900's business
	}
	cond := n.ChildByField(syntax.FieldCondition)
	what := fmt.Sprintf("%d statements", len(stmts))
	if len(stmts) == 1 {
		what = "a `" + stmts[0].Kind().String() + "` rather than a single call"
	}
	d := analysis.Diagnostic{
		Start:   n.Start(),
		End:     cond.End(),
		Message: fmt.Sprintf("the `if %s:` block holds %s: move them into `main()` and keep the block to `sys.exit(main())`", cond.Text(), what),
	}
	if fix, ok := moveIntoMain(p, n, body, stmts); ok {
		d.Fixes = []analysis.Fix{fix}
	}
	p.Report(d)
}

// isSingleCall reports whether a statement is one call: main(),
// sys.exit(main()), raise SystemExit(main()).
func isSingleCall(p *analysis.Pass, s syntax.Node) bool {
	switch {
	case s.Is(syntax.KindExpressionStatement):
		return s.NamedChildCount() == 1 && syntax.Unparen(s.NamedChild(0)).Is(syntax.KindCall)
	case s.Is(syntax.KindRaiseStatement):
		return syntax.Unparen(s.NamedChild(0)).Is(syntax.KindCall) && raisesSystemExit(p, s)
	}
	return false
}

// forbiddenCalls read or change the namespace a body runs in: moving the
// body into a function changes what they see.
var fieldCause = syntax.FieldOf("cause")

var forbiddenCalls = map[string]bool{
	"globals": true, "locals": true, "vars": true, "exec": true, "eval": true, "dir": true,
}

// moveIntoMain builds the fix that turns the guard body into def main().
func moveIntoMain(p *analysis.Pass, guard, body syntax.Node, stmts []syntax.Node) (analysis.Fix, bool) {
	t := p.Tree
	lines := t.Lines()
	if guard.ChildByField(syntax.FieldAlternative).Valid() || len(p.Model.Module.Bindings["main"]) > 0 {
		return analysis.Fix{}, false
	}
	if fixes.HasMultilineString(t, body) {
		return analysis.Fix{}, false
	}
	headerLine := lines.Line(guard.Start())
	if lines.Line(body.Start()) == headerLine || lines.Line(guard.ChildByField(syntax.FieldCondition).End()) != headerLine {
		return analysis.Fix{}, false
	}
	if !movable(p, body) {
		return analysis.Fix{}, false
	}

	// The body text, with top-level exits turned into returns.
	bodyStart := lines.LineStart(lines.Line(body.Start()))
	var edits []analysis.Edit
	endsWithExit := false
	for i, s := range stmts {
		value, ok := exitValue(p, s)
		if !ok {
			if i == len(stmts)-1 {
				endsWithExit = s.Is(syntax.KindReturnStatement) || s.Is(syntax.KindRaiseStatement)
			}
			continue
		}
		ret := "return 0"
		if value.Valid() {
			ret = "return " + value.Text()
		}
		edits = append(edits, analysis.Edit{Start: s.Start() - bodyStart, End: s.End() - bodyStart, NewText: ret})
		if i == len(stmts)-1 {
			endsWithExit = true
		}
	}
	text, err := fixes.Apply(p.Source[bodyStart:body.End()], edits)
	if err != nil {
		return analysis.Fix{}, false
	}
	unit := fixes.IndentUnit(t)
	nl := lines.Newline()
	moved := fixes.Reindent(string(text), fixes.LineIndent(t, stmts[0]), unit)
	var b strings.Builder
	b.WriteString(blankLinesBefore(t, headerLine) + "def main() -> int:" + nl)
	b.WriteString(strings.TrimRight(moved, " \t\r\n") + nl)
	if !endsWithExit {
		b.WriteString(unit + "return 0" + nl)
	}
	sysName, importEdits := fixes.AddImport(t, "sys")
	header := string(p.Source[guard.Start():lines.LineEnd(headerLine)])
	b.WriteString(nl + nl + header + nl + unit + sysName + ".exit(main())")
	fix := analysis.Fix{
		Title:         "Move the block into `def main() -> int:` and call `sys.exit(main())`",
		Applicability: analysis.Unsafe,
		Edits:         append(importEdits, analysis.Edit{Start: guard.Start(), End: guard.End(), NewText: b.String()}),
	}
	return fix, true
}

// blankLinesBefore returns the newlines that give a def starting at line
// the two blank lines PEP 8 asks for after the code above it. A comment
// right above the line belongs to it and is left as it is.
func blankLinesBefore(t *syntax.Tree, line int) string {
	lines := t.Lines()
	blank := 0
	for l := line - 1; l >= 0 && strings.TrimSpace(string(lines.LineText(l))) == ""; l-- {
		blank++
	}
	if blank == line || blank >= 2 {
		return "" // start of file, or enough already
	}
	if blank == 0 && strings.HasPrefix(strings.TrimSpace(string(lines.LineText(line-1))), "#") {
		return ""
	}
	return strings.Repeat(lines.Newline(), 2-blank)
}

// exitValue recognises sys.exit(x), exit(x), quit(x) and raise
// SystemExit(x) statements, returning x (invalid when there is none).
func exitValue(p *analysis.Pass, s syntax.Node) (syntax.Node, bool) {
	var call syntax.Node
	switch {
	case s.Is(syntax.KindExpressionStatement) && s.NamedChildCount() == 1:
		call = syntax.Unparen(s.NamedChild(0))
		q, ok := p.Model.CallQualifiedName(call)
		if !ok || (q != "sys.exit" && q != "builtins.exit" && q != "builtins.quit") {
			return syntax.Node{}, false
		}
	case s.Is(syntax.KindRaiseStatement) && raisesSystemExit(p, s):
		if s.ChildByField(fieldCause).Valid() {
			return syntax.Node{}, false
		}
		call = syntax.Unparen(s.NamedChild(0))
		if !call.Is(syntax.KindCall) {
			return syntax.Node{}, true // raise SystemExit
		}
	default:
		return syntax.Node{}, false
	}
	args := syntax.CallArguments(call)
	switch {
	case len(args) == 0:
		return syntax.Node{}, true
	case len(args) == 1 && args[0].Positional():
		return args[0].Value, true
	}
	return syntax.Node{}, false
}

// movable reports whether the guard body can become a function body
// without changing what any code in the file sees.
func movable(p *analysis.Pass, body syntax.Node) bool {
	m := p.Model
	// Statements that behave differently inside a function.
	for d := range body.Descendants() {
		if insideNestedScope(d, body) {
			continue
		}
		switch {
		case d.Is(syntax.KindGlobalStatement), d.Is(syntax.KindNonlocalStatement),
			d.Is(syntax.KindDeleteStatement), d.Is(syntax.KindYield), d.Is(syntax.KindAwait),
			d.Is(syntax.KindReturnStatement):
			return false
		case d.Is(syntax.KindCall):
			// The semantic model knows only some builtins by qualified name,
			// so an unbound name is checked by its text.
			fn := syntax.Unparen(d.ChildByField(syntax.FieldFunction))
			if fn.Is(syntax.KindIdentifier) && forbiddenCalls[fn.Text()] && len(m.Lookup(fn.Text(), fn)) == 0 {
				return false
			}
		case d.Is(syntax.KindIdentifier) && d.TextIs("main"):
			return false
		}
	}
	// Names the body binds at module level.
	inBody := map[*semantic.Binding]bool{}
	var names []string
	for name, bs := range m.Module.Bindings {
		mine := false
		for _, b := range bs {
			if body.Contains(b.Target) || body.Contains(b.Statement) {
				inBody[b] = true
				mine = true
			}
		}
		if !mine {
			continue
		}
		for _, b := range bs {
			if !inBody[b] {
				return false // also bound elsewhere: it would become a local
			}
		}
		names = append(names, name)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return true
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	// No reference to those names from outside the body.
	for id := range p.Tree.All() {
		if !id.Is(syntax.KindIdentifier) || !want[id.Text()] || body.Contains(id) {
			continue
		}
		if id.Field() == syntax.FieldAttribute && id.Parent().Is(syntax.KindAttribute) {
			continue // x.name is not the name
		}
		if id.Field() == syntax.FieldName && id.Parent().Is(syntax.KindKeywordArgument) {
			continue
		}
		for _, b := range m.Lookup(id.Text(), id) {
			if inBody[b] {
				return false
			}
		}
	}
	return true
}

// insideNestedScope reports whether d lies in a function, lambda or class
// defined inside body (its own statements are not the body's).
func insideNestedScope(d, body syntax.Node) bool {
	for a := range d.Ancestors() {
		if a.Equal(body) {
			return false
		}
		switch a.Kind() {
		case syntax.KindFunctionDefinition, syntax.KindLambda, syntax.KindClassDefinition:
			return true
		}
	}
	return false
}
