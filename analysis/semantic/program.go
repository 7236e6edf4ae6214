package semantic

import (
	"sort"
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
// text alone (Summarize), so it can be kept by content hash.
type Summary struct {
	Key     string
	Globals map[string]*Expr
	Funcs   map[string]*FuncInfo
	Classes map[string]*ClassInfo
	Sites   map[string][]*CallSite
	Stores  map[string][]*AttrStore
	Refs    map[string][]*Ref
	Bases   map[string][]string
	Dynamic string
	// Events are the parameter events the module registers handlers for
	// (see Model.ParamEvents).
	Events []string
	// AWS says whether the module imports an AWS SDK.
	AWS bool
}

func (s *Summary) moduleKey() string                    { return s.Key }
func (s *Summary) global(name string) *Expr             { return s.Globals[name] }
func (s *Summary) function(qual string) *FuncInfo       { return s.Funcs[qual] }
func (s *Summary) class(qual string) *ClassInfo         { return s.Classes[qual] }
func (s *Summary) sites(name string) []*CallSite        { return s.Sites[name] }
func (s *Summary) stores(attr string) []*AttrStore      { return s.Stores[attr] }
func (s *Summary) refs(name string) []*Ref              { return s.Refs[name] }
func (s *Summary) subclassesNamed(name string) []string { return s.Bases[name] }
func (s *Summary) dynamic() string                      { return s.Dynamic }

// Names returns the names Mentioning should list the module for.
func (s *Summary) Names() []string {
	set := map[string]bool{}
	for n := range s.Sites {
		set[n] = true
	}
	for n := range s.Stores {
		set[n] = true
	}
	for n := range s.Refs {
		set[n] = true
	}
	for n := range s.Bases {
		set[n] = true
	}
	if len(s.Events) > 0 {
		set[eventsName] = true
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Summarize computes the summary of a module, under the key it was built
// with.
func Summarize(m *Model) *Summary {
	m.mu.Lock()
	defer m.mu.Unlock()
	key := m.key
	st := newStripper(m)
	s := &Summary{Key: key, Globals: map[string]*Expr{}, Funcs: map[string]*FuncInfo{}, Classes: map[string]*ClassInfo{},
		Sites: map[string][]*CallSite{}, Stores: map[string][]*AttrStore{}, Refs: map[string][]*Ref{}, Bases: map[string][]string{},
		AWS: m.importsAWS}
	for name := range m.Module.Bindings {
		s.Globals[st.str(name)] = st.expr(m.global(name))
	}
	for n := range m.Tree.OfKinds(defKinds) {
		q := m.qualOf(n)
		if !m.defByQual(q).Valid() {
			continue
		}
		if n.Is(syntax.KindFunctionDefinition) {
			s.Funcs[st.str(q)] = stripFunc(m.funcInfo(n), st)
		} else {
			s.Classes[st.str(q)] = stripClass(m.classInfo(n), st)
		}
	}
	ix := m.index()
	for name := range ix.sites {
		for _, site := range m.sites(name) {
			s.Sites[st.str(name)] = append(s.Sites[st.str(name)], &CallSite{Fn: st.str(site.Fn), Callee: st.expr(site.Callee), Args: st.args(site.Args), Line: site.Line})
		}
	}
	// Calls by an import alias are listed under the imported name too.
	for name, aliases := range ix.aliases {
		for _, a := range aliases {
			for _, site := range m.sites(a) {
				s.Sites[st.str(name)] = append(s.Sites[st.str(name)], &CallSite{Fn: st.str(site.Fn), Callee: st.expr(site.Callee), Args: st.args(site.Args), Line: site.Line})
			}
		}
	}
	for attr := range ix.stores {
		for _, a := range m.stores(attr) {
			s.Stores[st.str(attr)] = append(s.Stores[st.str(attr)], &AttrStore{Fn: st.str(a.Fn), Attr: st.str(a.Attr), Recv: st.expr(a.Recv), X: st.expr(a.X), Line: a.Line})
		}
	}
	for name := range ix.refs {
		for _, r := range m.refs(name) {
			s.Refs[st.str(name)] = append(s.Refs[st.str(name)], &Ref{Fn: st.str(r.Fn), X: st.expr(r.X), Line: r.Line})
		}
	}
	for name := range ix.bases {
		for _, q := range m.subclassesNamed(name) {
			s.Bases[st.str(name)] = append(s.Bases[st.str(name)], st.str(q))
		}
	}
	s.Dynamic = strings.Clone(ix.dynamic)
	s.Events = ix.events
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
