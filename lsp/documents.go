package lsp

import (
	"container/list"
	"context"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/botolint/botolint/analysis/syntax"
)

// document is one open text document. The text is always kept; the
// tree-sitter tree (inside src) only while the document is among the most
// recently analysed (treeCache), because it costs about 24 bytes of C memory
// per source byte.
type document struct {
	uri  uri.URI
	path string // file system path for configuration lookup; the URI when not a file

	mu      sync.Mutex // guards the fields below
	src     *syntax.Document
	version int32
	changed time.Time // when the newest open or change arrived
	gen     uint64    // bumped by every change, close and settings change
	closed  bool
	cancel  context.CancelFunc // cancels the analysis of gen
	done    chan struct{}      // closed when the analysis of gen ends (or is superseded)
	kick    chan struct{}      // closed to end the debounce of gen's analysis early
	last    *result            // the analysis of the newest version analysed so far
	// depGen counts the changes of the workspace index that touched what
	// the document's diagnostics read (see indexChanged); dependent is set
	// when the next analysis is scheduled for such a change alone.
	depGen    uint64
	dependent bool
	elem      *list.Element // in treeCache while the document holds trees; guarded by treeCache.mu

	// pubMu orders publications: check-current-then-publish happens under
	// it, so a stale result can never be sent after a newer one or after
	// the empty list that close sends.
	pubMu sync.Mutex
}

// snapshot is the immutable input of one analysis.
type snapshot struct {
	doc      *document
	version  int32
	gen      uint64
	text     []byte // never modified: each edit builds a new slice
	settings *fileSettings
	received time.Time
	first    bool // the document's first analysis since it was opened
	depGen   uint64
	// dependent: analysed again because the index changed, not the text
	// or the settings; the result is published only if it differs.
	dependent bool
}

func (s *server) document(u uri.URI) *document {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.docs[string(u)]
}

// DidOpen stores the document and analyses it at once.
func (s *server) DidOpen(ctx context.Context, params *protocol.DidOpenTextDocumentParams) error {
	item := params.TextDocument
	// Strings decoded by protocol alias the whole message: clone what is
	// kept, or each document would keep a second copy of its text.
	item.URI = uri.URI(strings.Clone(string(item.URI)))
	d := &document{uri: item.URI, path: uriPath(item.URI), src: syntax.NewDocument([]byte(item.Text)), version: item.Version, changed: time.Now()}
	s.mu.Lock()
	old := s.docs[string(item.URI)]
	s.docs[string(item.URI)] = d
	s.mu.Unlock()
	if old != nil {
		s.log.Warn("didOpen of an open document: replacing it", "uri", item.URI)
		s.forget(old)
	}
	d.mu.Lock()
	s.schedule(d, 0)
	d.mu.Unlock()
	return nil
}

// DidChange applies the changes in order and schedules analysis after the
// debounce. Each change is a ranged edit (applied to the tree-sitter tree,
// so the next parse is incremental) or the whole text (diffed against the
// old text, so it is incremental too).
func (s *server) DidChange(ctx context.Context, params *protocol.DidChangeTextDocumentParams) error {
	d := s.document(params.TextDocument.URI)
	if d == nil {
		s.log.Warn("didChange for a document that is not open", "uri", params.TextDocument.URI)
		return nil
	}
	received := time.Now()
	d.mu.Lock()
	defer d.mu.Unlock()
	d.changed = received
	if params.TextDocument.Version <= d.version {
		s.log.Warn("didChange with an old version", "uri", d.uri, "version", params.TextDocument.Version, "have", d.version)
	}
	for i, change := range params.ContentChanges {
		switch c := change.(type) {
		case *protocol.TextDocumentContentChangePartial:
			src := d.src.Source()
			var start, end int
			var okStart, okEnd bool
			if li := d.src.Lines(); li != nil {
				start, okStart = offset(li, c.Range.Start, s.enc)
				end, okEnd = offset(li, c.Range.End, s.enc)
			} else {
				start, okStart = offsetInText(src, c.Range.Start, s.enc)
				end, okEnd = offsetInText(src, c.Range.End, s.enc)
			}
			if !okStart || !okEnd {
				s.log.Warn("change range outside the document: clamped", "uri", d.uri, "change", i,
					"start", c.Range.Start, "end", c.Range.End, "lines", len(src))
			}
			if end < start {
				start, end = end, start
			}
			if err := d.src.Edit(start, end, []byte(c.Text)); err != nil {
				s.log.Error("change not applied", "uri", d.uri, "error", err)
			}
		case *protocol.TextDocumentContentChangeWholeDocument:
			d.src.Replace([]byte(c.Text))
		default:
			s.log.Warn("unknown content change ignored", "uri", d.uri)
		}
	}
	d.version = params.TextDocument.Version
	s.schedule(d, s.debounceFor(d))
	return nil
}

// DidSave re-reads configuration when a configuration file is saved; a
// Python file's save needs nothing, its text is already known.
func (s *server) DidSave(ctx context.Context, params *protocol.DidSaveTextDocumentParams) error {
	if isConfigFile(uriPath(params.TextDocument.URI)) {
		s.configChanged()
		return nil
	}
	d := s.document(params.TextDocument.URI)
	if d == nil {
		return nil
	}
	if params.Text != nil {
		d.mu.Lock()
		if string(d.src.Source()) != *params.Text {
			d.src.Replace([]byte(*params.Text))
			s.schedule(d, 0)
		}
		d.mu.Unlock()
	}
	return nil
}

// DidClose forgets the document and clears its diagnostics.
func (s *server) DidClose(ctx context.Context, params *protocol.DidCloseTextDocumentParams) error {
	s.mu.Lock()
	d := s.docs[string(params.TextDocument.URI)]
	delete(s.docs, string(params.TextDocument.URI))
	s.mu.Unlock()
	if d == nil {
		s.log.Warn("didClose for a document that is not open", "uri", params.TextDocument.URI)
		return nil
	}
	s.forget(d)
	if !s.caps.pullDiagnostics {
		d.pubMu.Lock()
		s.publish(d.uri, nil, []protocol.Diagnostic{})
		d.pubMu.Unlock()
	}
	s.closedInIndex(d)
	return nil
}

// forget stops a document's analysis and frees its trees.
func (s *server) forget(d *document) {
	s.trees.remove(d)
	d.mu.Lock()
	d.closed = true
	d.gen++
	if d.cancel != nil {
		d.cancel()
	}
	d.src.Close()
	d.last = nil
	d.mu.Unlock()
}

// openDocuments returns the open documents.
func (s *server) openDocuments() []*document {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*document, 0, len(s.docs))
	for _, d := range s.docs {
		out = append(out, d)
	}
	return out
}

// uriPath returns the file system path of a file URI, else the URI itself.
func uriPath(u uri.URI) string {
	if u.IsFile() {
		return u.FsPath()
	}
	return string(u)
}

// treeCache keeps parse trees for the most recently analysed documents: a
// least-recently-used list. Evicted documents release tree-sitter's tree
// and drop their syntax tree and semantic model; their next edit parses
// from scratch once and is incremental again after that.
type treeCache struct {
	mu       sync.Mutex
	max      int
	lru      *list.List // of *document, most recent first
	released int        // source bytes whose trees were released since the last trim
	analysed int        // analyses since the last idle trim
	opened   int        // first analyses of opened documents since the last trim
	idle     *time.Timer
	log      *slog.Logger
}

func newTreeCache(max int, log *slog.Logger) *treeCache {
	c := &treeCache{max: max, lru: list.New(), log: log}
	c.idle = time.AfterFunc(time.Hour, c.idleTrim)
	c.idle.Stop()
	return c
}

// idleDelay is how long the server must be without analysis before it
// returns freed memory to the system.
const idleDelay = 500 * time.Millisecond

// analysisDone notes the end of an analysis; after a burst of them, once
// the server is idle, idleTrim gives back the memory the burst used. While
// many documents are being opened at once (an editor restoring a session),
// it trims every burstTrim of them, to bound the peak.
func (c *treeCache) analysisDone(first bool) {
	c.mu.Lock()
	c.analysed++
	if first {
		c.opened++
	}
	now := c.opened >= burstTrim
	if now {
		c.analysed, c.released, c.opened = 0, 0, 0
	} else if c.analysed >= 8 || c.released > 0 {
		c.idle.Reset(idleDelay)
	}
	c.mu.Unlock()
	if now {
		debug.FreeOSMemory()
		mallocTrim()
	}
}

// burstTrim is how many documents opened in a row make the server return
// freed memory without waiting to be idle.
const burstTrim = 16

// idleTrim returns free memory to the system: Go's heap (which otherwise
// keeps freed pages for minutes) and glibc's (which keeps the pages of
// freed tree-sitter trees).
func (c *treeCache) idleTrim() {
	c.mu.Lock()
	c.analysed, c.released, c.opened = 0, 0, 0
	c.mu.Unlock()
	debug.FreeOSMemory()
	mallocTrim()
}

// trimThreshold is how many source bytes of released trees (about 24 bytes
// of C memory each) make the server return freed memory to the system.
const trimThreshold = 1 << 20

// touch marks d as recently used and evicts the least recent documents
// beyond the limit. It must be called without holding any document lock.
func (c *treeCache) touch(d *document) {
	c.mu.Lock()
	if d.elem != nil && d.elem.Value == d {
		c.lru.MoveToFront(d.elem)
	} else {
		d.elem = c.lru.PushFront(d)
	}
	var victims []*document
	for c.lru.Len() > c.max {
		e := c.lru.Back()
		c.lru.Remove(e)
		v := e.Value.(*document)
		v.elem = nil
		victims = append(victims, v)
	}
	c.mu.Unlock()
	freed := 0
	for _, v := range victims {
		v.mu.Lock()
		if v.src.HasParseTree() {
			freed += len(v.src.Source())
		}
		v.src.Release()
		if v.last != nil {
			v.last = v.last.withoutTrees()
		}
		v.mu.Unlock()
	}
	c.release(freed)
}

// release counts n bytes of source whose parse trees were freed, and hands
// memory back to the system once trimThreshold bytes have been.
func (c *treeCache) release(n int) {
	if n == 0 {
		return
	}
	c.mu.Lock()
	c.released += n
	trim := c.released >= trimThreshold
	if trim {
		c.released = 0
	}
	c.mu.Unlock()
	if trim {
		mallocTrim()
	}
}

// contains reports whether d is among the documents keeping trees.
func (c *treeCache) contains(d *document) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return d.elem != nil
}

// remove drops d from the cache (it is being closed).
func (c *treeCache) remove(d *document) {
	d.mu.Lock()
	held := 0
	if d.src.HasParseTree() {
		held = len(d.src.Source())
	}
	d.mu.Unlock()
	c.mu.Lock()
	if d.elem != nil {
		c.lru.Remove(d.elem)
		d.elem = nil
	}
	c.mu.Unlock()
	c.release(held)
}
