package lsp_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/lsp/lsptest"
)

// countingRule breaks the contract incremental checking relies on: its
// message on each call counts the calls of the whole file, so an edit in
// one function changes findings in the others without changing what that
// function shows the rest of the file. The server must still end with the
// full check's findings.
var countingRule = &analysis.Rule{
	Code: "BTO995", Name: "test-counting", Severity: analysis.SeverityInfo,
	Doc:   "## What it does\n\nTest rule whose findings depend on the whole file.",
	Kinds: []syntax.Kind{syntax.KindCall},
	Visit: func(p *analysis.Pass, n syntax.Node) {
		if n.ChildByField(syntax.FieldFunction).Text() != "tick" {
			return
		}
		calls := 0
		for c := range p.Tree.All() {
			if c.Is(syntax.KindCall) && c.ChildByField(syntax.FieldFunction).Text() == "tick" {
				calls++
			}
		}
		p.Reportf(n, "tick %d of the file", calls)
	},
}

// TestVerifyRepublishesWhenIncrementalDiffers edits one function so that
// the incremental check keeps stale findings in another, and checks that
// the full check the server runs once the document is idle publishes the
// right ones for the same version.
func TestVerifyRepublishesWhenIncrementalDiffers(t *testing.T) {
	opts := lsptest.Options{InitializationOptions: `{"debounceMs": 0}`}
	opts.Server.Rules = []*analysis.Rule{countingRule}
	c := newClient(t, opts)
	src := "import boto3\n\n\ndef a():\n    tick()\n\n\ndef b():\n    pass\n"
	d := c.Open("verify.py", src)
	first := c.Diagnostics(d, 1)
	if len(first) != 1 || !strings.Contains(fmt.Sprint(first[0].Message), "tick 1 of") {
		t.Fatalf("first publication: %+v", first)
	}
	mark := c.Mark()
	v := c.Replace(d, "    pass\n", "    tick()\n")
	fast := c.NextDiagnostics(d, mark)
	messages := func(ds any) string { return fmt.Sprint(ds) }
	if !strings.Contains(messages(fast), "tick 2 of") || !strings.Contains(messages(fast), "tick 1 of") {
		// Both findings fresh would mean the edit was checked in full, and
		// the test would not be testing the verification.
		t.Fatalf("expected the incremental result (one stale finding): %+v", fast)
	}
	// The incremental result kept a()'s stale "tick 1"; the verification
	// replaces it after the pause.
	mark = c.Mark()
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := c.NextDiagnostics(d, mark)
		mark = c.Mark()
		if strings.Count(messages(got), "tick 2 of") == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("version %d never published the full check's findings: %+v", v, got)
		}
	}
}

// TestVerifyDoesNotDeadlockOnFewCores reproduces a deadlock of the server
// on machines with one or two cores (GOMAXPROCS analysis slots): each
// incrementally checked document held its analysis slot while it waited to
// verify and then asked for a second one, so once GOMAXPROCS documents
// were verifying at once no analysis could run and every request waiting
// for one hung. Here GOMAXPROCS documents are edited, left alone past the
// verification delay, and then another document is edited: its
// diagnostics and a hover must still come.
func TestVerifyDoesNotDeadlockOnFewCores(t *testing.T) {
	for _, procs := range []int{1, 2} {
		t.Run(fmt.Sprintf("GOMAXPROCS=%d", procs), func(t *testing.T) {
			c, _ := startServer(t, lsptest.Options{InitializationOptions: `{"debounceMs": 0}`}, fmt.Sprintf("GOMAXPROCS=%d", procs))
			src := "import boto3\n\ns3 = boto3.client('s3')\n\n\ndef a():\n    s3.put_object(bucket='b', Key='k')\n\n\ndef b():\n    pass\n"
			var docs []*lsptest.Doc
			for i := range procs + 1 {
				d := c.Open(fmt.Sprintf("few_cores_%d.py", i), src)
				c.Diagnostics(d, 1)
				docs = append(docs, d)
			}
			// An edit of b() that uses no module-level name is checked
			// incrementally, so the server verifies it after the pause.
			edit := func(d *lsptest.Doc, old, new string) {
				t.Helper()
				v := c.Replace(d, old, new)
				if got := lsptest.Codes(c.Diagnostics(d, v)); !contains(got, "BTO004") {
					t.Fatalf("%s version %d: %v, want BTO004", d.URI, v, got)
				}
			}
			for _, d := range docs[:procs] {
				edit(d, "    pass\n", "    value = 1\n")
			}
			time.Sleep(3 * verifyPause)
			last := docs[procs]
			edit(last, "    pass\n", "    value = 1\n")
			if h := lsptest.HoverText(c.Hover(last, c.After(last, "s3.put_"))); !strings.Contains(h, "PutObject") {
				t.Errorf("hover after the others verified: %q", h)
			}
			// The documents that verified are still served too.
			for _, d := range docs[:procs] {
				edit(d, "value = 1", "value = 2")
			}
		})
	}
}

// verifyPause is the server's verification delay (verifyDelay in
// diagnostics.go, which the external test package cannot read).
const verifyPause = 300 * time.Millisecond
