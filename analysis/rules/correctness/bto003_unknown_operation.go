package correctness

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/rules/internal/params"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/suggest"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto003_unknown_operation.md
var unknownOperationDoc string

// UnknownOperation reports attributes of a client that the client does not
// have: misspelled operations, CamelCase API names, resource methods used
// on a client.
var UnknownOperation = &analysis.Rule{
	Code:     "BTO003",
	Name:     "unknown-operation",
	Summary:  "Method that a boto3 client of the service does not have (AttributeError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      unknownOperationDoc,
	Kinds:    []syntax.Kind{syntax.KindAttribute},
	Visit:    checkUnknownOperation,
}

// clientMethodAliases are old method names that botocore still answers
// through its getattr event (handlers.ClientMethodAlias), by service name.
var clientMethodAliases = map[string]map[string]bool{
	"mturk":           {"list_hi_ts_for_qualification_type": true},
	"socialmessaging": {"delete_whatsapp_media_message": true},
	"cloudwatch":      {"get_o_tel_enrichment": true, "start_o_tel_enrichment": true, "stop_o_tel_enrichment": true},
}

func checkUnknownOperation(p *analysis.Pass, n syntax.Node) {
	attrNode := n.ChildByField(syntax.FieldAttribute)
	attr := attrNode.Text()
	if attr == "" || strings.HasPrefix(attr, "_") {
		return
	}
	v := p.Resolve(n.ChildByField(syntax.FieldObject))
	if v.Kind != semantic.Client {
		return
	}
	svc := catalogService(p, v.Service)
	if svc == nil || svc.HasClientMethod(attr) || awsmodel.IsClientAttribute(attr) || clientMethodAliases[svc.Name][attr] {
		return
	}
	if params.IsStoreTarget(n) || params.AssignedAttribute(p, attr) || guardedByHasattr(n, attr) {
		return
	}
	label := serviceLabel(svc)
	d := analysis.Diagnostic{Start: attrNode.Start(), End: attrNode.End()}
	if op := svc.Method(attr); op != nil && op.NotOnClient {
		d.Message = fmt.Sprintf("`%s` is modeled for %s but botocore removes it from the client: its input is an event stream, which needs HTTP/2 (AttributeError)", attr, label)
		p.Report(d)
		return
	}
	if rm := p.Catalog.ResourceModel(svc.Name); rm != nil && rm.ServiceResource != nil && onResource(rm.ServiceResource, attr) {
		d.Message = fmt.Sprintf("`%s` is not a method of the %s client: it belongs to the resource interface, `boto3.resource(%q)` (AttributeError)", attr, label, svc.Name)
		p.Report(d)
		return
	}
	candidates := append(append([]string(nil), svc.ClientMethods()...), "exceptions", "meta", "waiter_names")
	d.Message = fmt.Sprintf("`%s` is not an operation of the %s client (AttributeError)", attr, label)
	if best, unique := suggest.Closest(attr, candidates); unique {
		d.Message = fmt.Sprintf("`%s` is not an operation of the %s client; did you mean `%s`?", attr, label, best)
		d.Fixes = []analysis.Fix{{
			Title:         fmt.Sprintf("Use `%s`", best),
			Applicability: analysis.Safe,
			Edits:         []analysis.Edit{{Start: attrNode.Start(), End: attrNode.End(), NewText: best}},
		}}
	}
	p.Report(d)
}

// onResource reports whether name is something the service resource has:
// a sub-resource, an action or a collection.
func onResource(rt *awsmodel.ResourceType, name string) bool {
	if _, ok := rt.Has[name]; ok {
		return true
	}
	if _, ok := rt.Actions[name]; ok {
		return true
	}
	_, ok := rt.Collections[name]
	return ok
}

// guardedByHasattr reports an attribute read under a check that it
// exists: inside `if hasattr(x, "name"):` (or a conditional expression
// testing it), or in a try whose handlers catch AttributeError. Code that
// supports several botocore versions does this.
func guardedByHasattr(n syntax.Node, attr string) bool {
	for a := range n.Ancestors() {
		switch a.Kind() {
		case syntax.KindIfStatement, syntax.KindConditionalExpression, syntax.KindWhileStatement, syntax.KindBooleanOperator:
			if mentionsHasattr(a, attr) {
				return true
			}
		case syntax.KindTryStatement:
			for c := range a.Args() {
				if c.Is(syntax.KindExceptClause) && strings.Contains(c.Text(), "AttributeError") {
					return true
				}
			}
		case syntax.KindFunctionDefinition, syntax.KindClassDefinition:
			return false
		}
	}
	return false
}

// mentionsHasattr reports a hasattr(..., "attr") call in the node's own
// condition (not in nested blocks).
func mentionsHasattr(n syntax.Node, attr string) bool {
	cond := n.ChildByField(syntax.FieldCondition)
	if !cond.Valid() {
		cond = n
	}
	nodes := []syntax.Node{cond}
	for d := range cond.Descendants() {
		nodes = append(nodes, d)
	}
	for _, d := range nodes {
		if !d.Is(syntax.KindCall) {
			continue
		}
		fn := d.ChildByField(syntax.FieldFunction)
		if !fn.TextIs("hasattr") && !fn.TextIs("getattr") {
			continue
		}
		if arg, ok := syntax.PositionalArgument(d, 1); ok {
			if s, ok := syntax.StringValue(arg); ok && s == attr {
				return true
			}
		}
	}
	return false
}
