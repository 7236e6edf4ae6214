package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/botolint/botolint/analysis/project"
	"github.com/botolint/botolint/analysis/rules"
	"github.com/botolint/botolint/cmd/botolint/internal/engine"
	"github.com/botolint/botolint/cmd/botolint/internal/output"
	"github.com/botolint/botolint/cmd/botolint/internal/textdiff"
	"github.com/botolint/botolint/config"
	"github.com/botolint/botolint/internal/walk"
	"github.com/botolint/botolint/internal/workspace"
)

const checkUsage = `
Usage: botolint check [flags] [PATH ...]

Checks the Python files named, and the *.py files under the directories
named (default: the current directory). Walking skips version control and
cache directories, virtual environments (.venv, venv, any directory holding
pyvenv.cfg), node_modules and the configuration's exclude globs; files named
explicitly are always checked. "-" reads the source from stdin.

Files that are binary, not UTF-8 or unreadable are skipped with a message on
stderr; the run goes on.

Exit status: 1 when findings remain; otherwise 2 when a file could not be
checked or written; otherwise 0. Usage and configuration errors exit 2
before anything is checked. With --diff: 1 when fixes would change a file.
`

type checkFlags struct {
	fix, unsafeFixes, noUnsafeFixes, diff, noColor bool
	selectRules, ignore, extendSelect              listFlag
	configFile, botocoreData, scope, stdinName     string
	format                                         string
}

func runCheck(c *cli, args []string) int {
	var f checkFlags
	fs := newFlagSet("check")
	fs.BoolVar(&f.fix, "fix", false, "apply safe fixes (and unsafe ones with --unsafe-fixes)")
	fs.BoolVar(&f.unsafeFixes, "unsafe-fixes", false, "include unsafe fixes: count them as fixable, and apply them with --fix")
	fs.BoolVar(&f.noUnsafeFixes, "no-unsafe-fixes", false, "exclude unsafe fixes even when the configuration enables them")
	fs.BoolVar(&f.diff, "diff", false, "print the fixes as a unified diff instead of writing them")
	fs.Var(&f.selectRules, "select", "comma-separated rule `selectors` to enable: codes, prefixes, names, ALL")
	fs.Var(&f.ignore, "ignore", "comma-separated rule `selectors` to disable")
	fs.Var(&f.extendSelect, "extend-select", "comma-separated rule `selectors` to enable on top of the selection")
	fs.StringVar(&f.configFile, "config", "", "use this configuration `file` for every file instead of discovering one")
	fs.StringVar(&f.botocoreData, "botocore-data", "", "load AWS service models from this botocore data `dir`")
	fs.StringVar(&f.scope, "scope", "", `which files rules run on: "boto3" (files that use an AWS SDK) or "all"`)
	fs.StringVar(&f.stdinName, "stdin-filename", "", "the file `name` of the source read from stdin (for configuration and output)")
	fs.StringVar(&f.format, "output-format", "text", "output `format`: text, concise or json")
	fs.BoolVar(&f.noColor, "no-color", false, "never colour the output (colour is used only on a terminal and without NO_COLOR)")
	paths, code, ok := c.parseOrUsage(fs, args, checkUsage)
	if !ok {
		return code
	}

	format, err := output.ParseFormat(f.format)
	if err != nil {
		return c.usageError(fs, checkUsage, "--output-format: %v", err)
	}
	if f.unsafeFixes && f.noUnsafeFixes {
		return c.usageError(fs, checkUsage, "--unsafe-fixes and --no-unsafe-fixes exclude each other")
	}
	all := rules.All()
	for _, l := range []struct {
		name string
		list *listFlag
	}{{"select", &f.selectRules}, {"ignore", &f.ignore}, {"extend-select", &f.extendSelect}} {
		if err := config.CheckSelectors(all, l.list.get()); err != nil {
			return c.usageError(fs, checkUsage, "--%s: %v", l.name, err)
		}
	}
	if f.scope != "" {
		if err := config.CheckScope(f.scope); err != nil {
			return c.usageError(fs, checkUsage, "--scope: %v", err)
		}
	}
	stdin := f.stdinName != "" && len(paths) == 0
	for _, p := range paths {
		if p == "-" {
			if len(paths) > 1 {
				return c.usageError(fs, checkUsage, `"-" (stdin) cannot be combined with other paths`)
			}
			stdin = true
		}
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}

	overrides := &config.Options{
		Select:       f.selectRules.get(),
		Ignore:       f.ignore.get(),
		ExtendSelect: f.extendSelect.get(),
		BotocoreData: f.botocoreData,
		Scope:        f.scope,
		Origin:       "command line",
	}
	if f.unsafeFixes || f.noUnsafeFixes {
		v := f.unsafeFixes
		overrides.UnsafeFixes = &v
	}
	var warnMu sync.Mutex
	ws, err := config.NewWorkspace(config.WorkspaceOptions{
		Rules:      all,
		Overrides:  overrides,
		ConfigFile: f.configFile,
		Getenv:     c.getenv,
		Warn: func(msg string) {
			warnMu.Lock()
			defer warnMu.Unlock()
			fmt.Fprintf(c.stderr, "warning: %s\n", msg)
		},
	})
	if err != nil {
		c.configErrors(err)
		return exitError
	}
	style := output.Style{Enabled: !f.noColor && c.stdoutTTY && c.getenv("NO_COLOR") == ""}
	if stdin {
		return c.checkStdin(ws, f, format, style)
	}
	return c.checkPaths(ws, f, format, style, paths)
}

// configErrors prints configuration errors, one per line.
func (c *cli) configErrors(err error) {
	seen := map[string]bool{}
	for _, e := range config.Errors(err) {
		for _, line := range strings.Split(e.Error(), "\n") {
			if !seen[line] {
				seen[line] = true
				fmt.Fprintf(c.stderr, "error: %s\n", line)
			}
		}
	}
}

func modeOf(f checkFlags) engine.Mode {
	switch {
	case f.diff:
		return engine.Preview
	case f.fix:
		return engine.Fix
	}
	return engine.Report
}

func (c *cli) checkPaths(ws *config.Workspace, f checkFlags, format output.Format, style output.Style, paths []string) int {
	var configErr []error
	files, walkErrs := walk.Files(paths, func(p string) (bool, error) {
		s, err := ws.ForDir(filepath.Dir(p))
		if err != nil {
			return false, err
		}
		return s.Excluded(p), nil
	})
	failures := 0 // paths that could not be checked
	var pathProblems []string
	for _, e := range walkErrs {
		var pe *walk.PathError
		if errors.As(e, &pe) {
			pathProblems = append(pathProblems, fmt.Sprintf("%s: error: %s", pe.Path, pe.Err))
			failures++
			continue
		}
		configErr = append(configErr, e)
	}
	// Resolve every directory's settings before checking anything: an
	// invalid configuration stops the run.
	dirs := map[string]bool{}
	for _, p := range files {
		d := filepath.Dir(p)
		if dirs[d] {
			continue
		}
		dirs[d] = true
		if _, err := ws.ForDir(d); err != nil {
			configErr = append(configErr, err)
		}
	}
	if len(configErr) > 0 {
		c.configErrors(errors.Join(configErr...))
		return exitError
	}
	for _, p := range pathProblems {
		fmt.Fprintln(c.stderr, p)
	}

	inputs := make([]engine.Input, len(files))
	for i, p := range files {
		inputs[i] = engine.Input{Path: p}
	}
	ix := workspace.NewIndex(ws, workspace.Roots(ws, paths), files)
	results := engine.Run(context.Background(), ws, ix, inputs, modeOf(f))
	sort.SliceStable(results, func(i, j int) bool { return results[i].Path < results[j].Path })
	failures += c.fileProblems(results)
	if failures > 0 {
		defer fmt.Fprintf(c.stderr, "error: %s could not be checked (see above)\n", pluralFiles(failures))
	}
	failed := failures > 0

	out := bufio.NewWriter(c.stdout)
	defer out.Flush()
	if f.diff {
		return c.printDiffs(out, results, failed)
	}
	fixed := 0
	var shown []*output.File
	for _, r := range results {
		fixed += r.Fixed
		if r.Checked() && len(r.Diagnostics) > 0 {
			shown = append(shown, &output.File{Path: r.Path, Source: r.Source, Lines: r.Lines, Diagnostics: r.Diagnostics, UnsafeFixes: r.UnsafeFixes})
		}
	}
	counts := c.report(out, c.stderr, shown, format, style, f.fix, fixed)
	return exitCode(counts.Findings > 0, failed)
}

// report writes the findings in the chosen format to out, then the summary
// (to out for text formats; for JSON the fix count goes to info).
func (c *cli) report(out, info io.Writer, files []*output.File, format output.Format, style output.Style, fixing bool, fixed int) output.Counts {
	counts := output.Count(files)
	switch format {
	case output.JSON:
		if err := output.WriteJSON(out, files); err != nil {
			fmt.Fprintf(c.stderr, "error: %v\n", err)
		}
		if fixing && fixed > 0 {
			fmt.Fprintln(info, output.FixedSummary(fixed))
		}
		return counts
	case output.Concise:
		output.WriteConcise(out, files, style)
	default:
		output.WriteText(out, files, style)
	}
	if fixing && fixed > 0 {
		fmt.Fprintln(out, output.FixedSummary(fixed))
	}
	fmt.Fprintln(out, counts.Summary())
	return counts
}

// fileProblems prints what went wrong per file, on stderr, and returns how
// many files could not be checked or written.
func (c *cli) fileProblems(results []*engine.Result) int {
	failed := 0
	for _, r := range results {
		switch {
		case r.Skipped != "":
			fmt.Fprintf(c.stderr, "%s: skipped: %s\n", r.Path, r.Skipped)
			failed++
		case r.Err != nil:
			fmt.Fprintf(c.stderr, "%s: error: %v\n", r.Path, r.Err)
			failed++
		}
		for _, d := range r.Dropped {
			fmt.Fprintf(c.stderr, "%s: warning: %s fix %q not applied: the fixed code would not parse\n", r.Path, d.Code, d.Title)
		}
		if r.NotConverged {
			fmt.Fprintf(c.stderr, "%s: warning: fixes did not settle after the maximum number of rounds\n", r.Path)
		}
	}
	return failed
}

// printDiffs writes the diff of each changed file and a summary on stderr.
func (c *cli) printDiffs(out io.Writer, results []*engine.Result, failed bool) int {
	fixed, changed := 0, 0
	for _, r := range results {
		if !r.Changed {
			continue
		}
		changed++
		fixed += r.Fixed
		fmt.Fprint(out, textdiff.Unified(r.Path, r.Path, string(r.Original), string(r.Source)))
	}
	if fixed == 0 {
		fmt.Fprintln(c.stderr, "No fixes available.")
	} else {
		fmt.Fprintf(c.stderr, "Would fix %s.\n", pluralFindings(fixed))
	}
	return exitCode(changed > 0, failed)
}

func pluralFiles(n int) string {
	if n == 1 {
		return "1 file"
	}
	return fmt.Sprintf("%d files", n)
}

func pluralFindings(n int) string {
	if n == 1 {
		return "1 finding"
	}
	return fmt.Sprintf("%d findings", n)
}

func exitCode(findings, failed bool) int {
	switch {
	case findings:
		return exitFindings
	case failed:
		return exitError
	}
	return exitOK
}

// checkStdin checks the source read from stdin. With --fix the fixed text
// goes to stdout (the input unchanged when it cannot be checked) and the
// findings to stderr; with --diff the diff goes to stdout.
func (c *cli) checkStdin(ws *config.Workspace, f checkFlags, format output.Format, style output.Style) int {
	name := f.stdinName
	if name == "" {
		name = "-"
	}
	src, err := io.ReadAll(c.stdin)
	if err != nil {
		fmt.Fprintf(c.stderr, "%s: error: cannot read stdin: %v\n", name, err)
		return exitError
	}
	if src == nil {
		src = []byte{}
	}
	echo := func() {
		if f.fix && !f.diff {
			c.stdout.Write(src)
		}
	}
	if _, err := ws.ForFile(name); err != nil {
		echo()
		c.configErrors(err)
		return exitError
	}
	mode := engine.Report
	if f.fix || f.diff {
		mode = engine.Preview
	}
	var prog *project.Index
	if f.stdinName != "" {
		// A buffer piped in by an editor: the modules around the file it
		// stands for are its workspace.
		ix := workspace.NewIndex(ws, workspace.Roots(ws, []string{name}), nil)
		ix.Update(name, src)
		prog = ix
	}
	r := engine.Check(context.Background(), ws, prog, engine.Input{Path: name, Source: src}, mode)
	failed := c.fileProblems([]*engine.Result{r}) > 0
	if !r.Checked() {
		echo()
		return exitError
	}
	out := bufio.NewWriter(c.stdout)
	defer out.Flush()
	if f.diff {
		return c.printDiffs(out, []*engine.Result{r}, failed)
	}
	var files []*output.File
	if len(r.Diagnostics) > 0 {
		files = append(files, &output.File{Path: name, Source: r.Source, Lines: r.Lines, Diagnostics: r.Diagnostics, UnsafeFixes: r.UnsafeFixes})
	}
	report := io.Writer(out)
	if f.fix {
		// The fixed text owns stdout; findings go to stderr, uncoloured.
		out.Write(r.Source)
		report, style = c.stderr, output.Style{}
	}
	counts := c.report(report, c.stderr, files, format, style, f.fix, r.Fixed)
	return exitCode(counts.Findings > 0, failed)
}
