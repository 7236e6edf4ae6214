// Package analysistest runs rules over testdata the way
// golang.org/x/tools/go/analysis/analysistest does: a trailing
// `# want CODE "regexp"` comment marks each expected diagnostic on the line
// where it starts, every other line must stay silent, and the results of
// fixes are compared with golden files.
//
// Layout: testdata/rules/<CODE>/*.py. Beside x.py, x.py.golden holds the
// result of all safe fixes and x.py.unsafe.golden of safe plus unsafe ones;
// a golden exists exactly when the fixes change the file. Run the tests
// with -update (or BOTOLINT_UPDATE=1) to rewrite goldens.
//
// By default only the folder's rule runs. A comment line
// `# select: BTO004, BTO005` (or `# select: ALL`) before the first statement
// widens the selection for that file.
package analysistest

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Updating reports whether goldens should be rewritten.
func Updating() bool { return *update || os.Getenv("BOTOLINT_UPDATE") == "1" }

// Expectation is one `# want` entry.
type Expectation struct {
	Line    int // 0-based
	Code    string
	Message *regexp.Regexp
}

var (
	wantComment  = regexp.MustCompile(`#\s*want\s+(.*)$`)
	wantEntry    = regexp.MustCompile(`^\s*([A-Z]+[0-9]+)(?:\s+"((?:[^"\\]|\\.)*)")?`)
	selectHeader = regexp.MustCompile(`^#\s*select:\s*(.+)$`)
)

// ParseWants reads the `# want` comments of a parsed file.
func ParseWants(tree *syntax.Tree) ([]Expectation, error) {
	var out []Expectation
	for _, c := range tree.Comments() {
		m := wantComment.FindStringSubmatch(c.Text())
		if m == nil {
			continue
		}
		line, _ := tree.Lines().ByteColumn(c.Start())
		rest := m[1]
		for strings.TrimSpace(rest) != "" {
			e := wantEntry.FindStringSubmatchIndex(rest)
			if e == nil {
				return nil, fmt.Errorf("line %d: cannot read want entry %q", line+1, rest)
			}
			exp := Expectation{Line: line, Code: rest[e[2]:e[3]]}
			if e[4] >= 0 {
				re, err := regexp.Compile(strings.ReplaceAll(rest[e[4]:e[5]], `\"`, `"`))
				if err != nil {
					return nil, fmt.Errorf("line %d: %v", line+1, err)
				}
				exp.Message = re
			}
			out = append(out, exp)
			rest = rest[e[1]:]
		}
	}
	return out, nil
}

// selection returns the rules a file asks for with a `# select:` header.
func selection(src []byte, code string, known []*analysis.Rule) ([]*analysis.Rule, error) {
	sel := []string{code}
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		m := selectHeader.FindStringSubmatch(line)
		if m == nil {
			if strings.HasPrefix(line, "#") {
				continue
			}
			break
		}
		sel = nil
		for _, s := range strings.Split(m[1], ",") {
			sel = append(sel, strings.TrimSpace(s))
		}
	}
	return analysis.Selection{Select: sel}.Apply(known)
}

// Run checks every folder testdata/rules/<CODE> under dir against the rule
// with that code, and fails for a rule without a folder.
func Run(t *testing.T, dir string, known []*analysis.Rule) {
	t.Helper()
	for _, rule := range known {
		t.Run(rule.Code, func(t *testing.T) {
			folder := filepath.Join(dir, rule.Code)
			files, _ := filepath.Glob(filepath.Join(folder, "*.py"))
			if len(files) == 0 {
				t.Fatalf("rule %s has no testdata in %s", rule.Code, folder)
			}
			var stats fixStats
			for _, f := range files {
				t.Run(filepath.Base(f), func(t *testing.T) {
					runFile(t, f, rule, known, &stats)
				})
			}
			stats.check(t, rule)
		})
	}
}

// fixStats counts, over a rule's folder, diagnostics with and without fixes.
type fixStats struct{ withFix, withoutFix int }

func (s fixStats) check(t *testing.T, rule *analysis.Rule) {
	t.Helper()
	switch rule.Fix {
	case analysis.FixNever:
		if s.withFix > 0 {
			t.Errorf("%s declares no fixes but offered %d", rule.Code, s.withFix)
		}
	case analysis.FixAlways:
		if s.withoutFix > 0 {
			t.Errorf("%s declares a fix for every finding but %d findings had none", rule.Code, s.withoutFix)
		}
		if s.withFix == 0 {
			t.Errorf("%s declares fixes but its testdata shows none", rule.Code)
		}
	case analysis.FixSometimes:
		if s.withFix == 0 {
			t.Errorf("%s declares fixes for some findings but its testdata shows none", rule.Code)
		}
	}
}

// Lint returns the diagnostics of src under rules, for fix-all and tests.
func Lint(path string, rules, known []*analysis.Rule) fixes.LintFunc {
	runner := analysis.NewRunner(analysis.Config{Known: known, Enabled: rules})
	return func(src []byte) ([]analysis.Diagnostic, error) {
		res, err := runner.Check(context.Background(), path, src)
		if err != nil {
			return nil, err
		}
		return res.Diagnostics, nil
	}
}

func runFile(t *testing.T, path string, rule *analysis.Rule, known []*analysis.Rule, stats *fixStats) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rules, err := selection(src, rule.Code, known)
	if err != nil {
		t.Fatal(err)
	}
	lint := Lint(path, rules, known)
	diags, err := lint(src)
	if err != nil {
		t.Fatal(err)
	}
	tree := syntax.Parse(src)
	if rule.Code != "BTO900" && tree.HasError() {
		t.Errorf("testdata does not parse (only BTO900 testdata may have syntax errors)")
	}
	wants, err := ParseWants(tree)
	if err != nil {
		t.Fatal(err)
	}
	checkWants(t, tree, diags, wants)
	for _, d := range diags {
		if d.Rule != rule {
			continue
		}
		if len(d.Fixes) > 0 {
			stats.withFix++
		} else {
			stats.withoutFix++
		}
		for _, f := range d.Fixes {
			if err := fixes.Validate(f, len(src)); err != nil {
				t.Errorf("%s", err)
			}
			if f.Title == "" {
				t.Errorf("line %d: fix without a title", line(tree, d.Start))
			}
		}
	}
	checkGolden(t, path+".golden", src, false, lint)
	checkGolden(t, path+".unsafe.golden", src, true, lint)
}

func line(tree *syntax.Tree, off int) int {
	l, _ := tree.Lines().ByteColumn(off)
	return l + 1
}

func checkWants(t *testing.T, tree *syntax.Tree, diags []analysis.Diagnostic, wants []Expectation) {
	t.Helper()
	used := make([]bool, len(wants))
	for _, d := range diags {
		l, _ := tree.Lines().ByteColumn(d.Start)
		matched := false
		for i, w := range wants {
			if used[i] || w.Line != l || w.Code != d.Rule.Code {
				continue
			}
			if w.Message != nil && !w.Message.MatchString(d.Message) {
				continue
			}
			used[i] = true
			matched = true
			break
		}
		if !matched {
			t.Errorf("line %d: unexpected %s %q", l+1, d.Rule.Code, d.Message)
		}
	}
	for i, w := range wants {
		if !used[i] {
			msg := ""
			if w.Message != nil {
				msg = fmt.Sprintf(" matching %q", w.Message)
			}
			t.Errorf("line %d: expected %s%s, got none", w.Line+1, w.Code, msg)
		}
	}
}

// checkGolden applies fixes to a fixed point and compares with the golden.
func checkGolden(t *testing.T, golden string, src []byte, unsafe bool, lint fixes.LintFunc) {
	t.Helper()
	out, err := fixes.FixAll(src, unsafe, lint)
	if err != nil {
		t.Fatal(err)
	}
	if !out.Converged {
		t.Errorf("%s: fixes did not reach a fixed point in %d rounds", filepath.Base(golden), fixes.MaxRounds)
	}
	for _, d := range out.Dropped {
		t.Errorf("%s: fix %q of %s produced code that does not parse", filepath.Base(golden), d.Title, d.Code)
	}
	if syntax.Parse(out.Source).HasError() && !syntax.Parse(src).HasError() {
		t.Errorf("%s: fixed code does not parse", filepath.Base(golden))
	}
	changed := !bytes.Equal(out.Source, src)
	want, err := os.ReadFile(golden)
	exists := err == nil
	if Updating() {
		switch {
		case changed:
			if err := os.WriteFile(golden, out.Source, 0o644); err != nil {
				t.Fatal(err)
			}
		case exists:
			os.Remove(golden)
		}
		return
	}
	switch {
	case changed && !exists:
		t.Errorf("fixes change the file but %s is missing (run with -update)", filepath.Base(golden))
	case !changed && exists:
		t.Errorf("no fix applies but %s exists (run with -update)", filepath.Base(golden))
	case changed && !bytes.Equal(out.Source, want):
		t.Errorf("%s differs (run with -update to accept):\n%s", filepath.Base(golden), diffLines(string(want), string(out.Source)))
	}
}

// diffLines shows the first lines where two texts differ.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 12; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  golden: %q\n  got:    %q\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}

// CodeBlocks returns the fenced code blocks under a Markdown heading.
func CodeBlocks(doc, heading string) []string {
	var out []string
	lines := strings.Split(doc, "\n")
	in := false
	var block []string
	inside := false
	for _, l := range lines {
		if strings.HasPrefix(l, "## ") {
			in = strings.TrimSpace(strings.TrimPrefix(l, "## ")) == heading
			continue
		}
		if !in {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			if inside {
				out = append(out, strings.Join(block, "\n")+"\n")
				block = nil
			}
			inside = !inside
			continue
		}
		if inside {
			block = append(block, l)
		}
	}
	return out
}

// RequiredHeadings lists the headings every rule doc has, in order.
var RequiredHeadings = []string{"What it does", "Why is this bad?", "Example", "Use instead"}

// CheckDocs checks a rule's documentation: the headings in ruff's order,
// "Fix safety" when the rule fixes, an Example that fires the rule and a
// Use instead that does not.
func CheckDocs(t *testing.T, rule *analysis.Rule, known []*analysis.Rule) {
	t.Helper()
	var headings []string
	for _, l := range strings.Split(rule.Doc, "\n") {
		if h, ok := strings.CutPrefix(l, "## "); ok {
			headings = append(headings, strings.TrimSpace(h))
		}
	}
	order := []string{"What it does", "Why is this bad?", "Example", "Use instead", "Fix safety", "Options", "References"}
	pos := -1
	for _, h := range headings {
		i := indexOf(order, h)
		if i < 0 {
			t.Errorf("%s docs: unexpected heading %q", rule.Code, h)
			continue
		}
		if i <= pos {
			t.Errorf("%s docs: heading %q out of order", rule.Code, h)
		}
		pos = i
	}
	for _, h := range RequiredHeadings {
		if indexOf(headings, h) < 0 {
			t.Errorf("%s docs: missing heading %q", rule.Code, h)
		}
	}
	if rule.Fix != analysis.FixNever && indexOf(headings, "Fix safety") < 0 {
		t.Errorf("%s docs: fixable rule without a Fix safety section", rule.Code)
	}
	lint := Lint("doc.py", []*analysis.Rule{rule}, known)
	if rule.Late {
		lint = Lint("doc.py", known, known)
	}
	examples := CodeBlocks(rule.Doc, "Example")
	if len(examples) == 0 {
		t.Errorf("%s docs: no code block under Example", rule.Code)
	}
	for _, ex := range examples {
		if n := count(t, lint, ex, rule); n == 0 {
			t.Errorf("%s docs: the Example does not fire the rule:\n%s", rule.Code, ex)
		}
	}
	for _, ex := range CodeBlocks(rule.Doc, "Use instead") {
		if n := count(t, lint, ex, rule); n != 0 {
			t.Errorf("%s docs: the Use instead block fires the rule %d times:\n%s", rule.Code, n, ex)
		}
	}
}

func count(t *testing.T, lint fixes.LintFunc, src string, rule *analysis.Rule) int {
	diags, err := lint([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range diags {
		if d.Rule == rule {
			n++
		}
	}
	return n
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// SortedCodes returns the codes of rules, sorted.
func SortedCodes(rules []*analysis.Rule) []string {
	var out []string
	for _, r := range rules {
		out = append(out, r.Code)
	}
	sort.Strings(out)
	return out
}
