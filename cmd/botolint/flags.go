package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// listFlag is a comma-separated list flag; repeating the flag appends.
// Given as --select "" it sets the empty list.
type listFlag struct {
	values []string
	set    bool
}

func (l *listFlag) String() string { return strings.Join(l.values, ",") }

func (l *listFlag) Set(s string) error {
	l.set = true
	if l.values == nil {
		l.values = []string{}
	}
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			l.values = append(l.values, part)
		}
	}
	return nil
}

// get returns nil when the flag was not given.
func (l *listFlag) get() []string {
	if !l.set {
		return nil
	}
	return l.values
}

// newFlagSet returns a flag set that reports errors to the caller instead
// of printing or exiting.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("botolint "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseArgs parses flags anywhere among the arguments, as ruff does
// (botolint check src --fix), and returns the positional arguments in
// order. Everything after "--" is positional.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseOrUsage parses args; on -h it prints help to stdout and on an error
// the error and help to stderr, and returns the exit code to use (ok false).
func (c *cli) parseOrUsage(fs *flag.FlagSet, args []string, usage string) (pos []string, code int, ok bool) {
	pos, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		printUsage(c.stdout, fs, usage)
		return nil, exitOK, false
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "%s: %v\n\n", fs.Name(), err)
		printUsage(c.stderr, fs, usage)
		return nil, exitError, false
	}
	return pos, exitOK, true
}

// usageError reports a bad combination of arguments.
func (c *cli) usageError(fs *flag.FlagSet, usage, format string, args ...any) int {
	fmt.Fprintf(c.stderr, "%s: %s\n\n", fs.Name(), fmt.Sprintf(format, args...))
	printUsage(c.stderr, fs, usage)
	return exitError
}

func printUsage(w io.Writer, fs *flag.FlagSet, usage string) {
	fmt.Fprint(w, strings.TrimLeft(usage, "\n"))
	fmt.Fprintf(w, "\nFlags:\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}
