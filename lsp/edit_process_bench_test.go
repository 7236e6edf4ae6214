package lsp_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/botolint/botolint/lsp/lsptest"
)

// BenchmarkEditProcess is BenchmarkEdit with the server in its own
// process, as an editor runs it, and a client that does not decode the
// diagnostics: the server times each edit itself (--latency-log), from the
// arrival of the didChange to the publication of its diagnostics, so no
// client work shares its CPU time or its heap.
func BenchmarkEditProcess(b *testing.B) {
	dir := b.TempDir()
	logPath := filepath.Join(dir, "latency.log")
	args := []string{"server", "--latency-log", logPath}
	if prof := os.Getenv("BOTOLINT_BENCH_CPUPROFILE"); prof != "" {
		args = append(args, "--cpuprofile", prof)
	}
	cmd := exec.Command(botolintBinary(b), args...)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	r := bufio.NewReaderSize(stdout, 1<<20)
	send := func(v any) {
		body, _ := json.Marshal(v)
		fmt.Fprintf(stdin, "Content-Length: %d\r\n\r\n%s", len(body), body)
	}
	lastSize := 0
	// waitPublish reads messages until the diagnostics of version arrive.
	waitPublish := func(version int) {
		want := fmt.Sprintf(`"version":%d`, version)
		for {
			body := readFrame(b, r)
			if strings.Contains(string(body), "textDocument/publishDiagnostics") && strings.Contains(string(body), want) {
				lastSize = len(body)
				return
			}
		}
	}
	src := lsptest.Boto3Module(5000)
	uri := "file://" + filepath.Join(dir, "big.py")
	send(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": map[string]any{
		"processId": nil, "rootUri": "file://" + dir, "capabilities": map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-8", "utf-16"}}},
		"initializationOptions": map[string]any{"debounceMs": 0}}})
	send(map[string]any{"jsonrpc": "2.0", "method": "initialized", "params": map[string]any{}})
	send(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "python", "version": 1, "text": src}}})
	waitPublish(1)
	// Type and delete a character in a parameter list, alternately.
	line, col := -1, 0
	for i, l := range strings.Split(src, "\n") {
		if c := strings.Index(l, "def put_item_298("); c >= 0 {
			line, col = i, c+len("def put_item_298(")
			break
		}
	}
	pos := map[string]int{"line": line, "character": col}
	after := map[string]int{"line": line, "character": col + 1}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := i + 2
		var change map[string]any
		if i%2 == 0 {
			change = map[string]any{"range": map[string]any{"start": pos, "end": pos}, "text": "x"}
		} else {
			change = map[string]any{"range": map[string]any{"start": pos, "end": after}, "text": ""}
		}
		send(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": map[string]any{
			"textDocument": map[string]any{"uri": uri, "version": v}, "contentChanges": []any{change}}})
		waitPublish(v)
	}
	b.StopTimer()
	// The server logs a latency after publishing it: let it finish and
	// exit (which also writes a CPU profile) before reading the log.
	send(map[string]any{"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
	send(map[string]any{"jsonrpc": "2.0", "method": "exit"})
	go io.Copy(io.Discard, r)
	if err := cmd.Wait(); err != nil {
		b.Fatalf("server exit: %v", err)
	}
	data, err := os.ReadFile(logPath)
	if err != nil {
		b.Fatal(err)
	}
	// One line per published version; version 1 is the open.
	byVersion := map[int]time.Duration{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.Fields(l)
		if len(f) == 3 {
			v, _ := strconv.Atoi(f[1])
			us, _ := strconv.Atoi(f[2])
			if v >= 2 {
				byVersion[v] = time.Duration(us) * time.Microsecond
			}
		}
	}
	var times []time.Duration
	for _, d := range byVersion {
		times = append(times, d)
	}
	if len(times) != b.N {
		b.Fatalf("%d latencies logged for %d edits", len(times), b.N)
	}
	reportPercentiles(b, times)
	b.ReportMetric(float64(lastSize)/1024, "KB-published")
}

// readFrame reads one LSP message from a server's stdout and returns its
// body.
func readFrame(b *testing.B, r *bufio.Reader) []byte {
	n := 0
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			b.Fatal(err)
		}
		if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
			n, _ = strconv.Atoi(strings.TrimSpace(v))
		}
		if line == "\r\n" {
			break
		}
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		b.Fatal(err)
	}
	return body
}
