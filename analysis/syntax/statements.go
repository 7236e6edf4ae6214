package syntax

import (
	"context"
	"sync/atomic"
)

// Reparsing the changed top-level statements alone.
//
// tree-sitter's incremental reparse of a large file costs far more than a
// one-character edit warrants: it re-pushes every unchanged top-level
// statement, and the changed ranges walk both trees (0.45 ms together on a
// 5,000-line file, a third of a keystroke's budget). When the edits since
// the last tree lie inside a run of top-level statements whose boundaries
// the edit cannot move, parsing that run's text alone gives the same
// statements a parse of the whole file gives, for a few tens of
// microseconds. The run must be bounded on both sides by lines that a
// Python parser reads the same way whatever the run contains:
//
//   - it starts at a statement that begins a line (column 0), and in the
//     new text its first line of code starts at column 0 with a name, a
//     keyword other than else, elif, except and finally, or a decorator,
//     after nothing but blank lines and comments at column 0: the statement
//     before it then ends where it ended (an indented line would continue
//     its block, an indented comment join it, an "else" or "except" extend
//     it, and those parse without error alone);
//   - it ends before a statement that begins a line the same way and has
//     no error, or at the end of the file: the parser
//     meets that line in the state it meets the end of the run's text in
//     (tree-sitter's Python scanner treats the end of input as a line at
//     column 0), and the statement parses as before;
//   - neither the line before the run nor its own last line ends with a
//     backslash, which would join it to the next line;
//   - the run's text parses without error alone, and the last tree has no
//     error (error recovery may reach across statements, and tree-sitter
//     marks some errors, such as two statements on one line, on the module
//     alone).
//
// Anything else takes tree-sitter's incremental reparse. Whatever path
// made it, the tree equals a full parse of the text; the tests compare the
// two after thousands of random edits.

// statementReparses counts the trees built by reparseStatements, for tests.
var statementReparses atomic.Int64

// statementReparseShare bounds the text of the run parsed alone, as a
// share of the whole text. Measured on a 170 KB module with a one-character
// edit in a class of growing size: parsing the class alone costs about 0.3
// microseconds a byte, tree-sitter's incremental reparse about 0.75 ms
// whatever the class (it reuses the unchanged methods, which a parse from
// scratch cannot), and the two cross near 2.6 KB, a 64th of the file.
var statementReparseShare = 64 // a variable for tests of small texts

// reparseStatements returns the tree of the current text built from the
// last tree by parsing the changed statements alone, or nil when the edits
// do not allow it (see above). tree-sitter's own tree keeps its pending
// edits for the next full reparse.
func (d *Document) reparseStatements(ctx context.Context) (*Tree, error) {
	last := d.last
	if last == nil || d.prefix < 0 || last.root == nil || last.root.nodes[0].kind != KindModule || last.HasError() {
		return nil, nil
	}
	// The edits replaced [p, oldEnd) of last's text by [p, newEnd) of the
	// current one.
	p := d.prefix
	suffix := min(d.suffix, len(last.src)-p, len(d.src)-p)
	oldEnd := len(last.src) - suffix
	delta := len(d.src) - len(last.src)

	// The run of chunks [a, b): a is the last chunk at or before the edit
	// that begins a line, b the first chunk after it that ends the run.
	a := -1
	for k := len(last.off) - 1; k >= 0; k-- {
		if int(last.off[k]) <= p && startsLine(last.src, int(last.off[k])) {
			a = k
			break
		}
	}
	if a < 0 {
		return nil, nil
	}
	b := len(last.chunks)
	for k := a + 1; k < len(last.chunks); k++ {
		if int(last.off[k]) > oldEnd && last.endsRun(k) {
			b = k
			break
		}
	}
	start := int(last.off[a])
	oldStop, newStop := len(last.src), len(d.src)
	if b < len(last.chunks) {
		oldStop = int(last.off[b])
		newStop = oldStop + delta
	}
	if (newStop-start)*statementReparseShare > len(d.src) || !firstCodeAtColumnZero(d.src[start:newStop]) ||
		continuesLine(d.src, start) || continuesLine(d.src, newStop) {
		return nil, nil
	}

	text := d.src[start:newStop]
	ts, err := parseTS(ctx, nil, text)
	if err != nil {
		return nil, err
	}
	defer ts.Close()
	root, kids := readRoot(ts)
	if root.kind != KindModule || root.flags&(flagHasError|flagError) != 0 || len(kids) == 0 {
		return nil, nil
	}
	fresh := make([]*chunk, len(kids))
	fillChunks(ts, kids, fresh)

	count := len(last.chunks) - (b - a) + len(kids)
	t := &Tree{
		src:    d.src,
		lines:  last.lines.splice(d.src, start, oldStop, newStop),
		chunks: make([]*chunk, 0, count),
		off:    make([]int32, 0, count),
	}
	t.chunks = append(append(append(t.chunks, last.chunks[:a]...), fresh...), last.chunks[b:]...)
	t.off = append(t.off, last.off[:a]...)
	for _, kid := range kids {
		t.off = append(t.off, int32(start+int(kid.start)))
	}
	for _, off := range last.off[b:] {
		t.off = append(t.off, off+int32(delta))
	}
	for k := range a {
		reusedNodes.Add(int64(len(t.chunks[k].nodes)))
	}
	for k := a + len(kids); k < count; k++ {
		reusedNodes.Add(int64(len(t.chunks[k].nodes)))
	}

	// The module node spans from its first token to the end of the text
	// (tree-sitter's root ends after the trailing whitespace): recompute
	// what the run can move.
	mod := last.root.nodes[0]
	mod.flags &^= flagHasError
	if a == 0 {
		mod.start = uint32(start) + root.start
	}
	if b == len(last.chunks) {
		mod.end = uint32(start) + root.end
	} else {
		mod.end = uint32(int(mod.end) + delta)
	}
	t.root = &chunk{nodes: []node{mod}}
	t.numberChunks()
	statementReparses.Add(1)
	return t, nil
}

// continuesLine reports whether the line that ends before offset ends with
// a backslash, which joins it to the line at offset.
func continuesLine(src []byte, offset int) bool {
	i := offset - 1
	if i >= 0 && src[i] == '\n' {
		i--
	}
	if i >= 0 && src[i] == '\r' {
		i--
	}
	return i >= 0 && i < offset-1 && src[i] == '\\'
}

// startsLine reports whether offset is at the start of a line of src.
func startsLine(src []byte, offset int) bool {
	return offset == 0 || src[offset-1] == '\n' || src[offset-1] == '\r'
}

// endsRun reports whether chunk k can end a run of statements parsed
// alone: a statement without error that begins a line with a name, a
// keyword or a decorator.
func (t *Tree) endsRun(k int) bool {
	nd := &t.chunks[k].nodes[0]
	off := int(t.off[k])
	return nd.flags&flagNamed != 0 && nd.flags&(flagHasError|flagError|flagExtra) == 0 &&
		nd.kind != KindComment && nd.kind != KindError &&
		startsLine(t.src, off) && startsStatement(t.src[off:])
}

// startsName reports whether c can begin a statement's name or keyword, or
// a decorator.
func startsName(c byte) bool {
	return c == '_' || c == '@' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// startsStatement reports whether text starts with a name, a keyword or a
// decorator that no previous line can extend: not "else", "elif",
// "except" or "finally", which continue the statement before them (and
// which tree-sitter parses alone, without error, as annotated names).
func startsStatement(text []byte) bool {
	if len(text) == 0 || !startsName(text[0]) {
		return false
	}
	n := 1
	for n < len(text) && (startsName(text[n]) && text[n] != '@' || '0' <= text[n] && text[n] <= '9') {
		n++
	}
	switch string(text[:n]) {
	case "else", "elif", "except", "finally":
		return false
	}
	return true
}

// firstCodeAtColumnZero reports whether the first line of text that is
// neither blank nor a comment starts at column 0 with a name, a keyword or
// a decorator, with only blank lines and comments at column 0 before it.
// A text without code also qualifies.
func firstCodeAtColumnZero(text []byte) bool {
	for i := 0; i < len(text); {
		// i is at the start of a line.
		j := i
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\f') {
			j++
		}
		if j == len(text) {
			return true
		}
		switch c := text[j]; {
		case c == '\n' || c == '\r':
			i = j + 1
			continue
		case c == '#':
			if j != i {
				return false
			}
			for j < len(text) && text[j] != '\n' && text[j] != '\r' {
				j++
			}
			i = j + 1
			continue
		default:
			return j == i && startsStatement(text[j:])
		}
	}
	return true
}
