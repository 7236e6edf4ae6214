package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/project"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// result is the immutable outcome of analysing one version of a document.
// Requests for that version (code actions, hover, completion) read it from
// any goroutine.
type result struct {
	version  int32
	gen      uint64
	text     []byte
	lz       *lazyLines // see lineIndex
	settings *fileSettings
	diags    []analysis.Diagnostic
	uri      uri.URI
	// lsp are diags converted, in the same order. lsp, tree, model and
	// noqa are dropped when the document leaves the tree cache
	// (withoutTrees): diagnosticsOf converts again, withTrees parses again.
	lsp   []protocol.Diagnostic
	tree  *syntax.Tree
	model *semantic.Model
	noqa  []*analysis.NoqaDirective
	// checked is the analysis result, the base of the next version's
	// incremental check; dropped with the trees.
	checked *analysis.Result
	// runner is the runner the version was checked with: the settings'
	// runner in the index ix (nil: checked alone), recording what it asked
	// the index in reads. depGen is the document's depGen of the check: a
	// result of another one is no base for an incremental check.
	runner *analysis.Runner
	ix     *project.Index
	reads  *programReads
	depGen uint64
	// encoded is diags as JSON for publishDiagnostics, and jsonCache the
	// encodings by finding, for the next version (see publish_json.go);
	// both dropped with the trees.
	encoded   []encodedDiagnostic
	jsonCache map[diagKey]encodedDiagnostic
}

// withoutTrees returns r without its syntax tree, model and noqa
// directives (which point into the tree).
func (r *result) withoutTrees() *result {
	if r.tree == nil && r.lsp == nil {
		return r
	}
	c := *r
	c.tree, c.model, c.noqa, c.lsp, c.checked, c.encoded, c.jsonCache = nil, nil, nil, nil, nil, nil, nil
	c.lz = &lazyLines{}
	return &c
}

// lazyLines holds a result's line index, built again on first use after
// the document left the tree cache.
type lazyLines struct {
	once sync.Once
	li   *syntax.LineIndex
}

// lineIndex returns the line index of r's text.
func (r *result) lineIndex() *syntax.LineIndex {
	r.lz.once.Do(func() {
		if r.lz.li == nil {
			r.lz.li = syntax.NewLineIndex(r.text)
		}
	})
	return r.lz.li
}

// diagnosticsOf returns r's diagnostics in LSP form, never nil.
func (s *server) diagnosticsOf(r *result) []protocol.Diagnostic {
	if r.lsp != nil {
		return r.lsp
	}
	out := make([]protocol.Diagnostic, len(r.diags))
	for i, diag := range r.diags {
		out[i] = s.toLSP(r.uri, r.version, r.lineIndex(), diag)
	}
	return out
}

// diagData is what a diagnostic carries in its data field: the version it
// was computed for and its fixes, with edits already in LSP ranges, so a
// code action needs no second analysis.
type diagData struct {
	Version int32     `json:"version"`
	Fixes   []fixData `json:"fixes,omitempty"`
}

type fixData struct {
	Title         string              `json:"title"`
	Applicability string              `json:"applicability"`
	Edits         []protocol.TextEdit `json:"edits"`
}

// schedule starts the analysis of d's current text after delay, cancelling
// the analysis of any older version. d.mu must be held.
func (s *server) schedule(d *document, delay time.Duration) {
	d.gen++
	if d.cancel != nil {
		d.cancel()
	}
	if d.closed || s.ctx.Err() != nil {
		return
	}
	ctx, cancel := context.WithCancel(s.ctx)
	done, kick := make(chan struct{}), make(chan struct{})
	d.cancel, d.done, d.kick = cancel, done, kick
	snap := snapshot{doc: d, version: d.version, gen: d.gen, text: d.src.Source(), settings: s.config.forFile(d.path),
		received: d.changed, first: d.last == nil, depGen: d.depGen, dependent: d.dependent}
	d.dependent = false
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer close(done)
		defer cancel()
		s.analyze(ctx, snap, delay, kick)
	}()
}

// debounceFor returns the configured debounce for d.
func (s *server) debounceFor(d *document) time.Duration {
	return s.config.forFile(d.path).debounce
}

// analyze parses (incrementally, under the document lock) and checks one
// snapshot, then publishes the diagnostics if the snapshot is still the
// newest version. Once the document has been left alone for settleDelay,
// an incremental result is verified by a full check, and the text goes
// into the workspace index.
func (s *server) analyze(ctx context.Context, snap snapshot, delay time.Duration, kick <-chan struct{}) {
	if delay > 0 {
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		case <-kick: // a request needs the result now
			t.Stop()
		}
	}
	tree, r := s.checkAndPublish(ctx, snap)
	if r == nil {
		return
	}
	// The slot checkAndPublish held is free again: what follows waits and
	// then takes one of its own. Holding the first across the wait would
	// let GOMAXPROCS documents that are settling at once hold every slot
	// while each waits for another: no analysis could run again.
	t := time.NewTimer(settleDelay)
	select {
	case <-ctx.Done():
		t.Stop()
		return
	case <-t.C:
	}
	if r.checked != nil && r.checked.Incremental {
		s.verify(ctx, snap, tree, r)
	}
	s.updateIndex(ctx, snap)
}

// checkAndPublish checks snap in one analysis slot and publishes the
// result when snap is still current. It returns the tree and the result
// when they are current, else nil.
func (s *server) checkAndPublish(ctx context.Context, snap snapshot) (*syntax.Tree, *result) {
	// At most one analysis per core at a time: two hundred documents
	// opened at once would otherwise hold two hundred parse trees at once.
	select {
	case s.slots <- struct{}{}:
		defer func() {
			<-s.slots
			s.trees.analysisDone(snap.first)
		}()
	case <-ctx.Done():
		return nil, nil
	}
	d := snap.doc
	d.mu.Lock()
	if d.gen != snap.gen || d.closed {
		d.mu.Unlock()
		return nil, nil
	}
	tree, err := d.src.Tree(context.Background()) // see parse
	prev := d.last
	d.mu.Unlock()
	if err != nil {
		if !errors.Is(err, context.Canceled) {
			s.log.Error("parse failed", "uri", d.uri, "error", err)
		}
		return nil, nil
	}
	s.trees.touch(d)
	r, err := s.check(ctx, snap, tree, prev)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil
		}
		s.log.Error("analysis failed", "uri", d.uri, "version", snap.version, "error", err)
		r = &result{uri: d.uri, version: snap.version, gen: snap.gen, text: snap.text, lz: &lazyLines{li: tree.Lines()},
			settings: snap.settings, lsp: []protocol.Diagnostic{}, tree: tree,
			model: semantic.Build(tree, analysis.Services(snap.settings.runner.Catalog())),
			noqa:  analysis.ParseNoqa(tree, s.opts.Rules)}
	}
	// What resolution remembered served the check; the model stays for
	// the requests on this version and the next version's incremental
	// check, which need little of it (5,000 lines: some 5 MB).
	if r.model != nil {
		r.model.Trim()
	}
	d.pubMu.Lock()
	defer d.pubMu.Unlock()
	d.mu.Lock()
	current := d.gen == snap.gen && !d.closed
	unchanged := snap.dependent && prev != nil && prev.version == snap.version && sameFindings(prev.diags, r.diags)
	if current {
		d.last = r
	}
	d.mu.Unlock()
	if current && !s.trees.contains(d) {
		// Evicted from the tree cache while checking: keep the findings,
		// not the trees.
		d.mu.Lock()
		if d.last == r {
			d.last = r.withoutTrees()
		}
		d.mu.Unlock()
	}
	if current && !s.caps.pullDiagnostics && !unchanged {
		s.publishEncoded(d.uri, snap.version, r.encoded)
		if s.opts.Observe != nil {
			s.opts.Observe(string(d.uri), snap.version, time.Since(snap.received))
		}
	}
	if current {
		return tree, r
	}
	return nil, nil
}

// verifyDelay is how long a document must stay unchanged before the server
// checks an incrementally checked version in full.
const verifyDelay = 300 * time.Millisecond

// verify checks a version in full once the user pauses, and publishes that
// result if the incremental one differed. The incremental check is held
// equal to a full one by tests; this makes a miss short-lived, and says so
// in the log.
func (s *server) verify(ctx context.Context, snap snapshot, tree *syntax.Tree, inc *result) {
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-ctx.Done():
		return
	}
	res, err := inc.runner.CheckTree(ctx, snap.doc.path, tree)
	if err != nil || ctx.Err() != nil {
		return
	}
	if sameFindings(res.Diagnostics, inc.diags) {
		return
	}
	s.log.Warn("incremental check differed from a full check; publishing the full result",
		"uri", snap.doc.uri, "version", snap.version, "incremental", len(inc.diags), "full", len(res.Diagnostics))
	full := s.resultOf(snap, tree, res, inc)
	full.runner, full.ix, full.reads, full.depGen = inc.runner, inc.ix, inc.reads, inc.depGen
	d := snap.doc
	d.pubMu.Lock()
	defer d.pubMu.Unlock()
	d.mu.Lock()
	current := d.gen == snap.gen && !d.closed && d.last == inc
	if current {
		d.last = full
	}
	d.mu.Unlock()
	if current && !s.caps.pullDiagnostics {
		s.publishEncoded(d.uri, snap.version, full.encoded)
	}
}

// sameFindings reports whether two lists of findings are the same, fixes
// included.
func sameFindings(a, b []analysis.Diagnostic) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Rule != y.Rule || x.Start != y.Start || x.End != y.End || x.Message != y.Message ||
			x.Severity != y.Severity || len(x.Fixes) != len(y.Fixes) || len(x.Related) != len(y.Related) {
			return false
		}
		for j := range x.Fixes {
			fx, fy := x.Fixes[j], y.Fixes[j]
			if fx.Title != fy.Title || fx.Applicability != fy.Applicability || len(fx.Edits) != len(fy.Edits) {
				return false
			}
			for k := range fx.Edits {
				if fx.Edits[k] != fy.Edits[k] {
					return false
				}
			}
		}
		for j := range x.Related {
			if x.Related[j] != y.Related[j] {
				return false
			}
		}
	}
	return true
}

// check runs the rules on a parsed snapshot, in the workspace index when
// there is one, incrementally from the previous version's result when it
// has one from the same settings, index and dependencies, and converts
// the findings.
func (s *server) check(ctx context.Context, snap snapshot, tree *syntax.Tree, prev *result) (*result, error) {
	runner := snap.settings.runner
	ix := s.index()
	var base *analysis.Result
	var reads *programReads
	if prev != nil && prev.checked != nil && prev.settings != nil && prev.settings.runner == runner &&
		prev.ix == ix && prev.depGen == snap.depGen {
		base, reads = prev.checked, prev.reads
	}
	checker := runner
	if ix != nil && snap.doc.uri.IsFile() {
		if reads == nil {
			reads = newProgramReads()
		}
		checker = runner.In(readingProgram{ix: ix, reads: reads})
	}
	res, err := checker.CheckIncremental(ctx, snap.doc.path, tree, base)
	if err != nil {
		return nil, err
	}
	s.log.Debug("checked", "uri", snap.doc.uri, "version", snap.version, "base", base != nil, "incremental", res.Incremental)
	r := s.resultOf(snap, tree, res, prev)
	r.runner, r.ix, r.reads, r.depGen = checker, ix, reads, snap.depGen
	return r, nil
}

// resultOf wraps an analysis result. For clients that take pushed
// diagnostics it encodes the findings, reusing prev's encodings; the LSP
// structures (pull diagnostics, code actions) are built on demand.
func (s *server) resultOf(snap snapshot, tree *syntax.Tree, res *analysis.Result, prev *result) *result {
	r := &result{uri: snap.doc.uri, version: snap.version, gen: snap.gen, text: snap.text, lz: &lazyLines{li: tree.Lines()}, settings: snap.settings,
		diags: res.Diagnostics, tree: tree, model: res.Model, noqa: res.Noqa, checked: res}
	if r.noqa == nil && !res.InScope {
		// Out of scope files skip the rules, and noqa parsing with them.
		r.noqa = analysis.ParseNoqa(tree, s.opts.Rules)
	}
	if !s.caps.pullDiagnostics {
		var cache map[diagKey]encodedDiagnostic
		if prev != nil {
			cache = prev.jsonCache
		}
		r.encoded, r.jsonCache = s.encodeDiagnostics(r, tree.Lines(), cache)
	}
	return r
}

// toLSP converts one finding.
func (s *server) toLSP(u uri.URI, version int32, li *syntax.LineIndex, d analysis.Diagnostic) protocol.Diagnostic {
	out := protocol.Diagnostic{
		Range:           lspRange(li, d.Start, d.End, s.enc),
		Severity:        lspSeverity(d.Severity),
		Code:            protocol.String(d.Rule.Code),
		CodeDescription: protocol.CodeDescription{Href: ruleURL(d.Rule)},
		Source:          protocol.NewOptional("botolint"),
		Message:         protocol.String(d.Message),
	}
	for _, rel := range d.Related {
		out.RelatedInformation = append(out.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: u, Range: lspRange(li, rel.Start, rel.End, s.enc)},
			Message:  rel.Message,
		})
	}
	data := diagData{Version: version}
	for _, f := range d.Fixes {
		fd := fixData{Title: f.Title, Applicability: f.Applicability.String(), Edits: make([]protocol.TextEdit, len(f.Edits))}
		for i, e := range f.Edits {
			fd.Edits[i] = protocol.TextEdit{Range: lspRange(li, e.Start, e.End, s.enc), NewText: e.NewText}
		}
		data.Fixes = append(data.Fixes, fd)
	}
	if raw, err := json.Marshal(data); err == nil {
		out.Data = raw
	}
	return out
}

func lspSeverity(s analysis.Severity) protocol.DiagnosticSeverity {
	switch s {
	case analysis.SeverityError:
		return protocol.DiagnosticSeverityError
	case analysis.SeverityWarning:
		return protocol.DiagnosticSeverityWarning
	case analysis.SeverityInfo:
		return protocol.DiagnosticSeverityInformation
	case analysis.SeverityHint:
		return protocol.DiagnosticSeverityHint
	}
	return protocol.DiagnosticSeverityWarning
}

// publish sends diagnostics for a document; diags must not be nil (the
// client gets [] rather than null).
func (s *server) publish(u uri.URI, version *int32, diags []protocol.Diagnostic) {
	if diags == nil {
		diags = []protocol.Diagnostic{}
	}
	params := &protocol.PublishDiagnosticsParams{URI: u, Diagnostics: diags}
	if version != nil {
		params.Version = protocol.NewOptional(*version)
	}
	if err := s.client.PublishDiagnostics(context.WithoutCancel(s.ctx), params); err != nil {
		s.log.Warn("publishDiagnostics failed", "uri", u, "error", err)
	}
}

// current waits for the analysis of d's current version and returns it. It
// fails with ContentModified when the document changes past version while
// waiting (version < 0 means whatever version is current).
func (s *server) current(ctx context.Context, d *document, version int32) (*result, error) {
	for {
		d.mu.Lock()
		if d.closed {
			d.mu.Unlock()
			return nil, protocol.ErrContentModified
		}
		if version >= 0 && d.version != version {
			d.mu.Unlock()
			return nil, protocol.ErrContentModified
		}
		if r := d.last; r != nil && r.gen == d.gen {
			d.mu.Unlock()
			return r, nil
		}
		done, gen := d.done, d.gen
		if d.kick != nil {
			close(d.kick) // skip the rest of the debounce
			d.kick = nil
		}
		d.mu.Unlock()
		if done == nil {
			return nil, protocol.ErrContentModified
		}
		select {
		case <-ctx.Done():
			return nil, protocol.ErrRequestCancelled
		case <-s.ctx.Done():
			return nil, protocol.ErrRequestCancelled
		case <-done:
		}
		d.mu.Lock()
		failed := d.gen == gen && (d.last == nil || d.last.gen != gen)
		d.mu.Unlock()
		if failed {
			// The analysis of this version ended without a result.
			return nil, jsonrpc2.NewError(jsonrpc2.InternalError, "botolint: analysis failed")
		}
	}
}

// withTrees returns r with its syntax tree, model and noqa directives,
// parsing r's text again when they were dropped, and stores them back when
// r is still the newest result.
func (s *server) withTrees(ctx context.Context, d *document, r *result) (*result, error) {
	if r.tree != nil {
		return r, nil
	}
	tree := parse(r.text)
	c := *r
	c.tree = tree
	c.lz = &lazyLines{li: tree.Lines()}
	c.model = r.modelOf(d.path, tree)
	c.noqa = analysis.ParseNoqa(tree, s.opts.Rules)
	d.mu.Lock()
	if d.last == r {
		d.last = &c
	}
	d.mu.Unlock()
	s.trees.touch(d)
	return &c, nil
}

// modelOf builds the semantic model of tree, in the index r was checked
// in.
func (r *result) modelOf(path string, tree *syntax.Tree) *semantic.Model {
	if r.runner != nil {
		return r.runner.Model(path, tree)
	}
	return semantic.Build(tree, analysis.Services(r.settings.runner.Catalog()))
}

// currentVersion returns the current version of a document.
func (d *document) currentVersion() int32 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.version
}

// Diagnostic answers a pull request (textDocument/diagnostic).
func (s *server) Diagnostic(ctx context.Context, params *protocol.DocumentDiagnosticParams) (protocol.DocumentDiagnosticReport, error) {
	d := s.document(params.TextDocument.URI)
	if d == nil {
		return &protocol.RelatedFullDocumentDiagnosticReport{
			FullDocumentDiagnosticReport: protocol.FullDocumentDiagnosticReport{Kind: "full", Items: []protocol.Diagnostic{}},
		}, nil
	}
	asyncRelease(ctx)
	r, err := s.current(ctx, d, -1)
	if err != nil {
		return nil, err
	}
	id := fmt.Sprintf("%d.%d", r.version, r.gen)
	if params.PreviousResultID != nil && *params.PreviousResultID == id {
		return &protocol.RelatedUnchangedDocumentDiagnosticReport{
			UnchangedDocumentDiagnosticReport: protocol.UnchangedDocumentDiagnosticReport{Kind: "unchanged", ResultID: id},
		}, nil
	}
	return &protocol.RelatedFullDocumentDiagnosticReport{
		FullDocumentDiagnosticReport: protocol.FullDocumentDiagnosticReport{Kind: "full", ResultID: &id, Items: s.diagnosticsOf(r)},
	}, nil
}

// parse parses src in full. Neither it nor analyze passes a cancellable
// context to tree-sitter: smacker's ParseCtx sets the parser's cancellation
// flag from a goroutine that can run after the parse has ended, the flag is
// then never reset, and syntax pools parsers, so every later parse on that
// parser fails with "operation limit was hit" (seen under rapid edits with
// d.src.Tree(ctx)). Parses are fast enough not to need cancelling: an
// incremental one takes a fraction of a millisecond, a full one of 5,000
// lines under 20 ms.
func parse(src []byte) *syntax.Tree {
	return syntax.Parse(src)
}

// ruleURLs shares one documentation URL string per rule among all
// diagnostics.
var ruleURLs sync.Map // *analysis.Rule -> uri.URI

func ruleURL(r *analysis.Rule) uri.URI {
	if u, ok := ruleURLs.Load(r); ok {
		return u.(uri.URI)
	}
	u := uri.URI(r.URL())
	ruleURLs.Store(r, u)
	return u
}
