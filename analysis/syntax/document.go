package syntax

import (
	"bytes"
	"context"
	"fmt"

	sitter "github.com/smacker/go-tree-sitter"
)

// Document is a source text that changes by edits and keeps tree-sitter's
// tree between them, so that a reparse after a small edit reuses the
// unchanged parts (0.06 ms for a one-character edit in 2,000 lines, against
// 5.7 ms for a full parse). A Document is not safe for concurrent use; the
// Trees it returns are.
type Document struct {
	src     []byte
	ts      *sitter.Tree // nil before the first parse and after Release
	pending bool         // edits applied to ts since the last parse
}

// NewDocument returns a document holding a copy of src. The first call to
// Tree parses it.
func NewDocument(src []byte) *Document {
	return &Document{src: bytes.Clone(src)}
}

// Source returns the current text. The slice is never modified afterwards:
// each edit builds a new one, so a caller may keep it as a snapshot.
func (d *Document) Source() []byte { return d.src }

// Edit replaces the bytes [start, end) with text. It does not reparse; call
// Tree after one or more edits.
func (d *Document) Edit(start, end int, text []byte) error {
	if start < 0 || end < start || end > len(d.src) {
		return fmt.Errorf("edit range [%d, %d) outside the document (length %d)", start, end, len(d.src))
	}
	if start > 0 && d.src[start-1] == '\r' {
		// parserInput turns a lone "\r" into "\n" depending on the byte
		// after it, so an edit right after a "\r" also rewrites that "\r"
		// for tree-sitter: include it in the edited range.
		start--
		text = append([]byte{'\r'}, text...)
	}
	next := make([]byte, 0, len(d.src)-(end-start)+len(text))
	next = append(next, d.src[:start]...)
	next = append(next, text...)
	next = append(next, d.src[end:]...)
	if d.ts != nil {
		startPt := pointAt(d.src, start)
		oldEndPt := pointAt(d.src, end)
		newEndPt := pointAt(next, start+len(text))
		editTree(d.ts, uint32(start), uint32(end), uint32(start+len(text)), startPt, oldEndPt, newEndPt)
		d.pending = true
	}
	d.src = next
	return nil
}

// Replace sets the whole text. Only the span that differs from the old text
// is treated as edited, so a client that sends whole documents still gets
// incremental reparsing.
func (d *Document) Replace(text []byte) {
	prefix := commonPrefix(d.src, text)
	suffix := commonSuffix(d.src[prefix:], text[prefix:])
	// The edit cannot fail: the range lies within the old text.
	_ = d.Edit(prefix, len(d.src)-suffix, text[prefix:len(text)-suffix])
}

// Tree parses the current text if it changed, reusing the previous tree, and
// returns the flat tree. On cancellation the document keeps its pending
// edits and the next call parses again.
func (d *Document) Tree(ctx context.Context) (*Tree, error) {
	if d.ts == nil || d.pending {
		ts, err := parseTS(ctx, d.ts, d.src)
		if err != nil {
			return nil, err
		}
		if d.ts != nil {
			d.ts.Close()
		}
		d.ts = ts
		d.pending = false
	}
	return newTree(d.src, d.ts), nil
}

// Release frees tree-sitter's tree (about 24 bytes of C memory per source
// byte) and keeps the text; the next Tree call parses from scratch.
func (d *Document) Release() {
	if d.ts != nil {
		d.ts.Close()
		d.ts = nil
		d.pending = false
	}
}

// HasParseTree reports whether tree-sitter's tree is held.
func (d *Document) HasParseTree() bool { return d.ts != nil }

// Close releases the tree. The document must not be used afterwards.
func (d *Document) Close() { d.Release() }

// pointAt returns tree-sitter's point for offset: the row counts "\n" (and
// lone "\r", which parserInput turns into "\n"), the column is in bytes.
func pointAt(src []byte, offset int) sitter.Point {
	in := src[:offset]
	row := bytes.Count(in, []byte{'\n'})
	lineStart := bytes.LastIndexByte(in, '\n') + 1
	if bytes.IndexByte(in, '\r') >= 0 {
		row = 0
		lineStart = 0
		for i := 0; i < len(in); i++ {
			if in[i] == '\n' || in[i] == '\r' && (i+1 >= len(src) || src[i+1] != '\n') {
				row++
				lineStart = i + 1
			}
		}
	}
	return sitter.Point{Row: uint32(row), Column: uint32(offset - lineStart)}
}

func commonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

func commonSuffix(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[len(a)-1-i] == b[len(b)-1-i] {
		i++
	}
	return i
}
