package params

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/suggest"
	"github.com/botolint/botolint/analysis/syntax"
)

// expected names what botocore accepts for a shape type, for messages.
var expected = map[string]string{
	"structure": "a dict",
	"map":       "a dict",
	"list":      "a list or tuple",
	"string":    "a str",
	"integer":   "an int",
	"long":      "an int",
	"float":     "a number (int or float)",
	"double":    "a number (int or float)",
	"boolean":   "a bool (True or False)",
	"timestamp": "a datetime, an epoch number or a timestamp string",
	"blob":      "bytes, a str or a file object",
}

// accepts lists, per shape type, the Python types botocore's validator
// takes (validate.py: bool is an int, int passes for floats, tuple for
// lists, str for blobs). Timestamps are handled apart.
var accepts = map[string][]pyType{
	"structure": {tDict},
	"map":       {tDict},
	"list":      {tList, tTuple},
	"string":    {tStr},
	"integer":   {tInt, tBool},
	"long":      {tInt, tBool},
	"float":     {tInt, tFloat, tBool},
	"double":    {tInt, tFloat, tBool},
	"boolean":   {tBool},
	"blob":      {tStr, tBytes},
}

// rejectedTimestamps are the types parse_to_aware_datetime cannot read:
// numbers (epoch), strings and datetimes pass.
var rejectedTimestamps = []pyType{tNone, tDict, tList, tTuple, tSet, tGenerator}

// value checks one value against the shape of a member (m is nil for list
// elements and map keys and values).
func (c *checker) value(sh *awsmodel.Shape, m *awsmodel.Member, v syntax.Node, path string, top bool) {
	if sh == nil {
		return
	}
	lit := classify(c.p.Model, v)
	if lit.typ == tUnknown {
		return
	}
	if top && m != nil && relaxed(c.t.svc.Name, c.t.op.Name, m.Name, lit.typ) {
		return
	}
	if sh.Document {
		c.document(lit, path)
		return
	}
	if sh.Type == "string" && m != nil && m.Location == "header" && !m.HostLabel {
		// A jsonvalue header takes any JSON-encodable value and skips the
		// min check; the catalog does not say which headers are jsonvalue,
		// so string headers get the enum check only.
		if lit.typ == tStr && lit.strKnown {
			c.enum(sh, lit, path)
		}
		return
	}
	if c.t.plainAttributeValues && sh.Name == "AttributeValue" {
		return
	}
	if sh.Type == "timestamp" {
		if containsType(rejectedTimestamps, lit.typ) {
			c.wrongType(lit, sh, path)
		}
		return
	}
	ok, known := accepts[sh.Type]
	if !known {
		return
	}
	if !containsType(ok, lit.typ) {
		c.wrongType(lit, sh, path)
		return
	}
	switch sh.Type {
	case "structure":
		if !lit.node.Is(syntax.KindDictionary) {
			return
		}
		var entries []entry
		opaque := lit.opaque
		for _, pr := range lit.pairs {
			name, ok, isLit := dictKey(c.p.Model, pr.Key)
			if !ok {
				opaque = true
				continue
			}
			entries = append(entries, entry{name: name, key: pr.Key, value: pr.Value, node: pr.Node, literal: isLit})
		}
		c.structure(structure{shape: sh, entries: entries, opaque: opaque, anchor: lit.node, path: path})
	case "list":
		if lit.countKnown {
			c.minimum(sh, m, lit, float64(len(lit.elems)), path)
		}
		for i, e := range lit.elems {
			idx := "[" + strconv.Itoa(i) + "]"
			if !lit.countKnown {
				idx = "[]"
			}
			c.value(sh.Member, nil, e, path+idx, false)
		}
	case "map":
		for _, pr := range lit.pairs {
			c.value(sh.Key, nil, pr.Key, path+" (key)", false)
			sub := path + "[...]"
			if k, ok, _ := dictKey(c.p.Model, pr.Key); ok {
				sub = path + "." + k
			}
			c.value(sh.Value, nil, pr.Value, sub, false)
		}
	case "string":
		if top && m != nil && m.Name == "Bucket" && c.t.svc.Name == "s3" && lit.strKnown && badBucketName(lit.str) {
			c.add(CodeType, lit.node, 0, nil,
				"%s is not a valid S3 bucket name (botocore's validate_bucket_name raises ParamValidationError): use the bare name, letters, digits, `.`, `-` and `_` only, or an access point ARN",
				lit.short())
			return
		}
		if lit.strKnown {
			if c.minimum(sh, m, lit, float64(lit.length()), path) {
				return
			}
			c.enum(sh, lit, path)
		}
	case "integer", "long", "float", "double":
		if lit.numKnown {
			c.minimum(sh, m, lit, lit.num, path)
		}
	}
}

// minimum checks botocore's range_check: the model's min, or an implicit
// min of 1 for a member bound to the host name. It reports and returns
// true when the value is below it.
func (c *checker) minimum(sh *awsmodel.Shape, m *awsmodel.Member, lit literal, got float64, path string) bool {
	var min float64
	switch {
	case sh.Min != nil:
		min = *sh.Min
	case m != nil && m.HostLabel:
		min = 1
	default:
		return false
	}
	if got >= min {
		return false
	}
	switch sh.Type {
	case "string":
		unit := "characters"
		if min == 1 {
			unit = "character"
		}
		if lit.str == "" {
			c.add(CodeType, lit.node, 0, nil, "`%s` must be at least %s %s long, got an empty string (%s)", path, num(min), unit, c.t.label())
		} else {
			c.add(CodeType, lit.node, 0, nil, "`%s` must be at least %s %s long, got %d (%s)", path, num(min), unit, int(got), c.t.label())
		}
	case "list":
		unit := "items"
		if min == 1 {
			unit = "item"
		}
		c.add(CodeType, lit.node, 0, nil, "`%s` needs at least %s %s, got %d (%s)", path, num(min), unit, int(got), c.t.label())
	default:
		c.add(CodeType, lit.node, 0, nil, "`%s` must be at least %s, got %s (%s)", path, num(min), lit.short(), c.t.label())
	}
	return true
}

// enum warns about a literal string that is not one of the model's values.
// botocore does not check enums; the service rejects the request.
func (c *checker) enum(sh *awsmodel.Shape, lit literal, path string) {
	if len(sh.Enum) == 0 || containsString(sh.Enum, lit.str) {
		return
	}
	hint := ""
	if best, unique := suggest.Closest(lit.str, sh.Enum); unique {
		hint = fmt.Sprintf("; did you mean %q?", best)
	} else {
		hint = "; it takes " + enumChoices(sh.Enum)
	}
	c.add(CodeType, lit.node, analysis.SeverityWarning, nil,
		"%q is not a valid value of `%s` (%s): the service rejects it%s", lit.str, path, c.t.label(), hint)
}

func enumChoices(values []string) string {
	const limit = 6
	quoted := make([]string, 0, limit)
	for i, v := range values {
		if i == limit {
			return strings.Join(quoted, ", ") + fmt.Sprintf(" ... (%d in all)", len(values))
		}
		quoted = append(quoted, strconv.Quote(v))
	}
	return join(quoted)
}

// document checks a document value: any JSON-like value (dict, list, str,
// int, bool, float, None), recursively; tuples, sets and bytes fail.
func (c *checker) document(lit literal, path string) {
	switch lit.typ {
	case tDict:
		for _, pr := range lit.pairs {
			c.document(classify(c.p.Model, pr.Value), path)
		}
	case tList:
		for _, e := range lit.elems {
			c.document(classify(c.p.Model, e), path)
		}
	case tTuple, tSet, tBytes, tGenerator:
		c.add(CodeType, lit.node, 0, nil,
			"`%s` is a document: it takes dicts, lists, str, int, float, bool and None, not %s `%s` (%s)",
			path, lit.typ, lit.short(), c.t.label())
	}
}

func (c *checker) wrongType(lit literal, sh *awsmodel.Shape, path string) {
	if lit.typ == tNone {
		c.add(CodeType, lit.node, 0, nil,
			"`%s` is None, which botocore rejects (it expects %s): leave the parameter out instead (%s)",
			path, expected[sh.Type], c.t.label())
		return
	}
	c.add(CodeType, lit.node, 0, nil, "`%s` must be %s, not %s `%s` (%s)",
		path, expected[sh.Type], lit.typ, lit.short(), c.t.label())
}

func containsType(list []pyType, t pyType) bool {
	for _, x := range list {
		if x == t {
			return true
		}
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// num formats a model bound: 1 rather than 1.000000.
func num(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func foldMatches(name string, candidates []string) []string {
	return suggest.FoldMatch(name, candidates)
}

func closest(name string, candidates []string) (string, bool) {
	return suggest.Closest(name, candidates)
}
