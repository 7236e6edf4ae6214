package correctness

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/suggest"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

//go:embed bto012_unknown_client_exception.md
var unknownClientExceptionDoc string

// UnknownClientException reports client.exceptions.X where X is not a
// modeled error of the service, and .exceptions on boto3 resources, which
// have no such attribute.
var UnknownClientException = &analysis.Rule{
	Code:     "BTO012",
	Name:     "unknown-client-exception",
	Summary:  "client.exceptions.X that the service does not model, or resource.exceptions (AttributeError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      unknownClientExceptionDoc,
	Kinds:    []syntax.Kind{syntax.KindAttribute},
	Visit:    checkUnknownClientException,
}

// maxListedExceptions bounds how many exception names a message lists.
const maxListedExceptions = 8

const didYouMean = "did you mean"

func checkUnknownClientException(p *analysis.Pass, n syntax.Node) {
	obj := n.ChildByField(syntax.FieldObject)
	attr := n.ChildByField(syntax.FieldAttribute)
	if !attr.Valid() {
		return
	}
	recv := p.Resolve(obj)
	switch recv.Kind {
	case semantic.ClientExceptions:
		if svc := modelOfValue(p, recv); svc != nil {
			checkExceptionName(p, svc, attr)
		}
	case semantic.ServiceResource, semantic.ResourceInstance:
		if attr.TextIs("exceptions") {
			checkResourceExceptions(p, n, recv)
		}
	}
}

// checkExceptionName reports attr, read on the exceptions of a client of
// svc, when the client has no such exception class.
func checkExceptionName(p *analysis.Pass, svc *awsmodel.Service, attr syntax.Node) {
	name := attr.Text()
	if svc.Exception(name) != nil || name == "ClientError" || name == "from_code" || strings.HasPrefix(name, "_") {
		return
	}
	d := analysis.Diagnostic{Start: attr.Start(), End: attr.End()}
	head := fmt.Sprintf("`%s` is not a modeled error of %s (AttributeError)", name, clientTitle(svc))
	want, why := intendedException(svc, name)
	switch {
	case want != "":
		d.Message = fmt.Sprintf("%s; %s `%s`", head, why, want)
		if why == didYouMean {
			d.Message += "?"
		}
		d.Fixes = []analysis.Fix{{
			Title:         fmt.Sprintf("Replace with `%s`", want),
			Applicability: analysis.Safe,
			Edits:         []analysis.Edit{fixes.Replace(attr, want)},
		}}
	case len(svc.Exceptions) == 0:
		d.Message = head + ": the service models no errors; catch `ClientError` and read `e.response[\"Error\"][\"Code\"]`"
	case len(svc.Exceptions) <= maxListedExceptions:
		names := make([]string, len(svc.Exceptions))
		for i, e := range svc.Exceptions {
			names[i] = e.Name
		}
		d.Message = fmt.Sprintf("%s; its modeled errors are %s; for other error codes catch `ClientError` and read `e.response[\"Error\"][\"Code\"]`", head, quotedNames(names))
	default:
		d.Message = head + "; for error codes the service does not model, catch `ClientError` and read `e.response[\"Error\"][\"Code\"]`"
	}
	p.Report(d)
}

// intendedException returns the modeled error a wrong name most likely
// means, with the words that introduce it: the shape whose wire error code
// is the name (IAM's NoSuchEntity is NoSuchEntityException), the name with
// "Exception" appended, or the unique close match.
func intendedException(svc *awsmodel.Service, name string) (want, why string) {
	if byCode := svc.ExceptionByCode(name); len(byCode) == 1 {
		return byCode[0].Name, "the error code `" + name + "` is raised as"
	}
	if e := svc.Exception(name + "Exception"); e != nil {
		return e.Name, didYouMean
	}
	names := make([]string, len(svc.Exceptions))
	for i, e := range svc.Exceptions {
		names[i] = e.Name
	}
	if best, unique := suggest.Closest(name, names); best != "" && unique {
		return best, didYouMean
	}
	return "", ""
}

// checkResourceExceptions reports resource.exceptions: boto3 resources
// (the service resource, Table, Bucket ...) have no exceptions attribute;
// the modeled errors live on their client, resource.meta.client.exceptions.
func checkResourceExceptions(p *analysis.Pass, n syntax.Node, recv semantic.Value) {
	if recv.Service == "" || p.Catalog == nil {
		return
	}
	rm := p.Catalog.ResourceModel(recv.Service)
	if rm == nil {
		return
	}
	svc := p.Catalog.Service(recv.Service)
	if svc == nil {
		return
	}
	rt := rm.ServiceResource
	what := svc.ServiceID + " service resource"
	if recv.Kind == semantic.ResourceInstance {
		rt = rm.Types[recv.Type]
		what = svc.ServiceID + " `" + recv.Type + "`"
	}
	if rt == nil || resourceHasAttribute(rt, "exceptions") {
		return
	}
	obj := n.ChildByField(syntax.FieldObject)
	attr := n.ChildByField(syntax.FieldAttribute)
	p.Report(analysis.Diagnostic{
		Start:   n.Start(),
		End:     n.End(),
		Message: fmt.Sprintf("`%s` is a boto3 resource (%s) and has no `exceptions` attribute (AttributeError): the modeled errors are on its client, `%s.meta.client.exceptions`", obj.Text(), what, obj.Text()),
		Fixes: []analysis.Fix{{
			Title:         "Use `.meta.client.exceptions`",
			Applicability: analysis.Safe,
			Edits:         []analysis.Edit{fixes.Replace(attr, "meta.client.exceptions")},
		}},
	})
	// The name read on it is checked against the client's errors now, so
	// that one round of fixes settles both.
	if parent := n.Parent(); parent.Is(syntax.KindAttribute) && parent.ChildByField(syntax.FieldObject).Equal(n) {
		if x := parent.ChildByField(syntax.FieldAttribute); x.Valid() {
			checkExceptionName(p, svc, x)
		}
	}
}

// resourceHasAttribute reports whether instances of a resource type have
// an attribute of this name from the model or boto3's injections.
func resourceHasAttribute(rt *awsmodel.ResourceType, name string) bool {
	if _, ok := rt.Actions[name]; ok {
		return true
	}
	if _, ok := rt.Has[name]; ok {
		return true
	}
	if _, ok := rt.References[name]; ok {
		return true
	}
	if _, ok := rt.Collections[name]; ok {
		return true
	}
	if _, ok := rt.Waiters[name]; ok {
		return true
	}
	if _, ok := rt.Attributes[name]; ok {
		return true
	}
	if _, ok := rt.Injected[name]; ok {
		return true
	}
	for _, a := range rt.IdentifierAttrs {
		if a == name {
			return true
		}
	}
	return name == "meta"
}
