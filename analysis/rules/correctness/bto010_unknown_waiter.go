package correctness

import (
	_ "embed"
	"fmt"
	"github.com/botolint/botolint/fixes"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/suggest"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto010_unknown_waiter.md
var unknownWaiterDoc string

// UnknownWaiter reports get_waiter names that are not waiters of the
// client.
var UnknownWaiter = &analysis.Rule{
	Code:     "BTO010",
	Name:     "unknown-waiter",
	Summary:  "get_waiter(\"x\") where x is not a waiter of the client (ValueError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      unknownWaiterDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    checkUnknownWaiter,
}

// maxListedWaiters bounds how many waiter names a message lists.
const maxListedWaiters = 8

func checkUnknownWaiter(p *analysis.Pass, call syntax.Node) {
	svc, method, ok := clientMethodCall(p, call)
	if !ok || method != "get_waiter" {
		return
	}
	arg, ok := registryNameArg(call, "waiter_name")
	if !ok {
		return
	}
	name, ok := p.Model.StringConstant(arg)
	if !ok || svc.Waiter(name) != nil {
		return
	}
	if lit, isLit := syntax.ParseString(arg); isLit && lit.Bytes {
		return
	}
	d := analysis.Diagnostic{Start: arg.Start(), End: arg.End()}
	head := fmt.Sprintf("`%s` is not a waiter of %s (ValueError: Waiter does not exist)", name, clientTitle(svc))
	names := waiterNames(svc)
	if len(names) == 0 {
		d.Message = fmt.Sprintf("%s: it has no waiters", head)
		p.Report(d)
		return
	}
	best, unique := suggest.Closest(name, names)
	switch {
	case best != "" && unique:
		d.Message = fmt.Sprintf("%s; did you mean `%s`?", head, best)
		if edit, ok := fixes.ReplaceStringValue(arg, best); ok {
			d.Fixes = []analysis.Fix{{
				Title:         fmt.Sprintf("Replace with `%s`", best),
				Applicability: analysis.Safe,
				Edits:         []analysis.Edit{edit},
			}}
		}
	case len(names) <= maxListedWaiters:
		d.Message = fmt.Sprintf("%s; its waiters are %s", head, quotedNames(names))
	default:
		d.Message = fmt.Sprintf("%s; see `client.waiter_names` for its %d waiters", head, len(names))
	}
	p.Report(d)
}

// waiterNames returns the get_waiter keys of a service, sorted.
func waiterNames(svc *awsmodel.Service) []string {
	out := make([]string, len(svc.Waiters))
	for i, w := range svc.Waiters {
		out[i] = w.Method
	}
	return out
}
