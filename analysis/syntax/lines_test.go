package syntax

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestLineIndexColumns(t *testing.T) {
	src := []byte("\ufeffab\r\n\t\U0001F600x\ry\u00e9z\n")
	li := NewLineIndex(src)
	if li.LineCount() != 4 {
		t.Fatalf("LineCount = %d, want 4", li.LineCount())
	}
	type pos struct{ line, utf16, char, byteCol int }
	cases := map[string]struct {
		off  int
		want pos
	}{
		"a after BOM":     {3, pos{0, 1, 0, 3}},
		"b":               {4, pos{0, 2, 1, 4}},
		"tab":             {7, pos{1, 0, 0, 0}},
		"emoji":           {8, pos{1, 1, 1, 1}},
		"x after emoji":   {12, pos{1, 3, 2, 5}},
		"y after lone CR": {14, pos{2, 0, 0, 0}},
		"z after e-acute": {17, pos{2, 2, 2, 3}},
	}
	for name, c := range cases {
		l, u := li.UTF16Column(c.off)
		_, ch := li.CharColumn(c.off)
		_, b := li.ByteColumn(c.off)
		if got := (pos{l, u, ch, b}); got != c.want {
			t.Errorf("%s (offset %d): got %+v, want %+v", name, c.off, got, c.want)
			continue
		}
		if off, ok := li.OffsetOfUTF16(c.want.line, c.want.utf16); !ok || off != c.off {
			t.Errorf("%s: OffsetOfUTF16 = %d, %v", name, off, ok)
		}
		if off, ok := li.OffsetOfChar(c.want.line, c.want.char); !ok || off != c.off {
			t.Errorf("%s: OffsetOfChar = %d, %v", name, off, ok)
		}
	}
	// Inside a surrogate pair resolves to the character start, not ok.
	if off, ok := li.OffsetOfUTF16(1, 2); ok || off != 8 {
		t.Errorf("mid-surrogate = %d, %v", off, ok)
	}
	// Past the end of a line clamps to its end; past the last line to EOF.
	if off, ok := li.OffsetOfUTF16(0, 99); ok || off != 5 {
		t.Errorf("past line end = %d, %v", off, ok)
	}
	if off, ok := li.OffsetOfUTF16(99, 0); ok || off != len(src) {
		t.Errorf("past last line = %d, %v", off, ok)
	}
	if got := string(li.LineText(1)); got != "\t\U0001F600x" {
		t.Errorf("LineText(1) = %q", got)
	}
	if li.Newline() != "\r\n" {
		t.Errorf("Newline = %q", li.Newline())
	}
}

// FuzzLineIndex checks that offset -> UTF-16 position -> offset round-trips
// for every character boundary of arbitrary input, against a reference
// computed with unicode/utf16.
func FuzzLineIndex(f *testing.F) {
	f.Add([]byte("a\r\nb\rc\n\U0001F600d\xff\xfee"))
	f.Add([]byte("\ufeff\t\u00e9"))
	f.Fuzz(func(t *testing.T, src []byte) {
		li := NewLineIndex(src)
		for off := 0; off <= len(src); {
			line, col := li.UTF16Column(off)
			back, ok := li.OffsetOfUTF16(line, col)
			if !ok || back != off {
				// Offsets inside a "\r\n" pair or at a line end are the only
				// positions that may map elsewhere.
				if !(off > 0 && src[off-1] == '\r') {
					t.Fatalf("offset %d -> (%d,%d) -> %d, %v", off, line, col, back, ok)
				}
			}
			// Reference column: UTF-16 length of the line prefix.
			start := li.LineStart(line)
			ref := 0
			for _, r := range string(src[start:off]) {
				if r == utf8.RuneError {
					ref++
					continue
				}
				ref += len(utf16.Encode([]rune{r}))
			}
			if ref != col {
				t.Fatalf("offset %d: column %d, reference %d", off, col, ref)
			}
			if off == len(src) {
				break
			}
			_, size := utf8.DecodeRune(src[off:])
			off += size
		}
	})
}
