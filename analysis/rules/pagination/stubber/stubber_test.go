package stubber_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/botolint/botolint/analysis/awsmodel"
)

// python is Debian's interpreter, which has python3-boto3 and
// python3-botocore; the python3 on PATH may be another one.
const python = "/usr/bin/python3"

// minOperations is how many different operations the cases must cover.
const minOperations = 10

type caseSpec struct {
	Name          string `json:"name"`
	File          string `json:"file"`
	Function      string `json:"function"`
	Operation     string `json:"operation"`
	Partial       bool   `json:"partial"`
	FirstPageOnly bool   `json:"first_page_only"`
	Expect        any    `json:"expect"`
	HasExpect     bool   `json:"-"`
}

type call struct {
	Operation string `json:"operation"`
	Params    any    `json:"params"`
}

type paginatorModel struct {
	InputToken  []string `json:"input_token"`
	OutputToken []string `json:"output_token"`
	ResultKey   []string `json:"result_key"`
	LimitKey    string   `json:"limit_key"`
	MoreResults string   `json:"more_results"`
}

type run struct {
	Case      string          `json:"case"`
	Mode      string          `json:"mode"`
	Source    string          `json:"source"`
	Service   string          `json:"service"`
	Paginator *paginatorModel `json:"paginator"`
	Result    any             `json:"result"`
	Stdout    string          `json:"stdout"`
	Calls     []call          `json:"calls"`
	Pending   bool            `json:"pending"`
	Error     string          `json:"error"`
}

type output struct {
	Boto3    string            `json:"boto3"`
	Botocore string            `json:"botocore"`
	Cases    []json.RawMessage `json:"cases"`
	Modules  []string          `json:"modules"` // boto3's and botocore's __init__.py
	Runs     []run             `json:"runs"`
}

// TestStubberBehaviour runs the original and the rewritten code of the
// pagination fixes on real boto3, with botocore's Stubber serving
// multi-page responses, and checks that both return and print the same
// and make exactly the calls botocore's paginator makes
// (testdata/pagination-behaviour/cases.py describes the cases).
func TestStubberBehaviour(t *testing.T) {
	root, err := filepath.Abs("../../../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("repository root not found at %s: %v", root, err)
	}
	check := exec.Command(python, "-c", "import boto3, botocore")
	if out, err := check.CombinedOutput(); err != nil {
		t.Fatalf("%s cannot import boto3 and botocore (%v): %s\nrun .ci/install-deps.sh (it installs Debian's python3-boto3 and python3-botocore)",
			python, err, bytes.TrimSpace(out))
	}
	casesFile := filepath.Join(root, "testdata", "pagination-behaviour", "cases.py")
	// The files Python reads are opened here too, so that go test's cache
	// knows them and reruns the test when one changes.
	track(t, "harness.py", casesFile)
	cmd := exec.Command(python, "harness.py", root, casesFile)
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONHASHSEED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("harness failed: %v\n%s", err, stderr.String())
	}
	var out output
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("harness output: %v\n%s", err, raw)
	}
	t.Logf("boto3 %s, botocore %s", out.Boto3, out.Botocore)
	track(t, out.Modules...)
	runs := map[string]map[string]run{}
	for _, r := range out.Runs {
		if runs[r.Case] == nil {
			runs[r.Case] = map[string]run{}
		}
		runs[r.Case][r.Mode] = r
	}
	catalog := awsmodel.Embedded()
	operations := map[string]bool{}
	for _, rawCase := range out.Cases {
		var c caseSpec
		if err := json.Unmarshal(rawCase, &c); err != nil {
			t.Fatal(err)
		}
		var keys map[string]json.RawMessage
		_ = json.Unmarshal(rawCase, &keys)
		_, c.HasExpect = keys["expect"]
		track(t, filepath.Join(root, c.File), filepath.Join(root, c.File)+".unsafe.golden")
		t.Run(c.Name, func(t *testing.T) {
			orig, rewritten, ref := runs[c.Name]["original"], runs[c.Name]["rewritten"], runs[c.Name]["reference"]
			for _, r := range []run{orig, rewritten, ref} {
				if r.Error != "" {
					t.Fatalf("%s run failed: %s", r.Mode, r.Error)
				}
			}
			operations[ref.Service+"."+c.Operation] = true
			checkModel(t, catalog, ref.Service, c.Operation, ref.Paginator)
			if orig.Source == rewritten.Source {
				t.Errorf("%s is the same in %s and its golden: the fix did not rewrite it", c.Function, c.File)
			}
			if ref.Pending {
				t.Errorf("the paginator left responses unused")
			}
			if len(ref.Calls) < 2 {
				t.Errorf("the case serves %d page(s): it must page", len(ref.Calls))
			}
			if c.FirstPageOnly {
				// BTO102: the original sees one page, the fix all of them.
				if !reflect.DeepEqual(orig.Calls, ref.Calls[:1]) {
					t.Errorf("original calls:\n%s\nwant the paginator's first call:\n%s", show(orig.Calls), show(ref.Calls[:1]))
				}
				if !reflect.DeepEqual(rewritten.Calls, ref.Calls) || rewritten.Pending {
					t.Errorf("rewritten calls:\n%s\nwant the paginator's:\n%s", show(rewritten.Calls), show(ref.Calls))
				}
				if !reflect.DeepEqual(rewritten.Result, c.Expect) {
					t.Errorf("rewritten result %s, want %s", show(rewritten.Result), show(c.Expect))
				}
				return
			}
			if !reflect.DeepEqual(orig.Result, rewritten.Result) {
				t.Errorf("results differ:\noriginal:  %s\nrewritten: %s", show(orig.Result), show(rewritten.Result))
			}
			if orig.Stdout != rewritten.Stdout {
				t.Errorf("printed output differs:\noriginal:\n%s\nrewritten:\n%s", orig.Stdout, rewritten.Stdout)
			}
			if c.HasExpect && !reflect.DeepEqual(orig.Result, c.Expect) {
				t.Errorf("result %s, want %s", show(orig.Result), show(c.Expect))
			}
			if !reflect.DeepEqual(orig.Calls, rewritten.Calls) {
				t.Errorf("calls differ:\noriginal:\n%s\nrewritten:\n%s", show(orig.Calls), show(rewritten.Calls))
			}
			if c.Partial {
				if len(orig.Calls) >= len(ref.Calls) || !reflect.DeepEqual(orig.Calls, ref.Calls[:len(orig.Calls)]) {
					t.Errorf("calls:\n%s\nwant a strict prefix of the paginator's:\n%s", show(orig.Calls), show(ref.Calls))
				}
				return
			}
			if !reflect.DeepEqual(orig.Calls, ref.Calls) {
				t.Errorf("calls:\n%s\nwant the paginator's:\n%s", show(orig.Calls), show(ref.Calls))
			}
			if orig.Pending || rewritten.Pending {
				t.Errorf("responses left unused: original %v, rewritten %v", orig.Pending, rewritten.Pending)
			}
		})
	}
	if len(operations) < minOperations {
		t.Errorf("the cases cover %d operations, want at least %d", len(operations), minOperations)
	}
}

// checkModel checks that Debian's botocore pages the operation as the
// embedded catalog does, so that what the test proves holds for the
// models botolint reads.
func checkModel(t *testing.T, catalog *awsmodel.Catalog, service, method string, got *paginatorModel) {
	t.Helper()
	svc := catalog.Service(service)
	if svc == nil || got == nil {
		t.Fatalf("no model for %s.%s", service, method)
	}
	p := svc.Paginator(method)
	if p == nil {
		t.Fatalf("%s.%s is not pageable in the embedded catalog", service, method)
	}
	want := paginatorModel{InputToken: p.InputTokens, OutputToken: p.OutputTokens, ResultKey: p.ResultKeys, LimitKey: p.LimitKey, MoreResults: p.MoreResults}
	norm := func(m paginatorModel) string {
		b, _ := json.Marshal(m)
		return strings.ReplaceAll(string(b), "null", "[]")
	}
	if norm(*got) != norm(want) {
		t.Errorf("Debian's botocore pages %s.%s as %s, the embedded catalog as %s: pick an operation both model alike", service, method, norm(*got), norm(want))
	}
}

// track reads files so that the test cache depends on them.
func track(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if _, err := os.ReadFile(p); err != nil {
			t.Fatalf("%v", err)
		}
	}
}

func show(v any) string {
	b, err := json.MarshalIndent(v, "  ", " ")
	if err != nil {
		return err.Error()
	}
	return "  " + string(b)
}
