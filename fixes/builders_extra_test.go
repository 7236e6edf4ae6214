package fixes

import (
	"testing"

	"github.com/botolint/botolint/analysis/syntax"
)

func TestAddImportsFrom(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"merge", "import boto3\nfrom botocore.exceptions import ClientError\n", "import boto3\nfrom botocore.exceptions import ClientError, NoCredentialsError, WaiterError as WE\n"},
		{"new line", "\"\"\"Doc.\"\"\"\nimport boto3\n\nx = 1\n", "\"\"\"Doc.\"\"\"\nimport boto3\nfrom botocore.exceptions import NoCredentialsError, WaiterError as WE\n\nx = 1\n"},
		{"nothing missing", "from botocore.exceptions import NoCredentialsError, WaiterError  as  WE\n", "from botocore.exceptions import NoCredentialsError, WaiterError  as  WE\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tree := syntax.Parse([]byte(tc.src))
			edits := AddImportsFrom(tree, "botocore.exceptions", []string{"NoCredentialsError", "WaiterError as WE", "NoCredentialsError"}, syntax.Node{})
			out, err := Apply([]byte(tc.src), edits)
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", out, tc.want)
			}
		})
	}
}

func TestAddImportsFromSkip(t *testing.T) {
	src := "from botocore.exceptions import ClientError\n"
	tree := syntax.Parse([]byte(src))
	stmt := tree.Root().NamedChild(0)
	edits := AddImportsFrom(tree, "botocore.exceptions", []string{"WaiterError"}, stmt)
	if len(edits) != 1 || edits[0].NewText != "from botocore.exceptions import WaiterError\n" {
		t.Errorf("skip not honoured: %+v", edits)
	}
}

func TestHoistStatement(t *testing.T) {
	src := "def f(items):\n    for item in items:\n        for part in item:\n            s3 = boto3.client(\n                \"s3\",\n            )  # shared\n            s3.put_object(Key=part)\n"
	want := "def f(items):\n    s3 = boto3.client(\n        \"s3\",\n    )  # shared\n    for item in items:\n        for part in item:\n            s3.put_object(Key=part)\n"
	tree := syntax.Parse([]byte(src))
	var loop, stmt syntax.Node
	for n := range tree.Root().Descendants() {
		if n.Is(syntax.KindForStatement) && !loop.Valid() {
			loop = n
		}
		if n.Is(syntax.KindExpressionStatement) && !stmt.Valid() {
			stmt = n
		}
	}
	edits, ok := HoistStatement(tree, stmt, loop)
	if !ok {
		t.Fatal("not hoisted")
	}
	out, err := Apply([]byte(src), edits)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	ml := "for x in y:\n    s = \"\"\"a\nb\"\"\"\n"
	mt := syntax.Parse([]byte(ml))
	var mloop, mstmt syntax.Node
	for n := range mt.Root().Descendants() {
		if n.Is(syntax.KindForStatement) && !mloop.Valid() {
			mloop = n
		}
		if n.Is(syntax.KindExpressionStatement) && !mstmt.Valid() {
			mstmt = n
		}
	}
	if _, ok := HoistStatement(mt, mstmt, mloop); ok {
		t.Error("hoisted a statement with a multi-line string")
	}
}
