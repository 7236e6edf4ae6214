package clients

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

//go:embed bto201_client_in_loop.md
var clientInLoopDoc string

// ClientInLoop reports clients, resources and sessions rebuilt on every
// iteration of a loop with the same arguments.
var ClientInLoop = &analysis.Rule{
	Code:     "BTO201",
	Name:     "client-in-loop",
	Summary:  "A client, resource or session is created inside a loop with arguments that do not change",
	Severity: analysis.SeverityWarning,
	Fix:      analysis.FixSometimes,
	Doc:      clientInLoopDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    checkClientInLoop,
}

var (
	asPatternTarget = syntax.KindOf("as_pattern_target", true)
)

// creates reports whether call itself creates a client, resource or
// session, and names what.
func creates(p *analysis.Pass, call syntax.Node) (string, bool) {
	v := p.Resolve(call)
	if !v.Origin.Equal(call) {
		return "", false
	}
	switch v.Kind {
	case semantic.Client:
		return "client", true
	case semantic.ServiceResource:
		return "resource", true
	case semantic.Session, semantic.BotocoreSession:
		return "session", true
	}
	return "", false
}

// loop is a loop around a call: a for or while statement, or a
// comprehension.
type loop struct {
	node syntax.Node
}

func (l loop) statement() bool {
	return l.node.Is(syntax.KindForStatement) || l.node.Is(syntax.KindWhileStatement)
}

// describe names the loop. Messages carry no line numbers (they would go
// stale as lines move); the loop is the diagnostic's related location.
func (l loop) describe() string {
	switch {
	case l.node.Is(syntax.KindForStatement):
		return "the enclosing `for` loop"
	case l.node.Is(syntax.KindWhileStatement):
		return "the enclosing `while` loop"
	}
	return "the enclosing comprehension"
}

// header returns the range of the loop's first line, for the related
// location.
func (l loop) header(t *syntax.Tree) (start, end int) {
	line := t.Lines().Line(l.node.Start())
	return l.node.Start(), min(l.node.End(), t.Lines().LineEnd(line))
}

// loopsAround returns the loops whose every iteration evaluates n,
// innermost first, up to the enclosing function. A for loop's iterable
// and else clause, and a comprehension's first iterable, run once.
func loopsAround(n syntax.Node) []loop {
	var out []loop
	child := n
	for a := range n.Ancestors() {
		switch a.Kind() {
		case syntax.KindFunctionDefinition, syntax.KindLambda, syntax.KindClassDefinition:
			return out
		case syntax.KindForStatement:
			if child.Field() == syntax.FieldBody {
				out = append(out, loop{a})
			}
		case syntax.KindWhileStatement:
			if child.Field() == syntax.FieldBody || child.Field() == syntax.FieldCondition {
				out = append(out, loop{a})
			}
		case syntax.KindListComprehension, syntax.KindSetComprehension,
			syntax.KindDictComprehension, syntax.KindGeneratorExpression:
			first := a.ChildOfKind(syntax.KindForInClause)
			if !(child.Equal(first) && first.ChildByField(syntax.FieldRight).Contains(n)) {
				out = append(out, loop{a})
			}
		}
		child = a
	}
	return out
}

func checkClientInLoop(p *analysis.Pass, call syntax.Node) {
	what, ok := creates(p, call)
	if !ok {
		return
	}
	if outer := call.Parent(); outer.Is(syntax.KindAttribute) && call.Field() == syntax.FieldObject {
		if _, ok := creates(p, outer.Parent()); ok && outer.Parent().Is(syntax.KindCall) {
			// get_session().create_client("s3"): one finding, on the client.
			return
		}
	}
	loops := loopsAround(call)
	if len(loops) == 0 || conditional(call, loops[0].node) {
		return
	}
	if !invariant(p, call, loops[0]) {
		return
	}
	outer := loops[0]
	for _, l := range loops[1:] {
		if !invariant(p, call, l) {
			break
		}
		outer = l
	}
	text := call.Text()
	if len(text) > 60 || strings.Contains(text, "\n") {
		text = call.ChildByField(syntax.FieldFunction).Text() + "(...)"
	}
	d := analysis.Diagnostic{
		Start: call.Start(),
		End:   call.End(),
		Message: fmt.Sprintf("`%s` creates a new %s on every iteration of %s with the same arguments: create it once before the loop and reuse it",
			text, what, loops[0].describe()),
	}
	hs, he := loops[0].header(p.Tree)
	d.Related = []analysis.Related{{Start: hs, End: he, Message: "the loop"}}
	if edits, ok := hoist(p, call, loops[0], outer); ok {
		d.Fixes = []analysis.Fix{{Title: "Create the " + what + " once, before the loop", Applicability: analysis.Safe, Edits: edits}}
	}
	p.Report(d)
}

// conditional reports whether call, inside loop, runs only on some
// iterations: in an except handler, on the right of and/or, in a branch of
// a conditional expression, or under an if that tests the very name the
// call is assigned to (the lazy `if client is None: client = ...`).
func conditional(call, l syntax.Node) bool {
	target := assignedPath(call)
	child := call
	for a := range call.Ancestors() {
		if a.Equal(l) {
			return false
		}
		switch a.Kind() {
		case syntax.KindExceptClause:
			return true
		case syntax.KindBooleanOperator:
			if child.Field() == syntax.FieldRight {
				return true
			}
		case syntax.KindConditionalExpression:
			if !child.Equal(a.NamedChild(1)) {
				return true
			}
		case syntax.KindIfStatement, syntax.KindElifClause:
			if target != "" && child.Field() != syntax.FieldCondition {
				for _, path := range chains(a.ChildByField(syntax.FieldCondition)) {
					if path == target {
						return true
					}
				}
			}
		}
		child = a
	}
	return false
}

// assignedPath returns the dotted target of `x = call` or `self.x = call`.
func assignedPath(call syntax.Node) string {
	asg := call.Parent()
	for asg.Is(syntax.KindParenthesizedExpr) {
		asg = asg.Parent()
	}
	if !asg.Is(syntax.KindAssignment) || !syntax.Unparen(asg.ChildByField(syntax.FieldRight)).Equal(call) {
		return ""
	}
	path, _ := syntax.DottedName(asg.ChildByField(syntax.FieldLeft))
	return path
}

// chains returns the maximal dotted names read in n: "self.session" for
// self.session.client, "regions" for regions[0]; attribute names and
// keyword names are not names.
func chains(n syntax.Node) []string {
	var out []string
	visit := func(d syntax.Node) {
		if !d.Is(syntax.KindIdentifier) && !d.Is(syntax.KindAttribute) {
			return
		}
		if d.Is(syntax.KindIdentifier) {
			if d.Field() == syntax.FieldAttribute && d.Parent().Is(syntax.KindAttribute) {
				return
			}
			if d.Field() == syntax.FieldName && d.Parent().Is(syntax.KindKeywordArgument) {
				return
			}
		}
		if d.Field() == syntax.FieldObject && d.Parent().Is(syntax.KindAttribute) {
			if _, ok := syntax.DottedName(d.Parent()); ok {
				return // part of a longer chain
			}
		}
		if path, ok := syntax.DottedName(d); ok {
			out = append(out, path)
		}
	}
	visit(n)
	for d := range n.Descendants() {
		visit(d)
	}
	return out
}

// pureCalls may appear in the arguments of a hoisted call: they return
// the same value on every iteration.
var pureCalls = map[string]bool{
	"botocore.config.Config": true, "builtins.str": true, "builtins.int": true,
	"builtins.dict": true, "builtins.list": true, "builtins.tuple": true,
	"builtins.bool": true, "builtins.float": true, "os.getenv": true, "os.environ.get": true,
}

// invariant reports whether call evaluates the same on every iteration of
// l: nothing it reads is bound, assigned through or mutated through a
// method call in the loop, and its arguments call nothing but pure
// functions.
func invariant(p *analysis.Pass, call syntax.Node, l loop) bool {
	args := call.ChildByField(syntax.FieldArguments)
	for d := range args.Descendants() {
		if !d.Is(syntax.KindCall) {
			continue
		}
		if q, ok := p.Model.CallQualifiedName(d); !ok || !pureCalls[q] {
			return false
		}
	}
	changed := changedInLoop(p, l)
	for _, path := range chains(call) {
		for c := range changed {
			if c == path || strings.HasPrefix(path, c+".") || strings.HasPrefix(c, path+".") {
				return false
			}
		}
	}
	return true
}

// changedInLoop returns the dotted names a loop may change on each
// iteration: names it binds (targets, assignments, imports, defs, with and
// except aliases, walrus), roots of attribute and subscript assignments,
// and receivers of method calls other than client, resource and session
// factories (`regions.pop()`, `boto3.setup_default_session(...)`).
func changedInLoop(p *analysis.Pass, l loop) map[string]bool {
	out := map[string]bool{}
	add := func(target syntax.Node) {
		if !target.Valid() {
			return
		}
		target = syntax.Unparen(target)
		for target.Is(syntax.KindSubscript) {
			target = syntax.Unparen(target.ChildByField(syntax.FieldValue))
		}
		if path, ok := syntax.DottedName(target); ok {
			out[path] = true
			return
		}
		for d := range target.Descendants() {
			if d.Is(syntax.KindIdentifier) {
				out[d.Text()] = true
			}
		}
	}
	if l.node.Is(syntax.KindForStatement) {
		add(l.node.ChildByField(syntax.FieldLeft))
	}
	for d := range l.node.Descendants() {
		switch d.Kind() {
		case syntax.KindAssignment, syntax.KindAugmentedAssignment:
			add(d.ChildByField(syntax.FieldLeft))
		case syntax.KindForStatement, syntax.KindForInClause:
			add(d.ChildByField(syntax.FieldLeft))
		case syntax.KindNamedExpression, syntax.KindFunctionDefinition, syntax.KindClassDefinition:
			add(d.ChildByField(syntax.FieldName))
		case asPatternTarget:
			add(d)
		case syntax.KindDeleteStatement:
			add(d)
		case syntax.KindImportStatement, syntax.KindImportFromStatement:
			for n := range d.ChildrenByField(syntax.FieldName) {
				if n.Is(syntax.KindAliasedImport) {
					add(n.ChildByField(syntax.FieldAlias))
				} else {
					add(n.NamedChild(0))
				}
			}
		case syntax.KindCall:
			if _, ok := creates(p, d); ok {
				continue
			}
			if recv, _, ok := syntax.MethodCall(d); ok {
				recv = syntax.Unparen(recv)
				for recv.Is(syntax.KindSubscript) {
					recv = syntax.Unparen(recv.ChildByField(syntax.FieldValue))
				}
				if path, ok := syntax.DottedName(recv); ok {
					out[path] = true // boto3.client("s3").x() mutates nothing we track
				}
			}
		}
	}
	return out
}

// hoist builds the fix: move `name = call` from the innermost loop's body
// to just before the outermost loop it does not depend on.
func hoist(p *analysis.Pass, call syntax.Node, inner, outer loop) ([]analysis.Edit, bool) {
	if !inner.statement() || !outer.statement() {
		return nil, false
	}
	asg := call.Parent()
	stmt := asg.Parent()
	if !asg.Is(syntax.KindAssignment) || !asg.ChildByField(syntax.FieldRight).Equal(call) ||
		!stmt.Is(syntax.KindExpressionStatement) || stmt.NamedChildCount() != 1 {
		return nil, false
	}
	target := asg.ChildByField(syntax.FieldLeft)
	if !target.Is(syntax.KindIdentifier) {
		return nil, false
	}
	if body := inner.node.ChildByField(syntax.FieldBody); !stmt.Parent().Equal(body) {
		return nil, false
	}
	name := target.Text()
	for d := range outer.node.Descendants() {
		if !d.Is(syntax.KindIdentifier) || !d.TextIs(name) || d.Equal(target) {
			continue
		}
		if d.Field() == syntax.FieldAttribute && d.Parent().Is(syntax.KindAttribute) {
			continue
		}
		if d.Field() == syntax.FieldName && d.Parent().Is(syntax.KindKeywordArgument) {
			continue
		}
		if isBinding(d) || d.Start() < stmt.Start() {
			// Rebound in the loop, or read before the assignment (on the
			// first iteration that read sees the value from before the loop).
			return nil, false
		}
	}
	return fixes.HoistStatement(p.Tree, stmt, outer.node)
}

// isBinding reports whether identifier id is bound where it stands.
func isBinding(id syntax.Node) bool {
	child := id
	for a := range id.Ancestors() {
		switch a.Kind() {
		case syntax.KindAssignment, syntax.KindAugmentedAssignment, syntax.KindForStatement, syntax.KindForInClause:
			return child.Field() == syntax.FieldLeft
		case syntax.KindNamedExpression, syntax.KindFunctionDefinition, syntax.KindClassDefinition:
			return child.Field() == syntax.FieldName
		case asPatternTarget, syntax.KindDeleteStatement, syntax.KindGlobalStatement,
			syntax.KindNonlocalStatement, syntax.KindImportStatement, syntax.KindImportFromStatement,
			syntax.KindParameters, syntax.KindLambdaParameters:
			return true
		case syntax.KindPatternList, syntax.KindTuplePattern, syntax.KindListPattern,
			syntax.KindTuple, syntax.KindList, syntax.KindListSplatPattern, syntax.KindParenthesizedExpr,
			syntax.KindExpressionList, syntax.KindListSplat:
			child = a
			continue
		}
		return false
	}
	return false
}
