package fixes

import (
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

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
