package tool

import (
	_ "embed"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto900_syntax_error.md
var syntaxErrorDoc string

// SyntaxError reports where the file does not parse, and Python 2 syntax
// that the grammar accepts but Python 3 rejects.
var SyntaxError = &analysis.Rule{
	Code:     "BTO900",
	Name:     "syntax-error",
	Summary:  "The file does not parse as Python 3",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixNever,
	Doc:      syntaxErrorDoc,
	Run:      checkSyntaxErrors,
	// Error regions can span statements, and tree-sitter's recovery of one
	// edit can move them anywhere: the whole file is read every time.
	Scope: analysis.FileScope,
	Kinds: []syntax.Kind{
		syntax.KindPrintStatement, syntax.KindExecStatement, syntax.KindString,
		syntax.KindInteger, tokenNotEqualOld, syntax.KindBlock, syntax.KindModule,
	},
	Visit: checkNode,
}

func checkNode(p *analysis.Pass, n syntax.Node) {
	switch n.Kind() {
	case syntax.KindBlock, syntax.KindModule:
		checkIndentation(p, n)
	default:
		checkPython2(p, n)
	}
}

// checkIndentation reports what tree-sitter's indentation handling lets
// through but Python rejects: a block without statements, and statements
// indented differently from the first statement of their block.
func checkIndentation(p *analysis.Pass, block syntax.Node) {
	if block.HasError() {
		// The parser's own error already covers this region.
		return
	}
	lines := p.Tree.Lines()
	var want string
	first := true
	for stmt := range block.Args() {
		line, _ := lines.ByteColumn(stmt.Start())
		lineStart := lines.LineStart(line)
		prefix := string(p.Source[lineStart:stmt.Start()])
		if strings.TrimLeft(prefix, " \t\f") != "" {
			// Not the first statement of its line (a; b, or if x: y).
			first = false
			continue
		}
		indent := strings.TrimLeft(prefix, "\f")
		if first {
			first = false
			want = indent
			if block.Is(syntax.KindModule) && indent != "" {
				reportIndent(p, stmt, "unexpected indent")
			}
			continue
		}
		if sameIndent(indent, want) {
			continue
		}
		switch {
		case columns(indent, 8) != columns(want, 8) && columns(indent, 1) != columns(want, 1) &&
			(columns(indent, 8) < columns(want, 8)) == (columns(indent, 1) < columns(want, 1)):
			// Python compares with the line before: coming back from a
			// deeper line to a column no block opened is an unindent error.
			if prev := previousCodeIndent(p, line); columns(indent, 8) < columns(prev, 8) {
				reportIndent(p, stmt, "unindent does not match any outer indentation level")
			} else {
				reportIndent(p, stmt, "unexpected indent")
			}
		default:
			reportIndent(p, stmt, "inconsistent use of tabs and spaces in indentation")
		}
	}
	if block.Is(syntax.KindBlock) && block.NamedChildCount() == 0 {
		header := block.Parent()
		end := firstLineEnd(p.Tree, header)
		p.Report(analysis.Diagnostic{Start: header.Start(), End: end,
			Message: "syntax error: expected an indented block after `" + headerKeyword(header) + "`"})
	}
}

// previousCodeIndent returns the indentation of the nearest line before
// line that holds code (not blank, not only a comment).
func previousCodeIndent(p *analysis.Pass, line int) string {
	lines := p.Tree.Lines()
	for l := line - 1; l >= 0; l-- {
		text := strings.TrimLeft(string(lines.LineText(l)), " \t\f")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		return lines.Indentation(l)
	}
	return ""
}

// sameIndent compares indentation the way Python 3 does: equal columns
// with tabs every 8 and with tabs as 1.
func sameIndent(a, b string) bool {
	return columns(a, 8) == columns(b, 8) && columns(a, 1) == columns(b, 1)
}

func columns(indent string, tab int) int {
	c := 0
	for _, r := range indent {
		if r == '\t' {
			c += tab - c%tab
		} else {
			c++
		}
	}
	return c
}

func reportIndent(p *analysis.Pass, stmt syntax.Node, what string) {
	p.Report(analysis.Diagnostic{Start: stmt.Start(), End: firstLineEnd(p.Tree, stmt), Message: "syntax error: " + what})
}

// headerKeyword names the statement that opens a block: "if", "def f" ...
func headerKeyword(n syntax.Node) string {
	first := n.FirstChild()
	if first.Is(syntax.TokenAsync) {
		first = first.NextSibling()
	}
	text := first.Text()
	if name := n.ChildByField(syntax.FieldName); name.Valid() && (n.Is(syntax.KindFunctionDefinition) || n.Is(syntax.KindClassDefinition)) {
		text += " " + name.Text()
	}
	return text
}

var tokenNotEqualOld = syntax.KindOf("<>", false)

func checkSyntaxErrors(p *analysis.Pass) {
	spanStart, spanEnd := p.Span()
	for _, n := range syntax.ErrorRegions(p.Tree) {
		if n.Start() < spanStart || n.Start() >= spanEnd && spanEnd > spanStart {
			continue
		}
		start, end := n.Start(), firstLineEnd(p.Tree, n)
		if n.IsMissing() {
			p.Report(analysis.Diagnostic{Start: start, End: start, Message: "syntax error: missing `" + n.Kind().String() + "`"})
			continue
		}
		if open, ok := unclosedBracket(n); ok {
			p.Report(analysis.Diagnostic{Start: open.Start(), End: open.End(), Message: "syntax error: `" + open.Text() + "` was never closed"})
			continue
		}
		text := strings.TrimSpace(string(p.Source[start:end]))
		if text == "" {
			p.Report(analysis.Diagnostic{Start: start, End: end, Message: "syntax error"})
			continue
		}
		p.Report(analysis.Diagnostic{Start: start, End: end, Message: "syntax error: unexpected `" + shorten(text) + "`"})
	}
}

var closers = map[string]string{"(": ")", "[": "]", "{": "}"}

// unclosedBracket finds the first opening bracket in an error region that
// has no closing partner: the usual cause of an error that runs on for
// several lines, reported the way Python 3.10 does.
func unclosedBracket(region syntax.Node) (syntax.Node, bool) {
	var stack []syntax.Node
	for d := range region.Descendants() {
		if d.IsNamed() || d.IsMissing() {
			continue
		}
		text := d.Text()
		if _, ok := closers[text]; ok {
			stack = append(stack, d)
			continue
		}
		if len(stack) > 0 && closers[stack[len(stack)-1].Text()] == text {
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) == 0 {
		return syntax.Node{}, false
	}
	return stack[0], true
}

// firstLineEnd caps an error region at the end of its first line, so that
// an error swallowing the rest of a file is not drawn over all of it.
func firstLineEnd(t *syntax.Tree, n syntax.Node) int {
	line, _ := t.Lines().ByteColumn(n.Start())
	return min(n.End(), t.Lines().LineEnd(line))
}

func shorten(s string) string {
	const limit = 30
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	r := []rune(s)
	return string(r[:limit]) + "..."
}

var (
	oldOctal  = regexp.MustCompile(`^0[0-9_]*[1-9][0-9_]*$`)
	longValue = regexp.MustCompile(`^(0[xXoObB])?[0-9a-fA-F_]+[lL]$`)
)

func checkPython2(p *analysis.Pass, n syntax.Node) {
	switch n.Kind() {
	case syntax.KindPrintStatement:
		p.Reportf(n, "Python 2 print statement: Python 3 needs print(...)")
	case syntax.KindExecStatement:
		p.Reportf(n, "Python 2 exec statement: Python 3 needs exec(...)")
	case syntax.KindString:
		if start := n.ChildOfKind(syntax.KindStringStart); start.TextIs("`") {
			p.Reportf(n, "Python 2 backticks: Python 3 needs repr(...)")
		}
	case syntax.KindInteger:
		text := n.Text()
		switch {
		case oldOctal.MatchString(text):
			p.Reportf(n, "Python 2 octal literal `%s`: Python 3 needs the 0o prefix", text)
		case longValue.MatchString(text):
			p.Reportf(n, "Python 2 long literal `%s`: Python 3 has no L suffix", text)
		}
	default: // <>
		p.Reportf(n, "Python 2 operator `<>`: Python 3 needs !=")
	}
}
