package config

import (
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// Glob is a compiled path pattern of per-file-ignores and exclude (see the
// package documentation for the syntax).
type Glob struct {
	pattern  string
	re       *regexp.Regexp
	anchored bool // contains "/": matched against the path from the base dir
}

// CompileGlob compiles a glob.
func CompileGlob(pattern string) (*Glob, error) {
	p := filepath.ToSlash(strings.TrimSpace(pattern))
	for strings.HasPrefix(p, "./") {
		p = p[2:]
	}
	p = strings.TrimSuffix(p, "/")
	if p == "" || p == "." {
		return nil, fmt.Errorf("empty glob %q", pattern)
	}
	anchored := strings.Contains(p, "/")
	p = strings.TrimPrefix(p, "/")
	expr, err := globRegexp(p)
	if err != nil {
		return nil, fmt.Errorf("invalid glob %q: %v", pattern, err)
	}
	re, err := regexp.Compile("^" + expr + "$")
	if err != nil {
		return nil, fmt.Errorf("invalid glob %q: %v", pattern, err)
	}
	return &Glob{pattern: pattern, re: re, anchored: anchored}, nil
}

// String returns the glob as written.
func (g *Glob) String() string { return g.pattern }

// Match reports whether the slash-separated path rel (relative to the
// glob's base directory) or one of its parent directories matches. A path
// outside the base directory (starting with "..") can only match a glob
// without "/", by its own name.
func (g *Glob) Match(rel string) bool {
	rel = path.Clean(filepath.ToSlash(rel))
	if rel == "." || rel == "" {
		return false
	}
	if rel == ".." || strings.HasPrefix(rel, "../") || path.IsAbs(rel) {
		return !g.anchored && g.re.MatchString(path.Base(rel))
	}
	if g.anchored {
		for i := 0; i <= len(rel); i++ {
			if (i == len(rel) || rel[i] == '/') && g.re.MatchString(rel[:i]) {
				return true
			}
		}
		return false
	}
	for _, seg := range strings.Split(rel, "/") {
		if g.re.MatchString(seg) {
			return true
		}
	}
	return false
}

// globRegexp translates a glob into a regular expression.
func globRegexp(p string) (string, error) {
	var b strings.Builder
	inBraces := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch c {
		case '*':
			if i+1 < len(p) && p[i+1] == '*' {
				atStart := i == 0 || p[i-1] == '/'
				j := i + 2
				if atStart && j < len(p) && p[j] == '/' {
					b.WriteString(`(?:.*/)?`) // "**/": zero or more directories
					i = j
					continue
				}
				b.WriteString(`.*`) // "a/**" and any other "**": anything
				i = j - 1
				continue
			}
			b.WriteString(`[^/]*`)
		case '?':
			b.WriteString(`[^/]`)
		case '[':
			end := strings.IndexByte(p[i+1:], ']')
			if end == 0 && i+2 < len(p) {
				// "[]...]": a literal ] first in the class.
				if e := strings.IndexByte(p[i+2:], ']'); e >= 0 {
					end = e + 1
				} else {
					end = -1
				}
			}
			if end < 0 {
				return "", fmt.Errorf("unclosed [")
			}
			class := p[i+1 : i+1+end]
			neg := false
			if strings.HasPrefix(class, "!") || strings.HasPrefix(class, "^") {
				neg, class = true, class[1:]
			}
			if class == "" {
				return "", fmt.Errorf("empty character class")
			}
			b.WriteByte('[')
			if neg {
				b.WriteByte('^')
			}
			for _, r := range class {
				if r == '\\' || r == '[' || r == ']' || r == '^' {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
			b.WriteByte(']')
			i += end + 1
		case '{':
			inBraces++
			b.WriteString(`(?:`)
		case '}':
			if inBraces == 0 {
				b.WriteString(`\}`)
				continue
			}
			inBraces--
			b.WriteByte(')')
		case ',':
			if inBraces > 0 {
				b.WriteByte('|')
			} else {
				b.WriteByte(',')
			}
		case '\\':
			if i+1 < len(p) {
				i++
				b.WriteString(regexp.QuoteMeta(p[i : i+1]))
			} else {
				b.WriteString(`\\`)
			}
		default:
			b.WriteString(regexp.QuoteMeta(p[i : i+1]))
		}
	}
	if inBraces > 0 {
		return "", fmt.Errorf("unclosed {")
	}
	return b.String(), nil
}
