package analysis

import (
	"context"
	"fmt"
	"runtime/debug"
	"sort"

	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// Catalog is the service catalog rules read.
type Catalog = *awsmodel.Catalog

// Config configures a Runner.
type Config struct {
	// Known lists every rule botolint has (for noqa and selection); Enabled
	// the ones to run. Enabled nil means all of Known.
	Known   []*Rule
	Enabled []*Rule
	Options *Options
	Catalog Catalog
	// Severity overrides a rule's severity, by code.
	Severity map[string]Severity
}

// Runner checks files. It is safe for concurrent use: all per-file state
// lives in the call.
type Runner struct {
	cfg Config
	// prog is the workspace files are checked in (see In); nil checks each
	// file alone.
	prog Program
	// untracked checks record no dependencies (see Untracked).
	untracked bool
	// byKind lists, per node kind, the indexes in enabled of the rules that
	// visit it; early and late are indexes too, so a check keeps its
	// passes in a slice beside enabled.
	byKind  [][]int
	early   []int
	late    []int
	enabled []*Rule
	// fileKind is byKind for the FileScope rules alone: after an edit the
	// walk over the changed statements dispatches to byKind's statement
	// rules, and these walk the whole file.
	fileKind [][]int
	fileSet  *syntax.Kinds // the kinds of fileKind, for the tree's index
	hasFile  bool
}

// NewRunner prepares the dispatch tables for cfg.
func NewRunner(cfg Config) *Runner {
	if cfg.Options == nil {
		cfg.Options = DefaultOptions()
	}
	if cfg.Catalog == nil {
		cfg.Catalog = awsmodel.Embedded()
	}
	if cfg.Enabled == nil {
		cfg.Enabled = cfg.Known
	}
	r := &Runner{cfg: cfg, enabled: cfg.Enabled}
	for i, rule := range cfg.Enabled {
		switch {
		case rule.Late:
			r.late = append(r.late, i)
			continue
		case rule.Run != nil:
			r.early = append(r.early, i)
		}
		for _, k := range rule.Kinds {
			for int(k) >= len(r.byKind) {
				r.byKind = append(r.byKind, nil)
			}
			r.byKind[k] = append(r.byKind[k], i)
			if rule.Scope == FileScope {
				for int(k) >= len(r.fileKind) {
					r.fileKind = append(r.fileKind, nil)
				}
				r.fileKind[k] = append(r.fileKind[k], i)
			}
		}
		if rule.Scope == FileScope {
			r.hasFile = true
		}
	}
	var kinds []syntax.Kind
	for k, rules := range r.fileKind {
		if len(rules) > 0 {
			kinds = append(kinds, syntax.Kind(k))
		}
	}
	r.fileSet = syntax.NewKinds(kinds...)
	return r
}

// Program is the workspace a file is checked in: the summaries of the
// other modules, which resolution follows values into and out of
// (semantic.Program), and the key of each file.
type Program interface {
	semantic.Program
	KeyOf(path string) string
}

// In returns a runner that checks files as modules of prog.
func (r *Runner) In(prog Program) *Runner {
	c := *r
	c.prog = prog
	return &c
}

// Untracked returns a runner whose results are never the base of an
// incremental check (a CLI run): it does not record what the findings
// read, which costs some time on every expression.
func (r *Runner) Untracked() *Runner {
	c := *r
	c.untracked = true
	return &c
}

// Program returns the workspace the runner checks files in, nil when it
// checks each file alone.
func (r *Runner) Program() Program { return r.prog }

// Model builds the semantic model of the file at path, as a module of the
// runner's program when it has one.
func (r *Runner) Model(path string, tree *syntax.Tree) *semantic.Model {
	var m *semantic.Model
	if r.prog == nil {
		m = semantic.Build(tree, Services(r.cfg.Catalog))
	} else {
		m = semantic.BuildModule(tree, Services(r.cfg.Catalog), r.prog.KeyOf(path), r.prog)
	}
	if r.untracked {
		m.Untrack()
	}
	return m
}

// Enabled returns the rules the runner runs.
func (r *Runner) Enabled() []*Rule { return r.enabled }

// Options returns the runner's options.
func (r *Runner) Options() *Options { return r.cfg.Options }

// Catalog returns the runner's service catalog.
func (r *Runner) Catalog() Catalog { return r.cfg.Catalog }

// Result is the outcome of checking one file.
type Result struct {
	Tree        *syntax.Tree
	Model       *semantic.Model
	Diagnostics []Diagnostic // sorted by position, then code
	Suppressed  int          // diagnostics removed by noqa comments
	Noqa        []*NoqaDirective
	InScope     bool // the file uses an AWS SDK (or the scope is "all")
	// Incremental says whether CheckIncremental reused the findings of
	// unchanged statements (false after a full check).
	Incremental bool

	// raw holds the findings before noqa and severity overrides, and units
	// the top-level statements: what CheckIncremental reuses. deps are the
	// facts of the file the findings read (semantic.Dep), by the index in
	// units of the statement whose check read them (semantic.FileUnit: the
	// whole file's): those of this check and, for an incremental one,
	// those of the statements whose findings it kept.
	raw   []Diagnostic
	units []unit
	deps  map[int]map[semantic.Dep]bool
}

// Check parses src and checks it.
func (r *Runner) Check(ctx context.Context, path string, src []byte) (*Result, error) {
	tree, err := syntax.ParseContext(ctx, src)
	if err != nil {
		return nil, err
	}
	return r.CheckTree(ctx, path, tree)
}

// CheckTree checks an already parsed tree. It returns ctx's error when
// cancelled, and an error naming the rule if a rule panics; the panic never
// escapes.
func (r *Runner) CheckTree(ctx context.Context, path string, tree *syntax.Tree) (*Result, error) {
	all := window{lo: 0, hi: tree.Len(), start: 0, end: len(tree.Source())}
	return r.check(ctx, path, tree, nil, all, nil)
}

// check runs the rules over the nodes of win and, when reuse is given,
// merges in the previous findings of the statements outside win. model is
// built when nil.
func (r *Runner) check(ctx context.Context, path string, tree *syntax.Tree, model *semantic.Model, win window, reuse *reused) (res *Result, err error) {
	var current *Rule
	defer func() {
		if p := recover(); p != nil {
			code := "?"
			if current != nil {
				code = current.Code
			}
			res, err = nil, fmt.Errorf("internal error in rule %s on %s: %v\n%s", code, path, p, debug.Stack())
		}
	}()
	if model == nil {
		model = r.Model(path, tree)
	}
	res = &Result{Tree: tree, Model: model, units: units(tree)}
	res.InScope = r.cfg.Options.Scope == "all" || model.UsesAWS()
	if !res.InScope {
		return res, nil
	}
	var diags []Diagnostic
	report := func(d Diagnostic) { diags = append(diags, d) }
	// One pass per enabled rule, made when the rule first runs: most
	// rules see no node of a small window. FileScope rules check the whole
	// file whatever the window.
	all := window{lo: 0, hi: tree.Len(), start: 0, end: len(tree.Source())}
	state := &fileState{}
	passes := make([]*Pass, len(r.enabled))
	passFor := func(i int) *Pass {
		p := passes[i]
		if p == nil {
			w := win
			if r.enabled[i].Scope == FileScope {
				w = all
			}
			p = &Pass{Rule: r.enabled[i], Path: path, Tree: tree, Source: tree.Source(), Model: model,
				Catalog: r.cfg.Catalog, Options: r.cfg.Options, Enabled: r.enabled, report: report, win: w, shared: state}
			passes[i] = p
		}
		return p
	}
	for _, i := range r.early {
		current = r.enabled[i]
		// A FileScope rule checks the whole file at every check; what
		// another reads over its window is the whole file's to be safe.
		if current.Scope == FileScope {
			model.SetDepUnit(semantic.RerunUnit)
		}
		current.Run(passFor(i))
		model.SetDepUnit(semantic.FileUnit)
	}
	// The single walk: every node once, handed to the rules that asked for
	// its kind. After an edit the window is the changed statements, and
	// the FileScope rules get their own walk of the rest of the file.
	// What a statement's check reads is recorded for that statement; what
	// a FileScope rule reads, for the whole file.
	unitOf := 0
	unitFor := func(n syntax.Node) int {
		ix := n.Index()
		for unitOf < len(res.units) && res.units[unitOf].hi <= ix {
			unitOf++
		}
		if unitOf < len(res.units) && res.units[unitOf].lo <= ix {
			return unitOf
		}
		return semantic.FileUnit
	}
	walk := func(lo, hi int, byKind [][]int, inWindow bool) error {
		visited := 0
		unitOf = 0
		for node := range tree.Range(lo, hi) {
			if visited++; visited&4095 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			k := int(node.Kind())
			if k >= len(byKind) {
				continue
			}
			u := unitFor(node)
			for _, i := range byKind[k] {
				if !inWindow && r.enabled[i].Scope != FileScope {
					continue
				}
				current = r.enabled[i]
				if current.Scope == FileScope {
					model.SetDepUnit(semantic.RerunUnit)
				} else {
					model.SetDepUnit(u)
				}
				p := passFor(i)
				p.cur = node
				current.Visit(p, node)
				p.cur = syntax.Node{}
			}
		}
		model.SetDepUnit(semantic.FileUnit)
		return nil
	}
	if err := walk(win.lo, win.hi, r.byKind, true); err != nil {
		return nil, err
	}
	if r.hasFile && (win.lo > 0 || win.hi < tree.Len()) {
		// The rest of the file, for the FileScope rules: only the nodes of
		// their kinds, from the tree's index.
		model.SetDepUnit(semantic.RerunUnit)
		for node := range tree.OfKinds(r.fileSet) {
			if ix := node.Index(); ix >= win.lo && ix < win.hi {
				continue
			}
			for _, i := range r.fileKind[node.Kind()] {
				current = r.enabled[i]
				p := passFor(i)
				p.cur = node
				current.Visit(p, node)
				p.cur = syntax.Node{}
			}
		}
		model.SetDepUnit(semantic.FileUnit)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	current = nil
	if reuse != nil {
		res.Incremental = true
		diags = reuse.merge(diags)
	} else {
		diags = dedupe(diags)
	}
	res.raw = diags
	res.Noqa = ParseNoqa(tree, r.cfg.Known)
	kept, suppressed := suppress(append([]Diagnostic(nil), diags...), res.Noqa, tree.Lines())
	res.Suppressed = suppressed
	for _, i := range r.late {
		current = r.enabled[i]
		p := passFor(i)
		p.Noqa = res.Noqa
		p.win = window{lo: 0, hi: tree.Len(), start: 0, end: len(tree.Source())}
		p.report = func(d Diagnostic) { kept = append(kept, d) }
		current.Run(p)
	}
	for i := range kept {
		if s, ok := r.cfg.Severity[kept[i].Rule.Code]; ok {
			kept[i].Severity = s
		}
	}
	SortDiagnostics(kept)
	res.Diagnostics = kept
	res.deps = model.UnitDeps()
	if reuse != nil {
		reuse.carryDeps(res.deps)
	}
	return res, nil
}

// SortDiagnostics orders diagnostics by start, end and code.
func SortDiagnostics(diags []Diagnostic) {
	sort.SliceStable(diags, func(i, j int) bool {
		a, b := diags[i], diags[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.Rule.Code != b.Rule.Code {
			return a.Rule.Code < b.Rule.Code
		}
		return a.End < b.End
	})
}
