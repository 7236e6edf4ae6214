package analysis

import (
	"fmt"
	"strings"
)

// Page returns the rule's full documentation page: a heading with code and
// name, the summary, severity and fix availability, then the rule's own
// Markdown. botolint rule, the editor hover and the generated reference in
// docs/rules all show this text.
func (r *Rule) Page() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s %s\n\n", r.Code, r.Name)
	if r.Summary != "" {
		fmt.Fprintf(&b, "%s\n\n", strings.TrimSpace(r.Summary))
	}
	fmt.Fprintf(&b, "Severity: %s.\n\n", r.Severity)
	fmt.Fprintf(&b, "%s\n\n", r.Fix.Sentence())
	if doc := strings.TrimSpace(r.Doc); doc != "" {
		b.WriteString(doc)
		b.WriteString("\n")
	}
	return b.String()
}

// Sentence says in words whether a fix is available.
func (f FixAvailability) Sentence() string {
	switch f {
	case FixAlways:
		return "Fix is always available."
	case FixSometimes:
		return "Fix is sometimes available."
	}
	return "Fix is not available."
}
