package lsp_test

import (
	"testing"

	"github.com/botolint/botolint/lsp/lsptest"
)

const catalogSource = `import boto3

s3 = boto3.client("s3")
s3.list_objects_v2(Bucket="b")
s3.head_object(Bucket="b", Key="k")
f(bucket="b")  # noqa: BTO991
res = boto3.resource("dynamodb")
try:
    s3.get_object(Bucket="b", Key="k")
except s3.exceptions.NoSuchKey:
    pass
`

func TestHover(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	d := c.Open("hover.py", catalogSource+"g(bucket=1)\n")
	c.Diagnostics(d, 1)
	cases := []struct {
		name string
		at   string
		skip int
		want []string
	}{
		{"noqa code", "BTO991\n", 2, []string{"**BTO991** `test-safe`", "Test rule", "BTO991.md"}},
		{"finding", "bucket=1", 1, []string{"**BTO991**", "`bucket` should be `Bucket`", "Test rule"}},
		{"operation", "list_objects_v2(", 3, []string{"list_objects_v2(*, Bucket: str", "**ListObjectsV2** operation of S3",
			"- `Bucket`: `str` **required**", "Pageable: `get_paginator(\"list_objects_v2\")`"}},
		{"waiters", "head_object", 2, []string{"**HeadObject**", "Waiters polling it:", "`object_exists`", "`object_not_exists`"}},
		{"service name", `"s3"`, 1, []string{"**S3** (`s3`)", "Resource interface: `boto3.resource(\"s3\")`", "operations"}},
		{"factory", "client(", 2, []string{"**S3** (`s3`)"}},
		{"resource", `"dynamodb"`, 2, []string{"(`dynamodb`)", "Resource interface"}},
		{"exception", "NoSuchKey", 2, []string{"**NoSuchKey**", "Error code: `NoSuchKey`"}},
	}
	for _, tc := range cases {
		h := c.Hover(d, c.At(d, tc.at, tc.skip))
		text := lsptest.HoverText(h)
		if missing := containsAll(text, tc.want...); len(missing) > 0 {
			t.Errorf("%s: hover lacks %q:\n%s", tc.name, missing, text)
		}
	}
	if h := c.Hover(d, c.At(d, "import", 0)); h != nil {
		t.Errorf("hover on import: %s", lsptest.HoverText(h))
	}
}
