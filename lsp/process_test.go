package lsp_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/botolint/botolint/lsp/lsptest"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// botolintBinary builds the command once per test process.
func botolintBinary(b testing.TB) string {
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "botolint-bench")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "botolint")
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/botolint")
		cmd.Dir = ".."
		if out, err := cmd.CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		b.Fatal(binErr)
	}
	return binPath
}

// startServer starts `botolint server` and connects a client to it; env
// entries ("GOMAXPROCS=1") are added to the process's environment.
func startServer(b testing.TB, opts lsptest.Options, env ...string) (*lsptest.Client, *exec.Cmd) {
	args := []string{"server"}
	if prof := os.Getenv("BOTOLINT_BENCH_MEMPROFILE"); prof != "" {
		// The heap at the end of the session (go tool pprof).
		args = append(args, "--memprofile", prof)
	}
	cmd := exec.Command(botolintBinary(b), args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	return lsptest.Connect(b, pipeConn{stdout, stdin}, exited, opts), cmd
}

type pipeConn struct {
	io.ReadCloser
	io.WriteCloser
}

func (p pipeConn) Close() error {
	p.WriteCloser.Close()
	return p.ReadCloser.Close()
}

// TestServerProcess runs `botolint server` as an editor does: over stdio,
// exit status 0 after shutdown and exit, 1 after exit alone.
func TestServerProcess(t *testing.T) {
	c, _ := startServer(t, lsptest.Options{InitializationOptions: `{"debounceMs": 0}`})
	d := c.Open("proc.py", "import boto3\ns3 = boto3.client('s3')\ns3.put_object(bucket='b', Key='k')\n")
	if got := lsptest.Codes(c.Diagnostics(d, 1)); !contains(got, "BTO004") {
		t.Errorf("diagnostics over stdio: %v", got)
	}
	c.Shutdown() // fails unless the process exits with status 0

	c, _ = startServer(t, lsptest.Options{})
	if err := c.Server.Exit(t.Context()); err != nil {
		t.Fatal(err)
	}
	err := c.WaitServe()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Errorf("exit without shutdown: %v, want exit status 1", err)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}
