package semantic_test

import (
	"os"
	"testing"

	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// BenchmarkBuild is the first pass of the semantic model on the language
// server's 5,000-line benchmark module: what every keystroke pays before
// its incremental check (function scopes are filled lazily, later).
func BenchmarkBuild(b *testing.B) {
	src, err := os.ReadFile("../../testdata/lsp/bench_5000.py")
	if err != nil {
		b.Fatal(err)
	}
	tree := syntax.Parse(src)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		semantic.Build(tree, nil)
	}
}
