package fixes

import (
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

// AddImportsFrom is AddImportFrom for several names at once, so that they
// land in one statement: names not yet imported are merged into the first
// top-level `from module import ...` other than skip (the statement a fix
// rewrites, if any), or go on one new import line. A name may carry an
// alias, "ClientError as CE".
func AddImportsFrom(t *syntax.Tree, module string, names []string, skip syntax.Node) []analysis.Edit {
	var merge syntax.Node
	have := map[string]bool{}
	for _, s := range topStatements(t) {
		if !s.Is(syntax.KindImportFromStatement) || s.Equal(skip) {
			continue
		}
		mod, ok := syntax.DottedName(s.ChildByField(syntax.FieldModuleName))
		if !ok || mod != module || s.ChildOfKind(syntax.KindWildcardImport).Valid() {
			continue
		}
		var last syntax.Node
		for n := range s.ChildrenByField(syntax.FieldName) {
			have[strings.Join(strings.Fields(n.Text()), " ")] = true
			last = n
		}
		if last.Valid() && !merge.Valid() {
			merge = last
		}
	}
	var missing []string
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		if !have[n] {
			have[n] = true
			missing = append(missing, n)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	if merge.Valid() {
		return []analysis.Edit{{Start: merge.End(), End: merge.End(), NewText: ", " + strings.Join(missing, ", ")}}
	}
	at := importInsertionPoint(t)
	nl := t.Lines().Newline()
	return []analysis.Edit{{Start: at, End: at, NewText: newlineBefore(t, at) + "from " + module + " import " + strings.Join(missing, ", ") + nl}}
}

// HoistStatement moves stmt, with the comment that ends its last line, to
// the line before statement before (an enclosing loop, say), reindented to
// before's indentation. ok is false when stmt holds a multi-line string,
// which reindenting would change, or does not start its line.
func HoistStatement(t *syntax.Tree, stmt, before syntax.Node) (edits []analysis.Edit, ok bool) {
	if HasMultilineString(t, stmt) {
		return nil, false
	}
	lines := t.Lines()
	start := LineStartOf(t, stmt)
	if strings.TrimSpace(string(t.Source()[start:stmt.Start()])) != "" {
		return nil, false
	}
	endLine := lines.Line(stmt.End())
	text := string(t.Source()[start:lines.LineEnd(endLine)])
	moved := Reindent(text, LineIndent(t, stmt), LineIndent(t, before))
	at := LineStartOf(t, before)
	return []analysis.Edit{
		{Start: at, End: at, NewText: moved + lines.Newline()},
		DeleteStatement(t, stmt),
	}, true
}
