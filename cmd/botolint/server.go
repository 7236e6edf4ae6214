package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	"github.com/botolint/botolint/lsp"
)

const serverUsage = `
Usage: botolint server [flags]

Runs the language server on stdin and stdout (the Language Server Protocol;
editors start it themselves, see editors/). The log goes to stderr, or to
the file given with --log. Configuration comes from each file's
pyproject.toml [tool.botolint] (or botolint.toml) and the editor's settings.

Exit status: 0 after the client's shutdown and exit, 1 otherwise.
`

func runServer(c *cli, args []string) int {
	fs := newFlagSet("server")
	logFile := fs.String("log", "", "append the log to this `file` instead of stderr")
	verbose := fs.Bool("debug", false, "log every request and notification")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole session to `file` (for performance work)")
	memProfile := fs.String("memprofile", "", "write a heap profile to `file` when the client sends shutdown (for memory work)")
	latencyLog := fs.String("latency-log", "", "append, for each publication of diagnostics, `file` lines of uri, version and the microseconds since the change arrived (for benchmarks)")
	fs.Bool("stdio", true, "use stdin and stdout (the only transport; accepted for editors that pass it)")
	pos, code, ok := c.parseOrUsage(fs, args, serverUsage)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return c.usageError(fs, serverUsage, "unexpected argument %q", pos[0])
	}
	logw := c.stderr
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			fmt.Fprintf(c.stderr, "error: %v\n", err)
			return exitError
		}
		defer f.Close()
		logw = f
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(c.stderr, "error: %v\n", err)
			return exitError
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(c.stderr, "error: %v\n", err)
			return exitError
		}
		defer pprof.StopCPUProfile()
	}
	var onShutdown func()
	if *memProfile != "" {
		onShutdown = func() {
			f, err := os.Create(*memProfile)
			if err != nil {
				fmt.Fprintf(c.stderr, "error: %v\n", err)
				return
			}
			defer f.Close()
			runtime.GC()
			if err := pprof.WriteHeapProfile(f); err != nil {
				fmt.Fprintf(c.stderr, "error: %v\n", err)
			}
		}
	}
	if c.getenv("GOGC") == "" {
		// The server's live heap is small (text, findings, a few trees) and
		// each keystroke allocates anew: collecting at +100% of it makes
		// collections frequent enough to show in keystroke latency. +200%
		// halves them; the memory stays far below the budget.
		debug.SetGCPercent(200)
	}
	var observe func(string, int32, time.Duration)
	if *latencyLog != "" {
		f, err := os.OpenFile(*latencyLog, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			fmt.Fprintf(c.stderr, "error: %v\n", err)
			return exitError
		}
		defer f.Close()
		var mu sync.Mutex
		observe = func(uri string, version int32, d time.Duration) {
			mu.Lock()
			fmt.Fprintf(f, "%s %d %d\n", uri, version, d.Microseconds())
			mu.Unlock()
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	bi, _ := debug.ReadBuildInfo()
	err := lsp.Serve(ctx, stdio{c.stdin, c.stdout}, lsp.Options{
		Log:        logw,
		Debug:      *verbose,
		Version:    mainVersion(bi),
		Getenv:     c.getenv,
		Observe:    observe,
		OnShutdown: onShutdown,
	})
	if err != nil {
		if !errors.Is(err, lsp.ErrExitWithoutShutdown) {
			fmt.Fprintf(logw, "botolint server: %v\n", err)
		}
		return 1
	}
	return exitOK
}

// stdio is the server's connection: stdin and stdout.
type stdio struct {
	io.Reader
	io.Writer
}

func (s stdio) Close() error {
	if cl, ok := s.Reader.(io.Closer); ok {
		_ = cl.Close()
	}
	if cl, ok := s.Writer.(io.Closer); ok {
		return cl.Close()
	}
	return nil
}
