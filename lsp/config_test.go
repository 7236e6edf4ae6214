package lsp_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/lsp"

	"github.com/botolint/botolint/lsp/lsptest"
)

func contextWithTimeout(t *testing.T, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(t.Context(), d)
}

const configSource = "import boto3\nf(bucket=1)\nrisky()\n"

func TestConfiguration(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "pyproject.toml"), "[tool.botolint]\nignore = [\"BTO992\"]\n")
	write(t, filepath.Join(dir, "sub", "botolint.toml"), "severity = { BTO991 = \"hint\" }\n")
	c := newClient(t, lsptest.Options{Server: quietEnv()})
	d := c.OpenFile(filepath.Join(dir, "a.py"), configSource)
	if got := lsptest.Codes(c.Diagnostics(d, 1)); strings.Join(got, ",") != "BTO991" {
		t.Errorf("with pyproject ignoring BTO992: %v", got)
	}
	s := c.OpenFile(filepath.Join(dir, "sub", "b.py"), configSource)
	diags := c.Diagnostics(s, 1)
	if got := lsptest.Find(diags, "BTO991"); len(got) != 1 || got[0].Severity != protocol.DiagnosticSeverityHint {
		t.Errorf("botolint.toml severity: %+v", diags)
	}
	if len(lsptest.Find(diags, "BTO992")) != 1 {
		t.Errorf("nearest configuration wins: BTO992 should run in sub/: %v", lsptest.Codes(diags))
	}

	// Editor settings are a layer over the files; a change re-analyses
	// every open document.
	mark := c.Mark()
	c.ChangeConfiguration(`{"botolint": {"extend-select": ["BTO992"], "severity": {"test-unsafe": "error"}, "debounceMs": 0}}`)
	diags = c.NextDiagnostics(d, mark)
	if got := lsptest.Find(diags, "BTO992"); len(got) != 1 || got[0].Severity != protocol.DiagnosticSeverityError {
		t.Errorf("after settings change: %+v", lsptest.Codes(diags))
	}
	c.NextDiagnostics(s, mark)

	mark = c.Mark()
	c.ChangeConfiguration(`{"select": ["BTO992"], "debounce_ms": 0}`)
	if got := lsptest.Codes(c.NextDiagnostics(d, mark)); strings.Join(got, ",") != "BTO992" {
		t.Errorf("select replaces: %v", got)
	}

	// A broken setting is reported and does not stop the server.
	c.ChangeConfiguration(`{"select": ["BTO9999x"]}`)
	c.WaitMessage("BTO9999x")
	mark = c.Mark()
	c.ChangeConfiguration(`{"debounceMs": 0}`)
	if got := lsptest.Codes(c.NextDiagnostics(d, mark)); strings.Join(got, ",") != "BTO991" {
		t.Errorf("back to the file's settings: %v", got)
	}
	// A configuration file changed on disk is read again when the client
	// says so.
	write(t, filepath.Join(dir, "pyproject.toml"), "[tool.botolint]\nignore = [\"BTO991\", \"BTO992\"]\n")
	mark = c.Mark()
	if err := c.Server.DidChangeWatchedFiles(t.Context(), &protocol.DidChangeWatchedFilesParams{Changes: []protocol.FileEvent{
		{URI: lsptest.FileURI(filepath.Join(dir, "pyproject.toml")), Type: protocol.FileChangeTypeChanged},
	}}); err != nil {
		t.Fatal(err)
	}
	if got := lsptest.Codes(c.NextDiagnostics(d, mark)); len(got) != 0 {
		t.Errorf("after pyproject change: %v", got)
	}
}

func TestBrokenConfigurationFile(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "pyproject.toml"), "[tool.botolint]\nselect = 3\n")
	c := newClient(t, lsptest.Options{Server: quietEnv()})
	d := c.OpenFile(filepath.Join(dir, "a.py"), configSource)
	if got := lsptest.Codes(c.Diagnostics(d, 1)); !contains(got, "BTO991") {
		t.Errorf("with a broken pyproject: %v (defaults expected)", got)
	}
	c.WaitMessage("pyproject.toml")
}

func TestCancelRequest(t *testing.T) {
	c := newClient(t, lsptest.Options{Server: quietEnv()})
	d := c.Open("cancel.py", configSource)
	c.Diagnostics(d, 1)
	c.Replace(d, "risky()", "slow()")
	// The code action waits for the analysis of the new version, which a
	// slow rule holds up for over a second; cancelling the request must
	// answer at once.
	ctx, cancel := contextWithTimeout(t, 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Server.CodeAction(ctx, &protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: d.URI},
		Context: protocol.CodeActionContext{Diagnostics: []protocol.Diagnostic{}}})
	if err == nil {
		t.Fatalf("cancelled code action succeeded")
	}
	if time.Since(start) > time.Second {
		t.Errorf("cancellation took %v", time.Since(start))
	}
	// The server goes on.
	if h := c.Hover(d, c.At(d, "bucket", 0)); !strings.Contains(lsptest.HoverText(h), "BTO991") {
		t.Errorf("hover after cancel: %s", lsptest.HoverText(h))
	}
}

type lspOptions = lsp.Options

func quietEnv() (o lspOptions) {
	o.Getenv = func(string) string { return "" }
	return o
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestBotocoreDataSetting(t *testing.T) {
	data := t.TempDir()
	write(t, filepath.Join(data, "fakesvc", "2020-01-01", "service-2.json"), `{
  "version": "2.0",
  "metadata": {"apiVersion": "2020-01-01", "endpointPrefix": "fake", "protocol": "json",
    "serviceId": "Fake Service", "serviceFullName": "A Fake Service", "signatureVersion": "v4"},
  "operations": {
    "DoThing": {"name": "DoThing", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "DoThingRequest"}}
  },
  "shapes": {
    "DoThingRequest": {"type": "structure", "required": ["Name"], "members": {"Name": {"shape": "String"}, "Count": {"shape": "Integer"}}},
    "String": {"type": "string"},
    "Integer": {"type": "integer"}
  }
}`)
	c := newClient(t, lsptest.Options{Server: quietEnv(), InitializationOptions: `{"debounceMs": 0, "botocoreData": "` + data + `"}`})
	items, _ := complete(t, c, "svc.py", "import boto3\nx = boto3.client(\"|\")\n")
	labels := lsptest.Labels(items)
	if !contains(labels, "fakesvc") || contains(labels, "s3") {
		t.Errorf("services from botocoreData: %v", labels)
	}
	d := c.Open("op.py", "import boto3\nx = boto3.client(\"fakesvc\")\nx.do_thing(Name=\"n\")\n")
	c.Diagnostics(d, 1)
	text := lsptest.HoverText(c.Hover(d, c.At(d, "do_thing", 1)))
	if missing := containsAll(text, "do_thing(*, Name: str, Count: int = ...)", "**DoThing** operation of Fake Service"); len(missing) > 0 {
		t.Errorf("hover lacks %q:\n%s", missing, text)
	}
}
