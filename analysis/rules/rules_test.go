package rules_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/botolint/botolint/analysis/analysistest"
	"github.com/botolint/botolint/analysis/rules"
)

// TestRules runs every rule over its testdata folder: want comments,
// goldens, convergence of fixes and declared fix availability.
func TestRules(t *testing.T) {
	analysistest.Run(t, "../../testdata/rules", rules.All())
}

// TestDocs checks every rule's documentation.
func TestDocs(t *testing.T) {
	all := rules.All()
	for _, r := range all {
		t.Run(r.Code, func(t *testing.T) { analysistest.CheckDocs(t, r, all) })
	}
}

var (
	codePattern = regexp.MustCompile(`^BTO[0-9]{3}$`)
	namePattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

// TestRegistry checks codes and names: well formed, unique, sorted.
func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	all := rules.All()
	for i, r := range all {
		if !codePattern.MatchString(r.Code) {
			t.Errorf("bad code %q", r.Code)
		}
		if !namePattern.MatchString(r.Name) {
			t.Errorf("%s: bad name %q", r.Code, r.Name)
		}
		if seen[r.Code] || seen[r.Name] {
			t.Errorf("%s: duplicate code or name", r.Code)
		}
		seen[r.Code], seen[r.Name] = true, true
		if i > 0 && all[i-1].Code >= r.Code {
			t.Errorf("rules not sorted at %s", r.Code)
		}
		if r.Summary == "" || r.Doc == "" || r.Severity == 0 {
			t.Errorf("%s: missing summary, docs or severity", r.Code)
		}
		if r.Visit != nil && len(r.Kinds) == 0 {
			t.Errorf("%s: Visit without Kinds", r.Code)
		}
	}
}

// TestReferenceInSync keeps docs/rules and the README's rules table equal
// to what the registry generates (go generate ./analysis/rules).
func TestReferenceInSync(t *testing.T) {
	for path, want := range rules.ReferenceFiles() {
		got, err := os.ReadFile(filepath.Join("../..", path))
		if err != nil || string(got) != want {
			t.Errorf("%s is stale or missing: run go generate ./analysis/rules", path)
		}
	}
	pages, _ := filepath.Glob("../../docs/rules/BTO*.md")
	if want := len(rules.All()); len(pages) != want {
		t.Errorf("docs/rules has %d rule pages, the registry %d rules: run go generate ./analysis/rules", len(pages), want)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	updated, ok := rules.ReplaceReadmeTable(string(readme))
	if !ok {
		t.Fatal("README.md lacks the rules table markers")
	}
	if updated != string(readme) {
		t.Error("README.md's rules table is stale: run go generate ./analysis/rules")
	}
}
