package lsp

import (
	"bytes"
	"unicode/utf8"

	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/analysis/syntax"
)

// This file is the one place that converts between the byte offsets analysis
// works in and LSP positions (line, character), where the character counts
// UTF-16 code units (the LSP default) or bytes (when the client offers
// "utf-8" in general.positionEncodings and the server picks it).

// encoding is the negotiated position encoding.
type encoding uint8

const (
	encUTF16 encoding = iota
	utf8Enc
)

func (e encoding) kind() protocol.PositionEncodingKind {
	if e == utf8Enc {
		return protocol.PositionEncodingKindUTF8
	}
	return protocol.PositionEncodingKindUTF16
}

// negotiateEncoding picks UTF-8 when the client offers it, else UTF-16,
// which every client must support.
func negotiateEncoding(offered []protocol.PositionEncodingKind) encoding {
	for _, k := range offered {
		if k == protocol.PositionEncodingKindUTF8 {
			return utf8Enc
		}
	}
	return encUTF16
}

// position returns the LSP position of byte offset off.
func position(li *syntax.LineIndex, off int, enc encoding) protocol.Position {
	var line, col int
	if enc == utf8Enc {
		line, col = li.ByteColumn(off)
	} else {
		line, col = li.UTF16Column(off)
	}
	return protocol.Position{Line: uint32(line), Character: uint32(col)}
}

// lspRange returns the LSP range of the bytes [start, end).
func lspRange(li *syntax.LineIndex, start, end int, enc encoding) protocol.Range {
	s := position(li, start, enc)
	if end == start {
		return protocol.Range{Start: s, End: s}
	}
	return protocol.Range{Start: s, End: position(li, end, enc)}
}

// offset returns the byte offset of an LSP position, clamped as the
// specification asks (a character past the end of its line means the line's
// end, a line past the end of the text means the text's end); ok is false
// when the position had to be clamped.
func offset(li *syntax.LineIndex, p protocol.Position, enc encoding) (int, bool) {
	if enc == utf8Enc {
		return li.OffsetOfByte(int(p.Line), int(p.Character))
	}
	return li.OffsetOfUTF16(int(p.Line), int(p.Character))
}

// offsetInText is offset without a line index, for applying edits: it finds
// the line with a vectorised search for newlines instead of indexing the
// whole text, which matters on every keystroke in a large file. It agrees
// with offset (lines end at "\n", "\r\n" or a lone "\r").
func offsetInText(src []byte, p protocol.Position, enc encoding) (int, bool) {
	start, ok := lineStart(src, int(p.Line))
	if !ok {
		return len(src), false
	}
	end := lineEnd(src, start)
	col := int(p.Character)
	i := start
	if enc == utf8Enc {
		if start+col > end {
			return end, false
		}
		i = start + col
		for i > start && i < len(src) && !utf8.RuneStart(src[i]) {
			i--
		}
		return i, i == start+col
	}
	for i < end && col > 0 {
		r, size := utf8.DecodeRune(src[i:])
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if w > col {
			return i, false
		}
		col -= w
		i += size
	}
	return i, col == 0
}

// lineStart returns the offset where line starts; ok is false when the text
// has fewer lines.
func lineStart(src []byte, line int) (int, bool) {
	if line == 0 {
		return 0, true
	}
	if bytes.IndexByte(src, '\r') < 0 {
		pos := 0
		for n := 0; n < line; n++ {
			i := bytes.IndexByte(src[pos:], '\n')
			if i < 0 {
				return len(src), false
			}
			pos += i + 1
		}
		return pos, true
	}
	li := syntax.NewLineIndex(src)
	if line >= li.LineCount() {
		return len(src), false
	}
	return li.LineStart(line), true
}

// lineEnd returns the end of the text of the line starting at start, before
// its terminator.
func lineEnd(src []byte, start int) int {
	for i := start; i < len(src); i++ {
		if src[i] == '\n' || src[i] == '\r' {
			return i
		}
	}
	return len(src)
}
