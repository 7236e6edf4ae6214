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

//go:embed bto009_unknown_paginator.md
var unknownPaginatorDoc string

// UnknownPaginator reports get_paginator names that are not pageable
// operations of the client, and can_paginate names that are not
// operations at all.
var UnknownPaginator = &analysis.Rule{
	Code:     "BTO009",
	Name:     "unknown-paginator",
	Summary:  "get_paginator(\"x\") where x is not a pageable operation of the client (OperationNotPageableError, KeyError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      unknownPaginatorDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    checkUnknownPaginator,
}

func checkUnknownPaginator(p *analysis.Pass, call syntax.Node) {
	svc, method, ok := clientMethodCall(p, call)
	if !ok || (method != "get_paginator" && method != "can_paginate") {
		return
	}
	arg, ok := registryNameArg(call, "operation_name")
	if !ok {
		return
	}
	name, ok := p.Model.StringConstant(arg)
	if !ok {
		return
	}
	if lit, isLit := syntax.ParseString(arg); isLit && lit.Bytes {
		return
	}
	client := clientTitle(svc)
	if op := svc.Method(name); op != nil {
		if method == "can_paginate" || op.Paginator != nil {
			return
		}
		// A real operation without a paginator.
		p.Report(analysis.Diagnostic{
			Start:   arg.Start(),
			End:     arg.End(),
			Message: fmt.Sprintf("`%s` is not pageable: %s has no paginator for it (OperationNotPageableError)%s", name, client, paginatorList(svc)),
		})
		return
	}
	// Not an operation: _PY_TO_OP_NAME[name] raises KeyError in both
	// get_paginator and can_paginate.
	d := analysis.Diagnostic{Start: arg.Start(), End: arg.End()}
	what := fmt.Sprintf("`%s` is not an operation of %s (KeyError in `%s`)", name, client, method)
	if svc.HasClientMethod(name) {
		what = fmt.Sprintf("`%s` is not an API operation of %s but a method botocore or boto3 adds (KeyError in `%s`)", name, client, method)
	}
	want, unique := closestOperation(svc, name)
	switch {
	case want == nil || !unique:
		d.Message = what + "; `" + method + "` takes the snake_case method name of an operation"
		if method == "get_paginator" {
			d.Message += paginatorList(svc)
		}
	case method == "get_paginator" && want.Paginator == nil:
		d.Message = fmt.Sprintf("%s; did you mean `%s`? It is not pageable either (OperationNotPageableError)", what, want.Method)
	default:
		d.Message = fmt.Sprintf("%s; did you mean `%s`?", what, want.Method)
		if edit, ok := fixes.ReplaceStringValue(arg, want.Method); ok {
			d.Fixes = []analysis.Fix{{
				Title:         fmt.Sprintf("Replace with `%s`", want.Method),
				Applicability: analysis.Safe,
				Edits:         []analysis.Edit{edit},
			}}
		}
	}
	p.Report(d)
}

// closestOperation returns the operation a name most likely means: the one
// equal after folding case and underscores ("ListObjectsV2"), else the
// unique closest by edit distance.
func closestOperation(svc *awsmodel.Service, name string) (op *awsmodel.Operation, unique bool) {
	methods := make([]string, 0, len(svc.Operations))
	for _, o := range svc.Operations {
		if !o.NotOnClient {
			methods = append(methods, o.Method)
		}
	}
	best, unique := suggest.Closest(name, methods)
	if best == "" {
		return nil, false
	}
	return svc.Method(best), unique
}

// paginatorList names the client's paginators for a message when there
// are few of them.
func paginatorList(svc *awsmodel.Service) string {
	switch n := len(svc.Paginators); {
	case n == 0:
		return "; it has no paginators"
	case n <= 6:
		names := make([]string, n)
		for i, pg := range svc.Paginators {
			names[i] = pg.Method
		}
		return "; its paginators are " + quotedNames(names)
	}
	return ""
}
