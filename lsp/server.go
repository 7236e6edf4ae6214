// Package lsp is botolint's language server: `botolint server` speaks the
// Language Server Protocol over stdio on go.lsp.dev/protocol. It keeps the
// open documents, analyses each version off the reader goroutine and
// publishes diagnostics with their fixes, and answers code actions, hover,
// completion and signature help from the service catalog. It contains no
// rule logic: everything it reports comes from package analysis.
//
// One file per LSP area: server.go (lifecycle and middleware), documents.go
// (store and sync), position.go (offsets <-> positions), diagnostics.go,
// code_action.go, hover.go, completion.go, signature_help.go and config.go.
package lsp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/project"
	"github.com/botolint/botolint/analysis/rules"
)

// Options configure Serve. The zero value serves every rule with the
// embedded catalog and discards the log.
type Options struct {
	// Log receives the server's log (one line per event); nil discards it.
	// The command passes stderr: stdout carries the protocol.
	Log io.Writer
	// Debug logs every request and notification.
	Debug bool
	// Version is reported in serverInfo.
	Version string
	// Rules lists every rule botolint knows; nil means rules.All().
	Rules []*analysis.Rule
	// Getenv reads the environment when looking for the project's botocore
	// ($VIRTUAL_ENV, $CONDA_PREFIX); nil means os.Getenv.
	Getenv func(string) string
	// Observe, when set, is called after each publication of diagnostics
	// with the time since the server received the open or change that
	// produced it (parse, analysis, conversion and encoding included); for
	// benchmarks and monitoring.
	Observe func(uri string, version int32, latency time.Duration)
	// OnShutdown, when set, is called when the client sends shutdown,
	// before anything is freed (the command writes its heap profile).
	OnShutdown func()
	// MaxParseTrees bounds how many documents keep tree-sitter's tree (about
	// 24 bytes of C memory per source byte) and their analysed syntax tree
	// and semantic model; the others keep only their text and findings and
	// parse again when edited. 0 means DefaultMaxParseTrees.
	MaxParseTrees int
}

// DefaultMaxParseTrees is the default number of recently edited documents
// whose parse trees are kept.
const DefaultMaxParseTrees = 4

// Serve runs the language server on rwc (stdio for `botolint server`) until
// the client sends exit or closes the connection. It returns nil after
// shutdown then exit, ErrExitWithoutShutdown after exit without shutdown,
// and ErrConnectionClosed when the stream ends without exit; the command
// exits 0 only on nil.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, opts Options) error {
	s := newServer(ctx, opts)
	defer s.stop()
	conn := jsonrpc2.NewConn(jsonrpc2.NewHeaderStream(rwc), jsonrpc2.WithCodec(codec{}))
	s.conn = conn
	s.client = protocol.ClientDispatcher(conn)
	conn.Go(s.connCtx, s.guard(protocol.ServerHandler(s, jsonrpc2.MethodNotFoundHandler)))

	var err error
	select {
	case code := <-s.exit:
		if code != 0 {
			err = ErrExitWithoutShutdown
		}
	case <-conn.Done():
		err = ErrConnectionClosed
		if cerr := conn.Err(); cerr != nil {
			err = fmt.Errorf("%w: %w", ErrConnectionClosed, cerr)
		}
	case <-ctx.Done():
		err = ctx.Err()
	}
	s.stop()
	defer s.connCancel()
	// Closing the stream ends the connection's reader where the stream
	// allows it (a net.Conn); a read of stdin blocked on a pipe does not
	// return, and the process is about to exit anyway, so the wait is short.
	_ = rwc.Close()
	closed := make(chan struct{})
	go func() { _ = conn.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(50 * time.Millisecond):
	}
	return err
}

var (
	// ErrExitWithoutShutdown is Serve's result when the client sent exit
	// without shutdown first (the command then exits with status 1).
	ErrExitWithoutShutdown = errors.New("lsp: exit without shutdown")
	// ErrConnectionClosed is Serve's result when the stream ended before exit.
	ErrConnectionClosed = errors.New("lsp: connection closed before exit")
)

// phase is where the server is in the LSP lifecycle.
type phase int

const (
	phaseNew         phase = iota // before initialize
	phaseInitialized              // initialize answered
	phaseShutdown                 // shutdown answered; only exit is accepted
)

// server is the one state struct. Fields set by initialize are read-only
// afterwards; the rest is guarded by mu (documents have their own locks).
type server struct {
	protocol.UnimplementedServer

	opts   Options
	log    *slog.Logger
	ctx    context.Context // analysis: cancelled by shutdown, exit or a closed connection
	cancel context.CancelFunc
	// connCtx lives as long as Serve: the connection and the handlers run
	// in it (cancelling the connection's context stops its reader).
	connCtx    context.Context
	connCancel context.CancelFunc
	conn       jsonrpc2.Conn
	client     protocol.Client
	exit       chan int
	wg         sync.WaitGroup // analysis goroutines

	mu       sync.Mutex
	phase    phase
	docs     map[string]*document
	settings editorSettings
	// initSettings are the initializationOptions (normalised): settings
	// sent later with didChangeConfiguration are layered over them.
	initSettings  map[string]any
	pendingErrors []string        // shown once the client is initialized
	shown         map[string]bool // messages already shown to the user
	inflight      map[jsonrpc2.ID]context.CancelFunc
	config        *configCache

	// Negotiated in initialize.
	enc  encoding
	caps clientCaps
	root string // workspace root directory: base of relative paths in editor settings

	trees *treeCache
	slots chan struct{} // analysis concurrency

	// The workspace index (workspace.go), guarded by mu: nil until the
	// first build ends. folders are the workspace folders of initialize;
	// indexSeq numbers the builds, so only the newest one is kept.
	ix       *project.Index
	folders  []string
	indexSeq uint64
}

// clientCaps are the client capabilities the server acts on.
type clientCaps struct {
	pullDiagnostics     bool // textDocument.diagnostic
	diagnosticRefresh   bool // workspace.diagnostics.refreshSupport
	snippets            bool // completion.completionItem.snippetSupport
	markdownHover       bool
	markdownCompletion  bool
	codeActionLiterals  bool
	disabledSupport     bool
	versionSupport      bool // publishDiagnostics.versionSupport
	workDoneProgress    bool // window.workDoneProgress
	watchedFilesDynamic bool // workspace.didChangeWatchedFiles.dynamicRegistration
}

func newServer(ctx context.Context, opts Options) *server {
	if opts.Rules == nil {
		opts.Rules = rules.All()
	}
	if opts.MaxParseTrees <= 0 {
		opts.MaxParseTrees = DefaultMaxParseTrees
	}
	w := opts.Log
	if w == nil {
		w = io.Discard
	}
	level := slog.LevelInfo
	if opts.Debug {
		level = slog.LevelDebug
	}
	s := &server{
		opts: opts,
		log:  slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level})),
		exit: make(chan int, 1),
		docs: map[string]*document{},

		inflight: map[jsonrpc2.ID]context.CancelFunc{},
	}
	s.connCtx, s.connCancel = context.WithCancel(context.WithoutCancel(ctx))
	s.ctx, s.cancel = context.WithCancel(s.connCtx)
	s.config = newConfigCache(s)
	s.trees = newTreeCache(opts.MaxParseTrees, s.log)
	s.slots = make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	return s
}

// stop cancels all analysis and waits for it, then frees every parse tree.
func (s *server) stop() {
	s.trees.idle.Stop()
	s.cancel()
	s.wg.Wait()
	s.mu.Lock()
	docs := s.docs
	s.docs = map[string]*document{}
	s.mu.Unlock()
	for _, d := range docs {
		d.mu.Lock()
		d.src.Close()
		d.mu.Unlock()
	}
}

// guard is the middleware every message passes first. It enforces the
// lifecycle (requests before initialize get ServerNotInitialized, after
// shutdown InvalidRequest), turns a panic into an error reply and a log
// line, and keeps a failing notification from closing the connection
// (jsonrpc2 fails the connection on a notification error).
func (s *server) guard(next jsonrpc2.Handler) jsonrpc2.Handler {
	return func(ctx context.Context, req *jsonrpc2.Request) (result any, err error) {
		method := strings.Clone(req.Method())
		isCall := req.IsCall()
		start := time.Now()
		defer func() {
			if p := recover(); p != nil {
				s.log.Error("panic in handler", "method", method, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				result, err = nil, nil
				if isCall {
					err = jsonrpc2.Errorf(jsonrpc2.InternalError, "botolint: internal error in %s: %v", method, p)
				}
			}
			if err != nil && !isCall {
				if !strings.HasPrefix(method, "$/") {
					s.log.Warn("notification failed", "method", method, "error", err)
				}
				err = nil
			}
			if isCall && err != nil {
				s.log.Debug("request failed", "method", method, "error", err)
			}
			s.log.Debug("handled", "method", method, "call", isCall, "took", time.Since(start))
		}()
		if method == protocol.MethodCancelRequest {
			s.cancelRequest(req.Params())
			return nil, nil
		}
		// Handlers get a context of their own: jsonrpc2 recycles the
		// request context when a synchronous handler returns, so a standard
		// context derived from it (as protocol.CancelHandler makes) can
		// panic later in the runtime's cancellation goroutine.
		hctx, cancel := context.WithCancel(s.connCtx)
		defer cancel()
		ctx = requestContext{Context: hctx, req: ctx}
		if isCall {
			id := req.ID()
			s.mu.Lock()
			s.inflight[id] = cancel
			s.mu.Unlock()
			defer func() {
				s.mu.Lock()
				delete(s.inflight, id)
				s.mu.Unlock()
			}()
		}
		s.mu.Lock()
		ph := s.phase
		s.mu.Unlock()
		switch {
		case method == protocol.MethodExit, method == protocol.MethodInitialize:
		case ph == phaseNew:
			if isCall {
				return nil, jsonrpc2.NewError(jsonrpc2.ServerNotInitialized, "botolint: server not initialized")
			}
			return nil, nil
		case ph == phaseShutdown:
			if isCall {
				return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "botolint: server is shutting down")
			}
			return nil, nil
		}
		return next(ctx, req)
	}
}

// requestContext is a handler's context: cancellation from the server and
// $/cancelRequest, values (such as jsonrpc2's release token for Async) from
// the request.
type requestContext struct {
	context.Context
	req context.Context
}

func (c requestContext) Value(key any) any {
	if v := c.Context.Value(key); v != nil {
		return v
	}
	return c.req.Value(key)
}

// cancelRequest handles $/cancelRequest: the named request's context is
// cancelled, and it answers RequestCancelled (or its result, if done).
func (s *server) cancelRequest(raw []byte) {
	var params protocol.CancelParams
	if err := protocol.Unmarshal(raw, &params); err != nil {
		s.log.Warn("malformed $/cancelRequest", "error", err)
		return
	}
	var id jsonrpc2.ID
	switch v := params.ID.(type) {
	case protocol.Integer:
		id = jsonrpc2.NewNumberID(int64(v))
	case protocol.String:
		id = jsonrpc2.NewStringID(string(v))
	default:
		return
	}
	s.mu.Lock()
	cancel := s.inflight[id]
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// Request answers requests the protocol package does not know.
func (s *server) Request(ctx context.Context, method string, params any) (any, error) {
	return nil, jsonrpc2.Errorf(jsonrpc2.MethodNotFound, "botolint: method not found: %s", method)
}

// Initialize negotiates the position encoding and capabilities.
func (s *server) Initialize(ctx context.Context, params *protocol.InitializeParams) (*protocol.InitializeResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.phase != phaseNew {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "botolint: initialize may be sent only once")
	}
	caps := params.Capabilities
	if caps.General != nil {
		s.enc = negotiateEncoding(caps.General.PositionEncodings)
	}
	if td := caps.TextDocument; td != nil {
		s.caps.pullDiagnostics = td.Diagnostic != nil
		if c := td.Completion; c != nil && c.CompletionItem != nil {
			s.caps.snippets = isTrue(c.CompletionItem.SnippetSupport)
			s.caps.markdownCompletion = hasMarkdown(c.CompletionItem.DocumentationFormat)
		}
		if h := td.Hover; h != nil {
			s.caps.markdownHover = hasMarkdown(h.ContentFormat)
		}
		if ca := td.CodeAction; ca != nil {
			s.caps.codeActionLiterals = !isZero(ca.CodeActionLiteralSupport)
			s.caps.disabledSupport = isTrue(ca.DisabledSupport)
		}
		if pd := td.PublishDiagnostics; pd != nil {
			s.caps.versionSupport = isTrue(pd.VersionSupport)
		}
	}
	if ws := caps.Workspace; ws != nil && ws.Diagnostics != nil {
		s.caps.diagnosticRefresh = isTrue(ws.Diagnostics.RefreshSupport)
	}
	if ws := caps.Workspace; ws != nil && ws.DidChangeWatchedFiles != nil {
		s.caps.watchedFilesDynamic = isTrue(ws.DidChangeWatchedFiles.DynamicRegistration)
	}
	if w := caps.Window; w != nil {
		s.caps.workDoneProgress = isTrue(w.WorkDoneProgress)
	}
	s.root = rootDir(params)
	s.folders = workspaceFolders(params)
	if len(params.InitializationOptions) > 0 && string(params.InitializationOptions) != "null" {
		set, err := parseEditorSettings(params.InitializationOptions, nil, s.root, s.opts.Rules)
		if err != nil {
			s.log.Warn("initializationOptions ignored", "error", err)
			s.pendingErrors = append(s.pendingErrors, "botolint: initializationOptions: "+err.Error())
		} else {
			s.settings = set
			s.initSettings = set.raw
		}
	}
	s.phase = phaseInitialized
	s.log.Info("initialized", "client", params.ClientInfo.Name, "encoding", s.enc.kind(), "pullDiagnostics", s.caps.pullDiagnostics)
	return &protocol.InitializeResult{
		Capabilities: s.capabilities(),
		ServerInfo:   protocol.ServerInfo{Name: "botolint", Version: protocol.NewOptional(s.version())},
	}, nil
}

// rootDir is the workspace root: the first workspace folder, else rootUri,
// else the working directory.
func rootDir(params *protocol.InitializeParams) string {
	if folders, ok := params.WorkspaceFolders.Get(); ok && len(folders) > 0 && folders[0].URI.IsFile() {
		return folders[0].URI.FsPath()
	}
	if params.RootURI != nil && params.RootURI.IsFile() {
		return params.RootURI.FsPath()
	}
	if wd, err := os.Getwd(); err == nil {
		return wd
	}
	return "/"
}

func (s *server) version() string {
	if s.opts.Version != "" {
		return s.opts.Version
	}
	return "dev"
}

// capabilities are what the server offers.
func (s *server) capabilities() protocol.ServerCapabilities {
	incremental := protocol.TextDocumentSyncKindIncremental
	yes := true
	no := false
	caps := protocol.ServerCapabilities{
		PositionEncoding: s.enc.kind(),
		TextDocumentSync: &protocol.TextDocumentSyncOptions{
			OpenClose: &yes,
			Change:    &incremental,
			Save:      &protocol.SaveOptions{IncludeText: &no},
		},
		HoverProvider: protocol.Boolean(true),
		CodeActionProvider: &protocol.CodeActionOptions{
			CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix, protocol.CodeActionKindSourceFixAll, kindFixAll},
		},
		CompletionProvider: &protocol.CompletionOptions{
			TriggerCharacters: []string{".", "\"", "'", "(", ",", "{"},
		},
		SignatureHelpProvider: &protocol.SignatureHelpOptions{
			TriggerCharacters:   []string{"(", ","},
			RetriggerCharacters: []string{"="},
		},
	}
	if s.caps.pullDiagnostics {
		id := "botolint"
		caps.DiagnosticProvider = &protocol.DiagnosticOptions{Identifier: &id}
	}
	return caps
}

// Initialized shows problems found in the initializationOptions, starts
// building the workspace index and registers the file watchers.
func (s *server) Initialized(ctx context.Context, params *protocol.InitializedParams) error {
	s.mu.Lock()
	pending := s.pendingErrors
	s.pendingErrors = nil
	s.mu.Unlock()
	for _, msg := range pending {
		s.showError(msg)
	}
	s.startIndex()
	s.registerWatchers()
	return nil
}

// Shutdown stops analysis; afterwards only exit is accepted.
func (s *server) Shutdown(ctx context.Context) error {
	if s.opts.OnShutdown != nil {
		s.opts.OnShutdown()
	}
	s.mu.Lock()
	s.phase = phaseShutdown
	s.mu.Unlock()
	s.cancel()
	return nil
}

// Exit ends Serve: with status 0 after shutdown, else 1.
func (s *server) Exit(ctx context.Context) error {
	s.mu.Lock()
	code := 1
	if s.phase == phaseShutdown {
		code = 0
	}
	s.mu.Unlock()
	select {
	case s.exit <- code:
	default:
	}
	return nil
}

// SetTrace is accepted and ignored: the log goes to stderr.
func (s *server) SetTrace(ctx context.Context, params *protocol.SetTraceParams) error {
	return nil
}

func isTrue(b *bool) bool { return b != nil && *b }

func hasMarkdown(kinds []protocol.MarkupKind) bool {
	for _, k := range kinds {
		if k == protocol.MarkupKindMarkdown {
			return true
		}
	}
	return false
}

func isZero(o protocol.ClientCodeActionLiteralOptions) bool {
	return len(o.CodeActionKind.ValueSet) == 0
}

// codec is the LSP payload codec (protocol's union-aware Marshal and
// Unmarshal), as protocol.NewServer installs it; Serve builds the connection
// itself to put its middleware in front of the dispatcher.
type codec struct{}

func (codec) Marshal(v any) ([]byte, error) {
	switch m := v.(type) {
	case jsonrpc2.RawMessage:
		if m == nil {
			return []byte("null"), nil
		}
		return m, nil
	case *jsonrpc2.RawMessage:
		if m == nil || *m == nil {
			return []byte("null"), nil
		}
		return *m, nil
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
