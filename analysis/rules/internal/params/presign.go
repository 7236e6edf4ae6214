package params

import (
	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// ClientMethodArgument returns the ClientMethod argument of a
// generate_presigned_url call: the first positional argument or
// ClientMethod=.
func ClientMethodArgument(call syntax.Node) (syntax.Node, bool) {
	if n, ok := syntax.KeywordArgument(call, "ClientMethod"); ok {
		return n, true
	}
	return syntax.PositionalArgument(call, 0)
}

// paramsArgument returns the Params argument: Params= or the second
// positional argument.
func paramsArgument(call syntax.Node) (syntax.Node, bool) {
	if n, ok := syntax.KeywordArgument(call, "Params"); ok {
		return n, true
	}
	return syntax.PositionalArgument(call, 1)
}

// checkPresign checks the Params of client.generate_presigned_url against
// the input of the operation ClientMethod names. botocore runs the same
// parameter handlers and validation as for a call (_emit_api_params, then
// _convert_to_request_dict). An unknown ClientMethod is BTO504's.
func checkPresign(p *analysis.Pass, call syntax.Node, svc *awsmodel.Service, v semantic.Value) []Finding {
	cm, ok := ClientMethodArgument(call)
	if !ok || syntax.HasSplat(call) {
		return nil
	}
	name, ok := p.Model.StringConstant(cm)
	if !ok {
		return nil
	}
	op := svc.Method(name)
	if op == nil || customized(p, svc, op) {
		return nil
	}
	t := target{svc: svc, op: op, input: op.Input, presign: true,
		labelService: svc.ServiceID, labelName: name,
		plainAttributeValues: svc.Name == "dynamodb" && !lowLevel(p, v)}
	c := &checker{p: p, t: t}
	params, given := paramsArgument(call)
	var entries []entry
	opaque := false
	anchor := cm
	if given {
		lit := classify(p.Model, params)
		switch {
		case lit.typ == tNone:
			// Params=None is an empty dict.
		case lit.typ == tUnknown:
			return nil
		case lit.typ != tDict:
			c.add(CodeType, lit.node, 0, nil, "`Params` must be a dict of the parameters of %s, not %s `%s`", t.label(), lit.typ, lit.short())
			return c.out
		case !lit.node.Is(syntax.KindDictionary):
			return nil
		default:
			anchor = lit.node
			opaque = lit.opaque
			for _, pr := range lit.pairs {
				name, ok, isLit := dictKey(p.Model, pr.Key)
				if !ok {
					opaque = true
					continue
				}
				entries = append(entries, entry{name: name, key: pr.Key, value: pr.Value, node: pr.Node, literal: isLit})
			}
		}
	}
	if op.Input == nil {
		c.noInput(entries)
		return c.out
	}
	c.t.anchor = anchor
	c.structure(structure{shape: op.Input, entries: entries, opaque: opaque, anchor: anchor, top: true})
	return c.out
}
