package syntax

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// LineIndex maps byte offsets to lines and columns and back. Lines end at
// "\n", "\r\n" or a lone "\r" (Python and the LSP both accept the three).
// Columns come in three units: bytes (UTF-8, what analysis uses), UTF-16
// code units (the LSP default) and characters (what the CLI prints). Invalid
// UTF-8 counts one unit per byte, so no input makes the index panic.
type LineIndex struct {
	src    []byte
	starts []int // byte offset where each line starts; starts[0] == 0
}

// NewLineIndex indexes src. It does not copy src.
func NewLineIndex(src []byte) *LineIndex {
	starts := make([]int, 1, 1+len(src)/32)
	return &LineIndex{src: src, starts: appendLineStarts(starts, src, 0, len(src))}
}

// appendLineStarts appends the start of each line that begins after a
// line terminator in src[from:to].
func appendLineStarts(starts []int, src []byte, from, to int) []int {
	hasCR := bytes.IndexByte(src[from:to], '\r') >= 0
	for i := from; i < to; {
		// Most text has no carriage return: jump from newline to newline.
		if !hasCR {
			j := bytes.IndexByte(src[i:to], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			starts = append(starts, i)
			continue
		}
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
		i++
	}
	return starts
}

// splice returns the index of src, the text of li with [start, oldStop)
// replaced by [start, newStop) of src, where start is the start of a line
// and oldStop is the start of a line or the end of the text: it copies
// the lines outside the replaced span instead of scanning them.
func (li *LineIndex) splice(src []byte, start, oldStop, newStop int) *LineIndex {
	first := sort.SearchInts(li.starts, start+1) // lines starting at or before start
	rest := sort.SearchInts(li.starts, oldStop+1)
	starts := make([]int, first, len(li.starts)+8)
	copy(starts, li.starts[:first])
	starts = appendLineStarts(starts, src, start, newStop)
	delta := newStop - oldStop
	for _, s := range li.starts[rest:] {
		starts = append(starts, s+delta)
	}
	return &LineIndex{src: src, starts: starts}
}

// LineCount returns the number of lines; text ending in a newline has an
// empty last line.
func (li *LineIndex) LineCount() int { return len(li.starts) }

// LineStart returns the byte offset where line (0-based) starts, clamped.
func (li *LineIndex) LineStart(line int) int {
	if line < 0 {
		return 0
	}
	if line >= len(li.starts) {
		return len(li.src)
	}
	return li.starts[line]
}

// LineEnd returns the offset of the end of line's text, before its line
// terminator.
func (li *LineIndex) LineEnd(line int) int {
	if line < 0 {
		return 0
	}
	if line+1 >= len(li.starts) {
		return len(li.src)
	}
	end := li.starts[line+1]
	if end > 0 && li.src[end-1] == '\n' {
		end--
	}
	if end > li.starts[line] && li.src[end-1] == '\r' {
		end--
	}
	return end
}

// LineText returns line's text without its terminator.
func (li *LineIndex) LineText(line int) []byte {
	return li.src[li.LineStart(line):li.LineEnd(line)]
}

// Line returns the 0-based line containing offset (clamped to the text).
func (li *LineIndex) Line(offset int) int {
	if offset <= 0 {
		return 0
	}
	if offset > len(li.src) {
		offset = len(li.src)
	}
	return sort.SearchInts(li.starts, offset+1) - 1
}

// ByteColumn returns the 0-based line and byte column of offset.
func (li *LineIndex) ByteColumn(offset int) (line, col int) {
	offset = clamp(offset, 0, len(li.src))
	line = li.Line(offset)
	return line, offset - li.starts[line]
}

// UTF16Column returns the 0-based line and UTF-16 column of offset. An
// offset inside a character counts as that character's start.
func (li *LineIndex) UTF16Column(offset int) (line, col int) {
	offset = clamp(offset, 0, len(li.src))
	line = li.Line(offset)
	for i := li.starts[line]; i < offset; {
		r, size := utf8.DecodeRune(li.src[i:])
		if i+size > offset {
			break
		}
		i += size
		col += utf16Len(r, size)
	}
	return line, col
}

// CharColumn returns the 0-based line and character column of offset. A
// UTF-8 byte order mark at the start of the text is not a character.
func (li *LineIndex) CharColumn(offset int) (line, col int) {
	offset = clamp(offset, 0, len(li.src))
	line = li.Line(offset)
	start := li.starts[line]
	if line == 0 && hasBOM(li.src) && offset >= 3 {
		start = 3
	}
	for i := start; i < offset; {
		_, size := utf8.DecodeRune(li.src[i:])
		if i+size > offset {
			break
		}
		i += size
		col++
	}
	return line, col
}

// OffsetOfUTF16 returns the byte offset of (line, UTF-16 column). Positions
// past the end of a line clamp to the line's end and lines past the end of
// the text to its end, as the LSP specification asks; a column inside a
// surrogate pair resolves to the character's start. ok is false when the
// position had to be clamped.
func (li *LineIndex) OffsetOfUTF16(line, col int) (offset int, ok bool) {
	if line < 0 || col < 0 {
		return 0, false
	}
	if line >= len(li.starts) {
		return len(li.src), false
	}
	i, end := li.starts[line], li.LineEnd(line)
	for i < end && col > 0 {
		r, size := utf8.DecodeRune(li.src[i:])
		w := utf16Len(r, size)
		if w > col {
			return i, false
		}
		col -= w
		i += size
	}
	return i, col == 0
}

// OffsetOfChar returns the byte offset of (line, character column), with
// the clamping of OffsetOfUTF16.
func (li *LineIndex) OffsetOfChar(line, col int) (offset int, ok bool) {
	if line < 0 || col < 0 {
		return 0, false
	}
	if line >= len(li.starts) {
		return len(li.src), false
	}
	i, end := li.starts[line], li.LineEnd(line)
	if line == 0 && hasBOM(li.src) {
		i = 3
	}
	for i < end && col > 0 {
		_, size := utf8.DecodeRune(li.src[i:])
		col--
		i += size
	}
	return i, col == 0
}

// OffsetOfByte returns the byte offset of (line, byte column), clamped to
// the line; a column inside a character moves back to its start.
func (li *LineIndex) OffsetOfByte(line, col int) (offset int, ok bool) {
	if line < 0 || col < 0 {
		return 0, false
	}
	if line >= len(li.starts) {
		return len(li.src), false
	}
	start, end := li.starts[line], li.LineEnd(line)
	if start+col > end {
		return end, false
	}
	off := start + col
	for off > start && off < len(li.src) && !utf8.RuneStart(li.src[off]) {
		off--
	}
	return off, off == start+col
}

// Indentation returns the leading spaces and tabs of line.
func (li *LineIndex) Indentation(line int) string {
	text := li.LineText(line)
	n := 0
	for n < len(text) && (text[n] == ' ' || text[n] == '\t') {
		n++
	}
	return string(text[:n])
}

// Newline returns the line terminator the text uses first, "\n" if none.
func (li *LineIndex) Newline() string {
	if len(li.starts) < 2 {
		return "\n"
	}
	end := li.starts[1]
	if end >= 2 && li.src[end-2] == '\r' && li.src[end-1] == '\n' {
		return "\r\n"
	}
	if li.src[end-1] == '\r' {
		return "\r"
	}
	return "\n"
}

func utf16Len(r rune, size int) int {
	if r == utf8.RuneError && size == 1 {
		return 1
	}
	if r >= 0x10000 {
		return 2
	}
	return 1
}

func hasBOM(src []byte) bool {
	return len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
