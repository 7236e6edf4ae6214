package lsp_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/lsp"
	"github.com/botolint/botolint/lsp/lsptest"
)

const bucketSource = `import boto3

s3 = boto3.client("s3")
s3.put_object(bucket="b", Key="k")
`

func TestOpenPublishesDiagnostics(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	d := c.Open("open.py", bucketSource)
	diags := c.Diagnostics(d, 1)
	got := lsptest.Find(diags, "BTO991")
	if len(got) != 1 {
		t.Fatalf("diagnostics %v, want one BTO991", lsptest.Codes(diags))
	}
	diag := got[0]
	if text := c.Text(d, diag.Range); text != "bucket" {
		t.Errorf("range covers %q, want bucket", text)
	}
	if src, _ := diag.Source.Get(); src != "botolint" {
		t.Errorf("source %q", src)
	}
	if diag.Severity != protocol.DiagnosticSeverityError {
		t.Errorf("severity %d", diag.Severity)
	}
	if !strings.HasSuffix(string(diag.CodeDescription.Href), "BTO991.md") {
		t.Errorf("codeDescription %q", diag.CodeDescription.Href)
	}
	if !strings.Contains(string(diag.Data), `"version":1`) || !strings.Contains(string(diag.Data), "Rename to `Bucket`") {
		t.Errorf("data %s: want the version and the fix", diag.Data)
	}
	// A clean file gets [] (not null).
	clean := c.Open("clean.py", "import boto3\n")
	if diags := c.Diagnostics(clean, 1); diags == nil || len(diags) != 0 {
		t.Errorf("clean file: %#v, want []", diags)
	}
}

func TestRelatedInformationAndSeverityMapping(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	d := c.Open("related.py", "import boto3\nrisky(1)\n")
	got := lsptest.Find(c.Diagnostics(d, 1), "BTO992")
	if len(got) != 1 {
		t.Fatalf("want one BTO992")
	}
	if got[0].Severity != protocol.DiagnosticSeverityWarning {
		t.Errorf("severity %d, want warning", got[0].Severity)
	}
	rel := got[0].RelatedInformation
	if len(rel) != 1 || c.Text(d, rel[0].Location.Range) != "risky(1)" || rel[0].Location.URI != d.URI {
		t.Errorf("related %+v", rel)
	}
}

func TestNullDiagnosticsNeverSent(t *testing.T) {
	// The wire form of an empty publication is [] (the Go value may be an
	// empty slice that an encoder could turn into null).
	raw, err := protocol.Marshal(&protocol.PublishDiagnosticsParams{URI: lsptest.URI("x.py"), Diagnostics: []protocol.Diagnostic{}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), `"diagnostics":[]`) {
		t.Errorf("encoded %s", raw)
	}
}

// codesAt returns the codes whose range starts at the first occurrence of
// sub.
func codesAt(c *lsptest.Client, d *lsptest.Doc, diags []protocol.Diagnostic, sub string) []string {
	var out []string
	want := c.At(d, sub, 0)
	for _, diag := range diags {
		if diag.Range.Start == want {
			out = append(out, lsptest.Codes([]protocol.Diagnostic{diag})...)
		}
	}
	return out
}

func TestIncrementalChanges(t *testing.T) {
	for _, utf8 := range []bool{false, true} {
		t.Run(fmt.Sprintf("utf8=%v", utf8), func(t *testing.T) {
			// BTO701 (emoji) has a fix too; leave it out of fix-all here.
			c := newClient(t, lsptest.Options{UTF8: utf8, InitializationOptions: `{"debounceMs": 0, "ignore": ["BTO701"]}`})
			d := c.Open("inc.py", bucketSource)
			c.Diagnostics(d, 1)

			// Insertion at 0:0.
			v := c.Change(d, lsptest.Edit{Start: 0, End: 0, Text: "# header\n"})
			diags := c.Diagnostics(d, v)
			if got := codesAt(c, d, diags, "bucket"); !contains(got, "BTO991") {
				t.Errorf("after inserting at 0:0: %v at bucket (all %v)", got, lsptest.Codes(diags))
			}

			// Edits after astral characters (UTF-16 surrogate pairs) on the
			// same line: the positions must count them right.
			v = c.Replace(d, `Key="k"`, "Key=\"\U0001F600\U0001F680k\"")
			c.Diagnostics(d, v)
			i := c.Index(d, "k\")")
			v = c.Change(d, lsptest.Edit{Start: i, End: i + 1, Text: "key"})
			v = c.Replace(d, "put_object(bucket", "put_object(\U0001F600=1, bucket")
			v = c.Replace(d, "\U0001F600=1, ", "")
			v = c.Replace(d, `"b", `, "\"\U0001F680\", ")
			diags = c.Diagnostics(d, v)
			if got := codesAt(c, d, diags, "bucket"); !contains(got, "BTO991") {
				t.Errorf("after emoji edits: %v at bucket; text:\n%s", lsptest.Codes(diags), d.Text)
			}
			// The server's text equals the client's: a fix-all edit computed
			// by the server applies cleanly to the client's copy.
			acts := c.CodeActions(d, protocol.Range{}, nil, "source.fixAll.botolint")
			if len(acts) != 1 {
				t.Fatalf("fixAll actions: %d", len(acts))
			}
			want := strings.Replace(d.Text, "bucket=", "Bucket=", 1)
			if got := c.Apply(d, acts[0]); got != want {
				t.Errorf("fixAll result:\n%s\nwant:\n%s", got, want)
			}

			// Several changes in one notification, the second computed on
			// the text the first leaves, and a whole-document change.
			a := c.Index(d, "s3 = ")
			b := c.Index(d, "bucket=")
			v = c.Change(d, lsptest.Edit{Start: b, End: b + len("bucket"), Text: "Bucket"}, lsptest.Edit{Start: a, End: a + 2, Text: "client"})
			d.Text = strings.Replace(d.Text, "s3.put_object", "client.put_object", 1)
			v = c.ChangeWhole(d, d.Text)
			if got := lsptest.Find(c.Diagnostics(d, v), "BTO991"); len(got) != 0 {
				t.Errorf("after fixing: %v", got)
			}
			v = c.ChangeWhole(d, "\U0001F600 = 1\n"+strings.Replace(d.Text, "Bucket=", "bucket=", 1))
			if got := codesAt(c, d, c.Diagnostics(d, v), "bucket"); !contains(got, "BTO991") {
				t.Errorf("after whole change: %v", got)
			}
		})
	}
}

func TestRandomEditsMatchFullText(t *testing.T) {
	// Random edits, some around astral characters; after each batch the
	// diagnostics must be those of a fresh open of the same text.
	for _, utf8 := range []bool{false, true} {
		t.Run(fmt.Sprintf("utf8=%v", utf8), func(t *testing.T) {
			c := newClient(t, lsptest.Options{UTF8: utf8})
			rng := rand.New(rand.NewSource(1))
			d := c.Open("random.py", bucketSource+"x = '\U0001F600'  # \U0001F680 bucket\n")
			pieces := []string{"bucket=1", ", ", "\U0001F600", "é", "\n", "risky()", "x", "(", ")", "\"", " "}
			for round := 0; round < 25; round++ {
				sim := d.Text
				var edits []lsptest.Edit
				for k := 0; k < 1+rng.Intn(3); k++ {
					start := runeBoundary(sim, rng.Intn(len(sim)+1))
					end := runeBoundary(sim, min(len(sim), start+rng.Intn(4)))
					text := pieces[rng.Intn(len(pieces))]
					edits = append(edits, lsptest.Edit{Start: start, End: end, Text: text})
					sim = sim[:start] + text + sim[end:]
				}
				v := c.Change(d, edits...)
				if d.Text != sim {
					t.Fatalf("client text diverged")
				}
				got := c.Diagnostics(d, v)
				fresh := c.Open(fmt.Sprintf("fresh%d.py", round), d.Text)
				want := c.Diagnostics(fresh, 1)
				c.Close(fresh)
				if g, w := summary(got), summary(want); g != w {
					t.Fatalf("round %d: incremental %s\nfresh %s\ntext:\n%s", round, g, w, d.Text)
				}
			}
		})
	}
}

func summary(diags []protocol.Diagnostic) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "%v %v %s; ", lsptest.Codes([]protocol.Diagnostic{d}), d.Range, lsptest.Message(d))
	}
	return b.String()
}

func runeBoundary(s string, i int) int {
	for i > 0 && i < len(s) && s[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

func TestStaleVersionsDropped(t *testing.T) {
	c := newClient(t, lsptest.Options{InitializationOptions: `{"debounceMs": 30}`})
	d := c.Open("stale.py", bucketSource)
	c.Diagnostics(d, 1)
	var last int32
	for i := 0; i < 20; i++ {
		last = c.Change(d, lsptest.Edit{Start: len(d.Text), End: len(d.Text), Text: fmt.Sprintf("x%d = 1\n", i)})
	}
	diags := c.Diagnostics(d, last)
	if got := lsptest.Find(diags, "BTO991"); len(got) != 1 {
		t.Errorf("latest diagnostics %v", lsptest.Codes(diags))
	}
	// Versions only go up, and the rapid edits were not all analysed.
	var versions []int32
	for _, p := range c.Published(d) {
		v, _ := p.Version.Get()
		versions = append(versions, v)
	}
	for i := 1; i < len(versions); i++ {
		if versions[i] <= versions[i-1] {
			t.Errorf("published versions out of order: %v", versions)
		}
	}
	if len(versions) > 10 {
		t.Errorf("published %d versions for 20 quick edits with a debounce: %v", len(versions), versions)
	}
}

func TestCloseClears(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	d := c.Open("close.py", bucketSource)
	c.Diagnostics(d, 1)
	c.Close(d)
	c.Cleared(d)
	// Requests and changes for a closed document are answered sanely.
	if h := c.Hover(d, protocol.Position{}); h != nil {
		t.Errorf("hover on a closed document: %+v", h)
	}
	c.Change(d, lsptest.Edit{Start: 0, End: 0, Text: "x"})
	if acts := c.CodeActions(d, protocol.Range{}, nil); len(acts) != 0 {
		t.Errorf("code actions on a closed document: %d", len(acts))
	}
}

func TestOutOfRangeChange(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	d := c.Open("range.py", "import boto3\nx = 1\n")
	c.Diagnostics(d, 1)
	// A range past the end of a line and past the end of the text is
	// clamped as the specification says, never a crash.
	v := c.ChangeRaw(d, &protocol.TextDocumentContentChangePartial{
		Range: protocol.Range{Start: protocol.Position{Line: 1, Character: 99}, End: protocol.Position{Line: 50, Character: 3}},
		Text:  "\ns3 = boto3.client('s3')\ns3.get_object(bucket='b')\n",
	})
	d.Text = "import boto3\nx = 1\ns3 = boto3.client('s3')\ns3.get_object(bucket='b')\n"
	if got := codesAt(c, d, c.Diagnostics(d, v), "bucket"); !contains(got, "BTO991") {
		t.Errorf("after clamped change: %v", got)
	}
}

func TestPullDiagnostics(t *testing.T) {
	c := newClient(t, lsptest.Options{Pull: true})
	d := c.Open("pull.py", bucketSource)
	rep, err := c.PullDiagnostics(d, "")
	if err != nil {
		t.Fatal(err)
	}
	full, ok := rep.(*protocol.RelatedFullDocumentDiagnosticReport)
	if !ok {
		t.Fatalf("report %T", rep)
	}
	if got := lsptest.Find(full.Items, "BTO991"); len(got) != 1 {
		t.Errorf("pulled %v", lsptest.Codes(full.Items))
	}
	rep, err = c.PullDiagnostics(d, *full.ResultID)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := rep.(*protocol.RelatedUnchangedDocumentDiagnosticReport); !ok {
		t.Errorf("same version pulled again: %T, want unchanged", rep)
	}
	c.Replace(d, "bucket=", "Bucket=")
	rep, err = c.PullDiagnostics(d, *full.ResultID)
	if err != nil {
		t.Fatal(err)
	}
	if full, ok := rep.(*protocol.RelatedFullDocumentDiagnosticReport); !ok || len(full.Items) != 0 || full.Items == nil {
		t.Errorf("after fix: %#v", rep)
	}
	if n := len(c.Published(d)); n != 0 {
		t.Errorf("%d diagnostics pushed to a pull client", n)
	}
	c.ChangeConfiguration(`{"ignore": ["BTO991"]}`)
	for i := 0; c.Refreshes() == 0 && i < 500; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if c.Refreshes() == 0 {
		t.Errorf("no workspace/diagnostic/refresh after a configuration change")
	}
}

func TestEvictedDocuments(t *testing.T) {
	// With room for one parse tree, documents that are not being edited
	// lose their trees; edits, hover and code actions still work on them.
	c := newClient(t, lsptest.Options{Server: lsp.Options{MaxParseTrees: 1}})
	var docs []*lsptest.Doc
	for i := 0; i < 3; i++ {
		d := c.Open(fmt.Sprintf("evict%d.py", i), bucketSource)
		c.Diagnostics(d, 1)
		docs = append(docs, d)
	}
	for round := 0; round < 2; round++ {
		for _, d := range docs {
			v := c.Change(d, lsptest.Edit{Start: 0, End: 0, Text: "#\n"})
			diags := c.Diagnostics(d, v)
			if got := codesAt(c, d, diags, "bucket"); !contains(got, "BTO991") {
				t.Fatalf("%s after edit: %v", d.URI, lsptest.Codes(diags))
			}
		}
	}
	first := docs[0]
	if text := lsptest.HoverText(c.Hover(first, c.At(first, "put_object", 1))); !strings.Contains(text, "PutObject") {
		t.Errorf("hover on an evicted document: %q", text)
	}
	diags := lsptest.Find(c.Diagnostics(first, first.Version), "BTO991")
	if fix := find(c.CodeActions(first, diags[0].Range, diags), "Rename to `Bucket`"); fix == nil {
		t.Errorf("no quick fix on an evicted document")
	}
}
