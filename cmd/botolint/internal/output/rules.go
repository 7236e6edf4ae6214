package output

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/botolint/botolint/analysis"
)

// RuleMarkdown returns a rule's documentation for `botolint rule CODE`: a
// heading with code and name, the severity, whether a fix is available,
// then the rule's own Markdown.
func RuleMarkdown(r *analysis.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s %s\n\n", r.Code, r.Name)
	if r.Summary != "" {
		fmt.Fprintf(&b, "%s\n\n", strings.TrimSpace(r.Summary))
	}
	fmt.Fprintf(&b, "Severity: %s.\n\n", r.Severity)
	fmt.Fprintf(&b, "%s\n\n", fixSentence(r.Fix))
	if doc := strings.TrimSpace(r.Doc); doc != "" {
		b.WriteString(doc)
		b.WriteString("\n")
	}
	return b.String()
}

func fixSentence(f analysis.FixAvailability) string {
	switch f {
	case analysis.FixAlways:
		return "Fix is always available."
	case analysis.FixSometimes:
		return "Fix is sometimes available."
	}
	return "Fix is not available."
}

// WriteRuleTable writes one line per rule: code, name, severity, fix
// availability and summary, in aligned columns.
func WriteRuleTable(w io.Writer, rules []*analysis.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tSEVERITY\tFIX\tSUMMARY")
	for _, r := range rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Code, r.Name, r.Severity, r.Fix, r.Summary)
	}
	return tw.Flush()
}

// JSONRule is a rule in `botolint rule --output-format json`.
type JSONRule struct {
	Code        string `json:"code"`
	Name        string `json:"name"`
	Summary     string `json:"summary"`
	Severity    string `json:"severity"`
	Fix         string `json:"fix"`
	URL         string `json:"url"`
	Explanation string `json:"explanation"`
}

func jsonRule(r *analysis.Rule) JSONRule {
	return JSONRule{Code: r.Code, Name: r.Name, Summary: r.Summary, Severity: r.Severity.String(),
		Fix: r.Fix.String(), URL: r.URL(), Explanation: r.Doc}
}

// WriteRuleJSON writes one rule as a JSON object.
func WriteRuleJSON(w io.Writer, r *analysis.Rule) error { return encode(w, jsonRule(r)) }

// WriteRulesJSON writes rules as a JSON array.
func WriteRulesJSON(w io.Writer, rules []*analysis.Rule) error {
	out := make([]JSONRule, 0, len(rules))
	for _, r := range rules {
		out = append(out, jsonRule(r))
	}
	return encode(w, out)
}
