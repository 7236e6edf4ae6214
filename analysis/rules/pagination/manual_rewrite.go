package pagination

import (
	"slices"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

// The BTO101 rewrite turns a token loop into a loop over the paginator's
// pages. It accepts three shapes, and only when every statement of the
// loop is understood; anything else keeps the diagnostic without a fix.
//
//	T1: while True:               T2: resp = op(...)          T3: resp = op(...)
//	        [build kwargs]            <process resp>               while True:
//	        resp = op(..., token)     while <more pages>:              <process resp>
//	        <process resp>                resp = op(..., token)        if <no more>: break
//	        if <no more>: break           <process resp>               <next token>
//	        <next token>                                               resp = op(..., token)
//
// Statements that only move the token (token = resp.get(...),
// kwargs["NextToken"] = ..., the checks, the first call before the loop)
// are deleted; the others stay, working on the page.

// role is what a statement of the loop body does.
type role int

const (
	roleProcess     role = iota // works on the response
	roleCall                    // resp = op(...)
	roleKwBuild                 // kwargs = {...} rebuilt in the loop
	roleFeed                    // puts the token into kwargs
	roleToken                   // token = resp.get("NextToken")
	roleCheck                   // if <no more pages>: break
	roleCheckReturn             // if <no more pages>: return x
	roleCheckFeed               // if <more pages>: <feed> else: break
)

type rewriter struct {
	p     *analysis.Pass
	loop  syntax.Node
	body  syntax.Node
	m     *manualLoop
	scope syntax.Node

	resp     string // name of the response
	argsCall *pageCall
	callStmt syntax.Node
	tokens   map[string]bool // names that hold tokens
	kwName   map[string]bool

	roles   []role
	stmts   []syntax.Node
	deleted []syntax.Node
	edits   []analysis.Edit
	// preCall is the first call, before the loop (T2 and T3).
	preCall syntax.Node
	// ret is the return statement of a roleCheckReturn check.
	ret syntax.Node
	// replaced are expressions the fix replaces (x = resp["Key"] before
	// the loop becomes x = []).
	replaced []syntax.Node
}

// rewriteLoop builds the unsafe fix of a token loop, or ok false when the
// loop's shape cannot be rewritten faithfully.
func rewriteLoop(p *analysis.Pass, loop syntax.Node, m *manualLoop) ([]analysis.Edit, bool) {
	if !loop.Is(syntax.KindWhileStatement) || loop.ChildByField(syntax.FieldAlternative).Valid() || m.call.async {
		return nil, false
	}
	parent := loop.Parent()
	if !parent.Is(syntax.KindBlock) && !parent.Is(syntax.KindModule) {
		return nil, false
	}
	if !allTokensFed(p, m) {
		return nil, false
	}
	r := &rewriter{p: p, loop: loop, body: loop.ChildByField(syntax.FieldBody), m: m, scope: scopeNode(loop),
		tokens: map[string]bool{}, kwName: map[string]bool{}}
	if !r.findCall() {
		return nil, false
	}
	r.flagNames()
	r.classify()
	if !r.shape() || !r.checkNames() {
		return nil, false
	}
	return r.build()
}

// allTokensFed reports whether the loop passes every input token of the
// paginator, each read from the output token the model pairs it with
// (ContinuationToken from NextContinuationToken, Marker from NextMarker or
// from the last key for S3 list_objects). A loop that passes fewer tokens
// or other values does not do what the paginator does.
func allTokensFed(p *analysis.Pass, m *manualLoop) bool {
	paths := m.call.tokenPaths()
	for i, t := range m.call.pag.InputTokens {
		found := false
		for _, f := range m.fed {
			if f.token != t {
				continue
			}
			got, _ := responseRead(p, m.call, f.value)
			if !slices.ContainsFunc(paths[i], func(want path) bool { return slices.Equal(got, want) }) {
				return false
			}
			found = true
		}
		if !found {
			return false
		}
	}
	return true
}

// findCall finds the statement of the loop body that calls the operation:
// resp = op(...), or if token: resp = op(..., token) else: resp = op(...).
func (r *rewriter) findCall() bool {
	r.stmts = statements(r.body)
	for _, s := range r.stmts {
		if s.Contains(r.m.call.call) {
			r.callStmt = s
		}
	}
	if !r.callStmt.Valid() {
		return false
	}
	for _, f := range r.m.feeds {
		if v := syntax.Unparen(f.value); v.Is(syntax.KindIdentifier) {
			r.tokens[v.Text()] = true
		}
	}
	if r.m.kw != nil {
		r.kwName[r.m.kw.name] = true
	}
	if resp, ok := r.respAssign(r.callStmt, r.m.call.call); ok {
		r.resp = resp
		r.argsCall = r.m.call
		return true
	}
	// if token: resp = op(..., NextToken=token) else: resp = op(...)
	s := r.callStmt
	if !s.Is(syntax.KindIfStatement) {
		return false
	}
	alt := s.ChildByField(syntax.FieldAlternative)
	if !alt.Is(syntax.KindElseClause) || alt.NextNamedSibling().Valid() {
		return false
	}
	if !mentions(s.ChildByField(syntax.FieldCondition), r.tokens) {
		return false
	}
	a, b := statements(s.ChildByField(syntax.FieldConsequence)), statements(alt.ChildByField(syntax.FieldBody))
	if len(a) != 1 || len(b) != 1 {
		return false
	}
	var other syntax.Node
	switch {
	case a[0].Contains(r.m.call.call):
		other = b[0]
	case b[0].Contains(r.m.call.call):
		other = a[0]
	default:
		return false
	}
	t, v, ok := assignment(other)
	if !ok {
		return false
	}
	pc, ok := asPageCall(r.p, syntax.Unparen(v))
	if !ok || !pc.sameOperation(r.m.call) || !syntax.Unparen(t).Is(syntax.KindIdentifier) {
		return false
	}
	if feeds, _ := tokenFeeds(r.p, pc); len(feeds) > 0 {
		return false
	}
	first := a[0]
	if b[0].Contains(r.m.call.call) {
		first = b[0]
	}
	resp, ok := r.respAssign(first, r.m.call.call)
	if !ok || resp != syntax.Unparen(t).Text() {
		return false
	}
	if !slices.Equal(r.argTexts(r.m.call), r.argTexts(pc)) {
		return false
	}
	r.resp = resp
	r.argsCall = pc
	return true
}

// respAssign returns the name in `name = call`.
func (r *rewriter) respAssign(stmt, call syntax.Node) (string, bool) {
	t, v, ok := assignment(stmt)
	if !ok || !syntax.Unparen(v).Equal(call) {
		return "", false
	}
	t = syntax.Unparen(t)
	if !t.Is(syntax.KindIdentifier) {
		return "", false
	}
	return t.Text(), true
}

// argTexts returns the normalized arguments of a call without its token
// feeds, to compare two calls of the operation.
func (r *rewriter) argTexts(pc *pageCall) []string {
	var out []string
	for _, a := range syntax.CallArguments(pc.call) {
		if a.Name != "" && pc.isInputToken(a.Name) {
			continue
		}
		if a.Splat == 2 {
			v := syntax.Unparen(a.Value)
			if v.Is(syntax.KindConditionalExpression) && len(dictFeeds(pc, syntax.Unparen(v.NamedChild(0)), feedSplatCond, a.Node)) > 0 {
				continue
			}
		}
		out = append(out, normalized(a.Node))
	}
	return out
}

// flagNames adds to the token names the variables the loop body assigns
// from a read of the output token or the more_results flag
// (truncated = resp["IsTruncated"]): they exist for the stop test, and go
// with it. If the work reads one, checkNames refuses the rewrite.
func (r *rewriter) flagNames() {
	for _, s := range r.stmts {
		t, v, ok := assignment(s)
		if !ok || !syntax.Unparen(t).Is(syntax.KindIdentifier) {
			continue
		}
		if path, ok := responseRead(r.p, r.m.call, v); ok && r.m.call.classify(path) == readToken {
			r.tokens[syntax.Unparen(t).Text()] = true
		}
	}
}

// classify gives each statement of the loop body its role.
func (r *rewriter) classify() {
	r.roles = make([]role, len(r.stmts))
	for i, s := range r.stmts {
		switch {
		case s.Equal(r.callStmt):
			r.roles[i] = roleCall
		case r.isKwBuild(s):
			r.roles[i] = roleKwBuild
		case r.isFeed(s):
			r.roles[i] = roleFeed
		case r.isTokenAssign(s):
			r.roles[i] = roleToken
		default:
			r.roles[i] = r.checkRole(s)
		}
	}
}

// isKwBuild reports a statement that binds the kwargs dict.
func (r *rewriter) isKwBuild(s syntax.Node) bool {
	if r.m.kw == nil {
		return false
	}
	for _, b := range r.m.kw.bindings {
		if b.Statement.Equal(s) {
			return true
		}
	}
	return false
}

// isFeed reports a statement that only puts tokens into the kwargs dict:
// kwargs["NextToken"] = ..., or such statements under an if that tests the
// token.
func (r *rewriter) isFeed(s syntax.Node) bool {
	if r.m.kw == nil {
		return false
	}
	for _, f := range r.m.kw.feeds {
		if f.node.Equal(s) && !r.isKwBuild(s) {
			return true
		}
	}
	if s.Is(syntax.KindIfStatement) && !s.ChildByField(syntax.FieldAlternative).Valid() {
		inner := statements(s.ChildByField(syntax.FieldConsequence))
		if len(inner) == 0 {
			return false
		}
		for _, st := range inner {
			if !r.isFeed(st) && !r.isTokenAssign(st) {
				return false
			}
		}
		return true
	}
	return false
}

// isTokenAssign reports token = <read of the response's token>.
func (r *rewriter) isTokenAssign(s syntax.Node) bool {
	t, v, ok := assignment(s)
	if !ok {
		return false
	}
	t = syntax.Unparen(t)
	if !t.Is(syntax.KindIdentifier) || !r.tokens[t.Text()] {
		return false
	}
	path, ok := responseRead(r.p, r.m.call, v)
	return ok && r.m.call.classify(path) == readToken
}

// checkRole recognizes the termination test of the loop.
func (r *rewriter) checkRole(s syntax.Node) role {
	if !s.Is(syntax.KindIfStatement) {
		return roleProcess
	}
	cons := statements(s.ChildByField(syntax.FieldConsequence))
	alt := s.ChildByField(syntax.FieldAlternative)
	more, ok := r.test(s.ChildByField(syntax.FieldCondition))
	if !ok {
		return roleProcess
	}
	isBreak := func(st []syntax.Node) bool { return len(st) == 1 && st[0].Is(syntax.KindBreakStatement) }
	onlyFeeds := func(st []syntax.Node) bool {
		if len(st) == 0 {
			return false
		}
		for _, x := range st {
			if !r.isFeed(x) && !r.isTokenAssign(x) {
				return false
			}
		}
		return true
	}
	switch {
	case !alt.Valid() && !more && isBreak(cons):
		return roleCheck
	case !alt.Valid() && !more && len(cons) == 1 && cons[0].Is(syntax.KindReturnStatement):
		r.ret = cons[0]
		return roleCheckReturn
	case alt.Is(syntax.KindElseClause) && !alt.NextNamedSibling().Valid():
		els := statements(alt.ChildByField(syntax.FieldBody))
		if more && onlyFeeds(cons) && isBreak(els) || !more && isBreak(cons) && onlyFeeds(els) {
			return roleCheckFeed
		}
	}
	return roleProcess
}

// test reads a condition as "there are more pages" (more true) or "there
// are no more pages" (more false), by the paginator's output tokens and
// more_results flag.
func (r *rewriter) test(e syntax.Node) (more, ok bool) {
	e = syntax.Unparen(e)
	switch e.Kind() {
	case syntax.KindNotOperator:
		m, ok := r.test(e.ChildByField(syntax.FieldArgument))
		return !m, ok
	case syntax.KindIdentifier:
		if r.tokens[e.Text()] {
			return true, true
		}
	case syntax.KindComparisonOperator:
		ops := comparisonOps(e)
		if len(ops) != 1 || e.NamedChildCount() != 2 {
			return false, false
		}
		left, right := e.NamedChild(0), syntax.Unparen(e.NamedChild(1))
		op := ops[0].Text()
		switch {
		case op == "in" || op == "not in":
			key, ok := syntax.StringValue(left)
			if !ok || !isResponseOf(r.p, r.m.call, right) || r.m.call.classify(path{{key: key}}) != readToken {
				return false, false
			}
			return op == "in", true
		case right.Is(syntax.KindNone) && (op == "is" || op == "=="):
			m, ok := r.test(left)
			return !m, ok
		case right.Is(syntax.KindNone) && (op == "is not" || op == "!="):
			return r.test(left)
		case right.Is(syntax.KindTrue) && (op == "is" || op == "=="):
			return r.test(left)
		case right.Is(syntax.KindFalse) && (op == "is" || op == "=="):
			m, ok := r.test(left)
			return !m, ok
		}
		return false, false
	}
	if path, ok := responseRead(r.p, r.m.call, e); ok && r.m.call.classify(path) == readToken {
		return true, true
	}
	return false, false
}

// shape matches the roles against T1, T2 and T3.
func (r *rewriter) shape() bool {
	call := slices.Index(r.roles, roleCall)
	checks := 0
	checkAt := -1
	for i, ro := range r.roles {
		if ro == roleCheck || ro == roleCheckFeed || ro == roleCheckReturn {
			checks++
			checkAt = i
		}
	}
	// prefix: nothing but building the arguments before the call.
	prefix := true
	for i := 0; i < call; i++ {
		if r.roles[i] != roleKwBuild && r.roles[i] != roleFeed {
			prefix = false
		}
	}
	cond := syntax.Unparen(r.loop.ChildByField(syntax.FieldCondition))
	alwaysTrue := cond.Is(syntax.KindTrue)
	if v, ok := syntax.IntValue(cond); ok && v != 0 {
		alwaysTrue = true
	}
	switch {
	case alwaysTrue && prefix && call < len(r.roles)-1:
		// T1: nothing but work after the call, the check after all work.
		if checks != 1 {
			return false
		}
		for i := checkAt + 1; i < len(r.roles); i++ {
			if r.roles[i] != roleToken && r.roles[i] != roleFeed {
				return false
			}
		}
		if r.roles[checkAt] == roleCheckReturn && !r.returnMovable() {
			return false
		}
		return r.hasProcess() && r.tokenChecked(call, checkAt)
	case alwaysTrue && call == len(r.roles)-1:
		// T3: work first, then the check, then the next call.
		if checks != 1 || !r.findPreCall() {
			return false
		}
		for i := 0; i < checkAt; i++ {
			if r.roles[i] != roleProcess && r.roles[i] != roleToken {
				return false
			}
		}
		for i := checkAt + 1; i < call; i++ {
			if r.roles[i] != roleToken && r.roles[i] != roleFeed && r.roles[i] != roleKwBuild {
				return false
			}
		}
		if r.roles[checkAt] == roleCheckReturn && !r.returnMovable() {
			return false
		}
		return r.hasProcess() && r.tokenChecked(-1, checkAt) && r.preSimple()
	case !alwaysTrue && prefix:
		// T2: the condition tests for more pages; the call first.
		if more, ok := r.test(cond); !ok || !more || checks != 0 {
			return false
		}
		if mentions(cond, r.tokens) && !slices.Contains(r.roles[call+1:], roleToken) {
			return false // while token: with no new token in the loop
		}
		return r.hasProcess() && r.findPreCall() && r.pairPre()
	}
	return false
}

// hasProcess reports whether the body does anything with the pages.
func (r *rewriter) hasProcess() bool {
	return slices.Contains(r.roles, roleProcess)
}

// tokenChecked reports that a check on a token name comes after a
// statement that reads the token from the current response (between the
// statement at from, excluded, and the check).
func (r *rewriter) tokenChecked(from, check int) bool {
	cond := r.stmts[check].ChildByField(syntax.FieldCondition)
	if !mentions(cond, r.tokens) {
		return true
	}
	for i := from + 1; i < check; i++ {
		if r.roles[i] == roleToken {
			return true
		}
	}
	return false
}

// returnMovable reports whether `if <no more>: return x` can become
// `return x` after the loop: the loop ends its function's body and x does
// not depend on the response or the token.
func (r *rewriter) returnMovable() bool {
	blk := r.loop.Parent()
	if !blk.Is(syntax.KindBlock) || !blk.Parent().Is(syntax.KindFunctionDefinition) {
		return false
	}
	sts := statements(blk)
	if !sts[len(sts)-1].Equal(r.loop) {
		return false
	}
	names := map[string]bool{r.resp: true}
	for k := range r.tokens {
		names[k] = true
	}
	for k := range r.kwName {
		names[k] = true
	}
	return !mentions(r.ret, names)
}

// findPreCall finds the first call of the operation before the loop:
// resp = op(<the same arguments>) in the loop's block.
func (r *rewriter) findPreCall() bool {
	for s := r.loop.PrevNamedSibling(); s.Valid(); s = s.PrevNamedSibling() {
		if s.IsExtra() {
			continue
		}
		t, v, ok := assignment(s)
		if !ok || !syntax.Unparen(t).Is(syntax.KindIdentifier) || !syntax.Unparen(t).TextIs(r.resp) {
			continue
		}
		pc, ok := asPageCall(r.p, syntax.Unparen(v))
		if !ok || !pc.sameOperation(r.m.call) {
			return false
		}
		if feeds, _ := tokenFeeds(r.p, pc); len(fedFromResponse(r.p, pc, feeds)) > 0 {
			return false
		}
		if !slices.Equal(r.argTexts(pc), r.argTexts(r.argsCall)) {
			return false
		}
		r.preCall = s
		return true
	}
	return false
}

// between returns the statements between the first call and the loop.
func (r *rewriter) between() []syntax.Node {
	var out []syntax.Node
	for s := r.preCall.NextNamedSibling(); s.Valid() && !s.Equal(r.loop); s = s.NextNamedSibling() {
		if !s.IsExtra() {
			out = append(out, s)
		}
	}
	return out
}

// preSimple (T3) checks that nothing between the first call and the loop
// uses the response or the token.
func (r *rewriter) preSimple() bool {
	names := r.machinery()
	for _, s := range r.between() {
		if mentions(s, names) {
			return false
		}
	}
	return true
}

// machinery returns the names that only carry pages and tokens.
func (r *rewriter) machinery() map[string]bool {
	out := map[string]bool{r.resp: true}
	for k := range r.tokens {
		out[k] = true
	}
	for k := range r.kwName {
		out[k] = true
	}
	return out
}

// pairPre (T2) matches the statements between the first call and the
// loop with the loop's work: the same statements, or x = resp["Key"]
// before the loop for x.extend(resp["Key"]) in it. It records what to
// delete and to replace.
func (r *rewriter) pairPre() bool {
	var pre []syntax.Node
	cond := r.loop.ChildByField(syntax.FieldCondition)
	tokenRead := !mentions(cond, r.tokens)
	for _, s := range r.between() {
		switch {
		case r.isTokenAssign(s):
			tokenRead = true
			r.deleted = append(r.deleted, s)
		case mentions(s, r.machinery()):
			pre = append(pre, s)
		}
	}
	var work []syntax.Node
	for i, ro := range r.roles {
		if ro == roleProcess {
			work = append(work, r.stmts[i])
		}
	}
	if len(pre) != len(work) || !tokenRead {
		return false
	}
	for i := range pre {
		if normalized(pre[i]) == normalized(work[i]) {
			r.deleted = append(r.deleted, pre[i])
			continue
		}
		value, ok := initExtend(pre[i], work[i])
		if !ok {
			return false
		}
		r.edits = append(r.edits, fixes.Replace(value, "[]"))
		r.replaced = append(r.replaced, value)
	}
	return true
}

// initExtend matches x = E before the loop with x.extend(E) or x += E in
// it (E a list) and returns the node of E before the loop.
func initExtend(pre, work syntax.Node) (syntax.Node, bool) {
	t, e, ok := assignment(pre)
	if !ok || !syntax.Unparen(t).Is(syntax.KindIdentifier) {
		return syntax.Node{}, false
	}
	name := syntax.Unparen(t).Text()
	w, ok := expressionOf(work)
	if !ok {
		return syntax.Node{}, false
	}
	var added syntax.Node
	switch {
	case w.Is(syntax.KindCall):
		recv, m, ok := syntax.MethodCall(w)
		args := syntax.CallArguments(w)
		if !ok || m != "extend" || !syntax.Unparen(recv).TextIs(name) || len(args) != 1 || !args[0].Positional() {
			return syntax.Node{}, false
		}
		added = args[0].Value
	case w.Is(syntax.KindAugmentedAssignment):
		if !w.ChildByField(syntax.FieldOperator).TextIs("+=") || !syntax.Unparen(w.ChildByField(syntax.FieldLeft)).TextIs(name) {
			return syntax.Node{}, false
		}
		added = w.ChildByField(syntax.FieldRight)
		if !isListValue(e) {
			return syntax.Node{}, false
		}
	default:
		return syntax.Node{}, false
	}
	if normalized(e) != normalized(added) {
		return syntax.Node{}, false
	}
	return e, true
}

// isListValue reports expressions that are lists for sure.
func isListValue(e syntax.Node) bool {
	e = syntax.Unparen(e)
	switch e.Kind() {
	case syntax.KindList, syntax.KindListComprehension:
		return true
	case syntax.KindCall:
		return e.ChildByField(syntax.FieldFunction).TextIs("list")
	}
	a := accessFrom(readRoot(e))
	return a.top.Equal(e) && a.viaGet && syntax.Unparen(a.dflt).Is(syntax.KindList)
}

// checkNames checks that the work of the loop does not use the token, the
// kwargs dict or anything the loop rebinds, and that the response is
// bound nowhere else.
func (r *rewriter) checkNames() bool {
	tok := map[string]bool{}
	for k := range r.tokens {
		tok[k] = true
	}
	for k := range r.kwName {
		tok[k] = true
	}
	for i, s := range r.stmts {
		if r.roles[i] != roleProcess {
			continue
		}
		if mentions(s, tok) {
			return false
		}
		for d := range s.Descendants() {
			if d.Is(syntax.KindContinueStatement) && enclosingLoop(d).Equal(r.loop) {
				return false
			}
		}
		if r.assigns(s, r.resp) {
			return false
		}
	}
	return true
}

// assigns reports whether s binds name.
func (r *rewriter) assigns(s syntax.Node, name string) bool {
	for d := range s.Descendants() {
		if d.Is(syntax.KindIdentifier) && d.TextIs(name) {
			if b := bindingOf(r.p, d); b != nil {
				return true
			}
		}
	}
	return false
}

// build computes the edits.
func (r *rewriter) build() ([]analysis.Edit, bool) {
	p := r.p
	pc := r.m.call
	client, ok := pc.clientText()
	if !ok {
		return nil, false
	}
	for i, s := range r.stmts {
		if r.roles[i] != roleProcess {
			r.deleted = append(r.deleted, s)
		}
	}
	if r.preCall.Valid() {
		r.deleted = append(r.deleted, r.preCall)
	}
	args, kwDeletes, ok := r.paginateArgs()
	if !ok {
		return nil, false
	}
	r.deleted = append(r.deleted, kwDeletes...)
	// Token names: every binding must go with the rewrite.
	for name := range r.tokens {
		if !r.dropName(name) {
			return nil, false
		}
	}
	// The response: renamed to page unless it is read after the loop,
	// where the loop variable holds the last page as the response did.
	loopVar := r.resp
	var renames []syntax.Node
	after := false
	seen := map[int]bool{}
	for _, b := range r.respBindings() {
		for _, u := range uses(p, b) {
			if seen[u.Index()] {
				continue
			}
			seen[u.Index()] = true
			switch {
			case r.isDeleted(u) || r.isReplaced(u):
			case r.loop.Contains(u):
				renames = append(renames, u)
			case u.Start() >= r.loop.End():
				after = true
			default:
				return nil, false
			}
		}
	}
	if r.resp != "page" && !after {
		if name := freshName(r.p, r.scope, "page", ""); name == "page" {
			loopVar = name
		}
	}
	pagVar := freshName(r.p, r.scope, "paginator", pc.pag.Method)
	indent := fixes.LineIndent(p.Tree, r.loop)
	nl := p.Tree.Lines().Newline()
	header := "for " + loopVar + " in " + pagVar + ".paginate(" + strings.Join(args, ", ") + "):"
	if len(indent)+len(header) > 88 || strings.Contains(header, "\n") {
		inner := indent + fixes.IndentUnit(p.Tree)
		header = "for " + loopVar + " in " + pagVar + ".paginate(" + nl
		for _, a := range args {
			header += inner + a + "," + nl
		}
		header += indent + "):"
	}
	at := fixes.LineStartOf(p.Tree, r.loop)
	r.edits = append(r.edits,
		analysis.Edit{Start: at, End: at, NewText: indent + pagVar + " = " + client + ".get_paginator(" + quote(p, pc.pag.Method) + ")" + nl},
		analysis.Edit{Start: r.loop.Start(), End: headerEnd(r.loop), NewText: header},
	)
	if loopVar != r.resp {
		for _, u := range renames {
			r.edits = append(r.edits, fixes.Replace(u, loopVar))
		}
	}
	if r.ret.Valid() {
		end := fixes.LineEndAfter(p.Tree, r.loop.End())
		text := indent + r.ret.Text() + nl
		if end == len(p.Source) && !strings.HasSuffix(string(p.Source), "\n") {
			text = nl + text
		}
		r.edits = append(r.edits, analysis.Edit{Start: end, End: end, NewText: text})
	}
	dels, ok := deleteStatements(p, r.deleted)
	if !ok {
		return nil, false
	}
	return append(r.edits, dels...), true
}

// respBindings returns the bindings of the response name made by the
// calls the rewrite deletes.
func (r *rewriter) respBindings() []*semantic.Binding {
	var out []*semantic.Binding
	for _, b := range r.p.Model.Lookup(r.resp, r.m.call.call) {
		if r.isDeleted(b.Statement) || r.callStmt.Contains(b.Statement) {
			out = append(out, b)
		}
	}
	return out
}

// isReplaced reports whether n lies in an expression the fix replaces.
func (r *rewriter) isReplaced(n syntax.Node) bool {
	for _, s := range r.replaced {
		if s.Contains(n) {
			return true
		}
	}
	return false
}

// isDeleted reports whether n lies in a statement the fix deletes, or in
// the loop's condition, which goes with the header.
func (r *rewriter) isDeleted(n syntax.Node) bool {
	if r.loop.ChildByField(syntax.FieldCondition).Contains(n) {
		return true
	}
	for _, s := range r.deleted {
		if s.Contains(n) {
			return true
		}
	}
	return false
}

// dropName deletes the remaining bindings of a token name (token = None
// before the loop) and checks nothing else reads it.
func (r *rewriter) dropName(name string) bool {
	for _, b := range r.p.Model.Lookup(name, r.m.call.call) {
		if r.isDeleted(b.Statement) {
			continue
		}
		if b.Kind != semantic.BindAssign || !r.loop.Parent().Equal(b.Statement.Parent()) || b.Statement.Start() > r.loop.Start() {
			return false
		}
		t, v, ok := assignment(b.Statement)
		if !ok || !syntax.Unparen(t).Is(syntax.KindIdentifier) || !isConstant(v) {
			return false
		}
		r.deleted = append(r.deleted, b.Statement)
	}
	for _, b := range r.p.Model.Lookup(name, r.m.call.call) {
		for _, u := range uses(r.p, b) {
			if !r.isDeleted(u) {
				return false
			}
		}
	}
	return true
}

// isConstant reports None, strings, numbers and empty containers.
func isConstant(v syntax.Node) bool {
	v = syntax.Unparen(v)
	switch v.Kind() {
	case syntax.KindNone, syntax.KindString, syntax.KindInteger, syntax.KindTrue, syntax.KindFalse:
		return true
	case syntax.KindDictionary, syntax.KindList:
		return v.NamedChildCount() == 0
	}
	return false
}

// paginateArgs renders the arguments of paginate(...): the call's
// arguments without the tokens, the kwargs dict inlined when it carries
// nothing but tokens and literal keys, the limit as PageSize. kwDeletes are
// the statements that built a kwargs dict that the arguments replace.
func (r *rewriter) paginateArgs() (args []string, kwDeletes []syntax.Node, ok bool) {
	pc := r.argsCall
	filled, ok := r.m.call.filledArgs()
	if !ok {
		return nil, nil, false
	}
	args = append(args, filled...)
	if hasComment(pc.call.ChildByField(syntax.FieldArguments)) {
		return nil, nil, false // the arguments are rewritten: comments would go
	}
	inner := fixes.LineIndent(r.p.Tree, r.loop) + fixes.IndentUnit(r.p.Tree)
	var pageSize string
	failed := false
	keyword := func(name string, value, line syntax.Node) {
		text, ok := r.render(value, line, inner)
		if !ok {
			failed = true
			return
		}
		if name == pc.pag.LimitKey && pageSize == "" {
			pageSize = text
			return
		}
		args = append(args, name+"="+text)
	}
	pairs := func(dict syntax.Node) bool {
		ps, splat := syntax.DictPairs(dict)
		if splat || hasComment(dict) {
			return false
		}
		for _, pr := range ps {
			k, ok := syntax.StringValue(pr.Key)
			if !ok || !syntax.IsName(k) {
				return false
			}
			if pc.isInputToken(k) {
				continue
			}
			keyword(k, pr.Value, pr.Node)
		}
		return !failed
	}
	for _, a := range syntax.CallArguments(pc.call) {
		switch {
		case a.Name != "":
			if !pc.isInputToken(a.Name) {
				keyword(a.Name, a.Value, a.Node)
			}
		case a.Splat == 2:
			v := syntax.Unparen(a.Value)
			switch {
			case v.Is(syntax.KindDictionary):
				if !pairs(v) {
					return nil, nil, false
				}
			case v.Is(syntax.KindConditionalExpression):
				if !r.onlyTokens(v) {
					return nil, nil, false
				}
			case r.m.kw != nil && v.TextIs(r.m.kw.name):
				dels, inline, ok := r.kwargsPlan()
				if !ok {
					return nil, nil, false
				}
				kwDeletes = append(kwDeletes, dels...)
				if inline.Valid() {
					if inline.Is(syntax.KindDictionary) && !pairs(inline) {
						return nil, nil, false
					}
				} else {
					args = append(args, a.Node.Text())
				}
			default:
				text, ok := r.render(a.Node, a.Node, inner)
				if !ok {
					return nil, nil, false
				}
				args = append(args, text)
			}
		default:
			return nil, nil, false
		}
	}
	if failed {
		return nil, nil, false
	}
	if pageSize != "" {
		args = append(args, "PaginationConfig={"+quote(r.p, "PageSize")+": "+pageSize+"}")
	}
	return args, kwDeletes, true
}

// render returns the text of an argument value for the paginate call,
// whose arguments sit at indentation inner: the continuation lines of a
// value written over several lines move with it. line is the node whose
// line gave the value its indentation (the keyword or the dict pair). ok is
// false for a multi-line string, which reindenting would change.
func (r *rewriter) render(value, line syntax.Node, inner string) (string, bool) {
	text := value.Text()
	first, rest, multi := strings.Cut(text, "\n")
	if !multi {
		return text, true
	}
	if fixes.HasMultilineString(r.p.Tree, value) {
		return "", false
	}
	return first + "\n" + strings.TrimSuffix(fixes.Reindent(rest+"\n", fixes.LineIndent(r.p.Tree, line), inner), "\n"), true
}

// hasComment reports whether n contains a comment.
func hasComment(n syntax.Node) bool {
	for d := range n.Descendants() {
		if d.Is(syntax.KindComment) {
			return true
		}
	}
	return false
}

// onlyTokens reports **({"NextToken": t} if t else {}): a conditional
// dict that only carries tokens.
func (r *rewriter) onlyTokens(v syntax.Node) bool {
	for _, br := range []syntax.Node{v.NamedChild(0), v.NamedChild(2)} {
		br = syntax.Unparen(br)
		if !br.Is(syntax.KindDictionary) {
			return false
		}
		ps, splat := syntax.DictPairs(br)
		if splat {
			return false
		}
		for _, pr := range ps {
			k, ok := syntax.StringValue(pr.Key)
			if !ok || !r.m.call.isInputToken(k) {
				return false
			}
		}
	}
	return true
}

// kwargsPlan decides what happens to a kwargs dict. When it carries
// nothing but its literal and the tokens, it is inlined: inline is the
// literal (a dictionary, or a conditional of token dicts) and the
// statements that build it are deleted. Otherwise the dict stays, built
// before the loop, and only the token statements go.
func (r *rewriter) kwargsPlan() (deletes []syntax.Node, inline syntax.Node, ok bool) {
	kw := r.m.kw
	if !kw.understood {
		return nil, syntax.Node{}, false
	}
	for _, s := range kw.splats {
		if !r.isDeleted(s) {
			return nil, syntax.Node{}, false
		}
	}
	for _, f := range kw.feeds {
		if !r.isDeleted(f.node) && !r.loop.Contains(f.node) {
			return nil, syntax.Node{}, false
		}
	}
	inLoop := false
	for _, b := range kw.bindings {
		if r.loop.Contains(b.Statement) {
			inLoop = true
		}
	}
	literalWithComments := len(kw.bindings) == 1 && !inLoop && hasComment(kw.bindings[0].Statement)
	if len(kw.other) == 0 && len(kw.bindings) == 1 && !literalWithComments {
		b := kw.bindings[0]
		t, v, ok := assignment(b.Statement)
		if !ok || !syntax.Unparen(t).Is(syntax.KindIdentifier) {
			return nil, syntax.Node{}, false
		}
		if !inLoop && !b.Statement.Parent().Equal(r.loop.Parent()) {
			return nil, syntax.Node{}, false
		}
		v = syntax.Unparen(v)
		if v.Is(syntax.KindConditionalExpression) {
			// {"Marker": marker} if marker else {}: nothing of it stays.
			if !r.onlyTokens(v) {
				return nil, syntax.Node{}, false
			}
			return []syntax.Node{b.Statement}, v, true
		}
		// The literal moves out of the loop: what it reads must not change
		// in the loop (tokens aside, which the fix drops).
		if inLoop {
			bound := r.boundInLoop()
			pairs, _ := syntax.DictPairs(v)
			for _, pr := range pairs {
				if k, ok := syntax.StringValue(pr.Key); ok && r.m.call.isInputToken(k) {
					continue
				}
				if mentions(pr.Node, bound) {
					return nil, syntax.Node{}, false
				}
			}
		}
		return []syntax.Node{b.Statement}, v, true
	}
	// The dict stays: it must be complete before the loop starts.
	if inLoop {
		return nil, syntax.Node{}, false
	}
	for _, o := range kw.other {
		if o.Start() >= r.loop.Start() {
			return nil, syntax.Node{}, false // changed in the loop, or read after it
		}
	}
	for _, b := range kw.bindings {
		_, v, ok := assignment(b.Statement)
		if !ok || !syntax.Unparen(v).Is(syntax.KindDictionary) || len(dictFeeds(r.m.call, syntax.Unparen(v), feedKwargs, b.Statement)) > 0 {
			return nil, syntax.Node{}, false
		}
	}
	return nil, syntax.Node{}, true
}

// boundInLoop returns the names the loop body binds.
func (r *rewriter) boundInLoop() map[string]bool {
	out := map[string]bool{}
	for d := range r.body.Descendants() {
		if d.Is(syntax.KindIdentifier) && bindingOf(r.p, d) != nil {
			out[d.Text()] = true
		}
	}
	return out
}

// deleteStatements removes statements with their lines, comments on those
// lines included; comments on lines of their own stay. Consecutive
// statements go in one edit, and blank lines left at the start or the end
// of a block go with them.
func deleteStatements(p *analysis.Pass, stmts []syntax.Node) ([]analysis.Edit, bool) {
	t := p.Tree
	src := p.Source
	lines := t.Lines()
	del := map[int]bool{}
	for _, s := range stmts {
		del[s.Index()] = true
	}
	blocks := map[int]syntax.Node{}
	var order []int
	for _, s := range stmts {
		b := s.Parent()
		if _, ok := blocks[b.Index()]; !ok {
			blocks[b.Index()] = b
			order = append(order, b.Index())
		}
	}
	slices.Sort(order)
	var out []analysis.Edit
	for _, bi := range order {
		blk := blocks[bi]
		var items []syntax.Node
		for c := range blk.NamedChildren() {
			items = append(items, c)
		}
		for i := 0; i < len(items); {
			if !del[items[i].Index()] {
				i++
				continue
			}
			j := i
			for j+1 < len(items) && del[items[j+1].Index()] {
				j++
			}
			first, last := items[i], items[j]
			start := fixes.LineStartOf(t, first)
			if strings.TrimSpace(string(src[start:first.Start()])) != "" {
				return nil, false
			}
			// A comment ending the last line goes with the statement.
			if j+1 < len(items) && items[j+1].Is(syntax.KindComment) && lines.Line(items[j+1].Start()) == lines.Line(last.End()) {
				j++
				last = items[j]
			}
			end := fixes.LineEndAfter(t, last.End())
			if rest := strings.TrimSpace(string(src[last.End():end])); rest != "" && !strings.HasPrefix(rest, "#") {
				return nil, false // more code on the line: a; b
			}
			if j+1 >= len(items) {
				// Nothing kept after the run in this block: take the blank
				// lines before it along.
				for l := lines.Line(start) - 1; l >= 0 && i > 0 && strings.TrimSpace(string(lines.LineText(l))) == ""; l-- {
					start = lines.LineStart(l)
				}
			} else if i == 0 {
				for l := lines.Line(end); l < lines.LineCount() && end < items[j+1].Start() && strings.TrimSpace(string(lines.LineText(l))) == ""; l++ {
					end = lines.LineStart(l + 1)
				}
			}
			out = append(out, analysis.Edit{Start: start, End: end})
			i = j + 1
		}
	}
	return out, true
}
