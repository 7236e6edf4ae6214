package semantic

import (
	"fmt"
	"strings"
	"testing"

	"github.com/botolint/botolint/analysis/syntax"
)

// fakeServices knows a few services and resource types, enough to test
// resolution without the catalog.
type fakeServices struct{}

var fakeServiceNames = []string{"cognito-idp", "dynamodb", "ec2", "ecs", "efs", "emr", "kinesis", "kms", "lambda", "logs", "s3", "sns", "sqs", "sts"}

func (fakeServices) HasService(name string) bool {
	for _, n := range fakeServiceNames {
		if n == name {
			return true
		}
	}
	return false
}
func (fakeServices) ServiceNames() []string { return fakeServiceNames }
func (fakeServices) HasResourceInterface(name string) bool {
	return name == "s3" || name == "dynamodb" || name == "ec2"
}
func (fakeServices) SubResource(service, parent, attr string) (string, bool) {
	switch {
	case service == "dynamodb" && parent == "" && attr == "Table":
		return "Table", true
	case service == "s3" && parent == "" && (attr == "Bucket" || attr == "Object"):
		return attr, true
	case service == "s3" && parent == "Bucket" && attr == "Object":
		return "Object", true
	}
	return "", false
}
func (fakeServices) ResourceType(service, t string) bool {
	return service == "dynamodb" && t == "Table" || service == "s3" && (t == "Bucket" || t == "Object")
}
func (fakeServices) OperationMethod(service, op string) (string, bool) {
	if op == "ListObjectsV2" {
		return "list_objects_v2", true
	}
	return "", false
}
func (fakeServices) WaiterMethod(service, w string) (string, bool) {
	if w == "BucketExists" {
		return "bucket_exists", true
	}
	return "", false
}

// resolveMarked resolves every expression marked with a trailing comment
// "# is: <value>" on its line: the expression is the text between the
// first "<<" and ">>" markers... kept simple: the marked expression is the
// right-hand side of an "x = EXPR" line or the whole expression statement.
func check(t *testing.T, src string) {
	t.Helper()
	tree := syntax.Parse([]byte(src))
	m := Build(tree, fakeServices{})
	lines := strings.Split(src, "\n")
	checked := 0
	for _, c := range tree.Comments() {
		text := c.Text()
		want, ok := strings.CutPrefix(text, "# is: ")
		if !ok {
			continue
		}
		line, _ := tree.Lines().ByteColumn(c.Start())
		stmt := syntax.StatementOf(tree.NodeAt(tree.Lines().LineStart(line) + len(lines[line]) - len(strings.TrimLeft(lines[line], " "))))
		for !stmt.Is(syntax.KindExpressionStatement) && stmt.Valid() {
			// Take the last expression statement of a compound header line.
			stmt = syntax.StatementOf(stmt.Parent())
		}
		expr := stmt.NamedChild(0)
		if expr.Is(syntax.KindAssignment) {
			expr = expr.ChildByField(syntax.FieldRight)
		}
		got := m.Resolve(expr).String()
		if got != want {
			t.Errorf("line %d: %s resolves to %s, want %s", line+1, expr.Text(), got, want)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no '# is:' markers")
	}
}

func TestResolveClients(t *testing.T) {
	check(t, `import boto3
import boto3 as b3
from boto3 import client as mk, resource
import botocore.session
from botocore.config import Config
SERVICE = "s3"

a = boto3.client("s3")  # is: client(s3)
a2 = b3.client(service_name="dynamodb")  # is: client(dynamodb)
a3 = mk(SERVICE)  # is: client(s3)
a4 = boto3.client(unknown_var)  # is: client()
a5 = boto3.client("runtime.sagemaker")  # is: client(sagemaker-runtime)
r = resource("dynamodb")  # is: service resource(dynamodb)
s = boto3.Session(profile_name="p")  # is: session
s2 = boto3.session.Session()  # is: session
c = s.client("s3")  # is: client(s3)
r2 = s.resource("s3")  # is: service resource(s3)
bc = botocore.session.get_session().create_client("s3")  # is: client(s3)
t = r.Table("users")  # is: resource(dynamodb.Table)
o = r2.Bucket("b").Object("k")  # is: resource(s3.Object)
mc = t.meta.client  # is: client(dynamodb)
p = c.get_paginator("list_objects_v2")  # is: paginator(s3, list_objects_v2)
w = c.get_waiter("bucket_exists")  # is: waiter(s3, bucket_exists)
cfg = Config(retries={"mode": "standard"})  # is: config
x = c.exceptions.NoSuchKey  # is: modeled exception(s3, NoSuchKey)
y = len("x")  # is: unknown
z = (boto3.client("s3"), 1)  # is: container(unknown)
`)
}

func TestResolveScopes(t *testing.T) {
	check(t, `import boto3
from mypy_boto3_s3 import S3Client
from mypy_boto3_s3.paginator import ListObjectsV2Paginator
from mypy_boto3_dynamodb.service_resource import Table
from typing import Optional
from botocore.exceptions import ClientError

s3 = boto3.client("s3")
ambiguous = boto3.client("s3")
ambiguous = boto3.client("dynamodb")
lazy = None

def f():
    s3  # is: client(s3)
    ambiguous  # is: unknown

def g(s3):
    s3  # is: unknown

def g2(s3=boto3.client("s3")):
    s3  # is: unknown

def h(c: S3Client, t: "Table", p: Optional[ListObjectsV2Paginator] = None, q: S3Client | None = None):
    c  # is: client(s3)
    t  # is: resource(dynamodb.Table)
    p  # is: paginator(s3, list_objects_v2)
    q  # is: client(s3)

def cached():
    global lazy
    if lazy is None:
        lazy = boto3.client("sqs")
    return lazy

def uses_cached():
    lazy  # is: client(sqs)
    cached()  # is: client(sqs)

class Store:
    table_name = "t"

    def __init__(self):
        self.client = None
        self.ddb = boto3.resource("dynamodb")

    def connect(self):
        self.client = boto3.client("s3")

    def use(self):
        self.client  # is: client(s3)
        self.ddb.Table(self.table_name)  # is: resource(dynamodb.Table)

    def other(this):
        this.client  # is: client(s3)

    @staticmethod
    def static(x):
        x.client  # is: unknown

def catch():
    try:
        pass
    except ClientError as e:
        e  # is: caught error(, ClientError)
    except s3.exceptions.NoSuchKey as e2:
        e2  # is: caught error(s3, NoSuchKey)

a, b = boto3.client("s3"), boto3.client("dynamodb")
b  # is: client(dynamodb)
[x for x in [s3]]  # is: container(client(s3))
`)
}

func TestImportsAWS(t *testing.T) {
	for src, want := range map[string]bool{
		"import boto3\n":                       true,
		"from botocore.exceptions import X\n":  true,
		"import aioboto3\n":                    true,
		"from mypy_boto3_s3 import S3Client\n": true,
		"import os\nboto3 = 1\n":               false,
		"def f():\n    import boto3.session\n": true,
		"import boto3_helper\n":                false,
	} {
		m := Build(syntax.Parse([]byte(src)), nil)
		if m.ImportsAWS() != want {
			t.Errorf("%q: ImportsAWS = %v", src, m.ImportsAWS())
		}
	}
}

func TestQualifiedNames(t *testing.T) {
	src := "import sys\nfrom os import _exit as ex\nimport boto3.exceptions\nsys.exit\nex\nexit\nboto3.exceptions.ClientError\n"
	tree := syntax.Parse([]byte(src))
	m := Build(tree, nil)
	want := []string{"sys.exit", "os._exit", "builtins.exit", "boto3.exceptions.ClientError"}
	i := 0
	for st := range tree.Root().Args() {
		if !st.Is(syntax.KindExpressionStatement) {
			continue
		}
		q, ok := m.QualifiedName(st.NamedChild(0))
		if !ok || q != want[i] {
			t.Errorf("%s: %q, %v; want %q", st.Text(), q, ok, want[i])
		}
		i++
	}
}

func TestCyclesEndUnknown(t *testing.T) {
	src := "a = b\nb = a\nc = c\ndef f(): return f()\nx = f()\n"
	m := Build(syntax.Parse([]byte(src)), nil)
	for st := range m.Tree.Root().Args() {
		if v := m.Resolve(st.NamedChild(0).ChildByField(syntax.FieldRight)); v.Known() {
			t.Errorf("%s resolved to %s", st.Text(), v)
		}
	}
}

// TestLazyScopes checks that function scopes are built on first use, with
// the same bindings a full build would give, nested classes included.
func TestLazyScopes(t *testing.T) {
	src := `import boto3

def outer(a, b=1):
    x = boto3.client("s3")
    class Inner:
        attr = 1
        def m(self, y):
            self.c = boto3.client("sqs")
            z = [w for w in y if (v := w)]
            return z
    return Inner

def other(q):
    global G
    G = boto3.client("sns")
    return q
`
	m := Build(syntax.Parse([]byte(src)), nil)
	var lazy int
	for _, s := range m.scopes {
		if s.lazy.Load() {
			lazy++
		}
	}
	if lazy == 0 {
		t.Fatal("no scope was left lazy")
	}
	if len(m.Module.Bindings["G"]) != 1 {
		t.Errorf("the global assignment in a lazy function did not bind the module name")
	}
	// Filling: bindings of every scope, in order.
	var got []string
	for _, s := range m.Scopes() {
		var names []string
		for _, b := range s.Order {
			names = append(names, b.Name)
		}
		got = append(got, fmt.Sprintf("%s:%s", s.Name(), strings.Join(names, ",")))
	}
	want := []string{
		":boto3,outer,other,G", "outer:a,b,x,Inner", "Inner:attr,m", "m:self,y,z,v", ":w", "other:q",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("scopes:\n%v\nwant\n%v", got, want)
	}
	for _, s := range m.Scopes() {
		if s.lazy.Load() {
			t.Errorf("scope %q still lazy after Scopes()", s.Name())
		}
	}
}
