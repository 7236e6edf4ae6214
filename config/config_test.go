package config

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/rules"
)

// fakeRules is a fixed rule set, so that selection tests do not change as
// rules are added.
var fakeRules = []*analysis.Rule{
	{Code: "BTO101", Name: "manual-pagination", Severity: analysis.SeverityWarning},
	{Code: "BTO102", Name: "missing-pagination", Severity: analysis.SeverityWarning},
	{Code: "BTO201", Name: "client-in-loop", Severity: analysis.SeverityWarning},
	{Code: "BTO202", Name: "client-in-lambda-handler", Severity: analysis.SeverityWarning},
	{Code: "BTO900", Name: "syntax-error", Severity: analysis.SeverityError},
	{Code: "BTO901", Name: "unused-noqa", Severity: analysis.SeverityInfo},
}

func noEnv(string) string { return "" }

// write creates files under root; a name ending in "/" is a directory.
func write(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func codes(rs []*analysis.Rule) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Code)
	}
	return strings.Join(out, ",")
}

func newWS(t *testing.T, opts WorkspaceOptions) *Workspace {
	t.Helper()
	if opts.Rules == nil {
		opts.Rules = fakeRules
	}
	if opts.Getenv == nil {
		opts.Getenv = noEnv
	}
	w, err := NewWorkspace(opts)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func settingsFor(t *testing.T, w *Workspace, path string) *Settings {
	t.Helper()
	s, err := w.ForFile(path)
	if err != nil {
		t.Fatalf("ForFile(%s): %v", path, err)
	}
	return s
}

func TestParseFullSchema(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"models/": ""})
	text := `
[tool.other]
x = 1

[tool.botolint]
select = ["ALL"]
ignore = ["BTO102"]
extend-select = ["BTO9"]
unsafe-fixes = true
botocore-data = "models"
scope = "all"
main-functions = ["main", "cli"]
lambda-handlers = ["lambda_handler"]
exclude = ["generated/**", "legacy_*.py"]
debounce-ms = 300

[tool.botolint.per-file-ignores]
"tests/**" = ["BTO2", "unused-noqa"]
"__init__.py" = ["ALL"]

[tool.botolint.severity]
BTO101 = "error"
client-in-loop = "hint"
`
	path := filepath.Join(dir, "pyproject.toml")
	f, found, err := Parse(path, []byte(text), true, fakeRules)
	if err != nil || !found {
		t.Fatalf("Parse: found=%v err=%v", found, err)
	}
	o := f.Options
	tru, n := true, 300
	want := Options{
		Select:       []string{"ALL"},
		Ignore:       []string{"BTO102"},
		ExtendSelect: []string{"BTO9"},
		PerFileIgnores: []PerFileIgnore{
			{Pattern: "tests/**", Selectors: []string{"BTO2", "unused-noqa"}},
			{Pattern: "__init__.py", Selectors: []string{"ALL"}},
		},
		Severity:       map[string]string{"BTO101": "error", "client-in-loop": "hint"},
		UnsafeFixes:    &tru,
		BotocoreData:   "models",
		Scope:          "all",
		MainFunctions:  []string{"main", "cli"},
		LambdaHandlers: []string{"lambda_handler"},
		Exclude:        []string{"generated/**", "legacy_*.py"},
		DebounceMS:     &n,
		BaseDir:        dir,
		Origin:         path,
	}
	if !reflect.DeepEqual(o, want) {
		t.Errorf("options:\n got %+v\nwant %+v", o, want)
	}
	if got := o.BotocoreDataDir(); got != filepath.Join(dir, "models") {
		t.Errorf("BotocoreDataDir = %q", got)
	}

	s, err := Resolve(fakeRules, &o)
	if err != nil {
		t.Fatal(err)
	}
	if got := codes(s.Enabled); got != "BTO101,BTO201,BTO202,BTO900,BTO901" {
		t.Errorf("enabled = %s", got)
	}
	if s.Severity["BTO101"] != analysis.SeverityError || s.Severity["BTO201"] != analysis.SeverityHint {
		t.Errorf("severity = %v", s.Severity)
	}
	if !s.UnsafeFixes || s.Options.Scope != "all" || s.DebounceMS != 300 ||
		!reflect.DeepEqual(s.Options.MainFunctions, []string{"main", "cli"}) ||
		!reflect.DeepEqual(s.Options.LambdaHandlers, []string{"lambda_handler"}) {
		t.Errorf("settings = %+v, options = %+v", s, s.Options)
	}
	if s.BotocoreData != filepath.Join(dir, "models") {
		t.Errorf("BotocoreData = %q", s.BotocoreData)
	}
}

func TestDefaults(t *testing.T) {
	s, err := Resolve(fakeRules)
	if err != nil {
		t.Fatal(err)
	}
	if codes(s.Enabled) != codes(fakeRules) {
		t.Errorf("enabled = %s, want all", codes(s.Enabled))
	}
	if s.UnsafeFixes || s.BotocoreData != "" || s.Options.Scope != "boto3" ||
		!reflect.DeepEqual(s.Options.MainFunctions, []string{"main"}) || s.DebounceMS != DefaultDebounceMS {
		t.Errorf("defaults = %+v %+v", s, s.Options)
	}
}

func TestBotolintTomlTopLevel(t *testing.T) {
	f, found, err := Parse("/p/botolint.toml", []byte(`select = ["BTO1"]`+"\n"), false, fakeRules)
	if err != nil || !found || !reflect.DeepEqual(f.Options.Select, []string{"BTO1"}) {
		t.Fatalf("got %+v, %v, %v", f, found, err)
	}
	// [tool.botolint] inside botolint.toml is a mistake worth explaining.
	_, _, err = Parse("/p/botolint.toml", []byte("[tool.botolint]\nselect = [\"BTO1\"]\n"), false, fakeRules)
	if err == nil || !strings.Contains(err.Error(), "/p/botolint.toml:1:") || !strings.Contains(err.Error(), "top level") {
		t.Errorf("err = %v", err)
	}
}

func TestPyprojectWithoutSection(t *testing.T) {
	for _, text := range []string{"", "[project]\nname = \"x\"\n", "[tool.ruff]\nselect = [\"E\"]\n"} {
		_, found, err := Parse("/p/pyproject.toml", []byte(text), true, fakeRules)
		if err != nil || found {
			t.Errorf("%q: found=%v err=%v", text, found, err)
		}
	}
	// Dotted keys at the top level count.
	f, found, err := Parse("/p/pyproject.toml", []byte("tool.botolint.select = [\"BTO2\"]\n"), true, fakeRules)
	if err != nil || !found || !reflect.DeepEqual(f.Options.Select, []string{"BTO2"}) {
		t.Errorf("dotted: %+v %v %v", f, found, err)
	}
}

func TestDiscoveryNesting(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"pyproject.toml":             "[tool.botolint]\nselect = [\"BTO1\"]\n",
		"a.py":                       "",
		"sub/botolint.toml":          "select = [\"BTO2\"]\n",
		"sub/deeper/b.py":            "",
		"plain/pyproject.toml":       "[project]\nname = \"plain\"\n",
		"plain/c.py":                 "",
		"both/botolint.toml":         "select = [\"BTO900\"]\n",
		"both/pyproject.toml":        "[tool.botolint]\nselect = [\"BTO901\"]\n",
		"both/d.py":                  "",
		"pyonly/pyproject.toml":      "[tool.botolint]\nselect = [\"BTO901\"]\n",
		"pyonly/e.py":                "",
		"pyonly/nested/more/deep.py": "",
	})
	w := newWS(t, WorkspaceOptions{})
	cases := map[string]string{
		"a.py":                       "BTO101,BTO102",
		"sub/deeper/b.py":            "BTO201,BTO202",
		"plain/c.py":                 "BTO101,BTO102", // no [tool.botolint]: keep looking up
		"both/d.py":                  "BTO900",        // botolint.toml wins
		"pyonly/e.py":                "BTO901",
		"pyonly/nested/more/deep.py": "BTO901",
	}
	for name, want := range cases {
		s := settingsFor(t, w, filepath.Join(root, name))
		if got := codes(s.Enabled); got != want {
			t.Errorf("%s: enabled %s, want %s", name, got, want)
		}
	}
	// Same directory, same settings value (cached).
	if settingsFor(t, w, filepath.Join(root, "sub/deeper/b.py")) != settingsFor(t, w, filepath.Join(root, "sub/deeper/x.py")) {
		t.Error("settings not cached per directory")
	}
	f, err := w.ConfigFor(filepath.Join(root, "sub", "deeper"))
	if err != nil || f == nil || f.Path != filepath.Join(root, "sub", "botolint.toml") {
		t.Errorf("ConfigFor = %+v, %v", f, err)
	}

	// A new file appears: the cache keeps the old answer until Invalidate.
	write(t, root, map[string]string{"sub/deeper/botolint.toml": "select = [\"BTO900\"]\n"})
	if got := codes(settingsFor(t, w, filepath.Join(root, "sub/deeper/b.py")).Enabled); got != "BTO201,BTO202" {
		t.Errorf("before Invalidate: %s", got)
	}
	w.Invalidate()
	if got := codes(settingsFor(t, w, filepath.Join(root, "sub/deeper/b.py")).Enabled); got != "BTO900" {
		t.Errorf("after Invalidate: %s", got)
	}
}

func TestExplicitConfigFile(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"pyproject.toml":      "[tool.botolint]\nselect = [\"BTO1\"]\n",
		"conf/custom.toml":    "select = [\"BTO2\"]\n[per-file-ignores]\n\"x/*.py\" = [\"BTO201\"]\n",
		"conf/pyproject.toml": "[tool.botolint]\nselect = [\"BTO9\"]\n",
	})
	w := newWS(t, WorkspaceOptions{ConfigFile: filepath.Join(root, "conf", "custom.toml")})
	if got := codes(settingsFor(t, w, filepath.Join(root, "a.py")).Enabled); got != "BTO201,BTO202" {
		t.Errorf("explicit config: %s", got)
	}
	// Globs are relative to the explicit file's directory.
	s := settingsFor(t, w, filepath.Join(root, "a.py"))
	if got := codes(s.EnabledFor(filepath.Join(root, "conf", "x", "f.py"))); got != "BTO202" {
		t.Errorf("per-file-ignores relative to config: %s", got)
	}
	if got := codes(s.EnabledFor(filepath.Join(root, "x", "f.py"))); got != "BTO201,BTO202" {
		t.Errorf("per-file-ignores outside config dir: %s", got)
	}
	w = newWS(t, WorkspaceOptions{ConfigFile: filepath.Join(root, "conf", "pyproject.toml")})
	if got := codes(settingsFor(t, w, filepath.Join(root, "a.py")).Enabled); got != "BTO900,BTO901" {
		t.Errorf("explicit pyproject: %s", got)
	}
	if _, err := NewWorkspace(WorkspaceOptions{Rules: fakeRules, ConfigFile: filepath.Join(root, "missing.toml")}); err == nil {
		t.Error("missing explicit config: no error")
	}
}

func TestPrecedence(t *testing.T) {
	tru, fls := true, false
	file := &Options{
		Ignore:       []string{"BTO102"},
		ExtendSelect: []string{},
		Severity:     map[string]string{"BTO101": "error", "BTO201": "hint"},
		UnsafeFixes:  &tru,
		Scope:        "all",
	}
	cases := []struct {
		name     string
		layers   []*Options
		enabled  string
		severity map[string]analysis.Severity
		unsafe   bool
		scope    string
	}{
		{
			name:    "file only",
			layers:  []*Options{file},
			enabled: "BTO101,BTO201,BTO202,BTO900,BTO901",
			unsafe:  true, scope: "all",
			severity: map[string]analysis.Severity{"BTO101": analysis.SeverityError, "BTO201": analysis.SeverityHint},
		},
		{
			// ruff: a later select resets the resolution, the file's
			// ignore no longer applies.
			name:    "override select resets",
			layers:  []*Options{file, {Select: []string{"BTO1"}}},
			enabled: "BTO101,BTO102",
			unsafe:  true, scope: "all",
			severity: map[string]analysis.Severity{"BTO101": analysis.SeverityError, "BTO201": analysis.SeverityHint},
		},
		{
			name:    "override extend-select and ignore append",
			layers:  []*Options{{Select: []string{"BTO1"}, Ignore: []string{"BTO102"}}, {ExtendSelect: []string{"BTO9"}, Ignore: []string{"BTO900"}}},
			enabled: "BTO101,BTO901",
			scope:   "boto3", severity: map[string]analysis.Severity{},
		},
		{
			name:     "scalars and severity merge",
			layers:   []*Options{file, {UnsafeFixes: &fls, Scope: "boto3", Severity: map[string]string{"client-in-loop": "error"}}},
			enabled:  "BTO101,BTO201,BTO202,BTO900,BTO901",
			scope:    "boto3",
			severity: map[string]analysis.Severity{"BTO101": analysis.SeverityError, "BTO201": analysis.SeverityError},
		},
		{
			name:    "empty select selects nothing",
			layers:  []*Options{{Select: []string{}}},
			enabled: "", scope: "boto3", severity: map[string]analysis.Severity{},
		},
		{
			name:    "ignore ALL then extend in a later layer",
			layers:  []*Options{{Ignore: []string{"ALL"}}, {ExtendSelect: []string{"syntax-error"}}},
			enabled: "BTO900", scope: "boto3", severity: map[string]analysis.Severity{},
		},
		{
			name:    "negations",
			layers:  []*Options{{Select: []string{"BTO", "-BTO2", "!BTO900"}, Ignore: []string{"-BTO900"}}},
			enabled: "BTO101,BTO102,BTO900,BTO901", scope: "boto3", severity: map[string]analysis.Severity{},
		},
	}
	for _, c := range cases {
		s, err := Resolve(fakeRules, c.layers...)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := codes(s.Enabled); got != c.enabled {
			t.Errorf("%s: enabled %q, want %q", c.name, got, c.enabled)
		}
		if s.Enabled == nil {
			t.Errorf("%s: Enabled is nil (NewRunner would run every rule)", c.name)
		}
		if !reflect.DeepEqual(s.Severity, c.severity) {
			t.Errorf("%s: severity %v, want %v", c.name, s.Severity, c.severity)
		}
		if s.UnsafeFixes != c.unsafe || s.Options.Scope != c.scope {
			t.Errorf("%s: unsafe=%v scope=%q", c.name, s.UnsafeFixes, s.Options.Scope)
		}
	}
}

func TestOverridesOverFile(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"botolint.toml": "ignore = [\"BTO102\"]\nmain-functions = [\"run\"]\n",
	})
	w := newWS(t, WorkspaceOptions{Overrides: &Options{ExtendSelect: []string{"BTO9"}, Ignore: []string{"BTO201"}, MainFunctions: []string{"cli"}}})
	s := settingsFor(t, w, filepath.Join(root, "a.py"))
	if got := codes(s.Enabled); got != "BTO101,BTO202,BTO900,BTO901" {
		t.Errorf("enabled = %s", got)
	}
	if !reflect.DeepEqual(s.Options.MainFunctions, []string{"cli"}) {
		t.Errorf("main functions = %v", s.Options.MainFunctions)
	}
	// Bad overrides are rejected up front.
	for _, o := range []*Options{
		{Select: []string{"BTO9X9"}},
		{Scope: "everything"},
		{BotocoreData: filepath.Join(root, "nope")},
		{Severity: map[string]string{"BTO101": "fatal"}},
	} {
		if _, err := NewWorkspace(WorkspaceOptions{Rules: fakeRules, Overrides: o}); err == nil {
			t.Errorf("overrides %+v: no error", o)
		}
	}
}

func TestPerFileIgnores(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"pyproject.toml": `[tool.botolint.per-file-ignores]
"tests/**" = ["BTO2"]
"__init__.py" = ["ALL"]
"src/gen" = ["client-in-loop"]
"!src/**" = ["BTO901"]
"scripts/*.py" = ["BTO1", "-BTO102"]
"empty.py" = []
`,
	})
	w := newWS(t, WorkspaceOptions{})
	s := settingsFor(t, w, filepath.Join(root, "x.py"))
	cases := map[string]string{
		"src/app.py":          "BTO101,BTO102,BTO201,BTO202,BTO900,BTO901",
		"src/pkg/__init__.py": "",
		"src/gen/a/b.py":      "BTO101,BTO102,BTO202,BTO900,BTO901",
		"tests/test_a.py":     "BTO101,BTO102,BTO900",
		"tests/deep/x/t.py":   "BTO101,BTO102,BTO900",
		"scripts/run.py":      "BTO102,BTO201,BTO202,BTO900",
		"scripts/sub/run.py":  "BTO101,BTO102,BTO201,BTO202,BTO900",
		"empty.py":            "BTO101,BTO102,BTO201,BTO202,BTO900",
		"other/tests/t.py":    "BTO101,BTO102,BTO201,BTO202,BTO900", // "tests/**" is anchored
	}
	for name, want := range cases {
		if got := codes(s.EnabledFor(filepath.Join(root, name))); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}

func TestGlob(t *testing.T) {
	cases := []struct {
		glob string
		path string
		want bool
	}{
		{"*.py", "a.py", true},
		{"*.py", "d/e/a.py", true},
		{"test_*.py", "pkg/test_x.py", true},
		{"test_*.py", "pkg/x_test.py", false},
		{"migrations", "app/migrations/0001.py", true},
		{"tests/**", "tests/a.py", true},
		{"tests/**", "tests/a/b/c.py", true},
		{"tests/**", "src/tests/a.py", false},
		{"**/tests/*.py", "tests/a.py", true},
		{"**/tests/*.py", "x/y/tests/a.py", true},
		{"**/tests/*.py", "x/y/tests/z/a.py", false},
		{"src/*.py", "src/a.py", true},
		{"src/*.py", "src/b/a.py", false},
		{"./src/gen/", "src/gen/x.py", true},
		{"src/**/*_pb2.py", "src/a/b/m_pb2.py", true},
		{"src/**/*_pb2.py", "src/m_pb2.py", true},
		{"{a,b}.py", "b.py", true},
		{"[ab].py", "c.py", false},
		{"[!ab].py", "c.py", true},
		{"a?.py", "ab.py", true},
		{"a?.py", "a/.py", false},
		{"*.py", "../outside/a.py", true},
		{"src/*.py", "../src/a.py", false},
		{"d\u00e9j\u00e0/*.py", "d\u00e9j\u00e0/x.py", true},
	}
	for _, c := range cases {
		g, err := CompileGlob(c.glob)
		if err != nil {
			t.Errorf("%q: %v", c.glob, err)
			continue
		}
		if got := g.Match(c.path); got != c.want {
			t.Errorf("%q ~ %q = %v, want %v", c.glob, c.path, got, c.want)
		}
	}
	for _, bad := range []string{"", "[abc", "{a,b", "[]"} {
		if _, err := CompileGlob(bad); err == nil {
			t.Errorf("CompileGlob(%q): no error", bad)
		}
	}
}

func TestExclude(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"botolint.toml": "exclude = [\"generated\", \"legacy_*.py\", \"src/vendor/**\"]\n",
	})
	w := newWS(t, WorkspaceOptions{})
	s := settingsFor(t, w, filepath.Join(root, "x.py"))
	for name, want := range map[string]bool{
		"generated":              true,
		"a/generated/x.py":       true,
		"legacy_io.py":           true,
		"src/vendor/lib/a.py":    true,
		"src/app.py":             false,
		"vendor/a.py":            false,
		"src/legacy/new_code.py": false,
	} {
		if got := s.Excluded(filepath.Join(root, name)); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", name, got, want)
		}
	}
}

// errText resolves the settings of a file in a directory holding one
// configuration file and returns the error text.
func errText(t *testing.T, name, text string) string {
	t.Helper()
	root := t.TempDir()
	write(t, root, map[string]string{name: text})
	w := newWS(t, WorkspaceOptions{})
	_, err := w.ForFile(filepath.Join(root, "a.py"))
	if err == nil {
		t.Fatalf("%s: no error for\n%s", name, text)
	}
	return strings.ReplaceAll(err.Error(), root+string(filepath.Separator), "")
}

func TestErrors(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"pyproject.toml", "[tool.botolint]\nselect = [\"BTO1\"]\nselct = [\"BTO2\"]\n",
			[]string{`pyproject.toml:3: unknown key "selct" in [tool.botolint]; did you mean "select"?`}},
		{"botolint.toml", "extend_select = [\"BTO1\"]\n",
			[]string{`botolint.toml:1: unknown key "extend_select" in the top level; did you mean "extend-select"?`}},
		{"botolint.toml", "\n\ncolour = true\n",
			[]string{`botolint.toml:3: unknown key "colour"`, "known keys: select"}},
		{"pyproject.toml", "[tool.botolint]\n\nselect = \"BTO1\"\n",
			[]string{`pyproject.toml:3: select must be a list of strings, not a string (write ["BTO1"])`}},
		{"botolint.toml", "ignore = [\"BTO1\", 2]\n",
			[]string{`botolint.toml:1: ignore: item 2 must be a string, not an integer`}},
		{"botolint.toml", "unsafe-fixes = \"yes\"\n",
			[]string{`botolint.toml:1: unsafe-fixes must be a boolean (true or false), not a string`}},
		{"botolint.toml", "debounce-ms = 1.5\n",
			[]string{`botolint.toml:1: debounce-ms must be an integer (milliseconds), not a float`}},
		{"botolint.toml", "debounce-ms = -1\n",
			[]string{`botolint.toml:1: debounce-ms: -1 is out of range`}},
		{"botolint.toml", "scope = \"everything\"\n",
			[]string{`botolint.toml:1: scope: unknown scope "everything"`}},
		{"botolint.toml", "scope = 1\n",
			[]string{`botolint.toml:1: scope must be a string`}},
		{"botolint.toml", "severity = \"error\"\n",
			[]string{`botolint.toml:1: severity must be a table`}},
		{"botolint.toml", "[severity]\nBTO101 = \"error\"\nBTO999 = \"hint\"\nBTO102 = 3\nBTO201 = \"fatal\"\n",
			[]string{
				`botolint.toml:3: severity: "BTO999" is not a rule code or name`,
				`botolint.toml:4: severity "BTO102" must be a string`,
				`botolint.toml:5: severity "BTO201": unknown severity "fatal"`,
			}},
		{"botolint.toml", "per-file-ignores = [\"a\"]\n",
			[]string{`botolint.toml:1: per-file-ignores must be a table`}},
		{"botolint.toml", "[per-file-ignores]\n\"ok/*\" = [\"BTO1\"]\n\"[bad\" = [\"BTO1\"]\n\"x.py\" = \"BTO1\"\n",
			[]string{
				`botolint.toml:3: per-file-ignores: invalid glob "[bad"`,
				`botolint.toml:4: per-file-ignores "x.py" must be a list of strings, not a string`,
			}},
		{"botolint.toml", "select = [\"BTO1\", \"BTO9X9\"]\n",
			[]string{`botolint.toml:1: select: unknown rule selector "BTO9X9"`}},
		{"botolint.toml", "extend-select = [\n  \"BTO1\",\n  \"not-a-rule\",\n]\n",
			[]string{`botolint.toml:1: extend-select: unknown rule selector "not-a-rule"`}},
		{"botolint.toml", "[per-file-ignores]\n\"tests/*\" = [\"BTO1\", \"-nope\"]\n",
			[]string{`botolint.toml:2: per-file-ignores "tests/*": unknown rule selector "-nope"`}},
		{"botolint.toml", "main-functions = [\"main\", \"not a name\"]\n",
			[]string{`botolint.toml:1: main-functions: "not a name" is not a Python function name`}},
		{"botolint.toml", "exclude = [\"!keep\"]\n",
			[]string{`botolint.toml:1: exclude: negated glob "!keep" is not supported`}},
		{"botolint.toml", "\nbotocore-data = \"no/such/dir\"\n",
			[]string{`botolint.toml:2: botocore-data: `, `no/such/dir: no such directory`}},
		{"botolint.toml", "botocore-data = 5\n",
			[]string{`botolint.toml:1: botocore-data must be a string`}},
		{"pyproject.toml", "[tool]\nbotolint = 3\n",
			[]string{`pyproject.toml:2: tool.botolint must be a table, not an integer`}},
		{"pyproject.toml", "[tool.botolint]\nselect = [\"BTO1\"\n",
			[]string{`pyproject.toml:2: invalid TOML`}},
		{"botolint.toml", "select = [\"BTO1\"]\nselect = [\"BTO2\"]\n",
			[]string{`botolint.toml:2: invalid TOML`}},
		{"botolint.toml", "a = 1\nb = 2\n",
			[]string{`botolint.toml:1: unknown key "a"`, `botolint.toml:2: unknown key "b"`}},
	}
	for _, c := range cases {
		got := errText(t, c.name, c.text)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("config %s:\n%s\nerror:\n%s\nwant it to contain:\n%s", c.name, c.text, got, w)
			}
		}
	}
}

func TestErrorsNeverPanic(t *testing.T) {
	inputs := []string{
		"\xff\xfe", "[tool.botolint", "select = [[[[", "select = [\"\xff\"]",
		"[tool.botolint]\nselect = [{a = 1}]\n", "[[tool.botolint]]\nselect = []\n",
		"[tool.botolint]\nper-file-ignores = { \"a\" = [1, {b = 2}] }\n",
		"tool = [1, 2]\n", "\"\" = 1\n", "[tool.botolint.severity]\n\"\" = \"error\"\n",
		"[tool.botolint]\nexclude = [\"\"]\nmain-functions = []\n",
	}
	for _, in := range inputs {
		for _, py := range []bool{true, false} {
			_, _, _ = Parse("/x/cfg.toml", []byte(in), py, fakeRules)
		}
	}
}

func TestLocateKeys(t *testing.T) {
	text := `# comment = 1
top = 1
"quoted key" = 'v'
a.b . "c" = 2
multi = """
fake = 3
"""
arr = [
  1, # x = 4
  [2, 3],
]
[tool.botolint]
select = ["A"] # trailing
inline = { x = 1, y.z = "}" }

[ tool . botolint . "per-file-ignores" ]
"tests/**" = ["B"]
[[arrays]]
name = "n"
lit = '''
also = fake
'''
last = 1
`
	k := locateKeys(text)
	cases := []struct {
		path []string
		line int
	}{
		{[]string{"top"}, 2},
		{[]string{"quoted key"}, 3},
		{[]string{"a", "b", "c"}, 4},
		{[]string{"multi"}, 5},
		{[]string{"fake"}, 0},
		{[]string{"arr"}, 8},
		{[]string{"tool", "botolint"}, 12},
		{[]string{"tool", "botolint", "select"}, 13},
		{[]string{"tool", "botolint", "inline", "y", "z"}, 14},
		{[]string{"tool", "botolint", "per-file-ignores"}, 16},
		{[]string{"tool", "botolint", "per-file-ignores", "tests/**"}, 17},
		{[]string{"tool", "botolint", "per-file-ignores", "unknown"}, 16},
		{[]string{"arrays", "name"}, 19},
		{[]string{"also"}, 0},
		{[]string{"arrays", "last"}, 23},
	}
	for _, c := range cases {
		if got := k.line(c.path...); got != c.line {
			t.Errorf("line(%q) = %d, want %d", c.path, got, c.line)
		}
	}
}

func TestRunnerCacheAndEmptySelection(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"pyproject.toml":     "[tool.botolint]\nselect = [\"BTO9\"]\n[tool.botolint.per-file-ignores]\n\"quiet.py\" = [\"BTO901\"]\n",
		"none/botolint.toml": "select = []\n",
	})
	w := newWS(t, WorkspaceOptions{Rules: rules.All()})
	s := settingsFor(t, w, filepath.Join(root, "a.py"))
	r1, err := s.Runner(filepath.Join(root, "a.py"))
	if err != nil {
		t.Fatal(err)
	}
	r2, _ := s.Runner(filepath.Join(root, "b.py"))
	if r1 != r2 {
		t.Error("runners not shared between files with the same settings")
	}
	r3, _ := s.Runner(filepath.Join(root, "quiet.py"))
	if r3 == r1 {
		t.Error("per-file-ignores did not give a different runner")
	}
	src := []byte("import boto3\nx = 1  # noqa: BTO999\n")
	check := func(r *analysis.Runner) string {
		res, err := r.Check(context.Background(), "a.py", src)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range res.Diagnostics {
			out = append(out, d.Rule.Code)
		}
		return strings.Join(out, ",")
	}
	if got := check(r1); got != "BTO901" {
		t.Errorf("a.py: %s, want BTO901", got)
	}
	if got := check(r3); got != "" {
		t.Errorf("quiet.py: %s, want nothing", got)
	}
	// select = [] runs no rule at all (not every rule).
	sn := settingsFor(t, w, filepath.Join(root, "none", "a.py"))
	rn, _ := sn.Runner(filepath.Join(root, "none", "a.py"))
	if len(rn.Enabled()) != 0 {
		t.Errorf("select = [] enabled %s", codes(rn.Enabled()))
	}
	if got := check(rn); got != "" {
		t.Errorf("select = []: %s", got)
	}
}

func TestCatalogs(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "models", "botocore", "data")
	venvData := filepath.Join(root, "proj", ".venv", "lib", "python3.12", "site-packages", "botocore", "data")
	write(t, root, map[string]string{
		"models/botocore/data/":                                        "",
		"models/botocore/__init__.py":                                  "__version__ = '1.2.3'\n",
		"proj/.venv/lib/python3.12/site-packages/botocore/data/":       "",
		"proj/.venv/lib/python3.12/site-packages/botocore/__init__.py": "__version__ = \"9.8.7\"\n",
		"pinned/botolint.toml":                                         "botocore-data = \"../models/botocore/data\"\n",
	})
	w := newWS(t, WorkspaceOptions{})

	// Nothing configured, nothing found: the embedded models.
	s := settingsFor(t, w, filepath.Join(root, "a.py"))
	cat, err := s.Catalog(filepath.Join(root, "a.py"))
	if err != nil || cat != awsmodel.Embedded() {
		t.Errorf("default catalog = %v, %v", cat, err)
	}
	// Discovered from a .venv above the file.
	s = settingsFor(t, w, filepath.Join(root, "proj", "src", "a.py"))
	cat, err = s.Catalog(filepath.Join(root, "proj", "src", "a.py"))
	if err != nil || cat.Source() != venvData || cat.Version() != "9.8.7" {
		t.Errorf("discovered catalog = %v, %v", cat, err)
	}
	again, _ := s.Catalog(filepath.Join(root, "proj", "b.py"))
	if again != cat {
		t.Error("discovered catalog not cached per folder")
	}
	// botocore-data, relative to the configuration file.
	s = settingsFor(t, w, filepath.Join(root, "pinned", "a.py"))
	cat, err = s.Catalog(filepath.Join(root, "pinned", "a.py"))
	if err != nil || cat.Source() != data || cat.Version() != "1.2.3" {
		t.Errorf("configured catalog = %v, %v", cat, err)
	}
	// A folder removed after validation is an error, not a crash.
	w2 := newWS(t, WorkspaceOptions{Overrides: &Options{BotocoreData: data}})
	os.RemoveAll(filepath.Join(root, "models"))
	s = settingsFor(t, w2, filepath.Join(root, "a.py"))
	if _, err := s.Runner(filepath.Join(root, "a.py")); err == nil || !strings.Contains(err.Error(), "botocore-data") {
		t.Errorf("vanished botocore-data: err = %v", err)
	}
}

func TestFromMap(t *testing.T) {
	var m map[string]any
	text := `{"select": ["BTO1"], "ignore": [], "severity": {"BTO101": "hint"}, "debounce-ms": 250,
		"per-file-ignores": {"tests/**": ["BTO102"]}, "unsafe-fixes": true, "scope": "all"}`
	if err := json.Unmarshal([]byte(text), &m); err != nil {
		t.Fatal(err)
	}
	o, err := FromMap(m, "editor settings", "/ws", fakeRules)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(o.Select, []string{"BTO1"}) || o.Ignore == nil || *o.DebounceMS != 250 || !*o.UnsafeFixes ||
		o.Scope != "all" || o.Severity["BTO101"] != "hint" || len(o.PerFileIgnores) != 1 || o.BaseDir != "/ws" {
		t.Errorf("options %+v", o)
	}
	m = nil
	if err := json.Unmarshal([]byte(`{"select": "BTO1", "debounce-ms": 1.5, "colour": 1}`), &m); err != nil {
		t.Fatal(err)
	}
	_, err = FromMap(m, "editor settings", "/ws", fakeRules)
	for _, want := range []string{
		`editor settings: select must be a list of strings`,
		`editor settings: debounce-ms must be an integer`,
		`editor settings: unknown key "colour" in the settings`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v lacks %q", err, want)
		}
	}
}
