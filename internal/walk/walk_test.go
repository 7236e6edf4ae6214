package walk

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFiles(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{
		"a.py", "b.txt", "pkg/c.py", "pkg/__pycache__/c.py", ".git/x.py", "venv/x.py",
		"env/pyvenv.cfg", "env/lib/x.py", "build/d.py", "skipme/e.py", "pkg/skip_f.py",
	} {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, nil, 0o644)
	}
	os.Mkdir(filepath.Join(root, "dir.py"), 0o755) // a directory named like a file
	os.Symlink(filepath.Join(root, "a.py"), filepath.Join(root, "pkg", "link.py"))
	os.Symlink(filepath.Join(root, "missing"), filepath.Join(root, "pkg", "dangling.py"))
	os.Symlink(root, filepath.Join(root, "pkg", "loop")) // not followed

	exclude := func(p string) (bool, error) {
		base := filepath.Base(p)
		return base == "skipme" || strings.HasPrefix(base, "skip_"), nil
	}
	files, errs := Files([]string{root, filepath.Join(root, "pkg", "skip_f.py"), filepath.Join(root, "a.py")}, exclude)
	if len(errs) != 0 {
		t.Errorf("errors: %v", errs)
	}
	var rel []string
	for _, f := range files {
		r, _ := filepath.Rel(root, f)
		rel = append(rel, filepath.ToSlash(r))
	}
	want := "a.py build/d.py pkg/c.py pkg/link.py pkg/skip_f.py"
	if got := strings.Join(rel, " "); got != want {
		t.Errorf("files %s\nwant %s", got, want)
	}
}

func TestFilesProblems(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "a.py"), nil, 0o644)
	files, errs := Files([]string{filepath.Join(root, "nope"), root}, func(string) (bool, error) {
		return false, errors.New("bad config")
	})
	if len(files) != 0 {
		t.Errorf("files with a failing excluder: %v", files)
	}
	var pe *PathError
	if len(errs) != 2 || !errors.As(errs[0], &pe) || pe.Err != "no such file or directory" || errs[1].Error() != "bad config" {
		t.Errorf("errors %v", errs)
	}
}
