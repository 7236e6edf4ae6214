package semantic

import (
	"slices"
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// unknownMemo marks a node resolved to the zero Value in Model.memo.
const unknownMemo = -1

// maxDepth bounds how many names, attributes and calls one resolution
// follows; cycles (a = b; b = a) end there as Unknown.
const maxDepth = 40

// Resolve returns what expression n is at run time (see RULES.md "What
// counts as a client").
func (m *Model) Resolve(n syntax.Node) Value {
	return m.resolve(n, 0)
}

// QualifiedName returns the dotted name an expression refers to through
// imports ("boto3.client" for client after from boto3 import client, or for
// b3.client after import boto3 as b3), and "builtins.x" for an unbound
// builtin.
func (m *Model) QualifiedName(n syntax.Node) (string, bool) {
	v := m.Resolve(n)
	if v.Kind == Symbol {
		return v.Name, true
	}
	return "", false
}

func (m *Model) resolve(n syntax.Node, d int) Value {
	n = syntax.Unparen(n)
	if !n.Valid() || d > maxDepth {
		return Value{}
	}
	c, local := n.ChunkKey()
	m.mu.Lock()
	slot := m.memoSlot(c, local)
	switch k := *slot; {
	case k > 0:
		v := m.value(k)
		m.mu.Unlock()
		return v
	case k == unknownMemo:
		m.mu.Unlock()
		return Value{}
	}
	m.mu.Unlock()
	v := m.compute(n, d)
	m.mu.Lock()
	if slot = m.memoSlot(c, local); *slot == 0 {
		// Most expressions resolve to nothing: keep those out of values.
		if v == (Value{}) {
			*slot = unknownMemo
		} else {
			*slot = m.addValue(v)
		}
	}
	m.mu.Unlock()
	return v
}

// memoSlot returns the memo entry of a node; m.mu must be held.
func (m *Model) memoSlot(c, local int) *int32 {
	if m.memo == nil {
		m.memo = make([][]int32, m.Tree.ChunkCount()+1)
	}
	if m.memo[c+1] == nil {
		size := 1
		if c >= 0 {
			size = m.Tree.ChunkLen(c)
		}
		m.memo[c+1] = make([]int32, size)
	}
	return &m.memo[c+1][local]
}

// valuePage is how many resolved values one page of Model.values holds.
const valuePage = 512

// addValue stores a resolved value and returns its memo entry. Values live
// in pages of valuePage, so storing one copies at most the first page (a
// full check stores tens of thousands); the first page starts small, since
// a keystroke's incremental check stores a few dozen. m.mu must be held.
func (m *Model) addValue(v Value) int32 {
	switch {
	case len(m.values) == 0:
		m.values = append(m.values, make([]Value, 0, 32))
	case len(m.values[len(m.values)-1]) == valuePage:
		m.values = append(m.values, make([]Value, 0, valuePage))
	}
	last := &m.values[len(m.values)-1]
	*last = append(*last, v)
	return int32((len(m.values)-1)*valuePage + len(*last))
}

// value returns the value of memo entry k > 0; m.mu must be held.
func (m *Model) value(k int32) Value {
	i := int(k - 1)
	return m.values[i/valuePage][i%valuePage]
}

func (m *Model) compute(n syntax.Node, d int) Value {
	switch n.Kind() {
	case syntax.KindIdentifier:
		return m.resolveName(n, d)
	case syntax.KindAttribute:
		return m.resolveAttribute(n, d)
	case syntax.KindCall:
		return m.resolveCall(n, d)
	case syntax.KindAssignment:
		// The value of a = b = expr as seen by a.
		return m.resolve(n.ChildByField(syntax.FieldRight), d+1)
	case syntax.KindAwait:
		return m.resolve(n.NamedChild(0), d+1)
	}
	return Value{}
}

func (m *Model) resolveName(id syntax.Node, d int) Value {
	name := id.Text()
	bindings := m.Lookup(name, id)
	if len(bindings) == 0 {
		if builtins[name] {
			return Value{Kind: Symbol, Name: "builtins." + name}
		}
		return Value{}
	}
	return m.agree(bindings, d)
}

// agree resolves every binding and returns their common value. Bindings to
// None are ignored (the lazy-client pattern c = None ... c = boto3.client()),
// any binding that is Unknown or differs makes the result Unknown.
func (m *Model) agree(bindings []*Binding, d int) Value {
	var out Value
	seen := false
	for _, b := range bindings {
		v, isNone := m.bindingValue(b, d+1)
		if isNone {
			continue
		}
		if !v.Known() {
			return Value{}
		}
		if !seen {
			out, seen = v, true
			continue
		}
		if !out.same(v) {
			return Value{}
		}
	}
	return out
}

// bindingValue resolves one binding; isNone is true for an assignment of
// the literal None.
func (m *Model) bindingValue(b *Binding, d int) (v Value, isNone bool) {
	switch b.Kind {
	case BindImport:
		return Value{Kind: Symbol, Name: b.Qualified, Origin: b.Target}, false
	case BindDef:
		if b.Value.Is(syntax.KindFunctionDefinition) {
			return Value{Kind: LocalFunction, Name: b.Name, Origin: b.Value}, false
		}
		return Value{}, false
	case BindParameter:
		// Only the annotation is certain: a caller may pass something
		// else than the default.
		if b.Annotation.Valid() {
			return m.fromAnnotation(b.Annotation, d), false
		}
		return Value{}, false
	case BindAssign, BindWalrus:
		if syntax.Unparen(b.Value).Is(syntax.KindNone) {
			if b.Annotation.Valid() {
				return m.fromAnnotation(b.Annotation, d), false
			}
			return Value{}, true
		}
		if b.Value.Valid() {
			if v := m.resolve(b.Value, d); v.Known() || !b.Annotation.Valid() {
				return v, false
			}
		}
		if b.Annotation.Valid() {
			return m.fromAnnotation(b.Annotation, d), false
		}
		return Value{}, false
	case BindWith:
		v := m.resolve(b.Value, d)
		switch v.Kind {
		case Client, ServiceResource:
			// aioboto3: async with session.client("s3") as s3.
			return v, false
		}
		return Value{}, false
	case BindExcept:
		return m.caught(b.Value, d), false
	}
	return Value{}, false
}

// caught returns the value bound by except T as e.
func (m *Model) caught(t syntax.Node, d int) Value {
	t = syntax.Unparen(t)
	if t.Is(syntax.KindTuple) {
		// except (ClientError, s3.exceptions.NoSuchKey) as e: every member
		// must be a ClientError for e to be one.
		for el := range t.Args() {
			if m.caught(el, d+1).Kind != CaughtError {
				return Value{}
			}
		}
		return Value{Kind: CaughtError, Name: "ClientError", Origin: t}
	}
	v := m.resolve(t, d+1)
	switch {
	case v.Kind == Symbol && isClientErrorName(v.Name):
		return Value{Kind: CaughtError, Name: "ClientError", Origin: t}
	case v.Kind == ModeledException:
		return Value{Kind: CaughtError, Service: v.Service, Name: v.Name, Origin: t}
	}
	return Value{}
}

func isClientErrorName(q string) bool {
	return q == "botocore.exceptions.ClientError" || q == "botocore.errorfactory.ClientError"
}

func (m *Model) resolveAttribute(n syntax.Node, d int) Value {
	obj := syntax.Unparen(n.ChildByField(syntax.FieldObject))
	attr := n.ChildByField(syntax.FieldAttribute).Text()
	if obj.Is(syntax.KindIdentifier) {
		if cls := m.receiverClass(obj); cls != nil {
			// self.x is what the methods assign to it or, failing those,
			// the class attribute x; both when both exist.
			bindings := cls.SelfAttrs[attr]
			if classLevel := cls.Bindings[attr]; len(bindings) == 0 {
				bindings = classLevel
			} else if len(classLevel) > 0 {
				bindings = append(slices.Clip(bindings), classLevel...)
			}
			if len(bindings) == 0 {
				return Value{}
			}
			return m.agree(bindings, d)
		}
	}
	recv := m.resolve(obj, d+1)
	switch recv.Kind {
	case Symbol:
		return Value{Kind: Symbol, Name: recv.Name + "." + attr, Origin: n}
	case Client:
		switch attr {
		case "exceptions":
			return Value{Kind: ClientExceptions, Service: recv.Service, Async: recv.Async, Origin: n}
		case "meta":
			return Value{Kind: ClientMeta, Service: recv.Service, Async: recv.Async, Origin: n}
		}
	case ClientExceptions:
		if attr == "ClientError" {
			return Value{Kind: Symbol, Name: "botocore.exceptions.ClientError", Origin: n}
		}
		return Value{Kind: ModeledException, Service: recv.Service, Name: attr, Origin: n}
	case ServiceResource, ResourceInstance:
		if attr == "meta" {
			return Value{Kind: ResourceMeta, Service: recv.Service, Type: recv.Type, Async: recv.Async, Origin: n}
		}
	case ResourceMeta:
		if attr == "client" {
			return Value{Kind: Client, Service: recv.Service, Async: recv.Async, Origin: n}
		}
	}
	return Value{}
}

// receiverClass returns the class scope when id is the first parameter of
// the method it is used in (self, cls).
func (m *Model) receiverClass(id syntax.Node) *Scope {
	// Most attribute accesses are not on a method's receiver: rule them
	// out by the name of the enclosing def's first parameter before
	// looking up scopes (which may build them).
	if !couldBeReceiver(id) {
		return nil
	}
	s := m.ScopeOf(id)
	for s != nil && (s.Kind == ComprehensionScope || s.Kind == LambdaScope) {
		s = s.Parent
	}
	if s == nil || s.Kind != FunctionScope || s.Parent == nil || s.Parent.Kind != ClassScope {
		return nil
	}
	if firstParameter(s.Node) != id.Text() {
		return nil
	}
	// A rebinding of self inside the method makes it something else.
	for _, b := range s.Bindings[id.Text()] {
		if b.Kind != BindParameter {
			return nil
		}
	}
	return s.Parent
}

// couldBeReceiver reports whether id is spelled like the first parameter of
// the innermost def around it (lambdas and comprehensions are looked
// through, as ScopeOf's caller does): a necessary condition for being a
// method's receiver.
func couldBeReceiver(id syntax.Node) bool {
	for p := range id.Ancestors() {
		switch p.Kind() {
		case syntax.KindFunctionDefinition:
			return firstParameter(p) == id.Text()
		case syntax.KindClassDefinition, syntax.KindModule:
			return false
		}
	}
	return false
}

// Constructors reachable by qualified name.
var constructors = map[string]Value{
	"boto3.Session":                   {Kind: Session},
	"boto3.session.Session":           {Kind: Session},
	"aioboto3.Session":                {Kind: Session, Async: true},
	"aioboto3.session.Session":        {Kind: Session, Async: true},
	"botocore.session.get_session":    {Kind: BotocoreSession},
	"botocore.session.Session":        {Kind: BotocoreSession},
	"aiobotocore.session.get_session": {Kind: BotocoreSession, Async: true},
	"aiobotocore.session.AioSession":  {Kind: BotocoreSession, Async: true},
	"botocore.config.Config":          {Kind: Config},
	"aiobotocore.config.AioConfig":    {Kind: Config, Async: true},
	"boto3.client":                    {Kind: Client},
	"boto3.resource":                  {Kind: ServiceResource},
}

func (m *Model) resolveCall(call syntax.Node, d int) Value {
	fn := syntax.Unparen(call.ChildByField(syntax.FieldFunction))
	if fn.Is(syntax.KindAttribute) {
		if v, ok := m.resolveMethodCall(call, fn, d); ok {
			return v
		}
	}
	callee := m.resolve(fn, d+1)
	switch callee.Kind {
	case Symbol:
		proto, ok := constructors[callee.Name]
		if !ok {
			return Value{}
		}
		v := proto
		v.Origin = call
		if v.Kind == Client || v.Kind == ServiceResource {
			v.Service = m.serviceArgument(call, d)
		}
		return v
	case LocalFunction:
		return m.returns(callee.Origin, d)
	}
	return Value{}
}

// resolveMethodCall handles calls whose meaning depends on the receiver:
// session.client(...), client.get_paginator(...), resource.Table(...).
func (m *Model) resolveMethodCall(call, fn syntax.Node, d int) (Value, bool) {
	method := fn.ChildByField(syntax.FieldAttribute).Text()
	recv := m.resolve(fn.ChildByField(syntax.FieldObject), d+1)
	switch recv.Kind {
	case Session:
		switch method {
		case "client":
			return Value{Kind: Client, Service: m.serviceArgument(call, d), Async: recv.Async, Origin: call}, true
		case "resource":
			return Value{Kind: ServiceResource, Service: m.serviceArgument(call, d), Async: recv.Async, Origin: call}, true
		}
	case BotocoreSession:
		if method == "create_client" {
			return Value{Kind: Client, Service: m.serviceArgument(call, d), Async: recv.Async, Origin: call}, true
		}
	case Client:
		switch method {
		case "get_paginator", "get_waiter":
			arg, ok := syntax.PositionalArgument(call, 0)
			if !ok {
				return Value{}, true
			}
			name, ok := m.StringConstant(arg)
			if !ok {
				return Value{}, true
			}
			kind := Paginator
			if method == "get_waiter" {
				kind = Waiter
			}
			return Value{Kind: kind, Service: recv.Service, Name: name, Async: recv.Async, Origin: call}, true
		}
	case ServiceResource, ResourceInstance:
		if recv.Service == "" || m.svc == nil {
			return Value{}, true
		}
		if t, ok := m.svc.SubResource(recv.Service, recv.Type, method); ok {
			return Value{Kind: ResourceInstance, Service: recv.Service, Type: t, Async: recv.Async, Origin: call}, true
		}
		return Value{}, true
	}
	return Value{}, false
}

// serviceArgument returns the service name passed to a client or resource
// factory: the first positional argument or service_name=, as a string
// literal or a module constant. "" when not certain.
func (m *Model) serviceArgument(call syntax.Node, d int) string {
	arg, ok := syntax.KeywordArgument(call, "service_name")
	if !ok {
		arg, ok = syntax.PositionalArgument(call, 0)
	}
	if !ok {
		return ""
	}
	s, _ := m.stringConstant(arg, d+1)
	if canonical, ok := serviceAliases[s]; ok {
		return canonical
	}
	return s
}

// serviceAliases are the service names botocore accepts besides the model
// folder names (botocore.session's _SERVICE_NAME_ALIASES).
var serviceAliases = map[string]string{
	"runtime.sagemaker": "sagemaker-runtime",
}

// ServiceArgument exposes the service-name argument of a factory call and
// the node that holds it, for rules that check or fix it.
func (m *Model) ServiceArgument(call syntax.Node) (name string, node syntax.Node, ok bool) {
	arg, ok := syntax.KeywordArgument(call, "service_name")
	if !ok {
		arg, ok = syntax.PositionalArgument(call, 0)
	}
	if !ok {
		return "", syntax.Node{}, false
	}
	s, ok := m.StringConstant(arg)
	return s, arg, ok
}

// StringConstant returns the value of a string literal, or of a name whose
// every binding assigns the same string literal (a module constant).
func (m *Model) StringConstant(n syntax.Node) (string, bool) {
	return m.stringConstant(n, 0)
}

func (m *Model) stringConstant(n syntax.Node, d int) (string, bool) {
	n = syntax.Unparen(n)
	if s, ok := syntax.StringValue(n); ok {
		return s, true
	}
	if !n.Is(syntax.KindIdentifier) || d > maxDepth {
		return "", false
	}
	bindings := m.Lookup(n.Text(), n)
	if len(bindings) == 0 {
		return "", false
	}
	var out string
	for i, b := range bindings {
		if b.Kind != BindAssign || !b.Value.Valid() {
			return "", false
		}
		s, ok := m.stringConstant(b.Value, d+1)
		if !ok || (i > 0 && s != out) {
			return "", false
		}
		out = s
	}
	return out, true
}

// ReturnValue returns what calling the local function def gives, as
// resolution of a call to it sees it.
func (m *Model) ReturnValue(def syntax.Node) Value {
	v := m.returns(def, 0)
	v.Origin = syntax.Node{}
	return v
}

// returns resolves what a local function returns: the common value of all
// its return statements (return None and bare return ignored).
func (m *Model) returns(def syntax.Node, d int) Value {
	var out Value
	seen := false
	body := def.ChildByField(syntax.FieldBody)
	for n := range body.Descendants() {
		if !n.Is(syntax.KindReturnStatement) || EnclosingFunction(n) != def {
			continue
		}
		val := n.NamedChild(0)
		if !val.Valid() || syntax.Unparen(val).Is(syntax.KindNone) {
			continue
		}
		v := m.resolve(val, d+1)
		if !v.Known() || (seen && !out.same(v)) {
			return Value{}
		}
		out, seen = v, true
	}
	if seen {
		out.Origin = def
	}
	return out
}

// builtins lists Python 3.11's builtin names (dir(builtins) without the
// private ones and the True/False/None keywords): an unbound name that is
// one of them resolves to the qualified name builtins.<name>.
var builtins = map[string]bool{
	"ArithmeticError": true, "AssertionError": true, "AttributeError": true, "BaseException": true,
	"BaseExceptionGroup": true, "BlockingIOError": true, "BrokenPipeError": true, "BufferError": true,
	"BytesWarning": true, "ChildProcessError": true, "ConnectionAbortedError": true,
	"ConnectionError": true, "ConnectionRefusedError": true, "ConnectionResetError": true,
	"DeprecationWarning": true, "EOFError": true, "Ellipsis": true, "EncodingWarning": true,
	"EnvironmentError": true, "Exception": true, "ExceptionGroup": true, "FileExistsError": true,
	"FileNotFoundError": true, "FloatingPointError": true, "FutureWarning": true,
	"GeneratorExit": true, "IOError": true, "ImportError": true, "ImportWarning": true,
	"IndentationError": true, "IndexError": true, "InterruptedError": true, "IsADirectoryError": true,
	"KeyError": true, "KeyboardInterrupt": true, "LookupError": true, "MemoryError": true,
	"ModuleNotFoundError": true, "NameError": true, "NotADirectoryError": true,
	"NotImplemented": true, "NotImplementedError": true, "OSError": true, "OverflowError": true,
	"PendingDeprecationWarning": true, "PermissionError": true, "ProcessLookupError": true,
	"RecursionError": true, "ReferenceError": true, "ResourceWarning": true, "RuntimeError": true,
	"RuntimeWarning": true, "StopAsyncIteration": true, "StopIteration": true, "SyntaxError": true,
	"SyntaxWarning": true, "SystemError": true, "SystemExit": true, "TabError": true,
	"TimeoutError": true, "TypeError": true, "UnboundLocalError": true, "UnicodeDecodeError": true,
	"UnicodeEncodeError": true, "UnicodeError": true, "UnicodeTranslateError": true,
	"UnicodeWarning": true, "UserWarning": true, "ValueError": true, "Warning": true,
	"ZeroDivisionError": true, "abs": true, "aiter": true, "all": true, "anext": true, "any": true,
	"ascii": true, "bin": true, "bool": true, "breakpoint": true, "bytearray": true, "bytes": true,
	"callable": true, "chr": true, "classmethod": true, "compile": true, "complex": true,
	"copyright": true, "credits": true, "delattr": true, "dict": true, "dir": true, "divmod": true,
	"enumerate": true, "eval": true, "exec": true, "exit": true, "filter": true, "float": true,
	"format": true, "frozenset": true, "getattr": true, "globals": true, "hasattr": true,
	"hash": true, "help": true, "hex": true, "id": true, "input": true, "int": true,
	"isinstance": true, "issubclass": true, "iter": true, "len": true, "license": true, "list": true,
	"locals": true, "map": true, "max": true, "memoryview": true, "min": true, "next": true,
	"object": true, "oct": true, "open": true, "ord": true, "pow": true, "print": true,
	"property": true, "quit": true, "range": true, "repr": true, "reversed": true, "round": true,
	"set": true, "setattr": true, "slice": true, "sorted": true, "staticmethod": true, "str": true,
	"sum": true, "super": true, "tuple": true, "type": true, "vars": true, "zip": true,
}

// IsMethodCallOn reports whether call is recv.method(...) with a receiver
// that resolves to a value of kind k, and returns that value.
func (m *Model) IsMethodCallOn(call syntax.Node, k ValueKind) (Value, string, bool) {
	recvNode, method, ok := syntax.MethodCall(call)
	if !ok {
		return Value{}, "", false
	}
	v := m.Resolve(recvNode)
	if v.Kind != k {
		return Value{}, "", false
	}
	return v, method, true
}

// CallQualifiedName returns the qualified name of what call calls.
func (m *Model) CallQualifiedName(call syntax.Node) (string, bool) {
	return m.QualifiedName(call.ChildByField(syntax.FieldFunction))
}

// stubModuleService maps a boto3 type-stub module root (mypy_boto3_s3,
// types_boto3_cognito_idp) to a service name.
func (m *Model) stubModuleService(root string) (string, bool) {
	for _, p := range awsStubPrefixes {
		if key, ok := strings.CutPrefix(root, p); ok {
			if m.svc != nil {
				for _, name := range m.svc.ServiceNames() {
					if strings.ReplaceAll(name, "-", "_") == key {
						return name, true
					}
				}
				return "", false
			}
			return strings.ReplaceAll(key, "_", "-"), true
		}
	}
	return "", false
}
