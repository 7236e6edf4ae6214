package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/botolint/botolint/analysis"
)

func TestRender(t *testing.T) {
	cases := []struct {
		line     string
		from, to int
		shown    string
		col, w   int
	}{
		{"x = 1", 0, 1, "x = 1", 0, 1},
		{"x = 1", 4, 5, "x = 1", 4, 1},
		{"x = 1", 5, 5, "x = 1", 5, 1},       // empty range at the end: one caret after it
		{"x = 1", 2, 2, "x = 1", 2, 1},       // empty range: one caret
		{"\tx = 1", 1, 2, "    x = 1", 4, 1}, // tab to the next stop of 4
		{"ab\tc", 3, 4, "ab  c", 4, 1},
		{"\u00e9t\u00e9 = 1", 5, 6, "\u00e9t\u00e9 = 1", 3, 1},              // 2-byte characters
		{"s = '\u65e5\u672c' # x", 13, 14, "s = '\u65e5\u672c' # x", 11, 1}, // wide characters
		{"a\x0cb", 2, 3, "a b", 2, 1},                                       // control character
		{"e\u0301x", 3, 4, "e\u0301x", 1, 1},                                // combining accent
	}
	for _, c := range cases {
		shown, col, w := Render(c.line, c.from, c.to)
		if shown != c.shown || col != c.col || w != c.w {
			t.Errorf("Render(%q, %d, %d) = %q, %d, %d; want %q, %d, %d", c.line, c.from, c.to, shown, col, w, c.shown, c.col, c.w)
		}
	}
}

func TestRenderLongLine(t *testing.T) {
	line := strings.Repeat("a", 500) + "TARGET" + strings.Repeat("b", 500)
	from := strings.Index(line, "TARGET")
	shown, col, w := Render(line, from, from+6)
	if len(shown) > MaxLineWidth+6 || !strings.HasPrefix(shown, "...") || !strings.HasSuffix(shown, "...") {
		t.Errorf("long line not windowed: %d chars", len(shown))
	}
	if shown[col:col+w] != "TARGET" {
		t.Errorf("caret under %q", shown[col:col+w])
	}
	// A range running past the window is clipped to it.
	shown, col, w = Render(line, 10, len(line))
	if col != 10 || col+w > len(shown) {
		t.Errorf("clipped caret %d+%d in %d", col, w, len(shown))
	}
}

var (
	safeRule   = &analysis.Rule{Code: "BTO001", Name: "safe-one", Severity: analysis.SeverityError}
	unsafeRule = &analysis.Rule{Code: "BTO002", Name: "unsafe-one", Severity: analysis.SeverityWarning}
)

func diag(r *analysis.Rule, start, end int, app ...analysis.Applicability) analysis.Diagnostic {
	d := analysis.Diagnostic{Rule: r, Start: start, End: end, Message: r.Name + " message", Severity: r.Severity}
	for _, a := range app {
		d.Fixes = append(d.Fixes, analysis.Fix{Title: "fix it", Applicability: a, Edits: []analysis.Edit{{Start: end, End: end, NewText: "!"}, {Start: start, End: start, NewText: "<"}}})
	}
	return d
}

func TestCountsAndSummary(t *testing.T) {
	src := []byte("abc\ndef\n")
	f := &File{Path: "a.py", Source: src, Diagnostics: []analysis.Diagnostic{
		diag(safeRule, 0, 1, analysis.Safe),
		diag(unsafeRule, 1, 2, analysis.Unsafe),
		diag(unsafeRule, 2, 3, analysis.Unsafe, analysis.Safe),
		diag(unsafeRule, 4, 5, analysis.DisplayOnly),
		diag(safeRule, 5, 6),
	}}
	c := Count([]*File{f})
	if c != (Counts{Findings: 5, Fixable: 2, Unsafe: 1}) {
		t.Errorf("counts %+v", c)
	}
	if got := c.Summary(); got != "Found 5 findings (2 fixable with --fix, 1 more with --unsafe-fixes)." {
		t.Errorf("summary %q", got)
	}
	f.UnsafeFixes = true
	if got := Count([]*File{f}).Summary(); got != "Found 5 findings (3 fixable with --fix)." {
		t.Errorf("summary with unsafe fixes %q", got)
	}
	for c, want := range map[Counts]string{
		{}:                        "All checks passed.",
		{Findings: 1}:             "Found 1 finding.",
		{Findings: 2, Unsafe: 2}:  "Found 2 findings (2 fixable with --fix --unsafe-fixes).",
		{Findings: 1, Fixable: 1}: "Found 1 finding (1 fixable with --fix).",
	} {
		if got := c.Summary(); got != want {
			t.Errorf("%+v: %q, want %q", c, got, want)
		}
	}
	if FixedSummary(1) != "Fixed 1 finding." || FixedSummary(3) != "Fixed 3 findings." {
		t.Error("FixedSummary")
	}
}

func TestTextAndColour(t *testing.T) {
	f := &File{Path: "a.py", Source: []byte("import boto3\nx = 1\n"), Diagnostics: []analysis.Diagnostic{diag(unsafeRule, 13, 14, analysis.Unsafe)}}
	var b bytes.Buffer
	WriteText(&b, []*File{f}, Style{})
	want := "a.py:2:1: BTO002 unsafe-one message\n  |\n2 | x = 1\n  | ^\n  = help: fix it (unsafe fix)\n\n"
	if b.String() != want {
		t.Errorf("text:\n%q\nwant\n%q", b.String(), want)
	}
	b.Reset()
	WriteText(&b, []*File{f}, Style{Enabled: true})
	if !strings.Contains(b.String(), "\x1b[1;31mBTO002\x1b[0m") || !strings.Contains(b.String(), "\x1b[0m") {
		t.Errorf("no colour: %q", b.String())
	}
	b.Reset()
	WriteConcise(&b, []*File{f}, Style{})
	if b.String() != "a.py:2:1: BTO002 unsafe-one message\n" {
		t.Errorf("concise %q", b.String())
	}
}

func TestFrameMultilineRangeAndBOM(t *testing.T) {
	src := []byte("\ufeffx = f(\n    1)\n")
	f := &File{Path: "a.py", Source: src, Diagnostics: []analysis.Diagnostic{diag(safeRule, 7, len(src)-1)}}
	var b bytes.Buffer
	WriteText(&b, []*File{f}, Style{})
	want := "a.py:1:5: BTO001 safe-one message\n  |\n1 | x = f(\n  |     ^^\n\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

func TestJSONShape(t *testing.T) {
	f := &File{Path: "p/a.py", Source: []byte("x = '\u00e9'\n"), Diagnostics: []analysis.Diagnostic{diag(unsafeRule, 4, 8, analysis.Unsafe)}}
	var b bytes.Buffer
	if err := WriteJSON(&b, []*File{f}); err != nil {
		t.Fatal(err)
	}
	var out []JSONDiagnostic
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	d := out[0]
	if d.Location != (Location{Column: 5, Row: 1}) || d.EndLocation != (Location{Column: 8, Row: 1}) || d.NoqaRow != 1 ||
		d.Severity != "warning" || d.Name != "unsafe-one" || d.Cell != nil || d.Filename != "p/a.py" {
		t.Errorf("diagnostic %+v", d)
	}
	// Edits sorted by position.
	if d.Fix == nil || d.Fix.Applicability != "unsafe" || len(d.Fix.Edits) != 2 || d.Fix.Edits[0].Content != "<" ||
		d.Fix.Edits[1].Location != (Location{Column: 8, Row: 1}) {
		t.Errorf("fix %+v", d.Fix)
	}
	b.Reset()
	WriteJSON(&b, nil)
	if b.String() != "[]\n" {
		t.Errorf("empty: %q", b.String())
	}
}

func TestRuleMarkdown(t *testing.T) {
	r := &analysis.Rule{Code: "BTO101", Name: "manual-pagination", Summary: "A loop feeds tokens back", Severity: analysis.SeverityWarning, Fix: analysis.FixSometimes, Doc: "## What it does\n\nStuff.\n"}
	want := "# BTO101 manual-pagination\n\nA loop feeds tokens back\n\nSeverity: warning.\n\nFix is sometimes available.\n\n## What it does\n\nStuff.\n"
	if got := RuleMarkdown(r); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	var b bytes.Buffer
	WriteRuleTable(&b, []*analysis.Rule{r})
	if !strings.Contains(b.String(), "BTO101  manual-pagination  warning   sometimes  A loop feeds tokens back") {
		t.Errorf("table:\n%s", b.String())
	}
}
