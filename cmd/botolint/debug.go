package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/project"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/cmd/botolint/internal/engine"
	"github.com/botolint/botolint/config"
	"github.com/botolint/botolint/internal/walk"
	"github.com/botolint/botolint/internal/workspace"
)

const debugUsage = `
Usage: botolint debug resolve [flags] [PATH ...]

For every call whose method name is the Python name of an operation of
some AWS service (the calls botolint's model-driven rules could check),
prints whether its receiver resolved to a client, resource or table of a
known service and to what, or why it did not, then the ratio resolved.
The files are resolved as one workspace, as botolint check does: values
are followed through parameters, classes and imports between them.
`

// resolvedSite is one call site in the report.
type resolvedSite struct {
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Receiver string `json:"receiver"`
	Method   string `json:"method"`
	Resolved bool   `json:"resolved"`
	Value    string `json:"value,omitempty"`
	Service  string `json:"service,omitempty"`
	Via      string `json:"via,omitempty"`
	Why      string `json:"why,omitempty"`
}

type resolveReport struct {
	Sites    []resolvedSite `json:"sites"`
	Total    int            `json:"total"`
	Resolved int            `json:"resolved"`
	Files    int            `json:"files"`
}

func runDebug(c *cli, args []string) int {
	if len(args) == 0 || args[0] != "resolve" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			fmt.Fprint(c.stdout, strings.TrimPrefix(debugUsage, "\n"))
			return exitOK
		}
		fmt.Fprintf(c.stderr, "botolint debug: want a subcommand: resolve\n")
		return exitError
	}
	fs := newFlagSet("debug resolve")
	format := fs.String("output-format", "text", "output `format`: text or json")
	configFile := fs.String("config", "", "use this configuration `file` for every file instead of discovering one")
	botocoreData := fs.String("botocore-data", "", "load AWS service models from this botocore data `dir`")
	paths, code, ok := c.parseOrUsage(fs, args[1:], debugUsage)
	if !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		return c.usageError(fs, debugUsage, "--output-format: want text or json, not %q", *format)
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	ws, err := config.NewWorkspace(config.WorkspaceOptions{
		Overrides:  &config.Options{BotocoreData: *botocoreData, Origin: "command line"},
		ConfigFile: *configFile,
		Getenv:     c.getenv,
		Warn:       func(msg string) { fmt.Fprintf(c.stderr, "warning: %s\n", msg) },
	})
	if err != nil {
		c.configErrors(err)
		return exitError
	}
	files, walkErrs := walk.Files(paths, func(p string) (bool, error) {
		s, err := ws.ForDir(filepath.Dir(p))
		if err != nil {
			return false, err
		}
		return s.Excluded(p), nil
	})
	for _, e := range walkErrs {
		fmt.Fprintf(c.stderr, "error: %v\n", e)
	}
	ix := workspace.NewIndex(ws, workspace.Roots(ws, paths), files)
	report := resolveFiles(ws, ix, files, c)
	out := bufio.NewWriter(c.stdout)
	defer out.Flush()
	if *format == "json" {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			fmt.Fprintf(c.stderr, "error: %v\n", err)
			return exitError
		}
		return exitOK
	}
	for _, s := range report.Sites {
		if s.Resolved {
			via := ""
			if s.Via != "" {
				via = " (" + s.Via + ")"
			}
			fmt.Fprintf(out, "%s:%d:%d: %s.%s: %s%s\n", s.Path, s.Line, s.Column, s.Receiver, s.Method, s.Value, via)
		} else {
			fmt.Fprintf(out, "%s:%d:%d: %s.%s: unresolved: %s\n", s.Path, s.Line, s.Column, s.Receiver, s.Method, s.Why)
		}
	}
	ratio := 0.0
	if report.Total > 0 {
		ratio = 100 * float64(report.Resolved) / float64(report.Total)
	}
	fmt.Fprintf(out, "%d of %d call sites resolved (%.1f%%) in %d files\n", report.Resolved, report.Total, ratio, report.Files)
	return exitOK
}

// operationMethods returns the Python names of every operation of every
// service of the catalog.
func operationMethods(cat analysis.Catalog) map[string]bool {
	out := map[string]bool{}
	for _, name := range cat.ServiceNames() {
		svc := cat.Service(name)
		if svc == nil {
			continue
		}
		for _, op := range svc.Operations {
			out[op.Method] = true
		}
	}
	return out
}

var viaNames = map[semantic.Via]string{semantic.ViaMeta: "a resource's client", semantic.ViaAnnotation: "annotation", semantic.ViaFactory: "factory"}

func resolveFiles(ws *config.Workspace, ix *project.Index, files []string, c *cli) resolveReport {
	var mu sync.Mutex
	var report resolveReport
	methods := map[analysis.Catalog]map[string]bool{}
	jobs := make(chan string)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range jobs {
				settings, err := ws.ForFile(path)
				if err != nil {
					continue
				}
				cat, err := settings.Catalog(path)
				if err != nil {
					continue
				}
				mu.Lock()
				ops := methods[cat]
				if ops == nil {
					ops = operationMethods(cat)
					methods[cat] = ops
				}
				mu.Unlock()
				src, err := os.ReadFile(path)
				if err != nil || engine.Unreadable(src) != "" {
					fmt.Fprintf(c.stderr, "%s: skipped\n", path)
					continue
				}
				sites := resolveFile(path, src, cat, ops, ix)
				mu.Lock()
				report.Sites = append(report.Sites, sites...)
				report.Files++
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	sort.Slice(report.Sites, func(i, j int) bool {
		a, b := report.Sites[i], report.Sites[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	for _, s := range report.Sites {
		report.Total++
		if s.Resolved {
			report.Resolved++
		}
	}
	return report
}

func resolveFile(path string, src []byte, cat analysis.Catalog, ops map[string]bool, ix *project.Index) []resolvedSite {
	tree := syntax.Parse(src)
	m := semantic.BuildModule(tree, analysis.Services(cat), ix.KeyOf(path), ix)
	var out []resolvedSite
	calls := syntax.NewKinds(syntax.KindCall)
	for call := range tree.OfKinds(calls) {
		recv, method, ok := syntax.MethodCall(call)
		if !ok || !ops[method] {
			continue
		}
		line, col := tree.Lines().CharColumn(call.Start())
		s := resolvedSite{Path: path, Line: line + 1, Column: col + 1, Receiver: shorten(recv.Text()), Method: method}
		v := m.Explain(recv)
		switch v.Kind {
		case semantic.Client, semantic.ServiceResource, semantic.ResourceInstance:
			if v.Service != "" {
				s.Resolved, s.Value, s.Service, s.Via = true, v.String(), v.Service, viaNames[v.Via]
			}
		}
		if !s.Resolved {
			s.Why = v.Why
			switch {
			case v.Known():
				s.Why = "resolves to " + v.String() + ", not a client of a known service"
			case s.Why == "":
				s.Why = "not followed"
			}
			s.Why = relativePaths(s.Why)
		}
		out = append(out, s)
	}
	return out
}

// relativePaths writes the module paths in an explanation (keys, which
// are absolute) relative to the working directory, as the sites' own
// paths are.
func relativePaths(why string) string {
	wd, err := os.Getwd()
	if err != nil || wd == "/" {
		return why
	}
	return strings.ReplaceAll(why, wd+string(filepath.Separator), "")
}

// shorten keeps a receiver's text on one short line.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}
