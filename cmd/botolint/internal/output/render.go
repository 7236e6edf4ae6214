package output

import (
	"strings"
	"unicode"
)

// TabWidth is the tab stop used to display source lines.
const TabWidth = 4

// MaxLineWidth is the display width beyond which a source line is shown as
// a window around the finding.
const MaxLineWidth = 160

// leftContext is how much of a long line is kept before the finding.
const leftContext = 40

// Render prepares one source line for display: tabs expanded to TabWidth
// stops, control characters shown as spaces, and long lines cut to a window
// around the range [from, to) (byte offsets into line, to >= from). It
// returns the text and the display column and width of the caret run (at
// least 1, so an empty range still shows where it is).
func Render(line string, from, to int) (shown string, caretCol, caretWidth int) {
	type cell struct {
		off   int // byte offset of the rune
		col   int // display column
		text  string
		width int
	}
	var cells []cell
	col := 0
	for off, r := range line {
		c := cell{off: off, col: col}
		switch {
		case r == '\t':
			c.width = TabWidth - col%TabWidth
			c.text = strings.Repeat(" ", c.width)
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			c.text, c.width = " ", 1
		default:
			c.text, c.width = string(r), runeWidth(r)
		}
		col += c.width
		cells = append(cells, c)
	}
	total := col
	colAt := func(off int) int {
		for _, c := range cells {
			if c.off >= off {
				return c.col
			}
		}
		return total
	}
	start, end := colAt(from), colAt(to)
	if end <= start {
		end = start + 1
	}
	lo, hi := 0, total
	if total > MaxLineWidth {
		lo = max(0, start-leftContext)
		hi = min(total, lo+MaxLineWidth)
		if hi-lo < MaxLineWidth {
			lo = max(0, hi-MaxLineWidth)
		}
	}
	var b strings.Builder
	shift := -lo
	if lo > 0 {
		b.WriteString("...")
		shift += 3
	}
	for _, c := range cells {
		if c.col >= lo && c.col+c.width <= hi {
			b.WriteString(c.text)
		}
	}
	if hi < total {
		b.WriteString("...")
	}
	// Clip the caret run to the window; a caret past the line's end stays
	// one column after it.
	cs, ce := max(start, lo), min(end, max(hi, start+1))
	if ce <= cs {
		ce = cs + 1
	}
	return b.String(), cs + shift, ce - cs
}

// runeWidth is the terminal width of a printable rune: 0 for combining and
// format characters, 2 for East Asian wide characters and emoji, else 1.
func runeWidth(r rune) int {
	switch {
	case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r), unicode.Is(unicode.Cf, r):
		return 0
	case r >= 0x1100 && r <= 0x115f,
		r >= 0x2e80 && r <= 0x303e,
		r >= 0x3041 && r <= 0x33ff,
		r >= 0x3400 && r <= 0x4dbf,
		r >= 0x4e00 && r <= 0x9fff,
		r >= 0xa000 && r <= 0xa4cf,
		r >= 0xac00 && r <= 0xd7a3,
		r >= 0xf900 && r <= 0xfaff,
		r >= 0xfe30 && r <= 0xfe4f,
		r >= 0xff00 && r <= 0xff60,
		r >= 0xffe0 && r <= 0xffe6,
		r >= 0x1f300 && r <= 0x1f64f,
		r >= 0x1f680 && r <= 0x1f6ff,
		r >= 0x1f900 && r <= 0x1f9ff,
		r >= 0x1fa70 && r <= 0x1faff,
		r >= 0x20000 && r <= 0x3fffd:
		return 2
	}
	return 1
}
