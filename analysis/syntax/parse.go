package syntax

import (
	"bytes"
	"context"
	"errors"
	"runtime"

	sitter "github.com/smacker/go-tree-sitter"
)

// idleParsers holds tree-sitter parsers between parses: a parser is not
// safe for concurrent use, so each parse takes one and gives it back. Not a
// sync.Pool, which drops its items at every garbage collection: creating a
// parser showed as 5% of checking a large file.
var idleParsers = make(chan *sitter.Parser, 2*runtime.GOMAXPROCS(0))

func getParser() *sitter.Parser {
	select {
	case p := <-idleParsers:
		return p
	default:
		return newParser()
	}
}

func newParser() *sitter.Parser {
	p := sitter.NewParser()
	p.SetLanguage(language)
	return p
}

func putParser(p *sitter.Parser) {
	select {
	case idleParsers <- p:
	default:
		p.Close()
	}
}

// Parse parses Python source into a flat Tree. tree-sitter always produces a
// tree; syntax errors appear as ERROR and MISSING nodes (Tree.HasError).
// The tree keeps src, and the strings Node.Text returns share it: src must
// not be modified afterwards.
func Parse(src []byte) *Tree {
	t, _ := ParseContext(context.Background(), src)
	return t
}

// ParseContext is Parse that stops early, with ctx's error, when ctx is done.
func ParseContext(ctx context.Context, src []byte) (*Tree, error) {
	ts, err := parseTS(ctx, nil, src)
	if err != nil {
		return nil, err
	}
	defer ts.Close()
	return newTree(src, ts), nil
}

func parseTS(ctx context.Context, old *sitter.Tree, src []byte) (*sitter.Tree, error) {
	input := parserInput(src)
	p := getParser()
	ts, err := p.ParseCtx(ctx, old, input)
	if errors.Is(err, sitter.ErrOperationLimit) && ctx.Err() == nil {
		// botolint sets no operation limit, so this is smacker's
		// cancellation flag left raised: its watcher goroutine may see an
		// earlier parse's context end after that parse finished, and
		// nothing lowers the flag again. That parser is spoiled; parse
		// again with a new one.
		p.Close()
		p = newParser()
		ts, err = p.ParseCtx(ctx, old, input)
	}
	if err != nil {
		// A cancelled parser holds a half-done parse; never reuse it.
		p.Close()
		if ts != nil {
			ts.Close()
		}
		return nil, err
	}
	putParser(p)
	return ts, nil
}

func newTree(src []byte, ts *sitter.Tree) *Tree {
	return buildTree(src, ts, nil)
}

// parserInput returns the bytes to give tree-sitter for src. Python ends a
// line at a lone "\r" but the grammar does not; replacing each lone "\r"
// with "\n" keeps every offset and makes old Mac line endings parse.
func parserInput(src []byte) []byte {
	i := bytes.IndexByte(src, '\r')
	if i < 0 {
		return src
	}
	var out []byte
	for ; i < len(src); i++ {
		if src[i] == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
			if out == nil {
				out = bytes.Clone(src)
			}
			out[i] = '\n'
		}
	}
	if out == nil {
		return src
	}
	return out
}
