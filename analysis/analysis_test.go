package analysis_test

import (
	"context"
	"strings"
	"testing"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

var (
	ruleA = &analysis.Rule{Code: "BTO101", Name: "manual-pagination", Severity: analysis.SeverityWarning}
	ruleB = &analysis.Rule{Code: "BTO102", Name: "missing-pagination", Severity: analysis.SeverityWarning}
	ruleC = &analysis.Rule{Code: "BTO201", Name: "client-in-loop", Severity: analysis.SeverityWarning}
	known = []*analysis.Rule{ruleA, ruleB, ruleC}
)

func codes(rules []*analysis.Rule) string {
	var out []string
	for _, r := range rules {
		out = append(out, r.Code)
	}
	return strings.Join(out, ",")
}

func TestSelection(t *testing.T) {
	cases := []struct {
		sel  analysis.Selection
		want string
	}{
		{analysis.Selection{}, "BTO101,BTO102,BTO201"},
		{analysis.Selection{Select: []string{"BTO1"}}, "BTO101,BTO102"},
		{analysis.Selection{Select: []string{"ALL", "-BTO1"}}, "BTO201"},
		{analysis.Selection{Select: []string{"ALL", "!bto102"}}, "BTO101,BTO201"},
		{analysis.Selection{Select: []string{"client-in-loop"}}, "BTO201"},
		{analysis.Selection{Ignore: []string{"manual-pagination"}}, "BTO102,BTO201"},
		{analysis.Selection{Select: []string{"BTO101"}, Ignore: []string{"BTO1"}}, ""},
	}
	for _, c := range cases {
		got, err := c.sel.Apply(known)
		if err != nil {
			t.Fatal(err)
		}
		if codes(got) != c.want {
			t.Errorf("%+v -> %s, want %s", c.sel, codes(got), c.want)
		}
	}
	if _, err := (analysis.Selection{Select: []string{"BTO9"}}).Apply(known); err == nil {
		t.Error("a selector matching nothing is not an error")
	}
}

func TestParseNoqa(t *testing.T) {
	src := "import boto3\n" +
		"a = 1  # noqa\n" +
		"b = 2  # NOQA: BTO101, E501 BTO999 because\n" +
		"c = 3  # noqa: client-in-loop\n" +
		"d = 4  # noqa:E501\n" +
		"e = 5  # not a noqa comment\n"
	tree := syntax.Parse([]byte(src))
	ds := analysis.ParseNoqa(tree, known)
	if len(ds) != 3 {
		t.Fatalf("directives = %d, want 3 (other tools' codes only are skipped)", len(ds))
	}
	if !ds[0].Blanket || ds[0].Line != 1 {
		t.Errorf("blanket: %+v", ds[0])
	}
	if len(ds[1].Codes) != 2 || ds[1].Codes[0].Rule != ruleA || ds[1].Codes[1].Rule != nil || ds[1].Codes[1].Text != "BTO999" {
		t.Errorf("codes: %+v", ds[1].Codes)
	}
	if got := src[ds[1].Codes[0].Start:ds[1].Codes[0].End]; got != "BTO101" {
		t.Errorf("code range %q", got)
	}
	if ds[2].Codes[0].Rule != ruleC {
		t.Errorf("rule name in noqa not resolved: %+v", ds[2].Codes[0])
	}
}

// reportEveryCall is a rule that reports each call, to test the runner.
var reportEveryCall = &analysis.Rule{
	Code: "BTO102", Name: "calls", Severity: analysis.SeverityWarning,
	Kinds: []syntax.Kind{syntax.KindCall},
	Visit: func(p *analysis.Pass, n syntax.Node) { p.Reportf(n, "call %s", n.Text()) },
}

func TestRunnerNoqaScopeAndSeverity(t *testing.T) {
	all := []*analysis.Rule{reportEveryCall}
	r := analysis.NewRunner(analysis.Config{Known: all, Severity: map[string]analysis.Severity{"BTO102": analysis.SeverityError}})
	src := "import boto3\nf()\ng()  # noqa: BTO102\nh()  # noqa\n"
	res, err := r.Check(context.Background(), "x.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Message != "call f()" || res.Suppressed != 2 {
		t.Fatalf("diagnostics %+v suppressed %d", res.Diagnostics, res.Suppressed)
	}
	if res.Diagnostics[0].Severity != analysis.SeverityError {
		t.Errorf("severity override not applied")
	}
	// Out of scope: no AWS import.
	res, err = r.Check(context.Background(), "x.py", []byte("f()\n"))
	if err != nil || res.InScope || len(res.Diagnostics) != 0 {
		t.Errorf("out-of-scope file checked: %+v %v", res, err)
	}
	r = analysis.NewRunner(analysis.Config{Known: all, Options: &analysis.Options{Scope: "all"}})
	res, _ = r.Check(context.Background(), "x.py", []byte("f()\n"))
	if len(res.Diagnostics) != 1 {
		t.Errorf("scope all: %d diagnostics", len(res.Diagnostics))
	}
}

func TestRunnerRecoversFromPanics(t *testing.T) {
	boom := &analysis.Rule{Code: "BTO101", Name: "boom", Severity: analysis.SeverityError,
		Kinds: []syntax.Kind{syntax.KindCall},
		Visit: func(p *analysis.Pass, n syntax.Node) { panic("kaboom") }}
	r := analysis.NewRunner(analysis.Config{Known: []*analysis.Rule{boom}})
	_, err := r.Check(context.Background(), "x.py", []byte("import boto3\nf()\n"))
	if err == nil || !strings.Contains(err.Error(), "BTO101") || !strings.Contains(err.Error(), "kaboom") {
		t.Errorf("err = %v", err)
	}
}

func TestRunnerCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := analysis.NewRunner(analysis.Config{Known: []*analysis.Rule{reportEveryCall}})
	if _, err := r.Check(ctx, "x.py", []byte(strings.Repeat("import boto3\n", 5000))); err == nil {
		t.Error("cancelled check returned no error")
	}
}
