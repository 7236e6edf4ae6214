package lsp

import (
	"testing"

	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/analysis/syntax"
)

func TestPositionRoundTrip(t *testing.T) {
	src := []byte("a = '\U0001F600x'\r\nb\rc\n\u00e9\U0001F680z")
	li := syntax.NewLineIndex(src)
	for _, enc := range []encoding{encUTF16, utf8Enc} {
		for off := 0; off <= len(src); off++ {
			if off > 0 && src[off-1] == '\r' && off < len(src) && src[off] == '\n' {
				continue // inside a line terminator
			}
			p := position(li, off, enc)
			back, _ := offset(li, p, enc)
			// An offset inside a character maps to the character's start.
			want := off
			for want > 0 && want < len(src) && src[want]&0xC0 == 0x80 {
				want--
			}
			if back != want {
				t.Errorf("enc %d: offset %d -> %v -> %d, want %d", enc, off, p, back, want)
			}
			fast, ok1 := offsetInText(src, p, enc)
			slow, ok2 := offset(li, p, enc)
			if fast != slow || ok1 != ok2 {
				t.Errorf("enc %d: %v: offsetInText %d %v, offset %d %v", enc, p, fast, ok1, slow, ok2)
			}
		}
	}
	// The emoji counts two UTF-16 units and four bytes.
	if p := position(li, 9, encUTF16); p != (protocol.Position{Line: 0, Character: 7}) {
		t.Errorf("after emoji (utf-16): %v", p)
	}
	if p := position(li, 9, utf8Enc); p != (protocol.Position{Line: 0, Character: 9}) {
		t.Errorf("after emoji (utf-8): %v", p)
	}
}

func FuzzOffsetInText(f *testing.F) {
	f.Add([]byte("x\n\U0001F600y\r\nz"), uint32(1), uint32(2), false)
	f.Add([]byte("\r\r\n\n"), uint32(2), uint32(0), true)
	f.Fuzz(func(t *testing.T, src []byte, line, char uint32, u8 bool) {
		enc := encUTF16
		if u8 {
			enc = utf8Enc
		}
		p := protocol.Position{Line: line % 8, Character: char % 16}
		li := syntax.NewLineIndex(src)
		fast, ok1 := offsetInText(src, p, enc)
		slow, ok2 := offset(li, p, enc)
		if fast != slow || ok1 != ok2 {
			t.Fatalf("%q %v enc %d: offsetInText %d %v, offset %d %v", src, p, enc, fast, ok1, slow, ok2)
		}
	})
}
