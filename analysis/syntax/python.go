package syntax

import (
	"math/big"
	"strconv"
	"strings"
)

// Unparen strips enclosing parentheses: ((x)) -> x.
func Unparen(n Node) Node {
	for n.Is(KindParenthesizedExpr) {
		inner := Node{}
		for c := range n.Args() {
			inner = c
			break
		}
		if !inner.Valid() {
			return n
		}
		n = inner
	}
	return n
}

// DottedName returns "a.b.c" for an identifier or a chain of attribute
// accesses on an identifier; ok is false for anything else.
func DottedName(n Node) (string, bool) {
	n = Unparen(n)
	switch n.Kind() {
	case KindIdentifier:
		return n.Text(), true
	case KindAttribute:
		obj, ok := DottedName(n.ChildByField(FieldObject))
		if !ok {
			return "", false
		}
		attr := n.ChildByField(FieldAttribute)
		if !attr.Valid() {
			return "", false
		}
		return obj + "." + attr.Text(), true
	case KindDottedName:
		parts := make([]string, 0, 4)
		for c := range n.Args() {
			parts = append(parts, c.Text())
		}
		return strings.Join(parts, "."), true
	}
	return "", false
}

// Argument is one argument of a call.
type Argument struct {
	Node  Node   // the whole argument: keyword_argument, list_splat ... or the expression
	Name  string // keyword name; "" for positional and splat arguments
	Key   Node   // the keyword's identifier
	Value Node   // the expression passed
	Splat int    // 1 for *args, 2 for **kwargs, 0 otherwise
}

// Positional reports whether the argument is a plain positional one.
func (a Argument) Positional() bool { return a.Name == "" && a.Splat == 0 }

// CallArguments returns the arguments of a call node in source order. A
// call with a generator argument, f(x for x in y), has that one positional.
func CallArguments(call Node) []Argument {
	args := call.ChildByField(FieldArguments)
	if args.Is(KindGeneratorExpression) {
		return []Argument{{Node: args, Value: args}}
	}
	// Counted first: one allocation of the right size, as callers on the
	// hot path ask for the arguments of every call of a file.
	out := make([]Argument, 0, args.NamedChildCount())
	for a := range args.Args() {
		switch a.Kind() {
		case KindKeywordArgument:
			name := a.ChildByField(FieldName)
			out = append(out, Argument{Node: a, Name: name.Text(), Key: name, Value: a.ChildByField(FieldValue)})
		case KindListSplat:
			out = append(out, Argument{Node: a, Value: a.NamedChild(0), Splat: 1})
		case KindDictionarySplat:
			out = append(out, Argument{Node: a, Value: a.NamedChild(0), Splat: 2})
		default:
			out = append(out, Argument{Node: a, Value: a})
		}
	}
	return out
}

// KeywordArgument returns the value passed as name=... in call.
func KeywordArgument(call Node, name string) (Node, bool) {
	for a := range call.ChildByField(FieldArguments).Args() {
		if a.Is(KindKeywordArgument) && a.ChildByField(FieldName).TextIs(name) {
			return a.ChildByField(FieldValue), true
		}
	}
	return Node{}, false
}

// PositionalArgument returns the i-th positional argument of call.
func PositionalArgument(call Node, i int) (Node, bool) {
	args := call.ChildByField(FieldArguments)
	if args.Is(KindGeneratorExpression) {
		if i == 0 {
			return args, true
		}
		return Node{}, false
	}
	for a := range args.Args() {
		switch a.Kind() {
		case KindListSplat, KindDictionarySplat:
			return Node{}, false
		case KindKeywordArgument:
			continue
		}
		if i == 0 {
			return a, true
		}
		i--
	}
	return Node{}, false
}

// HasSplat reports whether the call has *args or **kwargs arguments.
func HasSplat(call Node) bool {
	for a := range call.ChildByField(FieldArguments).Args() {
		if a.Is(KindListSplat) || a.Is(KindDictionarySplat) {
			return true
		}
	}
	return false
}

// CalleeName returns the dotted name of what a call calls ("boto3.client"),
// when it is a dotted name.
func CalleeName(call Node) (string, bool) {
	return DottedName(call.ChildByField(FieldFunction))
}

// MethodCall splits receiver.method(...) into the receiver expression and
// the method name.
func MethodCall(call Node) (receiver Node, method string, ok bool) {
	fn := Unparen(call.ChildByField(FieldFunction))
	if !fn.Is(KindAttribute) {
		return Node{}, "", false
	}
	return fn.ChildByField(FieldObject), fn.ChildByField(FieldAttribute).Text(), true
}

// IntValue returns the value of an integer literal, with an optional unary
// minus or plus; ok is false for anything else or a value outside int64.
func IntValue(n Node) (int64, bool) {
	n = Unparen(n)
	sign := int64(1)
	if n.Is(KindUnaryOperator) {
		op := n.ChildByField(FieldOperator)
		switch {
		case op.Is(TokenMinus):
			sign = -1
		case op.Is(TokenPlus):
		default:
			return 0, false
		}
		n = Unparen(n.ChildByField(FieldArgument))
	}
	if !n.Is(KindInteger) {
		return 0, false
	}
	text := strings.ReplaceAll(strings.ToLower(n.Text()), "_", "")
	if strings.HasSuffix(text, "l") || strings.HasSuffix(text, "j") {
		return 0, false
	}
	var v big.Int
	base := 10
	switch {
	case strings.HasPrefix(text, "0x"):
		base, text = 16, text[2:]
	case strings.HasPrefix(text, "0o"):
		base, text = 8, text[2:]
	case strings.HasPrefix(text, "0b"):
		base, text = 2, text[2:]
	}
	if _, ok := v.SetString(text, base); !ok || !v.IsInt64() {
		return 0, false
	}
	return sign * v.Int64(), true
}

// FloatValue returns the value of a float literal, with an optional sign.
func FloatValue(n Node) (float64, bool) {
	n = Unparen(n)
	sign := 1.0
	if n.Is(KindUnaryOperator) {
		op := n.ChildByField(FieldOperator)
		switch {
		case op.Is(TokenMinus):
			sign = -1
		case op.Is(TokenPlus):
		default:
			return 0, false
		}
		n = Unparen(n.ChildByField(FieldArgument))
	}
	if !n.Is(KindFloat) {
		return 0, false
	}
	text := strings.ReplaceAll(n.Text(), "_", "")
	if strings.HasSuffix(strings.ToLower(text), "j") {
		return 0, false
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return 0, false
	}
	return sign * v, true
}

// DictPairs returns the key/value pairs of a dictionary literal, and whether
// it also has ** splats (whose keys are unknown).
func DictPairs(dict Node) (pairs []Pair, hasSplat bool) {
	dict = Unparen(dict)
	pairs = make([]Pair, 0, dict.NamedChildCount())
	for c := range dict.Args() {
		switch c.Kind() {
		case KindPair:
			pairs = append(pairs, Pair{Key: c.ChildByField(FieldKey), Value: c.ChildByField(FieldValue), Node: c})
		case KindDictionarySplat:
			hasSplat = true
		}
	}
	return pairs, hasSplat
}

// Pair is one key: value entry of a dictionary literal.
type Pair struct {
	Node, Key, Value Node
}

// commentKinds lists comments: chunks keep their lists between versions of
// a document, so a keystroke scans only the changed statements for them.
var commentKinds = NewKinds(KindComment)

// Comments returns the comment nodes of the tree in source order.
func (t *Tree) Comments() []Node {
	var out []Node
	for n := range t.OfKinds(commentKinds) {
		out = append(out, n)
	}
	return out
}

// StatementOf returns the innermost statement containing n: the child of a
// block or of the module that contains n.
func StatementOf(n Node) Node {
	for cur := n; cur.Valid(); cur = cur.Parent() {
		p := cur.Parent()
		if p.Is(KindBlock) || p.Is(KindModule) {
			return cur
		}
	}
	return Node{}
}

// IsStatementKind reports whether k is a simple or compound statement.
func IsStatementKind(k Kind) bool {
	switch k {
	case KindExpressionStatement, KindImportStatement, KindImportFromStatement,
		KindFutureImportStatement, KindReturnStatement, KindRaiseStatement,
		KindPassStatement, KindBreakStatement, KindContinueStatement,
		KindDeleteStatement, KindAssertStatement, KindGlobalStatement,
		KindNonlocalStatement, KindPrintStatement, KindExecStatement,
		KindIfStatement, KindForStatement, KindWhileStatement, KindTryStatement,
		KindWithStatement, KindMatchStatement, KindFunctionDefinition,
		KindClassDefinition, KindDecoratedDefinition, KindTypeAliasStatement:
		return true
	}
	return false
}

// ErrorRegions returns the places where the parse failed: the outermost
// ERROR nodes, and MISSING nodes (tree-sitter's inserted tokens, such as a
// missing ")") outside them.
func ErrorRegions(t *Tree) []Node {
	if !t.HasError() {
		return nil
	}
	var out []Node
	for c, ch := range t.chunks {
		if ch.nodes[0].flags&flagHasError == 0 {
			continue
		}
		for i := int32(0); i < int32(len(ch.nodes)); i++ {
			nd := &ch.nodes[i]
			if nd.flags&flagError != 0 || nd.flags&flagMissing != 0 {
				n := Node{t, ch, int32(c), i}
				out = append(out, n)
				i = n.localEnd() - 1
			}
		}
	}
	return out
}
