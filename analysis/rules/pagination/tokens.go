package pagination

import (
	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// feedKind says how a pagination token reaches a call.
type feedKind int

const (
	feedKeyword   feedKind = iota // NextToken=token
	feedSplatDict                 // **{"NextToken": token}
	feedSplatCond                 // **({"NextToken": token} if token else {})
	feedKwargs                    // through a dict passed as **kwargs
)

// feed is one way an input token of the paginator reaches a call.
type feed struct {
	kind  feedKind
	token string      // the input token name
	value syntax.Node // the expression passed as the token
	// node is the argument (keyword or splat) for the first three kinds,
	// the statement that puts the token in the dict for feedKwargs.
	node syntax.Node
}

// kwargs describes a dict passed as **name to a pageable call.
type kwargs struct {
	name     string
	arg      syntax.Node // the **name argument
	bindings []*semantic.Binding
	// stmts are the statements that put a token into the dict.
	feeds []feed
	// other are statements that change the dict in other ways, or use it
	// for something else than the call.
	other []syntax.Node
	// splats are other calls' **name arguments.
	splats []syntax.Node
	// uses are all loads of the name.
	uses []syntax.Node
	// understood is false when a binding or a use is of a kind the fix
	// cannot follow.
	understood bool
}

// tokenFeeds returns how the input tokens of pc's paginator reach the call:
// directly as keywords, in literal dicts splatted into it, or through a
// kwargs dict.
func tokenFeeds(p *analysis.Pass, pc *pageCall) ([]feed, *kwargs) {
	var out []feed
	var kw *kwargs
	for _, a := range syntax.CallArguments(pc.call) {
		switch {
		case a.Name != "" && pc.isInputToken(a.Name):
			out = append(out, feed{kind: feedKeyword, token: a.Name, value: a.Value, node: a.Node})
		case a.Splat == 2:
			v := syntax.Unparen(a.Value)
			switch {
			case v.Is(syntax.KindDictionary):
				out = append(out, dictFeeds(pc, v, feedSplatDict, a.Node)...)
			case v.Is(syntax.KindConditionalExpression):
				for _, br := range []syntax.Node{v.NamedChild(0), v.NamedChild(2)} {
					if br = syntax.Unparen(br); br.Is(syntax.KindDictionary) {
						out = append(out, dictFeeds(pc, br, feedSplatCond, a.Node)...)
					}
				}
			case v.Is(syntax.KindIdentifier):
				kw = kwargsOf(p, pc, v, a.Node)
				out = append(out, kw.feeds...)
			}
		}
	}
	return out, kw
}

// dictFeeds returns the token pairs of a dict literal.
func dictFeeds(pc *pageCall, dict syntax.Node, kind feedKind, node syntax.Node) []feed {
	var out []feed
	pairs, _ := syntax.DictPairs(dict)
	for _, pr := range pairs {
		if k, ok := syntax.StringValue(pr.Key); ok && pc.isInputToken(k) {
			out = append(out, feed{kind: kind, token: k, value: pr.Value, node: node})
		}
	}
	return out
}

// kwargsOf follows the dict passed as **id: its bindings, the statements
// that put tokens in it and the other changes.
func kwargsOf(p *analysis.Pass, pc *pageCall, id, arg syntax.Node) *kwargs {
	kw := &kwargs{name: id.Text(), arg: arg, understood: true}
	kw.bindings = p.Model.Lookup(kw.name, id)
	if len(kw.bindings) == 0 {
		kw.understood = false
		return kw
	}
	seen := map[int]bool{}
	for _, b := range kw.bindings {
		if b.Kind != semantic.BindAssign || !b.Value.Valid() {
			kw.understood = false
			continue
		}
		v := syntax.Unparen(b.Value)
		switch {
		case v.Is(syntax.KindDictionary):
			for _, f := range dictFeeds(pc, v, feedKwargs, b.Statement) {
				kw.feeds = append(kw.feeds, f)
			}
		case v.Is(syntax.KindConditionalExpression):
			for _, br := range []syntax.Node{v.NamedChild(0), v.NamedChild(2)} {
				br = syntax.Unparen(br)
				if !br.Is(syntax.KindDictionary) {
					kw.understood = false
					continue
				}
				kw.feeds = append(kw.feeds, dictFeeds(pc, br, feedKwargs, b.Statement)...)
			}
		default:
			kw.understood = false
		}
		for _, u := range uses(p, b) {
			if seen[u.Index()] {
				continue
			}
			seen[u.Index()] = true
			kw.uses = append(kw.uses, u)
			kwargsUse(pc, kw, u)
		}
	}
	return kw
}

// kwargsUse classifies one load of a kwargs dict.
func kwargsUse(pc *pageCall, kw *kwargs, u syntax.Node) {
	par := u.Parent()
	switch {
	case par.Is(syntax.KindDictionarySplat) && par.Parent().Is(syntax.KindArgumentList):
		// Passed to a call; the pageable call itself, or another one.
		if !par.Equal(kw.arg) {
			kw.splats = append(kw.splats, par)
		}
	case par.Is(syntax.KindSubscript) && u.Field() == syntax.FieldValue:
		stmt := syntax.StatementOf(u)
		target, value, ok := assignment(stmt)
		if !ok || !syntax.Unparen(target).Equal(par) {
			kw.other = append(kw.other, stmt)
			return
		}
		if k, ok := syntax.StringValue(par.ChildByField(syntax.FieldSubscript)); ok && pc.isInputToken(k) {
			kw.feeds = append(kw.feeds, feed{kind: feedKwargs, token: k, value: value, node: stmt})
			return
		}
		kw.other = append(kw.other, stmt)
	case par.Is(syntax.KindAttribute) && u.Field() == syntax.FieldObject &&
		par.ChildByField(syntax.FieldAttribute).TextIs("update") && par.Parent().Is(syntax.KindCall):
		stmt := syntax.StatementOf(u)
		call := par.Parent()
		e, ok := expressionOf(stmt)
		var fs []feed
		all := ok && e.Equal(call)
		for _, a := range syntax.CallArguments(call) {
			switch {
			case a.Name != "":
				if pc.isInputToken(a.Name) {
					fs = append(fs, feed{kind: feedKwargs, token: a.Name, value: a.Value, node: stmt})
				} else {
					all = false
				}
			case a.Positional() && syntax.Unparen(a.Value).Is(syntax.KindDictionary):
				pairs, splat := syntax.DictPairs(a.Value)
				if splat {
					all = false
				}
				for _, pr := range pairs {
					k, ok := syntax.StringValue(pr.Key)
					if ok && pc.isInputToken(k) {
						fs = append(fs, feed{kind: feedKwargs, token: k, value: pr.Value, node: stmt})
					} else {
						all = false
					}
				}
			default:
				all = false
			}
		}
		kw.feeds = append(kw.feeds, fs...)
		if !all || len(fs) == 0 {
			kw.other = append(kw.other, stmt)
		}
	default:
		kw.other = append(kw.other, syntax.StatementOf(u))
	}
}

// responseRead returns the path that expression v reads from a response of
// pc's operation: resp["NextToken"], resp.get("NextToken"), a name assigned
// from such a read, either branch of a conditional expression.
func responseRead(p *analysis.Pass, pc *pageCall, v syntax.Node) (path, bool) {
	return responseReadDepth(p, pc, v, 0)
}

func responseReadDepth(p *analysis.Pass, pc *pageCall, v syntax.Node, d int) (path, bool) {
	v = syntax.Unparen(v)
	if d > 8 || !v.Valid() {
		return nil, false
	}
	switch v.Kind() {
	case syntax.KindIdentifier:
		for _, b := range p.Model.Lookup(v.Text(), v) {
			if (b.Kind == semantic.BindAssign || b.Kind == semantic.BindWalrus) && b.Value.Valid() {
				if r, ok := responseReadDepth(p, pc, b.Value, d+1); ok {
					return r, true
				}
			}
		}
		return nil, false
	case syntax.KindConditionalExpression:
		for _, br := range []syntax.Node{v.NamedChild(0), v.NamedChild(2)} {
			if r, ok := responseReadDepth(p, pc, br, d+1); ok {
				return r, true
			}
		}
		return nil, false
	case syntax.KindBooleanOperator:
		for _, br := range []syntax.Node{v.ChildByField(syntax.FieldLeft), v.ChildByField(syntax.FieldRight)} {
			if r, ok := responseReadDepth(p, pc, br, d+1); ok {
				return r, true
			}
		}
		return nil, false
	}
	root := readRoot(v)
	if !root.Valid() || root.Equal(v) {
		return nil, false
	}
	a := accessFrom(root)
	if !a.top.Equal(v) || len(a.path) == 0 {
		return nil, false
	}
	if isResponseOf(p, pc, root) {
		return a.path, true
	}
	return nil, false
}

// readRoot returns the expression a chain of subscripts and .get calls
// starts from.
func readRoot(v syntax.Node) syntax.Node {
	for {
		v = syntax.Unparen(v)
		switch {
		case v.Is(syntax.KindSubscript):
			v = v.ChildByField(syntax.FieldValue)
		case v.Is(syntax.KindCall):
			recv, m, ok := syntax.MethodCall(v)
			if !ok || m != "get" {
				return v
			}
			v = recv
		default:
			return v
		}
	}
}

// isResponseOf reports whether expression n is a response of pc's
// operation: a call of it, or a name bound to one.
func isResponseOf(p *analysis.Pass, pc *pageCall, n syntax.Node) bool {
	n = syntax.Unparen(n)
	if n.Is(syntax.KindAwait) {
		n = syntax.Unparen(n.NamedChild(0))
	}
	if other, ok := asPageCall(p, n); ok {
		return other.sameOperation(pc)
	}
	if !n.Is(syntax.KindIdentifier) {
		return false
	}
	for _, b := range p.Model.Lookup(n.Text(), n) {
		if b.Kind != semantic.BindAssign && b.Kind != semantic.BindWalrus {
			continue
		}
		v := syntax.Unparen(b.Value)
		if v.Is(syntax.KindAwait) {
			v = syntax.Unparen(v.NamedChild(0))
		}
		if other, ok := asPageCall(p, v); ok && other.sameOperation(pc) {
			return true
		}
	}
	return false
}

// fedFromResponse returns the feeds whose value comes from a response of
// the same operation.
func fedFromResponse(p *analysis.Pass, pc *pageCall, feeds []feed) []feed {
	var out []feed
	for _, f := range feeds {
		if _, ok := responseRead(p, pc, f.value); ok {
			out = append(out, f)
		}
	}
	return out
}
