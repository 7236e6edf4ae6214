package semantic

import (
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// Resolve returns what expression n is at run time (see RULES.md "What
// counts as a client"): within its function by following names to what is
// bound to them, and beyond it through the call sites, classes and modules
// of the program (eval.go).
func (m *Model) Resolve(n syntax.Node) Value {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.resolveLocked(n)
}

// resolveLocked is Resolve with m.mu held.
func (m *Model) resolveLocked(n syntax.Node) Value {
	ev := m.evaluator()
	if ev.depth == 0 {
		ev.steps = 0
	}
	v := ev.eval(m.exprOf(n), &frame{mod: m.key})
	if v.Kind == pending {
		v = Value{}
	}
	return v
}

func (m *Model) evaluator() *evaluator {
	if m.ev == nil {
		m.ev = newEvaluator(m)
	}
	return m.ev
}

// Explain resolves n and, when it is Unknown, says why in Value.Why. It
// evaluates with memos of its own (an explaining evaluation carries
// reasons that Resolve's does not), so it never changes what Resolve
// answers.
func (m *Model) Explain(n syntax.Node) Value {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.explaining == nil {
		m.explaining = &explainState{lc: &lowCache{}}
		lc := m.lc
		m.lc = m.explaining.lc
		m.explaining.ev = newEvaluator(m)
		m.explaining.ev.explain = true
		m.lc = lc
	}
	savedEv, savedLC := m.ev, m.lc
	m.ev, m.lc = m.explaining.ev, m.explaining.lc
	defer func() { m.ev, m.lc = savedEv, savedLC }()
	return m.resolveLocked(n)
}

// explainState is the lowering and evaluator Explain uses.
type explainState struct {
	lc *lowCache
	ev *evaluator
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

func (m *Model) qualifiedLocked(n syntax.Node) (string, bool) {
	v := m.resolveLocked(n)
	if v.Kind == Symbol {
		return v.Name, true
	}
	return "", false
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

// StringConstant returns the value of an expression that is certainly a
// given string: a literal, a name bound only to it, a parameter every
// caller passes it to.
func (m *Model) StringConstant(n syntax.Node) (string, bool) {
	v := m.Resolve(n)
	if v.Kind == String {
		return v.Name, true
	}
	return "", false
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

// Trim frees what resolution computed and remembered (the lowered
// expressions, the evaluator's memos): a model kept for later requests
// computes again what they ask. Its scopes, bindings and recorded
// dependencies stay.
func (m *Model) Trim() {
	m.mu.Lock()
	// The index of the file's names is syntax alone, and the next
	// version's incremental check reads it (UnitFacts).
	m.lc = &lowCache{ix: m.lc.ix}
	m.ev = nil
	m.explaining = nil
	m.mu.Unlock()
}
