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

// incrementalAfter checks before in full, then after (an edit of it)
// incrementally from that result and in full, and returns both renderings
// of the second check.
func incrementalAfter(t *testing.T, before, after string) (inc, full string, incremental bool) {
	t.Helper()
	runner := analysis.NewRunner(analysis.Config{Known: rules.All()})
	ctx := context.Background()
	prev, err := runner.CheckTree(ctx, "edit.py", syntax.Parse([]byte(before)))
	if err != nil {
		t.Fatal(err)
	}
	tree := syntax.Parse([]byte(after))
	i, err := runner.CheckIncremental(ctx, "edit.py", tree, prev)
	if err != nil {
		t.Fatal(err)
	}
	f, err := runner.CheckTree(ctx, "edit.py", tree)
	if err != nil {
		t.Fatal(err)
	}
	return render(i.Diagnostics), render(f.Diagnostics), i.Incremental
}

// TestIncrementalSeesAttributeAssignedElsewhere reproduces a divergence of
// the hand-kept fingerprint the incremental checker used before rules
// declared what they read: an assignment to `put_object` through a for
// target in another function makes the full check drop BTO005 (the method
// may be a mock), and the incremental check kept it.
func TestIncrementalSeesAttributeAssignedElsewhere(t *testing.T) {
	before := "import boto3\n\ns3 = boto3.client(\"s3\")\n\n\ndef a():\n    s3.put_object(Bucket=\"b\", Key=\"k\", Bogus=1)\n\n\ndef b(c):\n    pass\n"
	after := strings.Replace(before, "    pass\n", "    for c.put_object in []:\n        pass\n", 1)
	inc, full, _ := incrementalAfter(t, before, after)
	if strings.Contains(full, "BTO005") {
		t.Fatalf("the full check reports BTO005 though put_object is assigned:\n%s", full)
	}
	if inc != full {
		t.Errorf("incremental:\n%s\nfull:\n%s", inc, full)
	}
}

// TestIncrementalSeesNameBoundElsewhere reproduces the second divergence:
// `ClientError = 1` added in another function makes the full check
// withhold BTO301's fix (the import it adds would change that code), and
// the incremental check offered it.
func TestIncrementalSeesNameBoundElsewhere(t *testing.T) {
	before := "import boto3\n\n\ndef a():\n    try:\n        pass\n    except boto3.exceptions.ClientError:\n        pass\n\n\ndef b():\n    pass\n"
	after := strings.Replace(before, "def b():\n    pass\n", "def b():\n    ClientError = 1\n", 1)
	inc, full, _ := incrementalAfter(t, before, after)
	if !strings.Contains(full, "BTO301") || strings.Contains(full, " fix ") {
		t.Fatalf("the full check should report BTO301 without a fix:\n%s", full)
	}
	if inc != full {
		t.Errorf("incremental:\n%s\nfull:\n%s", inc, full)
	}
}

// TestIncrementalFollowsCallSites checks the contract across functions: a
// call added in one function changes what a parameter of another holds,
// and the findings that depend on it.
func TestIncrementalFollowsCallSites(t *testing.T) {
	before := "import boto3\n\n\ndef put(client):\n    client.put_object(bucket=\"b\", Key=\"k\")\n\n\ndef main():\n    put(boto3.client(\"s3\"))\n\n\ndef other():\n    pass\n"
	inc, full, _ := incrementalAfter(t, before, before)
	if !strings.Contains(full, "BTO004") || inc != full {
		t.Fatalf("before: incremental\n%s\nfull\n%s", inc, full)
	}
	// A second caller with another service: the parameter is unknown and
	// the finding goes.
	after := strings.Replace(before, "def other():\n    pass\n", "def other():\n    put(boto3.client(\"sqs\"))\n", 1)
	inc, full, _ = incrementalAfter(t, before, after)
	if strings.Contains(full, "BTO004") {
		t.Fatalf("the full check still reports BTO004:\n%s", full)
	}
	if inc != full {
		t.Errorf("incremental:\n%s\nfull:\n%s", inc, full)
	}
	// An edit that touches no fact the findings read stays incremental.
	after = strings.Replace(before, "def other():\n    pass\n", "def other():\n    x = 1\n", 1)
	inc, full, incremental := incrementalAfter(t, before, after)
	if inc != full || !incremental {
		t.Errorf("incremental %v:\n%s\nfull:\n%s", incremental, inc, full)
	}
}

// TestIncrementalReusedComputation checks what one statement's check
// computed and another's reused: the value of c is worked out once, while
// a() is checked, and b() reads it from the evaluator's memo. An edit of
// make() and a() together re-checks a(); what b() read through the memo
// (what make returns) must count as b()'s, or b() is kept with its stale
// finding (it did, before reuse recorded what it reused).
func TestIncrementalReusedComputation(t *testing.T) {
	before := "import boto3\n\n\ndef make():\n    return boto3.client(\"s3\")\n\n\nc = make()\n\n\ndef a():\n    c.put_object(bucket=\"b\", Key=\"k\")\n\n\ndef b():\n    c.put_object(bucket=\"b\", Key=\"k\")\n"
	// Statements enough that the edit is a small part of the file.
	for i := 0; i < 6; i++ {
		before += fmt.Sprintf("\n\ndef filler%d():\n    pass\n", i)
	}
	inc, full, _ := incrementalAfter(t, before, before)
	if strings.Count(full, "BTO004") != 2 || inc != full {
		t.Fatalf("before: incremental\n%s\nfull\n%s", inc, full)
	}
	after := strings.Replace(before, "return boto3.client(\"s3\")", "return boto3.client(\"sqs\")", 1)
	after = strings.Replace(after, "def a():\n    c.put_object(bucket=\"b\", Key=\"k\")", "def a():\n    pass", 1)
	// The statement between them changes too (a comment changes
	// nothing), so that the changed statements are one run.
	after = strings.Replace(after, "c = make()\n", "c = make()  # x\n", 1)
	inc, full, incremental := incrementalAfter(t, before, after)
	if strings.Contains(full, "BTO004") {
		t.Fatalf("the full check still reports BTO004:\n%s", full)
	}
	if inc != full {
		t.Errorf("incremental (%v):\n%s\nfull:\n%s", incremental, inc, full)
	}
}
