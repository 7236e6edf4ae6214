package semantic

import (
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// fromAnnotation reads a type annotation: boto3 type stubs (mypy_boto3_*,
// types_boto3_*: S3Client, DynamoDBServiceResource, Table,
// ListObjectsV2Paginator ...), botocore/boto3 base classes, Optional[X],
// X | None, and string annotations of those.
func (m *Model) fromAnnotation(ann syntax.Node, d int) Value {
	n := syntax.Unparen(ann)
	if n.Is(syntax.KindType) {
		n = syntax.Unparen(n.NamedChild(0))
	}
	if d > maxAnnotationDepth || !n.Valid() {
		return Value{}
	}
	switch n.Kind() {
	case syntax.KindString, syntax.KindConcatenatedString:
		s, ok := syntax.StringValue(n)
		if !ok {
			return Value{}
		}
		return m.fromAnnotationText(strings.TrimSpace(s), n, d)
	case syntax.KindBinaryOperator:
		// X | None
		l, r := n.ChildByField(syntax.FieldLeft), n.ChildByField(syntax.FieldRight)
		if syntax.Unparen(r).Is(syntax.KindNone) {
			return m.fromAnnotation(l, d+1)
		}
		if syntax.Unparen(l).Is(syntax.KindNone) {
			return m.fromAnnotation(r, d+1)
		}
		return Value{}
	case syntax.KindSubscript, syntax.KindGenericType:
		return m.fromGeneric(n, d)
	}
	v := m.resolveLocked(n)
	if v.Kind != Symbol {
		return Value{}
	}
	return m.fromTypeName(v.Name, n)
}

// maxAnnotationDepth bounds the nesting of Optional[...] and unions read.
const maxAnnotationDepth = 40

// fromGeneric handles Optional[X] and Union[X, None].
func (m *Model) fromGeneric(n syntax.Node, d int) Value {
	var base syntax.Node
	var args []syntax.Node
	if n.Is(syntax.KindSubscript) {
		base = n.ChildByField(syntax.FieldValue)
		for s := range n.ChildrenByField(syntax.FieldSubscript) {
			args = append(args, s)
		}
	} else {
		base = n.NamedChild(0)
		for a := range n.NamedChild(1).Args() {
			args = append(args, a)
		}
	}
	q, ok := m.qualifiedLocked(base)
	if !ok {
		return Value{}
	}
	q = strings.TrimPrefix(strings.TrimPrefix(q, "typing."), "typing_extensions.")
	var candidates []syntax.Node
	for _, a := range args {
		a = syntax.Unparen(a)
		if a.Is(syntax.KindType) {
			a = a.NamedChild(0)
		}
		if a.Is(syntax.KindTuple) {
			for e := range a.Args() {
				candidates = append(candidates, e)
			}
			continue
		}
		candidates = append(candidates, a)
	}
	switch q {
	case "Optional", "Union":
		var only syntax.Node
		count := 0
		for _, c := range candidates {
			if syntax.Unparen(c).Is(syntax.KindNone) {
				continue
			}
			only = c
			count++
		}
		if count == 1 {
			return m.fromAnnotation(only, d+1)
		}
	}
	return Value{}
}

// fromAnnotationText resolves a string annotation such as "S3Client",
// "mypy_boto3_s3.S3Client" or "Optional[S3Client]".
func (m *Model) fromAnnotationText(s string, at syntax.Node, d int) Value {
	for _, wrap := range []string{"Optional[", "typing.Optional["} {
		if inner, ok := strings.CutPrefix(s, wrap); ok && strings.HasSuffix(inner, "]") {
			return m.fromAnnotationText(strings.TrimSpace(strings.TrimSuffix(inner, "]")), at, d+1)
		}
	}
	if left, right, ok := strings.Cut(s, "|"); ok {
		left, right = strings.TrimSpace(left), strings.TrimSpace(right)
		switch {
		case right == "None":
			return m.fromAnnotationText(left, at, d+1)
		case left == "None":
			return m.fromAnnotationText(right, at, d+1)
		}
		return Value{}
	}
	parts := strings.Split(s, ".")
	for _, p := range parts {
		if !syntax.IsIdentifier(p) {
			return Value{}
		}
	}
	if len(m.Lookup(parts[0], at)) == 0 {
		return Value{}
	}
	v := m.evaluator().eval(m.nameIn(parts[0], at, syntax.Node{}), &frame{mod: m.key})
	if v.Kind != Symbol {
		return Value{}
	}
	q := strings.Join(append([]string{v.Name}, parts[1:]...), ".")
	return m.fromTypeName(q, at)
}

// baseTypes are the SDK's own classes used as annotations.
var baseTypes = map[string]Value{
	"botocore.client.BaseClient":           {Kind: Client},
	"boto3.resources.base.ServiceResource": {Kind: ServiceResource},
	"boto3.session.Session":                {Kind: Session},
	"boto3.Session":                        {Kind: Session},
	"botocore.session.Session":             {Kind: BotocoreSession},
	"botocore.config.Config":               {Kind: Config},
	"botocore.paginate.Paginator":          {Kind: Paginator},
	"botocore.waiter.Waiter":               {Kind: Waiter},
}

// fromTypeName maps a qualified type name to a value.
func (m *Model) fromTypeName(q string, at syntax.Node) Value {
	if v, ok := baseTypes[q]; ok {
		v.Origin = at
		return v
	}
	root, _, _ := strings.Cut(q, ".")
	service, ok := m.stubModuleService(root)
	if !ok {
		return Value{}
	}
	typeName := q[strings.LastIndexByte(q, '.')+1:]
	async := strings.Contains(root, "aio")
	v := Value{Service: service, Async: async, Origin: at}
	switch {
	case strings.HasSuffix(typeName, "ServiceResource"):
		v.Kind = ServiceResource
	case strings.HasSuffix(typeName, "Client"):
		v.Kind = Client
	case strings.HasSuffix(typeName, "Paginator") && m.svc != nil:
		op, ok := m.svc.OperationMethod(service, strings.TrimSuffix(typeName, "Paginator"))
		if !ok {
			return Value{}
		}
		v.Kind, v.Name = Paginator, op
	case strings.HasSuffix(typeName, "Waiter") && m.svc != nil:
		w, ok := m.svc.WaiterMethod(service, strings.TrimSuffix(typeName, "Waiter"))
		if !ok {
			return Value{}
		}
		v.Kind, v.Name = Waiter, w
	case m.svc != nil && m.svc.ResourceType(service, typeName):
		v.Kind, v.Type = ResourceInstance, typeName
	default:
		return Value{}
	}
	return v
}
