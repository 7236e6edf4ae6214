package tool

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"

	"github.com/botolint/botolint/analysis"
)

//go:embed bto901_unused_noqa.md
var unusedNoqaDoc string

// UnusedNoqa reports noqa codes that suppress nothing. It is a late rule:
// the runner calls it after matching every other finding against the noqa
// comments.
var UnusedNoqa = &analysis.Rule{
	Code:     "BTO901",
	Name:     "unused-noqa",
	Summary:  "A noqa comment names a code that suppresses nothing, or an unknown code",
	Severity: analysis.SeverityInfo,
	Fix:      analysis.FixAlways,
	Doc:      unusedNoqaDoc,
	Late:     true,
	Run:      checkUnusedNoqa,
}

// codeListToken reads the tokens of a noqa code list, ours and other tools'.
var codeListToken = regexp.MustCompile(`[A-Za-z][A-Za-z0-9-]*`)

func checkUnusedNoqa(p *analysis.Pass) {
	for _, d := range p.Noqa {
		if d.Blanket {
			// A bare noqa may be there for another tool; leave it alone.
			continue
		}
		var unused []*analysis.NoqaCode
		var messages []string
		for _, c := range d.Codes {
			switch {
			case c.Rule == nil:
				unused = append(unused, c)
				messages = append(messages, fmt.Sprintf("`%s` is not a botolint rule", c.Text))
			case !c.Used && p.IsEnabled(c.Rule):
				unused = append(unused, c)
				messages = append(messages, fmt.Sprintf("no %s finding on this line", c.Rule.Code))
			}
		}
		if len(unused) == 0 {
			continue
		}
		names := make([]string, len(unused))
		for i, c := range unused {
			names[i] = "`" + c.Text + "`"
		}
		fix := removeCodes(p, d, unused)
		p.Report(analysis.Diagnostic{
			Start:   unused[0].Start,
			End:     unused[len(unused)-1].End,
			Message: fmt.Sprintf("unused noqa %s: %s", strings.Join(names, ", "), strings.Join(messages, "; ")),
			Fixes:   []analysis.Fix{fix},
		})
	}
}

// removeCodes builds the fix that drops the unused codes from a directive,
// or the whole directive when nothing else is left in its list.
func removeCodes(p *analysis.Pass, d *analysis.NoqaDirective, unused []*analysis.NoqaCode) analysis.Fix {
	src := string(p.Source)
	drop := map[int]bool{}
	for _, c := range unused {
		drop[c.Start] = true
	}
	header := strings.Index(src[d.Start:d.End], "noqa")
	listStart := d.Start + header + len("noqa")
	// Skip the colon and spaces to the first code.
	colon := strings.IndexByte(src[listStart:d.End], ':')
	codesStart := listStart + colon + 1
	var kept []string
	for _, loc := range codeListToken.FindAllStringIndex(src[codesStart:d.End], -1) {
		if !drop[codesStart+loc[0]] {
			kept = append(kept, src[codesStart+loc[0]:codesStart+loc[1]])
		}
	}
	if len(kept) > 0 {
		return analysis.Fix{
			Title:         "Remove unused noqa codes",
			Applicability: analysis.Safe,
			Edits:         []analysis.Edit{{Start: codesStart, End: d.End, NewText: " " + strings.Join(kept, ", ")}},
		}
	}
	commentEnd := d.Comment.End()
	rest := strings.TrimSpace(src[d.End:commentEnd])
	if strings.HasPrefix(rest, "#") {
		// Another comment follows (# noqa: X  # why): drop the directive
		// and the space up to it.
		next := d.End + strings.Index(src[d.End:commentEnd], "#")
		return analysis.Fix{
			Title:         "Remove unused noqa directive",
			Applicability: analysis.Safe,
			Edits:         []analysis.Edit{{Start: d.Start, End: next, NewText: ""}},
		}
	}
	if rest != "" {
		// Other text follows in the comment: keep it a comment.
		return analysis.Fix{
			Title:         "Remove unused noqa directive",
			Applicability: analysis.Safe,
			Edits:         []analysis.Edit{{Start: d.Start, End: d.End, NewText: "#"}},
		}
	}
	// Remove the directive and the whitespace before it.
	start := d.Start
	for start > 0 && (src[start-1] == ' ' || src[start-1] == '\t') {
		start--
	}
	return analysis.Fix{
		Title:         "Remove unused noqa directive",
		Applicability: analysis.Safe,
		Edits:         []analysis.Edit{{Start: start, End: commentEnd, NewText: ""}},
	}
}
