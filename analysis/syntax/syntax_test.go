package syntax

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// TestFlattenMatchesBinding checks the flat tree against the tree the
// smacker binding reports, node by node: it proves the C walk, the symbol to
// Kind map and the unexported-pointer read in cTree.
func TestFlattenMatchesBinding(t *testing.T) {
	src := []byte("import boto3\n\ndef f(x: int = 1, *a, **k) -> None:\n    s3 = boto3.client('s3')  # c\n    for p in s3.list_objects_v2(Bucket='b')['Contents']:\n        print(f\"{p['Key']!r:>10}\")\n    return [y for y in x if y]\nclass C(B, metaclass=M):\n    @dec\n    def m(self): return lambda q: q or None\nx = (1 +\n")
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(language)
	ts, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		t.Fatal(err)
	}
	defer ts.Close()
	flat := newTree(src, ts)

	var want []string
	var walk func(n *sitter.Node, field string, parent int)
	walk = func(n *sitter.Node, field string, parent int) {
		self := len(want)
		want = append(want, fmt.Sprintf("%s/%v %s [%d,%d) parent=%d missing=%v err=%v", n.Type(), n.IsNamed(), field, n.StartByte(), n.EndByte(), parent, n.IsMissing(), n.HasError()))
		for i := 0; i < int(n.ChildCount()); i++ {
			walk(n.Child(i), n.FieldNameForChild(i), self)
		}
	}
	walk(ts.RootNode(), "", -1)

	var got []string
	for i := 0; i < flat.Len(); i++ {
		n := flat.At(i)
		field := ""
		if n.Field() != 0 {
			field = n.Field().String()
		}
		got = append(got, fmt.Sprintf("%s/%v %s [%d,%d) parent=%d missing=%v err=%v", n.Kind(), n.IsNamed(), field, n.Start(), n.End(), n.Parent().Index(), n.IsMissing(), n.HasError()))
	}
	if len(got) != len(want) {
		t.Fatalf("flat tree has %d nodes, binding %d", len(got), len(want))
	}
	for i := range want {
		// The root's parent is index -1 in both.
		if got[i] != want[i] {
			t.Errorf("node %d:\n got  %s\n want %s", i, got[i], want[i])
		}
	}
	if !flat.HasError() {
		t.Error("unterminated expression should leave an error")
	}
}

func TestNavigation(t *testing.T) {
	tr := Parse([]byte("client.get_object(Bucket='b', Key=k, *a, **kw)\n"))
	var call Node
	for n := range tr.Root().Descendants() {
		if n.Is(KindCall) {
			call = n
			break
		}
	}
	if !call.Valid() {
		t.Fatal("no call found")
	}
	if name, ok := CalleeName(call); !ok || name != "client.get_object" {
		t.Errorf("CalleeName = %q, %v", name, ok)
	}
	args := CallArguments(call)
	if len(args) != 4 || args[0].Name != "Bucket" || args[1].Name != "Key" || args[2].Splat != 1 || args[3].Splat != 2 {
		t.Fatalf("arguments = %+v", args)
	}
	if v, ok := StringValue(args[0].Value); !ok || v != "b" {
		t.Errorf("Bucket value = %q, %v", v, ok)
	}
	if !HasSplat(call) {
		t.Error("HasSplat = false")
	}
	recv, method, ok := MethodCall(call)
	if !ok || method != "get_object" || recv.Text() != "client" {
		t.Errorf("MethodCall = %q %q %v", recv.Text(), method, ok)
	}
	if !tr.Root().Contains(call) || call.Contains(tr.Root()) {
		t.Error("Contains is wrong")
	}
	if got := tr.NodeAt(strings.Index(string(tr.Source()), "Key")); got.Text() != "Key" {
		t.Errorf("NodeAt(Key) = %q", got.Text())
	}
	if StatementOf(args[1].Value).Kind() != KindExpressionStatement {
		t.Errorf("StatementOf = %s", StatementOf(args[1].Value).Kind())
	}
}

func TestStringValue(t *testing.T) {
	cases := []struct {
		src  string
		want string
		ok   bool
	}{
		{`'abc'`, "abc", true},
		{`"a\tb\x41\u00e9\101"`, "a\tbA\u00e9A", true},
		{`r'a\tb'`, `a\tb`, true},
		{`Rb"a\n"`, `a\n`, true},
		{`b'\x41\u0041'`, `A\u0041`, true},
		{`'''multi
line'''`, "multi\nline", true},
		{`'a' "b" 'c'`, "abc", true},
		{`f'no {{braces}}'`, "no {braces}", true},
		{`f'{x}'`, "", false},
		{`'a' f'{x}'`, "", false},
		{`'\N{BULLET}'`, "", false},
		{`('paren')`, "paren", true},
		{`'line\
cont'`, "linecont", true},
		{`u'\U0001F600'`, "\U0001F600", true},
		{`x`, "", false},
	}
	for _, c := range cases {
		tr := Parse([]byte("v = " + c.src + "\n"))
		rhs := tr.Root().NamedChild(0).NamedChild(0).ChildByField(FieldRight)
		got, ok := StringValue(rhs)
		if got != c.want || ok != c.ok {
			t.Errorf("StringValue(%s) = %q, %v; want %q, %v", c.src, got, ok, c.want, c.ok)
		}
	}
}

func TestIntFloatValue(t *testing.T) {
	ints := map[string]int64{"1": 1, "-3": -3, "0x1F": 31, "1_000": 1000, "(+7)": 7, "0o17": 15, "0b101": 5}
	for src, want := range ints {
		tr := Parse([]byte("v = " + src + "\n"))
		rhs := tr.Root().NamedChild(0).NamedChild(0).ChildByField(FieldRight)
		if got, ok := IntValue(rhs); !ok || got != want {
			t.Errorf("IntValue(%s) = %d, %v", src, got, ok)
		}
	}
	for _, src := range []string{"1.5", "x", "'1'", "99999999999999999999999"} {
		tr := Parse([]byte("v = " + src + "\n"))
		rhs := tr.Root().NamedChild(0).NamedChild(0).ChildByField(FieldRight)
		if _, ok := IntValue(rhs); ok {
			t.Errorf("IntValue(%s) ok", src)
		}
	}
	tr := Parse([]byte("v = -2.5e1\n"))
	if got, ok := FloatValue(tr.Root().NamedChild(0).NamedChild(0).ChildByField(FieldRight)); !ok || got != -25 {
		t.Errorf("FloatValue = %v, %v", got, ok)
	}
}

func TestLoneCarriageReturnParses(t *testing.T) {
	tr := Parse([]byte("x = 1\ry = 2\r"))
	if tr.HasError() {
		t.Fatalf("lone CR line endings should parse: %s", tr.Root().SExpr())
	}
	if n := tr.Root().NamedChildCount(); n != 2 {
		t.Errorf("statements = %d, want 2", n)
	}
}

func TestBOMParses(t *testing.T) {
	tr := Parse([]byte("\ufeffimport boto3\n"))
	if tr.HasError() {
		t.Fatal("a UTF-8 BOM should not be a syntax error")
	}
}

// flatSignature lists every node of a tree in preorder with absolute
// offsets and preorder parent and sibling indices: two trees with the same
// signature are the same tree, however their chunks are shared.
func flatSignature(tr *Tree) []node {
	var out []node
	for n := range tr.All() {
		nd := *n.get()
		nd.start, nd.end = uint32(n.Start()), uint32(n.End())
		nd.parent, nd.next = -1, -1
		if p := n.Parent(); p.Valid() {
			nd.parent = int32(p.Index())
		}
		if s := n.NextSibling(); s.Valid() {
			nd.next = int32(s.Index())
		}
		out = append(out, nd)
	}
	return out
}

// TestIncrementalEqualsFullParse applies many random edits to a document,
// reparsing incrementally after each batch, and compares the result with a
// full parse of the same text, node by node.
func TestIncrementalEqualsFullParse(t *testing.T) {
	base := strings.Join([]string{
		"import boto3\r\n",
		"from botocore.exceptions import ClientError\n",
		"s3 = boto3.client('s3')  # client\n",
		"def list_all(bucket):\n",
		"    token = None\n",
		"    while True:\n",
		"        kw = {'Bucket': bucket}\n",
		"        if token:\n",
		"            kw['ContinuationToken'] = token\n",
		"        resp = s3.list_objects_v2(**kw)\n",
		"        for o in resp.get('Contents', []):\n",
		"            print(f\"{o['Key']} \U0001F600\")\n",
		"        token = resp.get('NextContinuationToken')\r",
		"        if not token:\n",
		"            break\n",
		"class A:\n    def m(self):\n        return [x for x in range(3)]\n",
	}, "")
	fragments := []string{"", "x", "(", ")", "\n", "    ", ":", "'", "\"\"\"", "if x:\n    pass\n", "\r", "\r\n", "\U0001F600", "é", "#", "\\", "def ", "lambda: 0", ",", "]"}
	rng := rand.New(rand.NewPCG(1, 2))
	iterations := 400
	if testing.Short() {
		iterations = 100
	}
	doc := NewDocument([]byte(base))
	defer doc.Close()
	if _, err := doc.Tree(context.Background()); err != nil {
		t.Fatal(err)
	}
	reusedBefore := reusedNodes.Load()
	defer func() {
		// The point of incremental flattening: most nodes are copied.
		if reusedNodes.Load() == reusedBefore {
			t.Error("no node was reused from a previous flat tree")
		}
	}()
	for it := 0; it < iterations; it++ {
		for k := 0; k < 1+rng.IntN(3); k++ {
			src := doc.Source()
			start := rng.IntN(len(src) + 1)
			end := min(len(src), start+rng.IntN(8))
			text := fragments[rng.IntN(len(fragments))]
			if err := doc.Edit(start, end, []byte(text)); err != nil {
				t.Fatal(err)
			}
		}
		inc, err := doc.Tree(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		compareWithFullParse(t, it, inc)
	}
}

func TestDocumentReplaceIsIncremental(t *testing.T) {
	doc := NewDocument([]byte("a = 1\nb = 2\n"))
	defer doc.Close()
	if _, err := doc.Tree(context.Background()); err != nil {
		t.Fatal(err)
	}
	doc.Replace([]byte("a = 1\nb = 22\nc = 3\n"))
	tr, err := doc.Tree(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tr.Root().SExpr(), Parse(doc.Source()).Root().SExpr(); got != want {
		t.Errorf("after Replace: %s, want %s", got, want)
	}
	if err := doc.Edit(5, 100, nil); err == nil {
		t.Error("out-of-range edit accepted")
	}
	doc.Release()
	if doc.HasParseTree() {
		t.Error("Release kept the tree")
	}
	if tr, err := doc.Tree(context.Background()); err != nil || tr.Root().NamedChildCount() != 3 {
		t.Errorf("tree after Release: %v %v", tr, err)
	}
}

func TestParseCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	big := strings.Repeat("x = [1, 2, 3]\n", 200000)
	if _, err := ParseContext(ctx, []byte(big)); err == nil {
		t.Error("cancelled parse of a large file returned no error")
	}
	// The pooled parser must still work after a cancellation.
	if tr := Parse([]byte("x = 1\n")); tr.HasError() || tr.Root().NamedChildCount() != 1 {
		t.Error("parse after cancellation is wrong")
	}
}

// TestParsersSurviveCancellation cancels each context right after its
// parse returned, then checks that the pooled parser still parses:
// smacker's watcher goroutine, woken by the end of the parse and the
// cancellation at once, may raise the parser's cancellation flag after the
// parse finished, and nothing lowers it.
func TestParsersSurviveCancellation(t *testing.T) {
	small := []byte("x = [1, 2, 3]\n")
	// tree-sitter looks at the flag every hundred or so parse steps: the
	// second parse must be long enough to look.
	large := []byte(strings.Repeat("x = [1, 2, 3]\n", 100))
	for i := 0; i < 2000; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		if _, err := ParseContext(ctx, small); err != nil {
			t.Fatal(err)
		}
		cancel()
		if _, err := ParseContext(context.Background(), large); err != nil {
			t.Fatalf("iteration %d: a parse after a cancellation failed: %v", i, err)
		}
	}
}

// TestIncrementalLargeFile types and deletes single characters at random
// places of a large module and checks each incremental tree against a full
// parse, and that most nodes were copied rather than walked.
func TestIncrementalLargeFile(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, "def f%d(client, bucket):\n    \"\"\"Doc %d.\"\"\"\n    resp = client.list_objects_v2(Bucket=bucket, Prefix='p%d')  # c\n    return [o['Key'] for o in resp.get('Contents', [])]\n\n", i, i, i)
	}
	doc := NewDocument([]byte(b.String()))
	defer doc.Close()
	first, err := doc.Tree(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	total := first.Len()
	rng := rand.New(rand.NewPCG(3, 4))
	chars := []string{"x", "(", "'", "\n", " ", ":", "\U0001F600"}
	iterations := 120
	if testing.Short() {
		iterations = 40
	}
	reused, reparses := reusedNodes.Load(), statementReparses.Load()
	// Type a character, then take it back, as someone editing does: errors
	// do not pile up across the file.
	at, size := 0, 0
	for it := 0; it < iterations; it++ {
		if it%2 == 0 {
			ch := chars[rng.IntN(len(chars))]
			at, size = rng.IntN(len(doc.Source())), len(ch)
			doc.Edit(at, at, []byte(ch))
		} else {
			doc.Edit(at, at+size, nil)
		}
		inc, err := doc.Tree(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		compareWithFullParse(t, it, inc)
	}
	if statementReparses.Load() == reparses {
		t.Error("no edit was reparsed as statements alone")
	}
	copied := reusedNodes.Load() - reused
	if ratio := float64(copied) / float64(total*iterations); ratio < 0.9 {
		t.Errorf("only %.0f%% of nodes were copied from the previous tree", 100*ratio)
	}
}
