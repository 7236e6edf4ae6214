package pagination

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

//go:embed bto102_missing_pagination.md
var missingPaginationDoc string

// MissingPagination reports calls of pageable operations whose result key
// is used while the pagination token is never read: only the first page
// is seen.
var MissingPagination = &analysis.Rule{
	Code:     "BTO102",
	Name:     "missing-pagination",
	Summary:  "The result of a pageable operation is used without reading its pagination token",
	Severity: analysis.SeverityWarning,
	Fix:      analysis.FixSometimes,
	Doc:      missingPaginationDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    checkMissingPagination,
}

// namingSuffixes mark members that name the resources a call wants
// (InstanceIds=[...], ResourceIdList=[...]): one page holds them.
var namingSuffixes = []string{"Ids", "Names", "Arns", "IdList", "NameList", "ArnList"}

// singleSuffixes mark members that name one resource (StackName=...,
// directConnectGatewayId=...): when the name is that of the result's
// items, the call asks for that one item.
var singleSuffixes = []string{"Id", "Name", "Arn", "ARN", "Identifier"}

// namesItems reports whether a member given to a call names the items of
// its result: it is the result key itself (computeEnvironments=[...] for
// the result computeEnvironments), or one of them by name, id or ARN
// (StackName for Stacks, directConnectGatewayId for directConnectGateways).
func namesItems(member string, resultKeys []string) bool {
	for _, rk := range resultKeys {
		if strings.EqualFold(member, rk) {
			return true
		}
		item := singular(rk)
		for _, suf := range singleSuffixes {
			if base, ok := strings.CutSuffix(member, suf); ok && base != "" && strings.EqualFold(base, item) {
				return true
			}
		}
	}
	return false
}

// singular returns the singular of an English plural result key, as
// models spell them (Stacks, Policies, Addresses).
func singular(s string) string {
	switch {
	case strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "sses"), strings.HasSuffix(s, "xes"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "s"):
		return s[:len(s)-1]
	}
	return s
}

// onePageOperations are pageable operations that return everything in
// one response unless the caller asks for pages: S3 ListBuckets returns up
// to 10,000 buckets unless MaxBuckets is given. Keyed by service and
// operation, with the member that turns paging on.
var onePageOperations = map[[2]string]string{
	{"s3", "ListBuckets"}: "MaxBuckets",
}

// onePageServices are services whose every pageable operation returns
// everything in one response unless its limit key asks for pages: EC2's
// describe actions are unpaginated without MaxResults ("Pagination in the
// Amazon EC2 API": code that leaves it out "inadvertently makes
// unpaginated calls"), so reading the first response loses nothing.
var onePageServices = map[string]bool{"ec2": true}

func checkMissingPagination(p *analysis.Pass, call syntax.Node) {
	pc, ok := asPageCall(p, call)
	if !ok || !wantsAllPages(p, pc) {
		return
	}
	resultKey, read, ok := firstPageOnly(p, pc)
	if !ok || inPollingLoop(p, call) {
		return
	}
	var tokens []string
	for _, t := range pc.pag.OutputTokens {
		if paths := parsePaths(t); len(paths) > 0 {
			tokens = append(tokens, paths[0].String())
		}
	}
	if pc.pag.MoreResults != "" {
		tokens = append(tokens, pc.pag.MoreResults)
	}
	d := analysis.Diagnostic{
		Start: call.Start(), End: call.End(),
		Message: fmt.Sprintf("`%s` returns one page at a time, but only `%s` of the first page is read here, never %s: results past the first page are lost; use `%s`",
			pc.pag.Method, resultKey, joinOr(tokens), pc.getPaginator()),
	}
	if edits, ok := searchFix(p, pc, read); ok {
		d.Fixes = []analysis.Fix{{
			Title:         fmt.Sprintf("Read `%s` of every page with `%s`", resultKey, pc.getPaginator()),
			Applicability: analysis.Unsafe,
			Edits:         edits,
		}}
	}
	p.Report(d)
}

func joinOr(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "`" + n + "`"
	}
	if len(quoted) <= 1 {
		return strings.Join(quoted, "")
	}
	return strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1]
}

// wantsAllPages reports a call that asks for the whole collection: no
// token passed, no limit of one, no named resources, no kwargs that might
// hold any of these.
func wantsAllPages(p *analysis.Pass, pc *pageCall) bool {
	member, special := onePageOperations[[2]string{pc.service.Name, pc.op.Name}]
	if !special && onePageServices[pc.service.Name] && pc.pag.LimitKey != "" {
		member, special = pc.pag.LimitKey, true
	}
	special = special && !pc.resource
	pagesAsked := false
	for _, a := range syntax.CallArguments(pc.call) {
		switch {
		case a.Splat != 0:
			return false
		case a.Name == "":
			continue
		case pc.isInputToken(a.Name):
			return false
		case a.Name == pc.pag.LimitKey:
			if v, ok := syntax.IntValue(a.Value); ok && v == 1 {
				return false
			}
			if s, ok := syntax.StringValue(a.Value); ok && s == "1" {
				return false
			}
		}
		for _, suf := range namingSuffixes {
			if strings.HasSuffix(a.Name, suf) {
				return false
			}
		}
		if namesItems(a.Name, pc.pag.ResultKeys) {
			return false
		}
		if special && a.Name == member {
			pagesAsked = true
		}
	}
	return !special || pagesAsked
}

// resultRead is a read of a result key of a response.
type resultRead struct {
	node     syntax.Node // the whole read: resp["Contents"], resp.get("Contents", []), resp.get("Contents") or []
	key      string      // the result key as the model writes it
	tolerant bool        // an absent key reads as empty
}

// firstPageOnly follows the response of the call and reports whether it is
// used for a result key while its tokens are never read and it does not
// leave the function. read holds the reads of result keys.
func firstPageOnly(p *analysis.Pass, pc *pageCall) (key string, reads []resultRead, ok bool) {
	call := pc.call
	value := call
	if par := call.Parent(); par.Is(syntax.KindAwait) {
		value = par
	}
	var loads []syntax.Node
	if stmt := syntax.StatementOf(value); stmt.Valid() {
		if t, v, isAsg := assignment(stmt); isAsg && syntax.Unparen(v).Equal(value) {
			t = syntax.Unparen(t)
			if !t.Is(syntax.KindIdentifier) {
				return "", nil, false
			}
			b := bindingOf(p, t)
			if b == nil {
				return "", nil, false
			}
			loads = reachingLoads(p, b)
		} else {
			loads = []syntax.Node{value}
		}
	}
	if len(loads) == 0 {
		return "", nil, false
	}
	for _, u := range loads {
		if k, _, ok := inTest(u); ok {
			switch pc.classify(path{{key: k}}) {
			case readToken, readPartial:
				return "", nil, false
			}
			continue
		}
		a := accessFrom(u)
		if len(a.path) == 0 {
			return "", nil, false // passed on, returned, iterated as a dict ...
		}
		switch pc.classify(a.path) {
		case readToken, readPartial:
			return "", nil, false
		case readResult:
			rk := resultKeyOf(pc, a.path)
			if key == "" {
				key = rk
			}
			rr := resultRead{node: a.top, key: rk}
			if len(a.path) == len(parsePaths(rk)[0]) {
				rr.tolerant = a.viaGet && isEmptyCollection(a.dflt)
				if par := a.top.Parent(); a.viaGet && !a.dflt.Valid() && par.Is(syntax.KindBooleanOperator) &&
					par.ChildByField(syntax.FieldOperator).TextIs("or") && par.ChildByField(syntax.FieldLeft).Equal(a.top) &&
					isEmptyCollection(par.ChildByField(syntax.FieldRight)) {
					rr.node, rr.tolerant = par, true
				}
			} else {
				rr.node = syntax.Node{} // reads inside an item: no fix
			}
			reads = append(reads, rr)
		}
	}
	return key, reads, key != ""
}

// resultKeyOf returns the result key that path r reads.
func resultKeyOf(pc *pageCall, r path) string {
	for _, k := range pc.pag.ResultKeys {
		for _, kp := range parsePaths(k) {
			if r.hasPrefix(kp) {
				return kp.String()
			}
		}
	}
	return ""
}

func isEmptyCollection(n syntax.Node) bool {
	n = syntax.Unparen(n)
	return (n.Is(syntax.KindList) || n.Is(syntax.KindTuple)) && n.NamedChildCount() == 0
}

// searchFix rewrites a single read of a result key in an iteration into
// the paginator's search over every page.
func searchFix(p *analysis.Pass, pc *pageCall, reads []resultRead) ([]analysis.Edit, bool) {
	if len(reads) != 1 || !reads[0].node.Valid() || pc.async {
		return nil, false
	}
	rr := reads[0]
	expr, ok := searchExpression(rr.key, "", rr.tolerant)
	if !ok {
		return nil, false
	}
	client, ok := pc.clientText()
	if !ok {
		return nil, false
	}
	args, ok := paginateArgs(p, pc)
	if !ok {
		return nil, false
	}
	wrap, ok := iterationContext(rr.node)
	if !ok {
		return nil, false
	}
	stmt := syntax.StatementOf(pc.call)
	scope := scopeNode(pc.call)
	pagVar := freshName(p, scope, "paginator", pc.pag.Method)
	search := pagVar + ".paginate(" + strings.Join(args, ", ") + ").search(" + quote(p, expr) + ")"
	getPag := pagVar + " = " + client + ".get_paginator(" + quote(p, pc.pag.Method) + ")"
	var edits []analysis.Edit
	if _, v, isAsg := assignment(stmt); isAsg && syntax.Unparen(v).Equal(pc.call) {
		// resp = op(...) then for x in resp["Key"]: the assignment becomes
		// the paginator, the read becomes the search. The read must be in
		// the next statement: another fix in the same round may bind the
		// same paginator name in between, and nothing may rebind what the
		// arguments read.
		use := syntax.StatementOf(rr.node)
		next := stmt.NextNamedSibling()
		for next.IsExtra() {
			next = next.NextNamedSibling()
		}
		if !use.Equal(next) {
			return nil, false
		}
		if reboundBetween(p, pc.call, stmt, use) {
			return nil, false
		}
		edits = append(edits, analysis.Edit{Start: stmt.Start(), End: stmt.End(), NewText: getPag})
	} else {
		edits = append(edits, fixes.InsertBefore(p.Tree, stmt, getPag))
	}
	edits = append(edits, fixes.Replace(rr.node, wrap(search)))
	return edits, true
}

// searchExpression builds the JMESPath of a search over pages: Key[],
// Key[].Field.Sub; tolerant ones yield nothing for pages without the key,
// as .get("Key", []) did, instead of None.
func searchExpression(key, fields string, tolerant bool) (string, bool) {
	for _, part := range [2]string{key, fields} {
		for seg := range strings.SplitSeq(part, ".") {
			if seg != "" && !jmesIdentifier(seg) {
				return "", false
			}
		}
	}
	e := key + "[]" + fields
	if tolerant {
		e += " || `[]`"
	}
	return e, true
}

// iterationContext says how to put an iterator where a list was read: as
// is in a for loop, comprehension or extend(...), wrapped in list(...)
// where the value is kept.
func iterationContext(n syntax.Node) (func(string) string, bool) {
	same := func(s string) string { return s }
	asList := func(s string) string { return "list(" + s + ")" }
	par := n.Parent()
	switch {
	case par.Is(syntax.KindForStatement) && n.Field() == syntax.FieldRight:
		return same, true
	case par.Is(syntax.KindForInClause) && n.Field() == syntax.FieldRight:
		return same, true
	case par.Is(syntax.KindArgumentList) && par.NamedChildCount() == 1:
		call := par.Parent()
		if _, m, ok := syntax.MethodCall(call); ok && m == "extend" {
			return same, true
		}
		if call.ChildByField(syntax.FieldFunction).TextIs("list") {
			return same, true
		}
	case par.Is(syntax.KindAssignment) && n.Field() == syntax.FieldRight:
		if syntax.Unparen(par.ChildByField(syntax.FieldLeft)).Is(syntax.KindIdentifier) {
			return asList, true
		}
	case par.Is(syntax.KindReturnStatement):
		return asList, true
	}
	return nil, false
}

// paginateArgs renders a call's arguments for paginate(...): the resource's
// filled parameters first, the limit as PageSize.
func paginateArgs(p *analysis.Pass, pc *pageCall) ([]string, bool) {
	args, ok := pc.filledArgs()
	if !ok {
		return nil, false
	}
	var pageSize string
	for _, a := range syntax.CallArguments(pc.call) {
		switch {
		case a.Name == pc.pag.LimitKey && a.Name != "":
			pageSize = a.Value.Text()
		case a.Name != "":
			args = append(args, a.Node.Text())
		default:
			return nil, false
		}
	}
	if pageSize != "" {
		args = append(args, "PaginationConfig={"+quote(p, "PageSize")+": "+pageSize+"}")
	}
	return args, true
}

// reboundBetween reports whether a name the call's arguments read is bound
// by a statement after from and up to to.
func reboundBetween(p *analysis.Pass, call, from, to syntax.Node) bool {
	names := map[string]bool{}
	for d := range call.ChildByField(syntax.FieldArguments).Descendants() {
		if d.Is(syntax.KindIdentifier) && isLoadOrStore(d) {
			names[d.Text()] = true
		}
	}
	if recv, _, ok := syntax.MethodCall(call); ok {
		for _, part := range strings.Split(recv.Text(), ".") {
			names[part] = true
		}
	}
	for name := range names {
		for _, b := range p.Model.Lookup(name, call) {
			if b.Kind == semantic.BindImport || b.Kind == semantic.BindDef {
				continue
			}
			if b.Statement.Start() > from.Start() && b.Statement.Start() <= to.End() {
				return true
			}
		}
	}
	return false
}
