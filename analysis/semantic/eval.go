package semantic

import (
	"fmt"
	"sort"
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// The evaluator gives expressions their value. Within a function it
// follows names to what is bound to them; across functions, classes and
// modules it answers queries:
//
//   - a parameter: the common value of the arguments every call site seen
//     in the program passes (Unknown when the sites disagree, when none is
//     seen, when some call's callee cannot be resolved and has the
//     function's name, or when the function is used as a value and may be
//     called from anywhere);
//   - a call of a function of the program: its return values, evaluated
//     with the parameters bound to the arguments;
//   - an attribute of an instance: what the methods of its class and of
//     its bases assign to it, the class attribute, a property's value;
//     for an instance whose class may be a subclass, the common value over
//     the classes it may be, each evaluated with the receiver bound to that
//     class (so a base class's self.client = session.client(self.service)
//     is resolved per subclass that sets service);
//   - a module-level name of another module, through its summary.
//
// Queries are memoized. A query that depends on itself (recursion) starts
// from nothing and is recomputed until its value settles; results that
// rest on an assumption about an enclosing query in progress are not
// memoized, so the value of every expression is the same whatever was
// asked before it.
type evaluator struct {
	m       *Model
	prog    Program
	svc     Services
	explain bool

	memo   map[qkey]Value
	active map[qkey]*activeQuery
	qdepth int
	low    int // lowest depth of an active query used since the last reset; noLow if none

	depth int
	steps int

	mro      map[string][]mroEntry
	subs     map[string][]string
	concrete map[string][]string
	escape   map[string]string
	opaques  map[string]string
	argUse   map[string]bool
	sviews   map[string]*summaryView
	inits    map[string]string
	busy     map[string]bool // mro and subclass computations in progress

	// The facts of the live module each memoized query and cached
	// computation read (see depSet): reusing it reads them too.
	mdeps map[qkey][]Dep
	cdeps map[string][]Dep

	// shared, when set, answers the queries that reach beyond the live
	// module's own expressions (see Shared).
	shared *Shared
}

const (
	noLow        = 1 << 30
	maxEvalDepth = 400
	maxSteps     = 400_000
)

type qkind uint8

const (
	qExpr qkind = iota
	qGlobal
	qParam
	qInstanceAttr
	qCall
	qLocal
)

type qkey struct {
	kind            qkind
	e               *Expr
	mod, a, b, self string
}

type activeQuery struct {
	depth  int
	assume Value
	hit    bool
}

// frame is where an expression is evaluated: its module, and, for the
// body of a function called with known arguments or on a known receiver,
// those.
type frame struct {
	key  string // identifies the frame among those of its function; "" for the default frame
	mod  string
	fn   string           // the function whose parameters args binds and whose receiver self is
	args map[string]Value // nil: parameters take the values of the call sites
	self Value            // an Instance or Class of an exact class; zero otherwise
}

func (f *frame) isDefault() bool { return f.args == nil && f.self.Kind == Unknown }

func newEvaluator(m *Model) *evaluator {
	return &evaluator{m: m, prog: m.prog, svc: m.svc, low: noLow, shared: m.shared,
		memo: map[qkey]Value{}, active: map[qkey]*activeQuery{},
		mro: map[string][]mroEntry{}, subs: map[string][]string{}, concrete: map[string][]string{},
		escape: map[string]string{}, opaques: map[string]string{}, argUse: map[string]bool{}, sviews: map[string]*summaryView{}, inits: map[string]string{}, busy: map[string]bool{},
		mdeps: map[qkey][]Dep{}, cdeps: map[string][]Dep{}}
}

// begin starts collecting the facts of the live module a computation
// whose result is kept reads; end returns them. Nothing is collected for
// an evaluator of summaries alone.
func (ev *evaluator) begin() {
	if ev.m != nil {
		ev.m.beginTrack()
	}
}

func (ev *evaluator) end() []Dep {
	if ev.m == nil {
		return nil
	}
	return ev.m.endTrack()
}

// replay records again the facts a kept result read.
func (ev *evaluator) replay(ds []Dep) {
	if ev.m != nil {
		ev.m.replayDeps(ds)
	}
}

// cached replays the facts of the cached computation key and reports
// whether there is one; remember (deferred at the start of a computation
// begun with begin) keeps its facts.
func (ev *evaluator) cachedDeps(key string) { ev.replay(ev.cdeps[key]) }

func (ev *evaluator) remember(key string) {
	if ds := ev.end(); len(ds) > 0 {
		ev.cdeps[key] = ds
	}
}

// key joins a module key and a qualname.
func key(mod, qual string) string { return mod + ":" + qual }

// splitKey splits a key into its module key and qualname (qualnames have
// no colon; module keys may).
func splitKey(k string) (mod, qual string) {
	i := strings.LastIndexByte(k, ':')
	if i < 0 {
		return "", k
	}
	return k[:i], k[i+1:]
}

func simpleName(qual string) string { return qual[strings.LastIndexByte(qual, '.')+1:] }

// unknown returns Unknown, with a reason when the model explains.
func (ev *evaluator) unknown(why string) Value {
	if ev.explain {
		return Value{Why: why}
	}
	return Value{}
}

func (ev *evaluator) unknownf(format string, args ...any) Value {
	if ev.explain {
		return Value{Why: fmt.Sprintf(format, args...)}
	}
	return Value{}
}

// isLive reports whether mod is the module of the live tree.
func (ev *evaluator) isLive(mod string) bool { return ev.m != nil && mod == ev.m.key }

// taint marks everything being computed as not memoizable (a limit was
// hit: the result would depend on what was asked before).
func (ev *evaluator) taint() { ev.low = -1 }

func (ev *evaluator) view(mod string) moduleView {
	if ev.isLive(mod) {
		return ev.m
	}
	if ev.prog == nil {
		return nil
	}
	if s := ev.prog.Summary(mod); s != nil {
		return ev.summaryView(s)
	}
	return nil
}

// summaryView returns the evaluator's view of a summary, decoding what it
// is asked for once per evaluation. A module whose summary the program
// replaced gets a new view.
func (ev *evaluator) summaryView(s *Summary) *summaryView {
	if v := ev.sviews[s.Key]; v != nil && v.s == s {
		return v
	}
	v := newSummaryView(s)
	ev.sviews[s.Key] = v
	return v
}

// views returns the modules that may mention name: this one, module own
// (the module of the function or class whose uses are looked for: the
// program does not list a module for the uses of its own definitions,
// see SummarizeFor) and those the program lists.
func (ev *evaluator) views(name, own string) []moduleView {
	var out []moduleView
	if ev.m != nil {
		out = append(out, ev.m)
	}
	if ev.prog == nil {
		return out
	}
	seen := map[string]bool{}
	add := func(k string) {
		if seen[k] || ev.isLive(k) {
			return
		}
		seen[k] = true
		if s := ev.prog.Summary(k); s != nil {
			out = append(out, ev.summaryView(s))
		}
	}
	if own != "" {
		add(own)
	}
	for _, k := range ev.prog.Mentioning(name) {
		add(k)
	}
	return out
}

// function returns the description of a function, recording a read of
// its signature; what reads its returns records that too (returnsOf).
func (ev *evaluator) function(mod, qual string) *FuncInfo {
	if v := ev.view(mod); v != nil {
		ev.dep(DepSig, mod, qual)
		return v.function(qual)
	}
	return nil
}

// returnsOf returns fi with its body read, recording a read of what it
// returns.
func (ev *evaluator) returnsOf(mod string, fi *FuncInfo) *FuncInfo {
	ev.dep(DepReturns, mod, fi.Qual)
	return ev.m.body(fi)
}

// class returns the description of a class, recording a read of its bases;
// reads of attributes record the attribute (classAttrs).
func (ev *evaluator) class(k string) *ClassInfo {
	mod, qual := splitKey(k)
	if v := ev.view(mod); v != nil {
		ev.dep(DepSig, mod, qual)
		return v.class(qual)
	}
	return nil
}

// attrOf records a read of attribute name of class k.
func (ev *evaluator) attrOf(k, name string) {
	mod, qual := splitKey(k)
	ev.dep(DepAttr, mod, qual+"."+name)
}

func (ev *evaluator) dep(kind DepKind, mod, name string) {
	if ev.m != nil {
		ev.m.recordDep(kind, mod, name)
	}
}

// query memoizes a value and settles recursion (see evaluator).
func (ev *evaluator) query(k qkey, compute func() Value) Value {
	if v, ok := ev.memo[k]; ok {
		ev.replay(ev.mdeps[k])
		return v
	}
	if a, ok := ev.active[k]; ok {
		a.hit = true
		ev.low = min(ev.low, a.depth)
		return a.assume
	}
	ev.qdepth++
	a := &activeQuery{depth: ev.qdepth, assume: Value{Kind: pending}}
	ev.active[k] = a
	saveLow := ev.low
	var v Value
	ev.begin()
	for round := 0; ; round++ {
		a.hit = false
		ev.low = noLow
		v = compute()
		if !a.hit || v.same(a.assume) || ev.low < a.depth {
			break
		}
		if round == 3 {
			v = ev.unknown("a recursion that does not settle")
			break
		}
		a.assume = v
	}
	childLow := ev.low
	delete(ev.active, k)
	ev.qdepth--
	ds := ev.end()
	if childLow >= a.depth {
		if v.Kind != pending {
			ev.memo[k] = v
			if len(ds) > 0 {
				ev.mdeps[k] = ds
			}
		}
		ev.low = saveLow
	} else {
		ev.low = min(saveLow, childLow)
	}
	return v
}

// eval returns the value of e in frame f.
func (ev *evaluator) eval(e *Expr, f *frame) Value {
	if e == nil {
		return Value{}
	}
	if e.Op == exprUnknown {
		return ev.unknown(e.Name)
	}
	if e.Op == exprConst {
		return *e.Val
	}
	def := f.isDefault()
	live := ev.isLive(f.mod)
	if def {
		if live {
			if e.lv != nil && e.lv.memoState == 1 {
				ev.replay(e.lv.deps)
				return e.lv.memo
			}
		} else if v, ok := ev.memo[qkey{kind: qExpr, e: e}]; ok {
			ev.replay(ev.mdeps[qkey{kind: qExpr, e: e}])
			return v
		}
	}
	ev.steps++
	if ev.depth >= maxEvalDepth || ev.steps > maxSteps {
		ev.taint()
		return ev.unknown("too deep to follow")
	}
	ev.depth++
	saveLow := ev.low
	ev.low = noLow
	if def {
		ev.begin()
	}
	v := ev.compute(e, f)
	var ds []Dep
	if def {
		ds = ev.end()
	}
	ev.depth--
	clean := ev.low == noLow
	ev.low = min(saveLow, ev.low)
	if def && clean && v.Kind != pending {
		if live {
			if e.lv == nil {
				e.lv = &liveExpr{}
			}
			e.lv.memo, e.lv.memoState, e.lv.deps = v, 1, ds
		} else {
			ev.memo[qkey{kind: qExpr, e: e}] = v
			if len(ds) > 0 {
				ev.mdeps[qkey{kind: qExpr, e: e}] = ds
			}
		}
	}
	return v
}

func (ev *evaluator) compute(e *Expr, f *frame) Value {
	switch e.Op {
	case exprGlobal:
		return ev.global(f.mod, e.Name)
	case exprParam:
		return ev.param(e, f)
	case exprSelf:
		return ev.self(e, f)
	case exprImport:
		return ev.importValue(f.mod, e.Name, e.node())
	case exprLocal:
		x := ev.m.localOf(e)
		return ev.query(qkey{kind: qLocal, e: x, mod: f.mod, self: f.key}, func() Value { return ev.eval(x, f) })
	case exprAttr:
		return ev.attr(ev.eval(e.X, f), e.Name, e.node())
	case exprCall:
		return ev.call(e, f)
	case exprIndex, exprElem:
		return ev.element(ev.eval(e.X, f))
	case exprAgree:
		j := joiner{explain: ev.explain}
		for _, a := range e.Alts {
			if j.add(ev.eval(a, f)) {
				break
			}
		}
		return j.value()
	case exprOrElse:
		if v := ev.eval(e.X, f); v.Known() || v.Kind == pending {
			return v
		}
		return ev.eval(e.Alts[0], f)
	case exprWith:
		v := ev.eval(e.X, f)
		switch v.Kind {
		case Client, ServiceResource, pending:
			// aioboto3: async with session.client("s3") as s3.
			return v
		}
		return ev.unknown("bound by a with statement")
	case exprCaught:
		return ev.caught(e, f)
	case exprList:
		j := joiner{explain: ev.explain}
		for _, a := range e.Alts {
			j.add(ev.eval(a, f))
		}
		return containerOf(j.value())
	case exprStored:
		v := ev.eval(e.X, f)
		if v.Kind != Container {
			return v
		}
		j := joiner{explain: ev.explain}
		j.add(v.Element())
		for _, a := range e.Alts {
			j.add(ev.eval(a, f))
		}
		return containerOf(j.value())
	case exprSuper:
		fi := ev.function(f.mod, e.Fn)
		if fi == nil || fi.Class == "" {
			return ev.unknown("super() outside a method")
		}
		cls := key(f.mod, fi.Class)
		if f.fn == e.Fn && (f.self.Kind == Instance || f.self.Kind == Class) {
			return Value{Kind: Super, Name: cls, Type: f.self.Name, Exact: f.self.Exact, Origin: e.node()}
		}
		return Value{Kind: Super, Name: cls, Type: cls, Origin: e.node()}
	case exprCond:
		switch ev.test(e.X, f) {
		case 1:
			return ev.eval(e.Alts[0], f)
		case 0:
			return ev.eval(e.Alts[1], f)
		}
		j := joiner{explain: ev.explain}
		if !j.add(ev.eval(e.Alts[0], f)) {
			j.add(ev.eval(e.Alts[1], f))
		}
		return j.value()
	case exprGuard:
		for i, c := range e.Alts {
			if t := ev.test(c, f); t >= 0 && t != int8(e.Name[i]-'0') {
				// A return the branches around it never reach with these
				// values.
				return Value{Kind: None}
			}
		}
		return ev.eval(e.X, f)
	case exprDef:
		return Value{Kind: Function, Name: key(f.mod, e.Name), Origin: e.node()}
	case exprClassDef:
		return Value{Kind: Class, Name: key(f.mod, e.Name), Exact: true, Origin: e.node()}
	}
	return ev.unknown("not followed")
}

// test evaluates a condition: 1 true, 0 false, -1 not known.
func (ev *evaluator) test(e *Expr, f *frame) int8 {
	if e.Op != exprTest {
		return -1
	}
	switch e.Name {
	case "not":
		if t := ev.test(e.Alts[0], f); t >= 0 {
			return 1 - t
		}
		return -1
	case "and", "or":
		stop := int8(0)
		if e.Name == "or" {
			stop = 1
		}
		a := ev.test(e.Alts[0], f)
		if a == stop {
			return stop
		}
		b := ev.test(e.Alts[1], f)
		switch {
		case a >= 0:
			return b
		case b == stop:
			return stop
		}
		return -1
	case "truth":
		return truth(ev.eval(e.Alts[0], f))
	case "==", "!=":
		t := equal(ev.eval(e.Alts[0], f), ev.eval(e.Alts[1], f))
		if t >= 0 && e.Name == "!=" {
			t = 1 - t
		}
		return t
	case "is", "is not":
		t := isSame(ev.eval(e.Alts[0], f), ev.eval(e.Alts[1], f))
		if t >= 0 && e.Name == "is not" {
			t = 1 - t
		}
		return t
	case "in list", "not in list":
		x := ev.eval(e.Alts[0], f)
		if x.Kind != String && x.Kind != None {
			return -1
		}
		t := int8(0)
		for _, el := range e.Alts[1:] {
			q := equal(x, ev.eval(el, f))
			if q == 1 {
				t = 1
				break
			}
			if q < 0 {
				t = -1
			}
		}
		if t >= 0 && e.Name == "not in list" {
			t = 1 - t
		}
		return t
	}
	return -1
}

// plainKinds are values that define no __eq__ or __bool__ of their own.
var plainKinds = map[ValueKind]bool{Client: true, ServiceResource: true, ResourceInstance: true, Session: true,
	BotocoreSession: true, Paginator: true, Waiter: true, Config: true, Function: true, Class: true, Module: true}

func truth(v Value) int8 {
	switch {
	case v.Kind == None:
		return 0
	case v.Kind == String:
		if v.Name == "" {
			return 0
		}
		return 1
	case plainKinds[v.Kind]:
		return 1
	}
	return -1
}

func equal(a, b Value) int8 {
	switch {
	case !a.Known() || !b.Known():
		return -1
	case a.Kind == String && b.Kind == String:
		if a.Name == b.Name {
			return 1
		}
		return 0
	case a.Kind == None && b.Kind == None:
		return 1
	case (a.Kind == None || a.Kind == String || plainKinds[a.Kind]) && (b.Kind == None || b.Kind == String || plainKinds[b.Kind]) && a.Kind != b.Kind:
		return 0
	}
	return -1
}

func isSame(a, b Value) int8 {
	if b.Kind == None {
		a, b = b, a
	}
	if a.Kind != None || !b.Known() {
		return -1
	}
	if b.Kind == None {
		return 1
	}
	return 0
}

// opaque says why the calls and parameters of fi are not followed: its
// own reason, or a decorator that is not a forwarding one of the program.
func (ev *evaluator) opaque(mod string, fi *FuncInfo) string {
	if fi.Opaque != "" || len(fi.Decorators) == 0 {
		return fi.Opaque
	}
	fk := key(mod, fi.Qual)
	if why, ok := ev.opaques[fk]; ok {
		ev.cachedDeps("o\x00" + fk)
		return why
	}
	ev.begin()
	defer ev.remember("o\x00" + fk)
	ev.opaques[fk] = "decorated with itself"
	why := ""
	for i, d := range fi.Decorators {
		v := ev.eval(d, &frame{mod: mod})
		if v.Kind == Function {
			if dm, dq := splitKey(v.Name); ev.function(dm, dq) != nil && ev.returnsOf(dm, ev.function(dm, dq)).Forwards {
				continue
			}
		}
		why = "decorated with @" + fi.DecoratorNames[i]
		break
	}
	ev.opaques[fk] = why
	return why
}

// element returns the value of the elements of a container.
func (ev *evaluator) element(v Value) Value {
	switch v.Kind {
	case pending:
		return v
	case Container:
		if v.Elem == None {
			return ev.unknown("an element of an empty container")
		}
		return v.Element()
	}
	return ev.unknownf("an element of %s", v)
}

func (ev *evaluator) caught(e *Expr, f *frame) Value {
	one := func(v Value) Value {
		switch {
		case v.Kind == pending:
			return v
		case v.Kind == Symbol && isClientErrorName(v.Name):
			return Value{Kind: CaughtError, Name: "ClientError", Origin: e.node()}
		case v.Kind == ModeledException:
			return Value{Kind: CaughtError, Service: v.Service, Name: v.Name, Origin: e.node()}
		}
		return ev.unknown("catches something else than ClientError")
	}
	if e.Name != "tuple" {
		return one(ev.eval(e.Alts[0], f))
	}
	// except (ClientError, s3.exceptions.NoSuchKey) as e: every member must
	// be a ClientError for e to be one.
	for _, a := range e.Alts {
		if v := one(ev.eval(a, f)); v.Kind != CaughtError {
			return v
		}
	}
	return Value{Kind: CaughtError, Name: "ClientError", Origin: e.node()}
}

func isClientErrorName(q string) bool {
	return q == "botocore.exceptions.ClientError" || q == "botocore.errorfactory.ClientError"
}

// global returns the value of a module-level name.
func (ev *evaluator) global(mod, name string) Value {
	if ev.shared != nil {
		return ev.shared.do(ev.explain, func(x *evaluator) Value { return x.global(mod, name) })
	}
	ev.dep(DepGlobal, mod, name)
	return ev.query(qkey{kind: qGlobal, mod: mod, a: name}, func() Value {
		v := ev.view(mod)
		if v == nil {
			return ev.unknown("a module botolint has no summary of")
		}
		if why := v.dynamic(); why != "" {
			return ev.unknown(why)
		}
		e := v.global(name)
		if e == nil {
			return ev.unknownf("`%s` is not defined in module %s", name, mod)
		}
		return ev.eval(e, &frame{mod: mod})
	})
}

func (ev *evaluator) self(e *Expr, f *frame) Value {
	if f.fn == e.Fn && (f.self.Kind == Instance || f.self.Kind == Class) {
		return f.self
	}
	fi := ev.function(f.mod, e.Fn)
	if fi == nil || fi.Class == "" {
		return ev.unknown("the receiver of a method botolint cannot find")
	}
	cls := key(f.mod, fi.Class)
	if fi.Recv == RecvClass {
		return Value{Kind: Class, Name: cls}
	}
	return Value{Kind: Instance, Name: cls}
}

// param returns the value of a parameter: bound by the call being
// evaluated, or else from the call sites of its function.
func (ev *evaluator) param(e *Expr, f *frame) Value {
	if f.fn == e.Fn && f.args != nil {
		if v, ok := f.args[e.Name]; ok {
			return v
		}
		fi := ev.function(f.mod, e.Fn)
		if fi != nil {
			if p, ok := fi.param(e.Name); ok && p.Default != nil {
				return ev.eval(p.Default, &frame{mod: f.mod})
			}
		}
		return ev.unknownf("parameter `%s` not passed", e.Name)
	}
	var self Value
	if f.fn == e.Fn && f.self.Exact {
		self = f.self
	}
	return ev.paramFromCallers(f.mod, e.Fn, e.Name, self)
}

// siteAt is a call site and the module it is in.
type siteAt struct {
	mod  string
	site *CallSite
}

// paramFromCallers joins what the call sites of a function pass to one of
// its parameters. With self set, only the calls whose receiver may be that
// exact class count, and calls on the caller's own receiver are evaluated
// with it.
func (ev *evaluator) paramFromCallers(mod, qual, name string, self Value) Value {
	if ev.shared != nil {
		return ev.shared.do(ev.explain, func(x *evaluator) Value { return x.paramFromCallers(mod, qual, name, self) })
	}
	return ev.query(qkey{kind: qParam, mod: mod, a: qual, b: name, self: self.Name}, func() Value {
		fi := ev.function(mod, qual)
		if fi == nil {
			return ev.unknownf("parameter `%s` of a function botolint cannot find", name)
		}
		p, ok := fi.param(name)
		if !ok || p.Kind == ParamVarArgs || p.Kind == ParamVarKeywords {
			return ev.unknownf("`%s` collects extra arguments", name)
		}
		what := "parameter `" + name + "` of `" + qual + "`"
		if why := ev.opaque(mod, fi); why != "" {
			return ev.unknownf("%s: `%s` is %s", what, qual, why)
		}
		fk := key(mod, qual)
		if why := ev.escapes(mod, fi); why != "" {
			return ev.unknownf("%s: %s", what, why)
		}
		j := joiner{explain: ev.explain}
		matched := 0
		for _, c := range ev.candidates(mod, fi) {
			sf := &frame{mod: c.mod}
			if self.Exact && onOwnReceiver(c.site) {
				sfi := ev.function(c.mod, c.site.Fn)
				if sfi == nil || sfi.Class == "" || !ev.isSubclass(self.Name, key(c.mod, sfi.Class)) {
					continue
				}
				s := self
				if sfi.Recv == RecvClass {
					s.Kind = Class
				} else {
					s.Kind = Instance
				}
				sf = &frame{key: "s\x00" + c.site.Fn + "\x00" + s.Name, mod: c.mod, fn: c.site.Fn, self: s}
			}
			cv, other := ev.calleeOf(c.site, sf)
			if cv.Kind == pending || other {
				continue
			}
			match, offset, compatible := ev.dispatches(cv, fk, fi, self)
			if !match {
				if !cv.Known() && fits(fi, c.site) && !ev.notModuleAttr(fi, c.site, sf) {
					return ev.unknownf("%s: the callee of the call at %s:%d cannot be resolved and may be it", what, c.mod, c.site.Line)
				}
				continue
			}
			if !compatible {
				continue
			}
			matched++
			bound := bind(fi, ev.evalArgs(c.site.Args, sf), offset)
			v, ok := bound[name]
			if !ok {
				if p.Default == nil {
					return ev.unknownf("%s: not passed at %s:%d", what, c.mod, c.site.Line)
				}
				v = ev.eval(p.Default, &frame{mod: mod})
			}
			if j.add(v) {
				if ev.explain {
					if !v.Known() {
						return ev.unknownf("%s: the call at %s:%d passes an unknown value (%s)", what, c.mod, c.site.Line, v.Why)
					}
					return ev.unknownf("%s: callers disagree (%s)", what, j.why)
				}
				return Value{}
			}
		}
		if matched == 0 {
			return ev.unknownf("%s: no call of it seen", what)
		}
		return j.value()
	})
}

// fits reports whether the arguments of a call could be given to fi without
// a TypeError: every keyword names a parameter, there are not too many
// positional arguments, and every parameter without a default gets one. A
// call that does not fit cannot be a call of fi, whatever its callee.
func fits(fi *FuncInfo, s *CallSite) bool {
	offset := 0
	if fi.Recv != RecvNone && s.Callee.Op == exprAttr {
		offset = 1
	}
	params := fi.Params
	if offset > len(params) {
		return false
	}
	params = params[offset:]
	varArgs, varKw := false, false
	positional := 0
	for _, p := range params {
		switch p.Kind {
		case ParamVarArgs:
			varArgs = true
		case ParamVarKeywords:
			varKw = true
		case ParamNormal, ParamPositionalOnly:
			positional++
		}
	}
	given := map[string]bool{}
	npos, splat := 0, false
	for _, a := range s.Args {
		switch {
		case a.Splat != 0:
			splat = true
		case a.Name == "":
			npos++
		default:
			ok := varKw
			for _, p := range params {
				if p.Name == a.Name && (p.Kind == ParamNormal || p.Kind == ParamKeywordOnly) {
					ok = true
				}
			}
			if !ok {
				return false
			}
			given[a.Name] = true
		}
	}
	if npos > positional && !varArgs {
		return false
	}
	if splat {
		return true
	}
	i := 0
	for _, p := range params {
		switch p.Kind {
		case ParamNormal, ParamPositionalOnly:
			if i >= npos && p.Default == nil && !given[p.Name] {
				return false
			}
			i++
		case ParamKeywordOnly:
			if p.Default == nil && !given[p.Name] {
				return false
			}
		}
	}
	return true
}

// onOwnReceiver reports whether a call is made on the receiver of the
// method it is in: self.m(...), super().m(...), cls(...).
func onOwnReceiver(s *CallSite) bool {
	c := s.Callee
	if c.Op == exprSelf {
		return c.Fn == s.Fn
	}
	return c.Op == exprAttr && (c.X.Op == exprSelf || c.X.Op == exprSuper) && c.X.Fn == s.Fn
}

// candidates returns the calls that may call fi, by name: its own name,
// and for an __init__ its class's and subclasses' names, super().__init__
// and cls(...).
func (ev *evaluator) candidates(mod string, fi *FuncInfo) []siteAt {
	names := []nameIn{{simpleName(fi.Qual), mod}}
	if names[0].name == "__init__" && fi.Class != "" {
		cls := key(mod, fi.Class)
		names = append(names, nameIn{simpleName(fi.Class), mod}, nameIn{"<recv>", ""})
		for _, d := range ev.descendants(cls) {
			dmod, q := splitKey(d)
			names = append(names, nameIn{simpleName(q), dmod})
		}
	}
	seen := map[*CallSite]bool{}
	var out []siteAt
	for _, n := range dedupeNames(names) {
		ev.dep(DepSites, "", n.name)
		for _, v := range ev.views(n.name, n.mod) {
			for _, s := range v.sites(n.name) {
				if !seen[s] {
					seen[s] = true
					out = append(out, siteAt{v.moduleKey(), s})
				}
			}
		}
	}
	return out
}

// nameIn is a name of a function or class and the module defining it.
type nameIn struct{ name, mod string }

func dedupeNames(s []nameIn) []nameIn {
	sort.Slice(s, func(i, j int) bool { return s[i].name < s[j].name || s[i].name == s[j].name && s[i].mod < s[j].mod })
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// projectKinds are the values whose attributes may be functions of the
// program.
var projectKinds = map[ValueKind]bool{Instance: true, Class: true, Module: true, Super: true, Function: true}

// notModuleAttr reports whether a call site cannot reach the module-level
// function fi whatever its unresolved callee: an attribute of super(), of
// an instance or of a class of the program is a method or an attribute
// stored there, and storing fi anywhere is a use of it as a value, which
// escapes (see escapes). Only a module object's attribute is fi itself.
func (ev *evaluator) notModuleAttr(fi *FuncInfo, s *CallSite, f *frame) bool {
	if fi.Class != "" || s.Callee.Op != exprAttr {
		return false
	}
	switch ev.eval(s.Callee.X, f).Kind {
	case Super, Instance, Class:
		return true
	}
	return false
}

// calleeOf evaluates the callee of a call site. other is true when the
// callee is certainly not a function of the program (a method of a boto3
// client, of a string, of an outside library).
func (ev *evaluator) calleeOf(s *CallSite, f *frame) (v Value, other bool) {
	c := s.Callee
	if c.Op == exprAttr {
		recv := ev.eval(c.X, f)
		if recv.Known() && !projectKinds[recv.Kind] {
			return Value{}, true
		}
		if recv.Kind == pending {
			return recv, false
		}
		return ev.attr(recv, c.Name, syntax.Node{}), false
	}
	v = ev.eval(c, f)
	if v.Known() && !projectKinds[v.Kind] {
		return v, true
	}
	return v, false
}

// dispatches reports whether a callee value calls the function fk, how
// many of its parameters the receiver binds, and, with self set, whether
// the receiver may be of that exact class.
func (ev *evaluator) dispatches(cv Value, fk string, fi *FuncInfo, self Value) (match bool, offset int, compatible bool) {
	switch cv.Kind {
	case Function:
		if cv.Name != fk {
			return false, 0, false
		}
		if cv.Type != "" && fi.Recv != RecvNone {
			offset = 1
		}
		return true, offset, !self.Exact || cv.Type == "" || ev.receiverMay(cv.Type, cv.Exact, self.Name)
	case Class:
		if simpleName(fi.Qual) != "__init__" {
			return false, 0, false
		}
		classes := []string{cv.Name}
		if !cv.Exact {
			classes = ev.concreteClasses(cv.Name)
		}
		for _, c := range classes {
			if ev.initOf(c) == fk {
				return true, 1, !self.Exact || ev.receiverMay(cv.Name, cv.Exact, self.Name)
			}
		}
	}
	return false, 0, false
}

// receiverMay reports whether a receiver of class recv (exactly, or it or
// a subclass) may be an instance of exactly class k.
func (ev *evaluator) receiverMay(recv string, exact bool, k string) bool {
	if exact {
		return recv == k
	}
	return ev.isSubclass(k, recv)
}

// initOf returns the key of the __init__ that constructing class k calls,
// "" when it is not a function of the program.
func (ev *evaluator) initOf(k string) string {
	if v, ok := ev.inits[k]; ok {
		ev.cachedDeps("i\x00" + k)
		return v
	}
	ev.begin()
	defer ev.remember("i\x00" + k)
	out := ""
	for _, e := range ev.mroOf(k) {
		if e.external != "" {
			break
		}
		ci := ev.class(e.key)
		if ci == nil {
			break
		}
		ev.attrOf(e.key, "__init__")
		if x, ok := ci.Attrs["__init__"]; ok {
			if x.Op == exprDef {
				mod, _ := splitKey(e.key)
				out = key(mod, x.Name)
			}
			break
		}
	}
	ev.inits[k] = out
	return out
}

// argVal is an evaluated argument.
type argVal struct {
	name  string
	splat uint8
	v     Value
}

func (ev *evaluator) evalArgs(args []Arg, f *frame) []argVal {
	out := make([]argVal, len(args))
	for i, a := range args {
		out[i] = argVal{name: a.Name, splat: a.Splat}
		if a.Splat == 0 {
			out[i].v = ev.eval(a.X, f)
		}
	}
	return out
}

// bind maps arguments to the parameters of fi, as Python does; offset
// parameters are bound by the receiver. Parameters a splat may fill are
// Unknown; parameters not given are absent.
func bind(fi *FuncInfo, args []argVal, offset int) map[string]Value {
	out := make(map[string]Value, len(fi.Params))
	pos := offset
	starred, kwSplat := false, false
	for _, a := range args {
		switch {
		case a.splat == 1:
			starred = true
			for pos < len(fi.Params) && fi.Params[pos].Kind <= ParamPositionalOnly {
				out[fi.Params[pos].Name] = Value{}
				pos++
			}
		case a.splat == 2:
			kwSplat = true
		case a.name == "":
			if starred {
				continue
			}
			if pos < len(fi.Params) && fi.Params[pos].Kind <= ParamPositionalOnly {
				out[fi.Params[pos].Name] = a.v
				pos++
			}
		default:
			for i, p := range fi.Params {
				if i >= offset && p.Name == a.name && (p.Kind == ParamNormal || p.Kind == ParamKeywordOnly) {
					out[p.Name] = a.v
				}
			}
		}
	}
	if kwSplat {
		for i, p := range fi.Params {
			if _, ok := out[p.Name]; !ok && i >= offset && (p.Kind == ParamNormal || p.Kind == ParamKeywordOnly) {
				out[p.Name] = Value{}
			}
		}
	}
	return out
}

// escapes says why a function may be called from where the program cannot
// be seen: it (or, for an __init__, its class) is used as a value.
func (ev *evaluator) escapes(mod string, fi *FuncInfo) string {
	fk := key(mod, fi.Qual)
	if why, ok := ev.escape[fk]; ok {
		ev.cachedDeps("e\x00" + fk)
		return why
	}
	ev.begin()
	defer ev.remember("e\x00" + fk)
	ev.escape[fk] = ""
	targets := map[string]bool{fk: true}
	names := []nameIn{{simpleName(fi.Qual), mod}}
	if names[0].name == "__init__" && fi.Class != "" {
		cls := key(mod, fi.Class)
		for _, c := range append([]string{cls}, ev.descendants(cls)...) {
			if ev.initOf(c) == fk {
				targets[c] = true
				cmod, q := splitKey(c)
				names = append(names, nameIn{simpleName(q), cmod})
			}
		}
	}
	why := ""
	for _, n := range dedupeNames(names) {
		ev.dep(DepRefs, "", n.name)
		for _, v := range ev.views(n.name, n.mod) {
			for _, r := range v.refs(n.name) {
				rv := ev.eval(r.X, &frame{mod: v.moduleKey()})
				if (rv.Kind == Function || rv.Kind == Class) && targets[rv.Name] {
					_, q := splitKey(rv.Name)
					why = fmt.Sprintf("`%s` is used as a value at %s:%d and may be called from elsewhere", simpleName(q), v.moduleKey(), r.Line)
					break
				}
			}
		}
	}
	ev.escape[fk] = why
	return why
}

// call evaluates a call expression.
func (ev *evaluator) call(e *Expr, f *frame) Value {
	callee := e.X
	if callee.Op == exprAttr {
		recv := ev.eval(callee.X, f)
		if v, ok := ev.methodCall(recv, callee.Name, e, f); ok {
			return v
		}
		return ev.callValue(ev.attr(recv, callee.Name, callee.node()), e, f)
	}
	return ev.callValue(ev.eval(callee, f), e, f)
}

// constructors are the SDK calls that make clients, resources and sessions,
// by qualified name.
var constructors = map[string]Value{
	"boto3.Session":                   {Kind: Session},
	"boto3.session.Session":           {Kind: Session},
	"aioboto3.Session":                {Kind: Session, Async: true},
	"aioboto3.session.Session":        {Kind: Session, Async: true},
	"botocore.session.get_session":    {Kind: BotocoreSession},
	"botocore.session.Session":        {Kind: BotocoreSession},
	"aiobotocore.session.get_session": {Kind: BotocoreSession, Async: true},
	"aiobotocore.session.AioSession":  {Kind: BotocoreSession, Async: true},
	"botocore.config.Config":          {Kind: Config},
	"aiobotocore.config.AioConfig":    {Kind: Config, Async: true},
	"boto3.client":                    {Kind: Client},
	"boto3.resource":                  {Kind: ServiceResource},
}

// containerBuiltins copy the elements of their first argument.
var containerBuiltins = map[string]bool{
	"builtins.list": true, "builtins.tuple": true, "builtins.set": true, "builtins.frozenset": true,
	"builtins.sorted": true, "builtins.reversed": true, "builtins.iter": true,
}

func (ev *evaluator) callValue(cv Value, e *Expr, f *frame) Value {
	args := ev.m.argsOf(e)
	switch cv.Kind {
	case pending:
		return cv
	case Symbol:
		if proto, ok := constructors[cv.Name]; ok {
			v := proto
			v.Origin = e.node()
			if v.Kind == Client || v.Kind == ServiceResource {
				v.Service = ev.serviceArg(e, f)
			}
			return v
		}
		if containerBuiltins[cv.Name] && len(args) > 0 && args[0].Splat == 0 && args[0].Name == "" {
			if len(args) == 1 || cv.Name == "builtins.sorted" {
				v := ev.eval(args[0].X, f)
				if v.Kind == Container || v.Kind == pending {
					return v
				}
			}
		}
		if cv.Name == "builtins.next" && len(args) >= 1 && args[0].Splat == 0 {
			return ev.element(ev.eval(args[0].X, f))
		}
		return ev.unknownf("what %s returns", cv.Name)
	case Function:
		return ev.inline(cv, e, f)
	case Class:
		return Value{Kind: Instance, Name: cv.Name, Exact: cv.Exact, Origin: e.node()}
	case Unknown:
		return cv
	}
	return ev.unknownf("calling %s", cv)
}

// inline evaluates a call of a function of the program: its return values
// with its parameters bound to the arguments.
func (ev *evaluator) inline(cv Value, e *Expr, f *frame) Value {
	if ev.shared != nil {
		uses := ev.shared.usesArgs(ev.explain, cv)
		var args []argVal
		if uses {
			args = ev.evalArgs(ev.m.argsOf(e), f)
		}
		return ev.shared.call(ev.explain, cv, args, uses)
	}
	uses := ev.callUsesArgs(cv)
	var args []argVal
	if uses {
		args = ev.evalArgs(ev.m.argsOf(e), f)
	}
	return ev.callWith(cv, args, uses)
}

// callUsesArgs reports whether calling cv may give something that depends
// on the arguments (see usesArgs); false when the call is not followed.
func (ev *evaluator) callUsesArgs(cv Value) bool {
	mod, qual := splitKey(cv.Name)
	fi := ev.function(mod, qual)
	return fi != nil && ev.opaque(mod, fi) == "" && !ev.returnsOf(mod, fi).Generator && ev.usesArgs(mod, fi)
}

// callWith evaluates a call of function cv with evaluated arguments (nil
// when uses is false: the result does not depend on them).
func (ev *evaluator) callWith(cv Value, args []argVal, uses bool) Value {
	mod, qual := splitKey(cv.Name)
	fi := ev.function(mod, qual)
	if fi == nil {
		return ev.unknownf("`%s` cannot be found", qual)
	}
	if why := ev.opaque(mod, fi); why != "" {
		return ev.unknownf("`%s` is %s", qual, why)
	}
	if ev.returnsOf(mod, fi).Generator {
		return ev.unknownf("`%s` is a generator", qual)
	}
	if !uses {
		return ev.returns(mod, fi, nil, Value{})
	}
	offset := 0
	var self Value
	if cv.Type != "" && fi.Recv != RecvNone {
		offset = 1
		self = Value{Kind: Instance, Name: cv.Type, Exact: cv.Exact}
		if fi.Recv == RecvClass {
			self.Kind = Class
		}
	}
	return ev.returns(mod, fi, bind(fi, args, offset), self)
}

// returns evaluates the return values of fi with its parameters bound.
func (ev *evaluator) returns(mod string, fi *FuncInfo, bound map[string]Value, self Value) Value {
	var b []byte
	if len(bound) > 0 {
		names := make([]string, 0, len(bound))
		for n := range bound {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			b = append(b, n...)
			b = append(b, '=')
			b = appendValueKey(b, bound[n])
		}
	}
	selfKey := ""
	if self.Known() {
		selfKey = string(appendValueKey(nil, self))
	}
	return ev.query(qkey{kind: qCall, mod: mod, a: fi.Qual, b: string(b), self: selfKey}, func() Value {
		ev.returnsOf(mod, fi)
		if len(fi.Returns) == 0 {
			return Value{Kind: None}
		}
		fr := &frame{key: fi.Qual + "\x00" + string(b) + "\x00" + selfKey, mod: mod, fn: fi.Qual, args: bound, self: self}
		j := joiner{explain: ev.explain}
		for _, r := range fi.Returns {
			if j.add(ev.eval(r, fr)) {
				break
			}
		}
		v := j.value()
		if v.Known() {
			v.Origin = syntax.Node{}
		} else if ev.explain && v.Why != "" {
			v.Why = "what `" + fi.Qual + "` returns: " + v.Why
		}
		return v
	})
}

// appendValueKey appends what identifies a value to a memo key.
func appendValueKey(b []byte, v Value) []byte {
	b = append(b, byte(v.Kind), byte(v.Elem), byte(v.Via))
	if v.Async {
		b = append(b, 'a')
	}
	if v.Exact {
		b = append(b, 'e')
	}
	b = append(b, v.Service...)
	b = append(b, 0)
	b = append(b, v.Type...)
	b = append(b, 0)
	b = append(b, v.Name...)
	return append(b, 0)
}

// usesArgs reports whether what fi returns may depend on its arguments or
// receiver: its return expressions mention a parameter or the receiver of
// fi. A function that does not gives the same for every call, and is
// evaluated once.
func (ev *evaluator) usesArgs(mod string, fi *FuncInfo) bool {
	fk := key(mod, fi.Qual)
	if v, ok := ev.argUse[fk]; ok {
		ev.cachedDeps("a\x00" + fk)
		return v
	}
	ev.begin()
	defer ev.remember("a\x00" + fk)
	seen := map[*Expr]bool{}
	var walk func(e *Expr) bool
	walk = func(e *Expr) bool {
		if e == nil || seen[e] {
			return false
		}
		seen[e] = true
		switch e.Op {
		case exprParam, exprSelf, exprSuper:
			if e.Fn == fi.Qual {
				return true
			}
		}
		if walk(ev.m.localOf(e)) {
			return true
		}
		for _, a := range ev.m.argsOf(e) {
			if walk(a.X) {
				return true
			}
		}
		for _, a := range e.Alts {
			if walk(a) {
				return true
			}
		}
		return false
	}
	uses := false
	for _, r := range ev.returnsOf(mod, fi).Returns {
		if walk(r) {
			uses = true
			break
		}
	}
	ev.argUse[fk] = uses
	return uses
}

// serviceArg returns the service name passed to a client or resource
// factory: the first positional argument or service_name=, when its value
// is a known string. "" when not certain.
func (ev *evaluator) serviceArg(e *Expr, f *frame) string {
	args := ev.m.argsOf(e)
	var arg *Expr
	for _, a := range args {
		if a.Name == "service_name" {
			arg = a.X
		}
	}
	if arg == nil && len(args) > 0 && args[0].Name == "" && args[0].Splat == 0 {
		arg = args[0].X
	}
	if arg == nil {
		return ""
	}
	v := ev.eval(arg, f)
	if v.Kind != String {
		return ""
	}
	if canonical, ok := serviceAliases[v.Name]; ok {
		return canonical
	}
	return v.Name
}

// serviceAliases are the service names botocore accepts besides the model
// folder names (botocore.session's _SERVICE_NAME_ALIASES).
var serviceAliases = map[string]string{
	"runtime.sagemaker": "sagemaker-runtime",
}

// factoryMethods are the method names that make a client or resource when
// given a service name.
var factoryMethods = map[string]ValueKind{"client": Client, "create_client": Client, "resource": ServiceResource}

// stringMethods map a str to a str.
var stringMethods = map[string]func(string) string{
	"lower": strings.ToLower, "upper": strings.ToUpper, "strip": func(s string) string { return strings.TrimSpace(s) },
	"lstrip":   func(s string) string { return strings.TrimLeft(s, " \t\n\r\v\f") },
	"rstrip":   func(s string) string { return strings.TrimRight(s, " \t\n\r\v\f") },
	"casefold": strings.ToLower,
}

// methodCall handles calls whose meaning depends on the receiver:
// session.client(...), client.get_paginator(...), resource.Table(...),
// str and container methods, and the factories of objects botolint cannot
// follow. ok is false when the call is an ordinary method call.
func (ev *evaluator) methodCall(recv Value, method string, e *Expr, f *frame) (Value, bool) {
	var args []Arg
	switch recv.Kind {
	case Client, String, Container:
		args = ev.m.argsOf(e)
	}
	switch recv.Kind {
	case pending:
		return recv, true
	case Session:
		switch method {
		case "client":
			return Value{Kind: Client, Service: ev.serviceArg(e, f), Async: recv.Async, Origin: e.node()}, true
		case "resource":
			return Value{Kind: ServiceResource, Service: ev.serviceArg(e, f), Async: recv.Async, Origin: e.node()}, true
		}
	case BotocoreSession:
		if method == "create_client" {
			return Value{Kind: Client, Service: ev.serviceArg(e, f), Async: recv.Async, Origin: e.node()}, true
		}
	case Client:
		switch method {
		case "get_paginator", "get_waiter":
			if len(args) == 0 || args[0].Name != "" || args[0].Splat != 0 {
				return Value{}, true
			}
			name := ev.eval(args[0].X, f)
			if name.Kind != String {
				return Value{}, true
			}
			kind := Paginator
			if method == "get_waiter" {
				kind = Waiter
			}
			return Value{Kind: kind, Service: recv.Service, Name: name.Name, Async: recv.Async, Via: recv.Via, Origin: e.node()}, true
		}
	case ServiceResource, ResourceInstance:
		if recv.Service == "" || ev.svc == nil {
			return Value{}, true
		}
		if t, ok := ev.svc.SubResource(recv.Service, recv.Type, method); ok {
			return Value{Kind: ResourceInstance, Service: recv.Service, Type: t, Async: recv.Async, Via: recv.Via, Origin: e.node()}, true
		}
		return Value{}, true
	case String:
		if fn, ok := stringMethods[method]; ok && len(args) == 0 {
			return Value{Kind: String, Name: fn(recv.Name), Origin: e.node()}, true
		}
		if method == "replace" && len(args) == 2 {
			a, b := ev.eval(args[0].X, f), ev.eval(args[1].X, f)
			if a.Kind == String && b.Kind == String && args[0].Name == "" && args[1].Name == "" {
				return Value{Kind: String, Name: strings.ReplaceAll(recv.Name, a.Name, b.Name), Origin: e.node()}, true
			}
		}
		return ev.unknownf("str.%s", method), true
	case Container:
		switch method {
		case "get", "pop", "setdefault":
			if len(args) == 0 {
				return Value{}, true
			}
			j := joiner{explain: ev.explain}
			j.add(ev.element(recv))
			if len(args) > 1 {
				j.add(ev.eval(args[1].X, f))
			}
			return j.value(), true
		case "values", "copy":
			return recv, true
		}
		return ev.unknownf("the container method %s", method), true
	}
	kind, factory := factoryMethods[method]
	if !factory {
		return Value{}, false
	}
	switch recv.Kind {
	case Unknown, Instance, Class, Module, Super:
	default:
		return Value{}, false
	}
	if recv.Kind != Unknown {
		// The program's own factory, when it can be followed to a client
		// or resource. Anything else it gives (a wrapper object, something
		// unknown) is taken for a client wrapper, on the evidence of the
		// name and the service.
		switch v := ev.callValue(ev.attr(recv, method, syntax.Node{}), e, f); v.Kind {
		case Client, ServiceResource:
			if v.Service == "" {
				// It makes a client but botolint cannot follow the
				// service name inside: the literal given says which.
				if service := ev.serviceArg(e, f); service != "" && ev.svc != nil && ev.svc.HasService(service) && v.Kind == kind {
					v.Service = service
				}
			}
			return v, true
		case pending:
			return v, true
		}
	}
	service := ev.serviceArg(e, f)
	if service == "" || ev.svc == nil || !ev.svc.HasService(service) ||
		kind == ServiceResource && !ev.svc.HasResourceInterface(service) {
		return Value{}, false
	}
	return Value{Kind: kind, Service: service, Via: ViaFactory, Origin: e.node()}, true
}

// attr returns the value of attribute name of recv.
func (ev *evaluator) attr(recv Value, name string, n syntax.Node) Value {
	if ev.shared != nil && projectKinds[recv.Kind] {
		return ev.shared.do(ev.explain, func(x *evaluator) Value { return x.attr(recv, name, syntax.Node{}) })
	}
	switch recv.Kind {
	case pending:
		return recv
	case Symbol:
		return Value{Kind: Symbol, Name: recv.Name + "." + name, Origin: n}
	case Client:
		switch name {
		case "exceptions":
			return Value{Kind: ClientExceptions, Service: recv.Service, Async: recv.Async, Via: recv.Via, Origin: n}
		case "meta":
			return Value{Kind: ClientMeta, Service: recv.Service, Async: recv.Async, Via: recv.Via, Origin: n}
		}
	case ClientExceptions:
		if name == "ClientError" {
			return Value{Kind: Symbol, Name: "botocore.exceptions.ClientError", Origin: n}
		}
		return Value{Kind: ModeledException, Service: recv.Service, Name: name, Origin: n}
	case ServiceResource, ResourceInstance:
		if name == "meta" {
			return Value{Kind: ResourceMeta, Service: recv.Service, Type: recv.Type, Async: recv.Async, Via: recv.Via, Origin: n}
		}
	case ResourceMeta:
		if name == "client" {
			return Value{Kind: Client, Service: recv.Service, Async: recv.Async, Via: ViaMeta, Origin: n}
		}
	case Module:
		return ev.moduleAttr(recv.Name, name)
	case Class:
		return ev.classAttr(recv, name)
	case Instance:
		return ev.instanceAttr(recv, name)
	case Super:
		return ev.superAttr(recv, name)
	case Unknown:
		return recv
	}
	return ev.unknownf("`%s` of %s", name, recv)
}

func (ev *evaluator) moduleAttr(mod, name string) Value {
	if v := ev.view(mod); v != nil && v.global(name) != nil {
		return ev.global(mod, name)
	}
	if ev.prog != nil {
		if sub, ok := ev.prog.Submodule(mod, name); ok {
			return Value{Kind: Module, Name: sub}
		}
	}
	return ev.unknownf("`%s` is not defined in module %s", name, mod)
}

// mroEntry is one class of a method resolution order: a class of the
// program, or (external set) a base botolint cannot see.
type mroEntry struct {
	key      string
	external string
}

// mroOf returns the method resolution order of class k (C3; a plain
// depth-first order when C3 fails).
func (ev *evaluator) mroOf(k string) []mroEntry {
	if m, ok := ev.mro[k]; ok {
		ev.cachedDeps("m\x00" + k)
		return m
	}
	ev.begin()
	defer ev.remember("m\x00" + k)
	if ev.busy["mro:"+k] {
		return []mroEntry{{key: k}}
	}
	ev.busy["mro:"+k] = true
	defer delete(ev.busy, "mro:"+k)
	ci := ev.class(k)
	out := []mroEntry{{key: k}}
	if ci == nil {
		out = append(out, mroEntry{external: "a class botolint cannot find"})
		ev.mro[k] = out
		return out
	}
	mod, _ := splitKey(k)
	var seqs [][]mroEntry
	var direct []mroEntry
	for _, b := range ci.Bases {
		v := ev.eval(b, &frame{mod: mod})
		switch {
		case v.Kind == Class:
			seqs = append(seqs, ev.mroOf(v.Name))
			direct = append(direct, mroEntry{key: v.Name})
		case v.Kind == Symbol && v.Name == "builtins.object":
		case v.Kind == Symbol:
			e := mroEntry{external: v.Name}
			seqs = append(seqs, []mroEntry{e})
			direct = append(direct, e)
		default:
			e := mroEntry{external: "a base class botolint cannot resolve"}
			seqs = append(seqs, []mroEntry{e})
			direct = append(direct, e)
		}
	}
	seqs = append(seqs, direct)
	merged, ok := c3(seqs)
	if !ok {
		merged = nil
		seen := map[mroEntry]bool{}
		for _, s := range seqs[:len(seqs)-1] {
			for _, e := range s {
				if !seen[e] {
					seen[e] = true
					merged = append(merged, e)
				}
			}
		}
	}
	out = append(out, merged...)
	ev.mro[k] = out
	return out
}

// c3 merges linearizations as Python does.
func c3(seqs [][]mroEntry) ([]mroEntry, bool) {
	var out []mroEntry
	for {
		nonEmpty := seqs[:0:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		if len(nonEmpty) == 0 {
			return out, true
		}
		seqs = nonEmpty
		var head mroEntry
		found := false
		for _, s := range seqs {
			cand := s[0]
			inTail := false
			for _, t := range seqs {
				for _, x := range t[1:] {
					if x == cand {
						inTail = true
					}
				}
			}
			if !inTail {
				head, found = cand, true
				break
			}
		}
		if !found {
			return nil, false
		}
		out = append(out, head)
		for i, s := range seqs {
			if s[0] == head {
				seqs[i] = s[1:]
			}
		}
	}
}

// isSubclass reports whether class sub is class sup or derives from it.
func (ev *evaluator) isSubclass(sub, sup string) bool {
	for _, e := range ev.mroOf(sub) {
		if e.key == sup {
			return true
		}
	}
	return false
}

// subclasses returns the direct subclasses of class k in the program.
func (ev *evaluator) subclasses(k string) []string {
	if s, ok := ev.subs[k]; ok {
		ev.cachedDeps("s\x00" + k)
		return s
	}
	ev.begin()
	defer ev.remember("s\x00" + k)
	if ev.busy["sub:"+k] {
		return nil
	}
	ev.busy["sub:"+k] = true
	defer delete(ev.busy, "sub:"+k)
	_, qual := splitKey(k)
	name := simpleName(qual)
	ev.dep(DepBases, "", name)
	var out []string
	for _, v := range ev.views(name, "") {
		for _, q := range v.subclassesNamed(name) {
			ci := v.class(q)
			if ci == nil {
				continue
			}
			for _, b := range ci.Bases {
				if bv := ev.eval(b, &frame{mod: v.moduleKey()}); bv.Kind == Class && bv.Name == k {
					out = append(out, key(v.moduleKey(), q))
					break
				}
			}
		}
	}
	ev.subs[k] = out
	return out
}

// descendants returns every subclass of k, transitively.
func (ev *evaluator) descendants(k string) []string {
	var out []string
	seen := map[string]bool{k: true}
	queue := []string{k}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		for _, s := range ev.subclasses(c) {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
				queue = append(queue, s)
			}
		}
	}
	return out
}

// concreteClasses returns the classes an instance of k or a subclass may
// be of: k and its descendants, without those that have subclasses but
// are never instantiated nor used as a value (abstract bases).
func (ev *evaluator) concreteClasses(k string) []string {
	if c, ok := ev.concrete[k]; ok {
		ev.cachedDeps("c\x00" + k)
		return c
	}
	ev.begin()
	defer ev.remember("c\x00" + k)
	all := append([]string{k}, ev.descendants(k)...)
	var out []string
	for _, c := range all {
		if len(ev.subclasses(c)) == 0 || ev.instantiated(c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		out = all
	}
	ev.concrete[k] = out
	return out
}

// instantiated reports whether class k is constructed somewhere, or used
// as a value (and so may be constructed anywhere).
func (ev *evaluator) instantiated(k string) bool {
	mod, qual := splitKey(k)
	name := simpleName(qual)
	ev.dep(DepSites, "", name)
	for _, v := range ev.views(name, mod) {
		for _, s := range v.sites(name) {
			if cv := ev.eval(s.Callee, &frame{mod: v.moduleKey()}); cv.Kind == Class && cv.Name == k {
				return true
			}
		}
		for _, r := range v.refs(name) {
			if rv := ev.eval(r.X, &frame{mod: v.moduleKey()}); rv.Kind == Class && rv.Name == k {
				return true
			}
		}
	}
	return false
}

// classAttr returns an attribute of a class object.
func (ev *evaluator) classAttr(cls Value, name string) Value {
	for _, e := range ev.mroOf(cls.Name) {
		if e.external != "" {
			return ev.unknownf("`%s` may come from %s", name, e.external)
		}
		ci := ev.class(e.key)
		if ci == nil {
			break
		}
		ev.attrOf(e.key, name)
		x, ok := ci.Attrs[name]
		if !ok {
			continue
		}
		mod, _ := splitKey(e.key)
		v := ev.eval(x, &frame{mod: mod})
		if v.Kind == Function {
			if fi := ev.function(splitKey(v.Name)); fi != nil && fi.Recv == RecvClass {
				v.Type, v.Exact = cls.Name, cls.Exact
			}
		}
		return v
	}
	return ev.unknownf("no attribute `%s` on class %s", name, cls.Name)
}

// instanceAttr returns an attribute of an instance.
func (ev *evaluator) instanceAttr(inst Value, name string) Value {
	if inst.Exact {
		return ev.lookupInstance(inst.Name, name)
	}
	j := joiner{explain: ev.explain}
	for _, k := range ev.concreteClasses(inst.Name) {
		v := ev.lookupInstance(k, name)
		if v.Kind == Function && v.Type != "" {
			// A method, bound to the instance as the caller sees it.
			v.Type, v.Exact = inst.Name, false
		}
		if j.add(v) {
			break
		}
	}
	return j.value()
}

// lookupInstance returns an attribute of an instance of exactly class k:
// a property's value, or the common value of the assignments to it in the
// methods of the classes of its resolution order (each evaluated with the
// receiver of class k), of the assignments to it through other references
// to such instances, and of the class attribute; else a method bound to
// the instance.
func (ev *evaluator) lookupInstance(k, name string) Value {
	return ev.query(qkey{kind: qInstanceAttr, a: k, b: name}, func() Value {
		self := Value{Kind: Instance, Name: k, Exact: true}
		j := joiner{explain: ev.explain}
		elems := joiner{explain: ev.explain}
		hasElems := false
		stores := 0
		var classDef *Expr
		classMod, external := "", ""
		for _, e := range ev.mroOf(k) {
			if e.external != "" {
				if external == "" {
					external = e.external
				}
				continue
			}
			ci := ev.class(e.key)
			if ci == nil {
				continue
			}
			ev.attrOf(e.key, name)
			if ci.Dynamic != "" {
				return ev.unknownf("attributes of %s are set dynamically: %s", e.key, ci.Dynamic)
			}
			mod, _ := splitKey(e.key)
			if classDef == nil && external == "" {
				if x, ok := ci.Attrs[name]; ok {
					classDef, classMod = x, mod
				}
			}
			for _, st := range ci.Self[name] {
				v := ev.eval(st.X, &frame{key: "s\x00" + st.Fn + "\x00" + k, mod: mod, fn: st.Fn, self: self})
				if st.Elem {
					hasElems = true
					elems.add(v)
					continue
				}
				stores++
				j.add(v)
			}
		}
		ev.dep(DepStores, "", name)
		for _, v := range ev.views(name, "") {
			for _, st := range v.stores(name) {
				recv := ev.eval(st.Recv, &frame{mod: v.moduleKey()})
				if recv.Kind == Instance && ev.receiverMay(recv.Name, recv.Exact, k) {
					stores++
					j.add(ev.eval(st.X, &frame{mod: v.moduleKey()}))
				}
			}
		}
		if classDef != nil {
			cv := ev.eval(classDef, &frame{mod: classMod})
			if cv.Kind == Function {
				fmod, fqual := splitKey(cv.Name)
				fi := ev.function(fmod, fqual)
				switch {
				case fi != nil && fi.Property:
					if why := ev.opaque(fmod, fi); why != "" {
						return ev.unknownf("property `%s` is %s", name, why)
					}
					return ev.returns(fmod, fi, map[string]Value{}, self)
				case stores == 0 && fi != nil:
					if fi.Recv != RecvNone {
						cv.Type, cv.Exact = k, true
					}
					return cv
				}
			}
			stores++
			j.add(cv)
		}
		if stores == 0 {
			if external != "" {
				return ev.unknownf("`%s` may be set by the base class %s", name, external)
			}
			return ev.unknownf("no attribute `%s` is set on %s", name, k)
		}
		v := j.value()
		if hasElems && v.Kind == Container {
			elems.add(v.Element())
			v = containerOf(elems.value())
		}
		return v
	})
}

// superAttr returns an attribute looked up through super().
func (ev *evaluator) superAttr(sup Value, name string) Value {
	recv := sup.Type
	mro := ev.mroOf(sup.Name)
	if sup.Exact {
		mro = ev.mroOf(recv)
	}
	after := false
	for _, e := range mro {
		if !after {
			after = e.key == sup.Name
			continue
		}
		if e.external != "" {
			return ev.unknownf("`%s` may come from %s", name, e.external)
		}
		ci := ev.class(e.key)
		if ci == nil {
			break
		}
		ev.attrOf(e.key, name)
		x, ok := ci.Attrs[name]
		if !ok {
			continue
		}
		mod, _ := splitKey(e.key)
		v := ev.eval(x, &frame{mod: mod})
		if v.Kind == Function {
			if fi := ev.function(splitKey(v.Name)); fi != nil && fi.Recv != RecvNone {
				v.Type, v.Exact = recv, sup.Exact
			}
		}
		return v
	}
	return ev.unknownf("no `%s` in the bases of %s", name, sup.Name)
}

// importValue returns what an import binds.
func (ev *evaluator) importValue(mod, spec string, n syntax.Node) Value {
	if !strings.HasPrefix(spec, ".") && isAWSModule(spec) || ev.prog == nil {
		return Value{Kind: Symbol, Name: spec, Origin: n}
	}
	ev.dep(DepImport, mod, spec)
	target, rest, ok := ev.prog.Import(mod, spec)
	if !ok {
		return Value{Kind: Symbol, Name: spec, Origin: n}
	}
	v := Value{Kind: Module, Name: target}
	for _, r := range rest {
		v = ev.attr(v, r, n)
	}
	return v
}

// joiner computes the common value of alternatives: None is skipped, a
// pending value (an assumption) adds nothing, anything unknown or two
// values that differ make it unknown.
type joiner struct {
	explain bool
	out     Value
	seen    bool
	top     bool
	pend    bool
	why     string
}

// add adds a value; it returns true once the result is unknown.
func (j *joiner) add(v Value) bool {
	switch {
	case j.top:
	case v.Kind == pending:
		j.pend = true
	case v.Kind == None:
	case !v.Known():
		j.top = true
		j.why = v.Why
	case !j.seen:
		j.out, j.seen = v, true
	default:
		m, ok := merge(j.out, v)
		if !ok {
			j.top = true
			if j.explain {
				j.why = "differing values " + j.out.String() + " and " + v.String()
			}
		} else {
			j.out = m
		}
	}
	return j.top
}

func (j *joiner) value() Value {
	switch {
	case j.top:
		return Value{Why: j.why}
	case j.seen:
		return j.out
	case j.pend:
		return Value{Kind: pending}
	}
	return Value{Kind: None}
}

// merge returns the common value of two values, ok false when they
// differ. Clients that differ only in how botolint knows them merge to the
// least certain way; containers merge their elements.
func merge(a, b Value) (Value, bool) {
	if a.same(b) {
		return a, true
	}
	if a.Kind == Container && b.Kind == Container {
		switch {
		case a.Elem == None:
			return b, true
		case b.Elem == None:
			return a, true
		}
		if e, ok := merge(a.Element(), b.Element()); ok {
			return containerOf(e), true
		}
		return Value{Kind: Container, Elem: Unknown}, true
	}
	if a.Kind != b.Kind || a.Service != b.Service || a.Type != b.Type || a.Name != b.Name || a.Async != b.Async || a.Exact != b.Exact || a.Elem != b.Elem {
		return Value{}, false
	}
	// Only Via differs.
	switch {
	case a.Via == ViaMeta || b.Via == ViaMeta:
		// A resource's client takes Python values; another does not.
		return Value{}, false
	case a.Via == ViaFactory || b.Via == ViaFactory:
		a.Via = ViaFactory
	default:
		a.Via = ViaAnnotation
	}
	return a, true
}
