package lsp_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/lsp"
	"github.com/botolint/botolint/lsp/lsptest"
)

// Test rules, so that the server's tests do not depend on which catalog
// rules exist yet: BTO991 renames bucket= to Bucket= (a safe fix), BTO992
// renames risky() to careful() (an unsafe fix), BTO993 panics on a call to
// explode().
var (
	safeRule = &analysis.Rule{
		Code: "BTO991", Name: "test-safe", Severity: analysis.SeverityError, Fix: analysis.FixAlways,
		Doc:   "## What it does\n\nTest rule: `bucket=` should be `Bucket=`.",
		Kinds: []syntax.Kind{syntax.KindKeywordArgument},
		Visit: func(p *analysis.Pass, n syntax.Node) {
			name := n.ChildByField(syntax.FieldName)
			if name.Text() != "bucket" {
				return
			}
			p.Report(analysis.Diagnostic{Start: name.Start(), End: name.End(), Message: "`bucket` should be `Bucket`",
				Fixes: []analysis.Fix{{Title: "Rename to `Bucket`", Applicability: analysis.Safe,
					Edits: []analysis.Edit{{Start: name.Start(), End: name.End(), NewText: "Bucket"}}}}})
		},
	}
	unsafeRule = &analysis.Rule{
		Code: "BTO992", Name: "test-unsafe", Severity: analysis.SeverityWarning, Fix: analysis.FixAlways,
		Doc:   "## What it does\n\nTest rule with an unsafe fix.",
		Kinds: []syntax.Kind{syntax.KindCall},
		Visit: func(p *analysis.Pass, n syntax.Node) {
			fn := n.ChildByField(syntax.FieldFunction)
			if fn.Text() != "risky" {
				return
			}
			p.Report(analysis.Diagnostic{Start: fn.Start(), End: fn.End(), Message: "`risky` is risky",
				Related: []analysis.Related{{Start: n.Start(), End: n.End(), Message: "the call"}},
				Fixes: []analysis.Fix{{Title: "Call `careful` instead", Applicability: analysis.Unsafe,
					Edits: []analysis.Edit{{Start: fn.Start(), End: fn.End(), NewText: "careful"}}}}})
		},
	}
	slowRule = &analysis.Rule{
		Code: "BTO994", Name: "test-slow", Severity: analysis.SeverityError,
		Kinds: []syntax.Kind{syntax.KindCall},
		Visit: func(p *analysis.Pass, n syntax.Node) {
			if n.ChildByField(syntax.FieldFunction).Text() == "slow" {
				time.Sleep(1500 * time.Millisecond)
			}
		},
	}
	panicRule = &analysis.Rule{
		Code: "BTO993", Name: "test-panic", Severity: analysis.SeverityError,
		Kinds: []syntax.Kind{syntax.KindCall},
		Visit: func(p *analysis.Pass, n syntax.Node) {
			if n.ChildByField(syntax.FieldFunction).Text() == "explode" {
				panic("boom")
			}
		},
	}
)

func testRules() []*analysis.Rule {
	return append(rules.All(), safeRule, unsafeRule, panicRule, slowRule)
}

func newClient(t *testing.T, opts lsptest.Options) *lsptest.Client {
	t.Helper()
	if opts.Server.Rules == nil {
		opts.Server.Rules = testRules()
	}
	if opts.InitializationOptions == "" {
		opts.InitializationOptions = `{"debounceMs": 0}`
	}
	return lsptest.New(t, opts)
}

func TestRequestBeforeInitialize(t *testing.T) {
	c := newClient(t, lsptest.Options{NoInitialize: true})
	var res any
	err := c.Call(protocol.MethodTextDocumentHover, map[string]any{
		"textDocument": map[string]any{"uri": "file:///x.py"}, "position": map[string]any{"line": 0, "character": 0},
	}, &res)
	if lsptest.ErrorCode(err) != jsonrpc2.ServerNotInitialized {
		t.Fatalf("hover before initialize: %v (code %d), want ServerNotInitialized", err, lsptest.ErrorCode(err))
	}
	// Notifications before initialize are dropped, not fatal.
	if err := c.Notify(protocol.MethodTextDocumentDidOpen, map[string]any{}); err != nil {
		t.Fatal(err)
	}
	c.Initialize(lsptest.Options{})
	// A second initialize is an error.
	if _, err := c.Server.Initialize(t.Context(), lsptest.InitializeParams(lsptest.Options{})); err == nil {
		t.Fatal("second initialize succeeded")
	}
	c.Shutdown()
}

func TestInitializeResult(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	caps := c.Result.Capabilities
	if caps.PositionEncoding != protocol.PositionEncodingKindUTF16 {
		t.Errorf("position encoding %q, want utf-16", caps.PositionEncoding)
	}
	sync, ok := caps.TextDocumentSync.(*protocol.TextDocumentSyncOptions)
	if !ok || sync.Change == nil || *sync.Change != protocol.TextDocumentSyncKindIncremental {
		t.Errorf("text document sync %#v, want incremental", caps.TextDocumentSync)
	}
	if c.Result.ServerInfo.Name != "botolint" {
		t.Errorf("server name %q", c.Result.ServerInfo.Name)
	}
	if caps.DiagnosticProvider != nil {
		t.Errorf("diagnostic provider offered to a client without pull support")
	}
	u := newClient(t, lsptest.Options{UTF8: true, Pull: true})
	if u.Result.Capabilities.PositionEncoding != protocol.PositionEncodingKindUTF8 {
		t.Errorf("position encoding %q, want utf-8 when offered", u.Result.Capabilities.PositionEncoding)
	}
	if u.Result.Capabilities.DiagnosticProvider == nil {
		t.Errorf("no diagnostic provider for a pull client")
	}
}

func TestShutdownExit(t *testing.T) {
	t.Run("shutdown then exit", func(t *testing.T) {
		c := newClient(t, lsptest.Options{})
		c.Shutdown() // checks that Serve returns nil
	})
	t.Run("requests after shutdown", func(t *testing.T) {
		c := newClient(t, lsptest.Options{})
		if err := c.Server.Shutdown(t.Context()); err != nil {
			t.Fatal(err)
		}
		var res any
		err := c.Call(protocol.MethodTextDocumentHover, map[string]any{}, &res)
		if lsptest.ErrorCode(err) != jsonrpc2.InvalidRequest {
			t.Errorf("hover after shutdown: %v, want InvalidRequest", err)
		}
		if err := c.Server.Exit(t.Context()); err != nil {
			t.Fatal(err)
		}
		if err := c.WaitServe(); err != nil {
			t.Errorf("Serve: %v, want nil", err)
		}
	})
	t.Run("exit without shutdown", func(t *testing.T) {
		c := newClient(t, lsptest.Options{})
		if err := c.Server.Exit(t.Context()); err != nil {
			t.Fatal(err)
		}
		if err := c.WaitServe(); !errors.Is(err, lsp.ErrExitWithoutShutdown) {
			t.Errorf("Serve: %v, want ErrExitWithoutShutdown", err)
		}
	})
	t.Run("connection closed", func(t *testing.T) {
		c := newClient(t, lsptest.Options{})
		_ = c.Conn.Close()
		if err := c.WaitServe(); !errors.Is(err, lsp.ErrConnectionClosed) {
			t.Errorf("Serve: %v, want ErrConnectionClosed", err)
		}
	})
}

func TestUnknownMethodAndBadParams(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	var res any
	err := c.Call("botolint/nonsense", map[string]any{"a": 1}, &res)
	if lsptest.ErrorCode(err) != jsonrpc2.MethodNotFound {
		t.Errorf("unknown request: %v, want MethodNotFound", err)
	}
	// Unknown notifications and notifications with bad params are ignored;
	// the connection stays up.
	if err := c.Notify("botolint/nonsense", nil); err != nil {
		t.Fatal(err)
	}
	if err := c.Notify(protocol.MethodTextDocumentDidChange, map[string]any{"textDocument": 3}); err != nil {
		t.Fatal(err)
	}
	err = c.Call(protocol.MethodTextDocumentHover, map[string]any{"textDocument": 3}, &res)
	if err == nil {
		t.Errorf("hover with bad params succeeded")
	}
	d := c.Open("after.py", "import boto3\nx = (\n")
	if diags := c.Diagnostics(d, 1); len(lsptest.Find(diags, "BTO900")) == 0 {
		t.Errorf("server not working after bad messages: %v", lsptest.Codes(diags))
	}
}

func TestPanicInRule(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	d := c.Open("panic.py", "import boto3\nexplode()\nc = boto3.client('s3')\nc.put_object(bucket='b')\n")
	diags := c.Diagnostics(d, 1)
	if len(diags) != 0 {
		t.Errorf("diagnostics after a rule panic: %v", lsptest.Codes(diags))
	}
	// The server is alive and answers.
	if h := c.Hover(d, c.At(d, "put_object", 1)); h == nil {
		t.Errorf("no hover after a panic")
	}
	v := c.Replace(d, "explode()", "pass")
	if got := lsptest.Codes(c.Diagnostics(d, v)); !contains(got, "BTO991") {
		t.Errorf("after removing the panic: %v, want BTO991", got)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsAll(text string, subs ...string) []string {
	var missing []string
	for _, s := range subs {
		if !strings.Contains(text, s) {
			missing = append(missing, s)
		}
	}
	return missing
}
