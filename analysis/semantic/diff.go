package semantic

import "slices"

// SummaryDiff is what differs between two summaries of a module, as the
// files that read them see it: line numbers aside (an edit above a call
// moves it without changing what it passes).
type SummaryDiff struct {
	// Exports: the module-level names, functions, classes, parameter
	// events, dynamic access or use of an AWS SDK differ.
	Exports bool
	// Names are the last names whose calls, value uses, attribute stores
	// or subclasses differ (see Program.Mentioning).
	Names []string
}

// Empty reports whether the summaries hold the same.
func (d SummaryDiff) Empty() bool { return !d.Exports && len(d.Names) == 0 }

// Diff compares two summaries of a module; either may be nil (a module
// added or removed).
func Diff(a, b *Summary) SummaryDiff {
	var d SummaryDiff
	va, vb := viewOrNil(a), viewOrNil(b)
	d.Exports = exportsDiffer(a, b, va, vb)
	eq := &exprEq{seen: map[[2]*Expr]bool{}}
	for _, name := range unionNames(tableNames(a, func(e *encodedSummary) nameTable { return e.sites }),
		tableNames(b, func(e *encodedSummary) nameTable { return e.sites })) {
		if !slices.EqualFunc(va.sitesOrNil(name), vb.sitesOrNil(name), eq.site) {
			d.Names = append(d.Names, name)
		}
	}
	for _, name := range unionNames(tableNames(a, func(e *encodedSummary) nameTable { return e.refs }),
		tableNames(b, func(e *encodedSummary) nameTable { return e.refs })) {
		if !slices.EqualFunc(va.refsOrNil(name), vb.refsOrNil(name), eq.ref) {
			d.Names = append(d.Names, name)
		}
	}
	for _, name := range unionNames(tableNames(a, func(e *encodedSummary) nameTable { return e.stores }),
		tableNames(b, func(e *encodedSummary) nameTable { return e.stores })) {
		if !slices.EqualFunc(va.storesOrNil(name), vb.storesOrNil(name), eq.store) {
			d.Names = append(d.Names, name)
		}
	}
	var ba, bb map[string][]string
	if a != nil {
		ba = a.enc.bases
	}
	if b != nil {
		bb = b.enc.bases
	}
	for _, name := range unionNames(sortedNames(ba), sortedNames(bb)) {
		if !slices.Equal(ba[name], bb[name]) {
			d.Names = append(d.Names, name)
		}
	}
	slices.Sort(d.Names)
	d.Names = slices.Compact(d.Names)
	return d
}

func viewOrNil(s *Summary) *summaryView {
	if s == nil {
		return nil
	}
	return newSummaryView(s)
}

func (v *summaryView) sitesOrNil(name string) []*CallSite {
	if v == nil {
		return nil
	}
	return v.sites(name)
}

func (v *summaryView) refsOrNil(name string) []*Ref {
	if v == nil {
		return nil
	}
	return v.refs(name)
}

func (v *summaryView) storesOrNil(name string) []*AttrStore {
	if v == nil {
		return nil
	}
	return v.stores(name)
}

// tableNames returns the names of one table of s, sorted.
func tableNames(s *Summary, table func(*encodedSummary) nameTable) []string {
	if s == nil {
		return nil
	}
	t := table(s.enc)
	out := make([]string, len(t.names))
	for i, id := range t.names {
		out[i] = s.enc.strs[id]
	}
	return out
}

// unionNames merges two sorted lists of names.
func unionNames(a, b []string) []string {
	out := append(append([]string(nil), a...), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

func exportsDiffer(a, b *Summary, va, vb *summaryView) bool {
	if a == nil || b == nil {
		return a != b
	}
	if a.Dynamic != b.Dynamic || a.AWS != b.AWS || !slices.Equal(a.Events, b.Events) {
		return true
	}
	eq := &exprEq{seen: map[[2]*Expr]bool{}}
	ga := tableNames(a, func(e *encodedSummary) nameTable { return e.globals })
	if !slices.Equal(ga, tableNames(b, func(e *encodedSummary) nameTable { return e.globals })) {
		return true
	}
	for _, n := range ga {
		if !eq.expr(va.global(n), vb.global(n)) {
			return true
		}
	}
	fa := tableNames(a, func(e *encodedSummary) nameTable { return e.funcs })
	if !slices.Equal(fa, tableNames(b, func(e *encodedSummary) nameTable { return e.funcs })) {
		return true
	}
	for _, q := range fa {
		if !eq.function(va.function(q), vb.function(q)) {
			return true
		}
	}
	ca := tableNames(a, func(e *encodedSummary) nameTable { return e.classes })
	if !slices.Equal(ca, tableNames(b, func(e *encodedSummary) nameTable { return e.classes })) {
		return true
	}
	for _, q := range ca {
		if !eq.class(va.class(q), vb.class(q)) {
			return true
		}
	}
	return false
}

// exprEq compares expressions of two summaries by structure. Pairs being
// compared count as equal while they are (the graphs may have cycles).
type exprEq struct {
	seen map[[2]*Expr]bool
}

func (q *exprEq) expr(a, b *Expr) bool {
	if a == nil || b == nil {
		return a == b
	}
	k := [2]*Expr{a, b}
	if r, ok := q.seen[k]; ok {
		return r
	}
	q.seen[k] = true
	r := a.Op == b.Op && a.Name == b.Name && a.Fn == b.Fn && sameVal(a.Val, b.Val) && q.expr(a.X, b.X) &&
		slices.EqualFunc(a.Args, b.Args, q.arg) && slices.EqualFunc(a.Alts, b.Alts, q.expr)
	q.seen[k] = r
	return r
}

func sameVal(a, b *Value) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Kind == b.Kind && a.Elem == b.Elem && a.Via == b.Via && a.Async == b.Async && a.Exact == b.Exact &&
		a.Service == b.Service && a.Type == b.Type && a.Name == b.Name && a.Why == b.Why
}

func (q *exprEq) arg(a, b Arg) bool {
	return a.Name == b.Name && a.Splat == b.Splat && q.expr(a.X, b.X)
}

func (q *exprEq) site(a, b *CallSite) bool {
	return a.Fn == b.Fn && q.expr(a.Callee, b.Callee) && slices.EqualFunc(a.Args, b.Args, q.arg)
}

func (q *exprEq) ref(a, b *Ref) bool { return a.Fn == b.Fn && q.expr(a.X, b.X) }

func (q *exprEq) store(a, b *AttrStore) bool {
	return a.Fn == b.Fn && a.Attr == b.Attr && q.expr(a.Recv, b.Recv) && q.expr(a.X, b.X)
}

func (q *exprEq) function(a, b *FuncInfo) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Qual == b.Qual && a.Class == b.Class && a.Recv == b.Recv && a.Property == b.Property && a.Opaque == b.Opaque &&
		a.Generator == b.Generator && a.Forwards == b.Forwards &&
		slices.EqualFunc(a.Params, b.Params, func(x, y ParamInfo) bool {
			return x.Name == y.Name && x.Kind == y.Kind && q.expr(x.Default, y.Default)
		}) &&
		slices.EqualFunc(a.Returns, b.Returns, q.expr) && slices.EqualFunc(a.Decorators, b.Decorators, q.expr) &&
		slices.Equal(a.DecoratorNames, b.DecoratorNames)
}

func (q *exprEq) class(a, b *ClassInfo) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Qual != b.Qual || a.Dynamic != b.Dynamic || !slices.EqualFunc(a.Bases, b.Bases, q.expr) ||
		len(a.Attrs) != len(b.Attrs) || len(a.Self) != len(b.Self) {
		return false
	}
	for n, x := range a.Attrs {
		if y, ok := b.Attrs[n]; !ok || !q.expr(x, y) {
			return false
		}
	}
	for n, xs := range a.Self {
		ys, ok := b.Self[n]
		if !ok || !slices.EqualFunc(xs, ys, func(x, y SelfStore) bool { return x.Fn == y.Fn && x.Elem == y.Elem && q.expr(x.X, y.X) }) {
			return false
		}
	}
	return true
}
