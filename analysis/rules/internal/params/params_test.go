package params

import (
	"testing"

	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// TestClassify checks the Python types the engine reads from source.
func TestClassify(t *testing.T) {
	cases := []struct {
		expr string
		typ  pyType
		str  string  // for known str values
		num  float64 // for int and float literals
		n    int     // element count, -1 when unknown
	}{
		{`"abc"`, tStr, "abc", 0, -1},
		{`'a' 'b'`, tStr, "ab", 0, -1},
		{`f"x{y}"`, tStr, "", 0, -1},
		{`b"x"`, tBytes, "x", 0, -1},
		{`rb"x"`, tBytes, "x", 0, -1},
		{`10`, tInt, "", 10, -1},
		{`-3`, tInt, "", -3, -1},
		{`0x10`, tInt, "", 16, -1},
		{`1.5`, tFloat, "", 1.5, -1},
		{`1j`, tUnknown, "", 0, -1},
		{`True`, tBool, "", 1, -1},
		{`None`, tNone, "", 0, -1},
		{`[1, 2]`, tList, "", 0, 2},
		{`[1, *rest]`, tList, "", 0, -1},
		{`(1,)`, tTuple, "", 0, 1},
		{`(1)`, tInt, "", 1, -1},
		{`{1, 2}`, tSet, "", 0, 2},
		{`{"a": 1}`, tDict, "", 0, -1},
		{`{k: v for k, v in x}`, tDict, "", 0, -1},
		{`[x for x in y]`, tList, "", 0, -1},
		{`(x for x in y)`, tGenerator, "", 0, -1},
		{`str(x)`, tStr, "", 0, -1},
		{`int(x)`, tInt, "", 0, -1},
		{`"%s" % x`, tStr, "", 0, -1},
		{`"a" + x`, tUnknown, "", 0, -1},
		{`CONST`, tStr, "value", 0, -1},
		{`json.dumps(x)`, tUnknown, "", 0, -1},
		{`x`, tUnknown, "", 0, -1},
	}
	for _, c := range cases {
		src := "import json\nCONST = \"value\"\nv = " + c.expr + "\n"
		tree := syntax.Parse([]byte(src))
		m := semantic.Build(tree, nil)
		var value syntax.Node
		for n := range tree.Root().Descendants() {
			if n.Is(syntax.KindAssignment) && n.ChildByField(syntax.FieldLeft).TextIs("v") {
				value = n.ChildByField(syntax.FieldRight)
			}
		}
		lit := classify(m, value)
		if lit.typ != c.typ {
			t.Errorf("%s: type %s, want %s", c.expr, lit.typ, c.typ)
			continue
		}
		if c.str != "" && (!lit.strKnown || lit.str != c.str) {
			t.Errorf("%s: str %q (known %v), want %q", c.expr, lit.str, lit.strKnown, c.str)
		}
		literalNumber := !syntax.Unparen(value).Is(syntax.KindCall)
		if (c.typ == tInt || c.typ == tFloat) && (lit.numKnown != literalNumber || lit.num != c.num) {
			t.Errorf("%s: num %v (known %v), want %v", c.expr, lit.num, lit.numKnown, c.num)
		}
		if c.n >= 0 && (!lit.countKnown || len(lit.elems) != c.n) {
			t.Errorf("%s: %d elements (known %v), want %d", c.expr, len(lit.elems), lit.countKnown, c.n)
		}
		if c.n < 0 && lit.countKnown && (c.typ == tList || c.typ == tTuple || c.typ == tSet) {
			t.Errorf("%s: element count should be unknown", c.expr)
		}
	}
}

func TestBadBucketName(t *testing.T) {
	for name, bad := range map[string]bool{
		"my-bucket":   false,
		"my.bucket_1": false,
		"MyBucket":    false, // the regex allows it; S3 rejects it later
		"arn:aws:s3:us-east-1:123456789012:accesspoint/ap":                       false,
		"arn:aws:s3-outposts:us-east-1:123456789012:outpost/op-1/accesspoint/ap": false,
		"arn:aws:s3express:us-east-1:123456789012:bucket/b--use1-az4--x-s3":      false,
		"s3://my-bucket":  true,
		"my-bucket/logs/": true,
		"":                true,
		"my bucket":       true,
	} {
		if got := badBucketName(name); got != bad {
			t.Errorf("badBucketName(%q) = %v, want %v", name, got, bad)
		}
	}
}

func TestKeywordNames(t *testing.T) {
	for name, ok := range map[string]bool{"Bucket": true, "from": false, "return": false, "x-amz": false, "_a1": true, "1a": false, "": false} {
		if got := syntax.IsName(name); got != ok {
			t.Errorf("syntax.IsName(%q) = %v", name, got)
		}
	}
}

// TestAliases checks botocore's parameter aliases against the embedded
// models: each alias must stand for a member the operation has.
func TestAliases(t *testing.T) {
	c := awsmodel.Embedded()
	check := func(service, method, alias, want string) {
		t.Helper()
		svc := c.Service(service)
		op := svc.Method(method)
		if op == nil || op.Input == nil {
			t.Fatalf("%s %s: no such operation", service, method)
		}
		got, ok := aliasTarget(svc, op, op.Input, alias)
		if !ok || got != want {
			t.Errorf("%s %s: alias %s -> %q %v, want %q", service, method, alias, got, ok, want)
		}
		if back, ok := aliasOf(svc, op, want); !ok || back != alias {
			t.Errorf("%s %s: aliasOf(%s) = %q %v", service, method, want, back, ok)
		}
	}
	check("logs", "create_export_task", "fromTime", "from")
	check("cloudsearchdomain", "search", "returnFields", "return")
	check("ec2", "describe_nat_gateways", "Filters", "Filter")
	svc := c.Service("ec2")
	op := svc.Method("describe_instances")
	if _, ok := aliasTarget(svc, op, op.Input, "Filter"); ok {
		t.Errorf("ec2 describe_instances has Filters itself: no alias applies")
	}
}
