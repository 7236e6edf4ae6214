package analysis

import (
	"fmt"
	"iter"
	"sync"

	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// Pass is what a rule sees of one file: the tree, the semantic model, the
// service catalog, the options, and a way to report.
type Pass struct {
	Rule    *Rule
	Path    string
	Tree    *syntax.Tree
	Source  []byte
	Model   *semantic.Model
	Catalog Catalog
	Options *Options

	// Noqa holds the file's noqa directives with what each suppressed; it
	// is filled for late rules only.
	Noqa []*NoqaDirective
	// Enabled lists the rules running on this file.
	Enabled []*Rule

	report func(Diagnostic)
	win    window
	shared *fileState
	cur    syntax.Node // the node being visited, or the one Nodes last yielded
}

// fileState is what the passes of one check of a file share: the results
// rules compute once per file for each other (ResultOf).
type fileState struct {
	mu      sync.Mutex
	results map[*FileResult]any
}

// FileResult is a computation over one file that several rules need (the
// role of go/analysis's Requires and ResultOf): it runs once per check of
// a file, on first use, and its value is handed to every rule that asks.
// It lives as long as the check, so no rule keeps per-file state of its
// own, and no answer depends on the order rules ask in.
type FileResult struct {
	Name string
	New  func(p *Pass) any
}

// ResultOf returns the value of r for this check of the file, computing it
// on first use.
func (p *Pass) ResultOf(r *FileResult) any {
	s := p.shared
	s.mu.Lock()
	v, ok := s.results[r]
	s.mu.Unlock()
	if ok {
		return v
	}
	// Computed once for every statement that asks: what it reads is the
	// whole file's.
	saved := p.Model.DepUnit()
	p.Model.SetDepUnit(semantic.FileUnit)
	v = r.New(p)
	p.Model.SetDepUnit(saved)
	s.mu.Lock()
	defer s.mu.Unlock()
	if w, ok := s.results[r]; ok {
		return w
	}
	if s.results == nil {
		s.results = map[*FileResult]any{}
	}
	s.results[r] = v
	return v
}

// window is the part of the file a pass checks: the whole file, or, when
// the runner re-checks after an edit, the top-level statements that
// changed. lo and hi bound node indices, start and end byte offsets.
type window struct {
	lo, hi     int
	start, end int
}

// Nodes iterates, in source order, over the nodes this pass checks. Rules
// with a Run function that look at nodes must walk these, not the whole
// tree: after an edit the runner checks only the changed statements and
// keeps the other findings.
func (p *Pass) Nodes() iter.Seq[syntax.Node] {
	return func(yield func(syntax.Node) bool) {
		defer func() { p.cur = syntax.Node{} }()
		for n := range p.Tree.Range(p.win.lo, p.win.hi) {
			p.cur = n
			if !yield(n) {
				return
			}
		}
	}
}

// NodesOf yields the nodes of the given kinds that this pass checks, in
// order: what Nodes yields of those kinds, from the tree's index of
// kinds instead of a walk of every node.
func (p *Pass) NodesOf(kinds *syntax.Kinds) iter.Seq[syntax.Node] {
	return func(yield func(syntax.Node) bool) {
		defer func() { p.cur = syntax.Node{} }()
		for n := range p.Tree.OfKinds(kinds) {
			if i := n.Index(); i < p.win.lo || i >= p.win.hi {
				continue
			}
			p.cur = n
			if !yield(n) {
				return
			}
		}
	}
}

// Span returns the byte range this pass checks, for rules that scan text.
func (p *Pass) Span() (start, end int) { return p.win.start, p.win.end }

// Report records a diagnostic of the pass's rule. Severity defaults to the
// rule's.
func (p *Pass) Report(d Diagnostic) {
	d.Rule = p.Rule
	if d.Severity == 0 {
		d.Severity = p.Rule.Severity
	}
	// A finding belongs to the statement whose check produced it, which
	// may not be the one it points at (a float literal reported where the
	// call sends it): the incremental checker keeps or drops it with that
	// statement.
	d.origin = d.Start
	if p.cur.Valid() {
		d.origin = p.cur.Start()
	}
	p.report(d)
}

// Reportf reports a diagnostic on node n with a formatted message.
func (p *Pass) Reportf(n syntax.Node, format string, args ...any) {
	p.Report(Diagnostic{Start: n.Start(), End: n.End(), Message: fmt.Sprintf(format, args...)})
}

// IsEnabled reports whether rule r runs on this file.
func (p *Pass) IsEnabled(r *Rule) bool {
	for _, e := range p.Enabled {
		if e == r {
			return true
		}
	}
	return false
}

// Resolve is shorthand for p.Model.Resolve.
func (p *Pass) Resolve(n syntax.Node) semantic.Value { return p.Model.Resolve(n) }

// Options are the settings rules read. The config package fills them from
// pyproject.toml, flags and editor settings.
type Options struct {
	// Scope "boto3" (the default) runs rules only on files that import an
	// AWS SDK module; "all" runs them on every file.
	Scope string
	// MainFunctions are the names of functions allowed to exit the process
	// (BTO402) and to catch generic errors (BTO304). Default: main.
	MainFunctions []string
	// LambdaHandlers are extra function names treated as Lambda handlers
	// (BTO202), besides the def handler(event, context) shape.
	LambdaHandlers []string
	// WrapperKeywords are keyword arguments that the client factories of a
	// project accept on every call and remove before calling boto3 (a
	// retry wrapper's aws_retry=True): on a client botolint knows only
	// from such a factory (semantic.ViaFactory), the parameter rules
	// ignore them. Default: aws_retry (Ansible's AWS collections).
	WrapperKeywords []string
}

// DefaultWrapperKeywords is the default of Options.WrapperKeywords.
var DefaultWrapperKeywords = []string{"aws_retry"}

// DefaultOptions returns the options used when nothing is configured.
func DefaultOptions() *Options {
	return &Options{Scope: "boto3", MainFunctions: []string{"main"}, WrapperKeywords: append([]string(nil), DefaultWrapperKeywords...)}
}

// IsWrapperKeyword reports whether name is one of the wrapper keywords.
func (o *Options) IsWrapperKeyword(name string) bool {
	for _, k := range o.WrapperKeywords {
		if k == name {
			return true
		}
	}
	return false
}

// IsMainFunction reports whether name is configured as a main function.
func (o *Options) IsMainFunction(name string) bool {
	for _, m := range o.MainFunctions {
		if m == name {
			return true
		}
	}
	return false
}
