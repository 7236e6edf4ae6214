package rules_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

// FuzzCheck feeds arbitrary bytes through parsing, semantic resolution,
// every rule and every fix. It fails on a panic, on a diagnostic or edit
// outside the source, and on fixes that break a file that parsed. The seed
// corpus is the rule testdata plus testdata/fuzz/FuzzCheck.
func FuzzCheck(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/rules/*/*.py")
	examples, _ := filepath.Glob("../../testdata/examples/*.py")
	for _, s := range append(seeds, examples...) {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	all := rules.All()
	runner := analysis.NewRunner(analysis.Config{Known: all, Options: &analysis.Options{Scope: "all", MainFunctions: []string{"main"}}})
	lint := func(src []byte) ([]analysis.Diagnostic, error) {
		res, err := runner.Check(context.Background(), "fuzz.py", src)
		if err != nil {
			return nil, err
		}
		return res.Diagnostics, nil
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		diags, err := lint(src)
		if err != nil {
			t.Fatalf("check failed: %v", err)
		}
		for _, d := range diags {
			if d.Start < 0 || d.End < d.Start || d.End > len(src) {
				t.Fatalf("%s: range [%d, %d) outside %d bytes", d.Rule.Code, d.Start, d.End, len(src))
			}
			for _, fx := range d.Fixes {
				if err := fixes.Validate(fx, len(src)); err != nil {
					t.Fatalf("%s: %v", d.Rule.Code, err)
				}
			}
		}
		out, err := fixes.FixAll(src, true, lint)
		if err != nil {
			t.Fatalf("fix-all failed: %v", err)
		}
		if !syntax.Parse(src).HasError() && syntax.Parse(out.Source).HasError() {
			t.Fatalf("fixes broke a file that parsed:\n%s", out.Source)
		}
	})
}
