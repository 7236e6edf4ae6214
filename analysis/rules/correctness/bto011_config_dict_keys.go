package correctness

import (
	"bytes"
	_ "embed"
	"fmt"
	"github.com/botolint/botolint/fixes"
	"slices"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/suggest"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto011_config_dict_keys.md
var configDictKeysDoc string

// ConfigDictKeys reports WaiterConfig and PaginationConfig keys that
// botocore does not read: they are silently ignored.
var ConfigDictKeys = &analysis.Rule{
	Code:     "BTO011",
	Name:     "config-dict-keys",
	Summary:  "WaiterConfig / PaginationConfig key that botocore ignores (not Delay, MaxAttempts / MaxItems, PageSize, StartingToken)",
	Severity: analysis.SeverityWarning,
	Fix:      analysis.FixSometimes,
	Doc:      configDictKeysDoc,
	// The check follows config dicts through the names they are assigned
	// to and reports each literal once, however many calls use it: it
	// reads the file as a whole.
	Run: checkConfigDictKeys,
	// A dict's finding needs every read of its name checked (literalFlow), which
	// only a walk of the whole file sees.
	Scope: analysis.FileScope,
}

// configKind is one of the two config dicts.
type configKind struct {
	keyword string   // the keyword argument that carries it
	keys    []string // the keys botocore reads
	other   string   // the other config's keyword
	// paginator is the paginator model when the call's paginator is
	// known, for the PageSize check.
	paginator *awsmodel.Paginator
}

// noPageSize reports a known paginator whose operation has no page size
// parameter: botocore raises PaginationError for PageSize.
func (k configKind) noPageSize() bool {
	return k.paginator != nil && k.paginator.LimitKey == ""
}

var (
	paginationKeys = []string{"MaxItems", "PageSize", "StartingToken"}
	waiterKeys     = []string{"Delay", "MaxAttempts"}
)

func checkConfigDictKeys(p *analysis.Pass) {
	if !bytes.Contains(p.Source, []byte("PaginationConfig")) && !bytes.Contains(p.Source, []byte("WaiterConfig")) {
		return
	}
	flow := newLiteralFlow(p)
	reported := map[int]bool{}
	uses := map[*semantic.Binding][]configKind{}
	for call := range p.NodesOf(callKinds) {
		kind, value, ok := configCall(p, call)
		if !ok {
			continue
		}
		value = syntax.Unparen(value)
		if value.Is(syntax.KindDictionary) {
			checkConfigDict(p, value, kind, false, reported)
			continue
		}
		if b, dict, ok := soleLiteralBinding(p, value, syntax.KindDictionary); ok {
			flow.use(value, b, dict, kind)
			uses[b] = append(uses[b], kind)
		}
	}
	for {
		b, dict, ctx, ok := flow.next()
		if !ok {
			break
		}
		kind := ctx.(configKind)
		// One dict may configure several paginators: PageSize fails for
		// any of them that has no page size parameter.
		for _, k := range uses[b] {
			if k.keyword == kind.keyword && k.noPageSize() {
				kind.paginator = k.paginator
				break
			}
		}
		checkConfigDict(p, dict, kind, publicModuleName(b), reported)
	}
}

// configCall recognizes paginator.paginate(...), waiter.wait(...) and a
// resource's wait_until_x(...) on resolved receivers, including the chains
// client.get_paginator(...).paginate(...) whose operation is not a
// literal, and returns the config they are given.
func configCall(p *analysis.Pass, call syntax.Node) (kind configKind, config syntax.Node, ok bool) {
	recvNode, method, ok := syntax.MethodCall(call)
	if !ok {
		return configKind{}, syntax.Node{}, false
	}
	switch {
	case method == "paginate":
		kind = configKind{keyword: "PaginationConfig", keys: paginationKeys, other: "WaiterConfig"}
	case method == "wait" || strings.HasPrefix(method, "wait_until_"):
		kind = configKind{keyword: "WaiterConfig", keys: waiterKeys, other: "PaginationConfig"}
	default:
		return configKind{}, syntax.Node{}, false
	}
	config, ok = syntax.KeywordArgument(call, kind.keyword)
	if !ok {
		return configKind{}, syntax.Node{}, false
	}
	recv := p.Resolve(recvNode)
	switch {
	case method == "paginate" && recv.Kind == semantic.Paginator:
		if svc := modelOfValue(p, recv); svc != nil {
			kind.paginator = svc.Paginator(recv.Name)
		}
		return kind, config, true
	case method == "paginate":
		return kind, config, isClientFactoryCall(p, recvNode, "get_paginator")
	case method == "wait":
		return kind, config, recv.Kind == semantic.Waiter || isClientFactoryCall(p, recvNode, "get_waiter")
	}
	// A resource waiter: table.wait_until_exists(WaiterConfig=...).
	if recv.Kind != semantic.ResourceInstance || recv.Service == "" || p.Catalog == nil {
		return configKind{}, syntax.Node{}, false
	}
	if rt := p.Catalog.ResourceModel(recv.Service).Type(recv.Type); rt != nil {
		if _, ok := rt.Waiters[method]; ok {
			return kind, config, true
		}
	}
	return configKind{}, syntax.Node{}, false
}

// isClientFactoryCall reports whether n is client.<method>(...) on a
// resolved client.
func isClientFactoryCall(p *analysis.Pass, n syntax.Node, method string) bool {
	n = syntax.Unparen(n)
	if !n.Is(syntax.KindCall) {
		return false
	}
	_, m, ok := p.Model.IsMethodCallOn(n, semantic.Client)
	return ok && m == method
}

// checkConfigDict reports the keys of a config dict literal that botocore
// ignores. shared says the dict is a module-level public name, whose
// renamed keys other modules might read: its fixes are unsafe.
func checkConfigDict(p *analysis.Pass, dict syntax.Node, kind configKind, shared bool, reported map[int]bool) {
	pairs, _ := syntax.DictPairs(dict)
	present := map[string]bool{}
	for _, pr := range pairs {
		if k, ok := syntax.StringValue(pr.Key); ok {
			present[k] = true
		}
	}
	for _, pr := range pairs {
		key, ok := syntax.StringValue(pr.Key)
		if !ok || reported[pr.Key.Index()] {
			continue
		}
		if slices.Contains(kind.keys, key) {
			if key == "PageSize" && kind.noPageSize() && !syntax.Unparen(pr.Value).Is(syntax.KindNone) {
				reported[pr.Key.Index()] = true
				p.Report(analysis.Diagnostic{
					Start:    pr.Key.Start(),
					End:      pr.Key.End(),
					Severity: analysis.SeverityError,
					Message:  fmt.Sprintf("the `%s` paginator has no page size parameter: `PageSize` raises PaginationError; use `MaxItems` to cap the items", kind.paginator.Method),
				})
			}
			continue
		}
		reported[pr.Key.Index()] = true
		d := analysis.Diagnostic{Start: pr.Key.Start(), End: pr.Key.End()}
		head := fmt.Sprintf("`%s` is not a %s key: botocore ignores it silently", key, kind.keyword)
		otherKeys := waiterKeys
		if kind.keyword == "WaiterConfig" {
			otherKeys = paginationKeys
		}
		if m := suggest.FoldMatch(key, kind.keys); len(m) == 1 && m[0] == "PageSize" && kind.noPageSize() {
			d.Message = fmt.Sprintf("%s; `PageSize` would not work either: the `%s` paginator has no page size parameter (PaginationError); use `MaxItems` to cap the items", head, kind.paginator.Method)
		} else if len(m) == 1 {
			d.Message = fmt.Sprintf("%s; did you mean `%s`?", head, m[0])
			applicability := analysis.Safe
			if shared {
				applicability = analysis.Unsafe
			}
			addKeyFix(&d, pr.Key, m[0], present, applicability)
		} else if m := suggest.FoldMatch(key, otherKeys); len(m) == 1 || slices.Contains(otherKeys, key) {
			d.Message = fmt.Sprintf("%s; `%s` belongs in %s; %s takes %s", head, firstOrName(m, key), kind.other, kind.keyword, quotedNames(kind.keys))
		} else if best, unique := suggest.Closest(key, kind.keys); best != "" && unique {
			d.Message = fmt.Sprintf("%s; did you mean `%s`?", head, best)
			addKeyFix(&d, pr.Key, best, present, analysis.Unsafe)
		} else {
			d.Message = fmt.Sprintf("%s; %s takes %s", head, kind.keyword, quotedNames(kind.keys))
		}
		p.Report(d)
	}
}

func firstOrName(list []string, def string) string {
	if len(list) > 0 {
		return list[0]
	}
	return def
}

// addKeyFix renames a dict key, unless the dict has the right key already
// (the rename would make a duplicate whose later value wins).
func addKeyFix(d *analysis.Diagnostic, key syntax.Node, want string, present map[string]bool, a analysis.Applicability) {
	if present[want] {
		return
	}
	edit, ok := fixes.ReplaceStringValue(key, want)
	if !ok {
		return
	}
	d.Fixes = []analysis.Fix{{
		Title:         fmt.Sprintf("Rename the key to `%s`", want),
		Applicability: a,
		Edits:         []analysis.Edit{edit},
	}}
}
