package semantic

import (
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// Lowering: the expressions (Expr) of the file being checked, built from
// its syntax tree and scopes on demand, and what the evaluator reads of
// the module as a whole (its functions, classes, call sites, attribute
// stores and references), the live side of moduleView. Everything here
// runs with Model.mu held.

// lowering marks a node whose expression is being built, to end cycles
// (a = b; b = a).
var lowering = &Expr{Op: exprUnknown, Name: "refers to itself"}

// exprOf returns the expression of node n, built once.
func (m *Model) exprOf(n syntax.Node) *Expr {
	n = syntax.Unparen(n)
	if !n.Valid() {
		return unknownExpr
	}
	c, local := n.ChunkKey()
	slot := m.exprSlot(c, local)
	if e := *slot; e != nil {
		return e
	}
	*slot = lowering
	e := m.lowerNode(n)
	*m.exprSlot(c, local) = e
	return e
}

func (m *Model) exprSlot(c, local int) **Expr {
	if m.lc.exprs == nil {
		m.lc.exprs = make([][]*Expr, m.Tree.ChunkCount()+1)
	}
	if m.lc.exprs[c+1] == nil {
		size := 1
		if c >= 0 {
			size = m.Tree.ChunkLen(c)
		}
		m.lc.exprs[c+1] = make([]*Expr, size)
	}
	return &m.lc.exprs[c+1][local]
}

func (m *Model) lowerNode(n syntax.Node) *Expr {
	switch n.Kind() {
	case syntax.KindIdentifier:
		return m.nameExpr(n)
	case syntax.KindAttribute:
		return &Expr{Op: exprAttr, X: m.exprOf(n.ChildByField(syntax.FieldObject)), Name: n.ChildByField(syntax.FieldAttribute).Text(), lv: liveAt(n)}
	case syntax.KindCall:
		return m.callExpr(n)
	case syntax.KindString, syntax.KindConcatenatedString:
		if s, ok := syntax.StringValue(n); ok {
			return constExpr(Value{Kind: String, Name: s, Origin: n}, n)
		}
		return unknownBecause("a formatted string")
	case syntax.KindNone:
		return constExpr(Value{Kind: None, Origin: n}, n)
	case syntax.KindSubscript:
		return &Expr{Op: exprIndex, X: m.exprOf(n.ChildByField(syntax.FieldValue)), lv: liveAt(n)}
	case syntax.KindList, syntax.KindSet, syntax.KindTuple, syntax.KindExpressionList:
		e := &Expr{Op: exprList, lv: liveAt(n)}
		for el := range n.Args() {
			if el.Is(syntax.KindListSplat) {
				e.Alts = append(e.Alts, &Expr{Op: exprElem, X: m.exprOf(el.NamedChild(0))})
				continue
			}
			e.Alts = append(e.Alts, m.exprOf(el))
		}
		return e
	case syntax.KindDictionary:
		e := &Expr{Op: exprList, lv: liveAt(n)}
		for el := range n.Args() {
			if el.Is(syntax.KindPair) {
				e.Alts = append(e.Alts, m.exprOf(el.ChildByField(syntax.FieldValue)))
			} else {
				e.Alts = append(e.Alts, unknownBecause("a ** splat in a dict"))
			}
		}
		return e
	case syntax.KindListComprehension, syntax.KindSetComprehension, syntax.KindGeneratorExpression:
		return &Expr{Op: exprList, Alts: []*Expr{m.exprOf(n.ChildByField(syntax.FieldBody))}, lv: liveAt(n)}
	case syntax.KindDictComprehension:
		body := n.ChildByField(syntax.FieldBody)
		return &Expr{Op: exprList, Alts: []*Expr{m.exprOf(body.ChildByField(syntax.FieldValue))}, lv: liveAt(n)}
	case syntax.KindConditionalExpression:
		return &Expr{Op: exprCond, X: m.testExpr(n.NamedChild(1)), Alts: []*Expr{m.exprOf(n.NamedChild(0)), m.exprOf(n.NamedChild(2))}, lv: liveAt(n)}
	case syntax.KindBooleanOperator:
		if op := n.ChildByField(syntax.FieldOperator); op.Is(syntax.TokenOr) {
			// client or boto3.client("s3"): None on the left is skipped.
			return &Expr{Op: exprAgree, Alts: []*Expr{m.exprOf(n.ChildByField(syntax.FieldLeft)), m.exprOf(n.ChildByField(syntax.FieldRight))}, lv: liveAt(n)}
		}
		return unknownExpr
	case syntax.KindAwait:
		return m.exprOf(n.NamedChild(0))
	case syntax.KindAssignment:
		// The value of a = b = expr as seen by a.
		return m.exprOf(n.ChildByField(syntax.FieldRight))
	case syntax.KindNamedExpression:
		return m.exprOf(n.ChildByField(syntax.FieldValue))
	}
	return unknownExpr
}

func (m *Model) callExpr(n syntax.Node) *Expr {
	fn := syntax.Unparen(n.ChildByField(syntax.FieldFunction))
	if fn.Is(syntax.KindIdentifier) && fn.TextIs("super") && len(m.Lookup("super", fn)) == 0 {
		def := methodOf(n)
		if !def.Valid() {
			return unknownBecause("super() outside a method")
		}
		args := syntax.CallArguments(n)
		switch {
		case len(args) == 0:
			return &Expr{Op: exprSuper, Fn: m.qualOf(def), lv: liveAt(n)}
		case len(args) == 2 && args[0].Positional() && args[1].Positional() &&
			syntax.Unparen(args[0].Value).TextIs(EnclosingClass(def).ChildByField(syntax.FieldName).Text()) &&
			syntax.Unparen(args[1].Value).TextIs(firstParameter(def)):
			// super(ThisClass, self): the Python 2 spelling of super().
			return &Expr{Op: exprSuper, Fn: m.qualOf(def), lv: liveAt(n)}
		}
		return unknownBecause("super() with other arguments than the class and the receiver")
	}
	return &Expr{Op: exprCall, X: m.exprOf(fn), lv: &liveExpr{node: n, lazyArgs: true}}
}

// argsOf returns the arguments of a call expression, lowering those of a
// live call on first use.
func (m *Model) argsOf(e *Expr) []Arg {
	if e.lv != nil && e.lv.lazyArgs {
		e.Args, e.lv.lazyArgs = m.lowerArgs(e.lv.node), false
	}
	return e.Args
}

// methodOf returns the method whose body holds n, looking through nested
// lambdas and comprehensions but not nested defs.
func methodOf(n syntax.Node) syntax.Node {
	def := EnclosingFunction(n)
	if def.Valid() && EnclosingClass(def).Valid() {
		return def
	}
	return syntax.Node{}
}

func (m *Model) lowerArgs(call syntax.Node) []Arg {
	args := syntax.CallArguments(call)
	if len(args) == 0 {
		return nil
	}
	out := make([]Arg, len(args))
	for i, a := range args {
		out[i] = Arg{Name: a.Name, Splat: uint8(a.Splat), X: m.exprOf(a.Value)}
	}
	return out
}

// lookupScope is Lookup that also returns the scope the bindings are in. A
// lookup that reaches the module (whether or not the name is bound there)
// depends on the module's bindings of the name.
func (m *Model) lookupScope(name string, at syntax.Node) (*Scope, []*Binding) {
	s := m.ScopeOf(at)
	first := true
	for ; s != nil; s = s.Parent {
		if s.Kind == ClassScope && !first {
			continue
		}
		first = false
		if s.globals[name] {
			m.recordFileDep(DepGlobal, name)
			return m.Module, m.Module.Bindings[name]
		}
		if s.nonlocals[name] {
			continue
		}
		if s.Kind == ModuleScope {
			// Lowerings are shared by every statement: for the file.
			m.recordFileDep(DepGlobal, name)
		}
		if bs, ok := s.Bindings[name]; ok {
			return s, bs
		}
	}
	return nil, nil
}

func (m *Model) nameExpr(id syntax.Node) *Expr { return m.nameIn(id.Text(), id, id) }

// nameIn returns the expression of a name as seen at node at; id is the
// identifier, when there is one.
func (m *Model) nameIn(name string, at, id syntax.Node) *Expr {
	s, bs := m.lookupScope(name, at)
	if len(bs) == 0 {
		if builtins[name] {
			return constExpr(Value{Kind: Symbol, Name: "builtins." + name, Origin: id}, id)
		}
		return unknownBecause("`" + name + "` is not defined in this file")
	}
	if s.Kind == ModuleScope {
		return &Expr{Op: exprGlobal, Name: name, lv: liveAt(id)}
	}
	if s.Kind == FunctionScope {
		bs = reaching(s, bs, at)
	}
	if s.Kind == FunctionScope && s.Parent != nil && s.Parent.Kind == ClassScope && firstParameter(s.Node) == name {
		receiver := true
		for _, b := range bs {
			if b.Kind != BindParameter {
				receiver = false
			}
		}
		if receiver {
			return &Expr{Op: exprSelf, Fn: m.qualOf(s.Node), lv: liveAt(id)}
		}
	}
	return &Expr{Op: exprLocal, Name: name, lv: &liveExpr{node: id, local: &localRef{s, bs}}}
}

// localOf returns what a local name's expression refers to, lowering it on
// first use; for other expressions, X.
func (m *Model) localOf(e *Expr) *Expr {
	if e.lv != nil && e.lv.local != nil && e.X == nil {
		e.X = m.bindingsExpr(e.lv.local.s, e.Name, e.lv.local.bs)
	}
	return e.X
}

// reaching drops, from the bindings of a local name of function scope s,
// those that cannot reach a use at node at in the same function: bindings
// after it in the text, unless a loop holds both. (A use in a nested def
// may run after any of them, and keeps them all.)
func reaching(s *Scope, bs []*Binding, at syntax.Node) []*Binding {
	if len(bs) < 2 || len(bs) > 64 || !EnclosingFunction(at).Equal(s.Node) {
		return bs
	}
	out := bs
	for i, b := range bs {
		if b.Kind == BindParameter || b.Target.Start() < at.Start() || inOneLoop(b.Target, at, s.Node) {
			if len(out) < len(bs) {
				out = append(out, b)
			}
			continue
		}
		if len(out) == len(bs) {
			out = append([]*Binding(nil), bs[:i]...)
		}
	}
	return out
}

// inOneLoop reports whether a for or while loop of function def holds
// both a and b.
func inOneLoop(a, b, def syntax.Node) bool {
	for p := range a.Ancestors() {
		if p.Equal(def) {
			return false
		}
		if (p.Is(syntax.KindForStatement) || p.Is(syntax.KindWhileStatement)) && p.Contains(b) {
			return true
		}
	}
	return false
}

// bindingsExpr is the common value of the bindings of a name in scope s,
// with the elements stored into it when it holds a container.
func (m *Model) bindingsExpr(s *Scope, name string, bs []*Binding) *Expr {
	k := scopeName{s, name, subset(s, name, bs)}
	if e, ok := m.lc.named[k]; ok {
		return e
	}
	if m.lc.named == nil {
		m.lc.named = map[scopeName]*Expr{}
	}
	m.lc.named[k] = lowering
	e := m.lowerBindings(s, name, bs)
	m.lc.named[k] = e
	return e
}

// subset numbers which of the bindings of name in s a list holds (0: all).
func subset(s *Scope, name string, bs []*Binding) uint64 {
	all := s.Bindings[name]
	if len(bs) == len(all) {
		return 0
	}
	var mask uint64
	j := 0
	for i, b := range all {
		if j < len(bs) && bs[j] == b {
			mask |= 1 << uint(i)
			j++
		}
	}
	return mask
}

func (m *Model) lowerBindings(s *Scope, name string, bs []*Binding) *Expr {
	var e *Expr
	if len(bs) == 1 {
		e = m.bindingExpr(bs[0])
	} else {
		e = &Expr{Op: exprAgree, Alts: make([]*Expr, len(bs))}
		for i, b := range bs {
			e.Alts[i] = m.bindingExpr(b)
		}
	}
	if holdsContainer(e) {
		if stores := m.elementStores(s, name); len(stores) > 0 {
			e = &Expr{Op: exprStored, X: e, Alts: stores}
		}
	}
	return e
}

// holdsContainer reports whether some alternative of e builds a container.
func holdsContainer(e *Expr) bool {
	switch e.Op {
	case exprList:
		return true
	case exprAgree:
		for _, a := range e.Alts {
			if holdsContainer(a) {
				return true
			}
		}
	case exprCall:
		if e.X.Op == exprConst && e.X.Val.Kind == Symbol {
			switch e.X.Val.Name {
			case "builtins.dict", "builtins.list", "builtins.set", "collections.defaultdict", "collections.OrderedDict":
				return true
			}
		}
	}
	return false
}

// bindingExpr returns the expression a binding assigns.
func (m *Model) bindingExpr(b *Binding) *Expr {
	if e, ok := m.lc.bexprs[b]; ok {
		return e
	}
	if m.lc.bexprs == nil {
		m.lc.bexprs = map[*Binding]*Expr{}
	}
	m.lc.bexprs[b] = lowering
	e := m.lowerBinding(b)
	m.lc.bexprs[b] = e
	return e
}

func (m *Model) lowerBinding(b *Binding) *Expr {
	switch b.Kind {
	case BindImport:
		return &Expr{Op: exprImport, Name: b.Qualified, lv: liveAt(b.Target)}
	case BindDef:
		if b.Value.Is(syntax.KindFunctionDefinition) {
			return &Expr{Op: exprDef, Name: m.qualOf(b.Value), lv: liveAt(b.Value)}
		}
		return &Expr{Op: exprClassDef, Name: m.qualOf(b.Value), lv: liveAt(b.Value)}
	case BindParameter:
		if b.Annotation.Valid() {
			if v := m.fromAnnotation(b.Annotation, 0); v.Known() {
				return constExpr(v, b.Annotation)
			}
		}
		if b.Scope == nil || b.Scope.Kind != FunctionScope {
			return unknownBecause("a lambda parameter")
		}
		return &Expr{Op: exprParam, Fn: m.qualOf(b.Scope.Node), Name: b.Name, lv: liveAt(b.Target)}
	case BindAssign, BindWalrus:
		var ann *Expr
		if b.Annotation.Valid() {
			if v := m.fromAnnotation(b.Annotation, 0); v.Known() {
				ann = constExpr(v, b.Annotation)
			}
		}
		switch {
		case !b.Value.Valid():
			if ann != nil {
				return ann
			}
			return unknownBecause("declared without a value")
		case syntax.Unparen(b.Value).Is(syntax.KindNone) && ann != nil:
			return ann
		}
		e := m.exprOf(b.Value)
		if ann != nil {
			return &Expr{Op: exprOrElse, X: e, Alts: []*Expr{ann}}
		}
		return e
	case BindFor:
		return m.forTargetExpr(b)
	case BindWith:
		return &Expr{Op: exprWith, X: m.exprOf(b.Value), lv: liveAt(b.Value)}
	case BindExcept:
		t := syntax.Unparen(b.Value)
		e := &Expr{Op: exprCaught, lv: liveAt(t)}
		if t.Is(syntax.KindTuple) {
			for el := range t.Args() {
				e.Alts = append(e.Alts, m.exprOf(el))
			}
			e.Name = "tuple"
		} else {
			e.Alts = []*Expr{m.exprOf(t)}
		}
		return e
	}
	return unknownBecause("assigned by unpacking or an augmented assignment")
}

// forTargetExpr is what a for loop (or a comprehension's for clause) binds
// to a target: an element of the iterable; for `for k, v in d.items()` and
// `for i, v in enumerate(xs)`, v is an element of d or xs.
func (m *Model) forTargetExpr(b *Binding) *Expr {
	var loop syntax.Node
	for p := range b.Target.Ancestors() {
		if (p.Is(syntax.KindForStatement) || p.Is(syntax.KindForInClause)) && p.ChildByField(syntax.FieldLeft).Contains(b.Target) {
			loop = p
			break
		}
	}
	if !loop.Valid() {
		return unknownExpr
	}
	left := syntax.Unparen(loop.ChildByField(syntax.FieldLeft))
	iterable := syntax.Unparen(loop.ChildByField(syntax.FieldRight))
	if left.Equal(b.Target) {
		return &Expr{Op: exprElem, X: m.exprOf(iterable)}
	}
	if !(left.Is(syntax.KindPatternList) || left.Is(syntax.KindTuplePattern) || left.Is(syntax.KindTuple)) || left.NamedChildCount() != 2 ||
		!left.NamedChild(1).Equal(b.Target) || !iterable.Is(syntax.KindCall) {
		return unknownBecause("unpacked by a for loop")
	}
	fn := syntax.Unparen(iterable.ChildByField(syntax.FieldFunction))
	if recv, method, ok := syntax.MethodCall(iterable); ok && method == "items" && len(syntax.CallArguments(iterable)) == 0 {
		return &Expr{Op: exprElem, X: m.exprOf(recv)}
	}
	if fn.Is(syntax.KindIdentifier) && fn.TextIs("enumerate") && len(m.Lookup("enumerate", fn)) == 0 {
		if arg, ok := syntax.PositionalArgument(iterable, 0); ok {
			return &Expr{Op: exprElem, X: m.exprOf(arg)}
		}
	}
	return unknownBecause("unpacked by a for loop")
}

// containerMethods are the methods that put elements into a list, dict or
// set: the argument holding the element (-1: its elements are added).
var containerMethods = map[string]int{"append": 0, "add": 0, "insert": 1, "setdefault": 1, "extend": -1, "update": -1}

// elementStores returns what the code stores into the container a name
// of scope s holds: x[k] = v, x.append(v), x.setdefault(k, v),
// x.extend(xs) ... anywhere the name refers to that scope's binding.
func (m *Model) elementStores(s *Scope, name string) []*Expr {
	lo, hi := int(s.begin), int(s.end)
	if s.Kind == ModuleScope {
		lo, hi = 0, m.Tree.Len()
	}
	var out []*Expr
	for n := range m.Tree.Range(lo, hi) {
		obj, value := storeInto(n)
		if !obj.Is(syntax.KindIdentifier) || !obj.TextIs(name) {
			continue
		}
		if found, _ := m.lookupScope(name, obj); found != s {
			continue
		}
		out = append(out, value(m))
	}
	return out
}

// storeInto recognizes a store of an element into a container: it returns
// the container expression and a function building the element's
// expression, or a zero node.
func storeInto(n syntax.Node) (syntax.Node, func(*Model) *Expr) {
	switch n.Kind() {
	case syntax.KindAssignment, syntax.KindAugmentedAssignment:
		left := syntax.Unparen(n.ChildByField(syntax.FieldLeft))
		if !left.Is(syntax.KindSubscript) {
			return syntax.Node{}, nil
		}
		obj := syntax.Unparen(left.ChildByField(syntax.FieldValue))
		if n.Is(syntax.KindAugmentedAssignment) {
			return obj, func(*Model) *Expr { return unknownBecause("an element changed in place") }
		}
		right := n.ChildByField(syntax.FieldRight)
		return obj, func(m *Model) *Expr { return m.exprOf(right) }
	case syntax.KindCall:
		recv, method, ok := syntax.MethodCall(n)
		if !ok {
			return syntax.Node{}, nil
		}
		i, ok := containerMethods[method]
		if !ok {
			return syntax.Node{}, nil
		}
		recv = syntax.Unparen(recv)
		if i < 0 {
			arg, ok := syntax.PositionalArgument(n, 0)
			if !ok || syntax.HasSplat(n) {
				return recv, func(*Model) *Expr { return unknownBecause("elements added from an unknown container") }
			}
			return recv, func(m *Model) *Expr { return &Expr{Op: exprElem, X: m.exprOf(arg)} }
		}
		arg, ok := syntax.PositionalArgument(n, i)
		if !ok {
			return recv, func(*Model) *Expr { return unknownBecause("an element added without a positional value") }
		}
		return recv, func(m *Model) *Expr { return m.exprOf(arg) }
	}
	return syntax.Node{}, nil
}

// qualOf returns the qualified name of a def or class, as Python's
// __qualname__ spells it ("C.m", "f.<locals>.g").
func (m *Model) qualOf(def syntax.Node) string {
	if q, ok := m.lc.quals[int32(def.Index())]; ok {
		return q
	}
	parts := []string{def.ChildByField(syntax.FieldName).Text()}
	for p := range def.Ancestors() {
		switch p.Kind() {
		case syntax.KindFunctionDefinition:
			parts = append(parts, "<locals>", p.ChildByField(syntax.FieldName).Text())
		case syntax.KindClassDefinition:
			parts = append(parts, p.ChildByField(syntax.FieldName).Text())
		}
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	q := strings.Join(parts, ".")
	if m.lc.quals == nil {
		m.lc.quals = map[int32]string{}
	}
	m.lc.quals[int32(def.Index())] = q
	return q
}

// defKinds are the definitions a module's qualnames name.
var defKinds = syntax.NewKinds(syntax.KindFunctionDefinition, syntax.KindClassDefinition)

// defByQual returns the def or class of this file with a qualname.
func (m *Model) defByQual(qual string) syntax.Node {
	if m.lc.byQual == nil {
		m.lc.byQual = map[string]syntax.Node{}
		for n := range m.Tree.OfKinds(defKinds) {
			q := m.qualOf(n)
			if _, dup := m.lc.byQual[q]; dup {
				// Two definitions with one qualname (a def in both
				// branches of an if): neither is followed.
				m.lc.byQual[q] = syntax.Node{}
				continue
			}
			m.lc.byQual[q] = n
		}
	}
	return m.lc.byQual[qual]
}

// RecvKind says how a function binds its first parameter.
type RecvKind uint8

const (
	RecvNone     RecvKind = iota // a function or a staticmethod
	RecvInstance                 // a method: self
	RecvClass                    // a classmethod: cls
)

// ParamKind is how a parameter takes its argument.
type ParamKind uint8

const (
	ParamNormal         ParamKind = iota // positional or keyword
	ParamPositionalOnly                  // before /
	ParamKeywordOnly                     // after * or *args
	ParamVarArgs                         // *args
	ParamVarKeywords                     // **kwargs
)

// ParamInfo is one parameter of a function.
type ParamInfo struct {
	Name    string
	Kind    ParamKind
	Default *Expr // nil without a default
}

// FuncInfo is what resolution knows of a function or method.
type FuncInfo struct {
	Qual     string
	Class    string // qualname of the class of a method
	Recv     RecvKind
	Property bool // a @property getter: reading the attribute calls it
	// Opaque says why the function's calls and parameters are not
	// followed: a decorator that may change what it takes or returns.
	Opaque    string
	Generator bool
	Params    []ParamInfo
	// Returns are the values of its return statements (None for a bare
	// return), each under the conditions of the if branches around it
	// (exprGuard).
	Returns []*Expr
	// Decorators are the decorators botolint does not know by name, and
	// DecoratorNames their text: a decorator of the program that forwards
	// (see Forwards) keeps the function followed; any other makes it
	// opaque.
	Decorators     []*Expr
	DecoratorNames []string
	// Forwards marks a decorator: a function of one parameter returning a
	// nested function that calls that parameter with all of its own
	// arguments and returns the result (a retry or error-handling wrapper
	// built with functools.wraps).
	Forwards bool

	node syntax.Node
	// lazyBody marks a live function whose Returns and Generator are read
	// from its body on first use (Model.body).
	lazyBody bool
}

func (fi *FuncInfo) param(name string) (ParamInfo, bool) {
	for _, p := range fi.Params {
		if p.Name == name {
			return p, true
		}
	}
	return ParamInfo{}, false
}

// transparentDecorators keep what a function takes and returns: calling
// the decorated function calls it with the same arguments and gives its
// result (caches, retries, abstract markers).
var transparentDecorators = map[string]bool{
	"functools.cache": true, "functools.lru_cache": true, "functools.wraps": true,
	"abc.abstractmethod": true, "typing.override": true, "typing_extensions.override": true,
	"typing.final": true,
}

// funcInfo describes a def of this file.
func (m *Model) funcInfo(def syntax.Node) *FuncInfo {
	if fi, ok := m.lc.funcs[int32(def.Index())]; ok {
		return fi
	}
	fi := &FuncInfo{Qual: m.qualOf(def), node: def}
	if m.lc.funcs == nil {
		m.lc.funcs = map[int32]*FuncInfo{}
	}
	m.lc.funcs[int32(def.Index())] = fi
	cls := EnclosingClass(def)
	if cls.Valid() {
		fi.Class = m.qualOf(cls)
		fi.Recv = RecvInstance
	}
	if dec := def.Parent(); dec.Is(syntax.KindDecoratedDefinition) {
		for d := range dec.Args() {
			if d.Is(syntax.KindDecorator) {
				m.decorator(fi, d.NamedChild(0))
			}
		}
	}
	fi.Params = m.params(def.ChildByField(syntax.FieldParameters))
	if fi.Recv != RecvNone && (len(fi.Params) == 0 || fi.Params[0].Kind > ParamNormal) {
		// def m(*args) in a class: the receiver is not a named parameter.
		fi.Recv = RecvNone
		if fi.Opaque == "" {
			fi.Opaque = "a method without a receiver parameter"
		}
	}
	fi.lazyBody = true
	return fi
}

// body fills the Returns, Generator and Forwards of a live function.
func (m *Model) body(fi *FuncInfo) *FuncInfo {
	if !fi.lazyBody {
		return fi
	}
	fi.lazyBody = false
	def := fi.node
	for n := range def.ChildByField(syntax.FieldBody).Descendants() {
		switch n.Kind() {
		case syntax.KindReturnStatement:
			if !EnclosingFunction(n).Equal(def) {
				continue
			}
			var v *Expr
			if x := n.NamedChild(0); x.Valid() {
				v = m.exprOf(x)
			} else {
				v = constExpr(Value{Kind: None}, n)
			}
			fi.Returns = append(fi.Returns, m.guarded(v, n, def))
		case syntax.KindYield:
			if EnclosingFunction(n).Equal(def) {
				fi.Generator = true
			}
		}
	}
	fi.Forwards = m.forwards(fi, def)
	return fi
}

// guarded wraps the value of a return statement in the conditions of the
// if, elif and else branches it is in, up to its def.
func (m *Model) guarded(v *Expr, ret, def syntax.Node) *Expr {
	var conds []*Expr
	var want []byte
	add := func(c syntax.Node, w byte) {
		conds = append(conds, m.testExpr(c))
		want = append(want, w)
	}
	for cur := ret; cur.Valid() && !cur.Equal(def); cur = cur.Parent() {
		p := cur.Parent()
		if p.Is(syntax.KindBlock) {
			// if C: ... return (no else) before this statement: reached
			// only when C is false.
			for prev := cur.PrevNamedSibling(); prev.Valid(); prev = prev.PrevNamedSibling() {
				if prev.Is(syntax.KindIfStatement) && !prev.ChildByField(syntax.FieldAlternative).Valid() && alwaysLeaves(prev.ChildByField(syntax.FieldConsequence)) {
					add(prev.ChildByField(syntax.FieldCondition), '0')
				}
			}
		}
		if !cur.Is(syntax.KindBlock) {
			continue
		}
		switch p.Kind() {
		case syntax.KindIfStatement:
			if cur.Field() == syntax.FieldConsequence {
				add(p.ChildByField(syntax.FieldCondition), '1')
			}
		case syntax.KindElifClause, syntax.KindElseClause:
			stmt := p.Parent()
			add(stmt.ChildByField(syntax.FieldCondition), '0')
			for alt := range stmt.ChildrenByField(syntax.FieldAlternative) {
				if alt.Equal(p) {
					break
				}
				add(alt.ChildByField(syntax.FieldCondition), '0')
			}
			if p.Is(syntax.KindElifClause) {
				add(p.ChildByField(syntax.FieldCondition), '1')
			}
		}
	}
	if len(conds) == 0 {
		return v
	}
	return &Expr{Op: exprGuard, X: v, Alts: conds, Name: string(want)}
}

// alwaysLeaves reports whether a block ends with a return or a raise.
func alwaysLeaves(block syntax.Node) bool {
	var last syntax.Node
	for c := range block.NamedChildren() {
		if !c.Is(syntax.KindComment) {
			last = c
		}
	}
	return last.Is(syntax.KindReturnStatement) || last.Is(syntax.KindRaiseStatement)
}

// testExpr lowers a condition: comparisons with ==, !=, is, is not, in and
// not in, not, and, or, and the truth of a value.
func (m *Model) testExpr(c syntax.Node) *Expr {
	c = syntax.Unparen(c)
	switch c.Kind() {
	case syntax.KindComparisonOperator:
		if c.NamedChildCount() != 2 {
			return unknownBecause("a chained comparison")
		}
		op := ""
		for o := range c.ChildrenByField(syntax.FieldOperators) {
			if op != "" {
				op += " "
			}
			op += o.Text()
		}
		right := c.NamedChild(1)
		e := &Expr{Op: exprTest, Name: op, Alts: []*Expr{m.exprOf(c.NamedChild(0)), m.exprOf(right)}}
		if (op == "in" || op == "not in") && (syntax.Unparen(right).Is(syntax.KindTuple) || syntax.Unparen(right).Is(syntax.KindList) || syntax.Unparen(right).Is(syntax.KindSet)) {
			e.Alts = e.Alts[:1]
			for el := range syntax.Unparen(right).Args() {
				e.Alts = append(e.Alts, m.exprOf(el))
			}
			e.Name = op + " list"
		}
		return e
	case syntax.KindNotOperator:
		return &Expr{Op: exprTest, Name: "not", Alts: []*Expr{m.testExpr(c.ChildByField(syntax.FieldArgument))}}
	case syntax.KindBooleanOperator:
		op := "and"
		if c.ChildByField(syntax.FieldOperator).Is(syntax.TokenOr) {
			op = "or"
		}
		return &Expr{Op: exprTest, Name: op, Alts: []*Expr{m.testExpr(c.ChildByField(syntax.FieldLeft)), m.testExpr(c.ChildByField(syntax.FieldRight))}}
	}
	return &Expr{Op: exprTest, Name: "truth", Alts: []*Expr{m.exprOf(c)}}
}

// forwards reports whether def is a forwarding decorator (see
// FuncInfo.Forwards).
func (m *Model) forwards(fi *FuncInfo, def syntax.Node) bool {
	params := fi.Params
	if fi.Recv != RecvNone && len(params) > 0 {
		params = params[1:]
	}
	if len(params) != 1 || params[0].Kind > ParamPositionalOnly {
		return false
	}
	wrapped := params[0].Name
	// Its returns all give one nested def, the wrapper.
	var wrapper syntax.Node
	for n := range def.ChildByField(syntax.FieldBody).Descendants() {
		if !n.Is(syntax.KindReturnStatement) || !EnclosingFunction(n).Equal(def) {
			continue
		}
		v := syntax.Unparen(n.NamedChild(0))
		if !v.Is(syntax.KindIdentifier) {
			return false
		}
		w := syntax.Node{}
		for c := range def.ChildByField(syntax.FieldBody).Descendants() {
			if c.Is(syntax.KindFunctionDefinition) && EnclosingFunction(c).Equal(def) && c.ChildByField(syntax.FieldName).TextIs(v.Text()) {
				w = c
			}
		}
		if !w.Valid() || wrapper.Valid() && !wrapper.Equal(w) {
			return false
		}
		wrapper = w
	}
	if !wrapper.Valid() {
		return false
	}
	// The wrapper returns wrapped(<its own parameters, in order>).
	wparams := m.params(wrapper.ChildByField(syntax.FieldParameters))
	for n := range wrapper.ChildByField(syntax.FieldBody).Descendants() {
		if !n.Is(syntax.KindReturnStatement) || !EnclosingFunction(n).Equal(wrapper) {
			continue
		}
		call := syntax.Unparen(n.NamedChild(0))
		if !call.Is(syntax.KindCall) || !syntax.Unparen(call.ChildByField(syntax.FieldFunction)).TextIs(wrapped) {
			continue
		}
		args := syntax.CallArguments(call)
		if len(args) != len(wparams) {
			continue
		}
		ok := true
		for i, a := range args {
			p := wparams[i]
			switch p.Kind {
			case ParamVarArgs:
				ok = ok && a.Splat == 1
			case ParamVarKeywords:
				ok = ok && a.Splat == 2
			case ParamKeywordOnly:
				ok = ok && a.Name == p.Name
			default:
				ok = ok && a.Positional()
			}
			ok = ok && syntax.Unparen(a.Value).TextIs(p.Name)
		}
		if ok {
			return true
		}
	}
	return false
}

// decorator reads one decorator of a def.
func (m *Model) decorator(fi *FuncInfo, d syntax.Node) {
	target := syntax.Unparen(d)
	if target.Is(syntax.KindCall) {
		target = syntax.Unparen(target.ChildByField(syntax.FieldFunction))
	}
	name, _ := syntax.DottedName(target)
	q := name
	if v := m.resolveLocked(target); v.Kind == Symbol {
		q = v.Name
	}
	switch {
	case q == "builtins.staticmethod":
		fi.Recv = RecvNone
		fi.Class = ""
		return
	case q == "builtins.classmethod":
		if fi.Recv != RecvNone {
			fi.Recv = RecvClass
		}
		return
	case q == "builtins.property" || q == "functools.cached_property":
		fi.Property = true
		return
	case transparentDecorators[q]:
		return
	}
	last := strings.ToLower(name[strings.LastIndexByte(name, '.')+1:])
	if strings.Contains(last, "retry") || strings.Contains(last, "backoff") || strings.Contains(strings.ToLower(name), "retry") {
		// @AWSRetry.jittered_backoff(), @retry(...), @backoff.on_exception:
		// retrying calls the function again with the same arguments.
		return
	}
	if strings.HasSuffix(name, ".setter") || strings.HasSuffix(name, ".deleter") {
		fi.Opaque = "a property setter"
		return
	}
	fi.Decorators = append(fi.Decorators, m.exprOf(d))
	fi.DecoratorNames = append(fi.DecoratorNames, name)
}

var (
	kindPositionalSeparator = syntax.KindOf("positional_separator", true)
	kindKeywordSeparator    = syntax.KindOf("keyword_separator", true)
)

func (m *Model) params(params syntax.Node) []ParamInfo {
	var out []ParamInfo
	kwOnly := false
	for p := range params.Args() {
		var name, def syntax.Node
		kind := ParamNormal
		if kwOnly {
			kind = ParamKeywordOnly
		}
		switch p.Kind() {
		case kindPositionalSeparator:
			for i := range out {
				if out[i].Kind == ParamNormal {
					out[i].Kind = ParamPositionalOnly
				}
			}
			continue
		case kindKeywordSeparator:
			kwOnly = true
			continue
		case syntax.KindIdentifier:
			name = p
		case syntax.KindTypedParameter:
			name = p.NamedChild(0)
		case syntax.KindDefaultParameter, syntax.KindTypedDefaultParameter:
			name = p.ChildByField(syntax.FieldName)
			def = p.ChildByField(syntax.FieldValue)
		case syntax.KindListSplatPattern, syntax.KindDictionarySplatPattern:
			name = p
		}
		switch {
		case name.Is(syntax.KindListSplatPattern):
			kind, name = ParamVarArgs, name.NamedChild(0)
			kwOnly = true
		case name.Is(syntax.KindDictionarySplatPattern):
			kind, name = ParamVarKeywords, name.NamedChild(0)
		}
		if !name.Is(syntax.KindIdentifier) {
			continue
		}
		pi := ParamInfo{Name: name.Text(), Kind: kind}
		if def.Valid() {
			pi.Default = m.exprOf(def)
		}
		out = append(out, pi)
	}
	return out
}

// ClassInfo is what resolution knows of a class.
type ClassInfo struct {
	Qual  string
	Bases []*Expr
	// Attrs are the names bound in the class body: class attributes,
	// methods (exprDef) and nested classes.
	Attrs map[string]*Expr
	// Self are the assignments to attributes of the receiver in the
	// methods (self.client = ...), by attribute name.
	Self map[string][]SelfStore
	// Dynamic says why the attributes of its instances are not known: a
	// setattr with a computed name, a write to __dict__.
	Dynamic string

	node syntax.Node
}

// SelfStore is one assignment to an attribute of a method's receiver.
type SelfStore struct {
	Fn string // qualname of the method
	X  *Expr
	// Elem marks an element stored into the container the attribute
	// holds (self.clients[region] = ...).
	Elem bool
}

// classInfo describes a class of this file.
func (m *Model) classInfo(cls syntax.Node) *ClassInfo {
	if ci, ok := m.lc.classes[int32(cls.Index())]; ok {
		return ci
	}
	ci := &ClassInfo{Qual: m.qualOf(cls), node: cls, Attrs: map[string]*Expr{}, Self: map[string][]SelfStore{}}
	if m.lc.classes == nil {
		m.lc.classes = map[int32]*ClassInfo{}
	}
	m.lc.classes[int32(cls.Index())] = ci
	for b := range cls.ChildByField(syntax.FieldSuperclasses).Args() {
		switch b.Kind() {
		case syntax.KindKeywordArgument:
			// metaclass=...
		case syntax.KindListSplat, syntax.KindDictionarySplat:
			ci.Bases = append(ci.Bases, unknownBecause("bases given by a splat"))
		default:
			ci.Bases = append(ci.Bases, m.exprOf(b))
		}
	}
	scope := m.scopeAt(int32(cls.Index()))
	if scope == nil {
		return ci
	}
	for name, bs := range scope.Bindings {
		ci.Attrs[name] = m.bindingsExpr(scope, name, bs)
	}
	for attr, bs := range scope.SelfAttrs {
		var stores []SelfStore
		container := false
		for _, b := range bs {
			x := m.bindingExpr(b)
			container = container || holdsContainer(x)
			stores = append(stores, SelfStore{Fn: m.qualOf(EnclosingFunction(b.Target)), X: x})
		}
		if container {
			stores = append(stores, m.selfElementStores(cls, attr)...)
		}
		ci.Self[attr] = stores
	}
	ci.Dynamic = m.dynamicAttributes(cls)
	return ci
}

// selfElementStores returns the elements the methods of a class store
// into a container held by one of its instances' attributes
// (self.clients[region] = ..., self.clients.append(...)).
func (m *Model) selfElementStores(cls syntax.Node, attr string) []SelfStore {
	var out []SelfStore
	for n := range cls.Descendants() {
		obj, value := storeInto(n)
		if !obj.Is(syntax.KindAttribute) || !obj.ChildByField(syntax.FieldAttribute).TextIs(attr) {
			continue
		}
		recv := syntax.Unparen(obj.ChildByField(syntax.FieldObject))
		if !recv.Is(syntax.KindIdentifier) || m.exprOf(recv).Op != exprSelf {
			continue
		}
		out = append(out, SelfStore{Fn: m.exprOf(recv).Fn, X: value(m), Elem: true})
	}
	return out
}

// dynamicAttributes says why a class's instance attributes cannot be
// listed, "" when they can: a setattr on the receiver with a computed
// name, or a use of __dict__, in the class (the index lists both).
func (m *Model) dynamicAttributes(cls syntax.Node) string {
	lo, hi := cls.Index(), int(subtreeEnd(cls))
	for _, i := range m.index().dynamicAttrs {
		if int(i) <= lo || int(i) >= hi {
			continue
		}
		n := m.Tree.At(int(i))
		if n.Is(syntax.KindAttribute) {
			return "__dict__ used at line " + lineOf(m, n)
		}
		obj, _ := syntax.PositionalArgument(n, 0)
		if o := syntax.Unparen(obj); o.Is(syntax.KindIdentifier) && m.exprOf(o).Op == exprSelf {
			return "setattr with a computed name at line " + lineOf(m, n)
		}
	}
	return ""
}
