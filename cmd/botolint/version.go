package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/config"
)

const versionUsage = `
Usage: botolint version [flags]

Prints botolint's version. --verbose adds the Go version, the tree-sitter
grammar, and the AWS service models in use for the current directory (the
embedded ones, or a botocore found in the project's environment or given
with --botocore-data).
`

// grammarModule is the module that provides the Python grammar.
const grammarModule = "github.com/smacker/go-tree-sitter"

func runVersion(c *cli, args []string) int {
	fs := newFlagSet("version")
	verbose := fs.Bool("verbose", false, "also print the Go version, grammar and models")
	botocoreData := fs.String("botocore-data", "", "report the models of this botocore data `dir`")
	configFile := fs.String("config", "", "use this configuration `file` instead of discovering one")
	pos, code, ok := c.parseOrUsage(fs, args, versionUsage)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return c.usageError(fs, versionUsage, "unexpected argument %q", pos[0])
	}
	bi, _ := debug.ReadBuildInfo()
	fmt.Fprintf(c.stdout, "botolint %s\n", mainVersion(bi))
	if !*verbose {
		return exitOK
	}
	fmt.Fprintf(c.stdout, "go: %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(c.stdout, "grammar: tree-sitter-python from %s\n", depVersion(bi, grammarModule))

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
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(c.stderr, "error: %v\n", err)
		return exitError
	}
	s, err := ws.ForDir(wd)
	if err != nil {
		c.configErrors(err)
		return exitError
	}
	cat, err := s.CatalogForDir(wd)
	if err != nil {
		fmt.Fprintf(c.stderr, "error: %v\n", err)
		return exitError
	}
	ver := cat.Version()
	if ver == "" {
		ver = "unknown version"
	}
	if cat == awsmodel.Embedded() {
		fmt.Fprintf(c.stdout, "models: embedded botocore %s\n", ver)
	} else {
		fmt.Fprintf(c.stdout, "models: %s (botocore %s)\n", cat.Source(), ver)
	}
	if f := s.File; f != nil {
		fmt.Fprintf(c.stdout, "config: %s\n", f.Path)
	} else {
		fmt.Fprintf(c.stdout, "config: none\n")
	}
	fmt.Fprintf(c.stdout, "rules: %d enabled of %d\n", len(s.Enabled), len(s.Rules))
	return exitOK
}

// mainVersion is the module version botolint was built as, "devel" for a
// build from a source tree.
func mainVersion(bi *debug.BuildInfo) string {
	if bi == nil || bi.Main.Version == "" || bi.Main.Version == "(devel)" {
		return "devel"
	}
	return strings.TrimPrefix(bi.Main.Version, "v")
}

func depVersion(bi *debug.BuildInfo, path string) string {
	if bi != nil {
		for _, d := range bi.Deps {
			if d.Path == path {
				if d.Replace != nil {
					d = d.Replace
				}
				return d.Path + " " + d.Version
			}
		}
	}
	return path + " (unknown version)"
}
