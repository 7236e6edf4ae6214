package lsp_test

import (
	"fmt"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/lsp/lsptest"
)

func titles(acts []*protocol.CodeAction) []string {
	var out []string
	for _, a := range acts {
		out = append(out, a.Title)
	}
	return out
}

func find(acts []*protocol.CodeAction, prefix string) *protocol.CodeAction {
	for _, a := range acts {
		if strings.HasPrefix(a.Title, prefix) {
			return a
		}
	}
	return nil
}

func TestQuickFix(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	d := c.Open("quick.py", bucketSource)
	diags := lsptest.Find(c.Diagnostics(d, 1), "BTO991")
	acts := c.CodeActions(d, diags[0].Range, diags)
	fix := find(acts, "Rename to `Bucket`")
	if fix == nil {
		t.Fatalf("actions %q: no quick fix", titles(acts))
	}
	if fix.Kind == nil || *fix.Kind != protocol.CodeActionKindQuickFix {
		t.Errorf("kind %v", fix.Kind)
	}
	if fix.IsPreferred == nil || !*fix.IsPreferred {
		t.Errorf("safe fix not preferred")
	}
	want := strings.Replace(bucketSource, "bucket=", "Bucket=", 1)
	if got := c.Apply(d, fix); got != want {
		t.Errorf("quick fix result:\n%s", got)
	}

	// The unsafe fix is offered, marked, and not preferred.
	r := c.Open("risky.py", "import boto3\nrisky()\n")
	rd := lsptest.Find(c.Diagnostics(r, 1), "BTO992")
	acts = c.CodeActions(r, rd[0].Range, rd)
	unsafe := find(acts, "Call `careful` instead")
	if unsafe == nil || !strings.Contains(unsafe.Title, "unsafe") || unsafe.IsPreferred != nil && *unsafe.IsPreferred {
		t.Errorf("unsafe fix: %+v", unsafe)
	}

	// A diagnostic from an older version gets no edits.
	c.Replace(d, "Key=", "Key =")
	acts = c.CodeActions(d, diags[0].Range, diags)
	if find(acts, "Rename") != nil {
		t.Errorf("quick fix offered for a stale diagnostic: %q", titles(acts))
	}
}

func TestQuickFixWithoutData(t *testing.T) {
	// A client that does not keep data gets the fixes of the matching
	// diagnostic of the current version.
	c := newClient(t, lsptest.Options{})
	d := c.Open("nodata.py", bucketSource)
	diags := lsptest.Find(c.Diagnostics(d, 1), "BTO991")
	diags[0].Data = nil
	if fix := find(c.CodeActions(d, diags[0].Range, diags), "Rename to `Bucket`"); fix == nil {
		t.Errorf("no quick fix without data")
	}
	// A client that sends no diagnostics gets those touching the range.
	if fix := find(c.CodeActions(d, diags[0].Range, nil), "Rename to `Bucket`"); fix == nil {
		t.Errorf("no quick fix without diagnostics in the context")
	}
}

func TestNoqaAction(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	src := "import boto3\n" +
		"s3 = boto3.client('s3')\n" +
		"f(bucket='b')\n" +
		"f(bucket='b')  # noqa: E501\n" +
		"f(bucket='b')  # a comment\n" +
		"x = '''\n" +
		"''' + str(s3.get_object(bucket='b', Key='''k\n" +
		"'''))\n"
	d := c.Open("noqa.py", src)
	diags := lsptest.Find(c.Diagnostics(d, 1), "BTO991")
	if len(diags) != 4 {
		t.Fatalf("BTO991 %d times", len(diags))
	}
	want := []string{
		"f(bucket='b')  # noqa: BTO991\n",
		"f(bucket='b')  # noqa: E501, BTO991\n",
		"f(bucket='b')  # a comment  # noqa: BTO991\n",
		"", // the line ends inside a string: no action
	}
	for i, diag := range diags {
		acts := c.CodeActions(d, diag.Range, []protocol.Diagnostic{diag})
		a := find(acts, "Disable BTO991 for this line")
		if want[i] == "" {
			if a != nil {
				t.Errorf("diagnostic %d: noqa offered on a line ending in a string", i)
			}
			continue
		}
		if a == nil {
			t.Errorf("diagnostic %d: actions %q", i, titles(acts))
			continue
		}
		got := c.Apply(d, a)
		if !strings.Contains(got, want[i]) {
			t.Errorf("diagnostic %d: after noqa action:\n%s\nwant a line %q", i, got, want[i])
		}
		// The new comment suppresses the finding and is not unused.
		n := c.Open(fmt.Sprintf("noqa_applied%d.py", i), got)
		for _, nd := range c.Diagnostics(n, 1) {
			if nd.Range.Start.Line == diag.Range.Start.Line {
				t.Errorf("diagnostic %d: after the noqa action: %v on the line", i, lsptest.Codes([]protocol.Diagnostic{nd}))
			}
		}
		c.Close(n)
	}
}

func TestFixAllLeavesUnsafeFixes(t *testing.T) {
	src := "import boto3\ns3 = boto3.client('s3')\ns3.put_object(bucket='b')\nrisky()\ns3.get_object(bucket='b', Key='k')\n"
	c := newClient(t, lsptest.Options{})
	d := c.Open("fixall.py", src)
	c.Diagnostics(d, 1)
	acts := c.CodeActions(d, protocol.Range{}, nil, protocol.CodeActionKindSourceFixAll)
	if len(acts) != 1 || acts[0].Kind == nil || *acts[0].Kind != "source.fixAll.botolint" {
		t.Fatalf("fixAll actions %q", titles(acts))
	}
	got := c.Apply(d, acts[0])
	want := strings.ReplaceAll(src, "bucket=", "Bucket=")
	if got != want {
		t.Errorf("fixAll:\n%s\nwant (risky() untouched):\n%s", got, want)
	}
	// context.only excludes it, and quick fixes under source.
	if acts := c.CodeActions(d, protocol.Range{}, nil, protocol.CodeActionKindQuickFix); find(acts, "botolint: Fix all") != nil {
		t.Errorf("fixAll offered for only=quickfix")
	}
	if acts := c.CodeActions(d, protocol.Range{}, nil, protocol.CodeActionKindSource); len(acts) != 1 {
		t.Errorf("only=source: %q", titles(acts))
	}

	// With unsafe fixes on, fixAll applies them too.
	c.ChangeConfiguration(`{"unsafeFixes": true, "debounceMs": 0}`)
	c.Diagnostics(d, 1)
	acts = c.CodeActions(d, protocol.Range{}, nil, protocol.CodeActionKindSourceFixAll)
	if len(acts) != 1 {
		t.Fatalf("fixAll with unsafe: %q", titles(acts))
	}
	if got := c.Apply(d, acts[0]); got != strings.Replace(want, "risky()", "careful()", 1) {
		t.Errorf("fixAll with unsafe fixes:\n%s", got)
	}
}

func TestUnusedNoqaFix(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	d := c.Open("unused.py", "import boto3\nx = 1  # noqa: BTO991\n")
	diags := lsptest.Find(c.Diagnostics(d, 1), "BTO901")
	if len(diags) != 1 {
		t.Fatalf("BTO901 not reported")
	}
	acts := c.CodeActions(d, diags[0].Range, diags)
	fix := find(acts, "Remove unused noqa")
	if fix == nil {
		t.Fatalf("actions %q", titles(acts))
	}
	if got := c.Apply(d, fix); got != "import boto3\nx = 1\n" {
		t.Errorf("after fix: %q", got)
	}
}
