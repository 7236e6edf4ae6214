package lsp

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// Completion offers, from the service catalog: service names inside
// boto3.client("|") and resource("|"); client methods after `client.`;
// parameter names inside an operation call (required first, as snippets
// when the client takes them); paginator names in get_paginator("|"),
// waiter names in get_waiter("|"); exception names after
// `client.exceptions.`; and the keys of WaiterConfig and PaginationConfig.
func (s *server) Completion(ctx context.Context, params *protocol.CompletionParams) (protocol.CompletionResult, error) {
	d, _, r, err := s.openResult(ctx, params.TextDocument.URI, "completion")
	if d == nil {
		return &protocol.CompletionList{Items: []protocol.CompletionItem{}}, nil
	}
	if err != nil {
		return nil, err
	}
	off, _ := offset(r.lineIndex(), params.Position, s.enc)
	cc, err := s.cursorContext(ctx, r, off)
	if err != nil {
		return nil, err
	}
	items := s.completionItems(cc)
	if items == nil {
		items = []protocol.CompletionItem{}
	}
	return &protocol.CompletionList{Items: items}, nil
}

// cursor describes the text around the cursor.
type cursor struct {
	r      *result
	off    int
	text   []byte // the text the tree was parsed from (r.text, or r.text with a placeholder)
	tree   *syntax.Tree
	model  *semantic.Model
	cat    *awsmodel.Catalog
	scan   scanState
	word   int // start of the identifier (or string content) being typed
	inWord string
}

// placeholder is inserted after a trailing dot so that `client.` parses as
// an attribute access.
const placeholder = "botolint_placeholder"

// cursorContext scans the text up to off and parses what is needed to
// resolve the expressions before the cursor.
func (s *server) cursorContext(ctx context.Context, r *result, off int) (*cursor, error) {
	c := &cursor{r: r, off: off, cat: r.settings.runner.Catalog()}
	c.scan = scan(r.text, off)
	c.word = off
	if c.scan.inString {
		c.word = c.scan.strContent
	} else {
		for c.word > 0 && isIdentByte(r.text[c.word-1]) {
			c.word--
		}
	}
	c.inWord = string(r.text[c.word:off])
	text := r.text
	patched := false
	if !c.scan.inString && c.word > 0 && r.text[c.word-1] == '.' {
		patched = true
		// `client.` or `client.li|` followed by anything: make the attribute
		// name a whole identifier.
		text = make([]byte, 0, len(r.text)+len(placeholder))
		text = append(text, r.text[:off]...)
		text = append(text, placeholder...)
		text = append(text, r.text[off:]...)
	}
	if !patched && r.tree != nil && r.model != nil {
		c.text, c.tree, c.model = r.text, r.tree, r.model
		return c, nil
	}
	tree := parse(text)
	c.text, c.tree = text, tree
	c.model = r.modelOf(uriPath(r.uri), tree)
	return c, nil
}

func isIdentByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// exprEndingAt returns the largest expression node (a name, attribute,
// call or subscript) that ends exactly at end.
func exprEndingAt(t *syntax.Tree, end int) syntax.Node {
	if end <= 0 {
		return syntax.Node{}
	}
	n := t.NodeAt(end - 1)
	for n.Valid() && n.End() < end {
		n = n.Parent()
	}
	if !n.Valid() || n.End() != end || !isExprKind(n) {
		// NodeAt may stop at a node that ends later; look for a child
		// ending at end.
		var found syntax.Node
		for d := range n.Descendants() {
			if d.End() == end && isExprKind(d) && d.Start() < end {
				if !found.Valid() || d.Start() < found.Start() {
					found = d
				}
			}
		}
		n = found
	}
	for n.Valid() {
		p := n.Parent()
		if !p.Valid() || p.End() != end || !isExprKind(p) {
			break
		}
		n = p
	}
	return n
}

func isExprKind(n syntax.Node) bool {
	switch n.Kind() {
	case syntax.KindIdentifier, syntax.KindAttribute, syntax.KindCall, syntax.KindSubscript, syntax.KindParenthesizedExpr:
		return true
	}
	return false
}

// resolveBefore resolves the expression that ends at end (skipping spaces
// before it).
func (c *cursor) resolveBefore(end int) (semantic.Value, syntax.Node) {
	for end > 0 && (c.text[end-1] == ' ' || c.text[end-1] == '\t') {
		end--
	}
	n := exprEndingAt(c.tree, end)
	if !n.Valid() {
		return semantic.Value{}, n
	}
	return c.model.Resolve(n), n
}

var (
	reServiceKeyword = regexp.MustCompile(`^\s*service_name\s*=\s*$`)
	reConfigKeyword  = regexp.MustCompile(`(WaiterConfig|PaginationConfig)\s*=\s*$`)
	reKeywordTyped   = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=`)
)

var configKeys = map[string][]string{
	"WaiterConfig":     {"Delay", "MaxAttempts"},
	"PaginationConfig": {"MaxItems", "PageSize", "StartingToken"},
}

var configKeyTypes = map[string]string{
	"Delay": "int: seconds between attempts", "MaxAttempts": "int: attempts before giving up",
	"MaxItems": "int: total items to return", "PageSize": "int: items per page",
	"StartingToken": "str: token from a previous NextToken",
}

// completionItems finds the completion context and its items.
func (s *server) completionItems(c *cursor) []protocol.CompletionItem {
	st := c.scan
	if st.inString {
		open := st.innermost()
		if open.kind == '(' && c.isFirstArgument(open, st.strStart) {
			return s.stringArgItems(c, open)
		}
		if open.kind == '{' && c.isKeyPosition(open, st.strStart) {
			return s.configKeyItems(c, open, false)
		}
		return nil
	}
	if c.word > 0 && c.text[c.word-1] == '.' {
		v, _ := c.resolveBefore(c.word - 1)
		return s.attributeItems(c, v)
	}
	open := st.innermost()
	switch open.kind {
	case '(':
		if c.isArgumentName(open) {
			return s.parameterItems(c, open)
		}
	case '{':
		if c.isKeyPosition(open, c.word) {
			return s.configKeyItems(c, open, true)
		}
	}
	return nil
}

// isFirstArgument reports whether pos starts the first argument of the
// call opened at open (or a service_name= keyword).
func (c *cursor) isFirstArgument(open bracket, pos int) bool {
	between := string(c.text[open.off+1 : pos])
	return strings.TrimSpace(between) == "" || reServiceKeyword.MatchString(between)
}

// isKeyPosition reports whether pos is where a key of the dict opened at
// open goes.
func (c *cursor) isKeyPosition(open bracket, pos int) bool {
	between := string(c.text[open.lastComma+1 : pos])
	return strings.TrimSpace(between) == ""
}

// isArgumentName reports whether the cursor is where a keyword name goes
// in the call opened at open.
func (c *cursor) isArgumentName(open bracket) bool {
	between := string(c.text[open.lastComma+1 : c.word])
	return strings.TrimSpace(between) == ""
}

// calleeOf resolves the call opened at open: the receiver's value and the
// method name, for receiver.method(.
func (c *cursor) calleeOf(open bracket) (recv semantic.Value, method string, fn syntax.Node) {
	end := open.off
	for end > 0 && (c.text[end-1] == ' ' || c.text[end-1] == '\t') {
		end--
	}
	start := end
	for start > 0 && isIdentByte(c.text[start-1]) {
		start--
	}
	method = string(c.text[start:end])
	if start == 0 || c.text[start-1] != '.' {
		v, n := c.resolveBefore(end)
		return v, method, n
	}
	v, _ := c.resolveBefore(start - 1)
	return v, method, syntax.Node{}
}

// stringArgItems completes the first string argument of a call: a service
// name for client/resource factories, a paginator or waiter name.
func (s *server) stringArgItems(c *cursor, open bracket) []protocol.CompletionItem {
	recv, method, fn := c.calleeOf(open)
	var names []string
	var detail func(string) string
	kind := protocol.CompletionItemKindModule
	switch {
	case recv.Is(semantic.Client) && method == "get_paginator" && recv.Service != "":
		svc := c.cat.Service(recv.Service)
		if svc == nil {
			return nil
		}
		for _, p := range svc.Paginators {
			names = append(names, p.Method)
		}
		detail = func(n string) string { return "paginator for " + svc.Paginator(n).Operation }
		kind = protocol.CompletionItemKindValue
	case recv.Is(semantic.Client) && method == "get_waiter" && recv.Service != "":
		svc := c.cat.Service(recv.Service)
		if svc == nil {
			return nil
		}
		for _, w := range svc.Waiters {
			names = append(names, w.Method)
		}
		detail = func(n string) string {
			w := svc.Waiter(n)
			return fmt.Sprintf("%s: polls %s", w.Name, w.Operation)
		}
		kind = protocol.CompletionItemKindValue
	case c.isFactory(recv, method, fn):
		if method == "resource" {
			names = c.cat.ResourceServiceNames()
		} else {
			names = c.cat.ServiceNames()
		}
		detail = func(n string) string { return "AWS service" }
	default:
		return nil
	}
	items := make([]protocol.CompletionItem, 0, len(names))
	rng := s.wordRange(c)
	for _, n := range names {
		items = append(items, protocol.CompletionItem{
			Label:    n,
			Kind:     kind,
			Detail:   protocol.NewOptional(detail(n)),
			TextEdit: &protocol.TextEdit{Range: rng, NewText: n},
		})
	}
	return items
}

// isFactory reports whether a call makes a client or resource from a
// service name: boto3.client, boto3.resource, session.client,
// session.resource, botocore session.create_client, or client/resource
// imported from boto3.
func (c *cursor) isFactory(recv semantic.Value, method string, fn syntax.Node) bool {
	switch method {
	case "client", "resource":
		if recv.Is(semantic.Session) || recv.Is(semantic.Symbol) && (recv.Name == "boto3" || recv.Name == "aioboto3") {
			return true
		}
		if fn.Valid() {
			v := c.model.Resolve(fn)
			return v.Is(semantic.Symbol) && (v.Name == "boto3.client" || v.Name == "boto3.resource")
		}
	case "create_client":
		return recv.Is(semantic.BotocoreSession)
	}
	return false
}

// attributeItems completes after a dot: client methods, or modeled errors
// after client.exceptions.
func (s *server) attributeItems(c *cursor, v semantic.Value) []protocol.CompletionItem {
	if v.Service == "" {
		return nil
	}
	svc := c.cat.Service(v.Service)
	if svc == nil {
		return nil
	}
	rng := s.wordRange(c)
	var items []protocol.CompletionItem
	switch v.Kind {
	case semantic.Client:
		for _, m := range svc.ClientMethods() {
			item := protocol.CompletionItem{Label: m, Kind: protocol.CompletionItemKindMethod, TextEdit: &protocol.TextEdit{Range: rng, NewText: m}}
			if op := svc.Method(m); op != nil {
				d := op.Name + " operation"
				if op.Paginator != nil {
					d += ", pageable"
				}
				item.Detail = protocol.NewOptional(d)
				if op.Deprecated {
					item.Tags = []protocol.CompletionItemTag{protocol.CompletionItemTag(1)}
				}
			} else {
				item.Detail = protocol.NewOptional("injected by boto3/botocore")
			}
			items = append(items, item)
		}
	case semantic.ClientExceptions:
		for _, name := range svc.ExceptionAttributes() {
			item := protocol.CompletionItem{Label: name, Kind: protocol.CompletionItemKindClass, TextEdit: &protocol.TextEdit{Range: rng, NewText: name}}
			if e := svc.Exception(name); e != nil {
				item.Detail = protocol.NewOptional("error code " + e.Code)
			} else {
				item.Detail = protocol.NewOptional("base class of the modeled errors")
			}
			items = append(items, item)
		}
	}
	return items
}

// parameterItems completes keyword names of an operation call: the input
// members not passed yet, required ones first.
func (s *server) parameterItems(c *cursor, open bracket) []protocol.CompletionItem {
	recv, method, _ := c.calleeOf(open)
	svc, ok := recv.IsClientOf()
	if !ok {
		return nil
	}
	service := c.cat.Service(svc)
	if service == nil {
		return nil
	}
	op := service.Method(method)
	if op == nil || op.Input == nil {
		return nil
	}
	given := map[string]bool{}
	for _, m := range reGivenKeyword.FindAllStringSubmatch(string(c.text[open.off+1:c.word]), -1) {
		given[m[1]] = true
	}
	rng := s.wordRange(c)
	var items []protocol.CompletionItem
	for i, m := range operationParams(op) {
		if given[m.Name] {
			continue
		}
		req := isRequired(m)
		detail := pyType(m.Shape)
		if req {
			detail += " (required)"
		}
		item := protocol.CompletionItem{
			Label:      m.Name + "=",
			Kind:       protocol.CompletionItemKindField,
			Detail:     protocol.NewOptional(detail),
			SortText:   protocol.NewOptional(fmt.Sprintf("%d%04d", map[bool]int{true: 0, false: 1}[req], i)),
			FilterText: protocol.NewOptional(m.Name),
		}
		text := m.Name + "="
		if s.caps.snippets {
			text = m.Name + "=" + valueSnippet(m.Shape)
			item.InsertTextFormat = protocol.InsertTextFormatSnippet
		}
		item.TextEdit = &protocol.TextEdit{Range: rng, NewText: text}
		if req {
			item.Preselect = protocol.NewOptional(len(items) == 0)
		}
		items = append(items, item)
	}
	return items
}

var reGivenKeyword = regexp.MustCompile(`(?:^|,)\s*([A-Za-z_][A-Za-z0-9_]*)\s*=[^=]`)

// valueSnippet is the snippet for a parameter's value: quotes for a string,
// a choice for an enum or a boolean, brackets for a list or dict.
func valueSnippet(sh *awsmodel.Shape) string {
	if sh == nil {
		return "$1"
	}
	switch sh.Type {
	case "string":
		if n := len(sh.Enum); n > 0 && n <= 30 {
			vals := make([]string, n)
			for i, v := range sh.Enum {
				vals[i] = escapeChoice(v)
			}
			return `"${1|` + strings.Join(vals, ",") + `|}"`
		}
		return `"$1"`
	case "boolean":
		return "${1|True,False|}"
	case "integer", "long":
		return "${1:0}"
	case "list":
		return "[$1]"
	case "map", "structure":
		return "{$1}"
	}
	return "$1"
}

// escapeChoice escapes a value for a snippet choice.
func escapeChoice(s string) string {
	return strings.NewReplacer(`\`, `\\`, `$`, `\$`, `}`, `\}`, `,`, `\,`, `|`, `\|`).Replace(s)
}

// configKeyItems completes the keys of a WaiterConfig or PaginationConfig
// dict literal.
func (s *server) configKeyItems(c *cursor, open bracket, quote bool) []protocol.CompletionItem {
	m := reConfigKeyword.FindSubmatch(c.text[max(0, open.off-64):open.off])
	if m == nil {
		return nil
	}
	name := string(m[1])
	given := map[string]bool{}
	for _, g := range reGivenKey.FindAllStringSubmatch(string(c.text[open.off+1:c.word]), -1) {
		given[g[1]] = true
	}
	rng := s.wordRange(c)
	var items []protocol.CompletionItem
	for _, k := range configKeys[name] {
		if given[k] {
			continue
		}
		text := k
		if quote {
			text = `"` + k + `": `
		}
		items = append(items, protocol.CompletionItem{
			Label:    k,
			Kind:     protocol.CompletionItemKindProperty,
			Detail:   protocol.NewOptional(name + " key, " + configKeyTypes[k]),
			TextEdit: &protocol.TextEdit{Range: rng, NewText: text},
		})
	}
	return items
}

var reGivenKey = regexp.MustCompile(`["']([A-Za-z]+)["']\s*:`)

// wordRange is the range of the word being completed (in the document's
// own text, before any placeholder).
func (s *server) wordRange(c *cursor) protocol.Range {
	return lspRange(c.r.lineIndex(), c.word, c.off, s.enc)
}

// bracket is an open bracket before the cursor.
type bracket struct {
	kind      byte
	off       int
	lastComma int // offset of the last comma directly inside it, or off
}

// scanState is what a light tokenizer knows at the cursor.
type scanState struct {
	stack      []bracket
	inString   bool
	strStart   int // offset of the opening quote of the string the cursor is in
	strContent int // offset where its content starts
}

func (s scanState) innermost() bracket {
	if len(s.stack) == 0 {
		return bracket{}
	}
	return s.stack[len(s.stack)-1]
}

// scan tokenizes src up to off just enough to know the open brackets and
// whether off is inside a string. A line that starts at column 0 outside
// brackets' continuation starts a new statement and forgets brackets left
// open by broken code above it.
func scan(src []byte, off int) scanState {
	var st scanState
	quote := byte(0)
	triple := false
	lineStart := true
	for i := 0; i < off && i < len(src); i++ {
		ch := src[i]
		if quote != 0 {
			switch {
			case ch == '\\':
				i++
			case ch == quote && (!triple || i+2 < len(src) && src[i+1] == quote && src[i+2] == quote):
				if triple {
					i += 2
				}
				quote = 0
			case (ch == '\n' || ch == '\r') && !triple:
				quote = 0 // unterminated single-quoted string
				lineStart = true
			}
			continue
		}
		if lineStart {
			lineStart = false
			if ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r' && ch != '#' && ch != ')' && ch != ']' && ch != '}' {
				st.stack = st.stack[:0]
			}
		}
		switch ch {
		case '\n', '\r':
			lineStart = true
		case '#':
			for i+1 < off && i+1 < len(src) && src[i+1] != '\n' && src[i+1] != '\r' {
				i++
			}
		case '\'', '"':
			quote = ch
			triple = i+2 < len(src) && src[i+1] == ch && src[i+2] == ch
			st.strStart = i
			if triple {
				i += 2
			}
			st.strContent = i + 1
		case '(', '[', '{':
			st.stack = append(st.stack, bracket{kind: ch, off: i, lastComma: i})
		case ')', ']', '}':
			if n := len(st.stack); n > 0 {
				st.stack = st.stack[:n-1]
			}
		case ',':
			if n := len(st.stack); n > 0 {
				st.stack[n-1].lastComma = i
			}
		}
	}
	st.inString = quote != 0
	if st.strContent > off {
		// The cursor is inside the opening quotes of a triple-quoted string.
		st.strContent = off
	}
	return st
}
