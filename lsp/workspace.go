package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/project"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/internal/workspace"
)

// The workspace index: the summaries of the Python modules under the
// workspace folders (project.Index), which is what lets a value cross a
// module boundary. It is built in the background after initialized
// (reported with work-done progress; requests never wait for it: until it
// is there, files are checked alone), and kept current from the open
// buffers (once a document has been left alone for settleDelay), from
// workspace/didChangeWatchedFiles, and from the files again when a buffer
// is closed. Each check records what it asked the index (programReads);
// when a change of the index touches what an open document's diagnostics
// read, that document is checked again, in full.

// index returns the workspace index, nil while it is being built.
func (s *server) index() *project.Index {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ix
}

// programReads is what the checks of one document asked the index: the
// modules whose summaries they read, the names whose mentioning modules
// they listed, and the imports they resolved with the answers. It only
// grows, for as long as the document's checks build on each other
// (incrementally).
type programReads struct {
	mu      sync.Mutex
	keys    map[string]bool
	names   map[string]bool
	imports map[importQuery]importAnswer
}

// importQuery is one question to Import (sub false) or Submodule.
type importQuery struct {
	from, spec string
	sub        bool
}

type importAnswer struct {
	key  string
	rest string
	ok   bool
}

func newProgramReads() *programReads {
	return &programReads{keys: map[string]bool{}, names: map[string]bool{}, imports: map[importQuery]importAnswer{}}
}

// ask answers q from ix.
func (q importQuery) ask(ix *project.Index) importAnswer {
	if q.sub {
		key, ok := ix.Submodule(q.from, q.spec)
		return importAnswer{key: key, ok: ok}
	}
	key, rest, ok := ix.Import(q.from, q.spec)
	return importAnswer{key: key, rest: strings.Join(rest, "."), ok: ok}
}

// affectedBy reports whether ch changes an answer the checks got from ix,
// leaving out the changes of module self (a document's own module is read
// from its buffer, never from the index). Adding or removing a module
// affects the document when one of its imports now reaches another module.
func (r *programReads) affectedBy(ix *project.Index, ch project.Change, self string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range ch.Modules {
		if c.Key == self {
			continue
		}
		if c.Exports && r.keys[c.Key] {
			return true
		}
		for _, n := range c.Names {
			if r.names[n] {
				return true
			}
		}
	}
	if ch.Structural() {
		for q, a := range r.imports {
			if q.ask(ix) != a {
				return true
			}
		}
	}
	return false
}

// readingProgram is the index as one document's checks see it: its
// answers, recorded in reads. It is not a semantic.SharedProgram: the
// shared evaluator of the CLI serves files whose text is the one indexed,
// and its cache would hide what a check read.
type readingProgram struct {
	ix    *project.Index
	reads *programReads
}

var _ analysis.Program = readingProgram{}

func (p readingProgram) Summary(key string) *semantic.Summary {
	p.reads.mu.Lock()
	p.reads.keys[key] = true
	p.reads.mu.Unlock()
	return p.ix.Summary(key)
}

func (p readingProgram) Import(from, spec string) (string, []string, bool) {
	key, rest, ok := p.ix.Import(from, spec)
	p.reads.mu.Lock()
	p.reads.imports[importQuery{from: from, spec: spec}] = importAnswer{key: key, rest: strings.Join(rest, "."), ok: ok}
	p.reads.mu.Unlock()
	return key, rest, ok
}

func (p readingProgram) Submodule(key, name string) (string, bool) {
	sub, ok := p.ix.Submodule(key, name)
	p.reads.mu.Lock()
	p.reads.imports[importQuery{from: key, spec: name, sub: true}] = importAnswer{key: sub, ok: ok}
	p.reads.mu.Unlock()
	return sub, ok
}

func (p readingProgram) Mentioning(name string) []string {
	p.reads.mu.Lock()
	p.reads.names[name] = true
	p.reads.mu.Unlock()
	return p.ix.Mentioning(name)
}

func (p readingProgram) KeyOf(path string) string { return p.ix.KeyOf(path) }

// workspaceFolders returns the folders of initialize: the workspace
// folders, else rootUri (not the working directory: a server started
// without a workspace indexes only the open documents).
func workspaceFolders(params *protocol.InitializeParams) []string {
	var out []string
	if folders, ok := params.WorkspaceFolders.Get(); ok {
		for _, f := range folders {
			if f.URI.IsFile() {
				out = append(out, filepath.Clean(f.URI.FsPath()))
			}
		}
	}
	if len(out) == 0 && params.RootURI != nil && params.RootURI.IsFile() {
		out = append(out, filepath.Clean(params.RootURI.FsPath()))
	}
	return out
}

// indexes reports whether the document belongs in the index: a file
// under a workspace folder (any file, without folders) that its
// configuration does not exclude.
func (s *server) indexes(d *document) bool {
	if !d.uri.IsFile() {
		return false
	}
	s.mu.Lock()
	folders := s.folders
	s.mu.Unlock()
	return within(folders, d.path) && !workspace.Excluded(s.config.workspace(), d.path)
}

// summaryBudget is how many bytes of module summaries the server holds:
// some 700 modules of 300 lines. The least recently read beyond it are
// made again from their text when read (a parse, some milliseconds).
const summaryBudget = 8 << 20

// indexProgressToken names the work-done progress of the index build.
const indexProgressToken = "botolint/index"

// startIndex builds a new index in the background and makes it the
// server's when done (a later call supersedes an earlier one's result).
// Without workspace folders there is nothing to read: the index, of the
// open documents only, is made at once.
func (s *server) startIndex() {
	s.mu.Lock()
	s.indexSeq++
	seq := s.indexSeq
	folders := s.folders
	s.mu.Unlock()
	if len(folders) == 0 {
		s.buildIndex(seq, nil, false)
		return
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.buildIndex(seq, folders, true)
	}()
}

// buildIndex builds the index of folders and the open documents; in the
// background, it reports work-done progress (which needs a request to the
// client, which a handler must not wait for).
func (s *server) buildIndex(seq uint64, folders []string, background bool) {
	start := time.Now()
	ws := s.config.workspace()
	roots := append([]string(nil), folders...)
	for _, f := range folders {
		if set, err := ws.ForDir(f); err == nil {
			roots = append(roots, set.Roots...)
		}
	}
	svc := analysis.Services(s.config.forFile(filepath.Join(firstOr(folders, "/"), "__init__.py")).runner.Catalog())
	prog := progress{}
	if background {
		prog = s.beginProgress("botolint: indexing the workspace")
	}
	var lastReport time.Time
	var reportMu sync.Mutex
	ix := project.New(project.Options{Services: svc, Roots: roots,
		// Half the cores: the documents being edited keep the others.
		Workers:       max(1, runtime.GOMAXPROCS(0)/2),
		SummaryBudget: summaryBudget,
		Progress: func(done, total int) {
			reportMu.Lock()
			defer reportMu.Unlock()
			if time.Since(lastReport) < 200*time.Millisecond && done < total {
				return
			}
			lastReport = time.Now()
			prog.report(fmt.Sprintf("%d/%d modules", done, total), done*100/max(1, total))
		}})
	// The open buffers first: their text, not the files', is what the
	// other modules must see.
	for _, d := range s.openDocuments() {
		if !s.indexes(d) {
			continue
		}
		d.mu.Lock()
		text, closed := d.src.Source(), d.closed
		d.mu.Unlock()
		if !closed {
			ix.Update(d.path, text)
		}
	}
	var sources []project.Source
	if len(folders) > 0 {
		for _, f := range workspace.Files(ws, folders) {
			sources = append(sources, project.Source{Path: f})
		}
	}
	ix.AddAll(s.ctx, sources, nil)
	if s.ctx.Err() != nil {
		prog.end("cancelled")
		return
	}
	s.mu.Lock()
	current := seq == s.indexSeq
	if current {
		s.ix = ix
	}
	s.mu.Unlock()
	n := len(ix.Modules())
	prog.end(fmt.Sprintf("%d modules", n))
	if !current {
		return
	}
	s.log.Info("workspace indexed", "folders", len(folders), "modules", n, "took", time.Since(start))
	if !background {
		// Made within the handler that schedules the documents next.
		return
	}
	// Every open document was checked without this index.
	for _, d := range s.openDocuments() {
		d.mu.Lock()
		d.depGen++
		d.dependent = true
		s.schedule(d, 0)
		d.mu.Unlock()
	}
	s.refreshPulled()
}

func firstOr(list []string, def string) string {
	if len(list) > 0 {
		return list[0]
	}
	return def
}

// progress is one work-done progress; its methods do nothing when the
// client does not support it.
type progress struct {
	s  *server
	ok bool
}

// beginProgress creates a progress token and begins it. The create
// request runs here, on the index build's goroutine, never on a handler:
// the reply comes through the reader that handlers block.
func (s *server) beginProgress(title string) progress {
	if !s.caps.workDoneProgress {
		return progress{}
	}
	ctx, cancel := context.WithTimeout(s.ctx, 5*time.Second)
	defer cancel()
	if err := s.client.WorkDoneProgressCreate(ctx, &protocol.WorkDoneProgressCreateParams{Token: protocol.String(indexProgressToken)}); err != nil {
		s.log.Debug("workDoneProgress/create failed", "error", err)
		return progress{}
	}
	p := progress{s: s, ok: true}
	zero := uint32(0)
	p.send(protocol.WorkDoneProgressBegin{Kind: "begin", Title: title, Percentage: &zero})
	return p
}

func (p progress) report(msg string, pct int) {
	if !p.ok {
		return
	}
	u := uint32(min(100, max(0, pct)))
	p.send(protocol.WorkDoneProgressReport{Kind: "report", Message: &msg, Percentage: &u})
}

func (p progress) end(msg string) {
	if !p.ok {
		return
	}
	p.send(protocol.WorkDoneProgressEnd{Kind: "end", Message: &msg})
}

func (p progress) send(v any) {
	raw, err := json.Marshal(v)
	if err != nil {
		return
	}
	if err := p.s.client.Progress(context.WithoutCancel(p.s.ctx), &protocol.ProgressParams{Token: protocol.String(indexProgressToken), Value: raw}); err != nil {
		p.s.log.Debug("$/progress failed", "error", err)
	}
}

// settleDelay is how long a document must stay unchanged before its text
// replaces its module's summary in the index (and before an incremental
// result is verified): summarizing on every keystroke would cost more
// than the keystroke's own analysis.
const settleDelay = verifyDelay

// dependentDelay is how long a document whose dependencies changed waits
// before it is checked again: typing in one module re-checks the modules
// that read it once the typing pauses.
const dependentDelay = 200 * time.Millisecond

// updateIndex makes snap's text its module's in the index, and checks
// again the open documents that read what changed.
func (s *server) updateIndex(ctx context.Context, snap snapshot) {
	ix := s.index()
	if ix == nil || !s.indexes(snap.doc) {
		return
	}
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return
	}
	var ch project.Change
	if ctx.Err() == nil {
		ch = ix.Update(snap.doc.path, snap.text)
	}
	<-s.slots
	// Summarizing parses the text again: count it with the analyses after
	// which the server returns freed memory.
	s.trees.analysisDone(false)
	s.indexChanged(ix, ch)
}

// indexChanged checks again every open document whose last check read
// something ch changes. The next check of such a document is a full one
// (its depGen moves).
func (s *server) indexChanged(ix *project.Index, ch project.Change) {
	if ch.Empty() {
		return
	}
	any := false
	for _, d := range s.openDocuments() {
		d.mu.Lock()
		r := d.last
		if r != nil && r.ix == ix && r.reads != nil && r.reads.affectedBy(ix, ch, project.KeyOf(d.path)) {
			d.depGen++
			d.dependent = true
			s.schedule(d, dependentDelay)
			any = true
		}
		d.mu.Unlock()
	}
	if any {
		s.refreshPulled()
	}
}

// refreshPulled asks a pull-diagnostics client to pull again.
func (s *server) refreshPulled() {
	if !s.caps.pullDiagnostics || !s.caps.diagnosticRefresh {
		return
	}
	go func() {
		if err := s.client.DiagnosticRefresh(s.ctx); err != nil {
			s.log.Debug("diagnostic refresh failed", "error", err)
		}
	}()
}

// closedInIndex makes the file's text its module's again once its
// document is closed.
func (s *server) closedInIndex(d *document) {
	ix := s.index()
	if ix == nil || !s.indexes(d) {
		return
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.indexChanged(ix, ix.Revert(d.path))
	}()
}

// watchedPython applies changes of Python files on disk to the index:
// files created or changed are summarized again unless a buffer holds
// them, deleted ones removed; a folder created or deleted (a move) brings
// or takes the modules under it.
func (s *server) watchedPython(changes []protocol.FileEvent) {
	ix := s.index()
	if ix == nil {
		return
	}
	open := map[string]bool{}
	for _, d := range s.openDocuments() {
		open[project.KeyOf(d.path)] = true
	}
	s.mu.Lock()
	folders := s.folders
	s.mu.Unlock()
	ws := s.config.workspace()
	var work []func() project.Change
	for _, c := range changes {
		if !c.URI.IsFile() {
			continue
		}
		path := filepath.Clean(c.URI.FsPath())
		if open[project.KeyOf(path)] || !within(folders, path) {
			continue
		}
		switch c.Type {
		case protocol.FileChangeTypeCreated, protocol.FileChangeTypeChanged:
			if st, err := os.Stat(path); err == nil && st.IsDir() {
				for _, f := range workspace.Files(ws, []string{path}) {
					if !open[project.KeyOf(f)] {
						work = append(work, func() project.Change { return ix.Update(f, nil) })
					}
				}
				continue
			}
			if strings.HasSuffix(path, ".py") && !workspace.Excluded(ws, path) {
				work = append(work, func() project.Change { return ix.Update(path, nil) })
			}
		case protocol.FileChangeTypeDeleted:
			prefix := path + string(filepath.Separator)
			for _, k := range ix.Modules() {
				if (k == path || strings.HasPrefix(k, prefix)) && !open[k] {
					work = append(work, func() project.Change { return ix.Remove(k) })
				}
			}
		}
	}
	if len(work) == 0 {
		return
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		var ch project.Change
		for _, w := range work {
			if s.ctx.Err() != nil {
				return
			}
			ch.Modules = append(ch.Modules, w().Modules...)
		}
		s.indexChanged(ix, ch)
	}()
}

// within reports whether path is under one of folders; with no folders,
// every path is.
func within(folders []string, path string) bool {
	if len(folders) == 0 {
		return true
	}
	for _, f := range folders {
		if path == f || strings.HasPrefix(path, f+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// watchPatterns are the files the server asks a client that supports it
// to watch: Python modules for the index, configuration files.
var watchPatterns = []string{"**/*.py", "**/pyproject.toml", "**/botolint.toml"}

// registerWatchers asks the client to send workspace/didChangeWatchedFiles
// for watchPatterns.
func (s *server) registerWatchers() {
	if !s.caps.watchedFilesDynamic {
		return
	}
	var watchers []map[string]any
	for _, p := range watchPatterns {
		watchers = append(watchers, map[string]any{"globPattern": p})
	}
	opts, err := json.Marshal(map[string]any{"watchers": watchers})
	if err != nil {
		return
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		err := s.client.RegisterCapability(s.ctx, &protocol.RegistrationParams{Registrations: []protocol.Registration{{
			ID: "botolint-watched-files", Method: protocol.MethodWorkspaceDidChangeWatchedFiles, RegisterOptions: opts,
		}}})
		if err != nil {
			s.log.Debug("registering file watchers failed", "error", err)
		}
	}()
}
