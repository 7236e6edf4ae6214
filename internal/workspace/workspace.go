// Package workspace builds the index of the modules a run of the CLI or a
// session of the language server checks files in (project.Index): which
// folders it covers, which files under them, with the configuration's
// exclusions and catalog.
package workspace

import (
	"context"
	"os"
	"path/filepath"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/project"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/config"
	"github.com/botolint/botolint/internal/walk"
)

// projectMarkers are the files whose folder is a project's root.
var projectMarkers = []string{"pyproject.toml", "setup.py", "setup.cfg", ".git"}

// Roots returns the folders a run's index covers: the folders named
// on the command line (the folder of a file named), the project root above
// each (the nearest folder holding pyproject.toml, setup.py, setup.cfg or
// .git), so that a file checked alone still sees the modules it imports,
// and the source roots its configuration names (roots = [...]).
func Roots(ws *config.Workspace, paths []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(d string) {
		if d != "" && !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		dir := abs
		if st, err := os.Stat(abs); err != nil || !st.IsDir() {
			dir = filepath.Dir(abs)
		}
		add(dir)
		add(projectRoot(dir))
		if s, err := ws.ForDir(dir); err == nil {
			for _, r := range s.Roots {
				add(r)
			}
		}
	}
	return out
}

func projectRoot(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		for _, m := range projectMarkers {
			if _, err := os.Stat(filepath.Join(d, m)); err == nil {
				return d
			}
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// NewIndex summarizes, on all cores, the Python modules under roots and
// the files to be checked: the workspace their imports are resolved in.
// Files that cannot be read or configured are left out of it (the check
// reports them). The parse trees of the files to check are kept, so that
// checking them does not parse them again.
func NewIndex(ws *config.Workspace, roots, files []string) *project.Index {
	svc := analysis.Services(awsmodel.Embedded())
	if len(files) > 0 {
		svc = Services(ws, files[0])
	}
	ix := project.New(project.Options{Services: svc, Roots: roots})
	seen := map[string]bool{}
	var sources []project.Source
	for _, f := range append(Files(ws, roots), files...) {
		k := project.KeyOf(f)
		if !seen[k] {
			seen[k] = true
			sources = append(sources, project.Source{Path: f})
		}
	}
	checked := map[string]bool{}
	for _, f := range files {
		checked[project.KeyOf(f)] = true
	}
	ix.AddAll(context.Background(), sources, func(key string) bool { return checked[key] })
	return ix
}

// Services returns the service catalog of the file at path (the embedded
// one, or the one its configuration names).
func Services(ws *config.Workspace, path string) semantic.Services {
	if s, err := ws.ForFile(path); err == nil {
		if cat, err := s.Catalog(path); err == nil {
			return analysis.Services(cat)
		}
	}
	return analysis.Services(awsmodel.Embedded())
}

// Files returns the Python files under roots that are not excluded by
// their configuration (nor under a folder whose configuration cannot be
// read: the check reports that).
func Files(ws *config.Workspace, roots []string) []string {
	found, _ := walk.Files(roots, func(p string) (bool, error) {
		s, err := ws.ForDir(filepath.Dir(p))
		if err != nil {
			return true, nil
		}
		return s.Excluded(p), nil
	})
	return found
}

// Excluded reports whether the configuration excludes the file at path.
func Excluded(ws *config.Workspace, path string) bool {
	s, err := ws.ForDir(filepath.Dir(path))
	return err == nil && s.Excluded(path)
}
