package pagination

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// pageCall is a call of a pageable operation, on a client
// (s3.list_objects_v2(...)) or through a resource action that calls one
// (table.query(...) runs the DynamoDB client's Query with TableName filled
// in).
type pageCall struct {
	call    syntax.Node
	recv    syntax.Node // the receiver expression
	service *awsmodel.Service
	op      *awsmodel.Operation
	pag     *awsmodel.Paginator
	async   bool
	// resource is set for a resource action; filled are the parameters the
	// resource fills in, each with the attribute of the resource that holds
	// the value (TableName from table.name). fillable is false when the
	// model does not say which identifier fills which parameter.
	resource bool
	filled   []filledParam
	fillable bool
}

type filledParam struct{ param, attr string }

// asPageCall recognizes a call of a pageable operation.
func asPageCall(p *analysis.Pass, call syntax.Node) (*pageCall, bool) {
	if !call.Is(syntax.KindCall) {
		return nil, false
	}
	recvNode, method, ok := syntax.MethodCall(call)
	if !ok {
		return nil, false
	}
	recv := p.Resolve(recvNode)
	switch recv.Kind {
	case semantic.Client:
		if recv.Service == "" {
			return nil, false
		}
		svc := p.Catalog.Service(recv.Service)
		if svc == nil {
			return nil, false
		}
		op := svc.Method(method)
		if op == nil || op.Paginator == nil || op.NotOnClient {
			return nil, false
		}
		return &pageCall{call: call, recv: recvNode, service: svc, op: op, pag: op.Paginator, async: recv.Async}, true
	case semantic.ResourceInstance:
		if recv.Service == "" {
			return nil, false
		}
		rt := p.Catalog.ResourceModel(recv.Service).Type(recv.Type)
		if rt == nil {
			return nil, false
		}
		action := rt.Actions[method]
		if action == nil || action.Injected || action.ResultType != "" {
			return nil, false
		}
		svc := p.Catalog.Service(recv.Service)
		if svc == nil {
			return nil, false
		}
		op := svc.Operation(action.Operation)
		if op == nil || op.Paginator == nil {
			return nil, false
		}
		pc := &pageCall{call: call, recv: recvNode, service: svc, op: op, pag: op.Paginator, async: recv.Async, resource: true}
		// The resource fills its parameters from its identifiers; the fix
		// can name them only when there is one of each (a Table's name
		// fills TableName).
		if len(action.FilledParams) == 1 && len(rt.IdentifierAttrs) == 1 {
			pc.filled = []filledParam{{action.FilledParams[0], rt.IdentifierAttrs[0]}}
			pc.fillable = true
		}
		return pc, true
	}
	return nil, false
}

// sameOperation reports whether two page calls run the same operation.
func (pc *pageCall) sameOperation(o *pageCall) bool {
	return pc.service.Name == o.service.Name && pc.op.Name == o.op.Name
}

// clientText returns the expression of the client whose paginator the fix
// uses, and ok false when the receiver is not a plain name or attribute
// chain (it is repeated in the fix, so it must be cheap and stable).
func (pc *pageCall) clientText() (string, bool) {
	recv, ok := syntax.DottedName(pc.recv)
	if !ok {
		return "", false
	}
	if pc.resource {
		return recv + ".meta.client", true
	}
	return recv, true
}

// displayClient names the client in messages.
func (pc *pageCall) displayClient() string {
	if s, ok := pc.clientText(); ok {
		return s
	}
	if pc.resource {
		return "meta.client"
	}
	return "client"
}

// getPaginator renders client.get_paginator("op") for messages.
func (pc *pageCall) getPaginator() string {
	return fmt.Sprintf("%s.get_paginator(%q)", pc.displayClient(), pc.pag.Method)
}

// isInputToken reports whether name is one of the paginator's input tokens.
func (pc *pageCall) isInputToken(name string) bool {
	return slices.Contains(pc.pag.InputTokens, name)
}

// filledArgs renders the parameters a resource fills in, for a client call
// that replaces the resource action: TableName=table.name.
func (pc *pageCall) filledArgs() ([]string, bool) {
	if !pc.resource {
		return nil, true
	}
	if !pc.fillable {
		return nil, false
	}
	recv, ok := syntax.DottedName(pc.recv)
	if !ok {
		return nil, false
	}
	var out []string
	for _, f := range pc.filled {
		out = append(out, f.param+"="+recv+"."+f.attr)
	}
	return out, true
}

// step is one step of a path into a response: a key, or a list index.
type step struct {
	key   string
	index int
	isIdx bool
}

func (s step) String() string {
	if s.isIdx {
		return "[" + strconv.Itoa(s.index) + "]"
	}
	return s.key
}

type path []step

func (p path) String() string {
	var b strings.Builder
	for i, s := range p {
		if i > 0 && !s.isIdx {
			b.WriteByte('.')
		}
		b.WriteString(s.String())
	}
	return b.String()
}

func (p path) hasPrefix(q path) bool {
	if len(q) > len(p) {
		return false
	}
	for i := range q {
		if p[i] != q[i] {
			return false
		}
	}
	return true
}

// parsePaths reads an expression of the paginator model ("NextToken",
// "NextMarker || Contents[-1].Key", "DistributionList.NextMarker") as its
// alternatives. Anything beyond fields and integer indexes gives nil.
func parsePaths(expr string) []path {
	var out []path
	for _, alt := range strings.Split(expr, "||") {
		alt = strings.TrimSpace(alt)
		var p path
		for _, seg := range strings.Split(alt, ".") {
			name, rest, _ := strings.Cut(seg, "[")
			if name == "" && len(p) == 0 {
				return nil
			}
			if name != "" {
				if !jmesIdentifier(name) {
					return nil
				}
				p = append(p, step{key: name})
			}
			for rest != "" {
				idx, after, ok := strings.Cut(rest, "]")
				if !ok {
					return nil
				}
				i, err := strconv.Atoi(idx)
				if err != nil {
					return nil
				}
				p = append(p, step{index: i, isIdx: true})
				rest = strings.TrimPrefix(after, "[")
				if after != "" && !strings.HasPrefix(after, "[") {
					return nil
				}
			}
		}
		if len(p) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// tokenPaths returns, for each input token (by position), the paths of the
// output token that feeds it.
func (pc *pageCall) tokenPaths() [][]path {
	out := make([][]path, len(pc.pag.InputTokens))
	for i := range pc.pag.InputTokens {
		if i < len(pc.pag.OutputTokens) {
			out[i] = parsePaths(pc.pag.OutputTokens[i])
		}
	}
	return out
}

// moreResultsPaths returns the paths of the more_results flag (IsTruncated).
func (pc *pageCall) moreResultsPaths() []path {
	if pc.pag.MoreResults == "" {
		return nil
	}
	return parsePaths(pc.pag.MoreResults)
}

// resultKeyPaths returns the paths of the result keys.
func (pc *pageCall) resultKeyPaths() []path {
	var out []path
	for _, k := range pc.pag.ResultKeys {
		out = append(out, parsePaths(k)...)
	}
	return out
}

// readKind classifies a read of a response.
type readKind int

const (
	readOther   readKind = iota // a field that is neither token nor result
	readToken                   // the output token or the more_results flag
	readResult                  // a result key, as a collection
	readOne                     // one element of a result key: resp["Stacks"][0]
	readPartial                 // a prefix of a token or result path: unknown
)

// classify says what a read of path r of a response tells.
func (pc *pageCall) classify(r path) readKind {
	for _, alts := range pc.tokenPaths() {
		for _, t := range alts {
			if r.hasPrefix(t) {
				return readToken
			}
		}
	}
	for _, t := range pc.moreResultsPaths() {
		if r.hasPrefix(t) {
			return readToken
		}
	}
	for _, k := range pc.resultKeyPaths() {
		if r.hasPrefix(k) {
			if len(r) > len(k) && r[len(k)].isIdx {
				return readOne
			}
			return readResult
		}
	}
	for _, alts := range pc.tokenPaths() {
		for _, t := range alts {
			if t.hasPrefix(r) {
				return readPartial
			}
		}
	}
	for _, k := range append(pc.moreResultsPaths(), pc.resultKeyPaths()...) {
		if k.hasPrefix(r) {
			return readPartial
		}
	}
	return readOther
}

// access is a chain of reads from a value: resp["A"]["B"], resp.get("A"),
// resp["Contents"][-1]["Key"].
type access struct {
	top    syntax.Node // the outermost node of the chain
	path   path
	viaGet bool        // the first step is a .get(...)
	dflt   syntax.Node // the default of that .get, when given
}

// accessFrom follows the reads applied to expression n: subscripts with a
// string or integer literal and .get("key"[, default]) calls. It stops at
// the first step of another kind.
func accessFrom(n syntax.Node) access {
	a := access{top: n}
	cur := n
	for {
		par := cur.Parent()
		for par.Is(syntax.KindParenthesizedExpr) {
			cur, par = par, par.Parent()
		}
		switch {
		case par.Is(syntax.KindSubscript) && cur.Field() == syntax.FieldValue:
			sub := par.ChildByField(syntax.FieldSubscript)
			if par.NamedChildCount() != 2 {
				return a
			}
			if s, ok := syntax.StringValue(sub); ok {
				a.path = append(a.path, step{key: s})
			} else if i, ok := syntax.IntValue(sub); ok {
				a.path = append(a.path, step{index: int(i), isIdx: true})
			} else {
				return a
			}
			a.top, cur = par, par
		case par.Is(syntax.KindAttribute) && cur.Field() == syntax.FieldObject &&
			par.ChildByField(syntax.FieldAttribute).TextIs("get") && par.Parent().Is(syntax.KindCall):
			call := par.Parent()
			args := syntax.CallArguments(call)
			if len(args) == 0 || len(args) > 2 || !args[0].Positional() {
				return a
			}
			s, ok := syntax.StringValue(args[0].Value)
			if !ok {
				return a
			}
			if len(a.path) == 0 {
				a.viaGet = true
				if len(args) == 2 {
					a.dflt = args[1].Value
				}
			}
			a.path = append(a.path, step{key: s})
			a.top, cur = call, call
		default:
			return a
		}
	}
}

// inTest returns the key of a membership test "key" in resp / "key" not
// in resp where resp is n.
func inTest(n syntax.Node) (key string, negated, ok bool) {
	par := n.Parent()
	for par.Is(syntax.KindParenthesizedExpr) {
		n, par = par, par.Parent()
	}
	if !par.Is(syntax.KindComparisonOperator) || par.NamedChildCount() != 2 || !par.NamedChild(1).Equal(n) {
		return "", false, false
	}
	ops := comparisonOps(par)
	if len(ops) != 1 || (!ops[0].Is(syntax.TokenIn) && !ops[0].Is(syntax.TokenNotIn)) {
		return "", false, false
	}
	key, ok = syntax.StringValue(par.NamedChild(0))
	return key, ops[0].Is(syntax.TokenNotIn), ok
}

// comparisonOps returns the operator tokens of a comparison.
func comparisonOps(cmp syntax.Node) []syntax.Node {
	var out []syntax.Node
	for c := range cmp.Children() {
		if c.Field() == syntax.FieldOperators {
			out = append(out, c)
		}
	}
	return out
}

// isOrdering reports whether a comparison uses <, <=, > or >=.
func isOrdering(cmp syntax.Node) bool {
	for _, op := range comparisonOps(cmp) {
		switch op.Text() {
		case "<", "<=", ">", ">=":
			return true
		}
	}
	return false
}

// mentions reports whether n names one of the variables, as a load or a
// store.
func mentions(n syntax.Node, names map[string]bool) bool {
	if len(names) == 0 {
		return false
	}
	check := func(d syntax.Node) bool {
		return d.Is(syntax.KindIdentifier) && names[d.Text()] && isLoadOrStore(d)
	}
	if check(n) {
		return true
	}
	for d := range n.Descendants() {
		if check(d) {
			return true
		}
	}
	return false
}

// isLoadOrStore reports whether an identifier names a variable where it
// stands, rather than an attribute or a keyword.
func isLoadOrStore(id syntax.Node) bool {
	par := id.Parent()
	if par.Is(syntax.KindAttribute) && id.Field() == syntax.FieldAttribute {
		return false
	}
	if par.Is(syntax.KindKeywordArgument) && id.Field() == syntax.FieldName {
		return false
	}
	return true
}

// uses returns the loads of the name that binding b binds: identifiers in
// b's scope (nested comprehensions, lambdas and functions included) whose
// lookup includes b.
func uses(p *analysis.Pass, b *semantic.Binding) []syntax.Node {
	var out []syntax.Node
	root := b.Scope.Node
	for d := range root.Descendants() {
		if !d.Is(syntax.KindIdentifier) || !d.TextIs(b.Name) || !isLoadOrStore(d) {
			continue
		}
		bs := p.Model.Lookup(b.Name, d)
		if !slices.Contains(bs, b) {
			continue
		}
		store := false
		for _, o := range bs {
			if o.Target.Equal(d) {
				store = true
				break
			}
		}
		if !store {
			out = append(out, d)
		}
	}
	return out
}

// bindingOf returns the binding whose target is identifier id.
func bindingOf(p *analysis.Pass, id syntax.Node) *semantic.Binding {
	for _, b := range p.Model.Lookup(id.Text(), id) {
		if b.Target.Equal(id) {
			return b
		}
	}
	return nil
}

// reachingLoads returns the loads of the name b binds that may read the
// value b binds: those after b's statement up to the end of the next
// binding of the name in the same block (which replaces the value for
// everything after it), and, when b is in a loop, those before b in the
// outermost loop around it (the next iteration reads them). The scan is
// bounded by those regions, so a script that reuses one name many times
// costs a walk of each region, not of the file per binding.
func reachingLoads(p *analysis.Pass, b *semantic.Binding) []syntax.Node {
	stmt := b.Statement
	scope := b.Scope.Node
	end := scope.End()
	for _, o := range b.Scope.Bindings[b.Name] {
		if o != b && o.Statement.Start() > stmt.Start() && o.Statement.Parent().Equal(stmt.Parent()) {
			end = o.Statement.End()
			break
		}
	}
	var out []syntax.Node
	visit := func(from, to int) {
		t := p.Tree
		for d := range t.Range(from, t.Len()) {
			if d.Start() >= to {
				break
			}
			if stmt.Contains(d) || !d.Is(syntax.KindIdentifier) || !d.TextIs(b.Name) || !isLoadOrStore(d) {
				continue
			}
			bs := p.Model.Lookup(b.Name, d)
			if !slices.Contains(bs, b) || slices.ContainsFunc(bs, func(o *semantic.Binding) bool { return o.Target.Equal(d) }) {
				continue
			}
			out = append(out, d)
		}
	}
	visit(stmt.Index()+1, end)
	var outer syntax.Node
	for a := range stmt.Ancestors() {
		if a.Equal(scope) {
			break
		}
		if a.Is(syntax.KindForStatement) || a.Is(syntax.KindWhileStatement) {
			outer = a
		}
	}
	if outer.Valid() {
		visit(outer.Index(), stmt.Start())
	}
	return out
}

// enclosingLoop returns the innermost for or while statement whose body
// runs n, up to the enclosing function; the zero Node when none.
func enclosingLoop(n syntax.Node) syntax.Node {
	child := n
	for a := range n.Ancestors() {
		switch a.Kind() {
		case syntax.KindFunctionDefinition, syntax.KindClassDefinition, syntax.KindLambda:
			return syntax.Node{}
		case syntax.KindForStatement, syntax.KindWhileStatement:
			if child.Field() == syntax.FieldBody || a.Is(syntax.KindWhileStatement) && child.Field() == syntax.FieldCondition {
				return a
			}
		}
		child = a
	}
	return syntax.Node{}
}

// scopeNode returns the function definition or module around n.
func scopeNode(n syntax.Node) syntax.Node {
	for a := range n.Ancestors() {
		if a.Is(syntax.KindFunctionDefinition) || a.Is(syntax.KindModule) {
			return a
		}
	}
	return syntax.Node{}
}

// inOwnScope reports whether d belongs to the code of scope node s, not to
// a function, class or lambda nested in it.
func inOwnScope(d, s syntax.Node) bool {
	for a := range d.Ancestors() {
		if a.Equal(s) {
			return true
		}
		if a.Is(syntax.KindFunctionDefinition) || a.Is(syntax.KindClassDefinition) || a.Is(syntax.KindLambda) {
			return false
		}
	}
	return false
}

// freshName returns base when the name is free in scope s (a function:
// no identifier of that name in it; the module: no module-level binding),
// else base with a prefix or a number.
func freshName(p *analysis.Pass, s syntax.Node, base, prefix string) string {
	used := func(name string) bool {
		if s.Is(syntax.KindModule) {
			_, ok := p.Model.Module.Bindings[name]
			return ok
		}
		for d := range s.Descendants() {
			if d.Is(syntax.KindIdentifier) && d.TextIs(name) {
				return true
			}
		}
		return false
	}
	if !used(base) {
		return base
	}
	if prefix != "" && !used(prefix+"_"+base) {
		return prefix + "_" + base
	}
	for i := 2; ; i++ {
		if name := base + strconv.Itoa(i); !used(name) {
			return name
		}
	}
}

// assignment returns the target and value of a statement `target = value`
// with a single target.
func assignment(stmt syntax.Node) (target, value syntax.Node, ok bool) {
	if !stmt.Is(syntax.KindExpressionStatement) || stmt.NamedChildCount() != 1 {
		return syntax.Node{}, syntax.Node{}, false
	}
	asg := stmt.NamedChild(0)
	if !asg.Is(syntax.KindAssignment) || asg.ChildByField(syntax.FieldType).Valid() {
		return syntax.Node{}, syntax.Node{}, false
	}
	right := asg.ChildByField(syntax.FieldRight)
	if right.Is(syntax.KindAssignment) || !right.Valid() {
		return syntax.Node{}, syntax.Node{}, false
	}
	return asg.ChildByField(syntax.FieldLeft), right, true
}

// expressionOf returns the expression of an expression statement.
func expressionOf(stmt syntax.Node) (syntax.Node, bool) {
	if !stmt.Is(syntax.KindExpressionStatement) || stmt.NamedChildCount() != 1 {
		return syntax.Node{}, false
	}
	return stmt.NamedChild(0), true
}

// statements returns the statements of a block, comments left out.
func statements(block syntax.Node) []syntax.Node {
	var out []syntax.Node
	for s := range block.Args() {
		out = append(out, s)
	}
	return out
}

// normalized returns the text of n without insignificant whitespace, to
// compare two pieces of code.
func normalized(n syntax.Node) string {
	return strings.Join(strings.Fields(n.Text()), " ")
}

// jmesIdentifier reports whether s can be written unquoted in JMESPath:
// ASCII letters, digits and underscores, not starting with a digit.
func jmesIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return true
}

// stringLiteralText renders s as a Python string literal in the quote
// style the file uses for its first string, double quotes by default.
func quote(p *analysis.Pass, s string) string {
	q := `"`
	for d := range p.Tree.Root().Descendants() {
		if lit, ok := syntax.ParseString(d); ok && d.Is(syntax.KindString) {
			if lit.Quote == "'" {
				q = "'"
			}
			break
		}
	}
	if q == "'" && !strings.ContainsAny(s, `'\`) {
		return "'" + s + "'"
	}
	return strconv.Quote(s)
}

// joinNames renders `A`, `A` and `B`, `A`, `B` and `C`.
func joinNames(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "`" + n + "`"
	}
	switch len(quoted) {
	case 0:
		return ""
	case 1:
		return quoted[0]
	}
	return strings.Join(quoted[:len(quoted)-1], ", ") + " and " + quoted[len(quoted)-1]
}
