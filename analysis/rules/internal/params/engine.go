// Package params is the parameter-validation engine behind BTO004-BTO008
// (and the Params of BTO504's generate_presigned_url): it checks the
// keyword arguments of a call, and the literal dicts nested in them, against
// the input shape of the operation the call runs, the way botocore's
// ParamValidator does before sending a request.
//
// One engine serves every call that ends in a model operation:
//
//   - client methods: s3.list_objects_v2(Bucket=...)
//   - paginators: client.get_paginator("op").paginate(..., PaginationConfig={...})
//   - waiters: client.get_waiter("w").wait(..., WaiterConfig={...})
//   - presigning: client.generate_presigned_url("op", Params={...})
//   - boto3 resource actions: table.put_item(Item=...), minus the
//     parameters the action fills from the resource's identifiers
//
// The receiver must resolve to a client, paginator, waiter or resource of a
// service the catalog knows; otherwise the engine says nothing. It reports
// only what botocore rejects for certain (see ../../../../../shared/aws-models/
// README.md and botocore/validate.py): its type checks are as loose as
// botocore's, and values whose Python type the source does not show are not
// checked at all.
//
// Each rule asks for the findings of a call and reports those with its own
// code; the engine computes them once per call and file.
package params

import (
	"fmt"
	"strings"
	"sync"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// Rule codes of the findings.
const (
	CodeCase       = "BTO004" // parameter-case
	CodeUnknown    = "BTO005" // unknown-parameter
	CodeMissing    = "BTO006" // missing-required-parameter
	CodeType       = "BTO007" // parameter-type
	CodePositional = "BTO008" // positional-arguments
)

// Finding is one problem in the arguments of a call. Severity 0 means the
// rule's own severity.
type Finding struct {
	Code string
	analysis.Diagnostic
}

// Report reports the findings on call that belong to the pass's rule.
func Report(p *analysis.Pass, call syntax.Node) {
	for _, f := range Check(p, call) {
		if f.Code == p.Rule.Code {
			p.Report(f.Diagnostic)
		}
	}
}

// callFindings holds, for one check of a file, the findings of every
// parameter rule by call: BTO004-BTO008 each ask for the same call, and
// the call is analysed once.
var callFindings = &analysis.FileResult{Name: "parameter findings by call", New: func(*analysis.Pass) any {
	return &findingsByCall{byCall: map[int][]Finding{}}
}}

type findingsByCall struct {
	mu     sync.Mutex
	byCall map[int][]Finding
}

// Check returns the findings of every parameter rule on call (a call node).
func Check(p *analysis.Pass, call syntax.Node) []Finding {
	fs := p.ResultOf(callFindings).(*findingsByCall)
	fs.mu.Lock()
	f, ok := fs.byCall[call.Index()]
	fs.mu.Unlock()
	if ok {
		return f
	}
	out := analyze(p, call)
	fs.mu.Lock()
	fs.byCall[call.Index()] = out
	fs.mu.Unlock()
	return out
}

// AssignedAttribute reports whether the file sets an attribute of this name
// on anything (see semantic.Model.AttributeAssigned): such a name may be a
// mock or a wrapper put on a client, so the model says nothing about it.
func AssignedAttribute(p *analysis.Pass, name string) bool { return p.Model.AttributeAssigned(name) }

// IsStoreTarget reports whether an attribute node is written rather than
// read.
func IsStoreTarget(n syntax.Node) bool { return semantic.IsStoreTarget(n) }

// target is what the arguments of a call are checked against.
type target struct {
	svc   *awsmodel.Service
	op    *awsmodel.Operation
	input *awsmodel.Shape
	// The callee's name in messages, built by label when a message needs
	// it: "S3 `put_object`", "S3 paginator `list_objects_v2`", "DynamoDB
	// Table `put_item`" (service ID, kind, name).
	labelService, labelKind, labelName string
	// extra is a keyword the callee takes besides the operation's input
	// (PaginationConfig, WaiterConfig); its contents are BTO011's.
	extra string
	// filled are top-level members a resource action supplies itself.
	filled []string
	// keywordOnly: positional arguments raise TypeError (BTO008).
	keywordOnly bool
	// anchor is where a top-level missing parameter is reported.
	anchor syntax.Node
	// plainAttributeValues: DynamoDB through a boto3 resource (Table,
	// resource.meta.client) converts Python values into AttributeValue
	// shapes before validation, so those shapes take any value.
	plainAttributeValues bool
	// presign: the top level is the Params dict of generate_presigned_url.
	presign bool
	// wrapper: the client comes from a project's factory, whose wrapper
	// takes the configured wrapper keywords (Options.WrapperKeywords).
	wrapper bool
}

// label names the callee in messages.
func (t target) label() string {
	if t.labelKind == "" {
		return t.labelService + " `" + t.labelName + "`"
	}
	return t.labelService + " " + t.labelKind + " `" + t.labelName + "`"
}

func service(p *analysis.Pass, name string) *awsmodel.Service {
	if name == "" || p.Catalog == nil || !p.Catalog.HasService(name) {
		return nil
	}
	return p.Catalog.Service(name)
}

func analyze(p *analysis.Pass, call syntax.Node) []Finding {
	recvNode, method, ok := syntax.MethodCall(call)
	if !ok {
		return nil
	}
	out := analyzeMethodCall(p, call, recvNode, method)
	if len(out) > 0 && AssignedAttribute(p, method) {
		// The code replaces the method (a mock, a wrapper): its arguments
		// are not botocore's business.
		return nil
	}
	return out
}

func analyzeMethodCall(p *analysis.Pass, call, recvNode syntax.Node, method string) []Finding {
	fn := syntax.Unparen(call.ChildByField(syntax.FieldFunction))
	anchor := fn.ChildByField(syntax.FieldAttribute)
	v := p.Resolve(recvNode)
	switch v.Kind {
	case semantic.Client:
		svc := service(p, v.Service)
		if svc == nil {
			return nil
		}
		if method == "generate_presigned_url" {
			return checkPresign(p, call, svc, v)
		}
		op := svc.Method(method)
		if op == nil || op.NotOnClient || svc.Injected(method) != nil || customized(p, svc, op) {
			return nil
		}
		t := target{svc: svc, op: op, input: op.Input, keywordOnly: true, anchor: anchor,
			labelService: svc.ServiceID, labelName: method,
			plainAttributeValues: svc.Name == "dynamodb" && !lowLevel(p, v),
			wrapper:              v.Via == semantic.ViaFactory}
		return checkCall(p, call, t)
	case semantic.Paginator, semantic.Waiter:
		svc := service(p, v.Service)
		if svc == nil {
			return nil
		}
		var op *awsmodel.Operation
		t := target{svc: svc, keywordOnly: true, anchor: anchor, labelService: svc.ServiceID,
			plainAttributeValues: svc.Name == "dynamodb" && !lowLevel(p, v)}
		if v.Kind == semantic.Paginator {
			pag := svc.Paginator(v.Name)
			if method != "paginate" || pag == nil {
				return nil
			}
			op = svc.Operation(pag.Operation)
			t.extra = "PaginationConfig"
			t.labelKind, t.labelName = "paginator", v.Name
		} else {
			w := svc.Waiter(v.Name)
			if method != "wait" || w == nil {
				return nil
			}
			op = svc.Operation(w.Operation)
			t.extra = "WaiterConfig"
			t.labelKind, t.labelName = "waiter", v.Name
		}
		if op == nil {
			return nil
		}
		t.op, t.input = op, op.Input
		return checkCall(p, call, t)
	case semantic.ResourceInstance, semantic.ServiceResource:
		svc := service(p, v.Service)
		if svc == nil {
			return nil
		}
		rm := p.Catalog.ResourceModel(v.Service)
		if rm == nil {
			return nil
		}
		rt, kind := rm.ServiceResource, "resource"
		if v.Kind == semantic.ResourceInstance {
			rt, kind = rm.Types[v.Type], v.Type
		}
		if rt == nil {
			return nil
		}
		action := rt.Actions[method]
		if action == nil {
			return nil
		}
		op := svc.Operation(action.Operation)
		if op == nil {
			return nil
		}
		t := target{svc: svc, op: op, input: op.Input, keywordOnly: true, anchor: anchor,
			filled: action.FilledParams, labelService: svc.ServiceID, labelKind: kind, labelName: method,
			plainAttributeValues: svc.Name == "dynamodb"}
		return checkCall(p, call, t)
	}
	return nil
}

// customized reports whether the program registers a handler that may
// change the parameters of op before botocore validates them
// (provide-client-params.sts.GetCallerIdentity and the like): then the
// call's arguments are not the model's to judge.
func customized(p *analysis.Pass, svc *awsmodel.Service, op *awsmodel.Operation) bool {
	for _, ev := range p.Model.ParamEvents() {
		if ev == "*" {
			return true
		}
		parts := strings.Split(ev, ".")
		if len(parts) < 2 || parts[1] == "*" || parts[1] == svc.HyphenizedServiceID() {
			if len(parts) < 3 || parts[2] == "*" || parts[2] == op.Name {
				return true
			}
		}
	}
	return false
}

// lowLevel reports whether a DynamoDB client (or a paginator or waiter of
// one) certainly comes from boto3.client / session.client rather than from
// a resource's meta.client, whose calls take plain Python values.
func lowLevel(p *analysis.Pass, v semantic.Value) bool {
	switch v.Kind {
	case semantic.Client, semantic.Paginator, semantic.Waiter:
		return v.Via == semantic.ViaSDK || v.Via == semantic.ViaFactory
	}
	return false
}

// entry is one named value given to a structure: a keyword argument, a key
// of a literal **{...} splat, or a key of a literal dict.
type entry struct {
	name    string
	key     syntax.Node // identifier of a keyword, or the key expression
	value   syntax.Node
	node    syntax.Node // the keyword_argument or pair
	keyword bool        // a keyword argument (name=value)
	literal bool        // key is a plain string literal a fix may rewrite
}

// checker accumulates the findings of one call.
type checker struct {
	p   *analysis.Pass
	t   target
	out []Finding
}

func (c *checker) add(code string, n syntax.Node, sev analysis.Severity, fixes []analysis.Fix, format string, args ...any) {
	c.addRange(code, n.Start(), n.End(), sev, fixes, format, args...)
}

func (c *checker) addRange(code string, start, end int, sev analysis.Severity, fixes []analysis.Fix, format string, args ...any) {
	c.out = append(c.out, Finding{Code: code, Diagnostic: analysis.Diagnostic{
		Start: start, End: end, Severity: sev, Fixes: fixes, Message: fmt.Sprintf(format, args...),
	}})
}

// checkCall checks the arguments of a call against t.
func checkCall(p *analysis.Pass, call syntax.Node, t target) []Finding {
	c := &checker{p: p, t: t}
	args := syntax.CallArguments(call)
	entries := make([]entry, 0, len(args))
	var positional []syntax.Argument
	opaque := false
	for _, a := range args {
		switch {
		case a.Splat == 1:
			// *args may be empty (then the call is only as complete as its
			// keywords) or not (a TypeError): say nothing of what is missing.
			opaque = true
		case a.Splat == 2:
			es, ok := splatEntries(p.Model, a.Value)
			if !ok {
				opaque = true
			}
			entries = append(entries, es...)
		case a.Name != "":
			entries = append(entries, entry{name: a.Name, key: a.Key, value: a.Value, node: a.Node, keyword: true})
		default:
			positional = append(positional, a)
		}
	}
	if len(positional) > 0 && t.keywordOnly {
		c.positional(positional, entries)
		return c.out
	}
	if t.extra != "" || t.wrapper {
		kept := entries[:0:0]
		for _, e := range entries {
			if e.name != t.extra && !(t.wrapper && e.keyword && p.Options.IsWrapperKeyword(e.name)) {
				kept = append(kept, e)
			}
		}
		entries = kept
	}
	if t.input == nil {
		c.noInput(entries)
		return c.out
	}
	c.structure(structure{shape: t.input, entries: entries, opaque: opaque, anchor: t.anchor, top: true})
	return c.out
}

// splatEntries reads the keys of a literal **{...}; ok is false when some
// key is not a known string or the value is not a dict literal.
func splatEntries(m *semantic.Model, v syntax.Node) ([]entry, bool) {
	v = syntax.Unparen(v)
	if !v.Is(syntax.KindDictionary) {
		return nil, false
	}
	pairs, splat := syntax.DictPairs(v)
	ok := !splat
	var out []entry
	for _, pr := range pairs {
		name, known, lit := dictKey(m, pr.Key)
		if !known {
			ok = false
			continue
		}
		out = append(out, entry{name: name, key: pr.Key, value: pr.Value, node: pr.Node, literal: lit})
	}
	return out, ok
}

// positional reports positional arguments to a keyword-only method.
func (c *checker) positional(args []syntax.Argument, entries []entry) {
	first, last := args[0].Node, args[len(args)-1].Node
	var hint string
	if c.t.input != nil {
		given := map[string]bool{}
		for _, e := range entries {
			given[e.name] = true
		}
		var req []string
		for _, m := range c.t.input.Members {
			if m.Required && !m.IdempotencyToken && !m.FilledByBotocore && !given[m.Name] && !contains(c.t.filled, m.Name) {
				req = append(req, "`"+m.Name+"=`")
			}
		}
		if len(req) > 0 {
			hint = "; its required parameters are " + join(req)
		}
	}
	c.addRange(CodePositional, first.Start(), last.End(), 0, nil,
		"%s accepts keyword arguments only (TypeError): name each argument%s", c.t.label(), hint)
}

// noInput reports keywords given to an operation that has no input shape:
// botocore skips validation and drops them silently.
func (c *checker) noInput(entries []entry) {
	for _, e := range entries {
		c.add(CodeUnknown, e.key, analysis.SeverityWarning, nil,
			"%s takes no parameters: `%s` is silently ignored", c.t.label(), e.name)
	}
}

// structure is one dict of names checked against a structure shape: the
// keywords of a call, or a literal dict.
type structure struct {
	shape   *awsmodel.Shape
	entries []entry
	opaque  bool        // unknown keys may be present (**splat, computed keys)
	anchor  syntax.Node // where missing members and union errors are reported
	path    string      // "Delete.Objects[0]"; "" at the top level
	top     bool
}

// where describes a structure for messages.
func (c *checker) where(s structure) string {
	switch {
	case s.top && c.t.presign:
		return "a key of `Params` for " + c.t.label()
	case s.top:
		return "a parameter of " + c.t.label()
	}
	return fmt.Sprintf("a key of `%s` (%s)", s.path, c.t.label())
}

func (c *checker) structure(s structure) {
	// Resolve aliases and record what is present. Most calls pass a few
	// names: the sets are short slices, on the stack.
	var resolvedBuf [8]*awsmodel.Member
	var presentBuf, accountedBuf [8]string
	resolved := resolvedBuf[:0]
	if len(s.entries) > len(resolvedBuf) {
		resolved = make([]*awsmodel.Member, 0, len(s.entries))
	}
	resolved = resolved[:len(s.entries)]
	present, accounted := nameSet(presentBuf[:0]), nameSet(accountedBuf[:0])
	for i, e := range s.entries {
		m := s.shape.MemberByName(e.name)
		if m == nil && s.top {
			if orig, ok := aliasTarget(c.t.svc, c.t.op, s.shape, e.name); ok {
				m = s.shape.MemberByName(orig)
			}
		}
		resolved[i] = m
		if m != nil {
			present = append(present, m.Name)
		}
	}
	for i, e := range s.entries {
		m := resolved[i]
		if m == nil {
			accounted = append(accounted, c.unknown(s, e, present)...)
			continue
		}
		c.value(m.Shape, m, e.value, joinPath(s.path, m.Name), s.top)
	}
	if s.opaque {
		return
	}
	var missing []string
	for _, m := range s.shape.Members {
		if !m.Required || present.has(m.Name) || accounted.has(m.Name) || m.IdempotencyToken || m.FilledByBotocore {
			continue
		}
		if s.top && contains(c.t.filled, m.Name) {
			continue
		}
		missing = append(missing, m.Name)
	}
	if len(missing) > 0 {
		quoted := make([]string, len(missing))
		for i, n := range missing {
			quoted[i] = "`" + n + "`"
		}
		noun := "parameter"
		if !s.top || c.t.presign {
			noun = "key"
		}
		if len(missing) > 1 {
			noun += "s"
		}
		switch {
		case s.top && c.t.presign:
			c.add(CodeMissing, s.anchor, 0, nil, "`Params` for %s is missing the required %s %s", c.t.label(), noun, join(quoted))
		case s.top:
			c.add(CodeMissing, s.anchor, 0, nil, "%s is missing the required %s %s", c.t.label(), noun, join(quoted))
		default:
			c.add(CodeMissing, s.anchor, 0, nil, "`%s` is missing the required %s %s (%s)", s.path, noun, join(quoted), c.t.label())
		}
	}
	if s.shape.Union {
		seen := map[string]bool{}
		var given []string
		for _, e := range s.entries {
			if !seen[e.name] {
				seen[e.name] = true
				given = append(given, "`"+e.name+"`")
			}
		}
		what := "`" + s.path + "`"
		if s.top {
			what = c.t.label()
		}
		switch {
		case len(given) == 0:
			c.add(CodeType, s.anchor, 0, nil, "%s is a union: set exactly one of %s, got none", what, choices(memberNames(s.shape)))
		case len(given) > 1:
			c.add(CodeType, s.anchor, 0, nil, "%s is a union: set exactly one of its members, got %d (%s)", what, len(given), join(given))
		}
	}
}

// nameSet is a set of member names, short enough to search.
type nameSet []string

func (s nameSet) has(name string) bool {
	for _, n := range s {
		if n == name {
			return true
		}
	}
	return false
}

func memberNames(shape *awsmodel.Shape) []string {
	names := make([]string, len(shape.Members))
	for i, m := range shape.Members {
		names[i] = m.Name
	}
	return names
}

// unknown reports a name that is not a member of the structure. It returns
// the members it suggests instead, which are not to be reported missing.
func (c *checker) unknown(s structure, e entry, present nameSet) (accounted []string) {
	names := memberNames(s.shape)
	if folds := foldMatches(e.name, names); len(folds) > 0 {
		if len(folds) > 1 {
			quoted := make([]string, len(folds))
			for i, f := range folds {
				quoted[i] = "`" + f + "`"
			}
			c.add(CodeCase, e.key, 0, nil, "`%s` is not %s: names are case-sensitive (did you mean %s?)", e.name, c.where(s), join(quoted))
			return folds
		}
		to := folds[0]
		var fixes []analysis.Fix
		if !present.has(to) {
			fixes = c.rename(e, to, s.top)
		}
		c.add(CodeCase, e.key, 0, fixes, "`%s` is not %s: did you mean `%s`? Names are case-sensitive", e.name, c.where(s), to)
		return folds
	}
	best, unique := closest(e.name, names)
	if unique && !present.has(best) {
		c.add(CodeUnknown, e.key, 0, c.rename(e, best, s.top), "`%s` is not %s: did you mean `%s`?", e.name, c.where(s), best)
		return []string{best}
	}
	c.add(CodeUnknown, e.key, 0, nil, "`%s` is not %s, which takes %s", e.name, c.where(s), choices(names))
	return nil
}

// choices lists member names for a message, cut after a few.
func choices(names []string) string {
	const limit = 8
	if len(names) == 0 {
		return "nothing"
	}
	quoted := make([]string, 0, limit)
	for i, n := range names {
		if i == limit {
			return strings.Join(quoted, ", ") + fmt.Sprintf(" ... (%d in all)", len(names))
		}
		quoted = append(quoted, "`"+n+"`")
	}
	return join(quoted)
}

// rename builds the fix that renames an entry to a member name.
func (c *checker) rename(e entry, to string, top bool) []analysis.Fix {
	title := fmt.Sprintf("Rename `%s` to `%s`", e.name, to)
	var edit analysis.Edit
	switch {
	case e.keyword && syntax.IsName(to):
		edit = analysis.Edit{Start: e.key.Start(), End: e.key.End(), NewText: to}
	case e.keyword && top:
		if alias, ok := aliasOf(c.t.svc, c.t.op, to); ok && syntax.IsName(alias) {
			edit = analysis.Edit{Start: e.key.Start(), End: e.key.End(), NewText: alias}
			title = fmt.Sprintf("Rename `%s` to `%s` (botocore's alias of `%s`)", e.name, alias, to)
			break
		}
		// from= is a syntax error: only a ** dict can pass such a name.
		edit = analysis.Edit{Start: e.node.Start(), End: e.node.End(), NewText: fmt.Sprintf("**{%q: %s}", to, e.value.Text())}
		title = fmt.Sprintf("Pass `%s` as **{%q: ...}", to, to)
	case e.literal:
		key := syntax.Unparen(e.key)
		start, end := key.ChildOfKind(syntax.KindStringStart), key.ChildOfKind(syntax.KindStringEnd)
		if !start.Valid() || !end.Valid() || strings.ContainsAny(to, "\\'\"{}") {
			return nil
		}
		edit = analysis.Edit{Start: start.End(), End: end.Start(), NewText: to}
	default:
		return nil
	}
	return []analysis.Fix{{Title: title, Applicability: analysis.Safe, Edits: []analysis.Edit{edit}}}
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// join writes a, b and c.
func join(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " and " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
