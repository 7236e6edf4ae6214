package fixes

import (
	"sort"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

// IndentUnit returns one level of the file's indentation: the difference
// between the first indented block and the line that opens it, four spaces
// when the file has no indented block.
func IndentUnit(t *syntax.Tree) string {
	lines := t.Lines()
	for n := range t.Root().Descendants() {
		if !n.Is(syntax.KindBlock) {
			continue
		}
		first := n.NamedChild(0)
		if !first.Valid() {
			continue
		}
		inner := LineIndent(t, first)
		outerLine, _ := lines.ByteColumn(n.Parent().Start())
		outer := lines.Indentation(outerLine)
		firstLine, _ := lines.ByteColumn(first.Start())
		if firstLine == outerLine {
			continue // def f(): return 1
		}
		if unit, ok := strings.CutPrefix(inner, outer); ok && unit != "" {
			return unit
		}
	}
	return "    "
}

// LineIndent returns the leading whitespace of the line where n starts.
func LineIndent(t *syntax.Tree, n syntax.Node) string {
	line, _ := t.Lines().ByteColumn(n.Start())
	return t.Lines().Indentation(line)
}

// LineStartOf returns the offset of the start of the line where n starts.
func LineStartOf(t *syntax.Tree, n syntax.Node) int {
	line, _ := t.Lines().ByteColumn(n.Start())
	return t.Lines().LineStart(line)
}

// LineEndAfter returns the offset just past the line terminator of the line
// where offset lies (the text's end on the last line).
func LineEndAfter(t *syntax.Tree, offset int) int {
	line, _ := t.Lines().ByteColumn(offset)
	return t.Lines().LineStart(line + 1)
}

// Indent prefixes every non-empty line of code with indent and joins the
// lines with newline.
func Indent(code []string, indent, newline string) string {
	var b strings.Builder
	for _, l := range code {
		if strings.TrimSpace(l) != "" {
			b.WriteString(indent)
			b.WriteString(l)
		}
		b.WriteString(newline)
	}
	return b.String()
}

// Reindent moves a block of source lines from one indentation to another:
// each line loses the prefix from and gains to. Lines inside multi-line
// strings would change value, so callers only reindent code without them
// (see HasMultilineString).
func Reindent(text, from, to string) string {
	lines := strings.SplitAfter(text, "\n")
	var b strings.Builder
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			b.WriteString(strings.TrimLeft(l, " \t"))
			continue
		}
		rest, ok := strings.CutPrefix(l, from)
		if !ok {
			rest = strings.TrimLeft(l, " \t")
		}
		b.WriteString(to)
		b.WriteString(rest)
	}
	return b.String()
}

// HasMultilineString reports whether n contains a string literal spanning
// lines, whose content reindenting would change.
func HasMultilineString(t *syntax.Tree, n syntax.Node) bool {
	for d := range n.Descendants() {
		if d.Is(syntax.KindString) {
			l1, _ := t.Lines().ByteColumn(d.Start())
			l2, _ := t.Lines().ByteColumn(d.End())
			if l1 != l2 {
				return true
			}
		}
	}
	return false
}

// InsertBefore returns an edit that puts the given lines of code before
// statement stmt, at stmt's indentation.
func InsertBefore(t *syntax.Tree, stmt syntax.Node, code ...string) analysis.Edit {
	at := LineStartOf(t, stmt)
	return analysis.Edit{Start: at, End: at, NewText: Indent(code, LineIndent(t, stmt), t.Lines().Newline())}
}

// Replace returns an edit that replaces node n with text.
func Replace(n syntax.Node, text string) analysis.Edit {
	return analysis.Edit{Start: n.Start(), End: n.End(), NewText: text}
}

// DeleteStatement returns an edit that removes stmt with its whole lines
// (and a trailing comment on its last line). A statement that is alone in
// its block becomes pass, so the block stays valid.
func DeleteStatement(t *syntax.Tree, stmt syntax.Node) analysis.Edit {
	parent := stmt.Parent()
	if parent.Is(syntax.KindBlock) && parent.NamedChildCount() == 1 {
		return analysis.Edit{Start: stmt.Start(), End: stmt.End(), NewText: "pass"}
	}
	start := LineStartOf(t, stmt)
	end := LineEndAfter(t, stmt.End())
	if strings.TrimSpace(string(t.Source()[start:stmt.Start()])) != "" {
		// Something precedes it on the line (a; b): remove only the statement.
		return analysis.Edit{Start: stmt.Start(), End: stmt.End(), NewText: ""}
	}
	return analysis.Edit{Start: start, End: end, NewText: ""}
}

// RenameKeyword returns an edit renaming the keyword of a keyword argument.
func RenameKeyword(arg syntax.Argument, name string) analysis.Edit {
	return Replace(arg.Key, name)
}

// topStatements returns the module's top-level statements.
func topStatements(t *syntax.Tree) []syntax.Node {
	var out []syntax.Node
	for s := range t.Root().Args() {
		out = append(out, s)
	}
	return out
}

// importPlacement returns where a new import of module goes and what
// follows the new line. It goes after the module docstring and the
// __future__ imports, and within the leading block of imports by section:
// a standard library module after the last standard library import (or
// before the first other import, as a section of its own), any other
// module after the whole block.
func importPlacement(t *syntax.Tree, module string) (at int, after string) {
	stmts := topStatements(t)
	i := 0
	if i < len(stmts) && isDocstring(stmts[i]) {
		i++
	}
	var block []syntax.Node
	for ; i < len(stmts); i++ {
		s := stmts[i]
		if !s.Is(syntax.KindFutureImportStatement) && !s.Is(syntax.KindImportStatement) && !s.Is(syntax.KindImportFromStatement) {
			break
		}
		block = append(block, s)
	}
	nl := t.Lines().Newline()
	if len(block) == 0 {
		switch {
		case len(stmts) > 0 && isDocstring(stmts[0]):
			return LineEndAfter(t, stmts[0].End()), ""
		case len(stmts) > 0:
			return LineStartOf(t, stmts[0]), ""
		}
		return len(t.Source()), ""
	}
	if isStdlib(module) {
		lastStd, firstOther := -1, -1
		for k, s := range block {
			switch {
			case s.Is(syntax.KindFutureImportStatement):
			case isStdlib(importedModule(s)):
				lastStd = k
			case firstOther < 0:
				firstOther = k
			}
		}
		switch {
		case lastStd >= 0:
			return LineEndAfter(t, block[lastStd].End()), ""
		case firstOther >= 0:
			return LineStartOf(t, block[firstOther]), nl
		}
	}
	return LineEndAfter(t, block[len(block)-1].End()), ""
}

// importedModule returns the module an import statement imports from (its
// first module for import a, b).
func importedModule(s syntax.Node) string {
	if s.Is(syntax.KindImportFromStatement) {
		name, _ := syntax.DottedName(s.ChildByField(syntax.FieldModuleName))
		return name
	}
	n := s.ChildByField(syntax.FieldName)
	if n.Is(syntax.KindAliasedImport) {
		n = n.ChildByField(syntax.FieldName)
	}
	name, _ := syntax.DottedName(n)
	return name
}

func isStdlib(module string) bool {
	root, _, _ := strings.Cut(module, ".")
	return stdlibModules[root]
}

func isDocstring(s syntax.Node) bool {
	return s.Is(syntax.KindExpressionStatement) && syntax.IsStringLiteral(s.NamedChild(0)) && s.NamedChildCount() == 1
}

// newlineAtEnd returns the text needed so that an insertion at offset
// starts on its own line.
func newlineBefore(t *syntax.Tree, at int) string {
	src := t.Source()
	if at > 0 && at == len(src) && src[at-1] != '\n' && src[at-1] != '\r' {
		return t.Lines().Newline()
	}
	return ""
}

// AddImportFrom returns the edits that make name from module available at
// module level, as from module import name: nothing when it is already
// imported, a merge into an existing from module import ... when there is
// one, else a new line placed by importPlacement.
func AddImportFrom(t *syntax.Tree, module, name string) []analysis.Edit {
	return AddImportsFrom(t, module, []string{name}, syntax.Node{})
}

// AddImportsFrom is AddImportFrom for several names at once, so that they
// land in one statement: names not yet imported are merged into the first
// top-level from module import ... other than skip (the statement a fix
// rewrites, if any), or go on one new import line. A name may carry an
// alias, "ClientError as CE".
func AddImportsFrom(t *syntax.Tree, module string, names []string, skip syntax.Node) []analysis.Edit {
	target := ExistingFromImport(t, module, skip)
	have := map[string]bool{}
	var existing []syntax.Node
	for _, s := range topStatements(t) {
		if !isFromImportOf(s, module) || s.Equal(skip) {
			continue
		}
		for n := range s.ChildrenByField(syntax.FieldName) {
			have[normalizeImportName(n.Text())] = true
			if s.Equal(target) {
				existing = append(existing, n)
			}
		}
	}
	var missing []string
	for _, n := range names {
		n = normalizeImportName(n)
		if !have[n] {
			have[n] = true
			missing = append(missing, n)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	if len(existing) > 0 {
		return mergeNames(existing, missing)
	}
	sort.SliceStable(missing, func(i, j int) bool { return importSortKey(missing[i]) < importSortKey(missing[j]) })
	at, after := importPlacement(t, module)
	nl := t.Lines().Newline()
	return []analysis.Edit{{Start: at, End: at, NewText: newlineBefore(t, at) + "from " + module + " import " + strings.Join(missing, ", ") + nl + after}}
}

// ExistingFromImport returns the top-level from module import ... statement
// (other than skip, and not a wildcard import) that new names from module
// merge into, or an invalid node when there is none.
func ExistingFromImport(t *syntax.Tree, module string, skip syntax.Node) syntax.Node {
	for _, s := range topStatements(t) {
		if isFromImportOf(s, module) && !s.Equal(skip) && s.ChildByField(syntax.FieldName).Valid() {
			return s
		}
	}
	return syntax.Node{}
}

func isFromImportOf(s syntax.Node, module string) bool {
	if !s.Is(syntax.KindImportFromStatement) || s.ChildOfKind(syntax.KindWildcardImport).Valid() {
		return false
	}
	mod, ok := syntax.DottedName(s.ChildByField(syntax.FieldModuleName))
	return ok && mod == module
}

func normalizeImportName(s string) string { return strings.Join(strings.Fields(s), " ") }

// mergeNames adds names to the names of a from-import: each at its place
// when the existing names are sorted the way isort sorts them (constants,
// classes, then functions, each alphabetically), else all at the end.
func mergeNames(existing []syntax.Node, names []string) []analysis.Edit {
	sorted := true
	for k := 1; k < len(existing); k++ {
		if importSortKey(existing[k-1].Text()) > importSortKey(existing[k].Text()) {
			sorted = false
			break
		}
	}
	last := existing[len(existing)-1]
	if !sorted {
		return []analysis.Edit{{Start: last.End(), End: last.End(), NewText: ", " + strings.Join(names, ", ")}}
	}
	sort.SliceStable(names, func(i, j int) bool { return importSortKey(names[i]) < importSortKey(names[j]) })
	// Names that go before the same existing name share one insertion.
	before := map[int][]string{}
	var tail []string
	for _, name := range names {
		placed := false
		for k, n := range existing {
			if importSortKey(name) < importSortKey(n.Text()) {
				before[k] = append(before[k], name)
				placed = true
				break
			}
		}
		if !placed {
			tail = append(tail, name)
		}
	}
	var edits []analysis.Edit
	for k, n := range existing {
		if group := before[k]; len(group) > 0 {
			edits = append(edits, analysis.Edit{Start: n.Start(), End: n.Start(), NewText: strings.Join(group, ", ") + ", "})
		}
	}
	if len(tail) > 0 {
		edits = append(edits, analysis.Edit{Start: last.End(), End: last.End(), NewText: ", " + strings.Join(tail, ", ")})
	}
	return edits
}

// importSortKey orders imported names like isort's order_by_type:
// CONSTANTS, then Classes, then functions, each case-insensitively.
func importSortKey(name string) string {
	if as := strings.Index(name, " as "); as >= 0 {
		name = name[:as]
	}
	rank := "2"
	switch {
	case len(name) > 1 && strings.ToUpper(name) == name:
		rank = "0"
	case name != "" && name[0] >= 'A' && name[0] <= 'Z':
		rank = "1"
	}
	return rank + strings.ToLower(name)
}

// AddImport returns the name under which module is available at module
// level and the edits to import it when it is not: import module.
func AddImport(t *syntax.Tree, module string) (string, []analysis.Edit) {
	for _, s := range topStatements(t) {
		if !s.Is(syntax.KindImportStatement) {
			continue
		}
		for n := range s.ChildrenByField(syntax.FieldName) {
			if n.Is(syntax.KindAliasedImport) {
				if mod, _ := syntax.DottedName(n.ChildByField(syntax.FieldName)); mod == module {
					return n.ChildByField(syntax.FieldAlias).Text(), nil
				}
				continue
			}
			if n.TextIs(module) {
				return module, nil
			}
		}
	}
	at, after := importPlacement(t, module)
	nl := t.Lines().Newline()
	return module, []analysis.Edit{{Start: at, End: at, NewText: newlineBefore(t, at) + "import " + module + nl + after}}
}

// ReplaceStringValue returns an edit that changes the value of the string
// literal n to value, keeping its prefix and quotes. ok is false when n is
// not one plain string literal (concatenated strings, bytes, f-strings
// with interpolations) or when value would need escaping.
func ReplaceStringValue(n syntax.Node, value string) (analysis.Edit, bool) {
	n = syntax.Unparen(n)
	if !n.Is(syntax.KindString) {
		return analysis.Edit{}, false
	}
	lit, ok := syntax.ParseString(n)
	if !ok || lit.Bytes {
		return analysis.Edit{}, false
	}
	for _, r := range value {
		if r == '\\' || r == '\'' || r == '"' || r == '{' || r == '}' || r < ' ' {
			return analysis.Edit{}, false
		}
	}
	start, end := n.ChildOfKind(syntax.KindStringStart), n.ChildOfKind(syntax.KindStringEnd)
	if !start.Valid() || !end.Valid() {
		return analysis.Edit{}, false
	}
	return analysis.Edit{Start: start.End(), End: end.Start(), NewText: value}, true
}
