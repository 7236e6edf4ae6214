package lsp

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// Hover shows, at the position: the rule documentation of a code in a
// "# noqa:" comment or of the findings whose range covers it; the
// operation's signature from the service catalog on a client method; the
// service on boto3.client("s3"). The embedded catalog carries no
// documentation text, so none is shown.
func (s *server) Hover(ctx context.Context, params *protocol.HoverParams) (*protocol.Hover, error) {
	d, _, r, err := s.openResult(ctx, params.TextDocument.URI, "hover")
	if d == nil || err != nil {
		return nil, err
	}
	if r, err = s.withTrees(ctx, d, r); err != nil {
		return nil, err
	}
	off, _ := offset(r.lineIndex(), params.Position, s.enc)

	// A code in a noqa comment.
	for _, nd := range r.noqa {
		for _, c := range nd.Codes {
			if c.Start <= off && off <= c.End {
				if c.Rule == nil {
					return s.hover(r, c.Start, c.End, fmt.Sprintf("`%s` is not a botolint rule.", c.Text)), nil
				}
				return s.hover(r, c.Start, c.End, ruleDoc(c.Rule, "")), nil
			}
		}
	}

	// Findings covering the position.
	var parts []string
	start, end := -1, -1
	seen := map[*analysis.Rule]bool{}
	for _, dg := range r.diags {
		if dg.Start <= off && off <= dg.End && !seen[dg.Rule] {
			seen[dg.Rule] = true
			parts = append(parts, ruleDoc(dg.Rule, dg.Message))
			if start < 0 {
				start, end = dg.Start, dg.End
			}
		}
	}

	// The catalog.
	if text, n := catalogHover(r, off); text != "" {
		parts = append([]string{text}, parts...)
		start, end = n.Start(), n.End()
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return s.hover(r, start, end, strings.Join(parts, "\n\n---\n\n")), nil
}

func (s *server) hover(r *result, start, end int, markdown string) *protocol.Hover {
	rng := lspRange(r.lineIndex(), start, end, s.enc)
	kind := protocol.MarkupKindMarkdown
	if !s.caps.markdownHover {
		kind = protocol.MarkupKindPlainText
	}
	return &protocol.Hover{Contents: &protocol.MarkupContent{Kind: kind, Value: markdown}, Range: &rng}
}

// ruleDoc is a rule's documentation, headed by the finding's message when
// there is one.
func ruleDoc(rule *analysis.Rule, message string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** `%s` (%s", rule.Code, rule.Name, rule.Severity)
	if rule.Fix != analysis.FixNever {
		fmt.Fprintf(&b, ", fix: %s", rule.Fix)
	}
	b.WriteString(")")
	if message != "" {
		b.WriteString("\n\n" + message)
	}
	doc := strings.TrimSpace(rule.Doc)
	// The first heading of the doc repeats the rule's name.
	if strings.HasPrefix(doc, "# ") {
		if i := strings.IndexByte(doc, '\n'); i >= 0 {
			doc = strings.TrimSpace(doc[i:])
		}
	}
	if doc != "" {
		b.WriteString("\n\n" + doc)
	}
	fmt.Fprintf(&b, "\n\n[%s documentation](%s)", rule.Code, rule.URL())
	return b.String()
}

// catalogHover describes what the catalog knows about the expression at
// off: a client method (the operation's signature) or the service of a
// client or resource factory call.
func catalogHover(r *result, off int) (string, syntax.Node) {
	if r.tree == nil || r.model == nil {
		return "", syntax.Node{}
	}
	cat := r.settings.runner.Catalog()
	n := r.tree.NodeAt(off)
	// client.method: the attribute name of an attribute whose object is a
	// client.
	if n.Is(syntax.KindIdentifier) && n.Field() == syntax.FieldAttribute {
		attr := n.Parent()
		recv := r.model.Resolve(attr.ChildByField(syntax.FieldObject))
		if svc, ok := recv.IsClientOf(); ok {
			if service := cat.Service(svc); service != nil {
				if text := methodHover(service, n.Text(), recv.Async); text != "" {
					return text, n
				}
			}
		}
		if recv.Is(semantic.ClientExceptions) && recv.Service != "" {
			if service := cat.Service(recv.Service); service != nil {
				if e := service.Exception(n.Text()); e != nil {
					return exceptionHover(service, e), n
				}
			}
		}
	}
	// boto3.client("s3"), session.resource("dynamodb"): on the callee or the
	// service name.
	for c, i := n, 0; c.Valid() && i < 4; c, i = c.Parent(), i+1 {
		if !c.Is(syntax.KindCall) {
			continue
		}
		v := r.model.Resolve(c)
		if (v.Is(semantic.Client) || v.Is(semantic.ServiceResource)) && v.Service != "" && v.Origin.Equal(c) {
			_, arg, _ := r.model.ServiceArgument(c)
			fn := c.ChildByField(syntax.FieldFunction)
			if fn.Contains(n) || fn.Equal(n) || arg.Contains(n) || arg.Equal(n) {
				if service := cat.Service(v.Service); service != nil {
					target := arg
					if !target.Valid() || !(arg.Contains(n) || arg.Equal(n)) {
						target = fn
					}
					return serviceHover(cat, service, v.Is(semantic.ServiceResource)), target
				}
			}
		}
		break
	}
	return "", syntax.Node{}
}

// methodHover describes a client method: an operation from the model or a
// method boto3 and botocore inject.
func methodHover(svc *awsmodel.Service, method string, async bool) string {
	var b strings.Builder
	if op := svc.Method(method); op != nil && !op.NotOnClient {
		label, _ := operationSignature(op)
		if async {
			label = "await " + label
		}
		fmt.Fprintf(&b, "```python\n%s\n```\n\n", label)
		fmt.Fprintf(&b, "**%s** operation of %s (`%s`)", op.Name, serviceTitle(svc), svc.Name)
		if op.HTTPMethod != "" {
			fmt.Fprintf(&b, ", HTTP %s", op.HTTPMethod)
		}
		if op.Deprecated {
			b.WriteString(", **deprecated**")
		}
		b.WriteString("\n")
		params := operationParams(op)
		if len(params) > 0 {
			b.WriteString("\nParameters:\n")
			for _, m := range params {
				fmt.Fprintf(&b, "- `%s`: `%s`", m.Name, pyType(m.Shape))
				if m.Required && !m.IdempotencyToken && !m.FilledByBotocore {
					b.WriteString(" **required**")
				}
				if m.IdempotencyToken {
					b.WriteString(" (filled in by botocore when omitted)")
				}
				if m.Deprecated {
					b.WriteString(" (deprecated)")
				}
				if m.Shape != nil && len(m.Shape.Enum) > 0 {
					b.WriteString(": one of " + enumList(m.Shape.Enum, 12))
				}
				b.WriteString("\n")
			}
		} else {
			b.WriteString("\nNo parameters.\n")
		}
		if p := op.Paginator; p != nil {
			fmt.Fprintf(&b, "\nPageable: `get_paginator(\"%s\")`", p.Method)
			if len(p.ResultKeys) > 0 {
				fmt.Fprintf(&b, ", result keys %s", codeList(p.ResultKeys))
			}
			b.WriteString("\n")
		} else {
			b.WriteString("\nNot pageable.\n")
		}
		if len(op.Waiters) > 0 {
			names := make([]string, len(op.Waiters))
			for i, w := range op.Waiters {
				names[i] = w.Method
			}
			fmt.Fprintf(&b, "\nWaiters polling it: %s\n", codeList(names))
		}
		if len(op.Errors) > 0 {
			names := make([]string, len(op.Errors))
			for i, e := range op.Errors {
				names[i] = e.Name
			}
			fmt.Fprintf(&b, "\nModeled errors: %s\n", codeList(names))
		}
		return strings.TrimRight(b.String(), "\n")
	}
	if m := svc.Injected(method); m != nil {
		fmt.Fprintf(&b, "```python\n%s\n```\n\n", injectedSignature(m))
		fmt.Fprintf(&b, "Method that boto3 or botocore adds to the %s client (not an API operation).", serviceTitle(svc))
		return b.String()
	}
	return ""
}

func exceptionHover(svc *awsmodel.Service, e *awsmodel.Exception) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**: modeled error of %s (`%s`)\n\n", e.Name, serviceTitle(svc), svc.Name)
	fmt.Fprintf(&b, "Error code: `%s`", e.Code)
	if e.HTTPStatus != 0 {
		fmt.Fprintf(&b, ", HTTP status %d", e.HTTPStatus)
	}
	if e.Fault {
		b.WriteString(", server fault")
	}
	return b.String()
}

func serviceHover(cat *awsmodel.Catalog, svc *awsmodel.Service, resource bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (`%s`)", serviceTitle(svc), svc.Name)
	if svc.FullName != "" && svc.FullName != svc.ServiceID {
		fmt.Fprintf(&b, ": %s", svc.FullName)
	}
	b.WriteString("\n\n")
	fmt.Fprintf(&b, "API version %s, protocol %s\n\n", svc.APIVersion, svc.Protocol)
	ops := 0
	for _, op := range svc.Operations {
		if !op.NotOnClient {
			ops++
		}
	}
	fmt.Fprintf(&b, "%d operations, %d paginators, %d waiters, %d modeled errors\n\n", ops, len(svc.Paginators), len(svc.Waiters), len(svc.Exceptions))
	if cat.HasResourceInterface(svc.Name) {
		fmt.Fprintf(&b, "Resource interface: `boto3.resource(\"%s\")`\n\n", svc.Name)
	} else if resource {
		b.WriteString("No resource interface: use `boto3.client(...)`\n\n")
	} else {
		b.WriteString("No resource interface\n\n")
	}
	source := "embedded models"
	if cat.Source() != "embedded" {
		source = "models from " + cat.Source()
	}
	if v := cat.Version(); v != "" {
		source += ", botocore " + v
	}
	b.WriteString(source)
	return b.String()
}

func serviceTitle(svc *awsmodel.Service) string {
	if svc.ServiceID != "" {
		return svc.ServiceID
	}
	return svc.Name
}

// operationParams returns the input members, required ones first, each
// group in model order.
func operationParams(op *awsmodel.Operation) []*awsmodel.Member {
	if op.Input == nil {
		return nil
	}
	out := append([]*awsmodel.Member(nil), op.Input.Members...)
	sort.SliceStable(out, func(i, j int) bool { return isRequired(out[i]) && !isRequired(out[j]) })
	return out
}

// isRequired reports whether a caller must pass the member.
func isRequired(m *awsmodel.Member) bool {
	return m.Required && !m.IdempotencyToken && !m.FilledByBotocore
}

// operationSignature renders an operation as a Python signature (operations
// take keyword arguments only) and returns, for each parameter, its byte
// range in the label.
func operationSignature(op *awsmodel.Operation) (string, [][2]int) {
	var b strings.Builder
	b.WriteString(op.Method + "(")
	var spans [][2]int
	params := operationParams(op)
	if len(params) > 0 {
		b.WriteString("*")
	}
	for _, m := range params {
		b.WriteString(", ")
		start := b.Len()
		b.WriteString(m.Name + ": " + pyType(m.Shape))
		if !isRequired(m) {
			b.WriteString(" = ...")
		}
		spans = append(spans, [2]int{start, b.Len()})
	}
	b.WriteString(")")
	return b.String(), spans
}

func injectedSignature(m *awsmodel.InjectedMethod) string {
	var parts []string
	kwOnly := false
	for _, p := range m.Params {
		if p.KeywordOnly && !kwOnly {
			parts = append(parts, "*")
			kwOnly = true
		}
		s := p.Name
		if !p.Required && p.Default != "" {
			s += "=" + p.Default
		}
		parts = append(parts, s)
	}
	if m.VarKeyword {
		parts = append(parts, "**kwargs")
	}
	return m.Name + "(" + strings.Join(parts, ", ") + ")"
}

// pyType names the Python type botocore accepts for a shape.
func pyType(sh *awsmodel.Shape) string {
	return pyTypeDepth(sh, 0)
}

func pyTypeDepth(sh *awsmodel.Shape, depth int) string {
	if sh == nil {
		return "Any"
	}
	switch sh.Type {
	case "string":
		return "str"
	case "integer", "long":
		return "int"
	case "boolean":
		return "bool"
	case "float", "double":
		return "float"
	case "timestamp":
		return "datetime | str"
	case "blob":
		if sh.Streaming {
			return "bytes | IO"
		}
		return "bytes"
	case "list":
		if depth > 2 {
			return "list"
		}
		return "list[" + pyTypeDepth(sh.Member, depth+1) + "]"
	case "map":
		if depth > 2 {
			return "dict"
		}
		return "dict[" + pyTypeDepth(sh.Key, depth+1) + ", " + pyTypeDepth(sh.Value, depth+1) + "]"
	case "structure":
		if sh.Document {
			return "Any"
		}
		if sh.Name != "" {
			return "dict (" + sh.Name + ")"
		}
		return "dict"
	}
	return sh.Type
}

func codeList(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "`" + n + "`"
	}
	return strings.Join(out, ", ")
}

func enumList(values []string, max int) string {
	if len(values) <= max {
		return codeList(values)
	}
	return codeList(values[:max]) + fmt.Sprintf(" and %d more", len(values)-max)
}
