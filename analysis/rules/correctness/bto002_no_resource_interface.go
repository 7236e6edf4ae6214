package correctness

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto002_no_resource_interface.md
var noResourceInterfaceDoc string

// NoResourceInterface reports boto3.resource(...) for a service that has
// no boto3 resource model.
var NoResourceInterface = &analysis.Rule{
	Code:     "BTO002",
	Name:     "no-resource-interface",
	Summary:  "boto3.resource() for a service without a resource interface (ResourceNotExistsError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      noResourceInterfaceDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    checkNoResourceInterface,
}

func checkNoResourceInterface(p *analysis.Pass, call syntax.Node) {
	kind, name, arg, ok := factoryCall(p, call)
	if !ok || kind != semantic.ServiceResource || p.Catalog == nil || p.Catalog.HasResourceInterface(name) {
		return
	}
	known := name
	if target, alias := serviceNameAliases[name]; alias {
		known = target
	}
	if !p.Catalog.HasService(known) {
		return // BTO001's
	}
	d := analysis.Diagnostic{Start: arg.Start(), End: arg.End(),
		Message: fmt.Sprintf("`%s` has no boto3 resource interface (ResourceNotExistsError): use a client; resources exist only for %s",
			name, strings.Join(p.Catalog.ResourceServiceNames(), ", "))}
	fn := syntax.Unparen(call.ChildByField(syntax.FieldFunction))
	if attr := fn.ChildByField(syntax.FieldAttribute); fn.Is(syntax.KindAttribute) && attr.TextIs("resource") {
		d.Fixes = []analysis.Fix{{
			Title:         "Create a client instead",
			Applicability: analysis.Unsafe,
			Edits:         []analysis.Edit{{Start: attr.Start(), End: attr.End(), NewText: "client"}},
		}}
	}
	p.Report(d)
}
