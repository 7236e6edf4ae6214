package pagination

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

//go:embed bto104_paginate_then_flatten.md
var flattenDoc string

// PaginateThenFlatten reports nested loops over a paginator's pages and
// the items of a result key that only collect one field of each item (or
// the items themselves): the paginator's .search() does that.
var PaginateThenFlatten = &analysis.Rule{
	Code:     "BTO104",
	Name:     "paginate-then-flatten",
	Summary:  "Nested page and item loops only collect one field of each item",
	Severity: analysis.SeverityInfo,
	Fix:      analysis.FixSometimes,
	Doc:      flattenDoc,
	Kinds: []syntax.Kind{syntax.KindForStatement, syntax.KindListComprehension,
		syntax.KindSetComprehension, syntax.KindGeneratorExpression},
	Visit: checkFlatten,
}

// pagesOf recognizes an iteration over a paginator's pages:
// paginator.paginate(...), client.get_paginator("op").paginate(...), or a
// name bound once to one of those.
func pagesOf(p *analysis.Pass, it syntax.Node) (*awsmodel.Paginator, bool) {
	it = syntax.Unparen(it)
	if it.Is(syntax.KindIdentifier) {
		bs := p.Model.Lookup(it.Text(), it)
		if len(bs) != 1 || bs[0].Kind != semantic.BindAssign {
			return nil, false
		}
		it = syntax.Unparen(bs[0].Value)
	}
	v, method, ok := p.Model.IsMethodCallOn(it, semantic.Paginator)
	if !ok || method != "paginate" || v.Service == "" || v.Async {
		return nil, false
	}
	svc := p.Catalog.Service(v.Service)
	if svc == nil {
		return nil, false
	}
	pag := svc.Paginator(v.Name)
	return pag, pag != nil
}

// flatten is a recognized page-then-item collection.
type flatten struct {
	pag      *awsmodel.Paginator
	pages    syntax.Node // the iterable of the pages
	key      string      // result key
	fields   string      // ".Field.Sub", "" for the items themselves
	tolerant bool
	// collect is the statement or expression that collects; kind is
	// "append", "add", "extend", "yield" or a comprehension kind.
	collect syntax.Node
	kind    string
	target  string // the collection appended to
}

func checkFlatten(p *analysis.Pass, n syntax.Node) {
	var f *flatten
	var ok bool
	if n.Is(syntax.KindForStatement) {
		f, ok = flattenLoop(p, n)
	} else {
		f, ok = flattenComprehension(p, n)
	}
	if !ok {
		return
	}
	expr, exprOK := searchExpression(f.key, f.fields, f.tolerant)
	what := "the items of `" + f.key + "`"
	if f.fields != "" {
		what = "`" + strings.TrimPrefix(f.fields, ".") + "` of each item of `" + f.key + "`"
	}
	plain, _ := searchExpression(f.key, f.fields, false)
	end := n.End()
	if n.Is(syntax.KindForStatement) {
		end = headerEnd(n)
	}
	d := analysis.Diagnostic{
		Start: n.Start(), End: end,
		Message: fmt.Sprintf("these loops over the pages of `%s` only collect %s: use `.search(%q)` on the pages", f.pag.Method, what, plain),
	}
	if exprOK {
		if edits, ok := flattenFix(p, n, f, expr); ok {
			d.Fixes = []analysis.Fix{{
				Title:         fmt.Sprintf("Collect with `.search(%q)`", expr),
				Applicability: analysis.Unsafe,
				Edits:         edits,
			}}
		}
	}
	p.Report(d)
}

// itemsRead recognizes page["Key"], page.get("Key", []) and
// page.get("Key") or [] on the page variable, with Key a result key.
func itemsRead(p *analysis.Pass, pag *awsmodel.Paginator, page syntax.Node, e syntax.Node) (key string, tolerant, ok bool) {
	e = syntax.Unparen(e)
	if e.Is(syntax.KindBooleanOperator) {
		if !e.ChildByField(syntax.FieldOperator).TextIs("or") || !isEmptyCollection(e.ChildByField(syntax.FieldRight)) {
			return "", false, false
		}
		tolerant = true
		e = syntax.Unparen(e.ChildByField(syntax.FieldLeft))
	}
	root := readRoot(e)
	if !root.Is(syntax.KindIdentifier) || !root.TextIs(page.Text()) {
		return "", false, false
	}
	a := accessFrom(root)
	if !a.top.Equal(e) || len(a.path) != 1 {
		return "", false, false
	}
	if a.viaGet {
		if a.dflt.Valid() {
			if !isEmptyCollection(a.dflt) {
				return "", false, false
			}
			tolerant = true
		} else if !tolerant {
			return "", false, false
		}
	}
	k := a.path[0].key
	for _, rk := range pag.ResultKeys {
		if rk == k {
			return k, tolerant, true
		}
	}
	return "", false, false
}

// fieldsOf reads item, item["A"], item["A"]["B"] as "", ".A", ".A.B".
func fieldsOf(item syntax.Node, e syntax.Node) (string, bool) {
	e = syntax.Unparen(e)
	if e.Is(syntax.KindIdentifier) {
		return "", e.TextIs(item.Text())
	}
	root := readRoot(e)
	if !root.Is(syntax.KindIdentifier) || !root.TextIs(item.Text()) {
		return "", false
	}
	a := accessFrom(root)
	if !a.top.Equal(e) || a.viaGet {
		return "", false
	}
	var b strings.Builder
	for _, s := range a.path {
		if s.isIdx {
			return "", false
		}
		b.WriteString("." + s.key)
	}
	return b.String(), true
}

// onlyUse reports whether identifier target's binding is read exactly once,
// at use.
func onlyUse(p *analysis.Pass, target, use syntax.Node) bool {
	b := bindingOf(p, target)
	if b == nil {
		return false
	}
	us := uses(p, b)
	return len(us) == 1 && us[0].Equal(use)
}

// singleStatement returns the only statement of a block.
func singleStatement(block syntax.Node) (syntax.Node, bool) {
	st := statements(block)
	if len(st) != 1 {
		return syntax.Node{}, false
	}
	return st[0], true
}

// flattenLoop recognizes
//
//	for page in pages:                for page in pages:
//	    for item in page["Key"]:          names.extend(page["Key"])
//	        names.append(item["Field"])
func flattenLoop(p *analysis.Pass, outer syntax.Node) (*flatten, bool) {
	if outer.ChildOfKind(syntax.TokenAsync).Valid() || outer.ChildByField(syntax.FieldAlternative).Valid() {
		return nil, false
	}
	pag, ok := pagesOf(p, outer.ChildByField(syntax.FieldRight))
	if !ok {
		return nil, false
	}
	page := syntax.Unparen(outer.ChildByField(syntax.FieldLeft))
	if !page.Is(syntax.KindIdentifier) {
		return nil, false
	}
	f := &flatten{pag: pag, pages: outer.ChildByField(syntax.FieldRight)}
	stmt, ok := singleStatement(outer.ChildByField(syntax.FieldBody))
	if !ok {
		return nil, false
	}
	if stmt.Is(syntax.KindForStatement) {
		inner := stmt
		if inner.ChildOfKind(syntax.TokenAsync).Valid() || inner.ChildByField(syntax.FieldAlternative).Valid() {
			return nil, false
		}
		item := syntax.Unparen(inner.ChildByField(syntax.FieldLeft))
		read := inner.ChildByField(syntax.FieldRight)
		if !item.Is(syntax.KindIdentifier) {
			return nil, false
		}
		if f.key, f.tolerant, ok = itemsRead(p, pag, page, read); !ok || !onlyUse(p, page, readRoot(syntax.Unparen(firstOperand(read)))) {
			return nil, false
		}
		c, ok := singleStatement(inner.ChildByField(syntax.FieldBody))
		if !ok {
			return nil, false
		}
		value, kind, target, ok := collector(c)
		if !ok || kind == "extend" {
			return nil, false
		}
		if f.fields, ok = fieldsOf(item, value); !ok {
			return nil, false
		}
		if !onlyUse(p, item, itemUse(item, value)) {
			return nil, false
		}
		f.collect, f.kind, f.target = c, kind, target
		return f, true
	}
	value, kind, target, ok := collector(stmt)
	if !ok || kind != "extend" {
		return nil, false
	}
	if f.key, f.tolerant, ok = itemsRead(p, pag, page, value); !ok || !onlyUse(p, page, readRoot(syntax.Unparen(firstOperand(value)))) {
		return nil, false
	}
	f.collect, f.kind, f.target = stmt, kind, target
	return f, true
}

// firstOperand returns the left side of x or [].
func firstOperand(e syntax.Node) syntax.Node {
	e = syntax.Unparen(e)
	if e.Is(syntax.KindBooleanOperator) {
		return e.ChildByField(syntax.FieldLeft)
	}
	return e
}

// itemUse returns the load of the item variable in value.
func itemUse(item, value syntax.Node) syntax.Node {
	value = syntax.Unparen(value)
	if value.Is(syntax.KindIdentifier) {
		return value
	}
	return readRoot(value)
}

// collector recognizes names.append(v), names.add(v), names.extend(v) and
// yield v.
func collector(stmt syntax.Node) (value syntax.Node, kind, target string, ok bool) {
	e, ok := expressionOf(stmt)
	if !ok {
		return syntax.Node{}, "", "", false
	}
	if e.Is(syntax.KindYield) {
		v := e.NamedChild(0)
		if !v.Valid() || strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(e.Text(), "yield")), "from") {
			return syntax.Node{}, "", "", false
		}
		return v, "yield", "", true
	}
	recv, m, ok := syntax.MethodCall(e)
	if !ok || (m != "append" && m != "add" && m != "extend") {
		return syntax.Node{}, "", "", false
	}
	t, ok := syntax.DottedName(recv)
	args := syntax.CallArguments(e)
	if !ok || len(args) != 1 || !args[0].Positional() {
		return syntax.Node{}, "", "", false
	}
	return args[0].Value, m, t, true
}

// flattenComprehension recognizes [item["Field"] for page in pages for
// item in page["Key"]] (and set and generator forms).
func flattenComprehension(p *analysis.Pass, comp syntax.Node) (*flatten, bool) {
	var clauses []syntax.Node
	for c := range comp.Args() {
		switch {
		case c.Is(syntax.KindForInClause):
			clauses = append(clauses, c)
		case c.Is(syntax.KindIfClause):
			return nil, false
		}
	}
	if len(clauses) != 2 || clauses[0].ChildOfKind(syntax.TokenAsync).Valid() || clauses[1].ChildOfKind(syntax.TokenAsync).Valid() {
		return nil, false
	}
	pag, ok := pagesOf(p, clauses[0].ChildByField(syntax.FieldRight))
	if !ok {
		return nil, false
	}
	page := syntax.Unparen(clauses[0].ChildByField(syntax.FieldLeft))
	item := syntax.Unparen(clauses[1].ChildByField(syntax.FieldLeft))
	if !page.Is(syntax.KindIdentifier) || !item.Is(syntax.KindIdentifier) {
		return nil, false
	}
	f := &flatten{pag: pag, pages: clauses[0].ChildByField(syntax.FieldRight), collect: comp, kind: comp.Kind().String()}
	read := clauses[1].ChildByField(syntax.FieldRight)
	if f.key, f.tolerant, ok = itemsRead(p, pag, page, read); !ok || !onlyUse(p, page, readRoot(syntax.Unparen(firstOperand(read)))) {
		return nil, false
	}
	body := comp.ChildByField(syntax.FieldBody)
	if f.fields, ok = fieldsOf(item, body); !ok || !onlyUse(p, item, itemUse(item, body)) {
		return nil, false
	}
	return f, true
}

// flattenFix replaces the loops (or the comprehension) with the search.
func flattenFix(p *analysis.Pass, n syntax.Node, f *flatten, expr string) ([]analysis.Edit, bool) {
	search := f.pages.Text() + ".search(" + quote(p, expr) + ")"
	if strings.Contains(f.pages.Text(), "\n") {
		return nil, false
	}
	if !n.Is(syntax.KindForStatement) {
		text := search
		switch f.kind {
		case "list_comprehension":
			text = "list(" + search + ")"
		case "set_comprehension":
			text = "set(" + search + ")"
		default: // generator
			if n.Parent().Is(syntax.KindCall) {
				text = "(" + search + ")"
			}
		}
		return []analysis.Edit{fixes.Replace(n, text)}, true
	}
	// Comments inside the loops move above the new statement; a comment
	// ending the header line ends the new statement.
	lines := p.Tree.Lines()
	indent := fixes.LineIndent(p.Tree, n)
	nl := lines.Newline()
	var text strings.Builder
	trailing := ""
	for d := range n.Descendants() {
		if !d.Is(syntax.KindComment) {
			continue
		}
		if lines.Line(d.Start()) == lines.Line(n.Start()) {
			trailing = "  " + d.Text()
			continue
		}
		text.WriteString(d.Text() + nl + indent)
	}
	var stmt string
	var init syntax.Node
	switch f.kind {
	case "yield":
		stmt = "yield from " + search
	case "append", "extend":
		stmt = f.target + ".extend(" + search + ")"
		if prev, ok := emptyInit(p, n, f.target, "[]"); ok {
			stmt, init = f.target+" = list("+search+")", prev
		}
	case "add":
		stmt = f.target + ".update(" + search + ")"
		if prev, ok := emptyInit(p, n, f.target, "set()"); ok {
			stmt, init = f.target+" = set("+search+")", prev
		}
	default:
		return nil, false
	}
	text.WriteString(stmt + trailing)
	edits := []analysis.Edit{{Start: n.Start(), End: n.End(), NewText: text.String()}}
	if init.Valid() {
		// x = [] earlier becomes x = list(...) here.
		del, ok := deleteStatements(p, []syntax.Node{init})
		if !ok {
			return nil, false
		}
		edits = append(edits, del...)
	}
	return edits, true
}

// emptyInit returns the statement `target = []` (or set()) before loop in
// its block when nothing in between mentions target, so that the two
// become one.
func emptyInit(p *analysis.Pass, loop syntax.Node, target, empty string) (syntax.Node, bool) {
	names := map[string]bool{target: true}
	for prev := loop.PrevNamedSibling(); prev.Valid(); prev = prev.PrevNamedSibling() {
		if prev.IsExtra() {
			continue
		}
		t, v, ok := assignment(prev)
		if ok && syntax.Unparen(t).TextIs(target) && strings.ReplaceAll(v.Text(), " ", "") == empty {
			lines := p.Tree.Lines()
			next := prev.NextSibling()
			if next.Is(syntax.KindComment) && lines.Line(next.Start()) == lines.Line(prev.End()) {
				return syntax.Node{}, false // x = []  # a comment
			}
			return prev, true
		}
		if mentions(prev, names) || prev.Is(syntax.KindFunctionDefinition) || prev.Is(syntax.KindClassDefinition) {
			return syntax.Node{}, false
		}
	}
	return syntax.Node{}, false
}
