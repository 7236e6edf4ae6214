package rules_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules"
)

// TestExamples runs every rule over testdata/examples, the modules the
// README's first command shows a newcomer, and checks that each guideline
// rule the examples are meant to demonstrate fires, with the exact
// position of one finding per code. Positions are found by searching the
// text: an anchor, then the finding's text after it.
func TestExamples(t *testing.T) {
	expected := []struct {
		code, file, anchor, at string
	}{
		{"BTO201", "backup_snapshots.py", "for volume_id in volume_ids:\n        ec2 = ", "boto3.client("},
		{"BTO301", "backup_snapshots.py", "from boto3.exceptions import ", "ClientError"},
		{"BTO302", "backup_snapshots.py", "        )\n        except ClientError as e:", "except"},
		{"BTO401", "s3_sync.py", "\n\n\nif __name__", "if __name__"},
		{"BTO402", "s3_sync.py", "refusing to upload", "sys.exit(3)"},
		{"BTO701", "s3_sync.py", "files uploaded ", `\u2705`},
		{"BTO900", "legacy_report.py", "for period in", `print "`},
		{"BTO901", "orders_table.py", "events = boto3.client(\"events\")  # noqa: ", "BTO202"},
		// The model-driven and pagination rules, in the inventory report.
		{"BTO101", "inventory_report.py", "token = None\n    ", "while True:"},
		{"BTO003", "inventory_report.py", "for obj in s3.", "list_object_v2"},
		{"BTO004", "inventory_report.py", "paginator.paginate(", "maxItems"},
		{"BTO104", "inventory_report.py", "    return [f[\"FunctionName\"]", "[f["},
	}
	dir := "../../testdata/examples"
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples in %s", dir)
	}
	all := rules.All()
	runner := analysis.NewRunner(analysis.Config{Known: all})
	type position struct{ line, col int }
	found := map[string]map[string][]position{} // code -> file -> positions
	sources := map[string]string{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		sources[name] = string(src)
		res, err := runner.Check(context.Background(), f, src)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range res.Diagnostics {
			line, col := res.Tree.Lines().CharColumn(d.Start)
			if found[d.Rule.Code] == nil {
				found[d.Rule.Code] = map[string][]position{}
			}
			found[d.Rule.Code][name] = append(found[d.Rule.Code][name], position{line + 1, col + 1})
		}
	}
	for _, e := range expected {
		src, ok := sources[e.file]
		if !ok {
			t.Errorf("%s: example %s is missing", e.code, e.file)
			continue
		}
		a := strings.Index(src, e.anchor)
		if a < 0 {
			t.Errorf("%s: %q not found in %s", e.code, e.anchor, e.file)
			continue
		}
		i := strings.Index(src[a:], e.at)
		if i < 0 {
			t.Errorf("%s: %q not found after %q in %s", e.code, e.at, e.anchor, e.file)
			continue
		}
		off := a + i
		want := position{strings.Count(src[:off], "\n") + 1, 0}
		want.col = utf8.RuneCountInString(src[strings.LastIndex(src[:off], "\n")+1:off]) + 1
		got := found[e.code][e.file]
		if len(got) == 0 {
			t.Errorf("%s does not fire in %s (want %s:%d:%d)", e.code, e.file, e.file, want.line, want.col)
			continue
		}
		hit := false
		for _, g := range got {
			hit = hit || g == want
		}
		if !hit {
			t.Errorf("%s in %s: findings at %v, want one at %d:%d", e.code, e.file, got, want.line, want.col)
		}
	}
}
