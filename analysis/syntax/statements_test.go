package syntax

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// statementsModule has a top-level statement of every shape whose
// boundaries an edit could move: blocks followed by comments at and below
// their indentation, decorators, a docstring, statements sharing a line,
// if/else and try/except at the top level, CRLF and lone CR line endings.
var statementsModule = strings.Join([]string{
	"\"\"\"Module docstring.\"\"\"\n",
	"import boto3\n",
	"s3 = boto3.client('s3'); ddb = boto3.client('dynamodb')  # two\n",
	"def f(bucket):\n",
	"    resp = s3.list_objects_v2(Bucket=bucket)\n",
	"    # inside f\n",
	"# after f\n",
	"\n",
	"@decorator\n",
	"def g():\n",
	"    return [x for x in range(3)]\r\n",
	"if True:\n",
	"    pass\n",
	"else:\n",
	"    pass\n",
	"try:\n",
	"    import json\n",
	"except ImportError:\n",
	"    json = None\n",
	"class A:\n",
	"    def m(self):\n",
	"        return {'k': 'v'}\n",
	"\n",
	"    x = 1\r",
	"'''string statement'''\n",
	"async def h():\n",
	"    await something()\n",
	"for i in range(3):\n",
	"    print(i)\n",
	"x = (1,\n",
	"     2)\n",
	"y = 3\n",
}, "")

// TestStatementReparseEqualsFullParse types text at random places, mostly
// taking it back before the next edit as someone typing does, favouring the
// starts and ends of lines where statement boundaries move, and compares each tree with a full parse of the same
// text: nodes, line index and error flag. It also checks that most trees
// came from reparsing statements alone, or the test would not be testing
// that path.
func TestStatementReparseEqualsFullParse(t *testing.T) {
	fragments := []string{
		"x", "_", "@d\n", "\n", "\n\n", "    ", "\t", " ", "# c\n", "#", "    # c\n",
		"else:\n    pass\n", "elif x:\n    pass\n", "except E:\n    pass\n", "finally:\n    pass\n",
		"    y = 1\n", "def k():\n    pass\n", "class B:\n    pass\n", "'", "\"\"\"", "(", ")", "[", "]",
		"\\\n", "\\", ";", ":", ",", "\r", "\r\n", "'s'\n", "\U0001F600", "é", "lambda: 0", "+ 1\n",
	}
	// The module is small: let runs of any share of it be parsed alone.
	defer func(share int) { statementReparseShare = share }(statementReparseShare)
	statementReparseShare = 1
	rng := rand.New(rand.NewPCG(7, 11))
	iterations := 3000
	if testing.Short() {
		iterations = 600
	}
	doc := NewDocument([]byte(statementsModule))
	defer doc.Close()
	if _, err := doc.Tree(context.Background()); err != nil {
		t.Fatal(err)
	}
	before := statementReparses.Load()
	var undo func()
	for it := 0; it < iterations; it++ {
		src := doc.Source()
		if undo != nil && rng.IntN(8) != 0 {
			undo()
			undo = nil
		} else {
			var at int
			switch rng.IntN(3) {
			case 0: // a line start
				li := NewLineIndex(src)
				at = li.LineStart(rng.IntN(li.LineCount()))
			case 1: // a line end
				li := NewLineIndex(src)
				at = li.LineEnd(rng.IntN(li.LineCount()))
			default:
				at = rng.IntN(len(src) + 1)
			}
			end := at
			if rng.IntN(3) == 0 {
				end = min(len(src), at+rng.IntN(12))
			}
			text := fragments[rng.IntN(len(fragments))]
			if err := doc.Edit(at, end, []byte(text)); err != nil {
				t.Fatal(err)
			}
			// Edit may widen the range to a preceding "\r"; undo by
			// restoring the whole text, which Replace diffs.
			prev := string(src)
			undo = func() { doc.Replace([]byte(prev)) }
		}
		if rng.IntN(20) == 0 {
			// Occasionally start over, so that errors do not pile up.
			doc.Replace([]byte(statementsModule))
			undo = nil
		}
		reparses := statementReparses.Load()
		inc, err := doc.Tree(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		// tree-sitter's incremental reparse of a text with errors may
		// recover from them differently than a parse from scratch; the
		// statement path never builds such trees.
		if statementReparses.Load() != reparses || !inc.HasError() {
			compareWithFullParse(t, it, inc)
		}
	}
	n := statementReparses.Load() - before
	t.Logf("%d of %d trees reparsed statements alone", n, iterations)
	if n < int64(iterations)/6 {
		t.Errorf("only %d of %d trees reparsed statements alone", n, iterations)
	}
}

// compareWithFullParse fails the test unless tr equals a full parse of its
// text.
func compareWithFullParse(t *testing.T, it int, tr *Tree) {
	t.Helper()
	full := Parse(tr.Source())
	a, b := flatSignature(tr), flatSignature(full)
	if len(a) != len(b) {
		t.Fatalf("iteration %d: incremental tree has %d nodes, full parse %d\nsource: %q\n%s\n%s", it, len(a), len(b), tr.Source(), tr.Root().SExpr(), full.Root().SExpr())
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("iteration %d: node %d differs: %+v vs %+v\nsource: %q\n%s\n%s", it, i, a[i], b[i], tr.Source(), tr.Root().SExpr(), full.Root().SExpr())
		}
	}
	if tr.HasError() != full.HasError() {
		t.Fatalf("iteration %d: HasError %v, full parse %v", it, tr.HasError(), full.HasError())
	}
	if !slices.Equal(tr.Lines().starts, full.Lines().starts) {
		t.Fatalf("iteration %d: line starts differ\nsource: %q", it, tr.Source())
	}
}

// FuzzDocumentEdit parses a text, applies two edits in turn, and checks
// each tree against a full parse: always when the changed statements were
// parsed alone, and whenever the tree has no error otherwise.
func FuzzDocumentEdit(f *testing.F) {
	f.Add(statementsModule, uint(40), uint(0), "x", uint(300), uint(2), "\n")
	f.Add("def f():\n    pass\nx = 1\n", uint(9), uint(0), "else:\n    pass\n", uint(18), uint(0), "# c\n")
	f.Add("if a:\n    pass\nb = 1\\\n\nc = 2\n", uint(16), uint(1), "", uint(0), uint(0), "    ")
	f.Fuzz(func(t *testing.T, src string, at1, del1 uint, text1 string, at2, del2 uint, text2 string) {
		defer func(share int) { statementReparseShare = share }(statementReparseShare)
		statementReparseShare = 1
		doc := NewDocument([]byte(src))
		defer doc.Close()
		if _, err := doc.Tree(context.Background()); err != nil {
			t.Fatal(err)
		}
		for step, e := range []struct {
			at, del uint
			text    string
		}{{at1, del1, text1}, {at2, del2, text2}} {
			n := uint(len(doc.Source()))
			start := min(e.at, n)
			end := min(start+e.del%16, n)
			if err := doc.Edit(int(start), int(end), []byte(e.text)); err != nil {
				t.Fatal(err)
			}
			reparses := statementReparses.Load()
			tr, err := doc.Tree(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if statementReparses.Load() != reparses || !tr.HasError() {
				compareWithFullParse(t, step, tr)
			}
		}
	})
}
