package semantic

import (
	"bytes"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/botolint/botolint/analysis/syntax"
)

// mapProgram is a Program of modules named by dotted keys ("app.aws"),
// with absolute imports only: enough to make values cross a module
// boundary through summaries in this package's tests.
type mapProgram map[string]*Summary

func (p mapProgram) Summary(key string) *Summary { return p[key] }

func (p mapProgram) Import(from, spec string) (string, []string, bool) {
	parts := strings.Split(spec, ".")
	for n := len(parts); n > 0; n-- {
		if key := strings.Join(parts[:n], "."); p[key] != nil {
			return key, parts[n:], true
		}
	}
	return "", nil, false
}

func (p mapProgram) Submodule(key, name string) (string, bool) {
	sub := key + "." + name
	return sub, p[sub] != nil
}

func (p mapProgram) Mentioning(name string) []string {
	var keys []string
	for k, s := range p {
		for _, n := range s.Names() {
			if n == name {
				keys = append(keys, k)
				break
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// encodeModules are the modules of the round-trip tests: each shape of
// summary content (globals, functions with returns and parameters,
// classes with bases and attributes, call sites, stores, references,
// events, dynamic access) with `# is:` markers in the importer.
var encodeModules = map[string]string{
	"app.aws": `import boto3
import functools

s3 = boto3.client("s3")
clients = {r: boto3.client("sqs", region_name=r) for r in ["a", "b"]}

def make(service):
    return boto3.client(service)

@functools.cache
def kms():
    return boto3.client("kms")

def list_steps(cluster_id, emr):
    return emr.list_steps(ClusterId=cluster_id)

class Base:
    service = None

    def __init__(self, session):
        self.client = session.client(self.service)

class Holder:
    def __init__(self, c):
        self.c = c

    @property
    def logs(self):
        return boto3.client("logs")

def register(events):
    events.register("provide-client-params.s3.GetObject", lambda **kw: None)
`,
	"app.main": `import boto3
from app.aws import s3, make, kms, list_steps, Base, Holder, clients

class EFS(Base):
    service = "efs"

    def go(self):
        self.client  # is: client(efs)

s3  # is: client(s3)
make("sns")  # is: client(sns)
kms()  # is: client(kms)
clients["a"]  # is: client(sqs)
h = Holder(boto3.client("sts"))
h.c  # is: client(sts)
h.logs  # is: client(logs)
list_steps("j", boto3.client("emr"))
`,
}

// summarizeAll builds and summarizes the modules in an order where every
// importer comes after what it imports.
func summarizeAll(t *testing.T) mapProgram {
	t.Helper()
	prog := mapProgram{}
	for _, key := range []string{"app.aws", "app.main"} {
		m := BuildModule(syntax.Parse([]byte(encodeModules[key])), fakeServices{}, key, prog)
		prog[key] = Summarize(m)
	}
	return prog
}

// resolveMarked returns what each `# is:` marked expression of module key
// resolves to under prog, with the marker's expectation.
func resolveMarked(prog mapProgram, key string) (got, want []string) {
	src := encodeModules[key]
	tree := syntax.Parse([]byte(src))
	m := BuildModule(tree, fakeServices{}, key, prog)
	lines := strings.Split(src, "\n")
	for _, c := range tree.Comments() {
		w, ok := strings.CutPrefix(c.Text(), "# is: ")
		if !ok {
			continue
		}
		line, _ := tree.Lines().ByteColumn(c.Start())
		text := lines[line]
		stmt := syntax.StatementOf(tree.NodeAt(tree.Lines().LineStart(line) + len(text) - len(strings.TrimLeft(text, " "))))
		got = append(got, m.Resolve(stmt.NamedChild(0)).String())
		want = append(want, w)
	}
	return got, want
}

// TestSummaryRoundTrip checks that a summary read back from its binary
// form resolves exactly as the summary it was written from, and that the
// bytes are stable (a cache keyed by content must see the same entry).
func TestSummaryRoundTrip(t *testing.T) {
	prog := summarizeAll(t)
	got, want := resolveMarked(prog, "app.main")
	if len(want) == 0 {
		t.Fatal("no markers")
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("direct: marker %d resolves to %s, want %s", i, got[i], want[i])
		}
	}
	read := mapProgram{}
	for key, s := range prog {
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		again, err := prog[key].MarshalBinary()
		if err != nil || !bytes.Equal(b, again) {
			t.Fatalf("%s: two encodings of one summary differ", key)
		}
		var back Summary
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		if back.Key != s.Key || back.AWS != s.AWS || strings.Join(back.Events, ",") != strings.Join(s.Events, ",") ||
			strings.Join(back.Names(), ",") != strings.Join(s.Names(), ",") || strings.Join(back.Pruned(), ",") != strings.Join(s.Pruned(), ",") {
			t.Errorf("%s: header differs after round trip: %+v vs %+v", key, back, *s)
		}
		b2, _ := back.MarshalBinary()
		if !bytes.Equal(b, b2) {
			t.Errorf("%s: re-encoding the decoded summary differs", key)
		}
		read[key] = &back
	}
	if len(prog["app.aws"].Events) == 0 {
		t.Error("app.aws registers a parameter event; its summary lists none")
	}
	gotRead, _ := resolveMarked(read, "app.main")
	for i := range want {
		if gotRead[i] != got[i] {
			t.Errorf("decoded: marker %d resolves to %s, the original summary to %s", i, gotRead[i], got[i])
		}
	}
}

// TestSummaryDamaged checks that a damaged encoding is refused, whether
// truncated, extended or with a byte changed: a cache entry must never
// crash a run or give a wrong value.
func TestSummaryDamaged(t *testing.T) {
	prog := summarizeAll(t)
	b, err := prog["app.aws"].MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(b); n++ {
		var s Summary
		if s.UnmarshalBinary(b[:n]) == nil {
			t.Fatalf("a prefix of %d of %d bytes reads as a summary", n, len(b))
		}
	}
	var s Summary
	if s.UnmarshalBinary(append(append([]byte(nil), b...), 0)) == nil {
		t.Error("trailing bytes read as a summary")
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 300; i++ {
		d := append([]byte(nil), b...)
		at := rng.Intn(len(d))
		d[at] ^= byte(1 + rng.Intn(255))
		var s Summary
		if s.UnmarshalBinary(d) == nil {
			t.Fatalf("an encoding with byte %d changed reads as a summary", at)
		}
	}
}
