package lsp_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/botolint/botolint/lsp"
	"github.com/botolint/botolint/lsp/lsptest"
)

// The benchmarks behind the numbers in bench/lsp/README.md:
//
//	go test ./lsp -run '^$' -bench . -benchtime 1000x
//
// BenchmarkStartup: process start to the initialize reply.
// BenchmarkEdit: a one-character didChange to its publishDiagnostics on a
// 5,000-line boto3-heavy file, debounce 0, measured inside the server.
// BenchmarkOpen200: resident memory of a server process with 200 such
// files open.

func BenchmarkStartup(b *testing.B) {
	bin := botolintBinary(b)
	var times []time.Duration
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(bin, "server")
		stdin, _ := cmd.StdinPipe()
		stdout, _ := cmd.StdoutPipe()
		start := time.Now()
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		body := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}`
		fmt.Fprintf(stdin, "Content-Length: %d\r\n\r\n%s", len(body), body)
		readFrame(b, bufio.NewReader(stdout))
		times = append(times, time.Since(start))
		stdin.Close()
		_ = cmd.Wait()
	}
	reportPercentiles(b, times)
}

func BenchmarkEdit(b *testing.B) {
	var mu sync.Mutex
	latency := map[int32]time.Duration{}
	src := lsptest.Boto3Module(5000)
	c := lsptest.New(b, lsptest.Options{
		InitializationOptions: `{"debounceMs": 0}`,
		Server: lsp.Options{Observe: func(uri string, version int32, d time.Duration) {
			mu.Lock()
			latency[version] = d
			mu.Unlock()
		}},
	})
	d := c.Open("big.py", src)
	diags := c.Diagnostics(d, 1)
	if len(diags) < 50 {
		b.Fatalf("only %d diagnostics on the generated module", len(diags))
	}
	// Type and delete a character in the middle of the file, alternately.
	at := c.Index(d, "def put_item_298(") + len("def put_item_298(")
	var times []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var v int32
		if i%2 == 0 {
			v = c.Change(d, lsptest.Edit{Start: at, End: at, Text: "x"})
		} else {
			v = c.Change(d, lsptest.Edit{Start: at, End: at + 1, Text: ""})
		}
		c.Diagnostics(d, v)
		mu.Lock()
		times = append(times, latency[v])
		mu.Unlock()
	}
	b.StopTimer()
	reportPercentiles(b, times)
	b.ReportMetric(float64(len(diags)), "diagnostics")
}

func BenchmarkOpen200(b *testing.B) {
	for i := 0; i < b.N; i++ {
		c, cmd := startServer(b, lsptest.Options{InitializationOptions: `{"debounceMs": 0}`})
		src := lsptest.Boto3Module(5000)
		var docs []*lsptest.Doc
		for j := 0; j < 200; j++ {
			docs = append(docs, c.Open(fmt.Sprintf("m%03d.py", j), fmt.Sprintf("# module %d\n", j)+src))
		}
		for _, d := range docs {
			c.Diagnostics(d, 1)
		}
		// An edit in each of a few documents, as a user would make.
		for _, d := range docs[:10] {
			v := c.Change(d, lsptest.Edit{Start: 0, End: 0, Text: "#"})
			c.Diagnostics(d, v)
		}
		// Settle: the server returns freed memory once idle.
		time.Sleep(time.Second)
		rss, hwm := procMemory(b, cmd.Process.Pid)
		b.ReportMetric(rss, "MB-RSS")
		b.ReportMetric(hwm, "MB-peak-RSS")
		c.Shutdown()
	}
}

// procMemory reads the resident and peak resident set of a process, in MB.
func procMemory(b testing.TB, pid int) (rss, hwm float64) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseFloat(f[1], 64)
		switch f[0] {
		case "VmRSS:":
			rss = kb / 1024
		case "VmHWM:":
			hwm = kb / 1024
		}
	}
	return rss, hwm
}

func reportPercentiles(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(times[len(times)/2]), "ms-median")
	b.ReportMetric(ms(times[min(len(times)-1, len(times)*99/100)]), "ms-p99")
	b.ReportMetric(ms(times[len(times)-1]), "ms-max")
}

// TestEditLatencySmoke runs a few edits of the benchmark as a test, so the
// benchmark code stays working.
func TestEditLatencySmoke(t *testing.T) {
	c := newClient(t, lsptest.Options{})
	d := c.Open("big.py", lsptest.Boto3Module(600))
	if n := len(c.Diagnostics(d, 1)); n < 10 {
		t.Errorf("%d diagnostics on the generated module", n)
	}
	at := c.Index(d, "def put_item_2(") + len("def put_item_2(")
	for i := 0; i < 5; i++ {
		v := c.Change(d, lsptest.Edit{Start: at, End: at, Text: "x"})
		c.Diagnostics(d, v)
	}
}
