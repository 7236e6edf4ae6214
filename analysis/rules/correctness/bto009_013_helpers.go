package correctness

// Helpers shared by BTO009-BTO013 (paginator and waiter names, config
// dicts, client exceptions, DynamoDB floats).

import (
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// modelOfValue returns the catalog model of a resolved value's service, nil
// when the service is not known for certain or not in the catalog.
func modelOfValue(p *analysis.Pass, v semantic.Value) *awsmodel.Service {
	if v.Service == "" || p.Catalog == nil || !p.Catalog.HasService(v.Service) {
		return nil
	}
	return p.Catalog.Service(v.Service)
}

// clientTitle names a service's client in messages: "the S3 client".
func clientTitle(svc *awsmodel.Service) string {
	name := svc.ServiceID
	if name == "" {
		name = svc.Name
	}
	return "the " + name + " client"
}

// clientMethodCall splits recv.method(...) where recv resolves to a
// low-level client of a catalog service.
func clientMethodCall(p *analysis.Pass, call syntax.Node) (svc *awsmodel.Service, method string, ok bool) {
	v, method, ok := p.Model.IsMethodCallOn(call, semantic.Client)
	if !ok {
		return nil, "", false
	}
	svc = modelOfValue(p, v)
	return svc, method, svc != nil
}

// registryNameArg returns the argument that names a paginator or waiter: the
// first positional argument, or the keyword the method declares
// (operation_name=, waiter_name=). ok is false when the call has splats or
// no such argument.
func registryNameArg(call syntax.Node, keyword string) (syntax.Node, bool) {
	if syntax.HasSplat(call) {
		return syntax.Node{}, false
	}
	if arg, ok := syntax.PositionalArgument(call, 0); ok {
		return arg, true
	}
	return syntax.KeywordArgument(call, keyword)
}

// quotedNames renders names as "`a`, `b` and `c`".
func quotedNames(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "`" + n + "`"
	}
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// bindingReads finds, within one file, the identifiers that read a binding.
// It indexes the file's identifiers by name on first use and resolves the
// identifiers of a name once, when a binding of that name is first asked
// about; one value serves one pass.
type bindingReads struct {
	p        *analysis.Pass
	resolved map[string]bool
	reads    map[*semantic.Binding][]syntax.Node
}

func newBindingReads(p *analysis.Pass) *bindingReads {
	return &bindingReads{p: p, resolved: map[string]bool{}, reads: map[*semantic.Binding][]syntax.Node{}}
}

// of returns the identifiers, other than the binding's own target, whose
// name resolves to b and to nothing else.
func (r *bindingReads) of(b *semantic.Binding) []syntax.Node {
	if !r.resolved[b.Name] {
		r.resolved[b.Name] = true
		for _, id := range r.p.Model.Reads(b.Name) {
			bs := r.p.Model.Lookup(b.Name, id)
			if len(bs) == 1 && !id.Equal(bs[0].Target) {
				r.reads[bs[0]] = append(r.reads[bs[0]], id)
			}
		}
	}
	return r.reads[b]
}

// soleLiteralBinding returns the one binding an identifier refers to when it
// is a plain assignment of a literal of one of kinds (name = {...}) in a
// module or function scope: the value the name holds wherever it is read.
func soleLiteralBinding(p *analysis.Pass, id syntax.Node, kinds ...syntax.Kind) (*semantic.Binding, syntax.Node, bool) {
	id = syntax.Unparen(id)
	if !id.Is(syntax.KindIdentifier) {
		return nil, syntax.Node{}, false
	}
	bs := p.Model.Lookup(id.Text(), id)
	if len(bs) != 1 {
		return nil, syntax.Node{}, false
	}
	b := bs[0]
	if b.Kind != semantic.BindAssign || !b.Target.Is(syntax.KindIdentifier) || b.Scope == nil ||
		(b.Scope.Kind != semantic.ModuleScope && b.Scope.Kind != semantic.FunctionScope) {
		return nil, syntax.Node{}, false
	}
	v := syntax.Unparen(b.Value)
	for _, k := range kinds {
		if v.Is(k) {
			return b, v, true
		}
	}
	return nil, syntax.Node{}, false
}

// publicModuleName reports whether other modules may import the binding's
// name: a public module-level name. Fixes that change such a value are
// unsafe, since code elsewhere may read it.
func publicModuleName(b *semantic.Binding) bool {
	return b.Scope != nil && b.Scope.Kind == semantic.ModuleScope && !strings.HasPrefix(b.Name, "_")
}

// literalFlow tracks literals reached through names (cfg = {...} then
// PaginationConfig=cfg): a name is followed only when every read of it in
// the file is one of the uses the rule checks, so that nothing else can
// change or depend on the literal. Rules record the identifiers they reach
// with use, then take the bindings whose every read is such a use with
// next.
type literalFlow struct {
	refs    *bindingReads
	used    map[int]bool // identifier node index -> reached by a checked use
	pending map[*semantic.Binding]*pendingValue
	ready   []*semantic.Binding
}

type pendingValue struct {
	value syntax.Node // the literal
	ctx   any         // what the rule needs to check it (a shape, a config kind), from the first use
	uses  int         // distinct reads reached by checked uses
	ready bool        // queued for next
}

func newLiteralFlow(p *analysis.Pass) *literalFlow {
	return &literalFlow{
		refs:    newBindingReads(p),
		used:    map[int]bool{},
		pending: map[*semantic.Binding]*pendingValue{},
	}
}

// use records that identifier id, bound to b whose literal is value, is
// read at a checked position with context ctx.
func (f *literalFlow) use(id syntax.Node, b *semantic.Binding, value syntax.Node, ctx any) {
	pv := f.pending[b]
	if pv == nil {
		pv = &pendingValue{value: value, ctx: ctx}
		f.pending[b] = pv
	}
	if f.used[id.Index()] {
		return
	}
	f.used[id.Index()] = true
	pv.uses++
	if !pv.ready && pv.uses == len(f.refs.of(b)) {
		pv.ready = true
		f.ready = append(f.ready, b)
	}
}

// next returns a binding whose every read is a checked use, each binding
// once; ok is false when there is none left. Checking the returned value
// may record more uses (a name inside the literal), so callers loop until
// next reports nothing.
func (f *literalFlow) next() (b *semantic.Binding, value syntax.Node, ctx any, ok bool) {
	if len(f.ready) == 0 {
		return nil, syntax.Node{}, nil, false
	}
	b, f.ready = f.ready[0], f.ready[1:]
	pv := f.pending[b]
	return b, pv.value, pv.ctx, true
}
