// Command botolint is a linter and language server for Python code that
// uses boto3.
//
//	botolint check [PATH ...]   check (and fix) Python files
//	botolint rule [CODE|NAME]   show a rule's documentation, or all rules
//	botolint version            print the version
//
// Exit status: 0 when no findings remain, 1 when findings remain, 2 on a
// usage error, an invalid configuration, or a file that could not be
// checked (see check.go for the details).
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"sort"
	"strings"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// command is a subcommand: a one-line summary for the usage text and the
// function that runs it with the arguments after its name.
type command struct {
	summary string
	run     func(c *cli, args []string) int
}

// commands lists the subcommands; adding one is one line here and a file
// holding its run function.
var commands = map[string]command{
	"check":   {"Check Python files for boto3 mistakes, and fix them", runCheck},
	"debug":   {"Show how botolint resolves clients (debug resolve PATH ...)", runDebug},
	"rule":    {"Show a rule's documentation, or the table of all rules", runRule},
	"server":  {"Run the language server on stdin and stdout", runServer},
	"version": {"Print botolint's version", runVersion},
}

// cli holds the process's streams and environment, so subcommands never
// touch os.Stdout and friends directly.
type cli struct {
	stdin     io.Reader
	stdout    io.Writer
	stderr    io.Writer
	stdoutTTY bool // stdout is a terminal (colour is allowed)
	getenv    func(string) string
}

func main() {
	c := &cli{
		stdin:     os.Stdin,
		stdout:    os.Stdout,
		stderr:    os.Stderr,
		stdoutTTY: isTerminal(os.Stdout),
		getenv:    os.Getenv,
	}
	os.Exit(c.profiled(os.Args[1:]))
}

// profiled runs the command, writing a CPU profile of it to the file
// $BOTOLINT_CPUPROFILE names (for performance work on any subcommand; the
// server has its own --cpuprofile).
func (c *cli) profiled(args []string) int {
	path := c.getenv("BOTOLINT_CPUPROFILE")
	if path == "" {
		return c.run(args)
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(c.stderr, "error: BOTOLINT_CPUPROFILE: %v\n", err)
		return exitError
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(c.stderr, "error: BOTOLINT_CPUPROFILE: %v\n", err)
		return exitError
	}
	defer pprof.StopCPUProfile()
	return c.run(args)
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (c *cli) run(args []string) int {
	if len(args) == 0 {
		c.usage(c.stderr)
		return exitError
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if cmd, ok := commands[args[1]]; ok {
				return cmd.run(c, []string{"-h"})
			}
			fmt.Fprintf(c.stderr, "botolint: unknown command %q\n\n", args[1])
			c.usage(c.stderr)
			return exitError
		}
		c.usage(c.stdout)
		return exitOK
	case "--version", "-V":
		return runVersion(c, args[1:])
	}
	cmd, ok := commands[name]
	if !ok {
		if strings.HasPrefix(name, "-") {
			fmt.Fprintf(c.stderr, "botolint: unknown flag %q (flags come after the command)\n\n", name)
		} else {
			fmt.Fprintf(c.stderr, "botolint: unknown command %q\n\n", name)
		}
		c.usage(c.stderr)
		return exitError
	}
	return cmd.run(c, args[1:])
}

func (c *cli) usage(w io.Writer) {
	names := make([]string, 0, len(commands))
	width := 0
	for n := range commands {
		names = append(names, n)
		width = max(width, len(n))
	}
	sort.Strings(names)
	fmt.Fprintf(w, "botolint: a linter and language server for Python code that uses boto3\n\n")
	fmt.Fprintf(w, "Usage:\n  botolint <command> [flags] [arguments]\n\nCommands:\n")
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s  %s\n", width, n, commands[n].summary)
	}
	fmt.Fprintf(w, "  %-*s  %s\n", width, "help", "Show this help, or a command's: botolint help <command>")
	fmt.Fprintf(w, "\nRun 'botolint <command> -h' for a command's flags.\n")
}
