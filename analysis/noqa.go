package analysis

import (
	"regexp"
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// NoqaDirective is one "# noqa" or "# noqa: BTO101, BTO102" comment.
type NoqaDirective struct {
	Line       int // 0-based line of the comment
	Start, End int // bytes of the directive, from its '#' to the end of its code list
	Comment    syntax.Node
	Blanket    bool // no code list: suppresses everything on the line
	Used       bool // a blanket directive suppressed something
	Codes      []*NoqaCode
}

// NoqaCode is one code (or rule name) in a directive's list.
type NoqaCode struct {
	Text       string
	Start, End int
	Rule       *Rule // nil for an unknown BTO code
	Used       bool
}

var (
	noqaPattern     = regexp.MustCompile(`(?i)#\s*noqa\b(:[ \t]*)?`)
	noqaCodePattern = regexp.MustCompile(`^[A-Z]+[0-9]+$`)
	noqaToken       = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*`)
	noqaSeparator   = regexp.MustCompile(`^[,\s]*`)
)

// ParseNoqa finds the noqa directives of a file. Codes of other tools
// (E501, F401 ...) are kept out of the list: they are none of botolint's
// business. A BTO code that names no rule is kept with a nil Rule so that
// BTO901 can report it.
func ParseNoqa(tree *syntax.Tree, known []*Rule) []*NoqaDirective {
	var out []*NoqaDirective
	for _, c := range tree.Comments() {
		text := c.Text()
		loc := noqaPattern.FindStringSubmatchIndex(text)
		if loc == nil {
			continue
		}
		line, _ := tree.Lines().ByteColumn(c.Start())
		d := &NoqaDirective{Line: line, Comment: c, Start: c.Start() + loc[0], End: c.Start() + loc[1]}
		if loc[2] < 0 {
			d.Blanket = true
			d.End = c.Start() + loc[1]
			out = append(out, d)
			continue
		}
		pos := loc[1]
		sawOther := false
		for pos < len(text) {
			tok := noqaToken.FindString(text[pos:])
			if tok == "" {
				break
			}
			isCode := noqaCodePattern.MatchString(tok)
			rule := FindRule(known, tok)
			switch {
			case rule != nil, isCode && strings.HasPrefix(tok, "BTO"):
				d.Codes = append(d.Codes, &NoqaCode{Text: tok, Start: c.Start() + pos, End: c.Start() + pos + len(tok), Rule: rule})
			case isCode:
				sawOther = true
			}
			if rule == nil && !isCode {
				// Free text after the codes ends the list.
				break
			}
			pos += len(tok)
			d.End = c.Start() + pos
			pos += len(noqaSeparator.FindString(text[pos:]))
		}
		if len(d.Codes) == 0 && !sawOther {
			// "# noqa:" followed by nothing we can read acts as a blanket
			// noqa, as in flake8.
			d.Blanket = true
		}
		if len(d.Codes) == 0 && sawOther {
			// Only other tools' codes: nothing of ours to suppress or report.
			continue
		}
		out = append(out, d)
	}
	return out
}

// suppress drops the diagnostics a directive on their first line covers,
// marking what each directive used. It returns the diagnostics kept and
// how many were suppressed.
func suppress(diags []Diagnostic, directives []*NoqaDirective, lines *syntax.LineIndex) ([]Diagnostic, int) {
	if len(directives) == 0 {
		return diags, 0
	}
	byLine := make(map[int]*NoqaDirective, len(directives))
	for _, d := range directives {
		byLine[d.Line] = d
	}
	kept := diags[:0]
	suppressed := 0
	for _, diag := range diags {
		line, _ := lines.ByteColumn(diag.Start)
		d := byLine[line]
		if d != nil && d.covers(diag.Rule) {
			suppressed++
			continue
		}
		kept = append(kept, diag)
	}
	return kept, suppressed
}

func (d *NoqaDirective) covers(r *Rule) bool {
	if d.Blanket {
		d.Used = true
		return true
	}
	hit := false
	for _, c := range d.Codes {
		if c.Rule == r {
			c.Used = true
			hit = true
		}
	}
	return hit
}
