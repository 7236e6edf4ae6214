package semantic

import (
	"bytes"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// Dependencies: what resolution and the rules read of the file beyond the
// top-level statement they look at, and what each top-level statement
// provides. The incremental checker reuses the findings of unchanged
// statements only while no fact the file's findings read is one an edited
// statement changed (see analysis.Runner.CheckIncremental).

// DepKind is a kind of fact of a module.
type DepKind uint8

const (
	DepGlobal   DepKind = iota // the bindings of module-level name Name
	DepSig                     // the function or class with qualname Name: a function's parameters, decorators and receiver; a class's bases and whether its attributes are dynamic
	DepReturns                 // what the function with qualname Name returns (its return expressions, whether it is a generator or a forwarding decorator)
	DepAttr                    // the class attribute and the self assignments of attribute Name ("C.x") of a class
	DepSites                   // the calls whose callee's last name is Name
	DepRefs                    // the uses as a value of names with last name Name
	DepStores                  // the assignments to attributes Name of objects other than a method's receiver
	DepBases                   // the classes with a base whose last name is Name
	DepImport                  // what import Name of Module reaches (another module's)
	DepBound                   // the bindings of Name in any scope
	DepUse                     // the reads of the name Name anywhere
	DepAssigned                // the assignments to attributes Name of any object
	DepEvents                  // the parameter events registered (ParamEvents)
	DepGuard                   // the `if __name__ == "__main__":` block
	DepHeader                  // the module docstring and the top-level imports (where a fix adds an import)
)

// Dep is one fact of a module that something read. Module is "" for the
// file being checked.
type Dep struct {
	Kind   DepKind
	Module string
	Name   string
}

// depSet collects the facts of its own module a model's resolutions and
// rules read, by the unit (top-level statement) whose check read them, so
// that an edit of one statement is weighed against what the others read,
// not against what it read itself. What one unit's check computed and
// another reuses (the evaluator's memos and caches) carries the facts it
// read, and reusing it records them again for the unit reusing it.
type depSet struct {
	byUnit map[int32]map[Dep]bool // FileUnit: read for the whole file
	unit   int32                  // the unit being checked
	off    bool                   // UnitFacts is reading, not a rule
	// untracked: nothing is recorded (Untrack).
	untracked bool
	// stack collects, for each memoized computation in progress, the
	// facts it reads (see evaluator.track).
	stack [][]Dep
}

// FileUnit is the unit of what is read for the whole file: by shared
// results and by the lowering of names, which every statement uses.
// RerunUnit is that of what the rules that check the whole file at every
// check read (their findings are never kept, so what they read does not
// matter to an edit).
const (
	FileUnit  = -1
	RerunUnit = -2
)

// Untrack stops the recording of dependencies, for a model whose check
// will not be the base of an incremental one.
func (m *Model) Untrack() {
	m.depMu.Lock()
	m.deps.untracked = true
	m.depMu.Unlock()
}

// SetDepUnit makes unit u (an index in the file's top-level statements,
// or FileUnit) the one whose reads are recorded from now on.
func (m *Model) SetDepUnit(u int) {
	m.depMu.Lock()
	m.deps.unit = int32(u)
	m.depMu.Unlock()
}

// DepUnit returns the unit whose reads are being recorded.
func (m *Model) DepUnit() int {
	m.depMu.Lock()
	defer m.depMu.Unlock()
	return int(m.deps.unit)
}

// recordDep notes that something read fact d of the file. Facts of other
// modules are not recorded: when the program changes, files are checked
// in full.
func (m *Model) recordDep(kind DepKind, mod, name string) {
	if mod != "" && mod != m.key {
		return
	}
	m.depMu.Lock()
	m.addDepLocked(m.deps.unit, Dep{Kind: kind, Name: name})
	m.depMu.Unlock()
}

// recordFileDep notes a read for the whole file.
func (m *Model) recordFileDep(kind DepKind, name string) {
	m.depMu.Lock()
	m.addDepLocked(FileUnit, Dep{Kind: kind, Name: name})
	m.depMu.Unlock()
}

func (m *Model) addDepLocked(unit int32, d Dep) {
	if m.deps.off || m.deps.untracked {
		return
	}
	if m.deps.byUnit == nil {
		m.deps.byUnit = map[int32]map[Dep]bool{}
	}
	set := m.deps.byUnit[unit]
	if set == nil {
		set = map[Dep]bool{}
		m.deps.byUnit[unit] = set
	}
	set[d] = true
	if n := len(m.deps.stack); n > 0 {
		m.deps.stack[n-1] = append(m.deps.stack[n-1], d)
	}
}

// beginTrack starts collecting the facts a computation reads.
func (m *Model) beginTrack() {
	if m.deps.untracked {
		return
	}
	m.depMu.Lock()
	m.deps.stack = append(m.deps.stack, nil)
	m.depMu.Unlock()
}

// endTrack ends the innermost collection and returns its facts, which the
// enclosing one (if any) gets too.
func (m *Model) endTrack() []Dep {
	if m.deps.untracked {
		return nil
	}
	m.depMu.Lock()
	defer m.depMu.Unlock()
	n := len(m.deps.stack)
	if n == 0 {
		return nil
	}
	ds := m.deps.stack[n-1]
	m.deps.stack = m.deps.stack[:n-1]
	if len(ds) > 1 {
		slices.SortFunc(ds, func(a, b Dep) int {
			if a.Kind != b.Kind {
				return int(a.Kind) - int(b.Kind)
			}
			return strings.Compare(a.Name, b.Name)
		})
		ds = slices.Clip(slices.Compact(ds))
	}
	if n > 1 {
		m.deps.stack[n-2] = append(m.deps.stack[n-2], ds...)
	}
	return ds
}

// replayDeps records again, for the unit being checked, the facts a
// reused computation read.
func (m *Model) replayDeps(ds []Dep) {
	if len(ds) == 0 {
		return
	}
	m.depMu.Lock()
	for _, d := range ds {
		m.addDepLocked(m.deps.unit, d)
	}
	m.depMu.Unlock()
}

// Depend records that a rule read fact d of the file beyond the statement
// it checks.
func (m *Model) Depend(kind DepKind, name string) { m.recordDep(kind, "", name) }

// Deps returns the facts of the file read so far, by any unit.
func (m *Model) Deps() map[Dep]bool {
	m.depMu.Lock()
	defer m.depMu.Unlock()
	out := map[Dep]bool{}
	for _, set := range m.deps.byUnit {
		for d := range set {
			out[d] = true
		}
	}
	return out
}

// UnitDeps returns the facts of the file read so far, by unit (FileUnit
// for the whole file).
func (m *Model) UnitDeps() map[int]map[Dep]bool {
	m.depMu.Lock()
	defer m.depMu.Unlock()
	out := make(map[int]map[Dep]bool, len(m.deps.byUnit))
	for u, set := range m.deps.byUnit {
		c := make(map[Dep]bool, len(set))
		for d := range set {
			c[d] = true
		}
		out[int(u)] = c
	}
	return out
}

// BindingsAnywhere returns the bindings of name in every scope of the file.
func (m *Model) BindingsAnywhere(name string) []*Binding {
	m.Depend(DepBound, name)
	var out []*Binding
	for _, s := range m.Scopes() {
		out = append(out, s.Bindings[name]...)
	}
	return out
}

// ModuleImports returns the import bindings at module level, and whether
// the module has a wildcard import (which may bind any name).
func (m *Model) ModuleImports() (bs []*Binding, wildcard bool) {
	m.Depend(DepGlobal, "<imports>")
	for _, b := range m.Module.Order {
		if b.Kind == BindImport {
			bs = append(bs, b)
		}
	}
	for range m.Tree.OfKinds(wildcardKinds) {
		wildcard = true
		break
	}
	return bs, wildcard
}

var wildcardKinds = syntax.NewKinds(syntax.KindWildcardImport)

var identifierKinds = syntax.NewKinds(syntax.KindIdentifier)

// Reads returns the identifiers of the file named name that read a value:
// not keyword names in calls, not attribute names.
func (m *Model) Reads(name string) []syntax.Node {
	m.Depend(DepUse, name)
	m.readsOnce.Do(func() {
		m.reads = map[string][]syntax.Node{}
		for id := range m.Tree.OfKinds(identifierKinds) {
			if isRead(id) {
				m.reads[id.Text()] = append(m.reads[id.Text()], id)
			}
		}
	})
	return m.reads[name]
}

func isRead(id syntax.Node) bool {
	parent := id.Parent()
	switch {
	case parent.Is(syntax.KindKeywordArgument) && id.Field() == syntax.FieldName,
		parent.Is(syntax.KindAttribute) && id.Field() == syntax.FieldAttribute:
		return false
	}
	return true
}

// CallsNamed returns the calls of the file whose callee's last name is
// name.
func (m *Model) CallsNamed(name string) []syntax.Node {
	m.Depend(DepSites, name)
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []syntax.Node
	for _, i := range m.index().sites[name] {
		out = append(out, m.Tree.At(int(i)))
	}
	return out
}

// AttributeAssigned reports whether the file sets an attribute of this name
// on anything: obj.name = ..., obj.name += ..., for obj.name in ...,
// setattr(obj, "name", ...). Such a name may be a mock or a wrapper put on
// a client, so the model says nothing about it.
func (m *Model) AttributeAssigned(name string) bool {
	m.Depend(DepAssigned, name)
	m.assignedOnce.Do(func() { m.assigned = assignedAttributes(m) })
	return m.assigned[name]
}

var assignKinds = syntax.NewKinds(syntax.KindAttribute, syntax.KindCall)

func assignedAttributes(m *Model) map[string]bool {
	set := map[string]bool{}
	for n := range m.Tree.OfKinds(assignKinds) {
		if name, ok := assignedName(m, n); ok {
			set[name] = true
		}
	}
	return set
}

// assignedName returns the attribute name a node assigns: an attribute in a
// store position, or the literal name of a setattr call.
func assignedName(m *Model, n syntax.Node) (string, bool) {
	switch n.Kind() {
	case syntax.KindAttribute:
		if IsStoreTarget(n) {
			return n.ChildByField(syntax.FieldAttribute).Text(), true
		}
	case syntax.KindCall:
		fn := syntax.Unparen(n.ChildByField(syntax.FieldFunction))
		if !fn.Is(syntax.KindIdentifier) || !fn.TextIs("setattr") || len(m.Lookup("setattr", fn)) > 0 {
			return "", false
		}
		if arg, ok := syntax.PositionalArgument(n, 1); ok {
			if s, ok := syntax.StringValue(arg); ok {
				return s, true
			}
		}
	}
	return "", false
}

var storeContainers = map[syntax.Kind]bool{
	syntax.KindPatternList: true, syntax.KindTuplePattern: true, syntax.KindListPattern: true,
	syntax.KindTuple: true, syntax.KindList: true, syntax.KindParenthesizedExpr: true,
	syntax.KindExpressionList: true,
}

// IsStoreTarget reports whether an attribute node is written rather than
// read: an assignment target (c.x = ..., c.x += ..., a, c.x = ...), a for
// target or a del.
func IsStoreTarget(n syntax.Node) bool {
	cur := n
	for storeContainers[cur.Parent().Kind()] {
		cur = cur.Parent()
	}
	parent := cur.Parent()
	switch parent.Kind() {
	case syntax.KindAssignment, syntax.KindAugmentedAssignment, syntax.KindForStatement:
		return cur.Field() == syntax.FieldLeft
	case syntax.KindDeleteStatement:
		return true
	}
	return false
}

// UnitFacts returns what a top-level statement of the file provides, by
// fact, in a form that compares equal exactly when the fact is the same:
// the module-level names it binds, the functions and classes it defines,
// its calls, value uses, attribute stores and class bases by name, the
// names it binds in any scope and reads, and its parameter events and
// main guard. Positions are left out (an edit before a statement moves it
// without changing its facts).
func UnitFacts(m *Model, unit syntax.Node) map[Dep]string {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.depMu.Lock()
	off := m.deps.off
	m.deps.off = true
	m.depMu.Unlock()
	defer func() {
		m.depMu.Lock()
		m.deps.off = off
		m.depMu.Unlock()
	}()
	f := &factWriter{m: m, out: map[Dep]*bytes.Buffer{}, ids: map[*Expr]int{}}
	lo, hi := unit.Index(), int(subtreeEnd(unit))
	in := func(n syntax.Node) bool { return n.Index() >= lo && n.Index() < hi }
	for _, b := range m.Module.Order {
		if in(b.Target) {
			w := f.buf(Dep{Kind: DepGlobal, Name: b.Name})
			f.expr(w, m.bindingExpr(b))
			f.buf(Dep{Kind: DepBound, Name: b.Name}).WriteString(strconv.Itoa(int(b.Kind)) + b.Qualified + ";")
			if b.Kind == BindImport {
				f.buf(Dep{Kind: DepGlobal, Name: "<imports>"}).WriteString(b.Name + "=" + b.Qualified + ";")
			}
		}
	}
	for n := range m.Tree.Range(lo, hi) {
		switch n.Kind() {
		case syntax.KindFunctionDefinition:
			f.function(m.body(m.funcInfo(n)))
		case syntax.KindClassDefinition:
			f.class(m.classInfo(n))
		case syntax.KindCall:
			fn := syntax.Unparen(n.ChildByField(syntax.FieldFunction))
			name := ""
			switch fn.Kind() {
			case syntax.KindIdentifier:
				name = fn.Text()
			case syntax.KindAttribute:
				name = fn.ChildByField(syntax.FieldAttribute).Text()
			}
			if name != "" {
				s := m.callSite(n)
				w := f.buf(Dep{Kind: DepSites, Name: name})
				w.WriteString(s.Fn + "(")
				f.expr(w, s.Callee)
				f.args(w, s.Args)
				w.WriteString(")")
				if def := methodOf(n); def.Valid() && fn.Is(syntax.KindIdentifier) && firstParameter(def) == name {
					f.buf(Dep{Kind: DepSites, Name: "<recv>"}).WriteString("1")
				}
			}
			if ev, ok := paramEvent(n, name); ok {
				f.buf(Dep{Kind: DepEvents}).WriteString(ev + ";")
			}
		case syntax.KindIdentifier:
			if isRead(n) {
				f.buf(Dep{Kind: DepUse, Name: n.Text()}).WriteByte('.')
			}
		case syntax.KindIfStatement:
			if n.Parent().Is(syntax.KindModule) && isMainGuard(n) {
				f.buf(Dep{Kind: DepGuard}).Write(n.Bytes())
			}
		case syntax.KindImportStatement, syntax.KindImportFromStatement, syntax.KindFutureImportStatement:
			if n.Parent().Is(syntax.KindModule) {
				f.buf(Dep{Kind: DepHeader}).Write(n.Bytes())
			}
		case syntax.KindExpressionStatement:
			if n.Parent().Is(syntax.KindModule) && syntax.IsStringLiteral(n.NamedChild(0)) {
				f.buf(Dep{Kind: DepHeader}).Write(n.Bytes())
			}
		}
		if n.Is(syntax.KindAttribute) || n.Is(syntax.KindCall) {
			if name, ok := assignedName(m, n); ok {
				f.buf(Dep{Kind: DepAssigned, Name: name}).WriteByte('.')
			}
		}
		// An element stored into a module-level container is part of the
		// container's value.
		if obj, value := storeInto(n); obj.Is(syntax.KindIdentifier) {
			if s, _ := m.lookupScope(obj.Text(), obj); s == m.Module {
				f.expr(f.buf(Dep{Kind: DepGlobal, Name: obj.Text()}), value(m))
			}
		}
	}
	ix := m.index()
	for name, idx := range ix.stores {
		for _, i := range idx {
			if int(i) >= lo && int(i) < hi {
				w := f.buf(Dep{Kind: DepStores, Name: name})
				for _, st := range m.stores(name) {
					w.WriteString(st.Fn)
					f.expr(w, st.Recv)
					f.expr(w, st.X)
				}
				break
			}
		}
	}
	for name, idx := range ix.refs {
		for _, i := range idx {
			if int(i) >= lo && int(i) < hi {
				f.expr(f.buf(Dep{Kind: DepRefs, Name: name}), m.exprOf(m.Tree.At(int(i))))
			}
		}
	}
	for name, idx := range ix.bases {
		for _, i := range idx {
			if int(i) >= lo && int(i) < hi {
				f.buf(Dep{Kind: DepBases, Name: name}).WriteString(m.qualOf(m.Tree.At(int(i))) + ";")
			}
		}
	}
	for _, s := range m.scopes {
		if int(s.begin) < lo || int(s.begin) >= hi {
			continue
		}
		m.ensure(s)
		for _, b := range s.Order {
			w := f.buf(Dep{Kind: DepBound, Name: b.Name})
			w.WriteString(strconv.Itoa(int(b.Kind)) + b.Qualified + ";")
		}
	}
	out := make(map[Dep]string, len(f.out))
	for d, b := range f.out {
		out[d] = b.String()
	}
	return out
}

// isMainGuard reports whether an if statement is `if __name__ == "__main__":`.
func isMainGuard(n syntax.Node) bool {
	c := syntax.Unparen(n.ChildByField(syntax.FieldCondition))
	if !c.Is(syntax.KindComparisonOperator) || c.NamedChildCount() != 2 {
		return false
	}
	a, b := syntax.Unparen(c.NamedChild(0)), syntax.Unparen(c.NamedChild(1))
	s, ok := syntax.StringValue(b)
	return a.TextIs("__name__") && ok && s == "__main__"
}

// factWriter renders facts: expressions as a canonical preorder in which a
// shared subexpression is written once and then referred to by number.
type factWriter struct {
	m   *Model
	out map[Dep]*bytes.Buffer
	ids map[*Expr]int
}

func (f *factWriter) buf(d Dep) *bytes.Buffer {
	b := f.out[d]
	if b == nil {
		b = &bytes.Buffer{}
		f.out[d] = b
	}
	return b
}

func (f *factWriter) expr(w *bytes.Buffer, e *Expr) {
	if e == nil {
		w.WriteString("_")
		return
	}
	if id, ok := f.ids[e]; ok {
		w.WriteString("#" + strconv.Itoa(id))
		return
	}
	f.ids[e] = len(f.ids)
	w.WriteString("(" + strconv.Itoa(int(e.Op)) + " " + strconv.Quote(e.Name) + " " + e.Fn)
	if e.Val != nil {
		v := e.Val
		w.WriteString(" v" + strconv.Itoa(int(v.Kind)) + "/" + strconv.Itoa(int(v.Via)) + "/" + v.Service + "/" + v.Type + "/" + strconv.Quote(v.Name))
	}
	if x := f.m.localOf(e); x != nil {
		w.WriteString(" x")
		f.expr(w, x)
	}
	f.args(w, f.m.argsOf(e))
	for _, a := range e.Alts {
		w.WriteString(" ")
		f.expr(w, a)
	}
	w.WriteString(")")
}

func (f *factWriter) args(w *bytes.Buffer, args []Arg) {
	for _, a := range args {
		w.WriteString(" a" + a.Name + strconv.Itoa(int(a.Splat)) + "=")
		f.expr(w, a.X)
	}
}

func (f *factWriter) function(fi *FuncInfo) {
	w := f.buf(Dep{Kind: DepSig, Name: fi.Qual})
	w.WriteString(fi.Class + "|" + strconv.Itoa(int(fi.Recv)) + "|" + strconv.FormatBool(fi.Property) + "|" + fi.Opaque + "|")
	for _, p := range fi.Params {
		w.WriteString(p.Name + strconv.Itoa(int(p.Kind)) + "=")
		f.expr(w, p.Default)
	}
	w.WriteString("|")
	for i, d := range fi.Decorators {
		w.WriteString(fi.DecoratorNames[i])
		f.expr(w, d)
	}
	r := f.buf(Dep{Kind: DepReturns, Name: fi.Qual})
	r.WriteString(strconv.FormatBool(fi.Generator) + "|" + strconv.FormatBool(fi.Forwards) + "|")
	for _, x := range fi.Returns {
		f.expr(r, x)
	}
}

func (f *factWriter) class(ci *ClassInfo) {
	w := f.buf(Dep{Kind: DepSig, Name: ci.Qual})
	w.WriteString(ci.Dynamic + "|")
	for _, b := range ci.Bases {
		f.expr(w, b)
	}
	for n, x := range ci.Attrs {
		f.expr(f.buf(Dep{Kind: DepAttr, Name: ci.Qual + "." + n}), x)
	}
	names := make([]string, 0, len(ci.Self))
	for n := range ci.Self {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := f.buf(Dep{Kind: DepAttr, Name: ci.Qual + "." + n})
		a.WriteString("|self=")
		for _, st := range ci.Self[n] {
			a.WriteString(st.Fn + strconv.FormatBool(st.Elem))
			f.expr(a, st.X)
		}
	}
}
