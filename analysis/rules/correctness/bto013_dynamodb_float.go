package correctness

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

//go:embed bto013_dynamodb_float.md
var dynamoDBFloatDoc string

// DynamoDBFloat reports float values sent through boto3's DynamoDB
// resource layer, whose serializer accepts only int and Decimal numbers.
var DynamoDBFloat = &analysis.Rule{
	Code:     "BTO013",
	Name:     "dynamodb-float",
	Summary:  "Float in a DynamoDB item, key or expression value sent through a Table or resource (TypeError: Float types are not supported)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      dynamoDBFloatDoc,
	// The check follows items through the names they are assigned to and
	// reports each float once, however many calls send it: it reads the
	// file as a whole.
	Run: checkDynamoDBFloat,
	// A literal's finding needs every read of its name checked (literalFlow), which
	// only a walk of the whole file sees.
	Scope: analysis.FileScope,
}

const (
	conditionsModule    = "boto3.dynamodb.conditions"
	attributeValueShape = "AttributeValue" // the shape boto3's serializer transforms
)

// conditionMethods are the comparisons of boto3.dynamodb.conditions Key
// and Attr whose arguments become expression attribute values.
var conditionMethods = map[string]bool{
	"eq": true, "ne": true, "lt": true, "lte": true, "gt": true, "gte": true,
	"begins_with": true, "between": true, "is_in": true, "contains": true,
}

// floatCtx says where a value goes: the shape it is checked against and
// how to name that place in messages.
type floatCtx struct {
	shape *awsmodel.Shape // nil: an attribute value, where every float fails
	where string          // "`Item` of `put_item`"
	call  syntax.Node     // the call that sends the value
	via   string          // the name the value was reached through, "" inline
	// shared marks values reached through a public module-level name:
	// other modules may read them, so changing them is unsafe.
	shared bool
}

type floatChecker struct {
	p        *analysis.Pass
	flow     *literalFlow
	reported map[int]bool
	ddb      *awsmodel.Service
	rm       *awsmodel.ResourceModel
	// decimalPlan says how fixes name decimal.Decimal; nil until the
	// first fix needs it.
	decimalPlan *decimalPlan
}

func checkDynamoDBFloat(p *analysis.Pass) {
	if !bytes.Contains(p.Source, []byte("dynamodb")) || p.Catalog == nil {
		return
	}
	// What it reports is a float literal or a call of float: a file with
	// neither has nothing to report (and this rule reads the whole file at
	// every keystroke).
	if !bytes.Contains(p.Source, []byte("float")) && !hasNode(p.Tree, floatKinds) {
		return
	}
	c := &floatChecker{
		p:        p,
		flow:     newLiteralFlow(p),
		reported: map[int]bool{},
		ddb:      p.Catalog.Service("dynamodb"),
		rm:       p.Catalog.ResourceModel("dynamodb"),
	}
	if c.ddb == nil || c.rm == nil {
		return
	}
	for call := range p.NodesOf(callKinds) {
		c.checkCall(call)
	}
	for {
		b, value, ctx, ok := c.flow.next()
		if !ok {
			break
		}
		fc := ctx.(floatCtx)
		fc.via = b.Name
		fc.shared = fc.shared || publicModuleName(b)
		c.walk(value, fc)
	}
}

var (
	floatKinds = syntax.NewKinds(syntax.KindFloat)
	callKinds  = syntax.NewKinds(syntax.KindCall)
)

func hasNode(t *syntax.Tree, kinds *syntax.Kinds) bool {
	for range t.OfKinds(kinds) {
		return true
	}
	return false
}

// checkCall walks the arguments of a call that hands values to boto3's
// DynamoDB serializer.
func (c *floatChecker) checkCall(call syntax.Node) {
	recvNode, method, ok := syntax.MethodCall(call)
	if !ok || !conditionMethods[method] && method != "paginate" && c.ddb.Method(method) == nil {
		// Every other method that sends attribute values (Table and
		// resource actions, batch writer, client operations) is named
		// after a DynamoDB operation.
		return
	}
	if conditionMethods[method] && c.isCondition(recvNode, 0) {
		for _, a := range syntax.CallArguments(call) {
			if a.Splat == 0 {
				c.walk(a.Value, floatCtx{where: "a `" + method + "` condition", call: call})
			}
		}
		return
	}
	recv := c.p.Resolve(recvNode)
	var op *awsmodel.Operation
	switch {
	case recv.Kind == semantic.ResourceInstance && recv.Service == "dynamodb":
		if rt := c.rm.Type(recv.Type); rt != nil {
			if action := rt.Actions[method]; action != nil {
				op = c.ddb.Operation(action.Operation)
			}
		}
	case recv.Kind == semantic.ServiceResource && recv.Service == "dynamodb":
		if action := c.rm.ServiceResource.Actions[method]; action != nil {
			op = c.ddb.Operation(action.Operation)
		}
	case recv.Kind == semantic.Client && recv.Service == "dynamodb":
		if c.isResourceClient(recv) {
			op = c.ddb.Method(method)
		}
	case recv.Kind == semantic.Paginator && recv.Service == "dynamodb" && method == "paginate":
		// table.meta.client.get_paginator("query").paginate(...)
		if pg := c.ddb.Paginator(recv.Name); pg != nil && c.isResourceClient(recv) {
			op = c.ddb.Operation(pg.Operation)
		}
	case method == "put_item" || method == "delete_item":
		if !c.isBatchWriter(recvNode) {
			return
		}
		param, opName := "Item", "PutItem"
		if method == "delete_item" {
			param, opName = "Key", "DeleteItem"
		}
		batchOp := c.ddb.Operation(opName)
		if batchOp == nil || batchOp.Input == nil {
			return
		}
		m := batchOp.Input.MemberByName(param)
		if m == nil {
			return
		}
		arg, ok := syntax.KeywordArgument(call, param)
		if !ok {
			arg, ok = syntax.PositionalArgument(call, 0)
		}
		if ok {
			c.walk(arg, floatCtx{shape: m.Shape, where: "`" + param + "` of the batch writer's `" + method + "`", call: call})
		}
		return
	}
	if op == nil || op.Input == nil {
		return
	}
	for _, a := range syntax.CallArguments(call) {
		if a.Name == "" {
			continue
		}
		if m := op.Input.MemberByName(a.Name); m != nil {
			c.walk(a.Value, floatCtx{shape: m.Shape, where: "`" + a.Name + "` of `" + method + "`", call: call})
		}
	}
}

// isResourceClient reports whether a DynamoDB client (or one of its
// paginators) is the client of a boto3 resource (table.meta.client):
// boto3 registers its serializer on that client, so it takes Python values
// like the resource does. A client from boto3.client("dynamodb") takes
// {"N": "1.5"} and is left to the parameter rules.
func (c *floatChecker) isResourceClient(v semantic.Value) bool {
	return v.Via == semantic.ViaMeta
}

// isBatchWriter reports whether n is a batch writer of a DynamoDB Table:
// table.batch_writer(...) itself, or a name bound only by
// `with table.batch_writer() as n` or `n = table.batch_writer()`.
func (c *floatChecker) isBatchWriter(n syntax.Node) bool {
	n = syntax.Unparen(n)
	if n.Is(syntax.KindCall) {
		recv, method, ok := syntax.MethodCall(n)
		if !ok || method != "batch_writer" {
			return false
		}
		v := c.p.Resolve(recv)
		return v.Kind == semantic.ResourceInstance && v.Service == "dynamodb" && v.Type == "Table"
	}
	if !n.Is(syntax.KindIdentifier) {
		return false
	}
	bs := c.p.Model.Lookup(n.Text(), n)
	if len(bs) == 0 {
		return false
	}
	for _, b := range bs {
		if b.Kind != semantic.BindWith && b.Kind != semantic.BindAssign {
			return false
		}
		if v := syntax.Unparen(b.Value); !v.Is(syntax.KindCall) || !c.isBatchWriter(v) {
			return false
		}
	}
	return true
}

// isCondition reports whether n is a boto3.dynamodb.conditions Key(...) or
// Attr(...) (or its size()), directly or through a name bound only to one.
func (c *floatChecker) isCondition(n syntax.Node, depth int) bool {
	n = syntax.Unparen(n)
	if depth > 4 {
		return false
	}
	switch n.Kind() {
	case syntax.KindCall:
		if q, ok := c.p.Model.CallQualifiedName(n); ok {
			return q == conditionsModule+".Key" || q == conditionsModule+".Attr"
		}
		if recv, method, ok := syntax.MethodCall(n); ok && method == "size" {
			return c.isCondition(recv, depth+1)
		}
	case syntax.KindIdentifier:
		if _, v, ok := soleLiteralBinding(c.p, n, syntax.KindCall); ok {
			return c.isCondition(v, depth+1)
		}
	}
	return false
}

// walk checks the value n sent at ctx: literals are matched against the
// shape down to attribute values, where every float fails.
func (c *floatChecker) walk(n syntax.Node, ctx floatCtx) {
	n = syntax.Unparen(n)
	if ctx.shape != nil && ctx.shape.Name == attributeValueShape && ctx.shape.Type == "structure" {
		ctx.shape = nil
	}
	if n.Is(syntax.KindIdentifier) {
		c.follow(n, ctx)
		return
	}
	if ctx.shape == nil {
		c.attributeValue(n, ctx)
		return
	}
	sub := ctx
	switch ctx.shape.Type {
	case "structure":
		if !n.Is(syntax.KindDictionary) {
			return
		}
		pairs, _ := syntax.DictPairs(n)
		for _, pr := range pairs {
			key, ok := syntax.StringValue(pr.Key)
			if !ok {
				continue
			}
			if m := ctx.shape.MemberByName(key); m != nil {
				sub.shape = m.Shape
				c.walk(pr.Value, sub)
			}
		}
	case "map":
		if !n.Is(syntax.KindDictionary) || ctx.shape.Value == nil {
			return
		}
		pairs, _ := syntax.DictPairs(n)
		sub.shape = ctx.shape.Value
		for _, pr := range pairs {
			c.walk(pr.Value, sub)
		}
	case "list":
		if ctx.shape.Member == nil || !(n.Is(syntax.KindList) || n.Is(syntax.KindTuple) || n.Is(syntax.KindSet)) {
			return
		}
		sub.shape = ctx.shape.Member
		for e := range n.Args() {
			c.walk(e, sub)
		}
	}
}

// attributeValue reports the floats of a Python value that boto3's
// TypeSerializer converts: numbers, and inside dicts, lists, tuples and
// sets.
func (c *floatChecker) attributeValue(n syntax.Node, ctx floatCtx) {
	switch n.Kind() {
	case syntax.KindFloat, syntax.KindUnaryOperator:
		if _, ok := syntax.FloatValue(n); ok {
			c.reportLiteral(n, ctx)
		}
	case syntax.KindDictionary:
		pairs, _ := syntax.DictPairs(n)
		for _, pr := range pairs {
			c.walk(pr.Value, ctx)
		}
	case syntax.KindList, syntax.KindTuple, syntax.KindSet:
		for e := range n.Args() {
			c.walk(e, ctx)
		}
	case syntax.KindConditionalExpression:
		// x if cond else y: either branch may be sent.
		c.walk(n.NamedChild(0), ctx)
		c.walk(n.NamedChild(2), ctx)
	case syntax.KindCall:
		if q, ok := c.p.Model.CallQualifiedName(n); ok && q == "builtins.float" {
			c.reportFloatCall(n, ctx)
		}
	}
}

// follow checks the literal a name is bound to, once every read of the
// name is known to be a use like this one.
func (c *floatChecker) follow(id syntax.Node, ctx floatCtx) {
	kinds := []syntax.Kind{syntax.KindDictionary, syntax.KindList, syntax.KindTuple, syntax.KindSet}
	if ctx.shape == nil {
		kinds = append(kinds, syntax.KindFloat, syntax.KindUnaryOperator, syntax.KindCall)
	}
	if b, v, ok := soleLiteralBinding(c.p, id, kinds...); ok {
		c.flow.use(id, b, v, ctx)
	}
}

func (c *floatChecker) message(what string, ctx floatCtx, use string) string {
	where := ctx.where
	if ctx.via != "" {
		// The call is the related location: no line number in the message,
		// which would go stale as lines move.
		where = fmt.Sprintf("`%s`, sent as %s", ctx.via, ctx.where)
	}
	return fmt.Sprintf("%s in %s: boto3's DynamoDB serializer raises TypeError (Float types are not supported); use %s", what, where, use)
}

func (c *floatChecker) related(ctx floatCtx) []analysis.Related {
	if ctx.via == "" {
		return nil
	}
	return []analysis.Related{{Start: ctx.call.Start(), End: ctx.call.End(), Message: "the value is sent here"}}
}

// reportLiteral reports a float literal (with its sign) and offers
// Decimal("<literal text>").
func (c *floatChecker) reportLiteral(n syntax.Node, ctx floatCtx) {
	if c.reported[n.Index()] {
		return
	}
	c.reported[n.Index()] = true
	text := floatText(n)
	d := analysis.Diagnostic{
		Start:   n.Start(),
		End:     n.End(),
		Message: c.message("float `"+text+"`", ctx, "`Decimal(\""+text+"\")`"),
		Related: c.related(ctx),
	}
	if name, edits, ok := c.decimal(n); ok {
		a := analysis.Safe
		if ctx.shared {
			a = analysis.Unsafe
		}
		repl := name + "(\"" + text + "\")"
		d.Fixes = []analysis.Fix{{
			Title:         "Replace with `" + repl + "`",
			Applicability: a,
			Edits:         append([]analysis.Edit{fixes.Replace(n, repl)}, edits...),
		}}
	}
	c.p.Report(d)
}

// reportFloatCall reports float(x) and offers Decimal(x) for a string
// literal (the same number, exactly), else Decimal(str(x)) as an unsafe
// fix: str() of a float is its shortest repr, but x may be something
// float() accepts and Decimal does not (a bool, an object with __float__).
func (c *floatChecker) reportFloatCall(call syntax.Node, ctx floatCtx) {
	if c.reported[call.Index()] {
		return
	}
	c.reported[call.Index()] = true
	d := analysis.Diagnostic{
		Start:   call.Start(),
		End:     call.End(),
		Message: c.message("`float(...)`", ctx, "`Decimal(str(x))`"),
		Related: c.related(ctx),
	}
	args := syntax.CallArguments(call)
	if len(args) == 1 && args[0].Positional() {
		if name, edits, ok := c.decimal(call); ok {
			arg := args[0].Value
			repl, a := name+"(str("+arg.Text()+"))", analysis.Unsafe
			if syntax.IsStringLiteral(arg) {
				repl, a = name+"("+arg.Text()+")", analysis.Safe
			}
			if ctx.shared {
				a = analysis.Unsafe
			}
			if !strings.Contains(arg.Text(), "\n") {
				d.Fixes = []analysis.Fix{{
					Title:         "Replace with `" + repl + "`",
					Applicability: a,
					Edits:         append([]analysis.Edit{fixes.Replace(call, repl)}, edits...),
				}}
			}
		}
	}
	c.p.Report(d)
}

// floatText is the source text of a float literal with its sign, without
// the spaces or parentheses between them: "-1e3" for -(1e3).
func floatText(n syntax.Node) string {
	n = syntax.Unparen(n)
	if n.Is(syntax.KindUnaryOperator) {
		return n.ChildByField(syntax.FieldOperator).Text() + floatText(n.ChildByField(syntax.FieldArgument))
	}
	return n.Text()
}

// decimal returns how to write decimal.Decimal at node at: a name that an
// import already binds there ("Decimal", an alias, "decimal.Decimal"), or
// "Decimal" with the edits that add `from decimal import Decimal`. ok is
// false when the file binds Decimal to something else, or has a wildcard
// import that might provide it.
func (c *floatChecker) decimal(at syntax.Node) (string, []analysis.Edit, bool) {
	m := c.p.Model
	if boundOnlyByImport(m, "Decimal", at, "decimal.Decimal") {
		return "Decimal", nil, true
	}
	if c.decimalPlan == nil {
		c.decimalPlan = c.planDecimal()
	}
	plan := c.decimalPlan
	switch {
	case plan.alias != "" && boundOnlyByImport(m, plan.alias, at, plan.qualified):
		return plan.expr, nil, true
	case plan.canImport:
		return "Decimal", plan.edits, true
	}
	return "", nil, false
}

// decimalPlan is how the file can name decimal.Decimal at module level,
// worked out once per file.
type decimalPlan struct {
	alias     string // a module-level import name: "D" (from decimal import Decimal as D) or "decimal"
	qualified string // what alias imports: "decimal.Decimal" or "decimal"
	expr      string // how to write Decimal through alias: "D", "decimal.Decimal"
	canImport bool   // `from decimal import Decimal` may be added
	edits     []analysis.Edit
}

func (c *floatChecker) planDecimal() *decimalPlan {
	plan := &decimalPlan{}
	imports, wildcard := c.p.Model.ModuleImports()
	for _, b := range imports {
		if b.Qualified == "decimal.Decimal" {
			plan.alias, plan.qualified, plan.expr = b.Name, b.Qualified, b.Name
			break
		}
		if b.Qualified == "decimal" && plan.alias == "" {
			plan.alias, plan.qualified, plan.expr = b.Name, b.Qualified, b.Name+".Decimal"
		}
	}
	for _, b := range c.p.Model.BindingsAnywhere("Decimal") {
		if b.Kind != semantic.BindImport || b.Qualified != "decimal.Decimal" {
			return plan
		}
	}
	if wildcard {
		return plan
	}
	plan.canImport = true
	c.p.Model.Depend(semantic.DepHeader, "")
	plan.edits = fixes.AddImportFrom(c.p.Tree, "decimal", "Decimal")
	return plan
}

// boundOnlyByImport reports whether name, read at node at, is bound only by
// imports of the qualified name q.
func boundOnlyByImport(m *semantic.Model, name string, at syntax.Node, q string) bool {
	bs := m.Lookup(name, at)
	if len(bs) == 0 {
		return false
	}
	for _, b := range bs {
		if b.Kind != semantic.BindImport || b.Qualified != q {
			return false
		}
	}
	return true
}
