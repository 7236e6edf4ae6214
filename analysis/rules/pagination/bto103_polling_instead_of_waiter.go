package pagination

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto103_polling_instead_of_waiter.md
var pollingDoc string

// PollingInsteadOfWaiter reports loops that sleep and call an operation a
// waiter of the client polls, checking the response.
var PollingInsteadOfWaiter = &analysis.Rule{
	Code:     "BTO103",
	Name:     "polling-instead-of-waiter",
	Summary:  "A sleep loop polls an operation that a waiter of the client polls",
	Severity: analysis.SeverityWarning,
	Fix:      analysis.FixNever,
	Doc:      pollingDoc,
	Kinds:    []syntax.Kind{syntax.KindWhileStatement, syntax.KindForStatement},
	Visit:    checkPolling,
}

func checkPolling(p *analysis.Pass, loop syntax.Node) {
	pl, ok := findPolling(p, loop)
	if !ok {
		return
	}
	c := pl.calls[0]
	client, ok := syntax.DottedName(c.recv)
	if !ok {
		client = "client"
	}
	var names []string
	for _, w := range c.waiters {
		names = append(names, fmt.Sprintf("`%s.get_waiter(%q)` (every %d s, at most %d attempts)", client, w.Method, w.Delay, w.MaxAttempts))
	}
	which := "the waiter " + names[0]
	if len(names) > 1 {
		which = "a waiter: " + strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
	}
	p.Report(analysis.Diagnostic{
		Start: loop.Start(), End: headerEnd(loop),
		Message: fmt.Sprintf("this loop polls `%s` with `%s` until the response changes: use %s, called as `.wait(%s)`; tune it with `WaiterConfig={\"Delay\": ..., \"MaxAttempts\": ...}`",
			c.op.Method, pl.sleepName, which, waitArgs(p, c.call)),
	})
}

// polling is a loop that sleeps and polls operations waiters poll.
type polling struct {
	sleepName string
	calls     []polledCall
}

type polledCall struct {
	call    syntax.Node
	recv    syntax.Node
	op      *awsmodel.Operation
	waiters []*awsmodel.Waiter
}

var sleepFunctions = map[string]string{
	"time.sleep":    "time.sleep",
	"asyncio.sleep": "asyncio.sleep",
}

// findPolling recognizes a polling loop: a while loop, or a for loop over
// range(...) (attempts), that calls time.sleep or asyncio.sleep and an
// operation some waiter of the client polls, and leaves (the condition, a
// break or a return) on a test of that operation's response.
func findPolling(p *analysis.Pass, loop syntax.Node) (*polling, bool) {
	if loop.Is(syntax.KindForStatement) {
		it := syntax.Unparen(loop.ChildByField(syntax.FieldRight))
		if q, ok := p.Model.CallQualifiedName(it); !it.Is(syntax.KindCall) || !ok || q != "builtins.range" {
			return nil, false
		}
	}
	pl := &polling{}
	var calls []syntax.Node
	for d := range loop.Descendants() {
		if !d.Is(syntax.KindCall) || !enclosingLoop(d).Equal(loop) {
			continue
		}
		if q, ok := p.Model.CallQualifiedName(d); ok && sleepFunctions[q] != "" {
			pl.sleepName = sleepFunctions[q]
			continue
		}
		calls = append(calls, d)
	}
	if pl.sleepName == "" {
		return nil, false
	}
	for _, call := range calls {
		recvNode, method, ok := syntax.MethodCall(call)
		if !ok {
			continue
		}
		recv := p.Resolve(recvNode)
		if recv.Kind != semantic.Client || recv.Service == "" {
			continue
		}
		svc := p.Catalog.Service(recv.Service)
		if svc == nil {
			continue
		}
		op := svc.Method(method)
		if op == nil || len(op.Waiters) == 0 {
			continue
		}
		if pc, ok := asPageCall(p, call); ok && isManuallyPaged(p, pc) {
			continue
		}
		lits, ok := exitTests(p, loop, call)
		if !ok {
			continue
		}
		waiters := pickWaiters(op, lits)
		if len(waiters) == 0 {
			continue
		}
		pl.calls = append(pl.calls, polledCall{call: call, recv: recvNode, op: op, waiters: waiters})
	}
	return pl, len(pl.calls) > 0
}

// exitTests checks that the loop leaves on a test of the call's response
// and returns the string literals the tests compare with.
func exitTests(p *analysis.Pass, loop, call syntax.Node) ([]string, bool) {
	derived := map[string]bool{}
	if stmt := syntax.StatementOf(call); stmt.Valid() {
		if t, v, ok := assignment(stmt); ok && syntax.Unparen(v).Equal(call) && syntax.Unparen(t).Is(syntax.KindIdentifier) {
			derived[syntax.Unparen(t).Text()] = true
		}
	}
	// Names computed from the response: state = resp["Table"]["TableStatus"].
	for range 3 {
		for d := range loop.Descendants() {
			t, v, ok := assignment(d)
			if !ok || !syntax.Unparen(t).Is(syntax.KindIdentifier) {
				continue
			}
			if mentions(v, derived) || v.Contains(call) {
				derived[syntax.Unparen(t).Text()] = true
			}
		}
	}
	tests := func(cond syntax.Node) bool { return cond.Contains(call) || mentions(cond, derived) }
	var lits []string
	collect := func(cond syntax.Node) {
		for d := range cond.Descendants() {
			if s, ok := syntax.StringValue(d); ok {
				lits = append(lits, s)
			}
		}
	}
	found := false
	if loop.Is(syntax.KindWhileStatement) {
		if cond := loop.ChildByField(syntax.FieldCondition); tests(cond) {
			found = true
			collect(cond)
		}
	}
	for d := range loop.ChildByField(syntax.FieldBody).Descendants() {
		if !d.Is(syntax.KindIfStatement) && !d.Is(syntax.KindElifClause) || !inOwnScope(d, scopeNode(loop)) {
			continue
		}
		cond := d.ChildByField(syntax.FieldCondition)
		if !tests(cond) {
			continue
		}
		for e := range d.ChildByField(syntax.FieldConsequence).Descendants() {
			if e.Is(syntax.KindBreakStatement) && enclosingLoop(e).Equal(loop) || e.Is(syntax.KindReturnStatement) {
				found = true
				collect(cond)
				break
			}
		}
	}
	return lits, found
}

// pickWaiters returns the waiters of op whose success acceptors expect one
// of the compared strings ("running" picks instance_running). A loop that
// compares no state a waiter expects waits for something else (an
// identity to appear in the response, where identity_exists waits for
// its verification to succeed; a status to leave "modifying", which no
// waiter names): no waiter is suggested then.
func pickWaiters(op *awsmodel.Operation, lits []string) []*awsmodel.Waiter {
	var out []*awsmodel.Waiter
	for _, w := range op.Waiters {
		for _, a := range w.Acceptors {
			if s, ok := a.Expected.(string); ok && a.State == "success" && a.Matcher != "error" && slices.Contains(lits, s) {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// waitArgs renders the arguments the waiter takes, those of the polled
// call: as written when short, else their names. A project wrapper's own
// keywords (aws_retry=True) are left out: the waiter is botocore's.
func waitArgs(p *analysis.Pass, call syntax.Node) string {
	args := syntax.CallArguments(call)
	var texts, names []string
	for _, a := range args {
		if a.Name != "" && p.Options.IsWrapperKeyword(a.Name) {
			continue
		}
		texts = append(texts, a.Node.Text())
		switch {
		case a.Name != "":
			names = append(names, a.Name+"=...")
		case a.Splat == 2:
			names = append(names, "**"+a.Value.Text())
		default:
			names = append(names, "...")
		}
	}
	if s := strings.Join(texts, ", "); len(s) <= 60 && !strings.Contains(s, "\n") {
		return s
	}
	return strings.Join(names, ", ")
}

// inPollingLoop reports whether call is polled by a loop around it.
func inPollingLoop(p *analysis.Pass, call syntax.Node) bool {
	for l := enclosingLoop(call); l.Valid(); l = enclosingLoop(l) {
		pl, ok := findPolling(p, l)
		if !ok {
			continue
		}
		for _, c := range pl.calls {
			if c.call.Equal(call) {
				return true
			}
		}
	}
	return false
}
