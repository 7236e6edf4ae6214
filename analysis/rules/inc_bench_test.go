package rules_test

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules"
	"github.com/botolint/botolint/analysis/syntax"
)

// BenchmarkCheckIncremental times CheckIncremental against CheckTree after
// a one-character edit in a function of the language server's 5,000-line
// benchmark module (the parse is not timed).
func BenchmarkCheckIncremental(b *testing.B) {
	src, err := os.ReadFile("../../testdata/lsp/bench_5000.py")
	if err != nil {
		b.Fatal(err)
	}
	at := bytes.Index(src, []byte("def put_item_298(")) + len("def put_item_298(")
	edited := splice(src, at, at, "x")
	runner := analysis.NewRunner(analysis.Config{Known: rules.All()})
	ctx := context.Background()
	trees := []*syntax.Tree{syntax.Parse(src), syntax.Parse(edited)}
	prev, err := runner.CheckTree(ctx, "bench.py", trees[0])
	if err != nil {
		b.Fatal(err)
	}
	for _, mode := range []string{"incremental", "full"} {
		b.Run(mode, func(b *testing.B) {
			p := prev
			for i := 0; i < b.N; i++ {
				tree := trees[(i+1)%2]
				var res *analysis.Result
				if mode == "incremental" {
					res, err = runner.CheckIncremental(ctx, "bench.py", tree, p)
					if !res.Incremental {
						b.Fatal("fell back to a full check")
					}
				} else {
					res, err = runner.CheckTree(ctx, "bench.py", tree)
				}
				if err != nil {
					b.Fatal(err)
				}
				p = res
			}
		})
	}
}
