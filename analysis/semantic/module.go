package semantic

import (
	"strconv"
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// moduleView is what the evaluator reads of one module: the file being
// checked (its Model, lowered on demand) or another module of the program
// (its Summary).
type moduleView interface {
	moduleKey() string
	// global returns the expression of a module-level name, nil when the
	// module binds no such name.
	global(name string) *Expr
	function(qual string) *FuncInfo
	class(qual string) *ClassInfo
	// sites returns the calls whose callee's last name is name, or a name
	// an import of the module binds to it (from m import f as g: g(...));
	// "<recv>" names the calls of a method's own receiver (cls(...)).
	sites(name string) []*CallSite
	// stores returns the assignments to attribute attr of objects other
	// than a method's receiver (obj.client = ..., setattr(obj, "client", ...)).
	stores(attr string) []*AttrStore
	// refs returns the expressions with this last name used as values:
	// passed as arguments, assigned, returned or put into containers. A
	// function used so may be called from where botolint cannot see.
	refs(name string) []*Ref
	// subclassesNamed returns the qualnames of the classes one of whose
	// bases has this last name.
	subclassesNamed(name string) []string
	// dynamic says why the module's names cannot be listed (globals()
	// written to), "" when they can.
	dynamic() string
}

// CallSite is one call of a module.
type CallSite struct {
	Fn     string // qualname of the function holding the call; "" at module level
	Callee *Expr
	Args   []Arg
	Line   int // 1-based
}

// AttrStore is an assignment to an attribute of an object that is not the
// receiver of the method it is in.
type AttrStore struct {
	Fn   string
	Attr string
	Recv *Expr
	X    *Expr
	Line int
}

// Ref is a function or class used as a value.
type Ref struct {
	Fn   string
	X    *Expr
	Line int
}

// liveIndex lists the nodes of the file being checked that the evaluator
// looks up by name: calls, attribute stores and references. Built on first
// use by one pass over the nodes of those kinds.
type liveIndex struct {
	sites   map[string][]int32
	stores  map[string][]int32
	refs    map[string][]int32
	bases   map[string][]int32 // class nodes by the last names of their bases
	aliases map[string][]string
	dynamic string
	// dynamicAttrs are setattr calls with a computed name and __dict__
	// attributes: what may set any attribute of an object.
	dynamicAttrs []int32
	// events are the botocore events the module registers handlers for
	// that change a call's parameters before validation (see ParamEvents).
	events   []string
	siteMemo map[int32]*CallSite
	// What sites, stores and refs returned, by name.
	bySites  map[string][]*CallSite
	byStores map[string][]*AttrStore
	byRefs   map[string][]*Ref
}

var indexKinds = syntax.NewKinds(
	syntax.KindCall, syntax.KindAssignment, syntax.KindAugmentedAssignment, syntax.KindForStatement,
	syntax.KindArgumentList, syntax.KindKeywordArgument, syntax.KindReturnStatement, syntax.KindList,
	syntax.KindTuple, syntax.KindSet, syntax.KindExpressionList, syntax.KindPair,
	syntax.KindConditionalExpression, syntax.KindBooleanOperator, syntax.KindYield, syntax.KindNamedExpression,
	syntax.KindClassDefinition, syntax.KindDefaultParameter, syntax.KindTypedDefaultParameter,
	syntax.KindAttribute,
)

// valueNameIgnored are the builtins whose arguments are inspected rather
// than called or kept: a class passed to isinstance does not escape.
var valueNameIgnored = map[string]bool{
	"isinstance": true, "issubclass": true, "type": true, "super": true, "print": true, "repr": true,
	"str": true, "id": true, "len": true, "hash": true, "callable": true, "hasattr": true, "getattr": true,
	"setattr": true, "delattr": true, "vars": true, "dir": true,
}

func (m *Model) index() *liveIndex {
	if m.lc.ix != nil {
		return m.lc.ix
	}
	ix := &liveIndex{sites: map[string][]int32{}, stores: map[string][]int32{}, refs: map[string][]int32{},
		bases: map[string][]int32{}, aliases: map[string][]string{}, siteMemo: map[int32]*CallSite{},
		bySites: map[string][]*CallSite{}, byStores: map[string][]*AttrStore{}, byRefs: map[string][]*Ref{}}
	m.lc.ix = ix
	add := func(idx map[string][]int32, name string, n syntax.Node) {
		if name != "" {
			idx[name] = append(idx[name], int32(n.Index()))
		}
	}
	ref := func(n syntax.Node) {
		n = syntax.Unparen(n)
		switch n.Kind() {
		case syntax.KindIdentifier:
			add(ix.refs, n.Text(), n)
		case syntax.KindAttribute:
			add(ix.refs, n.ChildByField(syntax.FieldAttribute).Text(), n)
		}
	}
	for n := range m.Tree.OfKinds(indexKinds) {
		switch n.Kind() {
		case syntax.KindCall:
			fn := syntax.Unparen(n.ChildByField(syntax.FieldFunction))
			switch fn.Kind() {
			case syntax.KindIdentifier:
				add(ix.sites, fn.Text(), n)
				if def := methodOf(n); def.Valid() && firstParameter(def) == fn.Text() {
					add(ix.sites, "<recv>", n)
				}
				if fn.TextIs("setattr") {
					if name, ok := syntax.PositionalArgument(n, 1); ok {
						if s, ok := syntax.StringValue(name); ok {
							add(ix.stores, s, n)
						} else {
							ix.dynamicAttrs = append(ix.dynamicAttrs, int32(n.Index()))
						}
					}
				}
			case syntax.KindAttribute:
				name := fn.ChildByField(syntax.FieldAttribute).Text()
				add(ix.sites, name, n)
				if ev, ok := paramEvent(n, name); ok {
					ix.events = append(ix.events, ev)
				}
				if obj := syntax.Unparen(fn.ChildByField(syntax.FieldObject)); obj.Is(syntax.KindCall) && ix.dynamic == "" {
					if g := syntax.Unparen(obj.ChildByField(syntax.FieldFunction)); g.Is(syntax.KindIdentifier) && g.TextIs("globals") {
						ix.dynamic = "globals() changed at line " + lineOf(m, n)
					}
				}
			}
		case syntax.KindAssignment, syntax.KindAugmentedAssignment, syntax.KindForStatement:
			left := syntax.Unparen(n.ChildByField(syntax.FieldLeft))
			for _, t := range storeTargets(left) {
				switch {
				case t.Is(syntax.KindAttribute):
					if !onReceiver(t) {
						add(ix.stores, t.ChildByField(syntax.FieldAttribute).Text(), n)
					}
				case t.Is(syntax.KindSubscript) && ix.dynamic == "":
					if obj := syntax.Unparen(t.ChildByField(syntax.FieldValue)); obj.Is(syntax.KindCall) {
						if g := syntax.Unparen(obj.ChildByField(syntax.FieldFunction)); g.Is(syntax.KindIdentifier) && g.TextIs("globals") {
							ix.dynamic = "globals() changed at line " + lineOf(m, n)
						}
					}
				}
			}
			if n.Is(syntax.KindAssignment) {
				ref(n.ChildByField(syntax.FieldRight))
			}
		case syntax.KindArgumentList:
			if call := n.Parent(); call.Is(syntax.KindCall) {
				if fn := syntax.Unparen(call.ChildByField(syntax.FieldFunction)); fn.Is(syntax.KindIdentifier) && valueNameIgnored[fn.Text()] {
					continue
				}
			} else if n.Parent().Is(syntax.KindClassDefinition) {
				// Base classes are read by subclassesNamed.
				continue
			}
			for a := range n.Args() {
				switch a.Kind() {
				case syntax.KindKeywordArgument, syntax.KindListSplat, syntax.KindDictionarySplat:
				default:
					ref(a)
				}
			}
		case syntax.KindKeywordArgument:
			if p := n.Parent(); p.Is(syntax.KindArgumentList) && p.Parent().Is(syntax.KindClassDefinition) {
				continue
			}
			ref(n.ChildByField(syntax.FieldValue))
		case syntax.KindReturnStatement, syntax.KindYield, syntax.KindList, syntax.KindTuple, syntax.KindSet,
			syntax.KindExpressionList, syntax.KindConditionalExpression, syntax.KindBooleanOperator:
			for c := range n.Args() {
				ref(c)
			}
		case syntax.KindPair, syntax.KindNamedExpression, syntax.KindDefaultParameter, syntax.KindTypedDefaultParameter:
			ref(n.ChildByField(syntax.FieldValue))
		case syntax.KindAttribute:
			if n.ChildByField(syntax.FieldAttribute).TextIs("__dict__") {
				ix.dynamicAttrs = append(ix.dynamicAttrs, int32(n.Index()))
			}
		case syntax.KindClassDefinition:
			for b := range n.ChildByField(syntax.FieldSuperclasses).Args() {
				switch b = syntax.Unparen(b); b.Kind() {
				case syntax.KindIdentifier:
					add(ix.bases, b.Text(), n)
				case syntax.KindAttribute:
					add(ix.bases, b.ChildByField(syntax.FieldAttribute).Text(), n)
				}
			}
		}
	}
	for name, bs := range m.Module.Bindings {
		for _, b := range bs {
			if b.Kind != BindImport {
				continue
			}
			q := b.Qualified
			last := q[lastDot(q)+1:]
			if last != name && last != "" {
				ix.aliases[last] = append(ix.aliases[last], name)
			}
		}
	}
	return ix
}

// paramEventPrefixes are the botocore events whose handlers may change a
// call's parameters before botocore validates them.
var paramEventPrefixes = []string{"provide-client-params", "before-parameter-build"}

// paramEvent recognizes the registration of a handler that may change a
// call's parameters: x.meta.events.register("provide-client-params.sts.
// GetCallerIdentity", ...), session.register("before-parameter-build.s3",
// ...). It returns the event name, "*" when it is not a literal.
func paramEvent(call syntax.Node, method string) (string, bool) {
	switch method {
	case "register", "register_first", "register_last":
	default:
		return "", false
	}
	arg, ok := syntax.PositionalArgument(call, 0)
	if !ok {
		if arg, ok = syntax.KeywordArgument(call, "event_name"); !ok {
			return "", false
		}
	}
	s, ok := syntax.StringValue(arg)
	if !ok {
		recv, _, _ := syntax.MethodCall(call)
		if r := syntax.Unparen(recv); r.Is(syntax.KindAttribute) && r.ChildByField(syntax.FieldAttribute).TextIs("events") {
			return "*", true
		}
		return "", false
	}
	for _, p := range paramEventPrefixes {
		if s == p || strings.HasPrefix(s, p+".") {
			return strings.Clone(s), true
		}
	}
	return "", false
}

// ParamEvents returns the events registered with handlers which may change
// a call's parameters before validation: a call they cover is not
// botocore's to judge. The module's own count whatever they name; those of
// other modules of the program only when they name a service
// (provide-client-params.sts.GetCallerIdentity): a handler for every
// service's calls is a framework's hook on its own session (the AWS CLI's
// binary format), not a change of the calls of the modules that do not
// register it.
func (m *Model) ParamEvents() []string {
	m.Depend(DepEvents, "")
	m.mu.Lock()
	defer m.mu.Unlock()
	out := append([]string(nil), m.index().events...)
	if m.prog != nil {
		for _, k := range m.prog.Mentioning(eventsName) {
			if k == m.key {
				continue
			}
			if s := m.prog.Summary(k); s != nil {
				for _, ev := range s.Events {
					if strings.Count(ev, ".") >= 1 && !strings.HasSuffix(ev, ".*") && ev != "*" {
						out = append(out, ev)
					}
				}
			}
		}
	}
	return out
}

// eventsName is the name under which Mentioning lists the modules that
// register parameter events.
const eventsName = "<param-events>"

// onReceiver reports whether an attribute is spelled on the receiver of
// the method it is in (self.x): such stores are the class's own.
func onReceiver(attr syntax.Node) bool {
	obj := syntax.Unparen(attr.ChildByField(syntax.FieldObject))
	if !obj.Is(syntax.KindIdentifier) {
		return false
	}
	def := methodOf(attr)
	return def.Valid() && firstParameter(def) == obj.Text()
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

func lineOf(m *Model, n syntax.Node) string {
	return strconv.Itoa(m.Tree.Lines().Line(n.Start()) + 1)
}

// storeTargets returns the targets an assignment's left side writes,
// looking into tuple and list patterns.
func storeTargets(left syntax.Node) []syntax.Node {
	left = syntax.Unparen(left)
	switch left.Kind() {
	case syntax.KindPatternList, syntax.KindTuplePattern, syntax.KindListPattern, syntax.KindTuple, syntax.KindList, syntax.KindExpressionList:
		var out []syntax.Node
		for c := range left.Args() {
			out = append(out, storeTargets(c)...)
		}
		return out
	case syntax.KindListSplatPattern, syntax.KindListSplat:
		return storeTargets(left.NamedChild(0))
	}
	return []syntax.Node{left}
}

// The live module's side of moduleView.

func (m *Model) moduleKey() string { return m.key }

func (m *Model) global(name string) *Expr {
	bs := m.Module.Bindings[name]
	if len(bs) == 0 {
		return nil
	}
	return m.bindingsExpr(m.Module, name, bs)
}

func (m *Model) function(qual string) *FuncInfo {
	if def := m.defByQual(qual); def.Is(syntax.KindFunctionDefinition) {
		return m.funcInfo(def)
	}
	return nil
}

func (m *Model) class(qual string) *ClassInfo {
	if cls := m.defByQual(qual); cls.Is(syntax.KindClassDefinition) {
		return m.classInfo(cls)
	}
	return nil
}

func (m *Model) sites(name string) []*CallSite {
	ix := m.index()
	if out, ok := ix.bySites[name]; ok {
		return out
	}
	var out []*CallSite
	defer func() { ix.bySites[name] = out }()
	collect := func(key string) {
		for _, i := range ix.sites[key] {
			out = append(out, m.callSite(m.Tree.At(int(i))))
		}
	}
	collect(name)
	for _, alias := range ix.aliases[name] {
		collect(alias)
	}
	return out
}

func (m *Model) callSite(call syntax.Node) *CallSite {
	ix := m.index()
	if s, ok := ix.siteMemo[int32(call.Index())]; ok {
		return s
	}
	s := &CallSite{Fn: m.enclosingQual(call), Callee: m.exprOf(call.ChildByField(syntax.FieldFunction)),
		Args: m.lowerArgs(call), Line: m.Tree.Lines().Line(call.Start()) + 1}
	ix.siteMemo[int32(call.Index())] = s
	return s
}

// enclosingQual returns the qualname of the function holding n, "" at
// module level.
func (m *Model) enclosingQual(n syntax.Node) string {
	if def := EnclosingFunction(n); def.Valid() {
		return m.qualOf(def)
	}
	return ""
}

func (m *Model) stores(attr string) []*AttrStore {
	ix := m.index()
	if out, ok := ix.byStores[attr]; ok {
		return out
	}
	var out []*AttrStore
	defer func() { ix.byStores[attr] = out }()
	for _, i := range ix.stores[attr] {
		n := m.Tree.At(int(i))
		fn := m.enclosingQual(n)
		line := m.Tree.Lines().Line(n.Start()) + 1
		if n.Is(syntax.KindCall) {
			obj, _ := syntax.PositionalArgument(n, 0)
			val, ok := syntax.PositionalArgument(n, 2)
			x := unknownExpr
			if ok {
				x = m.exprOf(val)
			}
			out = append(out, &AttrStore{Fn: fn, Attr: attr, Recv: m.exprOf(obj), X: x, Line: line})
			continue
		}
		left := syntax.Unparen(n.ChildByField(syntax.FieldLeft))
		targets := storeTargets(left)
		var values []syntax.Node
		if n.Is(syntax.KindAssignment) {
			right := syntax.Unparen(n.ChildByField(syntax.FieldRight))
			if len(targets) == 1 {
				values = []syntax.Node{right}
			} else if right.Is(syntax.KindTuple) || right.Is(syntax.KindList) || right.Is(syntax.KindExpressionList) {
				for c := range right.Args() {
					values = append(values, c)
				}
			}
		}
		for j, t := range targets {
			if !t.Is(syntax.KindAttribute) || !t.ChildByField(syntax.FieldAttribute).TextIs(attr) {
				continue
			}
			recv := m.exprOf(t.ChildByField(syntax.FieldObject))
			if recv.Op == exprSelf {
				// Recorded as the class's own (ClassInfo.Self).
				continue
			}
			x := unknownBecause("assigned by unpacking, a loop or an augmented assignment")
			if len(values) == len(targets) {
				x = m.exprOf(values[j])
			}
			out = append(out, &AttrStore{Fn: fn, Attr: attr, Recv: recv, X: x, Line: line})
		}
	}
	return out
}

func (m *Model) refs(name string) []*Ref {
	ix := m.index()
	if out, ok := ix.byRefs[name]; ok {
		return out
	}
	var out []*Ref
	defer func() { ix.byRefs[name] = out }()
	for _, i := range ix.refs[name] {
		n := m.Tree.At(int(i))
		out = append(out, &Ref{Fn: m.enclosingQual(n), X: m.exprOf(n), Line: m.Tree.Lines().Line(n.Start()) + 1})
	}
	return out
}

func (m *Model) subclassesNamed(name string) []string {
	ix := m.index()
	var out []string
	for _, i := range ix.bases[name] {
		out = append(out, m.qualOf(m.Tree.At(int(i))))
	}
	return out
}

func (m *Model) dynamic() string { return m.index().dynamic }
