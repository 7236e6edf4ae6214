package lsp

import (
	"context"
	"os"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules"
	"github.com/botolint/botolint/analysis/syntax"
)

// BenchmarkPipeline splits the time from a one-character edit to the
// encoded publication into its stages, on testdata/lsp/bench_5000.py (the
// module lsptest.Boto3Module(5000) generates).
func BenchmarkPipeline(b *testing.B) {
	src, err := os.ReadFile("../testdata/lsp/bench_5000.py")
	if err != nil {
		b.Skip("testdata/lsp/bench_5000.py missing")
	}
	runner := analysis.NewRunner(analysis.Config{Known: rules.All()})
	doc := syntax.NewDocument(src)
	defer doc.Close()
	if _, err := doc.Tree(context.Background()); err != nil {
		b.Fatal(err)
	}
	at := len(src) / 2
	for at < len(src) && src[at] != '\n' {
		at++
	}
	edit := func(i int) {
		if i%2 == 0 {
			_ = doc.Edit(at, at, []byte("#"))
		} else {
			_ = doc.Edit(at, at+1, nil)
		}
	}
	b.Run("parse+flatten", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			edit(i)
			if _, err := doc.Tree(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
	})
	tree, _ := doc.Tree(context.Background())
	b.Run("check", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := runner.CheckTree(context.Background(), "bench.py", tree); err != nil {
				b.Fatal(err)
			}
		}
	})
	res, _ := runner.CheckTree(context.Background(), "bench.py", tree)
	s := &server{}
	u := uri.File("/tmp/bench.py")
	b.Run("convert+encode", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			out := make([]protocol.Diagnostic, len(res.Diagnostics))
			for j, d := range res.Diagnostics {
				out[j] = s.toLSP(u, 2, tree.Lines(), d)
			}
			if _, err := protocol.Marshal(&protocol.PublishDiagnosticsParams{URI: u, Diagnostics: out}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(res.Diagnostics)), "diagnostics")
	})
}
