// Package walk finds the Python files to check under the paths given on
// the command line.
package walk

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// SkippedDirs are directory names never entered while walking: version
// control data, virtual environments, caches and installed packages.
// Directories named on the command line are entered whatever their name.
var SkippedDirs = map[string]bool{
	".git":          true,
	".hg":           true,
	".svn":          true,
	".venv":         true,
	"venv":          true,
	"node_modules":  true,
	"__pycache__":   true,
	".tox":          true,
	".nox":          true,
	".mypy_cache":   true,
	".pytest_cache": true,
	".ruff_cache":   true,
}

// Excluder reports whether a path found while walking (a file or a
// directory) is excluded by configuration. It may return an error (a broken
// configuration file), which is recorded; the path is then skipped.
type Excluder func(path string) (bool, error)

// Files returns the .py files under roots, sorted and without duplicates.
// A root that is a file is always included, whatever its name or the
// exclusions. Below a root directory, directories in SkippedDirs, Python
// virtual environments (a directory holding pyvenv.cfg) and excluded paths
// are skipped. Problems (a missing root, an unreadable directory, a
// configuration error from exclude) are returned beside the files; the walk
// goes on.
func Files(roots []string, exclude Excluder) ([]string, []error) {
	seen := map[string]bool{}
	var files []string
	var errs []error
	add := func(p string) {
		key := filepath.Clean(p)
		if !seen[key] {
			seen[key] = true
			files = append(files, p)
		}
	}
	excluded := func(p string) bool {
		if exclude == nil {
			return false
		}
		skip, err := exclude(p)
		if err != nil {
			errs = append(errs, err)
			return true
		}
		return skip
	}
	for _, root := range roots {
		st, err := os.Stat(root)
		if err != nil {
			errs = append(errs, &PathError{Path: root, Err: Describe(err)})
			continue
		}
		if !st.IsDir() {
			add(root)
			continue
		}
		walkErr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &PathError{Path: p, Err: "cannot read directory: " + Describe(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p == root {
				return nil
			}
			if d.IsDir() {
				if SkippedDirs[d.Name()] || IsVirtualEnv(p) || excluded(p) {
					return fs.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(d.Name(), ".py") {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// A link to a regular file counts; links to directories
				// are not followed (no cycles).
				if st, err := os.Stat(p); err != nil || !st.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			if excluded(p) {
				return nil
			}
			add(p)
			return nil
		})
		if walkErr != nil {
			errs = append(errs, &PathError{Path: root, Err: Describe(walkErr)})
		}
	}
	sort.Strings(files)
	return files, errs
}

// IsVirtualEnv reports whether dir is a Python virtual environment.
func IsVirtualEnv(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, "pyvenv.cfg"))
	return err == nil && st.Mode().IsRegular()
}

// PathError is a problem with one path.
type PathError struct {
	Path string
	Err  string
}

func (e *PathError) Error() string { return fmt.Sprintf("%s: %s", e.Path, e.Err) }

// Describe gives the cause of a file system error without repeating the
// path.
func Describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}
