package project

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// writeTree writes files (path -> text) under a new temporary folder and
// returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, text := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// checkProject indexes files under root and checks, in each, the
// expressions marked `# is: <value>` (the marked line's expression
// statement, or the right side of its assignment).
func checkProject(t *testing.T, files map[string]string, roots ...string) {
	t.Helper()
	checkProjectWith(t, 0, files, roots...)
}

// checkProjectWith is checkProject with an index that holds budget bytes
// of summaries.
func checkProjectWith(t *testing.T, budget int, files map[string]string, roots ...string) {
	t.Helper()
	root := writeTree(t, files)
	svc := analysis.Services(awsmodel.Embedded())
	var absRoots []string
	for _, r := range roots {
		absRoots = append(absRoots, filepath.Join(root, r))
	}
	if len(absRoots) == 0 {
		absRoots = []string{root}
	}
	ix := New(Options{Services: svc, Roots: absRoots, SummaryBudget: budget})
	var sources []Source
	var names []string
	for p := range files {
		names = append(names, p)
		sources = append(sources, Source{Path: filepath.Join(root, filepath.FromSlash(p))})
	}
	ix.AddAll(context.Background(), sources, nil)
	sort.Strings(names)
	checked := 0
	for _, p := range names {
		path := filepath.Join(root, filepath.FromSlash(p))
		src := []byte(files[p])
		tree := syntax.Parse(src)
		m := semantic.BuildModule(tree, svc, ix.KeyOf(path), ix)
		lines := strings.Split(files[p], "\n")
		for _, c := range tree.Comments() {
			want, ok := strings.CutPrefix(c.Text(), "# is: ")
			if !ok {
				continue
			}
			line, _ := tree.Lines().ByteColumn(c.Start())
			text := lines[line]
			stmt := syntax.StatementOf(tree.NodeAt(tree.Lines().LineStart(line) + len(text) - len(strings.TrimLeft(text, " "))))
			expr := stmt.NamedChild(0)
			if expr.Is(syntax.KindAssignment) {
				expr = expr.ChildByField(syntax.FieldRight)
			}
			v := m.Explain(expr)
			got := strings.ReplaceAll(v.String(), root+string(filepath.Separator), "")
			if got != want {
				t.Errorf("%s:%d: %s resolves to %s, want %s (%s)", p, line+1, expr.Text(), got, want, v.Why)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no '# is:' markers")
	}
}

// TestAcrossModules covers the shapes of issue 10 whose values cross a
// module boundary: module-level clients and factories imported (absolute,
// relative, through a module alias), parameters bound by callers in
// another module, constructors called elsewhere, base classes in another
// module, and imports that must not resolve.
func TestAcrossModules(t *testing.T) {
	checkProject(t, acrossModules)
}

// TestSummaryBudget resolves the same program with an index that can hold
// one summary at a time: the others are made again when read.
func TestSummaryBudget(t *testing.T) {
	checkProjectWith(t, 1, acrossModules)
}

var acrossModules = map[string]string{
	"app/__init__.py": "",
	"app/aws.py": `import boto3
import functools

s3_client = boto3.client("s3")
s3 = boto3.client("s3")

def make_s3():
    return boto3.client("s3")

@functools.cache
def make(service):
    return boto3.client(service)
`,
	"app/clients.py": `import boto3

def make_sqs():
    return boto3.client("sqs")
`,
	"app/main.py": `from app.aws import s3_client, make_s3
from .clients import make_sqs
from . import clients
import app.aws as aws
import app.aws
from app.aws import make as build

s3_client  # is: client(s3)
make_s3()  # is: client(s3)
make_sqs()  # is: client(sqs)
clients.make_sqs()  # is: client(sqs)
aws.s3  # is: client(s3)
app.aws.s3  # is: client(s3)
build("kms")  # is: client(kms)
`,
	"app/helpers.py": `def list_steps(cluster_id, emr):
    emr  # is: client(emr)
    return emr.list_steps(ClusterId=cluster_id)

class Steps:
    def __init__(self, emr_client):
        self.emr_client = emr_client

    def run(self):
        self.emr_client  # is: client(emr)
`,
	"app/caller.py": `import boto3
from app.helpers import list_steps, Steps

list_steps("j-1", boto3.client("emr"))
Steps(boto3.client("emr"))
`,
	"app/base.py": `class Base:
    service = None

    def __init__(self, session):
        self.client = session.client(self.service)
`,
	"app/child.py": `from .base import Base

class EFS(Base):
    service = "efs"

    def go(self):
        self.client  # is: client(efs)
`,
	"app/outside.py": `import thirdparty
import utils

thirdparty.s3  # is: symbol(thirdparty.s3)
utils.make()  # is: unknown
`,
	"one/utils.py":    "import boto3\n\ndef make():\n    return boto3.client('s3')\n",
	"two/utils.py":    "import boto3\n\ndef make():\n    return boto3.client('ec2')\n",
	"one/__init__.py": "",
	"two/__init__.py": "",
}

// TestSrcLayout checks that a src/ layout's package is imported by its
// name, and that a caller in another module that disagrees makes a
// parameter unknown.
func TestSrcLayout(t *testing.T) {
	checkProject(t, map[string]string{
		"src/pkg/__init__.py": "",
		"src/pkg/conn.py": `import boto3

def client():
    return boto3.client("dynamodb")

def use(c):
    c  # is: unknown
`,
		"tests/test_conn.py": `import boto3
from pkg.conn import client, use

client()  # is: client(dynamodb)
use(boto3.client("s3"))
use(boto3.client("sqs"))
`,
	}, ".")
}

// TestUpdate checks that a changed module changes what depends on it.
func TestUpdate(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a.py": "import boto3\nc = boto3.client('s3')\n",
		"b.py": "from a import c\nc\n",
	})
	svc := analysis.Services(awsmodel.Embedded())
	ix := New(Options{Services: svc, Roots: []string{root}})
	ix.AddAll(context.Background(), []Source{{Path: filepath.Join(root, "a.py")}, {Path: filepath.Join(root, "b.py")}}, nil)
	resolveB := func() string {
		src := []byte("from a import c\nc\n")
		tree := syntax.Parse(src)
		m := semantic.BuildModule(tree, svc, ix.KeyOf(filepath.Join(root, "b.py")), ix)
		return m.Resolve(tree.Root().NamedChild(1).NamedChild(0)).String()
	}
	if got := resolveB(); got != "client(s3)" {
		t.Fatalf("before: %s", got)
	}
	gen := ix.Generation()
	if ch := ix.Update(filepath.Join(root, "a.py"), []byte("import boto3\nc = boto3.client('sqs')\n")); len(ch.Modules) != 1 || ch.Structural() {
		t.Fatalf("Update reported %+v, want a.py changed", ch)
	}
	if ix.Generation() == gen {
		t.Error("the generation did not move")
	}
	if got := resolveB(); got != "client(sqs)" {
		t.Errorf("after the update: %s", got)
	}
	if ch := ix.Update(filepath.Join(root, "a.py"), []byte("import boto3\nc = boto3.client('sqs')\n")); !ch.Empty() {
		t.Errorf("the same text reported as a change: %+v", ch)
	}
	if ch := ix.Update(filepath.Join(root, "a.py"), []byte("import boto3\n\n# moved down\nc = boto3.client('sqs')\n")); !ch.Empty() {
		t.Errorf("a change that leaves the summary as it was reported as a change: %+v", ch)
	}
	if ch := ix.Remove(filepath.Join(root, "a.py")); !ch.Structural() {
		t.Errorf("Remove reported %+v", ch)
	}
	if got := resolveB(); got != "symbol(a.c)" {
		t.Errorf("after removing a.py: %s", got)
	}
}

// TestNewDefinition checks that summaries leave out the calls of names no
// module defines, and that a module that starts defining one makes the
// modules that call it summarized again: the parameter its callers bind
// resolves once the function exists, in an update and in AddAll.
func TestNewDefinition(t *testing.T) {
	root := writeTree(t, map[string]string{
		"caller.py":  "import boto3\nimport helpers\nhelpers.run(boto3.client('emr'))\n",
		"helpers.py": "def other():\n    pass\n",
	})
	svc := analysis.Services(awsmodel.Embedded())
	paramOf := func(ix *Index) string {
		src := []byte("def run(c):\n    c\n")
		tree := syntax.Parse(src)
		m := semantic.BuildModule(tree, svc, ix.KeyOf(filepath.Join(root, "helpers.py")), ix)
		def := tree.Root().NamedChild(0)
		body := def.ChildByField(syntax.FieldBody)
		return m.Resolve(body.NamedChild(0).NamedChild(0)).String()
	}
	ix := New(Options{Services: svc, Roots: []string{root}})
	ix.AddAll(context.Background(), []Source{{Path: filepath.Join(root, "caller.py")}, {Path: filepath.Join(root, "helpers.py")}}, nil)
	caller := ix.KeyOf(filepath.Join(root, "caller.py"))
	before, _ := ix.Summary(caller).MarshalBinary()
	ch := ix.Update(filepath.Join(root, "helpers.py"), []byte("def run(c):\n    c\n"))
	after, _ := ix.Summary(caller).MarshalBinary()
	if string(before) == string(after) {
		t.Error("caller.py was not summarized again when run came to be defined")
	}
	found := false
	for _, c := range ch.Modules {
		found = found || c.Key == caller
	}
	if !found {
		t.Errorf("the change %v does not name caller.py", ch.Modules)
	}
	if got := paramOf(ix); got != "client(emr)" {
		t.Errorf("after the update: c resolves to %s", got)
	}

	// The same program added at once.
	ix2 := New(Options{Services: svc, Roots: []string{root}})
	ix2.AddAll(context.Background(), []Source{{Path: filepath.Join(root, "caller.py")}, {Path: filepath.Join(root, "helpers.py"), Text: []byte("def run(c):\n    c\n")}}, nil)
	if got := paramOf(ix2); got != "client(emr)" {
		t.Errorf("after AddAll: c resolves to %s", got)
	}
	pruned, _ := ix2.Summary(caller).MarshalBinary()
	if string(pruned) != string(after) {
		t.Error("AddAll and Update made different summaries of caller.py")
	}
}

func TestDefinedNames(t *testing.T) {
	src := "def a():\n    class B:\n        async def c(self): pass\nasync  def\td(): pass\n" +
		"x = 'def e'\ndefault = 1\nclassic(1)\n@dec\ndef f(): pass\n  class Gé(Base): pass\ndef\n"
	got := strings.Join(definedNames([]byte(src)), ",")
	if want := "a,B,c,d,f,Gé"; got != want {
		t.Errorf("definedNames = %s, want %s", got, want)
	}
}

// TestOverlay checks that an editor's text stays a module's until Revert,
// whatever the file says meanwhile.
func TestOverlay(t *testing.T) {
	root := writeTree(t, map[string]string{"a.py": "import boto3\nc = boto3.client('s3')\n"})
	svc := analysis.Services(awsmodel.Embedded())
	ix := New(Options{Services: svc, Roots: []string{root}})
	path := filepath.Join(root, "a.py")
	global := func() string {
		src := []byte("from a import c\nc\n")
		tree := syntax.Parse(src)
		m := semantic.BuildModule(tree, svc, ix.KeyOf(filepath.Join(root, "b.py")), ix)
		return m.Resolve(tree.Root().NamedChild(1).NamedChild(0)).String()
	}
	ix.Update(path, []byte("import boto3\nc = boto3.client('sqs')\n"))
	ix.AddAll(context.Background(), []Source{{Path: path}}, nil)
	if ch := ix.Update(path, nil); !ch.Empty() {
		t.Errorf("the file replaced the editor's text: %+v", ch)
	}
	if got := global(); got != "client(sqs)" {
		t.Errorf("with the editor's text: %s", got)
	}
	if ch := ix.Revert(path); ch.Empty() {
		t.Error("Revert reported no change")
	}
	if got := global(); got != "client(s3)" {
		t.Errorf("after Revert: %s", got)
	}
	os.Remove(path)
	ix.Update(path, []byte("x = 1\n"))
	if ch := ix.Revert(path); !ch.Structural() {
		t.Errorf("Revert of a file that is gone: %+v", ch)
	}
	if len(ix.Modules()) != 0 {
		t.Errorf("modules left: %v", ix.Modules())
	}
}

// TestUsesAWSThroughCallers checks that a helper module that imports
// nothing but is called by a module that uses boto3 is in the rules'
// scope, and that one called only by modules that do not is not.
func TestUsesAWSThroughCallers(t *testing.T) {
	root := writeTree(t, map[string]string{
		"caller.py":  "import boto3\nimport helpers\n\nhelpers.run(boto3.client('s3'))\n",
		"helpers.py": "def run(c):\n    c.put_object(Bucket='b', Key='k')\n",
		"plain.py":   "import other\n\nother.work(1)\n",
		"other.py":   "def work(x):\n    return x\n\n\nclass Thing:\n    def __init__(self):\n        pass\n",
	})
	svc := analysis.Services(awsmodel.Embedded())
	ix := New(Options{Services: svc, Roots: []string{root}})
	var sources []Source
	for _, p := range []string{"caller.py", "helpers.py", "plain.py", "other.py"} {
		sources = append(sources, Source{Path: filepath.Join(root, p)})
	}
	ix.AddAll(context.Background(), sources, nil)
	uses := func(name string) bool {
		path := filepath.Join(root, name)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return semantic.BuildModule(syntax.Parse(src), svc, ix.KeyOf(path), ix).UsesAWS()
	}
	if !uses("helpers.py") {
		t.Error("helpers.py, called with a client by caller.py, is not in scope")
	}
	if uses("other.py") {
		t.Error("other.py, called only by a module without boto3, is in scope")
	}
}
