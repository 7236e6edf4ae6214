package correctness

import (
	_ "embed"
	"fmt"
	"github.com/botolint/botolint/fixes"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules/internal/params"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/suggest"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto504_presigned_client_method.md
var presignedClientMethodDoc string

// PresignedClientMethod reports a generate_presigned_url ClientMethod that
// is not the Python name of one of the client's operations. The Params of
// the call are checked by BTO004-BTO007.
var PresignedClientMethod = &analysis.Rule{
	Code:     "BTO504",
	Name:     "presigned-client-method",
	Summary:  "generate_presigned_url ClientMethod that is not an operation method name (UnknownClientMethodError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      presignedClientMethodDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    checkPresignedClientMethod,
}

func checkPresignedClientMethod(p *analysis.Pass, call syntax.Node) {
	v, method, ok := p.Model.IsMethodCallOn(call, semantic.Client)
	if !ok || method != "generate_presigned_url" || syntax.HasSplat(call) {
		return
	}
	svc := catalogService(p, v.Service)
	if svc == nil {
		return
	}
	arg, ok := params.ClientMethodArgument(call)
	if !ok {
		return
	}
	name, ok := p.Model.StringConstant(arg)
	if !ok || svc.Method(name) != nil {
		return
	}
	label := serviceLabel(svc)
	methods := make([]string, 0, len(svc.Operations))
	for _, op := range svc.Operations {
		methods = append(methods, op.Method)
	}
	d := analysis.Diagnostic{Start: arg.Start(), End: arg.End()}
	switch {
	case svc.Injected(name) != nil:
		d.Message = fmt.Sprintf("`%s` is a method boto3 adds to the %s client, not an API operation: generate_presigned_url signs operations only (UnknownClientMethodError)", name, label)
	default:
		d.Message = fmt.Sprintf("`%s` is not an operation method of the %s client (UnknownClientMethodError): ClientMethod takes the snake_case method name", name, label)
	}
	best, unique := suggest.Closest(name, methods)
	if unique {
		d.Message += fmt.Sprintf("; did you mean `%s`?", best)
		if edit, ok := fixes.ReplaceStringValue(arg, best); ok {
			d.Fixes = []analysis.Fix{{Title: fmt.Sprintf("Use `%s`", best), Applicability: analysis.Safe, Edits: []analysis.Edit{edit}}}
		}
	}
	p.Report(d)
}
