// Package lsptest drives botolint's language server in tests: net.Pipe, the
// real lsp.Serve on one end, a go.lsp.dev/jsonrpc2 client on the other.
// Helpers open, change and close documents, wait for the diagnostics of a
// version, and send requests; positions are found from text (a substring),
// never written as numbers.
package lsptest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/botolint/botolint/lsp"
)

// Timeout bounds every wait.
var Timeout = 20 * time.Second

// Options configure a test client.
type Options struct {
	Server lsp.Options
	// UTF8 offers the utf-8 position encoding (the server then uses it).
	UTF8 bool
	// Pull declares pull diagnostics support (textDocument/diagnostic);
	// the server then does not push.
	Pull bool
	// Snippets declares snippet support in completion items.
	Snippets bool
	// InitializationOptions are sent with initialize (any JSON value).
	InitializationOptions string
	// NoInitialize skips initialize (to test the lifecycle).
	NoInitialize bool
	// Folders are the workspace folders sent with initialize (paths).
	Folders []string
	// WorkDoneProgress declares window.workDoneProgress support.
	WorkDoneProgress bool
	// WatchFiles declares dynamic registration of
	// workspace/didChangeWatchedFiles.
	WatchFiles bool
}

// Client is a language client connected to a running server.
type Client struct {
	t      testing.TB
	Conn   jsonrpc2.Conn
	Server protocol.Server
	// Result is the server's InitializeResult.
	Result *protocol.InitializeResult

	utf8     bool
	serveErr chan error
	closed   bool

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced on every notification
	publish  []*protocol.PublishDiagnosticsParams
	messages []string
	refresh  int
	docs     map[uri.URI]*Doc
	progress []Progress
	created  []string // work-done progress tokens created
	regs     []protocol.Registration
}

// Progress is one $/progress notification: its token and value (kind,
// title, message, percentage).
type Progress struct {
	Token      string
	Kind       string `json:"kind"`
	Title      string `json:"title"`
	Message    string `json:"message"`
	Percentage *int   `json:"percentage"`
}

// Doc is a document the client has open, with the client's copy of its
// text.
type Doc struct {
	URI     uri.URI
	Version int32
	Text    string
}

// New starts a server and connects a client; unless opts.NoInitialize, it
// sends initialize and initialized. The test fails if the server does not
// end cleanly at cleanup (Shutdown then Exit is sent if the test did not).
func New(t testing.TB, opts Options) *Client {
	t.Helper()
	serverEnd, clientEnd := net.Pipe()
	serveErr := make(chan error, 1)
	go func() { serveErr <- lsp.Serve(context.Background(), serverEnd, opts.Server) }()
	return Connect(t, clientEnd, serveErr, opts)
}

// Connect runs a client on conn, the other end of a server (the stdin and
// stdout of a `botolint server` process, for example); serveErr receives
// the server's result (its exit status as an error). opts.Server is unused.
func Connect(t testing.TB, conn io.ReadWriteCloser, serveErr chan error, opts Options) *Client {
	t.Helper()
	c := &Client{t: t, utf8: opts.UTF8, serveErr: serveErr, changed: make(chan struct{}), docs: map[uri.URI]*Doc{}}
	c.Conn = jsonrpc2.NewConn(jsonrpc2.NewHeaderStream(newDrained(conn)), jsonrpc2.WithCodec(codec{}))
	// Handled in order on the read loop: publications arrive in the order
	// the server sent them.
	c.Conn.Go(context.Background(), protocol.ClientHandler(clientImpl{c}, jsonrpc2.MethodNotFoundHandler))
	c.Server = protocol.ServerDispatcher(c.Conn)
	t.Cleanup(func() {
		if !c.closed {
			c.Shutdown()
		}
		_ = c.Conn.Close()
	})
	if !opts.NoInitialize {
		c.Initialize(opts)
	}
	return c
}

// InitializeParams returns the params New sends.
func InitializeParams(opts Options) *protocol.InitializeParams {
	yes := true
	pid := int32(1)
	p := &protocol.InitializeParams{
		ProcessID:  &pid,
		ClientInfo: protocol.ClientInfo{Name: "lsptest"},
		Capabilities: protocol.ClientCapabilities{
			TextDocument: &protocol.TextDocumentClientCapabilities{
				PublishDiagnostics: &protocol.PublishDiagnosticsClientCapabilities{VersionSupport: &yes},
				Hover:              &protocol.HoverClientCapabilities{ContentFormat: []protocol.MarkupKind{protocol.MarkupKindMarkdown}},
				CodeAction: &protocol.CodeActionClientCapabilities{
					IsPreferredSupport: &yes,
					DataSupport:        &yes,
					CodeActionLiteralSupport: protocol.ClientCodeActionLiteralOptions{CodeActionKind: protocol.ClientCodeActionKindOptions{
						ValueSet: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix, protocol.CodeActionKindSource},
					}},
				},
				Completion: &protocol.CompletionClientCapabilities{
					CompletionItem: &protocol.ClientCompletionItemOptions{SnippetSupport: &opts.Snippets},
				},
			},
			General: &protocol.GeneralClientCapabilities{PositionEncodings: []protocol.PositionEncodingKind{protocol.PositionEncodingKindUTF16}},
		},
	}
	if opts.UTF8 {
		p.Capabilities.General.PositionEncodings = []protocol.PositionEncodingKind{protocol.PositionEncodingKindUTF8, protocol.PositionEncodingKindUTF16}
	}
	if opts.Pull {
		p.Capabilities.TextDocument.Diagnostic = &protocol.DiagnosticClientCapabilities{}
		p.Capabilities.Workspace = &protocol.WorkspaceClientCapabilities{Diagnostics: &protocol.DiagnosticWorkspaceClientCapabilities{RefreshSupport: &yes}}
	}
	if opts.InitializationOptions != "" {
		p.InitializationOptions = protocol.LSPAny(opts.InitializationOptions)
	}
	if len(opts.Folders) > 0 {
		var folders []protocol.WorkspaceFolder
		for _, f := range opts.Folders {
			folders = append(folders, protocol.WorkspaceFolder{URI: uri.File(f), Name: filepath.Base(f)})
		}
		p.WorkspaceFolders = protocol.NewNullable(folders)
		root := uri.File(opts.Folders[0])
		p.RootURI = &root
	}
	if opts.WorkDoneProgress {
		p.Capabilities.Window = &protocol.WindowClientCapabilities{WorkDoneProgress: &yes}
	}
	if opts.WatchFiles {
		if p.Capabilities.Workspace == nil {
			p.Capabilities.Workspace = &protocol.WorkspaceClientCapabilities{}
		}
		p.Capabilities.Workspace.DidChangeWatchedFiles = &protocol.DidChangeWatchedFilesClientCapabilities{DynamicRegistration: &yes}
	}
	return p
}

// Initialize sends initialize and initialized.
func (c *Client) Initialize(opts Options) *protocol.InitializeResult {
	c.t.Helper()
	res, err := c.Server.Initialize(c.ctx(), InitializeParams(opts))
	if err != nil {
		c.t.Fatalf("initialize: %v", err)
	}
	c.Result = res
	if err := c.Server.Initialized(c.ctx(), &protocol.InitializedParams{}); err != nil {
		c.t.Fatalf("initialized: %v", err)
	}
	return res
}

func (c *Client) ctx() context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	time.AfterFunc(Timeout, cancel)
	return ctx
}

// Shutdown sends shutdown then exit and checks that Serve returns nil.
func (c *Client) Shutdown() {
	c.t.Helper()
	c.closed = true
	if err := c.Server.Shutdown(c.ctx()); err != nil {
		c.t.Errorf("shutdown: %v", err)
	}
	if err := c.Server.Exit(c.ctx()); err != nil {
		c.t.Errorf("exit: %v", err)
	}
	if err := c.WaitServe(); err != nil {
		c.t.Errorf("Serve after shutdown and exit: %v, want nil", err)
	}
}

// WaitServe waits for Serve to return and returns its error.
func (c *Client) WaitServe() error {
	c.t.Helper()
	c.closed = true
	select {
	case err := <-c.serveErr:
		return err
	case <-time.After(Timeout):
		c.t.Fatalf("Serve did not return")
		return nil
	}
}

// URI returns the file URI of a name under a fixed test directory.
func URI(name string) uri.URI {
	return uri.File("/botolint-test/" + name)
}

// Open opens a document named name in a fixed test directory.
func (c *Client) Open(name, text string) *Doc {
	c.t.Helper()
	return c.OpenURI(URI(name), text)
}

// FileURI returns the URI of a file path.
func FileURI(path string) uri.URI { return uri.File(path) }

// OpenFile opens the document of a file path (which need not exist).
func (c *Client) OpenFile(path, text string) *Doc {
	c.t.Helper()
	return c.OpenURI(uri.File(path), text)
}

// OpenURI opens a document.
func (c *Client) OpenURI(u uri.URI, text string) *Doc {
	c.t.Helper()
	d := &Doc{URI: u, Version: 1, Text: text}
	c.mu.Lock()
	c.docs[d.URI] = d
	c.mu.Unlock()
	err := c.Server.DidOpen(c.ctx(), &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: d.URI, LanguageID: "python", Version: d.Version, Text: text,
	}})
	if err != nil {
		c.t.Fatalf("didOpen: %v", err)
	}
	return d
}

// Close closes a document.
func (c *Client) Close(d *Doc) {
	c.t.Helper()
	if err := c.Server.DidClose(c.ctx(), &protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: d.URI}}); err != nil {
		c.t.Fatalf("didClose: %v", err)
	}
}

// Edit is one ranged change in byte offsets of the client's text.
type Edit struct {
	Start, End int
	Text       string
}

// Change sends ranged changes (each against the text left by the previous
// one, as the protocol says) as one didChange with the next version, and
// returns that version.
func (c *Client) Change(d *Doc, edits ...Edit) int32 {
	c.t.Helper()
	var changes []protocol.TextDocumentContentChangeEvent
	for _, e := range edits {
		rng := protocol.Range{Start: c.Position(d, e.Start), End: c.Position(d, e.End)}
		changes = append(changes, &protocol.TextDocumentContentChangePartial{Range: rng, Text: e.Text})
		d.Text = d.Text[:e.Start] + e.Text + d.Text[e.End:]
	}
	return c.sendChange(d, changes)
}

// ChangeWhole sends the whole new text.
func (c *Client) ChangeWhole(d *Doc, text string) int32 {
	c.t.Helper()
	d.Text = text
	return c.sendChange(d, []protocol.TextDocumentContentChangeEvent{&protocol.TextDocumentContentChangeWholeDocument{Text: text}})
}

// ChangeRaw sends changes as given (ranges in protocol positions) without
// touching the client's copy of the text.
func (c *Client) ChangeRaw(d *Doc, changes ...protocol.TextDocumentContentChangeEvent) int32 {
	c.t.Helper()
	return c.sendChange(d, changes)
}

func (c *Client) sendChange(d *Doc, changes []protocol.TextDocumentContentChangeEvent) int32 {
	d.Version++
	err := c.Server.DidChange(c.ctx(), &protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: d.URI}, Version: d.Version},
		ContentChanges: changes,
	})
	if err != nil {
		c.t.Fatalf("didChange: %v", err)
	}
	return d.Version
}

// Replace replaces the first occurrence of old in the document with new.
func (c *Client) Replace(d *Doc, old, new string) int32 {
	c.t.Helper()
	i := c.Index(d, old)
	return c.Change(d, Edit{Start: i, End: i + len(old), Text: new})
}

// Index returns the byte offset of the first occurrence of sub, failing
// the test when there is none.
func (c *Client) Index(d *Doc, sub string) int {
	c.t.Helper()
	i := strings.Index(d.Text, sub)
	if i < 0 {
		c.t.Fatalf("%q not found in %s:\n%s", sub, d.URI, d.Text)
	}
	return i
}

// At returns the position of the first occurrence of sub, moved by delta
// bytes (At(d, "client(", len("client(")) is just after the parenthesis).
func (c *Client) At(d *Doc, sub string, delta int) protocol.Position {
	c.t.Helper()
	return c.Position(d, c.Index(d, sub)+delta)
}

// After returns the position just after the first occurrence of sub.
func (c *Client) After(d *Doc, sub string) protocol.Position {
	c.t.Helper()
	return c.At(d, sub, len(sub))
}

// Position converts a byte offset of the client's text to a protocol
// position in the encoding the client negotiated. It is written apart from
// the server's conversion so that tests check one against the other.
func (c *Client) Position(d *Doc, off int) protocol.Position {
	return PositionIn(d.Text, off, c.utf8)
}

// PositionIn converts a byte offset in text to a position, with UTF-8 or
// UTF-16 columns.
func PositionIn(text string, off int, utf8Columns bool) protocol.Position {
	line, start := 0, 0
	for i := 0; i < off; i++ {
		if text[i] == '\n' {
			line++
			start = i + 1
		}
	}
	if utf8Columns {
		return protocol.Position{Line: uint32(line), Character: uint32(off - start)}
	}
	col := 0
	for _, r := range text[start:off] {
		if r >= 0x10000 {
			col += 2
		} else {
			col++
		}
	}
	return protocol.Position{Line: uint32(line), Character: uint32(col)}
}

// OffsetIn converts a position back to a byte offset.
func OffsetIn(text string, p protocol.Position, utf8Columns bool) int {
	off := 0
	for line := uint32(0); line < p.Line; line++ {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return len(text)
		}
		off += i + 1
	}
	if utf8Columns {
		return off + int(p.Character)
	}
	col := int(p.Character)
	for col > 0 && off < len(text) && text[off] != '\n' {
		r, size := utf8.DecodeRuneInString(text[off:])
		if r >= 0x10000 {
			col -= 2
		} else {
			col--
		}
		off += size
	}
	return off
}

// Text returns the text a range covers in the client's copy.
func (c *Client) Text(d *Doc, r protocol.Range) string {
	return d.Text[OffsetIn(d.Text, r.Start, c.utf8):OffsetIn(d.Text, r.End, c.utf8)]
}

// Diagnostics waits for the diagnostics published for version of d and
// returns them.
func (c *Client) Diagnostics(d *Doc, version int32) []protocol.Diagnostic {
	c.t.Helper()
	p := c.waitPublish(0, func(p *protocol.PublishDiagnosticsParams) bool {
		v, ok := p.Version.Get()
		return p.URI == d.URI && ok && v == version
	})
	if p == nil {
		c.t.Fatalf("no diagnostics for %s version %d; published: %s", d.URI, version, c.publishedVersions(d))
	}
	return p.Diagnostics
}

// Cleared waits for a publication of no diagnostics without a version (what
// close sends).
func (c *Client) Cleared(d *Doc) {
	c.t.Helper()
	p := c.waitPublish(0, func(p *protocol.PublishDiagnosticsParams) bool {
		_, hasVersion := p.Version.Get()
		return p.URI == d.URI && !hasVersion && p.Diagnostics != nil && len(p.Diagnostics) == 0
	})
	if p == nil {
		c.t.Fatalf("diagnostics of %s not cleared; published: %s", d.URI, c.publishedVersions(d))
	}
}

// Published returns every publication for d so far, in order.
func (c *Client) Published(d *Doc) []*protocol.PublishDiagnosticsParams {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*protocol.PublishDiagnosticsParams
	for _, p := range c.publish {
		if p.URI == d.URI {
			out = append(out, p)
		}
	}
	return out
}

func (c *Client) publishedVersions(d *Doc) string {
	var parts []string
	for _, p := range c.Published(d) {
		v, ok := p.Version.Get()
		if !ok {
			parts = append(parts, fmt.Sprintf("(none: %d)", len(p.Diagnostics)))
			continue
		}
		parts = append(parts, fmt.Sprintf("%d: %d", v, len(p.Diagnostics)))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// Mark returns a mark for NextDiagnostics: the number of publications so
// far.
func (c *Client) Mark() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.publish)
}

// NextDiagnostics waits for a publication for d after mark (the same
// version is published again after a configuration change).
func (c *Client) NextDiagnostics(d *Doc, mark int) []protocol.Diagnostic {
	c.t.Helper()
	p := c.waitPublish(mark, func(p *protocol.PublishDiagnosticsParams) bool { return p.URI == d.URI })
	if p == nil {
		c.t.Fatalf("no new diagnostics for %s; published: %s", d.URI, c.publishedVersions(d))
	}
	return p.Diagnostics
}

func (c *Client) waitPublish(seen int, match func(*protocol.PublishDiagnosticsParams) bool) *protocol.PublishDiagnosticsParams {
	var p *protocol.PublishDiagnosticsParams
	c.waitUntil(func() bool {
		for ; seen < len(c.publish); seen++ {
			if match(c.publish[seen]) {
				p = c.publish[seen]
				return true
			}
		}
		return false
	})
	return p
}

// waitUntil calls found with c.mu held, again each time a message arrives,
// until it returns true or Timeout passes; it reports whether found did.
func (c *Client) waitUntil(found func() bool) bool {
	deadline := time.After(Timeout)
	for {
		c.mu.Lock()
		ok := found()
		ch := c.changed
		c.mu.Unlock()
		if ok {
			return true
		}
		select {
		case <-ch:
		case <-deadline:
			return false
		}
	}
}

// Messages returns the window/showMessage texts received.
func (c *Client) Messages() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.messages...)
}

// WaitMessage waits for a showMessage containing sub.
func (c *Client) WaitMessage(sub string) string {
	c.t.Helper()
	var msg string
	if !c.waitUntil(func() bool {
		for _, m := range c.messages {
			if strings.Contains(m, sub) {
				msg = m
				return true
			}
		}
		return false
	}) {
		c.t.Fatalf("no message containing %q; got %q", sub, c.Messages())
	}
	return msg
}

// WaitProgressEnd waits for the end of a work-done progress and returns
// every $/progress of its token, begin to end.
func (c *Client) WaitProgressEnd() []Progress {
	c.t.Helper()
	var out []Progress
	if !c.waitUntil(func() bool {
		for i, p := range c.progress {
			if p.Kind == "end" {
				for _, q := range c.progress[:i+1] {
					if q.Token == p.Token {
						out = append(out, q)
					}
				}
				return true
			}
		}
		return false
	}) {
		c.t.Fatalf("no work-done progress ended; got %+v", c.progress)
	}
	return out
}

// ProgressCreated returns the tokens of window/workDoneProgress/create.
func (c *Client) ProgressCreated() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.created...)
}

// WaitRegistration waits for a client/registerCapability of method and
// returns it.
func (c *Client) WaitRegistration(method string) protocol.Registration {
	c.t.Helper()
	var r protocol.Registration
	if !c.waitUntil(func() bool {
		for _, x := range c.regs {
			if x.Method == method {
				r = x
				return true
			}
		}
		return false
	}) {
		c.t.Fatalf("no registration of %s; got %+v", method, c.regs)
	}
	return r
}

// FilesChanged sends workspace/didChangeWatchedFiles.
func (c *Client) FilesChanged(changes ...protocol.FileEvent) {
	c.t.Helper()
	if err := c.Server.DidChangeWatchedFiles(c.ctx(), &protocol.DidChangeWatchedFilesParams{Changes: changes}); err != nil {
		c.t.Fatalf("didChangeWatchedFiles: %v", err)
	}
}

// WaitDiagnostics waits for a publication for d, after mark, whose
// diagnostics satisfy ok, and returns them.
func (c *Client) WaitDiagnostics(d *Doc, mark int, ok func([]protocol.Diagnostic) bool) []protocol.Diagnostic {
	c.t.Helper()
	p := c.waitPublish(mark, func(p *protocol.PublishDiagnosticsParams) bool { return p.URI == d.URI && ok(p.Diagnostics) })
	if p == nil {
		var last []protocol.Diagnostic
		if all := c.Published(d); len(all) > 0 {
			last = all[len(all)-1].Diagnostics
		}
		c.t.Fatalf("no diagnostics as wanted for %s; published: %s; last: %v", d.URI, c.publishedVersions(d), Codes(last))
	}
	return p.Diagnostics
}

// Refreshes returns how many workspace/diagnostic/refresh requests came.
func (c *Client) Refreshes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.refresh
}

func (c *Client) notify() {
	close(c.changed)
	c.changed = make(chan struct{})
}

// Find returns the diagnostics with the given code.
func Find(diags []protocol.Diagnostic, code string) []protocol.Diagnostic {
	var out []protocol.Diagnostic
	for _, d := range diags {
		if c, ok := d.Code.(protocol.String); ok && string(c) == code {
			out = append(out, d)
		}
	}
	return out
}

// Codes lists the codes of diagnostics, in order.
func Codes(diags []protocol.Diagnostic) []string {
	var out []string
	for _, d := range diags {
		if c, ok := d.Code.(protocol.String); ok {
			out = append(out, string(c))
		}
	}
	return out
}

// Message returns a diagnostic's message text.
func Message(d protocol.Diagnostic) string {
	if s, ok := d.Message.(protocol.String); ok {
		return string(s)
	}
	return ""
}

// CodeActions requests code actions for a range with the given diagnostics
// and context.only.
func (c *Client) CodeActions(d *Doc, rng protocol.Range, diags []protocol.Diagnostic, only ...protocol.CodeActionKind) []*protocol.CodeAction {
	c.t.Helper()
	if diags == nil {
		diags = []protocol.Diagnostic{}
	}
	res, err := c.Server.CodeAction(c.ctx(), &protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: d.URI},
		Range:        rng,
		Context:      protocol.CodeActionContext{Diagnostics: diags, Only: only, TriggerKind: protocol.CodeActionTriggerKind(1)},
	})
	if err != nil {
		c.t.Fatalf("codeAction: %v", err)
	}
	var out []*protocol.CodeAction
	for _, r := range res {
		if a, ok := r.(*protocol.CodeAction); ok {
			out = append(out, a)
		}
	}
	return out
}

// Apply applies a code action's edits for d to the client's copy of the
// text and returns the new text (it does not send a change).
func (c *Client) Apply(d *Doc, a *protocol.CodeAction) string {
	c.t.Helper()
	if a.Edit == nil {
		c.t.Fatalf("code action %q has no edit", a.Title)
	}
	edits := a.Edit.Changes[d.URI]
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		spans = append(spans, span{OffsetIn(d.Text, e.Range.Start, c.utf8), OffsetIn(d.Text, e.Range.End, c.utf8), e.NewText})
	}
	// Apply from the end so offsets stay valid.
	for i := 0; i < len(spans); i++ {
		for j := i + 1; j < len(spans); j++ {
			if spans[j].start > spans[i].start {
				spans[i], spans[j] = spans[j], spans[i]
			}
		}
	}
	text := d.Text
	for _, s := range spans {
		text = text[:s.start] + s.text + text[s.end:]
	}
	return text
}

// atPosition names a position of a document in a request.
func atPosition(d *Doc, pos protocol.Position) protocol.TextDocumentPositionParams {
	return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: d.URI}, Position: pos}
}

// Hover requests hover at a position.
func (c *Client) Hover(d *Doc, pos protocol.Position) *protocol.Hover {
	c.t.Helper()
	h, err := c.Server.Hover(c.ctx(), &protocol.HoverParams{TextDocumentPositionParams: atPosition(d, pos)})
	if err != nil {
		c.t.Fatalf("hover: %v", err)
	}
	return h
}

// HoverText returns the markup of a hover, "" for none.
func HoverText(h *protocol.Hover) string {
	if h == nil {
		return ""
	}
	if m, ok := h.Contents.(*protocol.MarkupContent); ok {
		return m.Value
	}
	return fmt.Sprint(h.Contents)
}

// Completion requests completion at a position and returns the items.
func (c *Client) Completion(d *Doc, pos protocol.Position) []protocol.CompletionItem {
	c.t.Helper()
	res, err := c.Server.Completion(c.ctx(), &protocol.CompletionParams{TextDocumentPositionParams: atPosition(d, pos)})
	if err != nil {
		c.t.Fatalf("completion: %v", err)
	}
	switch r := res.(type) {
	case *protocol.CompletionList:
		return r.Items
	case protocol.CompletionItemSlice:
		return r
	}
	return nil
}

// Labels lists completion labels in the server's order.
func Labels(items []protocol.CompletionItem) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Label
	}
	return out
}

// SignatureHelp requests signature help at a position.
func (c *Client) SignatureHelp(d *Doc, pos protocol.Position) *protocol.SignatureHelp {
	c.t.Helper()
	h, err := c.Server.SignatureHelp(c.ctx(), &protocol.SignatureHelpParams{TextDocumentPositionParams: atPosition(d, pos)})
	if err != nil {
		c.t.Fatalf("signatureHelp: %v", err)
	}
	return h
}

// PullDiagnostics sends textDocument/diagnostic.
func (c *Client) PullDiagnostics(d *Doc, previous string) (protocol.DocumentDiagnosticReport, error) {
	var prev *string
	if previous != "" {
		prev = &previous
	}
	return c.Server.Diagnostic(c.ctx(), &protocol.DocumentDiagnosticParams{TextDocument: protocol.TextDocumentIdentifier{URI: d.URI}, PreviousResultID: prev})
}

// ChangeConfiguration sends workspace/didChangeConfiguration with a JSON
// settings object.
func (c *Client) ChangeConfiguration(settings string) {
	c.t.Helper()
	if err := c.Server.DidChangeConfiguration(c.ctx(), &protocol.DidChangeConfigurationParams{Settings: protocol.LSPAny(settings)}); err != nil {
		c.t.Fatalf("didChangeConfiguration: %v", err)
	}
}

// Call sends a raw request.
func (c *Client) Call(method string, params, result any) error {
	_, err := c.Conn.Call(c.ctx(), method, params, result)
	return err
}

// Notify sends a raw notification.
func (c *Client) Notify(method string, params any) error {
	return c.Conn.Notify(c.ctx(), method, params)
}

// ErrorCode returns the JSON-RPC code of an error, 0 if it has none.
func ErrorCode(err error) jsonrpc2.Code {
	var e *jsonrpc2.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}

// clientImpl records what the server sends.
type clientImpl struct{ c *Client }

var _ protocol.Client = clientImpl{}

func (h clientImpl) PublishDiagnostics(ctx context.Context, p *protocol.PublishDiagnosticsParams) error {
	cp, err := protocol.Clone(p)
	if err != nil {
		return err
	}
	h.c.mu.Lock()
	h.c.publish = append(h.c.publish, cp)
	h.c.notify()
	h.c.mu.Unlock()
	return nil
}

func (h clientImpl) ShowMessage(ctx context.Context, p *protocol.ShowMessageParams) error {
	h.c.mu.Lock()
	h.c.messages = append(h.c.messages, strings.Clone(p.Message))
	h.c.notify()
	h.c.mu.Unlock()
	return nil
}

func (h clientImpl) DiagnosticRefresh(ctx context.Context) error {
	h.c.mu.Lock()
	h.c.refresh++
	h.c.notify()
	h.c.mu.Unlock()
	return nil
}

func (h clientImpl) Progress(ctx context.Context, p *protocol.ProgressParams) error {
	var pr Progress
	if err := json.Unmarshal(p.Value, &pr); err != nil {
		return err
	}
	if t, ok := p.Token.(protocol.String); ok {
		pr.Token = string(t)
	} else {
		pr.Token = fmt.Sprint(p.Token)
	}
	h.c.mu.Lock()
	h.c.progress = append(h.c.progress, pr)
	h.c.notify()
	h.c.mu.Unlock()
	return nil
}

func (clientImpl) LogTrace(context.Context, *protocol.LogTraceParams) error     { return nil }
func (clientImpl) LogMessage(context.Context, *protocol.LogMessageParams) error { return nil }
func (clientImpl) Telemetry(context.Context, protocol.LSPAny) error             { return nil }
func (clientImpl) CodeLensRefresh(context.Context) error                        { return nil }
func (clientImpl) FoldingRangeRefresh(context.Context) error                    { return nil }
func (clientImpl) SemanticTokensRefresh(context.Context) error                  { return nil }
func (clientImpl) InlineValueRefresh(context.Context) error                     { return nil }
func (clientImpl) InlayHintRefresh(context.Context) error                       { return nil }
func (h clientImpl) RegisterCapability(ctx context.Context, p *protocol.RegistrationParams) error {
	cp, err := protocol.Clone(p)
	if err != nil {
		return err
	}
	h.c.mu.Lock()
	h.c.regs = append(h.c.regs, cp.Registrations...)
	h.c.notify()
	h.c.mu.Unlock()
	return nil
}
func (clientImpl) UnregisterCapability(context.Context, *protocol.UnregistrationParams) error {
	return nil
}
func (h clientImpl) WorkDoneProgressCreate(ctx context.Context, p *protocol.WorkDoneProgressCreateParams) error {
	h.c.mu.Lock()
	h.c.created = append(h.c.created, fmt.Sprint(p.Token))
	h.c.notify()
	h.c.mu.Unlock()
	return nil
}
func (clientImpl) TextDocumentContentRefresh(context.Context, *protocol.TextDocumentContentRefreshParams) error {
	return nil
}
func (clientImpl) ShowMessageRequest(context.Context, *protocol.ShowMessageRequestParams) (*protocol.MessageActionItem, error) {
	return nil, nil
}
func (clientImpl) ShowDocument(context.Context, *protocol.ShowDocumentParams) (*protocol.ShowDocumentResult, error) {
	return &protocol.ShowDocumentResult{}, nil
}
func (clientImpl) Configuration(context.Context, *protocol.ConfigurationParams) ([]protocol.LSPAny, error) {
	return []protocol.LSPAny{}, nil
}
func (clientImpl) WorkspaceFolders(context.Context) ([]protocol.WorkspaceFolder, error) {
	return []protocol.WorkspaceFolder{}, nil
}
func (clientImpl) ApplyEdit(context.Context, *protocol.ApplyWorkspaceEditParams) (*protocol.ApplyWorkspaceEditResult, error) {
	return &protocol.ApplyWorkspaceEditResult{}, nil
}

// codec is the LSP payload codec (protocol.NewClient installs the same).
type codec struct{}

func (codec) Marshal(v any) ([]byte, error) {
	if m, ok := v.(jsonrpc2.RawMessage); ok {
		if m == nil {
			return []byte("null"), nil
		}
		return m, nil
	}
	return protocol.Marshal(v)
}

func (codec) Unmarshal(data []byte, v any) error {
	if p, ok := v.(*jsonrpc2.RawMessage); ok {
		*p = append(jsonrpc2.RawMessage(nil), data...)
		return nil
	}
	return protocol.Unmarshal(data, v)
}

// drained reads its connection continuously into an unbounded buffer, as
// an editor's asynchronous I/O does: net.Pipe has no buffer, and a server
// writing a notification while the client's read loop writes a response
// would otherwise wait on each other forever.
type drained struct {
	io.ReadWriteCloser
	mu   sync.Mutex
	cond *sync.Cond
	buf  []byte
	err  error
}

func newDrained(c io.ReadWriteCloser) *drained {
	d := &drained{ReadWriteCloser: c}
	d.cond = sync.NewCond(&d.mu)
	go func() {
		p := make([]byte, 64<<10)
		for {
			n, err := c.Read(p)
			d.mu.Lock()
			d.buf = append(d.buf, p[:n]...)
			if err != nil {
				d.err = err
			}
			d.cond.Broadcast()
			d.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	return d
}

func (d *drained) Read(p []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for len(d.buf) == 0 && d.err == nil {
		d.cond.Wait()
	}
	if len(d.buf) == 0 {
		return 0, d.err
	}
	n := copy(p, d.buf)
	d.buf = d.buf[n:]
	return n, nil
}
