// Package analysis is botolint's rule framework: the Rule, Pass, Diagnostic
// and Fix types, rule selection, noqa suppression, and the runner that
// parses a file once, builds its semantic model once, walks it once and
// dispatches each node to the rules that asked for its kind.
package analysis

import (
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// Severity follows gopls' policy: Error fails at run time for certain,
// Warning is a likely bug, Info works but the guideline says otherwise, Hint
// is a simpler form (always with a fix).
type Severity int

const (
	SeverityError Severity = iota + 1
	SeverityWarning
	SeverityInfo
	SeverityHint
)

func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	case SeverityInfo:
		return "info"
	case SeverityHint:
		return "hint"
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// ParseSeverity reads a severity name as written in configuration.
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "error":
		return SeverityError, nil
	case "warning", "warn":
		return SeverityWarning, nil
	case "info", "information":
		return SeverityInfo, nil
	case "hint":
		return SeverityHint, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning, info or hint)", s)
}

// FixAvailability says whether a rule offers fixes: never, for some
// occurrences, or for all of them. The test harness holds each rule to it.
type FixAvailability int

const (
	FixNever FixAvailability = iota
	FixSometimes
	FixAlways
)

func (f FixAvailability) String() string {
	switch f {
	case FixSometimes:
		return "sometimes"
	case FixAlways:
		return "always"
	}
	return "never"
}

// Rule is one check. Rules are plain values listed explicitly per family;
// nothing registers itself.
type Rule struct {
	Code     string // "BTO101"; never reused or renumbered
	Name     string // kebab-case name of the pattern, "manual-pagination"
	Summary  string // one line for tables
	Severity Severity
	Fix      FixAvailability
	Doc      string // the rule's Markdown documentation, embedded from its .md file

	// Kinds lists the node kinds Visit wants; the runner's single walk calls
	// Visit for each node of those kinds, in source order.
	Kinds []syntax.Kind
	Visit func(p *Pass, n syntax.Node)

	// Run, when set, is called once per file before the walk, for checks
	// that read the file as a whole (its text, its comments).
	Run func(p *Pass)

	// Late rules run after every other rule has reported and noqa comments
	// have been matched; they read Pass.Noqa. BTO901 is the one late rule.
	Late bool

	// Scope declares what the rule's findings depend on; see RuleScope.
	Scope RuleScope
}

// RuleScope is the analysis contract of a rule: what its findings on a
// top-level statement depend on, which decides when the incremental
// checker may keep them.
type RuleScope uint8

const (
	// StatementScope: the findings on a top-level statement depend on its
	// text and on what the rule reads of the rest of the file and of the
	// program through the semantic model (Resolve, Lookup, the model's
	// file-wide indexes such as Reads and BindingsAnywhere), which records
	// it; nothing else. Such findings are kept while no fact they read
	// changes.
	StatementScope RuleScope = iota
	// FileScope: the findings depend on the whole file in ways the model
	// does not record; the rule runs on the whole file at every check.
	FileScope
)

// URL returns the address of the rule's documentation.
func (r *Rule) URL() string {
	return DocsBaseURL + r.Code + ".md"
}

// DocsBaseURL is where the generated rules reference lives.
const DocsBaseURL = "https://github.com/botolint/botolint/blob/main/docs/rules/"

// Applicability says how sure a fix is (ruff's terms).
type Applicability int

const (
	// Safe fixes keep the meaning of working code, or turn a certain failure
	// into what the code evidently meant, and keep comments.
	Safe Applicability = iota
	// Unsafe fixes produce valid code that may behave differently or drop
	// comments; they are applied only on request.
	Unsafe
	// DisplayOnly fixes are shown, never applied.
	DisplayOnly
)

func (a Applicability) String() string {
	switch a {
	case Unsafe:
		return "unsafe"
	case DisplayOnly:
		return "display-only"
	}
	return "safe"
}

// Edit replaces the bytes [Start, End) of the source with NewText.
type Edit struct {
	Start, End int
	NewText    string
}

// Fix is a set of edits that together resolve one diagnostic.
type Fix struct {
	Title         string
	Applicability Applicability
	Edits         []Edit
}

// Related is a secondary location of a diagnostic.
type Related struct {
	Start, End int
	Message    string
}

// Diagnostic is one finding. Positions are byte offsets into the source;
// consumers convert them (the CLI to characters, the LSP to UTF-16).
type Diagnostic struct {
	Rule     *Rule
	Start    int
	End      int
	Message  string
	Severity Severity
	Related  []Related
	Fixes    []Fix

	// origin is where the check that reported it was looking (see
	// Pass.Report).
	origin int
}

// Code returns the rule code of the diagnostic.
func (d Diagnostic) Code() string { return d.Rule.Code }
