package correctness_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules/correctness"
)

// modelRules are BTO001-BTO008 and BTO504, the rules built on the
// parameter engine.
func modelRules() []*analysis.Rule {
	var out []*analysis.Rule
	for _, r := range correctness.Rules {
		switch r.Code {
		case "BTO001", "BTO002", "BTO003", "BTO004", "BTO005", "BTO006", "BTO007", "BTO008", "BTO504":
			out = append(out, r)
		}
	}
	return out
}

// TestModelRulesConcurrent checks files concurrently with one runner: the
// parameter engine's per-file cache must give each file its own findings.
func TestModelRulesConcurrent(t *testing.T) {
	rules := modelRules()
	runner := analysis.NewRunner(analysis.Config{Known: rules})
	var files []string
	for _, r := range rules {
		fs, _ := filepath.Glob(filepath.Join("../../../testdata/rules", r.Code, "*.py"))
		files = append(files, fs...)
	}
	want := map[string]string{}
	for _, f := range files {
		want[f] = render(t, runner, f)
	}
	var wg sync.WaitGroup
	for round := 0; round < 4; round++ {
		for _, f := range files {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if got := render(t, runner, f); got != want[f] {
					t.Errorf("%s: concurrent findings differ:\n%s\nwant:\n%s", f, got, want[f])
				}
			}()
		}
	}
	wg.Wait()
}

func render(t *testing.T, runner *analysis.Runner, path string) string {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Error(err)
		return ""
	}
	res, err := runner.Check(context.Background(), path, src)
	if err != nil {
		t.Error(err)
		return ""
	}
	var b strings.Builder
	for _, d := range res.Diagnostics {
		fmt.Fprintf(&b, "%d-%d %s %s\n", d.Start, d.End, d.Code(), d.Message)
	}
	return b.String()
}
