package engine

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/botolint/botolint/config"
)

func workspace(t *testing.T, select_ ...string) *config.Workspace {
	t.Helper()
	ws, err := config.NewWorkspace(config.WorkspaceOptions{
		Overrides: &config.Options{Select: select_},
		Getenv:    func(string) string { return "" },
	})
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func TestUnreadable(t *testing.T) {
	for src, want := range map[string]string{
		"import boto3\n":           "",
		"\ufeffimport boto3\n":     "",
		"x = '\xe9'\n":             "not valid UTF-8",
		"x\x00y":                   "binary file (contains NUL bytes)",
		"":                         "",
		"\xef\xbb":                 "not valid UTF-8",
		"s = '\U0001F600'\n":       "",
		"\xed\xa0\x80 surrogate\n": "not valid UTF-8",
	} {
		if got := Unreadable([]byte(src)); got != want {
			t.Errorf("Unreadable(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestCheckModes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.py")
	src := "import boto3\nx = 1  # noqa: BTO999\n"
	os.WriteFile(path, []byte(src), 0o600)
	ws := workspace(t, "BTO9")

	r := Check(context.Background(), ws, nil, Input{Path: path}, Report)
	if !r.Checked() || len(r.Diagnostics) != 1 || r.Changed {
		t.Fatalf("report: %+v", r)
	}
	r = Check(context.Background(), ws, nil, Input{Path: path}, Preview)
	if !r.Checked() || !r.Changed || r.Written || r.Fixed != 1 || string(r.Source) != "import boto3\nx = 1\n" || string(r.Original) != src {
		t.Fatalf("preview: %+v", r)
	}
	if got, _ := os.ReadFile(path); string(got) != src {
		t.Error("preview wrote the file")
	}
	r = Check(context.Background(), ws, nil, Input{Path: path}, Fix)
	if !r.Checked() || !r.Written || len(r.Diagnostics) != 0 {
		t.Fatalf("fix: %+v", r)
	}
	if got, _ := os.ReadFile(path); string(got) != "import boto3\nx = 1\n" {
		t.Errorf("fixed file %q", got)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", st.Mode())
	}
	// stdin input is never written.
	r = Check(context.Background(), ws, nil, Input{Path: path, Source: []byte(src)}, Fix)
	if r.Written || !r.Changed {
		t.Errorf("stdin fix: %+v", r)
	}
	r = Check(context.Background(), ws, nil, Input{Path: filepath.Join(dir, "missing.py")}, Report)
	if !strings.HasPrefix(r.Skipped, "cannot read: no such file") {
		t.Errorf("missing: %+v", r)
	}
}

func TestWriteFileRefusesChangedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.py")
	os.WriteFile(path, []byte("one\n"), 0o644)
	before, _ := os.Stat(path)
	later := time.Now().Add(time.Hour)
	os.WriteFile(path, []byte("two, longer\n"), 0o644)
	os.Chtimes(path, later, later)
	if err := WriteFile(path, []byte("fixed\n"), before); err == nil || !strings.Contains(err.Error(), "changed") {
		t.Errorf("err = %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "two, longer\n" {
		t.Errorf("file overwritten: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("leftovers: %v", entries)
	}
}

func TestRunKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	var inputs []Input
	for i := 0; i < 40; i++ {
		p := filepath.Join(dir, strings.Repeat("x", i+1)+".py")
		os.WriteFile(p, []byte("import boto3\n"), 0o644)
		inputs = append(inputs, Input{Path: p})
	}
	res := Run(context.Background(), workspace(t, "BTO9"), nil, inputs, Report)
	for i, r := range res {
		if r.Path != inputs[i].Path || !r.Checked() {
			t.Fatalf("result %d: %+v", i, r)
		}
	}
}
