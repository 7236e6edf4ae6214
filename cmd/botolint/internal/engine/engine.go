// Package engine checks and fixes files for the check command: it reads a
// file, refuses what is not Python text, runs the rules its settings
// select, applies fixes to a fixed point and writes the result safely.
package engine

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/botolint/botolint/internal/walk"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"unicode/utf8"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/project"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/config"
	"github.com/botolint/botolint/fixes"
)

// Mode says what to do with fixes.
type Mode int

const (
	// Report only reports findings.
	Report Mode = iota
	// Fix applies fixes and writes the files.
	Fix
	// Preview applies fixes in memory only (--diff, stdin).
	Preview
)

// Input is one file to check.
type Input struct {
	// Path is the file's name as shown to the user; it is also used to find
	// its settings.
	Path string
	// Source, when not nil, is the text to check instead of the file's
	// (stdin); such an input is never written.
	Source []byte
}

// Result is the outcome for one file.
type Result struct {
	Path string
	// Source is the text the diagnostics refer to: after fixes, the fixed
	// text.
	Source []byte
	// Original is the text before fixes (the same as Source without
	// fixes).
	Original    []byte
	Lines       *syntax.LineIndex
	Diagnostics []analysis.Diagnostic
	// UnsafeFixes is the file's unsafe-fixes setting.
	UnsafeFixes bool

	Fixed        int // fixes applied
	Dropped      []fixes.Dropped
	NotConverged bool
	Changed      bool // Source differs from Original
	Written      bool

	// Skipped says why the file was not checked ("not valid UTF-8", ...).
	Skipped string
	// Err is a failure while checking or writing.
	Err error
}

// Checked reports whether the file was checked.
func (r *Result) Checked() bool { return r.Skipped == "" && r.Err == nil }

// Run checks inputs on GOMAXPROCS workers, as modules of prog (nil: each
// file alone), and returns the results in input order.
func Run(ctx context.Context, ws *config.Workspace, prog *project.Index, inputs []Input, mode Mode) []*Result {
	results := make([]*Result, len(inputs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), max(1, len(inputs)))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = Check(ctx, ws, prog, inputs[i], mode)
			}
		}()
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

// Check checks (and in Fix mode fixes) one input, as a module of prog
// (nil: alone). It never panics.
func Check(ctx context.Context, ws *config.Workspace, prog *project.Index, in Input, mode Mode) (res *Result) {
	res = &Result{Path: in.Path}
	defer func() {
		if p := recover(); p != nil {
			res.Err = fmt.Errorf("internal error: %v", p)
		}
	}()
	src, stat := in.Source, fs.FileInfo(nil)
	if src == nil {
		var err error
		if stat, err = os.Stat(in.Path); err == nil {
			src, err = os.ReadFile(in.Path)
		}
		if err != nil {
			res.Skipped = "cannot read: " + walk.Describe(err)
			return res
		}
		if stat.IsDir() {
			res.Skipped = "is a directory"
			return res
		}
	}
	res.Original, res.Source = src, src
	if reason := Unreadable(src); reason != "" {
		res.Skipped = reason
		return res
	}
	settings, err := ws.ForFile(in.Path)
	if err != nil {
		res.Err = err
		return res
	}
	res.UnsafeFixes = settings.UnsafeFixes
	runner, err := settings.Runner(in.Path)
	if err != nil {
		res.Err = err
		return res
	}
	// A run's results are never the base of an incremental check.
	runner = runner.Untracked()
	var tree *syntax.Tree
	if prog != nil {
		runner = runner.In(prog)
		tree = prog.Tree(in.Path, src)
	}
	lint := func(text []byte) ([]analysis.Diagnostic, error) {
		var r *analysis.Result
		var err error
		if tree != nil && bytes.Equal(text, src) {
			r, err = runner.CheckTree(ctx, in.Path, tree)
		} else {
			r, err = runner.Check(ctx, in.Path, text)
		}
		if err != nil {
			return nil, err
		}
		return r.Diagnostics, nil
	}
	if mode != Report {
		out, err := fixes.FixAll(src, settings.UnsafeFixes, lint)
		if err != nil {
			res.Err = err
			return res
		}
		res.Fixed = out.Applied
		res.Dropped = out.Dropped
		res.NotConverged = !out.Converged
		if !bytes.Equal(out.Source, src) {
			if errorCount(out.Source) > errorCount(src) {
				// FixAll guards against this; never write worse code.
				res.Err = errors.New("fixes would leave the file with more syntax errors; nothing written")
				res.Fixed = 0
			} else {
				res.Source, res.Changed = out.Source, true
			}
		}
	}
	diags, err := lint(res.Source)
	if err != nil {
		res.Err = err
		return res
	}
	res.Diagnostics = diags
	res.Lines = syntax.NewLineIndex(res.Source)
	if mode == Fix && res.Changed && in.Source == nil {
		if err := WriteFile(in.Path, res.Source, stat); err != nil {
			res.Err = err
			return res
		}
		res.Written = true
	}
	return res
}

func errorCount(src []byte) int { return len(syntax.ErrorRegions(syntax.Parse(src))) }

// Unreadable says why src cannot be checked as Python text, "" when it can:
// a NUL byte marks a binary file, and the text must be UTF-8 (a byte order
// mark is fine).
func Unreadable(src []byte) string {
	if bytes.IndexByte(src, 0) >= 0 {
		return "binary file (contains NUL bytes)"
	}
	if !utf8.Valid(src) {
		return "not valid UTF-8"
	}
	return ""
}

// WriteFile replaces the file at path with data: it writes a temporary file
// in the same directory and renames it over the original, so a crash never
// leaves half a file. The original's permissions are kept, a symbolic link
// is followed (the link stays a link), and the write is refused when the
// file changed since it was read (before is what was stat'ed then).
func WriteFile(path string, data []byte, before fs.FileInfo) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("cannot write: %s", walk.Describe(err))
	}
	now, err := os.Stat(target)
	if err != nil {
		return fmt.Errorf("cannot write: %s", walk.Describe(err))
	}
	if before != nil && (now.Size() != before.Size() || !now.ModTime().Equal(before.ModTime())) {
		return errors.New("file changed while it was being checked; not written")
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".botolint-*")
	if err != nil {
		return fmt.Errorf("cannot write: %s", walk.Describe(err))
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return fmt.Errorf("cannot write: %s", walk.Describe(err))
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(now.Mode().Perm()); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return fmt.Errorf("cannot write: %s", walk.Describe(err))
	}
	if err := os.Rename(name, target); err != nil {
		os.Remove(name)
		return fmt.Errorf("cannot write: %s", walk.Describe(err))
	}
	return nil
}
