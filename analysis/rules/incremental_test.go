package rules_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules"
	"github.com/botolint/botolint/analysis/syntax"
)

// TestIncrementalEqualsFull edits every testdata file, the examples and
// the language server's benchmark module one character at a time, checks
// each version incrementally from the previous result and in full, and
// requires the same findings, fixes included. Results chain: each
// incremental result is the base of the next check, so drift would show.
func TestIncrementalEqualsFull(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/rules/*/*.py")
	examples, _ := filepath.Glob("../../testdata/examples/*.py")
	files = append(append(files, examples...), "../../testdata/lsp/bench_5000.py")
	runner := analysis.NewRunner(analysis.Config{Known: rules.All()})
	ctx := context.Background()
	chars := []string{"x", "_", "1", " ", "(", ")", "'", "\"", ":", ",", "\n", "#", ".", "=", "\U0001F600"}
	edits := 12
	if testing.Short() {
		edits = 4
	}
	var checks, incremental, benchChecks, benchIncremental int
	for fi, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(uint64(fi), 7))
		prev, err := runner.CheckTree(ctx, path, syntax.Parse(src))
		if err != nil {
			t.Fatal(err)
		}
		n := edits
		// In the large module, type the way people do: a letter or a digit,
		// then take it back, so that the file stays mostly valid.
		typing := strings.HasSuffix(path, "bench_5000.py")
		if typing {
			n = 10 * edits
		}
		var undo func([]byte) []byte
		for e := 0; e < n; e++ {
			switch {
			case undo != nil:
				src, undo = undo(src), nil
			case typing:
				at := rng.IntN(len(src) + 1)
				ch := string(rune('a' + rng.IntN(26)))
				src = splice(src, at, at, ch)
				undo = func(b []byte) []byte { return splice(b, at, at+1, "") }
			case len(src) == 0 || rng.IntN(3) > 0:
				at := rng.IntN(len(src) + 1)
				for at < len(src) && !utf8.RuneStart(src[at]) {
					at++
				}
				ch := chars[rng.IntN(len(chars))]
				src = splice(src, at, at, ch)
				if rng.IntN(2) == 0 {
					undo = func(b []byte) []byte { return splice(b, at, at+len(ch), "") }
				}
			default:
				at := rng.IntN(len(src))
				for at > 0 && !utf8.RuneStart(src[at]) {
					at--
				}
				_, size := utf8.DecodeRune(src[at:])
				src = splice(src, at, at+size, "")
			}
			tree := syntax.Parse(src)
			inc, err := runner.CheckIncremental(ctx, path, tree, prev)
			if err != nil {
				t.Fatal(err)
			}
			full, err := runner.CheckTree(ctx, path, tree)
			if err != nil {
				t.Fatal(err)
			}
			checks++
			if inc.Incremental {
				incremental++
			}
			if strings.HasSuffix(path, "bench_5000.py") {
				benchChecks++
				if inc.Incremental {
					benchIncremental++
				}
			}
			if a, b := render(inc.Diagnostics), render(full.Diagnostics); a != b {
				t.Fatalf("%s, edit %d: incremental findings differ from a full check\nincremental:\n%s\nfull:\n%s\nsource:\n%s", path, e, a, b, src)
			}
			prev = inc
		}
	}
	t.Logf("%d checks, %d incremental; on the large module %d of %d", checks, incremental, benchIncremental, benchChecks)
	// Small testdata files are mostly module-level code, which is checked
	// in full; in a large module of functions most edits must not be.
	if benchIncremental*2 < benchChecks {
		t.Errorf("only %d of %d edits of the large module were checked incrementally", benchIncremental, benchChecks)
	}
}

func splice(b []byte, start, end int, text string) []byte {
	out := make([]byte, 0, len(b)-(end-start)+len(text))
	out = append(out, b[:start]...)
	out = append(out, text...)
	return append(out, b[end:]...)
}

func render(diags []analysis.Diagnostic) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "%d-%d %s %s %q", d.Start, d.End, d.Rule.Code, d.Severity, d.Message)
		for _, r := range d.Related {
			fmt.Fprintf(&b, " related %d-%d %q", r.Start, r.End, r.Message)
		}
		for _, f := range d.Fixes {
			fmt.Fprintf(&b, " fix %q %s", f.Title, f.Applicability)
			for _, e := range f.Edits {
				fmt.Fprintf(&b, " [%d,%d)%q", e.Start, e.End, e.NewText)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}
