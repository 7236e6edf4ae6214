package errhandling

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto302_swallowed_exception.md
var swallowedExceptionDoc string

// SwallowedException reports handlers around AWS calls that only log.
var SwallowedException = &analysis.Rule{
	Code:     "BTO302",
	Name:     "swallowed-exception",
	Summary:  "An except around AWS calls only prints or logs the error and carries on",
	Severity: analysis.SeverityWarning,
	Fix:      analysis.FixNever,
	Doc:      swallowedExceptionDoc,
	Kinds:    []syntax.Kind{syntax.KindExceptClause},
	Visit:    checkSwallowedException,
}

func checkSwallowedException(p *analysis.Pass, clause syntax.Node) {
	try := clause.Parent()
	if !try.Is(syntax.KindTryStatement) {
		return
	}
	var caught, block syntax.Node
	for c := range clause.Args() {
		if c.Is(syntax.KindBlock) {
			block = c
		} else if !caught.Valid() {
			caught = c
		}
	}
	if caught.Is(asPattern) {
		caught = caught.NamedChild(0)
	}
	label, ok := catchesAWSErrors(p, caught)
	if !ok {
		return
	}
	call, ok := awsCall(p, try.ChildByField(syntax.FieldBody))
	if !ok {
		return
	}
	effect, ok := onlyLogs(p, block)
	if !ok {
		return
	}
	if fallsThroughToResult(p, try) || keepsFallback(p, try) {
		return
	}
	end := clause.ChildOfKind(tokenExcept).End()
	if caught.Valid() {
		end = caught.End()
	}
	callee := call.ChildByField(syntax.FieldFunction).Text()
	p.Report(analysis.Diagnostic{
		Start: clause.Start(),
		End:   end,
		Message: fmt.Sprintf("%s around `%s()` %s and carries on: the failure is hidden from the caller; re-raise, return a fallback value, or let the error propagate",
			label, callee, effect),
	})
}

var (
	asPattern   = syntax.KindOf("as_pattern", true)
	tokenExcept = syntax.KindOf("except", false)
)

// catchesAWSErrors reports whether an except clause's type catches AWS
// errors without naming an expected one: a bare except, Exception,
// BaseException, ClientError or another botocore or boto3 exception. A
// modeled exception (client.exceptions.NoSuchKey) names an expected
// condition and is deliberate; a type the analysis does not know is left
// alone.
func catchesAWSErrors(p *analysis.Pass, t syntax.Node) (string, bool) {
	t = syntax.Unparen(t)
	if !t.Valid() {
		return "bare `except:`", true
	}
	elems := []syntax.Node{t}
	if t.Is(syntax.KindTuple) {
		elems = nil
		for e := range t.Args() {
			elems = append(elems, e)
		}
	}
	for _, e := range elems {
		v := p.Resolve(e)
		if v.Kind != semantic.Symbol {
			continue
		}
		switch q := v.Name; {
		case q == "builtins.Exception", q == "builtins.BaseException",
			strings.HasPrefix(q, "botocore.exceptions."), strings.HasPrefix(q, "boto3.exceptions."),
			q == "botocore.errorfactory.ClientError":
			return "`except " + t.Text() + "`", true
		}
	}
	return "", false
}

// awsCall returns the first call in a try body that talks to AWS: a method
// of a client, resource, paginator, waiter or session, or a boto3 or
// botocore function. Calls in functions defined in the body do not run
// there and are skipped.
func awsCall(p *analysis.Pass, body syntax.Node) (syntax.Node, bool) {
	for d := range body.Descendants() {
		if !d.Is(syntax.KindCall) || inNestedScope(d, body) {
			continue
		}
		if recv, _, ok := syntax.MethodCall(d); ok {
			switch p.Resolve(recv).Kind {
			case semantic.Client, semantic.ServiceResource, semantic.ResourceInstance,
				semantic.Paginator, semantic.Waiter, semantic.Session, semantic.BotocoreSession:
				return d, true
			}
		}
		if q, ok := p.Model.CallQualifiedName(d); ok && (strings.HasPrefix(q, "boto3.") || strings.HasPrefix(q, "botocore.")) && !localHelper(q) {
			return d, true
		}
	}
	return syntax.Node{}, false
}

// localHelper reports a botocore function or class that makes no call of
// an AWS operation: a cache, a configuration object, a credential
// provider, a parsing utility.
func localHelper(q string) bool {
	for _, prefix := range []string{"botocore.utils.", "botocore.config.", "botocore.compat.", "botocore.hooks.", "botocore.credentials."} {
		if strings.HasPrefix(q, prefix) {
			return true
		}
	}
	return false
}

func inNestedScope(d, outer syntax.Node) bool {
	for a := range d.Ancestors() {
		if a.Equal(outer) {
			return false
		}
		switch a.Kind() {
		case syntax.KindFunctionDefinition, syntax.KindLambda, syntax.KindClassDefinition:
			return true
		}
	}
	return false
}

// onlyLogs reports whether a handler does nothing but print or log,
// pass, continue, break or return without a value (possibly under an if),
// and says what it does. Anything else (a raise, a return of a value, an
// assignment, any other call, an exit) handles the error.
func onlyLogs(p *analysis.Pass, block syntax.Node) (string, bool) {
	logs, passes, skips := false, false, false
	var walk func(b syntax.Node) bool
	walk = func(b syntax.Node) bool {
		for s := range b.Args() {
			switch s.Kind() {
			case syntax.KindPassStatement:
				passes = true
			case syntax.KindContinueStatement, syntax.KindBreakStatement:
				skips = true
			case syntax.KindReturnStatement:
				if s.NamedChildCount() > 0 {
					return false
				}
				skips = true
			case syntax.KindExpressionStatement:
				e := syntax.Unparen(s.NamedChild(0))
				switch {
				case s.NamedChildCount() != 1:
					return false
				case e.Is(syntax.KindEllipsis), syntax.IsStringLiteral(e):
					passes = true
				case e.Is(syntax.KindCall) && isLoggingCall(p, e):
					logs = true
				default:
					return false
				}
			case syntax.KindIfStatement:
				if !walk(s.ChildByField(syntax.FieldConsequence)) {
					return false
				}
				for alt := range s.ChildrenByField(syntax.FieldAlternative) {
					body := alt.ChildByField(syntax.FieldConsequence) // elif
					if !body.Valid() {
						body = alt.ChildByField(syntax.FieldBody) // else
					}
					if !body.Valid() || !walk(body) {
						return false
					}
				}
			default:
				return false
			}
		}
		return true
	}
	if !block.Valid() || !walk(block) {
		return "", false
	}
	switch {
	case logs:
		return "only logs the error", true
	case skips:
		return "only skips ahead", true
	case passes:
		return "does nothing", true
	}
	return "", false
}

var logMethods = map[string]bool{
	"debug": true, "info": true, "warning": true, "warn": true, "error": true,
	"exception": true, "critical": true, "fatal": true, "log": true,
}

var printFunctions = map[string]bool{
	"builtins.print": true, "pprint.pprint": true, "traceback.print_exc": true,
	"traceback.print_exception": true, "traceback.print_stack": true, "warnings.warn": true,
	"sys.stderr.write": true, "sys.stdout.write": true, "click.echo": true, "click.secho": true,
	"typer.echo": true,
}

// isLoggingCall recognises print(...), the logging module, logger objects
// (any receiver whose name mentions log, or a name bound to
// logging.getLogger(...)), traceback.print_exc() and writes to
// sys.stderr/stdout.
func isLoggingCall(p *analysis.Pass, call syntax.Node) bool {
	if q, ok := p.Model.CallQualifiedName(call); ok {
		if printFunctions[q] {
			return true
		}
		if strings.HasPrefix(q, "logging.") && logMethods[q[len("logging."):]] {
			return true
		}
	}
	recv, method, ok := syntax.MethodCall(call)
	if !ok {
		return false
	}
	recv = syntax.Unparen(recv)
	last := recv.Text()
	if recv.Is(syntax.KindAttribute) {
		last = recv.ChildByField(syntax.FieldAttribute).Text()
	}
	if logMethods[method] {
		if strings.Contains(strings.ToLower(last), "log") {
			return true
		}
		if recv.Is(syntax.KindIdentifier) {
			bs := p.Model.Lookup(recv.Text(), recv)
			for _, b := range bs {
				if !b.Value.Is(syntax.KindCall) {
					return false
				}
				if q, ok := p.Model.CallQualifiedName(b.Value); !ok || q != "logging.getLogger" {
					return false
				}
			}
			return len(bs) > 0
		}
	}
	// rich and similar consoles: console.print(...), console.log(...).
	return (method == "print" || method == "log") && strings.Contains(strings.ToLower(last), "console")
}

// keepsFallback reports a handler that keeps a fallback the code around
// the try provides for a name the try assigns: the name holds a value
// before the try (`acct_id = "000000000000"` then `try: acct_id =
// sts.get_caller_identity()["Account"]`), or the statement after the try
// tests it (`if not regions:` falls back to other regions). The except
// takes that other path on purpose.
func keepsFallback(p *analysis.Pass, try syntax.Node) bool {
	assigned := map[string]bool{}
	for d := range try.ChildByField(syntax.FieldBody).Descendants() {
		if !d.Is(syntax.KindAssignment) || inNestedScope(d, try) {
			continue
		}
		if left := syntax.Unparen(d.ChildByField(syntax.FieldLeft)); left.Is(syntax.KindIdentifier) {
			assigned[left.Text()] = true
		}
	}
	if len(assigned) == 0 {
		return false
	}
	for name := range assigned {
		for _, b := range p.Model.Lookup(name, try) {
			// An assignment or a parameter before the try.
			if b.Target.Valid() && b.Target.End() <= try.Start() {
				return true
			}
		}
	}
	next := try.NextNamedSibling()
	for next.Valid() && next.Is(syntax.KindComment) {
		next = next.NextNamedSibling()
	}
	if next.Is(syntax.KindIfStatement) {
		for id := range next.ChildByField(syntax.FieldCondition).Descendants() {
			if id.Is(syntax.KindIdentifier) && assigned[id.Text()] {
				return true
			}
		}
	}
	return false
}

// fallsThroughToResult reports whether the statement after the try
// returns a value or exits: `except ClientError as e: print(e)` followed
// by `return 1` in main(), or by `return None` in a lookup, hands the
// caller a result.
func fallsThroughToResult(p *analysis.Pass, try syntax.Node) bool {
	next := try.NextNamedSibling()
	for next.Valid() && next.Is(syntax.KindComment) {
		next = next.NextNamedSibling()
	}
	switch {
	case next.Is(syntax.KindReturnStatement):
		return next.NamedChildCount() > 0
	case next.Is(syntax.KindRaiseStatement):
		return true
	case next.Is(syntax.KindExpressionStatement):
		q, ok := p.Model.CallQualifiedName(syntax.Unparen(next.NamedChild(0)))
		return ok && (q == "sys.exit" || q == "builtins.exit" || q == "builtins.quit" || q == "os._exit")
	}
	return false
}
