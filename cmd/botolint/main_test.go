package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

// binary is the botolint executable built for the tests.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "botolint-cli-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "botolint")
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	}
	build := exec.Command(goTool, "build", "-o", binary, ".")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building botolint: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

// botolint runs the binary in dir with stdin and a clean environment
// (no virtual environment, no NO_COLOR) plus the extra variables.
func botolint(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	return botolintEnv(t, dir, stdin, nil, args...)
}

func botolintEnv(t *testing.T, dir, stdin string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		switch strings.SplitN(kv, "=", 2)[0] {
		case "VIRTUAL_ENV", "CONDA_PREFIX", "NO_COLOR":
			continue
		}
		cmd.Env = append(cmd.Env, kv)
	}
	cmd.Env = append(cmd.Env, env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running botolint %v: %v", args, err)
	}
	return result{out.String(), errb.String(), code}
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\n--- stdout\n%s--- stderr\n%s", r.code, r.stdout, r.stderr)
}

// writeFiles creates files under dir; a name ending in "/" is a directory.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
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

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// finding is one parsed "path:row:col: CODE message" line.
type finding struct {
	path     string
	row, col int
	code     string
	message  string
}

var findingLine = regexp.MustCompile(`^(.+?):(\d+):(\d+): (BTO\d+) (.*)$`)

// findings parses the finding lines of text or concise output, keeping
// only the given codes (more rules may fire as they are added).
func findings(out string, codes ...string) []finding {
	keep := map[string]bool{}
	for _, c := range codes {
		keep[c] = true
	}
	var fs []finding
	for _, l := range strings.Split(out, "\n") {
		m := findingLine.FindStringSubmatch(l)
		if m == nil || len(codes) > 0 && !keep[m[4]] {
			continue
		}
		row, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		fs = append(fs, finding{m[1], row, col, m[4], m[5]})
	}
	return fs
}

// position returns the 1-based row and character column of the first
// occurrence of needle in the line containing lineMarker.
func position(t *testing.T, text, lineMarker, needle string) (int, int) {
	t.Helper()
	for i, l := range strings.Split(text, "\n") {
		if strings.Contains(l, lineMarker) {
			b := strings.Index(l, needle)
			if b < 0 {
				t.Fatalf("%q not in line %q", needle, l)
			}
			return i + 1, utf8.RuneCountInString(l[:b]) + 1
		}
	}
	t.Fatalf("no line contains %q", lineMarker)
	return 0, 0
}

const sample = "import boto3\n\ndef f():\n\tprint \"tab\"\n\ns = \"h\u00e9llo \u65e5\u672c\"  # noqa: BTO999\n"

func TestCheckText(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"app.py": sample})
	r := botolint(t, dir, "", "check", "--select", "BTO9", "app.py")
	if r.code != 1 {
		t.Fatalf("want exit 1:\n%s", r)
	}
	fs := findings(r.stdout, "BTO900", "BTO901")
	if len(fs) != 2 {
		t.Fatalf("want BTO900 and BTO901:\n%s", r)
	}
	row, col := position(t, sample, "print", "print")
	if fs[0].code != "BTO900" || fs[0].path != "app.py" || fs[0].row != row || fs[0].col != col {
		t.Errorf("BTO900 at %+v, want %d:%d", fs[0], row, col)
	}
	row, col = position(t, sample, "noqa", "BTO999")
	if fs[1].code != "BTO901" || fs[1].row != row || fs[1].col != col {
		t.Errorf("BTO901 at %+v, want %d:%d (character column)", fs[1], row, col)
	}
	// The code frame: the tab expanded, carets under the statement.
	want := "4 |     print \"tab\"\n  |     ^^^^^^^^^^^\n"
	if !strings.Contains(r.stdout, want) {
		t.Errorf("frame with expanded tab missing, want\n%s\nin\n%s", want, r.stdout)
	}
	// Carets count display columns: characters, two for each wide one
	// (the line holds two CJK characters before the code).
	prefix := "s = \"h\u00e9llo \u65e5\u672c\"  # noqa: "
	want = "  | " + strings.Repeat(" ", utf8.RuneCountInString(prefix)+2) + "^^^^^^\n  = help: Remove unused noqa directive\n"
	if !strings.Contains(r.stdout, want) {
		t.Errorf("BTO901 frame, want\n%s\nin\n%s", want, r.stdout)
	}
	if !strings.HasSuffix(r.stdout, "(1 fixable with --fix).\n") || !strings.Contains(r.stdout, "\nFound ") {
		t.Errorf("summary line:\n%s", r.stdout)
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Error("colour written to a pipe")
	}
	for _, c := range r.stdout + r.stderr {
		if c > 0x7f && !strings.ContainsRune(sample, c) {
			t.Errorf("non-ASCII %q in output", c)
		}
	}
}

func TestCheckConcise(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"app.py": sample})
	// Flags after the path work too.
	r := botolint(t, dir, "", "check", "app.py", "--output-format", "concise", "--no-color")
	if r.code != 1 {
		t.Fatalf("want exit 1:\n%s", r)
	}
	fs := findings(r.stdout, "BTO900", "BTO901")
	if len(fs) != 2 {
		t.Fatalf("findings:\n%s", r)
	}
	row, col := position(t, sample, "noqa", "BTO999")
	want := fmt.Sprintf("app.py:%d:%d: BTO901 unused noqa `BTO999`: `BTO999` is not a botolint rule\n", row, col)
	if !strings.Contains(r.stdout, want) {
		t.Errorf("want line %q in\n%s", want, r.stdout)
	}
	if strings.Contains(r.stdout, " | ") {
		t.Errorf("concise output has a code frame:\n%s", r.stdout)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"clean.py":  "import boto3\n\nx = 1\n",
		"plain.py":  "print('no AWS here')  # noqa: BTO999\n", // out of scope
		"dirty.py":  "import boto3\nx = 1  # noqa: BTO999\n",
		"syntax.py": "import boto3\nprint \"x\"\n",
	})
	cases := []struct {
		args []string
		code int
		out  string // in stdout
		err  string // in stderr
	}{
		{[]string{"check", "--select", "BTO9", "clean.py"}, 0, "All checks passed.\n", ""},
		{[]string{"check", "plain.py"}, 0, "All checks passed.\n", ""},
		{[]string{"check", "--select", "BTO9", "dirty.py"}, 1, "Found 1 finding (1 fixable with --fix).\n", ""},
		{[]string{"check", "--select", "BTO9", "syntax.py"}, 1, "Found 1 finding.\n", ""},
		{[]string{"check", "--select", "BTO900,BTO901", "--ignore", "BTO9", "syntax.py", "dirty.py"}, 0, "All checks passed.\n", ""},
		{[]string{"check", "--select", "", "syntax.py", "dirty.py"}, 0, "All checks passed.\n", ""},
		{[]string{"check", "--select", "BTO9", "--ignore", "syntax-error", "syntax.py"}, 0, "", ""},
		{[]string{"check", "--bogus"}, 2, "", "flag provided but not defined: -bogus"},
		{[]string{"check", "--select", "BTO9X9"}, 2, "", `--select: unknown rule selector "BTO9X9"`},
		{[]string{"check", "--scope", "some"}, 2, "", `--scope: unknown scope "some"`},
		{[]string{"check", "--output-format", "xml"}, 2, "", `unknown output format "xml"`},
		{[]string{"check", "-", "clean.py"}, 2, "", `cannot be combined`},
		{[]string{"check", "missing.py"}, 2, "", "missing.py: error: no such file or directory"},
		{[]string{"check", "--botocore-data", "nowhere"}, 2, "", "botocore-data"},
		{[]string{"check", "--config", "nowhere.toml"}, 2, "", "nowhere.toml"},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{[]string{"--fix"}, 2, "", `unknown flag "--fix"`},
		{nil, 2, "", "Usage:"},
		{[]string{"help"}, 0, "Commands:", ""},
		{[]string{"-h"}, 0, "Commands:", ""},
		{[]string{"check", "-h"}, 0, "Usage: botolint check", ""},
		{[]string{"help", "check"}, 0, "--unsafe-fixes", ""},
	}
	for _, c := range cases {
		r := botolint(t, dir, "", c.args...)
		if r.code != c.code || !strings.Contains(r.stdout, c.out) || !strings.Contains(r.stderr, c.err) {
			t.Errorf("botolint %q: want exit %d, stdout ~ %q, stderr ~ %q; got\n%s", c.args, c.code, c.out, c.err, r)
		}
		if c.code == 2 && c.err != "" && strings.Contains(c.err, "flag") && !strings.Contains(r.stderr, "Usage") {
			t.Errorf("botolint %q: usage error without usage:\n%s", c.args, r)
		}
	}
}

func TestJSONGolden(t *testing.T) {
	input := readFile(t, filepath.Join("testdata", "json", "input.py"))
	goldenPath := filepath.Join("testdata", "json", "golden.json")
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"app.py": input, "sub/other.py": input})
	r := botolint(t, dir, "", "check", "--select", "BTO9", "--output-format", "json", ".")
	if r.code != 1 {
		t.Fatalf("want exit 1:\n%s", r)
	}
	if *update {
		if err := os.WriteFile(goldenPath, []byte(r.stdout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want := readFile(t, goldenPath); r.stdout != want {
		t.Errorf("JSON output differs from %s (go test -update rewrites it):\n%s", goldenPath, r.stdout)
	}

	// Shape checks that do not depend on the golden file.
	var diags []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &diags); err != nil {
		t.Fatal(err)
	}
	keys := "cell code end_location filename fix location message name noqa_row severity url"
	var files []string
	for _, d := range diags {
		var got []string
		for k := range d {
			got = append(got, k)
		}
		if len(got) != len(strings.Fields(keys)) {
			t.Errorf("keys %v, want %s", got, keys)
		}
		files = append(files, d["filename"].(string))
	}
	for i := 1; i < len(files); i++ {
		if files[i-1] > files[i] {
			t.Errorf("not sorted by filename: %v", files)
		}
	}
	row, col := position(t, input, "noqa: BTO999", "BTO999")
	found := false
	for _, d := range diags {
		loc := d["location"].(map[string]any)
		if d["code"] == "BTO901" && d["filename"] == "app.py" && int(loc["row"].(float64)) == row {
			found = true
			if int(loc["column"].(float64)) != col || int(d["noqa_row"].(float64)) != row {
				t.Errorf("BTO901 location %v, want %d:%d", loc, row, col)
			}
		}
	}
	if !found {
		t.Errorf("no BTO901 for line %d:\n%s", row, r.stdout)
	}

	// No findings: an empty array.
	writeFiles(t, dir, map[string]string{"clean/ok.py": "import boto3\n"})
	r = botolint(t, dir, "", "check", "--select", "BTO9", "--output-format", "json", "clean")
	if r.code != 0 || r.stdout != "[]\n" {
		t.Errorf("clean JSON:\n%s", r)
	}
}

func TestSeverityOverrideInJSON(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"botolint.toml": "select = [\"BTO9\"]\n[severity]\nunused-noqa = \"warning\"\n",
		"a.py":          "import boto3\nx = 1  # noqa: BTO999\n",
	})
	r := botolint(t, dir, "", "check", "--output-format", "json")
	if r.code != 1 || !strings.Contains(r.stdout, `"severity": "warning"`) {
		t.Errorf("severity override:\n%s", r)
	}
}

func TestFixWritesAndIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	src := "import boto3\n\nx = 1  # noqa: BTO999\ny = 2  # noqa: BTO900, E501\n"
	writeFiles(t, dir, map[string]string{"app.py": src})
	path := filepath.Join(dir, "app.py")
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	r := botolint(t, dir, "", "check", "--select", "BTO9", "--fix", ".")
	if r.code != 0 || !strings.Contains(r.stdout, "Fixed 2 findings.\nAll checks passed.\n") {
		t.Fatalf("fix:\n%s", r)
	}
	want := "import boto3\n\nx = 1\ny = 2  # noqa: E501\n"
	if got := readFile(t, path); got != want {
		t.Errorf("fixed file:\n%q\nwant\n%q", got, want)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o640 {
		t.Errorf("permissions %v, want 0640", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}

	// A second run changes nothing and does not touch the file.
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	os.Chtimes(path, old, old)
	r = botolint(t, dir, "", "check", "--select", "BTO9", "--fix", ".")
	if r.code != 0 || strings.Contains(r.stdout, "Fixed") || !strings.Contains(r.stdout, "All checks passed.") {
		t.Errorf("second fix:\n%s", r)
	}
	if st, _ := os.Stat(path); !st.ModTime().Equal(old) {
		t.Errorf("unchanged file was rewritten")
	}
	if got := readFile(t, path); got != want {
		t.Errorf("second fix changed the file: %q", got)
	}
}

func TestFixKeepsRemainingFindings(t *testing.T) {
	dir := t.TempDir()
	src := "import boto3\nprint \"x\"\nx = 1  # noqa: BTO999\n"
	writeFiles(t, dir, map[string]string{"app.py": src})
	r := botolint(t, dir, "", "check", "--select", "BTO9", "--fix", "app.py")
	if r.code != 1 || !strings.Contains(r.stdout, "Fixed 1 finding.\nFound 1 finding.\n") {
		t.Errorf("fix with a remaining finding:\n%s", r)
	}
	if fs := findings(r.stdout); len(fs) != 1 || fs[0].code != "BTO900" || fs[0].row != 2 {
		t.Errorf("remaining findings: %+v", fs)
	}
	if got := readFile(t, filepath.Join(dir, "app.py")); got != "import boto3\nprint \"x\"\nx = 1\n" {
		t.Errorf("fixed: %q", got)
	}
}

func TestFixThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real/app.py": "import boto3\nx = 1  # noqa: BTO999\n"})
	link := filepath.Join(dir, "link.py")
	if err := os.Symlink(filepath.Join(dir, "real", "app.py"), link); err != nil {
		t.Skip("no symlinks:", err)
	}
	r := botolint(t, dir, "", "check", "--select", "BTO9", "--fix", "link.py")
	if r.code != 0 {
		t.Fatalf("fix through link:\n%s", r)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("link replaced by a file")
	}
	if got := readFile(t, filepath.Join(dir, "real", "app.py")); got != "import boto3\nx = 1\n" {
		t.Errorf("target: %q", got)
	}
}

func TestDiff(t *testing.T) {
	dir := t.TempDir()
	src := "import boto3\n\nx = 1  # noqa: BTO999\n"
	writeFiles(t, dir, map[string]string{"app.py": src})
	r := botolint(t, dir, "", "check", "--select", "BTO9", "--diff", "app.py")
	want := "--- app.py\n+++ app.py\n@@ -1,3 +1,3 @@\n import boto3\n \n-x = 1  # noqa: BTO999\n+x = 1\n"
	if r.code != 1 || r.stdout != want || !strings.Contains(r.stderr, "Would fix 1 finding.") {
		t.Errorf("diff:\n%s\nwant stdout\n%s", r, want)
	}
	if got := readFile(t, filepath.Join(dir, "app.py")); got != src {
		t.Errorf("--diff wrote the file: %q", got)
	}
	// Nothing to fix: no diff, exit 0.
	writeFiles(t, dir, map[string]string{"app.py": "import boto3\n"})
	r = botolint(t, dir, "", "check", "--select", "BTO9", "--diff", "app.py")
	if r.code != 0 || r.stdout != "" {
		t.Errorf("empty diff:\n%s", r)
	}
}

func TestStdin(t *testing.T) {
	dir := t.TempDir()
	src := "import boto3\nprint \"x\"\nx = 1  # noqa: BTO999\n"
	r := botolint(t, dir, src, "check", "--select", "BTO9", "--output-format", "concise", "-", "--stdin-filename", "pkg/app.py")
	if r.code != 1 {
		t.Fatalf("stdin:\n%s", r)
	}
	fs := findings(r.stdout)
	if len(fs) != 2 || fs[0].path != "pkg/app.py" || fs[0].code != "BTO900" || fs[1].code != "BTO901" {
		t.Errorf("stdin findings %+v\n%s", fs, r)
	}
	// Without a name the path is "-".
	r = botolint(t, dir, src, "check", "--select", "BTO9", "--output-format", "concise", "-")
	if fs := findings(r.stdout); len(fs) != 2 || fs[0].path != "-" {
		t.Errorf("stdin without name:\n%s", r)
	}
	// --fix: the fixed text on stdout, the remaining findings on stderr.
	r = botolint(t, dir, src, "check", "--select", "BTO9", "--fix", "-", "--stdin-filename", "app.py")
	if r.code != 1 || r.stdout != "import boto3\nprint \"x\"\nx = 1\n" {
		t.Errorf("stdin --fix:\n%s", r)
	}
	if fs := findings(r.stderr); len(fs) != 1 || fs[0].code != "BTO900" || !strings.Contains(r.stderr, "Fixed 1 finding.") {
		t.Errorf("stdin --fix stderr:\n%s", r)
	}
	// --stdin-filename alone reads stdin.
	r = botolint(t, dir, "import boto3\n", "check", "--select", "BTO9", "--stdin-filename", "a.py")
	if r.code != 0 || r.stdout != "All checks passed.\n" {
		t.Errorf("stdin clean:\n%s", r)
	}
	// Not UTF-8: skipped, and --fix echoes the input unchanged.
	bad := "import boto3\nx = '\xff'\n"
	r = botolint(t, dir, bad, "check", "--fix", "-", "--stdin-filename", "a.py")
	if r.code != 2 || r.stdout != bad || !strings.Contains(r.stderr, "a.py: skipped: not valid UTF-8") {
		t.Errorf("stdin not UTF-8:\n%s", r)
	}
	// --diff from stdin.
	r = botolint(t, dir, src, "check", "--select", "BTO9", "--diff", "-", "--stdin-filename", "a.py")
	if r.code != 1 || !strings.Contains(r.stdout, "-x = 1  # noqa: BTO999\n+x = 1\n") {
		t.Errorf("stdin --diff:\n%s", r)
	}
}

func TestSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"latin1.py":  "import boto3\ns = '\xe9t\xe9'\n",
		"binary.py":  "import boto3\x00\x01\x02",
		"bom.py":     "\ufeffimport boto3  # noqa: BTO999\n",
		"crlf.py":    "import boto3\r\nx = 1  # noqa: BTO999\r\n",
		"ok.py":      "import boto3\n",
		"README.txt": "not python",
	})
	r := botolint(t, dir, "", "check", "--select", "BTO9", "--output-format", "concise", ".")
	if r.code != 1 {
		t.Fatalf("want exit 1 (findings win over skipped files):\n%s", r)
	}
	for _, want := range []string{"latin1.py: skipped: not valid UTF-8", "binary.py: skipped: binary file"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r)
		}
	}
	if !strings.Contains(r.stderr, "2 files could not be checked") {
		t.Errorf("no count of unchecked files:\n%s", r)
	}
	fs := findings(r.stdout, "BTO901")
	if len(fs) != 2 || fs[0].path != "bom.py" || fs[1].path != "crlf.py" {
		t.Fatalf("findings %+v", fs)
	}
	// The byte order mark is not a column.
	_, col := position(t, "import boto3  # noqa: BTO999", "noqa", "BTO999")
	if fs[0].row != 1 || fs[0].col != col || fs[1].row != 2 || fs[1].col != 16 {
		t.Errorf("positions %+v, want 1:%d and 2:16", fs, col)
	}
	// Only unreadable files: exit 2.
	r = botolint(t, dir, "", "check", "latin1.py", "binary.py")
	if r.code != 2 || r.stdout != "All checks passed.\n" {
		t.Errorf("only skipped files:\n%s", r)
	}
}

func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"secret.py": "import boto3\n", "ok.py": "import boto3\n"})
	path := filepath.Join(dir, "secret.py")
	if os.Geteuid() != 0 {
		if err := os.Chmod(path, 0); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(path, 0o644)
	} else if _, err := os.Stat("/proc/self/mem"); err == nil {
		// Permissions do not stop root; /proc/self/mem is a regular file
		// that fails to read at offset 0.
		path = "/proc/self/mem"
	} else {
		t.Skip("running as root without /proc")
	}
	r := botolint(t, dir, "", "check", "--select", "BTO9", "ok.py", path)
	if r.code != 2 || !strings.Contains(r.stderr, path+": skipped: cannot read") {
		t.Errorf("unreadable file:\n%s", r)
	}
}

func TestWalkSkipsEnvironments(t *testing.T) {
	dir := t.TempDir()
	bad := "import boto3\nx = 1  # noqa: BTO999\n"
	writeFiles(t, dir, map[string]string{
		"pyproject.toml":         "[tool.botolint]\nselect = [\"BTO9\"]\nexclude = [\"generated\", \"*_pb2.py\"]\n",
		"pkg/mod.py":             bad,
		"build/lib/mod.py":       bad,
		".git/hooks/x.py":        bad,
		".hg/x.py":               bad,
		".venv/lib/x.py":         bad,
		"venv/lib/x.py":          bad,
		"env/pyvenv.cfg":         "home = /usr/bin\n",
		"env/lib/x.py":           bad,
		"node_modules/x/x.py":    bad,
		"pkg/__pycache__/x.py":   bad,
		".tox/py3/x.py":          bad,
		".mypy_cache/x.py":       bad,
		"generated/x.py":         bad,
		"pkg/api_pb2.py":         bad,
		"pkg/notes.txt":          bad,
		"pkg/sub/botolint.toml":  "select = [\"BTO900\"]\n",
		"pkg/sub/quiet.py":       bad,
		"pkg/sub/generated/y.py": "import boto3\nprint \"x\"\n", // the nearer config has no exclude
		"tests/pyproject.toml":   "[project]\nname = \"t\"\n",
		"tests/test_x.py":        bad,
	})
	r := botolint(t, dir, "", "check", "--output-format", "concise")
	var got []string
	for _, f := range findings(r.stdout) {
		got = append(got, f.path)
	}
	want := []string{"build/lib/mod.py", "pkg/mod.py", "pkg/sub/generated/y.py", "tests/test_x.py"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("files with findings %v, want %v\n%s", got, want, r)
	}
	// Explicit files are checked even when excluded or inside a venv.
	r = botolint(t, dir, "", "check", "--output-format", "concise", "generated/x.py", ".venv/lib/x.py", "pkg/api_pb2.py")
	if n := len(findings(r.stdout, "BTO901")); n != 3 {
		t.Errorf("explicit files: %d findings\n%s", n, r)
	}
	// An explicit directory is entered whatever its name.
	r = botolint(t, dir, "", "check", "--output-format", "concise", "venv")
	if n := len(findings(r.stdout, "BTO901")); n != 1 {
		t.Errorf("explicit venv directory: %d findings\n%s", n, r)
	}
}

func TestParallelOutputIsSorted(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := 0; i < 60; i++ {
		files[fmt.Sprintf("d%d/m%02d.py", i%7, i)] = "import boto3\nx = 1  # noqa: BTO999\nprint \"x\"\n"
	}
	writeFiles(t, dir, files)
	first := botolint(t, dir, "", "check", "--select", "BTO9", "--output-format", "concise")
	second := botolint(t, dir, "", "check", "--select", "BTO9", "--output-format", "concise")
	if first.stdout != second.stdout {
		t.Error("output differs between runs")
	}
	fs := findings(first.stdout)
	if len(fs) != 120 {
		t.Fatalf("%d findings, want 120", len(fs))
	}
	for i := 1; i < len(fs); i++ {
		a, b := fs[i-1], fs[i]
		if a.path > b.path || a.path == b.path && a.row > b.row {
			t.Fatalf("not sorted: %+v before %+v", a, b)
		}
	}
}

func TestInvalidConfig(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"pyproject.toml": "[tool.botolint]\nselect = [\"BTO9\"]\nselct = [\"BTO1\"]\n",
		"app.py":         "import boto3\n",
	})
	r := botolint(t, dir, "", "check")
	if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, "pyproject.toml:3: unknown key \"selct\"") {
		t.Errorf("invalid config:\n%s", r)
	}
	writeFiles(t, dir, map[string]string{"pyproject.toml": "[tool.botolint]\nselect = \"BTO9\"\n"})
	r = botolint(t, dir, "", "check", "app.py")
	if r.code != 2 || !strings.Contains(r.stderr, "pyproject.toml:2: select must be a list of strings") {
		t.Errorf("bad type:\n%s", r)
	}
	writeFiles(t, dir, map[string]string{"pyproject.toml": "[tool.botolint\n"})
	r = botolint(t, dir, "import boto3\n", "check", "--fix", "-", "--stdin-filename", "app.py")
	if r.code != 2 || r.stdout != "import boto3\n" || !strings.Contains(r.stderr, "pyproject.toml:1: invalid TOML") {
		t.Errorf("broken TOML with stdin:\n%s", r)
	}
}

func TestPerFileIgnoresAndConfigFlag(t *testing.T) {
	dir := t.TempDir()
	bad := "import boto3\nx = 1  # noqa: BTO999\n"
	writeFiles(t, dir, map[string]string{
		"botolint.toml":    "select = [\"BTO9\"]\n[per-file-ignores]\n\"tests/**\" = [\"unused-noqa\"]\n",
		"tests/test_a.py":  bad,
		"src/a.py":         bad,
		"alt/strict.toml":  "select = [\"BTO900\"]\n",
		"alt/unused.toml":  "",
		"alt/pyproject.py": "",
	})
	r := botolint(t, dir, "", "check", "--output-format", "concise")
	if fs := findings(r.stdout); len(fs) != 1 || fs[0].path != "src/a.py" {
		t.Errorf("per-file-ignores:\n%s", r)
	}
	r = botolint(t, dir, "", "check", "--output-format", "concise", "--config", "alt/strict.toml")
	if r.code != 0 {
		t.Errorf("--config replaces discovery:\n%s", r)
	}
	// Command-line select resets the configuration's selection.
	r = botolint(t, dir, "", "check", "--output-format", "concise", "--select", "BTO901")
	if fs := findings(r.stdout); len(fs) != 1 {
		t.Errorf("--select with per-file-ignores:\n%s", r)
	}
}

func TestRule(t *testing.T) {
	dir := t.TempDir()
	r := botolint(t, dir, "", "rule", "BTO901")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "# BTO901 unused-noqa\n") {
		t.Fatalf("rule BTO901:\n%s", r)
	}
	for _, want := range []string{"Severity: info.", "Fix is always available.", "## What it does", "## Fix safety"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("rule BTO901 lacks %q", want)
		}
	}
	byName := botolint(t, dir, "", "rule", "syntax-error")
	if byName.code != 0 || !strings.HasPrefix(byName.stdout, "# BTO900 syntax-error\n") || !strings.Contains(byName.stdout, "Fix is not available.") {
		t.Errorf("rule syntax-error:\n%s", byName)
	}
	for _, args := range [][]string{{"rule"}, {"rule", "--all"}} {
		r = botolint(t, dir, "", args...)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "CODE ") {
			t.Errorf("%v:\n%s", args, r)
		}
		if !regexp.MustCompile(`(?m)^BTO901 +unused-noqa +info +always +\S`).MatchString(r.stdout) {
			t.Errorf("%v: no BTO901 row:\n%s", args, r.stdout)
		}
	}
	r = botolint(t, dir, "", "rule", "--all", "--output-format", "json")
	var rules []map[string]string
	if err := json.Unmarshal([]byte(r.stdout), &rules); err != nil || r.code != 0 {
		t.Fatalf("rule --all json: %v\n%s", err, r)
	}
	seen := map[string]bool{}
	for _, x := range rules {
		seen[x["code"]] = true
	}
	if !seen["BTO900"] || !seen["BTO901"] {
		t.Errorf("rule --all json lacks BTO900/BTO901")
	}
	r = botolint(t, dir, "", "rule", "BTO901", "--output-format", "json")
	var one map[string]string
	if err := json.Unmarshal([]byte(r.stdout), &one); err != nil || one["name"] != "unused-noqa" || one["fix"] != "always" || !strings.Contains(one["explanation"], "## What it does") {
		t.Errorf("rule json: %v\n%s", err, r)
	}
	for _, args := range [][]string{{"rule", "BTO999"}, {"rule", "BTO900", "BTO901"}, {"rule", "BTO900", "--all"}, {"rule", "--output-format", "xml"}} {
		if r := botolint(t, dir, "", args...); r.code != 2 || r.stderr == "" {
			t.Errorf("%v: want exit 2 with a message:\n%s", args, r)
		}
	}
}

func TestVersion(t *testing.T) {
	dir := t.TempDir()
	r := botolint(t, dir, "", "version")
	if r.code != 0 || !regexp.MustCompile(`^botolint \S+\n$`).MatchString(r.stdout) {
		t.Errorf("version:\n%s", r)
	}
	r = botolint(t, dir, "", "version", "--verbose")
	if r.code != 0 || !strings.Contains(r.stdout, "\ngo: go") || !strings.Contains(r.stdout, "grammar: tree-sitter-python") ||
		!regexp.MustCompile(`\nmodels: embedded botocore \S`).MatchString(r.stdout) {
		t.Errorf("version --verbose:\n%s", r)
	}
	// A botocore in the project's virtual environment is discovered.
	writeFiles(t, dir, map[string]string{
		".venv/lib/python3.12/site-packages/botocore/data/":       "",
		".venv/lib/python3.12/site-packages/botocore/__init__.py": "__version__ = '1.99.0'\n",
		"other/botocore/data/":                                    "",
	})
	r = botolint(t, dir, "", "version", "--verbose")
	if r.code != 0 || !strings.Contains(r.stdout, "\nmodels: /") ||
		!strings.Contains(r.stdout, "/.venv/lib/python3.12/site-packages/botocore/data (botocore 1.99.0)\n") {
		t.Errorf("version --verbose with .venv:\n%s", r)
	}
	r = botolint(t, dir, "", "version", "--verbose", "--botocore-data", "other/botocore/data")
	if r.code != 0 || !strings.Contains(r.stdout, "other/botocore/data (botocore unknown version)") {
		t.Errorf("version --botocore-data:\n%s", r)
	}
	r = botolint(t, dir, "", "version", "--verbose", "--botocore-data", "missing")
	if r.code != 2 || !strings.Contains(r.stderr, "missing") {
		t.Errorf("version with a bad --botocore-data:\n%s", r)
	}
}

// TestResolutionProject checks a multi-module project end to end: a
// package under src/ (a configured root) with relative imports, a base
// class in another module whose subclasses set the service, parameters
// bound by callers in other modules, a cached factory, a container of
// clients, a script outside the package, and the calls botolint must
// leave alone (callers that disagree, a function used as a value, a
// third-party module's client). The findings and `debug resolve`'s
// report are golden files beside the project (go test -update rewrites
// them).
func TestResolutionProject(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "projects", "resolution")
	for _, c := range []struct {
		golden string
		args   []string
		code   int
	}{
		{"findings.golden", []string{"check", "--output-format", "concise", "--no-color", "."}, 1},
		{"resolve.golden", []string{"debug", "resolve", "."}, 0},
	} {
		r := botolint(t, dir, "", c.args...)
		if r.code != c.code {
			t.Fatalf("%v: exit %d, want %d:\n%s", c.args, r.code, c.code, r)
		}
		path := filepath.Join(dir, c.golden)
		if *update {
			if err := os.WriteFile(path, []byte(r.stdout), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if want := readFile(t, path); r.stdout != want {
			t.Errorf("%v differs from %s (go test -update rewrites it):\n%s", c.args, c.golden, r.stdout)
		}
	}
}
