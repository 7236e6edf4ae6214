package correctness

import (
	_ "embed"
	"fmt"
	"github.com/botolint/botolint/fixes"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/suggest"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto001_unknown_service.md
var unknownServiceDoc string

// UnknownService reports clients and resources created for a service name
// that botocore does not have.
var UnknownService = &analysis.Rule{
	Code:     "BTO001",
	Name:     "unknown-service",
	Summary:  "Client or resource for a service name botocore does not know (UnknownServiceError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      unknownServiceDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    checkUnknownService,
}

// serviceNameAliases are the names botocore maps to another service before
// loading it (botocore.utils.SERVICE_NAME_ALIASES, applied by the
// choose-service-name handler).
var serviceNameAliases = map[string]string{
	"runtime.sagemaker": "sagemaker-runtime",
}

// factoryCall returns the service name given to a client or resource
// factory call (boto3.client, boto3.resource, session.client,
// session.resource, create_client) when it is a string literal or constant.
func factoryCall(p *analysis.Pass, call syntax.Node) (kind semantic.ValueKind, name string, arg syntax.Node, ok bool) {
	v := p.Resolve(call)
	if (v.Kind != semantic.Client && v.Kind != semantic.ServiceResource) || !v.Origin.Equal(call) {
		return 0, "", syntax.Node{}, false
	}
	name, arg, ok = p.Model.ServiceArgument(call)
	return v.Kind, name, arg, ok
}

func checkUnknownService(p *analysis.Pass, call syntax.Node) {
	kind, name, arg, ok := factoryCall(p, call)
	if !ok || p.Catalog == nil || p.Catalog.HasService(name) {
		return
	}
	if _, alias := serviceNameAliases[name]; alias && kind == semantic.Client {
		return
	}
	exc := "UnknownServiceError"
	if kind == semantic.ServiceResource {
		exc = "ResourceNotExistsError"
	}
	d := analysis.Diagnostic{Start: arg.Start(), End: arg.End(),
		Message: fmt.Sprintf("`%s` is not a service name botocore knows (%s)", name, exc)}
	candidates := p.Catalog.ServiceNames()
	if kind == semantic.ServiceResource {
		candidates = p.Catalog.ResourceServiceNames()
	}
	if best, unique := suggest.Closest(name, candidates); unique {
		d.Message += fmt.Sprintf("; did you mean `%s`?", best)
		if edit, ok := fixes.ReplaceStringValue(arg, best); ok {
			d.Fixes = []analysis.Fix{{Title: fmt.Sprintf("Use service `%s`", best), Applicability: analysis.Safe, Edits: []analysis.Edit{edit}}}
		}
	} else if best, unique := suggest.Closest(name, p.Catalog.ServiceNames()); unique && kind == semantic.ServiceResource {
		d.Message += fmt.Sprintf("; did you mean `%s`? It has no resource interface: use a client", best)
	}
	p.Report(d)
}
