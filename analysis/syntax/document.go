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
	pending bool         // edits applied to ts since tree-sitter's last parse
	// last is the flat tree of the last parse; the next flattening copies
	// its unchanged subtrees instead of walking them through cgo (the walk
	// costs about a tenth of a microsecond a node).
	last *Tree
	// prefix and suffix bound, since last, the changed span of the text:
	// its first prefix and last suffix bytes are last's. -1: no edit yet.
	prefix, suffix int
}

// NewDocument returns a document holding a copy of src. The first call to
// Tree parses it.
func NewDocument(src []byte) *Document {
	return &Document{src: bytes.Clone(src), prefix: -1, suffix: -1}
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
		startPt := d.pointAt(d.src, start)
		oldEndPt := d.pointAt(d.src, end)
		newEndPt := advancePoint(startPt, text)
		editTree(d.ts, uint32(start), uint32(end), uint32(start+len(text)), startPt, oldEndPt, newEndPt)
		d.pending = true
	}
	if d.prefix < 0 || start < d.prefix {
		d.prefix = start
	}
	if tail := len(d.src) - end; d.suffix < 0 || tail < d.suffix {
		d.suffix = tail
	}
	d.src = next
	return nil
}

// Replace sets the whole text. Only the span that differs from the old text
// is treated as edited, so a client that sends whole documents still gets
// incremental reparsing.
func (d *Document) Replace(text []byte) {
	prefix := CommonPrefix(d.src, text)
	suffix := CommonSuffix(d.src[prefix:], text[prefix:])
	// The edit cannot fail: the range lies within the old text.
	_ = d.Edit(prefix, len(d.src)-suffix, text[prefix:len(text)-suffix])
}

// Tree parses the current text if it changed, reusing the previous tree, and
// returns the flat tree: it parses the changed top-level statements alone
// when the edits allow it (statements.go), else it has tree-sitter reparse
// incrementally. On cancellation the document keeps its pending edits and
// the next call parses again.
func (d *Document) Tree(ctx context.Context) (*Tree, error) {
	if d.last != nil && d.prefix < 0 {
		return d.last, nil
	}
	if t, err := d.reparseStatements(ctx); err != nil || t != nil {
		if t != nil {
			d.last = t
			d.prefix, d.suffix = -1, -1
		}
		return t, err
	}
	if d.ts == nil || d.pending {
		ts, err := parseTS(ctx, d.ts, d.src)
		if err != nil {
			return nil, err
		}
		var r *reuse
		if d.ts != nil && d.last != nil {
			r = d.reuseFrom(d.ts, ts)
			d.ts.Close()
		}
		d.ts = ts
		d.pending = false
		d.last = buildTree(d.src, ts, r)
		d.prefix, d.suffix = -1, -1
		return d.last, nil
	}
	d.last = newTree(d.src, d.ts)
	d.prefix, d.suffix = -1, -1
	return d.last, nil
}

// reuseFrom describes what the new parse shares with the last flat tree:
// the text changed only between the prefix and suffix the edits left
// alone, and tree-sitter reports where the structure changed.
func (d *Document) reuseFrom(oldTS, newTS *sitter.Tree) *reuse {
	prefix, suffix := d.prefix, d.suffix
	if prefix < 0 {
		prefix, suffix = len(d.src), 0
	}
	// Edits after edits can make the bounds overlap; keep them inside both
	// texts.
	suffix = min(suffix, len(d.last.src)-prefix, len(d.src)-prefix)
	return &reuse{
		prev:   d.last,
		start:  prefix,
		oldEnd: len(d.last.src) - suffix,
		newEnd: len(d.src) - suffix,
		ranges: changedRanges(oldTS, newTS),
	}
}

// Lines returns the line index of the current text when the last tree is
// of that text, else nil: a caller placing an edit can then skip scanning
// the text for its lines.
func (d *Document) Lines() *LineIndex {
	if d.last != nil && d.prefix < 0 {
		return d.last.lines
	}
	return nil
}

// Release frees tree-sitter's tree (about 24 bytes of C memory per source
// byte) and keeps the text; the next Tree call parses from scratch.
func (d *Document) Release() {
	if d.ts != nil {
		d.ts.Close()
		d.ts = nil
		d.pending = false
	}
	d.last = nil
	d.prefix, d.suffix = -1, -1
}

// HasParseTree reports whether tree-sitter's tree is held.
func (d *Document) HasParseTree() bool { return d.ts != nil }

// Close releases the tree. The document must not be used afterwards.
func (d *Document) Close() { d.Release() }

// pointAt returns tree-sitter's point for an offset of src, reading the
// last tree's line index when src is that tree's text (the usual case: one
// edit between parses) instead of counting lines.
func (d *Document) pointAt(src []byte, offset int) sitter.Point {
	if d.last != nil && len(src) > 0 && len(d.last.src) == len(src) && &d.last.src[0] == &src[0] {
		line, col := d.last.lines.ByteColumn(offset)
		return sitter.Point{Row: uint32(line), Column: uint32(col)}
	}
	return pointAt(src, offset)
}

// advancePoint returns the point after text when text starts at p.
func advancePoint(p sitter.Point, text []byte) sitter.Point {
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' || text[i] == '\r' && (i+1 == len(text) || text[i+1] != '\n') {
			p.Row++
			p.Column = 0
			continue
		}
		p.Column++
	}
	return p
}

// pointAt returns tree-sitter's point for offset: the row counts "\n" (and
// lone "\r", which parserInput turns into "\n"), the column is in bytes.
// A LineIndex counts rows the same way.
func pointAt(src []byte, offset int) sitter.Point {
	line, col := NewLineIndex(src[:offset]).ByteColumn(offset)
	return sitter.Point{Row: uint32(line), Column: uint32(col)}
}

// CommonPrefix returns the length of the longest common prefix of a and b,
// comparing 64 bytes at a time where it can.
func CommonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for i+64 <= n && bytes.Equal(a[i:i+64], b[i:i+64]) {
		i += 64
	}
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

// CommonSuffix returns the length of the longest common suffix of a and b.
func CommonSuffix(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for i+64 <= n && bytes.Equal(a[len(a)-i-64:len(a)-i], b[len(b)-i-64:len(b)-i]) {
		i += 64
	}
	for i < n && a[len(a)-1-i] == b[len(b)-1-i] {
		i++
	}
	return i
}
