package differential_test

import (
	"fmt"
	"github.com/botolint/botolint/analysis/syntax"
	"math"
	"strconv"
	"strings"

	"github.com/botolint/botolint/analysis/awsmodel"
)

// pv is a Python value of a generated call, rendered as a literal. The same
// text is what botolint reads and what botocore validates.
type pv interface{ py() string }

type (
	pStr   string
	pBytes string
	pInt   int64
	pFloat float64
	pBool  bool
	pNone  struct{}
	pList  []pv
	pTuple []pv
	pDict  []kv
)

type kv struct {
	k string
	v pv
}

func (s pStr) py() string   { return strconv.Quote(string(s)) }
func (b pBytes) py() string { return "b" + strconv.Quote(string(b)) }
func (i pInt) py() string   { return strconv.FormatInt(int64(i), 10) }
func (f pFloat) py() string {
	s := strconv.FormatFloat(float64(f), 'f', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}
func (b pBool) py() string {
	if b {
		return "True"
	}
	return "False"
}
func (pNone) py() string { return "None" }
func (l pList) py() string {
	parts := make([]string, len(l))
	for i, v := range l {
		parts[i] = v.py()
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
func (t pTuple) py() string {
	parts := make([]string, len(t))
	for i, v := range t {
		parts[i] = v.py()
	}
	if len(parts) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
func (d pDict) py() string {
	parts := make([]string, len(d))
	for i, e := range d {
		parts[i] = strconv.Quote(e.k) + ": " + e.v.py()
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// clone deep-copies a value so that mutations leave the original alone.
func clone(v pv) pv {
	switch t := v.(type) {
	case pList:
		out := make(pList, len(t))
		for i, e := range t {
			out[i] = clone(e)
		}
		return out
	case pTuple:
		out := make(pTuple, len(t))
		for i, e := range t {
			out[i] = clone(e)
		}
		return out
	case pDict:
		out := make(pDict, len(t))
		for i, e := range t {
			out[i] = kv{e.k, clone(e.v)}
		}
		return out
	}
	return v
}

// generator builds values that botocore's validator accepts for a shape.
type generator struct {
	// optional adds one optional member to top-level structures, so that
	// calls exercise more than the required members.
	optional func(s *awsmodel.Shape) *awsmodel.Member
	// allOptional gives structures above this depth every optional member
	// that can be built, not just the required ones.
	allOptional int
}

const maxDepth = 10

// value returns a valid value for sh; ok is false when none can be built
// within the limits (recursive required members, huge minimums).
func (g *generator) value(sh *awsmodel.Shape, m *awsmodel.Member, depth int) (pv, bool) {
	if sh == nil || depth > maxDepth {
		return nil, false
	}
	if sh.Document {
		return pDict{{"key", pInt(1)}}, true
	}
	min := 0.0
	if sh.Min != nil {
		min = *sh.Min
	} else if m != nil && m.HostLabel {
		min = 1
	}
	switch sh.Type {
	case "structure":
		if sh.Union {
			for _, mm := range sh.Members {
				if v, ok := g.value(mm.Shape, mm, depth+1); ok {
					return pDict{{mm.Name, v}}, true
				}
			}
			return nil, false
		}
		var d pDict
		for _, mm := range sh.Members {
			if !mm.Required {
				continue
			}
			v, ok := g.value(mm.Shape, mm, depth+1)
			if !ok {
				return nil, false
			}
			d = append(d, kv{mm.Name, v})
		}
		if depth < g.allOptional {
			for _, mm := range sh.Members {
				if mm.Required || mm.Shape == nil || mm.Shape.EventStream {
					continue
				}
				if v, ok := g.value(mm.Shape, mm, depth+1); ok {
					d = append(d, kv{mm.Name, v})
				}
			}
		} else if depth == 0 && g.optional != nil {
			if mm := g.optional(sh); mm != nil {
				if v, ok := g.value(mm.Shape, mm, depth+1); ok {
					d = append(d, kv{mm.Name, v})
				}
			}
		}
		return d, true
	case "list":
		n := int(math.Ceil(min))
		if n < 1 {
			n = 1
		}
		if n > 5 {
			return nil, false
		}
		var l pList
		for range n {
			v, ok := g.value(sh.Member, nil, depth+1)
			if !ok {
				return nil, false
			}
			l = append(l, v)
		}
		return l, true
	case "map":
		k, ok := g.value(sh.Key, nil, depth+1)
		if !ok {
			return nil, false
		}
		ks, isStr := k.(pStr)
		if !isStr {
			return nil, false
		}
		v, ok := g.value(sh.Value, nil, depth+1)
		if !ok {
			return nil, false
		}
		return pDict{{string(ks), v}}, true
	case "string":
		if len(sh.Enum) > 0 {
			return pStr(sh.Enum[0]), true
		}
		n := int(math.Ceil(min))
		if n > 256 {
			return nil, false
		}
		if n <= 3 {
			return pStr("abc"), true
		}
		return pStr(strings.Repeat("a", n)), true
	case "integer", "long":
		if sh.Min != nil {
			return pInt(int64(math.Ceil(*sh.Min))), true
		}
		return pInt(1), true
	case "float", "double":
		if sh.Min != nil && *sh.Min > 1.5 {
			return pFloat(*sh.Min), true
		}
		return pFloat(1.5), true
	case "boolean":
		return pBool(true), true
	case "timestamp":
		return pInt(1600000000), true
	case "blob":
		return pBytes("data"), true
	}
	return nil, false
}

// snake returns a case or underscore variant of a member name that is not
// the name itself: MaxKeys -> max_keys, bucket -> Bucket.
func snake(name string) string {
	var b strings.Builder
	for i, r := range name {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r + ('a' - 'A'))
			continue
		}
		b.WriteRune(r)
	}
	s := b.String()
	if s == name {
		// All lower case already: capitalize.
		if s == "" || s[0] < 'a' || s[0] > 'z' {
			return ""
		}
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// kwargs renders a top-level dict as call arguments: Name=value, and
// **{"from": value} for names that cannot be keywords.
func kwargs(d pDict) []string {
	var out []string
	var splat pDict
	for _, e := range d {
		if syntax.IsName(e.k) {
			out = append(out, e.k+"="+e.v.py())
		} else {
			splat = append(splat, e)
		}
	}
	if len(splat) > 0 {
		out = append(out, "**"+splat.py())
	}
	return out
}

func callText(recv, method string, positional []string, d pDict, extra ...string) string {
	args := append(append(append([]string(nil), positional...), kwargs(d)...), extra...)
	return fmt.Sprintf("%s.%s(%s)", recv, method, strings.Join(args, ", "))
}
