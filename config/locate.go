package config

import "strings"

// keyLines records the line where each key of a TOML document is defined,
// so that errors found after decoding can name a line. BurntSushi/toml
// keeps key positions private; this scanner reads the (already validated)
// document's table headers and key/value lines, including keys of inline
// tables, and skips strings, arrays and comments.
type keyLines map[string]int

func keyID(path []string) string { return strings.Join(path, "\x00") }

// line returns the 1-based line of the key path, or of its nearest
// recorded parent (a key inside an inline table falls back to the table's
// key); 0 when nothing is known.
func (k keyLines) line(path ...string) int {
	for n := len(path); n > 0; n-- {
		if l, ok := k[keyID(path[:n])]; ok {
			return l
		}
	}
	return 0
}

func (k keyLines) record(path []string, line int) {
	for n := 1; n <= len(path); n++ {
		id := keyID(path[:n])
		if _, ok := k[id]; !ok {
			k[id] = line
		}
	}
}

// locateKeys scans a TOML document. It never fails: on input it does not
// understand it records less.
func locateKeys(src string) keyLines {
	s := &tomlScanner{src: src, line: 1, keys: keyLines{}}
	s.document()
	return s.keys
}

type tomlScanner struct {
	src  string
	i    int
	line int
	keys keyLines
}

func (s *tomlScanner) peek(off int) byte {
	if s.i+off < len(s.src) {
		return s.src[s.i+off]
	}
	return 0
}

func (s *tomlScanner) newline() bool {
	switch s.peek(0) {
	case '\n':
		s.i++
		s.line++
		return true
	case '\r':
		s.i++
		if s.peek(0) == '\n' {
			s.i++
		}
		s.line++
		return true
	}
	return false
}

func (s *tomlScanner) skipSpaces() {
	for s.peek(0) == ' ' || s.peek(0) == '\t' {
		s.i++
	}
}

func (s *tomlScanner) skipToLineEnd() {
	for s.i < len(s.src) && s.src[s.i] != '\n' && s.src[s.i] != '\r' {
		s.i++
	}
}

// skipBlank skips spaces, comments and (when multiline) newlines.
func (s *tomlScanner) skipBlank(multiline bool) {
	for s.i < len(s.src) {
		s.skipSpaces()
		switch {
		case s.peek(0) == '#':
			s.skipToLineEnd()
		case multiline && s.newline():
		default:
			return
		}
	}
}

func (s *tomlScanner) document() {
	var table []string
	for s.i < len(s.src) {
		start := s.i
		s.skipBlank(true)
		if s.i >= len(s.src) {
			return
		}
		if s.peek(0) == '[' {
			s.i++
			if s.peek(0) == '[' {
				s.i++
			}
			s.skipSpaces()
			if key, ok := s.key(); ok {
				table = key
				s.keys.record(table, s.line)
			}
			s.skipToLineEnd()
			continue
		}
		key, ok := s.key()
		if !ok {
			s.skipToLineEnd()
			if s.i == start {
				s.i++
			}
			continue
		}
		full := append(append([]string(nil), table...), key...)
		s.keys.record(full, s.line)
		s.skipSpaces()
		if s.peek(0) == '=' {
			s.i++
			s.value(full)
		}
		s.skipToLineEnd()
		if s.i == start {
			s.i++
		}
	}
}

// key reads a dotted key: bare, "basic" or 'literal' parts separated by dots.
func (s *tomlScanner) key() ([]string, bool) {
	var parts []string
	for {
		s.skipSpaces()
		part, ok := s.keyPart()
		if !ok {
			return nil, false
		}
		parts = append(parts, part)
		s.skipSpaces()
		if s.peek(0) != '.' {
			return parts, true
		}
		s.i++
	}
}

func (s *tomlScanner) keyPart() (string, bool) {
	switch c := s.peek(0); {
	case c == '"':
		return s.basicString()
	case c == '\'':
		s.i++
		end := strings.IndexAny(s.src[s.i:], "'\n")
		if end < 0 || s.src[s.i+end] != '\'' {
			return "", false
		}
		v := s.src[s.i : s.i+end]
		s.i += end + 1
		return v, true
	default:
		start := s.i
		for s.i < len(s.src) && isBareKeyChar(s.src[s.i]) {
			s.i++
		}
		return s.src[start:s.i], s.i > start
	}
}

func isBareKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// basicString reads a one-line "..." string with its escapes (only the
// escapes that matter for key names are decoded; others are kept as is).
func (s *tomlScanner) basicString() (string, bool) {
	s.i++
	var b strings.Builder
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch c {
		case '"':
			s.i++
			return b.String(), true
		case '\n', '\r':
			return "", false
		case '\\':
			if s.i+1 < len(s.src) {
				switch n := s.src[s.i+1]; n {
				case '"', '\\':
					b.WriteByte(n)
				case 't':
					b.WriteByte('\t')
				default:
					b.WriteByte('\\')
					b.WriteByte(n)
				}
				s.i += 2
				continue
			}
		}
		b.WriteByte(c)
		s.i++
	}
	return "", false
}

// value skips one value, recording the keys of inline tables under path.
func (s *tomlScanner) value(path []string) {
	s.skipSpaces()
	switch s.peek(0) {
	case '"', '\'':
		q := s.peek(0)
		if s.peek(1) == q && s.peek(2) == q {
			s.multilineString(q)
			return
		}
		if q == '"' {
			s.basicString()
			return
		}
		s.keyPart()
	case '[':
		s.i++
		for s.i < len(s.src) {
			s.skipBlank(true)
			switch s.peek(0) {
			case ']':
				s.i++
				return
			case ',':
				s.i++
				continue
			case 0:
				return
			}
			before := s.i
			s.value(path)
			if s.i == before {
				s.i++
			}
		}
	case '{':
		s.i++
		for s.i < len(s.src) {
			s.skipSpaces()
			switch s.peek(0) {
			case '}':
				s.i++
				return
			case ',':
				s.i++
				continue
			case '\n', '\r', 0:
				return
			}
			key, ok := s.key()
			if !ok {
				return
			}
			full := append(append([]string(nil), path...), key...)
			s.keys.record(full, s.line)
			s.skipSpaces()
			if s.peek(0) != '=' {
				return
			}
			s.i++
			s.value(full)
		}
	default:
		// A scalar: number, boolean, date-time (which may hold a space).
		for s.i < len(s.src) && !strings.ContainsRune(",]}#\r\n", rune(s.src[s.i])) {
			s.i++
		}
	}
}

func (s *tomlScanner) multilineString(q byte) {
	s.i += 3
	for s.i < len(s.src) {
		if s.newline() {
			continue
		}
		c := s.src[s.i]
		if c == '\\' && q == '"' {
			s.i++
			if !s.newline() && s.i < len(s.src) {
				s.i++
			}
			continue
		}
		if c == q && s.peek(1) == q && s.peek(2) == q {
			s.i += 3
			// Up to two more quotes belong to the string's content.
			for k := 0; k < 2 && s.peek(0) == q; k++ {
				s.i++
			}
			return
		}
		s.i++
	}
}
