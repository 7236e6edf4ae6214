package awsmodel

import (
	"strings"
	"testing"
)

func TestParseJSONKeepsOrder(t *testing.T) {
	o, err := parseJSON([]byte(`{"z": 1, "a": {"y": true, "b": null}, "m": [1.5, "x", -2e3, false]}`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(o.keys, ",") != "z,a,m" {
		t.Errorf("keys %v", o.keys)
	}
	if strings.Join(o.obj("a").keys, ",") != "y,b" {
		t.Errorf("nested keys %v", o.obj("a").keys)
	}
	if n, ok := o.num("z"); !ok || n != 1 {
		t.Errorf("z = %v", n)
	}
	arr := o.arr("m")
	if len(arr) != 4 || arr[1] != "x" || arr[3] != false || arr[2] != jsonNumber("-2e3") {
		t.Errorf("m = %#v", arr)
	}
}

func TestParseJSONStrings(t *testing.T) {
	o, err := parseJSON([]byte(`{"s": "a\"b\\c\/d\n\u00e9\ud83d\ude00", "plain": "abc"}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := o.str("s"); got != "a\"b\\c/d\n\u00e9\U0001F600" {
		t.Errorf("s = %q", got)
	}
	if o.str("plain") != "abc" {
		t.Errorf("plain = %q", o.str("plain"))
	}
}

func TestParseJSONErrors(t *testing.T) {
	for _, in := range []string{``, `[]`, `{`, `{"a"}`, `{"a": }`, `{"a": 1,}`, `{"a": tru}`, `{"a": "x}`, `{"a": 1} x`, `{"a": "\q"}`, `{"a": 01x}`} {
		if _, err := parseJSON([]byte(in)); err == nil {
			t.Errorf("parseJSON(%q) succeeded", in)
		}
	}
	deep := strings.Repeat(`{"a":`, 1000) + "1" + strings.Repeat("}", 1000)
	if _, err := parseJSON([]byte(deep)); err == nil {
		t.Error("deep nesting should be rejected")
	}
}

// TestDeepMerge follows botocore.utils.deep_merge: objects merge, anything
// else replaces, replaced keys keep their position and new keys go last.
func TestDeepMerge(t *testing.T) {
	base, _ := parseJSON([]byte(`{"a": {"x": 1, "y": [1]}, "b": 2, "c": {"k": 1}}`))
	extra, _ := parseJSON([]byte(`{"a": {"y": [2], "z": 3}, "c": 5, "d": {"n": 1}}`))
	deepMerge(base, extra)
	if strings.Join(base.keys, ",") != "a,b,c,d" {
		t.Errorf("keys %v", base.keys)
	}
	a := base.obj("a")
	if strings.Join(a.keys, ",") != "x,y,z" {
		t.Errorf("a keys %v", a.keys)
	}
	if y := a.arr("y"); len(y) != 1 || y[0] != jsonNumber("2") {
		t.Errorf("a.y = %v (lists are replaced, not merged)", y)
	}
	if c, _ := base.get("c"); c != jsonNumber("5") {
		t.Errorf("c = %v", c)
	}
}

func TestJSONObjectIndex(t *testing.T) {
	o := &jsonObject{}
	for i := range 40 {
		o.set(strings.Repeat("k", i+1), i)
	}
	o.set("kkk", "replaced")
	if v, _ := o.get("kkk"); v != "replaced" || o.keys[2] != "kkk" || len(o.keys) != 40 {
		t.Errorf("indexed set: %v %v", v, len(o.keys))
	}
	if _, ok := o.get("missing"); ok {
		t.Error("missing key found")
	}
}
