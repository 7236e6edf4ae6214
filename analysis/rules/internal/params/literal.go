package params

import (
	"strings"
	"unicode/utf8"

	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

var kindParenListSplat = syntax.KindOf("parenthesized_list_splat", true)

// pyType is the Python type of an argument, as far as the source shows it
// for certain.
type pyType uint8

const (
	tUnknown pyType = iota
	tStr
	tBytes
	tInt
	tFloat
	tBool
	tNone
	tList
	tTuple
	tSet
	tDict
	tGenerator
)

var pyTypeNames = [...]string{
	tUnknown: "unknown", tStr: "str", tBytes: "bytes", tInt: "int", tFloat: "float",
	tBool: "bool", tNone: "None", tList: "list", tTuple: "tuple", tSet: "set",
	tDict: "dict", tGenerator: "generator",
}

func (t pyType) String() string { return pyTypeNames[t] }

// literal is what the engine knows about an argument value.
type literal struct {
	node syntax.Node // the unparenthesized expression
	typ  pyType

	// str: the value when the whole string is known (no interpolation).
	str      string
	strKnown bool
	// int, float and bool values for range checks.
	num      float64
	numKnown bool
	// list, tuple and set: the element expressions; count is known unless
	// an element is a *splat or the value is a comprehension.
	elems      []syntax.Node
	countKnown bool
	// dict: the pairs of a dictionary literal; opaque when a key is not a
	// known string or the dict has ** splats or is a comprehension or call.
	pairs  []syntax.Pair
	opaque bool
}

// classify returns what n is. Only forms whose type is certain get a type:
// literals, displays, comprehensions, a few builtins called by their
// unshadowed names, and names bound only to one string literal.
func classify(m *semantic.Model, n syntax.Node) literal {
	n = syntax.Unparen(n)
	lit := literal{node: n}
	switch n.Kind() {
	case syntax.KindString, syntax.KindConcatenatedString:
		first := n
		if n.Is(syntax.KindConcatenatedString) {
			first = n.NamedChild(0)
		}
		start := first.ChildOfKind(syntax.KindStringStart).Text()
		prefix := strings.ToLower(strings.TrimRight(start, `'"`))
		if strings.Contains(prefix, "`") || start == "" {
			return lit
		}
		lit.typ = tStr
		if strings.ContainsRune(prefix, 'b') {
			lit.typ = tBytes
		}
		if v, ok := syntax.StringValue(n); ok {
			lit.str, lit.strKnown = v, true
		}
	case syntax.KindInteger:
		if v, ok := syntax.IntValue(n); ok {
			lit.typ, lit.num, lit.numKnown = tInt, float64(v), true
		} else if t := strings.ToLower(n.Text()); !strings.HasSuffix(t, "j") && !strings.HasSuffix(t, "l") {
			lit.typ = tInt // out of int64 range
		}
	case syntax.KindFloat:
		if v, ok := syntax.FloatValue(n); ok {
			lit.typ, lit.num, lit.numKnown = tFloat, v, true
		}
	case syntax.KindUnaryOperator:
		if v, ok := syntax.IntValue(n); ok {
			lit.typ, lit.num, lit.numKnown = tInt, float64(v), true
		} else if v, ok := syntax.FloatValue(n); ok {
			lit.typ, lit.num, lit.numKnown = tFloat, v, true
		}
	case syntax.KindTrue:
		lit.typ, lit.num, lit.numKnown = tBool, 1, true
	case syntax.KindFalse:
		lit.typ, lit.num, lit.numKnown = tBool, 0, true
	case syntax.KindNone:
		lit.typ = tNone
	case syntax.KindList, syntax.KindTuple, syntax.KindSet:
		lit.typ = map[syntax.Kind]pyType{syntax.KindList: tList, syntax.KindTuple: tTuple, syntax.KindSet: tSet}[n.Kind()]
		lit.countKnown = true
		for e := range n.Args() {
			if e.Is(syntax.KindListSplat) || e.Is(kindParenListSplat) {
				lit.countKnown = false
				continue
			}
			lit.elems = append(lit.elems, e)
		}
	case syntax.KindListComprehension:
		lit.typ = tList
	case syntax.KindSetComprehension:
		lit.typ = tSet
	case syntax.KindGeneratorExpression:
		lit.typ = tGenerator
	case syntax.KindDictionary:
		lit.typ = tDict
		pairs, splat := syntax.DictPairs(n)
		lit.pairs, lit.opaque = pairs, splat
	case syntax.KindDictComprehension:
		lit.typ, lit.opaque = tDict, true
	case syntax.KindIdentifier:
		if v, ok := m.StringConstant(n); ok {
			lit.typ, lit.str, lit.strKnown = tStr, v, true
		}
	case syntax.KindCall:
		q, ok := m.CallQualifiedName(n)
		if !ok {
			return lit
		}
		switch q {
		case "builtins.str", "builtins.repr":
			lit.typ = tStr
		case "builtins.int", "builtins.len":
			lit.typ = tInt
		case "builtins.float":
			lit.typ = tFloat
		case "builtins.bool", "builtins.isinstance":
			lit.typ = tBool
		case "builtins.list", "builtins.sorted":
			lit.typ = tList
		case "builtins.tuple":
			lit.typ = tTuple
		case "builtins.set":
			lit.typ = tSet
		case "builtins.dict":
			lit.typ, lit.opaque = tDict, true
		}
	case syntax.KindBinaryOperator:
		// "text %s" % x is a str; so is "a" + "b".
		left := classify(m, n.ChildByField(syntax.FieldLeft))
		op := n.ChildByField(syntax.FieldOperator).Text()
		if left.typ == tStr && (op == "%" || (op == "+" && classify(m, n.ChildByField(syntax.FieldRight)).typ == tStr)) {
			lit.typ = tStr
		}
	}
	return lit
}

// length is the Python len() of a known str.
func (l literal) length() int { return utf8.RuneCountInString(l.str) }

// short returns the source text of the literal for messages, cut to a
// readable length.
func (l literal) short() string {
	return shorten(l.node.Text())
}

func shorten(s string) string {
	const limit = 40
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i] + "..."
	}
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	r := []rune(s)
	return string(r[:limit]) + "..."
}

// dictKey returns the string a dictionary key denotes: a string literal or
// a name bound to one. literal is true when the key is written as a plain
// string literal that a fix may rewrite.
func dictKey(m *semantic.Model, key syntax.Node) (name string, ok bool, isLiteral bool) {
	key = syntax.Unparen(key)
	lit, ok := syntax.ParseString(key)
	if ok {
		if lit.Bytes {
			return "", false, false
		}
		return lit.Value, true, key.Is(syntax.KindString)
	}
	if key.Is(syntax.KindIdentifier) {
		if v, ok := m.StringConstant(key); ok {
			return v, true, false
		}
	}
	return "", false, false
}
