package pagination

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto101_manual_pagination.md
var manualPaginationDoc string

// ManualPagination reports loops (and recursive functions) that pass a
// pagination token from one response of a pageable operation into the next
// call of it, instead of using the operation's paginator.
var ManualPagination = &analysis.Rule{
	Code:     "BTO101",
	Name:     "manual-pagination",
	Summary:  "A loop passes the pagination token of a pageable operation back by hand",
	Severity: analysis.SeverityWarning,
	Fix:      analysis.FixSometimes,
	Doc:      manualPaginationDoc,
	Kinds:    []syntax.Kind{syntax.KindWhileStatement, syntax.KindForStatement, syntax.KindFunctionDefinition},
	Visit:    checkManualPagination,
}

func checkManualPagination(p *analysis.Pass, n syntax.Node) {
	if n.Is(syntax.KindFunctionDefinition) {
		checkRecursion(p, n)
		return
	}
	m, ok := findManualLoop(p, n)
	if !ok {
		return
	}
	pc := m.call
	d := analysis.Diagnostic{Start: n.Start(), End: headerEnd(n)}
	switch {
	case bounded(p, n):
		d.Message = fmt.Sprintf("this loop pages through `%s` by hand and stops after a bounded number of pages or items: use `%s.paginate(...)` with `PaginationConfig={\"MaxItems\": ...}` to bound it",
			pc.pag.Method, pc.getPaginator())
	default:
		d.Message = fmt.Sprintf("this loop pages through `%s` by hand, passing %s back from each response: use the paginator, `%s`",
			pc.pag.Method, joinNames(m.tokens()), pc.getPaginator())
		if edits, ok := rewriteLoop(p, n, m); ok {
			d.Fixes = []analysis.Fix{{
				Title:         fmt.Sprintf("Iterate the pages of `%s`", pc.getPaginator()),
				Applicability: analysis.Unsafe,
				Edits:         edits,
			}}
		}
	}
	p.Report(d)
}

// manualLoop is a loop that feeds a response's token into a pageable call.
type manualLoop struct {
	call  *pageCall
	feeds []feed // every token feed of the call
	fed   []feed // the feeds whose value comes from a response
	kw    *kwargs
}

// tokens returns the input tokens fed from responses, in model order.
func (m *manualLoop) tokens() []string {
	var out []string
	for _, t := range m.call.pag.InputTokens {
		for _, f := range m.fed {
			if f.token == t {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// findManualLoop looks for a pageable call run by loop l (not by a loop
// nested in it) that receives an input token read from a response of the
// same operation.
func findManualLoop(p *analysis.Pass, l syntax.Node) (*manualLoop, bool) {
	for d := range l.Descendants() {
		if !d.Is(syntax.KindCall) || !enclosingLoop(d).Equal(l) {
			continue
		}
		pc, ok := asPageCall(p, d)
		if !ok {
			continue
		}
		feeds, kw := tokenFeeds(p, pc)
		if fed := fedFromResponse(p, pc, feeds); len(fed) > 0 {
			return &manualLoop{call: pc, feeds: feeds, fed: fed, kw: kw}, true
		}
	}
	return nil, false
}

// isManuallyPaged reports whether call is a pageable call that receives a
// token from a response of its operation (inside a loop or not).
func isManuallyPaged(p *analysis.Pass, pc *pageCall) bool {
	feeds, _ := tokenFeeds(p, pc)
	return len(fedFromResponse(p, pc, feeds)) > 0
}

// headerEnd returns the end of a compound statement's header: its colon.
func headerEnd(n syntax.Node) int {
	if c := n.ChildOfKind(syntax.TokenColon); c.Valid() {
		return c.End()
	}
	return n.End()
}

// bounded reports whether a token loop stops on purpose after a number of
// pages or items: a for loop over range(...), a while condition that
// compares an order (pages < limit), or a break or return under an if that
// does (if len(items) >= limit: break).
func bounded(p *analysis.Pass, l syntax.Node) bool {
	if l.Is(syntax.KindForStatement) {
		it := syntax.Unparen(l.ChildByField(syntax.FieldRight))
		if it.Is(syntax.KindCall) {
			if q, ok := p.Model.CallQualifiedName(it); ok && q == "builtins.range" {
				return true
			}
		}
		return false
	}
	if hasOrdering(l.ChildByField(syntax.FieldCondition)) {
		return true
	}
	for d := range l.ChildByField(syntax.FieldBody).Descendants() {
		if !d.Is(syntax.KindIfStatement) && !d.Is(syntax.KindElifClause) {
			continue
		}
		if !hasOrdering(d.ChildByField(syntax.FieldCondition)) {
			continue
		}
		for e := range d.ChildByField(syntax.FieldConsequence).Descendants() {
			switch {
			case e.Is(syntax.KindBreakStatement) && enclosingLoop(e).Equal(l):
				return true
			case e.Is(syntax.KindReturnStatement) && inOwnScope(e, scopeNode(l)):
				return true
			}
		}
	}
	return false
}

func hasOrdering(n syntax.Node) bool {
	if n.Is(syntax.KindComparisonOperator) && isOrdering(n) {
		return true
	}
	for d := range n.Descendants() {
		if d.Is(syntax.KindComparisonOperator) && isOrdering(d) {
			return true
		}
	}
	return false
}

// checkRecursion reports a function that calls a pageable operation with a
// token it receives as a parameter and calls itself with the token of the
// response.
func checkRecursion(p *analysis.Pass, fn syntax.Node) {
	body := fn.ChildByField(syntax.FieldBody)
	if name := fn.ChildByField(syntax.FieldName).Text(); name == "" || !strings.Contains(body.Text(), name) {
		// A function that never names itself does not call itself (calls
		// through an alias, g = f, are not followed): most functions end
		// here, before their calls are resolved.
		return
	}
	var pcs []*pageCall
	var tokens [][]string
	for d := range body.Descendants() {
		if !d.Is(syntax.KindCall) || !inOwnScope(d, fn) || enclosingLoop(d).Valid() {
			continue
		}
		pc, ok := asPageCall(p, d)
		if !ok {
			continue
		}
		feeds, _ := tokenFeeds(p, pc)
		var names []string
		for _, f := range feeds {
			if isParameterOf(p, f.value, fn) && !slices.Contains(names, f.token) {
				names = append(names, f.token)
			}
		}
		if len(names) > 0 {
			pcs = append(pcs, pc)
			tokens = append(tokens, names)
		}
	}
	if len(pcs) == 0 {
		return
	}
	for d := range body.Descendants() {
		if !d.Is(syntax.KindCall) || !inOwnScope(d, fn) {
			continue
		}
		callee := p.Resolve(d.ChildByField(syntax.FieldFunction))
		if callee.Kind != semantic.Function || !callee.Origin.Equal(fn) {
			continue
		}
		for _, a := range syntax.CallArguments(d) {
			for i, pc := range pcs {
				if _, ok := responseRead(p, pc, a.Value); !ok {
					continue
				}
				p.Report(analysis.Diagnostic{
					Start: d.Start(), End: d.End(),
					Message: fmt.Sprintf("`%s` calls itself with the %s of `%s` to get the next page: use the paginator, `%s`",
						fn.ChildByField(syntax.FieldName).Text(), joinNames(tokens[i]), pc.pag.Method, pc.getPaginator()),
				})
				return
			}
		}
	}
}

// isParameterOf reports whether v is a parameter of fn, or a name assigned
// from one (token = next_token or None).
func isParameterOf(p *analysis.Pass, v syntax.Node, fn syntax.Node) bool {
	return paramDepth(p, v, fn, 0)
}

func paramDepth(p *analysis.Pass, v, fn syntax.Node, d int) bool {
	v = syntax.Unparen(v)
	if d > 6 {
		return false
	}
	switch v.Kind() {
	case syntax.KindConditionalExpression:
		return paramDepth(p, v.NamedChild(0), fn, d+1) || paramDepth(p, v.NamedChild(2), fn, d+1)
	case syntax.KindBooleanOperator:
		return paramDepth(p, v.ChildByField(syntax.FieldLeft), fn, d+1) || paramDepth(p, v.ChildByField(syntax.FieldRight), fn, d+1)
	case syntax.KindIdentifier:
	default:
		return false
	}
	for _, b := range p.Model.Lookup(v.Text(), v) {
		switch b.Kind {
		case semantic.BindParameter:
			if b.Statement.Equal(fn) {
				return true
			}
		case semantic.BindAssign:
			if paramDepth(p, b.Value, fn, d+1) {
				return true
			}
		}
	}
	return false
}
