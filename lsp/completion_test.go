package lsp_test

import (
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/lsp/lsptest"
)

// complete opens src, where "|" marks the cursor, and returns the items.
func complete(t *testing.T, c *lsptest.Client, name, src string) ([]protocol.CompletionItem, *lsptest.Doc) {
	t.Helper()
	i := strings.Index(src, "|")
	d := c.Open(name, src[:i]+src[i+1:])
	return c.Completion(d, c.Position(d, i)), d
}

func TestCompletion(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	head := "import boto3\ns3 = boto3.client(\"s3\")\n"
	cases := []struct {
		name    string
		src     string
		want    []string
		notWant []string
	}{
		{"client service", `import boto3
x = boto3.client("|")
`, []string{"s3", "dynamodb", "lambda"}, nil},
		{"client service partial", `import boto3
x = boto3.client('dyn|
`, []string{"dynamodb", "dynamodbstreams"}, nil},
		{"session client", `import boto3
session = boto3.Session()
x = session.client(service_name="|")
`, []string{"ec2"}, nil},
		{"resource service", `import boto3
x = boto3.resource("|")
`, []string{"s3", "dynamodb"}, []string{"lambda"}},
		{"not a factory", `import boto3
x = print("|")
`, nil, []string{"s3"}},
		{"operations", head + "s3.|\n", []string{"list_objects_v2", "put_object", "get_paginator", "upload_file"}, []string{"NoSuchKey"}},
		{"operations partial", head + "s3.list_ob|\nprint(1)\n", []string{"list_objects_v2"}, nil},
		{"operations self", `import boto3
class A:
    def __init__(self):
        self.s3 = boto3.client("s3")
    def f(self):
        self.s3.|
`, []string{"list_buckets"}, nil},
		{"exceptions", head + "try:\n    pass\nexcept s3.exceptions.|\n", []string{"NoSuchKey", "NoSuchBucket", "ClientError"}, []string{"list_objects_v2"}},
		{"parameters", head + "s3.put_object(|)\n", []string{"Bucket=", "Key=", "Body="}, nil},
		{"parameters given", head + "s3.put_object(Bucket=\"b\", |)\n", []string{"Key="}, []string{"Bucket="}},
		{"paginator", head + "p = s3.get_paginator(\"|\")\n", []string{"list_objects_v2", "list_buckets"}, []string{"put_object"}},
		{"waiter", head + "w = s3.get_waiter('|')\n", []string{"bucket_exists", "object_exists"}, nil},
		{"waiter config", head + "w = s3.get_waiter('bucket_exists')\nw.wait(Bucket='b', WaiterConfig={|})\n", []string{"Delay", "MaxAttempts"}, nil},
		{"waiter config string", head + "w = s3.get_waiter('bucket_exists')\nw.wait(Bucket='b', WaiterConfig={\"|\"})\n", []string{"Delay", "MaxAttempts"}, nil},
		{"pagination config", head + "p = s3.get_paginator('list_objects_v2')\np.paginate(Bucket='b', PaginationConfig={'MaxItems': 10, |})\n",
			[]string{"PageSize", "StartingToken"}, []string{"MaxItems"}},
		{"nothing in a comment", head + "# s3.|\n", nil, []string{"list_objects_v2"}},
	}
	for i, tc := range cases {
		items, _ := complete(t, c, "complete"+strings.ReplaceAll(tc.name, " ", "_")+".py", tc.src)
		labels := lsptest.Labels(items)
		for _, w := range tc.want {
			if !contains(labels, w) {
				t.Errorf("%d %s: no %q in %d items %.300q", i, tc.name, w, len(labels), labels)
			}
		}
		for _, w := range tc.notWant {
			if contains(labels, w) {
				t.Errorf("%d %s: unexpected %q", i, tc.name, w)
			}
		}
	}
}

func TestCompletionDetails(t *testing.T) {
	c := newClient(t, lsptest.Options{Snippets: true})
	head := "import boto3\ns3 = boto3.client(\"s3\")\n"
	items, _ := complete(t, c, "params.py", head+"s3.put_object(|)\n")
	// Required parameters come first (by sort text), as snippets.
	var required []string
	for _, it := range items {
		if st, _ := it.SortText.Get(); strings.HasPrefix(st, "0") {
			required = append(required, it.Label)
		}
	}
	if strings.Join(required, ",") != "Bucket=,Key=" {
		t.Errorf("required first: %v", required)
	}
	for _, it := range items {
		if it.Label == "Bucket=" {
			te, ok := it.TextEdit.(*protocol.TextEdit)
			if !ok || te.NewText != `Bucket="$1"` || it.InsertTextFormat != protocol.InsertTextFormatSnippet {
				t.Errorf("Bucket item %+v %+v", it, it.TextEdit)
			}
		}
	}
	// The text edit of a service name replaces what was typed.
	items, d := complete(t, c, "partial.py", "import boto3\nx = boto3.client('dyn|')\n")
	for _, it := range items {
		if it.Label == "dynamodb" {
			te := it.TextEdit.(*protocol.TextEdit)
			if got := c.Text(d, te.Range); got != "dyn" {
				t.Errorf("service item replaces %q", got)
			}
		}
	}
	// Without snippet support: plain names.
	p := newClient(t, lsptest.Options{})
	items, _ = complete(t, p, "plain.py", head+"s3.put_object(|)\n")
	for _, it := range items {
		if te := it.TextEdit.(*protocol.TextEdit); strings.Contains(te.NewText, "$") {
			t.Errorf("snippet sent to a client without snippet support: %q", te.NewText)
		}
	}
}

func TestSignatureHelp(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	d := c.Open("sig.py", "import boto3\ns3 = boto3.client(\"s3\")\ns3.put_object(Bucket=\"b\", Key=\"k\")\n")
	h := c.SignatureHelp(d, c.After(d, "Key="))
	if h == nil || len(h.Signatures) != 1 {
		t.Fatalf("signature help: %+v", h)
	}
	sig := h.Signatures[0]
	if !strings.HasPrefix(sig.Label, "put_object(*, Bucket: str, Key: str, ") {
		t.Errorf("label %q", sig.Label)
	}
	active, ok := sig.ActiveParameter.Get()
	if !ok || int(active) >= len(sig.Parameters) {
		t.Fatalf("active parameter %v", sig.ActiveParameter)
	}
	span := sig.Parameters[active].Label.(protocol.ParameterInformationLabelTuple)
	if got := sig.Label[span[0]:span[1]]; got != "Key: str" {
		t.Errorf("active parameter %q", got)
	}
	if h := c.SignatureHelp(d, c.After(d, "client(")); h != nil {
		t.Errorf("signature help outside an operation call: %+v", h)
	}
}
