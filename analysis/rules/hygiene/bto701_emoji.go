package hygiene

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:generate go run ./internal/emojigen -data /usr/share/unicode/emoji/emoji-data.txt -out emoji_tables.go

//go:embed bto701_emoji.md
var emojiDoc string

// Emoji reports emoji in comments, strings and code: the guideline asks for
// none in code, comments or output.
var Emoji = &analysis.Rule{
	Code:     "BTO701",
	Name:     "emoji",
	Summary:  "Emoji in code, comments or strings",
	Severity: analysis.SeverityInfo,
	Fix:      analysis.FixAlways,
	Doc:      emojiDoc,
	Run:      checkEmoji,
}

// Code points that glue emoji sequences together.
const (
	zwj             = 0x200D // ZERO WIDTH JOINER
	vs15            = 0xFE0E // VARIATION SELECTOR-15: text presentation
	vs16            = 0xFE0F // VARIATION SELECTOR-16: emoji presentation
	combiningKeycap = 0x20E3
	tagFirst        = 0xE0020
	tagLast         = 0xE007E
	cancelTag       = 0xE007F
)

type runeRange struct{ lo, hi rune }

func inTable(t []runeRange, r rune) bool {
	i := sort.Search(len(t), func(i int) bool { return t[i].hi >= r })
	return i < len(t) && t[i].lo <= r
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
func isSkinTone(r rune) bool          { return r >= 0x1F3FB && r <= 0x1F3FF }
func isKeycapBase(r rune) bool        { return r >= '0' && r <= '9' || r == '#' || r == '*' }

// isPictograph reports whether r starts an emoji: an Extended_Pictographic
// code point that is an emoji (Emoji=Yes), or any Extended_Pictographic
// code point from U+1F000 on, where Unicode reserves the unassigned ones
// for future emoji. Extended_Pictographic symbols that are not emoji (the
// black star, ballot boxes, the helm symbol) are left alone.
func isPictograph(r rune) bool {
	if r < 0xA9 || !inTable(extendedPictographic, r) {
		return false
	}
	return r >= 0x1F000 || inTable(emojiProperty, r)
}

// isTextSymbol reports whether r is an emoji that is text by default and
// lives among ordinary symbols: the copyright and registered signs, the
// trade mark sign, double exclamation, information, the arrows, geometric
// shapes, the circled M and a few CJK marks. Such a character is reported
// only when U+FE0F asks for its emoji presentation; a copyright sign in a
// license header is not an emoji. Pictographs of the Miscellaneous Symbols
// and Dingbats blocks (sun, telephone, heavy check mark, warning sign,
// heart) are reported with or without U+FE0F.
func isTextSymbol(r rune) bool {
	if inTable(emojiPresentation, r) || r >= 0x1F000 {
		return false
	}
	return r < 0x2600 || r > 0x27BF
}

// unit is one character as Python sees it: a literal character of the
// source, or an escape sequence of a string literal that denotes one.
type unit struct {
	r          rune
	start, end int
}

// scanner walks the source unit by unit.
type scanner struct {
	src     []byte
	escapes map[int]unit // escape sequences of text strings, by start offset
}

// at returns the unit starting at off.
func (s *scanner) at(off int) (unit, bool) {
	if off >= len(s.src) {
		return unit{}, false
	}
	if u, ok := s.escapes[off]; ok {
		return u, true
	}
	r, size := utf8.DecodeRune(s.src[off:])
	return unit{r: r, start: off, end: off + size}, true
}

// sequence returns the end of the emoji sequence starting with u, or -1
// when u starts none.
func (s *scanner) sequence(u unit) int {
	switch {
	case isRegionalIndicator(u.r):
		if n, ok := s.at(u.end); ok && isRegionalIndicator(n.r) {
			return n.end
		}
		return u.end
	case isKeycapBase(u.r):
		n, ok := s.at(u.end)
		if ok && n.r == vs16 {
			n, ok = s.at(n.end)
		}
		if ok && n.r == combiningKeycap {
			return n.end
		}
		return -1
	case isSkinTone(u.r):
		return s.presentation(u.end)
	case isPictograph(u.r):
		n, ok := s.at(u.end)
		if ok && n.r == vs15 {
			return -1 // text presentation asked for explicitly
		}
		if isTextSymbol(u.r) && !(ok && n.r == vs16) {
			return -1
		}
		end := s.element(u)
		for {
			j, ok := s.at(end)
			if !ok || j.r != zwj {
				return end
			}
			next, ok := s.at(j.end)
			if !ok || !(isPictograph(next.r) || isRegionalIndicator(next.r)) {
				return end
			}
			end = s.element(next)
		}
	}
	return -1
}

// element returns the end of one emoji element: the pictograph, its
// variation selector, skin tone modifier and tag sequence.
func (s *scanner) element(u unit) int {
	end := s.presentation(u.end)
	if n, ok := s.at(end); ok && isSkinTone(n.r) {
		end = s.presentation(n.end)
	}
	tags := end
	for {
		n, ok := s.at(tags)
		if !ok {
			return end
		}
		switch {
		case n.r >= tagFirst && n.r <= tagLast:
			tags = n.end
			continue
		case n.r == cancelTag && tags > end:
			return n.end
		}
		return end
	}
}

// presentation skips an emoji variation selector at off.
func (s *scanner) presentation(off int) int {
	if n, ok := s.at(off); ok && n.r == vs16 {
		return n.end
	}
	return off
}

// escapeValue decodes a \xNN, \uNNNN or \UNNNNNNNN escape.
func escapeValue(text string) (rune, bool) {
	if len(text) < 4 || text[0] != '\\' {
		return 0, false
	}
	switch text[1] {
	case 'u', 'U', 'x':
		v, err := strconv.ParseUint(text[2:], 16, 32)
		if err != nil || v > utf8.MaxRune {
			return 0, false
		}
		return rune(v), true
	}
	return 0, false
}

// region is a comment or string of the file, by byte range.
type region struct {
	start, end int
	node       syntax.Node
}

func find(regions []region, off int) (region, bool) {
	i := sort.Search(len(regions), func(i int) bool { return regions[i].end > off })
	if i < len(regions) && regions[i].start <= off {
		return regions[i], true
	}
	return region{}, false
}

func checkEmoji(p *analysis.Pass) {
	src := p.Source
	sc := &scanner{src: src, escapes: map[int]unit{}}
	var comments, strs []region
	hasEscape := false
	for node := range p.Nodes() {
		switch node.Kind() {
		case syntax.KindComment:
			comments = append(comments, region{node.Start(), node.End(), node})
		case syntax.KindString:
			strs = append(strs, region{node.Start(), node.End(), node})
		case syntax.KindEscapeSequence:
			lit, ok := enclosingString(node)
			if !ok || lit.raw || lit.bytes {
				continue
			}
			if r, ok := escapeValue(node.Text()); ok && r > 0x7F {
				sc.escapes[node.Start()] = unit{r: r, start: node.Start(), end: node.End()}
				hasEscape = true
			}
		}
	}
	spanStart, spanEnd := p.Span()
	if !hasEscape && isASCII(src[spanStart:spanEnd]) {
		return
	}
	// Every emoji sequence of the file; a comment's fix needs all of its
	// sequences to know whether removing them empties the comment.
	type found struct {
		start, end int
		cps        []rune
	}
	var all []found
	var prev unit
	for off := spanStart; off < spanEnd; {
		if c := src[off]; c < 0x80 && (off+1 == len(src) || src[off+1] < 0x80 && src[off+1] != '\\') {
			if _, escape := sc.escapes[off]; !escape {
				// ASCII followed by ASCII is never part of an emoji (a
				// keycap's digit is followed by U+FE0F or U+20E3, perhaps escaped): step
				// over it without decoding.
				prev = unit{r: rune(c), start: off, end: off + 1}
				off++
				continue
			}
		}
		u, _ := sc.at(off)
		end := sc.sequence(u)
		if end < 0 {
			prev = u
			off = u.end
			continue
		}
		seq := found{start: u.start, end: end}
		for o := u.start; o < end; {
			v, _ := sc.at(o)
			seq.cps = append(seq.cps, v.r)
			o = v.end
		}
		if str, ok := find(strs, u.start); ok && inCharacterClass(sc, prev, end, str.end) {
			// "[\U0001F600-\U0001F64F]": a regular expression that matches
			// emoji, typically to strip them.
			prev = u
			off = end
			continue
		}
		all = append(all, seq)
		prev = unit{r: seq.cps[len(seq.cps)-1], start: u.start, end: end}
		off = end
	}
	for _, f := range all {
		where := "in code"
		var fix analysis.Fix
		if c, ok := find(comments, f.start); ok {
			where = "in a comment"
			fix = removeFromComment(p, c, f.start, f.end, func(yield func(int, int) bool) {
				for _, g := range all {
					if g.start >= c.start && g.end <= c.end && !yield(g.start, g.end) {
						return
					}
				}
			})
		} else {
			if _, ok := find(strs, f.start); ok {
				where = "in a string"
			}
			s, e := withOneSpace(src, f.start, f.end)
			fix = analysis.Fix{Title: "Remove the emoji", Applicability: analysis.Safe, Edits: []analysis.Edit{{Start: s, End: e}}}
		}
		what := "emoji"
		if len(f.cps) > 1 {
			what = "emoji sequence"
		}
		p.Report(analysis.Diagnostic{
			Start:   f.start,
			End:     f.end,
			Message: fmt.Sprintf("%s %s %s", what, codePoints(f.cps), where),
			Fixes:   []analysis.Fix{fix},
		})
	}
}

// inCharacterClass reports whether a sequence of a string, ending at end
// and preceded by prev, looks like part of a regular expression character
// class: next to the "-" of a range, right after "[" or right before "]".
func inCharacterClass(sc *scanner, prev unit, end, strEnd int) bool {
	next, ok := sc.at(end)
	if ok && end < strEnd && (next.r == '-' || next.r == ']') {
		return true
	}
	return prev.r == '-' || prev.r == '['
}

// withOneSpace widens [start, end) by one adjacent space: the one after
// ("X Done" -> "Done"), else the one before ("Done! X" -> "Done!").
func withOneSpace(src []byte, start, end int) (int, int) {
	switch {
	case end < len(src) && src[end] == ' ':
		return start, end + 1
	case start > 0 && src[start-1] == ' ':
		return start - 1, end
	}
	return start, end
}

// removeFromComment removes one emoji sequence from a comment, or the
// whole comment when nothing but "#" would be left once every emoji of the
// comment (seqs) is gone.
func removeFromComment(p *analysis.Pass, c region, start, end int, seqs func(func(int, int) bool)) analysis.Fix {
	src := p.Source
	var rest strings.Builder
	pos := c.start
	for s, e := range seqs {
		rest.Write(src[pos:s])
		pos = e
	}
	rest.Write(src[pos:c.end])
	if strings.TrimSpace(strings.TrimLeft(rest.String(), "#")) != "" {
		s, e := withOneSpace(src, start, end)
		return analysis.Fix{Title: "Remove the emoji", Applicability: analysis.Safe, Edits: []analysis.Edit{{Start: s, End: e}}}
	}
	lines := p.Tree.Lines()
	line, _ := lines.ByteColumn(c.start)
	lineStart := lines.LineStart(line)
	s := c.start
	for s > lineStart && (src[s-1] == ' ' || src[s-1] == '\t') {
		s--
	}
	e := c.end
	if s == lineStart {
		// The comment is alone on its line: remove the line.
		e = lines.LineStart(line + 1)
		if line+1 >= lines.LineCount() {
			e = len(src)
		}
	}
	return analysis.Fix{Title: "Remove the comment, which holds only emoji", Applicability: analysis.Safe, Edits: []analysis.Edit{{Start: s, End: e}}}
}

func codePoints(cps []rune) string {
	parts := make([]string, 0, len(cps))
	for _, r := range cps {
		parts = append(parts, fmt.Sprintf("U+%04X", r))
	}
	return strings.Join(parts, " ")
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// stringKind tells whether an escape sequence is decoded by Python.
type stringKind struct{ raw, bytes bool }

func enclosingString(n syntax.Node) (stringKind, bool) {
	for a := range n.Ancestors() {
		if a.Is(syntax.KindString) {
			start := a.ChildOfKind(syntax.KindStringStart).Text()
			q := strings.IndexAny(start, `'"`)
			if q < 0 {
				return stringKind{}, false
			}
			prefix := strings.ToLower(start[:q])
			return stringKind{raw: strings.Contains(prefix, "r"), bytes: strings.Contains(prefix, "b")}, true
		}
	}
	return stringKind{}, false
}
