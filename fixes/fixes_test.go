package fixes

import (
	"strings"
	"testing"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

func edit(start, end int, text string) analysis.Edit {
	return analysis.Edit{Start: start, End: end, NewText: text}
}

func TestOverlap(t *testing.T) {
	cases := []struct {
		a, b analysis.Edit
		want bool
	}{
		{edit(0, 2, "x"), edit(2, 4, "y"), false}, // adjacent
		{edit(0, 3, "x"), edit(2, 4, "y"), true},  // overlapping
		{edit(2, 2, "x"), edit(2, 2, "y"), true},  // two insertions at one point
		{edit(2, 2, "x"), edit(0, 4, ""), true},   // insertion inside a replacement
		{edit(0, 0, "x"), edit(0, 4, ""), false},  // insertion at a replacement's start
		{edit(4, 4, "x"), edit(0, 4, ""), false},  // insertion at a replacement's end
		{edit(1, 1, "x"), edit(3, 3, "y"), false},
	}
	for _, c := range cases {
		if got := Overlap(c.a, c.b); got != c.want {
			t.Errorf("Overlap(%v, %v) = %v", c.a, c.b, got)
		}
		if got := Overlap(c.b, c.a); got != c.want {
			t.Errorf("Overlap(%v, %v) = %v (reversed)", c.b, c.a, got)
		}
	}
}

func TestApplyAndValidate(t *testing.T) {
	src := []byte("abcdef")
	out, err := Apply(src, []analysis.Edit{edit(4, 6, "XY"), edit(0, 1, ""), edit(2, 2, "-")})
	if err != nil || string(out) != "b-cdXY" {
		t.Fatalf("Apply = %q, %v", out, err)
	}
	if _, err := Apply(src, []analysis.Edit{edit(0, 3, ""), edit(2, 4, "")}); err == nil {
		t.Error("overlapping edits applied")
	}
	if err := Validate(analysis.Fix{Title: "t", Edits: []analysis.Edit{edit(5, 9, "")}}, len(src)); err == nil {
		t.Error("edit past the end validated")
	}
	if err := Validate(analysis.Fix{Title: "t", Edits: []analysis.Edit{edit(0, 2, ""), edit(1, 3, "")}}, len(src)); err == nil {
		t.Error("self-overlapping fix validated")
	}
}

func TestSelectDefersConflicts(t *testing.T) {
	fixes := []analysis.Fix{
		{Title: "late", Edits: []analysis.Edit{edit(10, 12, "")}},
		{Title: "first", Edits: []analysis.Edit{edit(0, 5, "")}},
		{Title: "clash", Edits: []analysis.Edit{edit(3, 4, "")}},
	}
	got := Select(fixes)
	if len(got) != 2 || fixes[got[0]].Title != "first" || fixes[got[1]].Title != "late" {
		t.Errorf("Select = %v", got)
	}
}

// fakeRule and lintUpper make a tiny rule set for FixAll: every lower-case
// "x" is a finding whose fix upper-cases it; "bad" has a fix that breaks
// the syntax.
var fakeRule = &analysis.Rule{Code: "BTO999", Name: "fake"}

func lintX(src []byte) ([]analysis.Diagnostic, error) {
	var out []analysis.Diagnostic
	s := string(src)
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == 'x':
			out = append(out, analysis.Diagnostic{Rule: fakeRule, Start: i, End: i + 1,
				Fixes: []analysis.Fix{{Title: "upper", Edits: []analysis.Edit{edit(i, i+1, "X")}}}})
		case strings.HasPrefix(s[i:], "bad"):
			out = append(out, analysis.Diagnostic{Rule: fakeRule, Start: i, End: i + 3,
				Fixes: []analysis.Fix{{Title: "break", Edits: []analysis.Edit{edit(i, i+3, "(")}}}})
		case strings.HasPrefix(s[i:], "unsafe"):
			out = append(out, analysis.Diagnostic{Rule: fakeRule, Start: i, End: i + 6,
				Fixes: []analysis.Fix{{Title: "u", Applicability: analysis.Unsafe, Edits: []analysis.Edit{edit(i, i+6, "done")}}}})
		}
	}
	return out, nil
}

func TestFixAll(t *testing.T) {
	src := []byte("x = 1\nbad = x\nunsafe = 2\n")
	out, err := FixAll(src, false, lintX)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(out.Source); got != "X = 1\nbad = X\nunsafe = 2\n" {
		t.Errorf("safe fixes: %q", got)
	}
	if len(out.Dropped) != 1 || out.Dropped[0].Title != "break" {
		t.Errorf("Dropped = %+v", out.Dropped)
	}
	if !out.Converged || out.Applied != 2 || out.ByCode["BTO999"] != 2 {
		t.Errorf("outcome = %+v", out)
	}
	out, err = FixAll(src, true, lintX)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(out.Source); got != "X = 1\nbad = X\ndone = 2\n" {
		t.Errorf("unsafe fixes: %q", got)
	}
}

// A fix that keeps producing a new finding stops after MaxRounds.
func TestFixAllBoundedRounds(t *testing.T) {
	grow := func(src []byte) ([]analysis.Diagnostic, error) {
		return []analysis.Diagnostic{{Rule: fakeRule, Fixes: []analysis.Fix{{Title: "grow", Edits: []analysis.Edit{edit(0, 0, "a")}}}}}, nil
	}
	out, err := FixAll([]byte("b\n"), false, grow)
	if err != nil {
		t.Fatal(err)
	}
	if out.Rounds != MaxRounds || out.Converged {
		t.Errorf("rounds %d converged %v", out.Rounds, out.Converged)
	}
}

func tree(src string) *syntax.Tree { return syntax.Parse([]byte(src)) }

func applyAll(t *testing.T, src string, edits []analysis.Edit) string {
	t.Helper()
	out, err := Apply([]byte(src), edits)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestAddImportFrom(t *testing.T) {
	cases := []struct{ src, want string }{
		{
			"\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport os\n\nx = 1\n",
			"\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport os\nfrom decimal import Decimal\n\nx = 1\n",
		},
		{
			"from decimal import Context\nx = 1\n",
			"from decimal import Context, Decimal\nx = 1\n",
		},
		{
			"from decimal import (\n    Context,\n)\n",
			"from decimal import (\n    Context, Decimal,\n)\n",
		},
		{
			"from decimal import Decimal\n",
			"from decimal import Decimal\n",
		},
		{
			"# licence header\nx = 1\n",
			"# licence header\nfrom decimal import Decimal\nx = 1\n",
		},
		{
			"\"\"\"Only a docstring.\"\"\"",
			"\"\"\"Only a docstring.\"\"\"\nfrom decimal import Decimal\n",
		},
		{
			"import os\r\nx = 1\r\n",
			"import os\r\nfrom decimal import Decimal\r\nx = 1\r\n",
		},
	}
	for _, c := range cases {
		got := applyAll(t, c.src, AddImportFrom(tree(c.src), "decimal", "Decimal"))
		if got != c.want {
			t.Errorf("AddImportFrom(%q) =\n%q\nwant\n%q", c.src, got, c.want)
		}
		if tree(got).HasError() {
			t.Errorf("result does not parse: %q", got)
		}
	}
}

func TestAddImport(t *testing.T) {
	name, edits := AddImport(tree("import sys as system\n"), "sys")
	if name != "system" || edits != nil {
		t.Errorf("aliased: %q %v", name, edits)
	}
	src := "import os\nx = 1\n"
	name, edits = AddImport(tree(src), "sys")
	if got := applyAll(t, src, edits); name != "sys" || got != "import os\nimport sys\nx = 1\n" {
		t.Errorf("new import: %q %q", name, got)
	}
}

func TestIndentUnitAndInsert(t *testing.T) {
	src := "def f():\n\tif x:\n\t\treturn 1\n"
	tr := tree(src)
	if u := IndentUnit(tr); u != "\t" {
		t.Errorf("IndentUnit = %q", u)
	}
	if u := IndentUnit(tree("def f(): return 1\nclass A:\n  x = 1\n")); u != "  " {
		t.Errorf("IndentUnit two spaces = %q", u)
	}
	var ret syntax.Node
	for n := range tr.Root().Descendants() {
		if n.Is(syntax.KindReturnStatement) {
			ret = n
		}
	}
	got := applyAll(t, src, []analysis.Edit{InsertBefore(tr, ret, "y = 2", "")})
	if got != "def f():\n\tif x:\n\t\ty = 2\n\n\t\treturn 1\n" {
		t.Errorf("InsertBefore = %q", got)
	}
	if r := Reindent("    a\n\n        b\n", "    ", "\t"); r != "\ta\n\n\t    b\n" {
		t.Errorf("Reindent = %q", r)
	}
}

func TestDeleteStatement(t *testing.T) {
	src := "def f():\n    a = 1\n    b = 2  # note\n"
	tr := tree(src)
	var stmts []syntax.Node
	for n := range tr.Root().Descendants() {
		if n.Is(syntax.KindExpressionStatement) {
			stmts = append(stmts, n)
		}
	}
	if got := applyAll(t, src, []analysis.Edit{DeleteStatement(tr, stmts[1])}); got != "def f():\n    a = 1\n" {
		t.Errorf("delete with trailing comment: %q", got)
	}
	src = "def f():\n    a = 1\n"
	tr = tree(src)
	for n := range tr.Root().Descendants() {
		if n.Is(syntax.KindExpressionStatement) {
			if got := applyAll(t, src, []analysis.Edit{DeleteStatement(tr, n)}); got != "def f():\n    pass\n" {
				t.Errorf("delete only statement: %q", got)
			}
		}
	}
}

func TestImportPlacementBySection(t *testing.T) {
	cases := []struct{ module, name, src, want string }{
		{
			// A standard library module joins the standard library imports.
			"decimal", "Decimal",
			"import os\nimport sys\n\nimport boto3\n\nx = 1\n",
			"import os\nimport sys\nfrom decimal import Decimal\n\nimport boto3\n\nx = 1\n",
		},
		{
			// ... or opens their section before the third-party imports.
			"decimal", "Decimal",
			"import boto3\nfrom botocore.config import Config\n",
			"from decimal import Decimal\n\nimport boto3\nfrom botocore.config import Config\n",
		},
		{
			// A third-party module goes after the whole block.
			"botocore.exceptions", "ClientError",
			"import sys\n\nimport boto3\n\nx = 1\n",
			"import sys\n\nimport boto3\nfrom botocore.exceptions import ClientError\n\nx = 1\n",
		},
		{
			// Sorted names stay sorted: constants, classes, functions.
			"decimal", "Decimal",
			"from decimal import ROUND_UP, localcontext\n",
			"from decimal import ROUND_UP, Decimal, localcontext\n",
		},
		{
			// Unsorted names get the new one at the end.
			"decimal", "Decimal",
			"from decimal import localcontext, ROUND_UP\n",
			"from decimal import localcontext, ROUND_UP, Decimal\n",
		},
	}
	for _, c := range cases {
		got := applyAll(t, c.src, AddImportFrom(tree(c.src), c.module, c.name))
		if got != c.want {
			t.Errorf("AddImportFrom(%s, %s) on %q =\n%q\nwant\n%q", c.module, c.name, c.src, got, c.want)
		}
	}
	src := "from botocore.exceptions import WaiterError\n"
	got := applyAll(t, src, AddImportsFrom(tree(src), "botocore.exceptions", []string{"NoCredentialsError", "ClientError"}, syntax.Node{}))
	if got != "from botocore.exceptions import ClientError, NoCredentialsError, WaiterError\n" {
		t.Errorf("AddImportsFrom = %q", got)
	}
	src = "import boto3\n\ns3 = 1\n"
	name, edits := AddImport(tree(src), "sys")
	if got := applyAll(t, src, edits); name != "sys" || got != "import sys\n\nimport boto3\n\ns3 = 1\n" {
		t.Errorf("AddImport(sys) = %q", got)
	}
}
