package syntax

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// StringLiteral describes a string literal: one `string` node or a
// `concatenated_string` of several.
type StringLiteral struct {
	Value  string // the value Python computes; for bytes, one byte a char
	Prefix string // the prefix of the first part, lowercased ("", "r", "b", "rb", "f", "u" ...)
	Quote  string // the opening quote of the first part: ', ", ''' or """
	Bytes  bool
}

// StringValue returns the value of a string literal node (string or
// concatenated_string). ok is false for anything else, for f-strings with
// interpolations, and for escapes it cannot decode (\N{...}).
func StringValue(n Node) (string, bool) {
	lit, ok := ParseString(n)
	return lit.Value, ok
}

// ParseString decodes a string literal node; see StringValue.
func ParseString(n Node) (StringLiteral, bool) {
	n = Unparen(n)
	switch n.Kind() {
	case KindString:
		return parseStringPart(n)
	case KindConcatenatedString:
		var lit StringLiteral
		var b strings.Builder
		first := true
		for part := range n.Args() {
			p, ok := parseStringPart(part)
			if !ok {
				return StringLiteral{}, false
			}
			if first {
				lit = p
				first = false
			}
			b.WriteString(p.Value)
		}
		if first {
			return StringLiteral{}, false
		}
		lit.Value = b.String()
		return lit, true
	}
	return StringLiteral{}, false
}

func parseStringPart(n Node) (StringLiteral, bool) {
	if !n.Is(KindString) {
		return StringLiteral{}, false
	}
	start := n.ChildOfKind(KindStringStart)
	end := n.ChildOfKind(KindStringEnd)
	if !start.Valid() || !end.Valid() || end.Start() < start.End() {
		return StringLiteral{}, false
	}
	for c := range n.Children() {
		if c.Is(KindInterpolation) {
			return StringLiteral{}, false
		}
	}
	opening := start.Text()
	quoteAt := strings.IndexAny(opening, `'"`)
	if quoteAt < 0 {
		// A Python 2 backtick "string" has no quote.
		return StringLiteral{}, false
	}
	prefix := strings.ToLower(opening[:quoteAt])
	lit := StringLiteral{
		Prefix: prefix,
		Quote:  opening[quoteAt:],
		Bytes:  strings.ContainsRune(prefix, 'b'),
	}
	raw := string(n.t.src[start.End():end.Start()])
	isFormat := strings.ContainsRune(prefix, 'f')
	if isFormat {
		// Doubled braces in an f-string without interpolations are literal braces.
		raw = strings.ReplaceAll(strings.ReplaceAll(raw, "{{", "{"), "}}", "}")
	}
	if strings.ContainsRune(prefix, 'r') {
		lit.Value = raw
		return lit, true
	}
	v, ok := unescape(raw, lit.Bytes)
	if !ok {
		return StringLiteral{}, false
	}
	lit.Value = v
	return lit, true
}

// unescape applies Python's backslash escapes to s.
func unescape(s string, isBytes bool) (string, bool) {
	if !strings.ContainsRune(s, '\\') {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch e := s[i]; e {
		case '\n':
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i
			for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(s[i:j], 8, 32)
			writeCode(&b, rune(v), isBytes)
			i = j - 1
		case 'x', 'u', 'U':
			width := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if isBytes && e != 'x' {
				b.WriteByte('\\')
				b.WriteByte(e)
				continue
			}
			if i+1+width > len(s) {
				return "", false
			}
			v, err := strconv.ParseUint(s[i+1:i+1+width], 16, 32)
			if err != nil || v > utf8.MaxRune {
				return "", false
			}
			writeCode(&b, rune(v), isBytes)
			i += width
		case 'N':
			if isBytes {
				b.WriteString(`\N`)
				continue
			}
			return "", false
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String(), true
}

func writeCode(b *strings.Builder, r rune, isBytes bool) {
	if isBytes {
		b.WriteByte(byte(r))
		return
	}
	b.WriteRune(r)
}

// IsStringLiteral reports whether n is a string or concatenated string.
func IsStringLiteral(n Node) bool {
	n = Unparen(n)
	return n.Is(KindString) || n.Is(KindConcatenatedString)
}
