package output

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/botolint/botolint/analysis"
)

// RuleMarkdown returns a rule's documentation for `botolint rule CODE`.
func RuleMarkdown(r *analysis.Rule) string { return r.Page() }

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
