package semantic

import (
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// Program is the rest of the workspace a file is checked in: the summaries
// of its other modules and how imports reach them. It is what lets a value
// cross a module boundary: nothing else does. Implementations must be safe
// for concurrent use.
type Program interface {
	// Summary returns the summary of the module with this key, nil when the
	// program has none.
	Summary(key string) *Summary
	// Import resolves what an import binds in module from (spec as
	// Binding.Qualified spells it: "app.aws.s3_client", "..clients.make"):
	// the key of the module it reaches and the attribute names after it.
	// ok is false when spec reaches no module of the program.
	Import(from, spec string) (key string, rest []string, ok bool)
	// Submodule returns the key of the submodule name of the package whose
	// __init__ is module key.
	Submodule(key, name string) (string, bool)
	// Mentioning returns the keys of the modules whose summaries hold call
	// sites, attribute stores, references or class bases with this last
	// name.
	Mentioning(name string) []string
}

// Summary is what other modules may know of a module: its module-level
// names, functions and classes, the calls it makes and the attributes it
// assigns, as expressions without syntax. It is computed from the module's
// text alone (Summarize), so it can be kept by content hash, and it is
// held encoded (encode.go): a summaryView decodes the parts an evaluation
// reads. A Summary is immutable and safe for concurrent use.
type Summary struct {
	Key     string
	Dynamic string
	// Events are the parameter events the module registers handlers for
	// (see Model.ParamEvents).
	Events []string
	// AWS says whether the module imports an AWS SDK.
	AWS bool

	names  []string // see Names
	pruned []string // see Pruned
	enc    *encodedSummary
}

// Names returns the names Mentioning should list the module for: the last
// names of its calls, value uses, attribute stores and class bases that
// the summary holds.
func (s *Summary) Names() []string { return s.names }

// Pruned returns the names whose calls and uses the summary left out
// because no function or class of the program had them (SummarizeFor):
// once one does, the module must be summarized again.
func (s *Summary) Pruned() []string { return s.pruned }

// Defines reports whether the module defines a function or class with the
// qualname qual.
func (s *Summary) Defines(qual string) bool {
	_, f := s.enc.funcs.lookup(s.enc.strs, qual)
	_, c := s.enc.classes.lookup(s.enc.strs, qual)
	return f || c
}

// Size returns the bytes the summary holds, about.
func (s *Summary) Size() int {
	e := s.enc
	n := len(e.exprs) + 4*len(e.eoff) + len(e.parts)
	for _, t := range []nameTable{e.globals, e.funcs, e.classes, e.sites, e.stores, e.refs} {
		n += 8 * len(t.names)
	}
	for _, x := range e.strs {
		n += len(x) + 16
	}
	return n
}

// Summarize computes the summary of a module, under the key it was built
// with.
func Summarize(m *Model) *Summary { return SummarizeFor(m, nil) }

// SummarizeFor computes the summary of a module for a program whose
// functions and classes have last names for which defined is true (nil:
// any name). Resolution reads the calls and value uses of a name only
// when it names a function or class of the program (to bind its
// parameters, or to see it escape), so the summary keeps only those; the
// calls of API methods, builtins and library functions, most of a boto3
// module's calls, are left out, and listed by Pruned, so that a program
// that gains a definition knows which summaries to make again. Names
// leaves out the names whose every call and use in the module is of the
// module's own function or class of that name (`main()` below `def
// main`): those cannot reach another module's function, and other modules
// need not look at them.
func SummarizeFor(m *Model, defined func(name string) bool) *Summary {
	keep := func(name string) bool { return defined == nil || name == "<recv>" || defined(name) }
	m.mu.Lock()
	defer m.mu.Unlock()
	st := newStripper(m)
	c := newEncoder()
	s := &Summary{Key: m.key, AWS: m.importsAWS}
	names := map[string]bool{}  // see Summary.Names
	pruned := map[string]bool{} // see Summary.Pruned
	for _, name := range sortedNames(m.Module.Bindings) {
		c.global(st.str(name), st.expr(m.global(name)))
	}
	for n := range m.Tree.OfKinds(defKinds) {
		q := m.qualOf(n)
		if !m.defByQual(q).Valid() {
			continue
		}
		if n.Is(syntax.KindFunctionDefinition) {
			c.function(stripFunc(m.funcInfo(n), st))
		} else {
			c.class(stripClass(m.classInfo(n), st))
		}
	}
	ix := m.index()
	// own reports whether the module-level name is the module's own
	// function or class, bound once, and x a use of it.
	own := func(name string, x *Expr) bool {
		if ix.dynamic != "" || x == nil || x.Op != exprGlobal || x.Name != name {
			return false
		}
		g := m.global(name)
		return g != nil && (g.Op == exprDef || g.Op == exprClassDef)
	}
	for _, name := range sortedNames(ix.sites) {
		// Calls by an import alias are listed under the imported name too.
		sites := m.sites(name)
		_, aliased := ix.aliases[name]
		if !aliased && len(sites) == 0 {
			continue
		}
		local := !aliased
		for _, site := range sites {
			local = local && own(name, site.Callee)
		}
		if !keep(name) {
			pruned[name] = true
			continue
		}
		if !local {
			names[name] = true
		}
		out := make([]*CallSite, len(sites))
		for i, site := range sites {
			out[i] = &CallSite{Fn: st.str(site.Fn), Callee: st.expr(site.Callee), Args: st.args(site.Args), Line: site.Line}
		}
		c.sitesOf(st.str(name), out)
	}
	for _, name := range sortedNames(ix.aliases) {
		if names[name] || pruned[name] {
			continue
		}
		if !keep(name) {
			pruned[name] = true
			continue
		}
		var out []*CallSite
		for _, site := range m.sites(name) {
			out = append(out, &CallSite{Fn: st.str(site.Fn), Callee: st.expr(site.Callee), Args: st.args(site.Args), Line: site.Line})
		}
		if len(out) > 0 {
			c.sitesOf(st.str(name), out)
			names[name] = true
		}
	}
	for _, attr := range sortedNames(ix.stores) {
		var out []*AttrStore
		for _, a := range m.stores(attr) {
			out = append(out, &AttrStore{Fn: st.str(a.Fn), Attr: st.str(a.Attr), Recv: st.expr(a.Recv), X: st.expr(a.X), Line: a.Line})
		}
		if len(out) > 0 {
			c.storesOf(st.str(attr), out)
			names[attr] = true
		}
	}
	for _, name := range sortedNames(ix.refs) {
		refs := m.refs(name)
		local := true
		for _, r := range refs {
			local = local && own(name, r.X)
		}
		if !keep(name) {
			pruned[name] = true
			continue
		}
		if !local {
			names[name] = true
		}
		var out []*Ref
		for _, r := range refs {
			out = append(out, &Ref{Fn: st.str(r.Fn), X: st.expr(r.X), Line: r.Line})
		}
		c.refsOf(st.str(name), out)
	}
	for _, name := range sortedNames(ix.bases) {
		for _, q := range m.subclassesNamed(name) {
			c.e.bases[st.str(name)] = append(c.e.bases[st.str(name)], st.str(q))
		}
		names[name] = true
	}
	s.Dynamic = strings.Clone(ix.dynamic)
	s.Events = ix.events
	if len(s.Events) > 0 {
		names[eventsName] = true
	}
	s.names = sortedNames(names)
	for n := range names {
		delete(pruned, n)
	}
	s.pruned = sortedNames(pruned)
	s.enc = c.finish()
	return s
}

func stripFunc(fi *FuncInfo, st *stripper) *FuncInfo {
	st.m.body(fi)
	c := *fi
	c.Qual, c.Class, c.Opaque = st.str(fi.Qual), st.str(fi.Class), strings.Clone(fi.Opaque)
	c.DecoratorNames = make([]string, len(fi.DecoratorNames))
	for i, n := range fi.DecoratorNames {
		c.DecoratorNames[i] = strings.Clone(n)
	}
	c.node = syntax.Node{}
	c.Params = make([]ParamInfo, len(fi.Params))
	for i, p := range fi.Params {
		c.Params[i] = ParamInfo{Name: st.str(p.Name), Kind: p.Kind, Default: st.expr(p.Default)}
	}
	c.Returns = make([]*Expr, len(fi.Returns))
	for i, r := range fi.Returns {
		c.Returns[i] = st.expr(r)
	}
	c.Decorators = make([]*Expr, len(fi.Decorators))
	for i, d := range fi.Decorators {
		c.Decorators[i] = st.expr(d)
	}
	return &c
}

func stripClass(ci *ClassInfo, st *stripper) *ClassInfo {
	c := &ClassInfo{Qual: st.str(ci.Qual), Dynamic: strings.Clone(ci.Dynamic), Attrs: make(map[string]*Expr, len(ci.Attrs)), Self: make(map[string][]SelfStore, len(ci.Self))}
	for _, b := range ci.Bases {
		c.Bases = append(c.Bases, st.expr(b))
	}
	for n, x := range ci.Attrs {
		c.Attrs[st.str(n)] = st.expr(x)
	}
	for n, stores := range ci.Self {
		out := make([]SelfStore, len(stores))
		for i, ss := range stores {
			out[i] = SelfStore{Fn: st.str(ss.Fn), X: st.expr(ss.X), Elem: ss.Elem}
		}
		c.Self[st.str(n)] = out
	}
	return c
}
