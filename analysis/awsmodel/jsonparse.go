package awsmodel

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The model files are read with a small JSON parser of our own rather than
// encoding/json because the catalog must keep the order of object keys:
// structure members are listed "in model order" (Python dicts keep the file
// order, and botocore's error messages, documentation and resource rename
// rules follow it), and *.sdk-extras.json merges must keep a replaced key in
// place and append a new one, as Python's dict assignment does. Decoding into
// map[string]any would lose both.

// jsonObject is a JSON object that remembers key order.
type jsonObject struct {
	keys  []string
	vals  []any
	index map[string]int // built for larger objects only
}

// jsonNumber keeps a number's text so that integers stay integers.
type jsonNumber string

const jsonIndexThreshold = 12

func (o *jsonObject) get(key string) (any, bool) {
	if o == nil {
		return nil, false
	}
	if o.index != nil {
		i, ok := o.index[key]
		if !ok {
			return nil, false
		}
		return o.vals[i], true
	}
	for i, k := range o.keys {
		if k == key {
			return o.vals[i], true
		}
	}
	return nil, false
}

// set replaces the value of an existing key in place or appends a new key,
// exactly like assignment to a Python dict.
func (o *jsonObject) set(key string, v any) {
	if o.index != nil {
		if i, ok := o.index[key]; ok {
			o.vals[i] = v
			return
		}
	} else {
		for i, k := range o.keys {
			if k == key {
				o.vals[i] = v
				return
			}
		}
	}
	o.keys = append(o.keys, key)
	o.vals = append(o.vals, v)
	if o.index != nil {
		o.index[key] = len(o.keys) - 1
	} else if len(o.keys) > jsonIndexThreshold {
		o.buildIndex()
	}
}

func (o *jsonObject) buildIndex() {
	o.index = make(map[string]int, len(o.keys))
	for i, k := range o.keys {
		o.index[k] = i
	}
}

func (o *jsonObject) obj(key string) *jsonObject {
	v, _ := o.get(key)
	m, _ := v.(*jsonObject)
	return m
}

func (o *jsonObject) str(key string) string {
	v, _ := o.get(key)
	s, _ := v.(string)
	return s
}

func (o *jsonObject) boolean(key string) bool {
	v, _ := o.get(key)
	b, _ := v.(bool)
	return b
}

func (o *jsonObject) arr(key string) []any {
	v, _ := o.get(key)
	a, _ := v.([]any)
	return a
}

// num returns a numeric member as float64.
func (o *jsonObject) num(key string) (float64, bool) {
	v, ok := o.get(key)
	if !ok {
		return 0, false
	}
	n, ok := v.(jsonNumber)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil {
		return 0, false
	}
	return f, true
}

// deepMerge is botocore.utils.deep_merge: keys of extra override keys of
// base, except that two objects under the same key are merged recursively.
func deepMerge(base, extra *jsonObject) {
	for i, k := range extra.keys {
		ev := extra.vals[i]
		if bv, ok := base.get(k); ok {
			bo, bIsObj := bv.(*jsonObject)
			eo, eIsObj := ev.(*jsonObject)
			if bIsObj && eIsObj {
				deepMerge(bo, eo)
				continue
			}
		}
		base.set(k, ev)
	}
}

// parseJSON parses one JSON document whose top level must be an object.
func parseJSON(data []byte) (*jsonObject, error) {
	p := jsonParser{data: data}
	p.skipSpace()
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos != len(p.data) {
		return nil, p.errorf("trailing data")
	}
	o, ok := v.(*jsonObject)
	if !ok {
		return nil, errors.New("json: top level is not an object")
	}
	return o, nil
}

type jsonParser struct {
	data []byte
	pos  int
}

// jsonMaxDepth bounds nesting so that a hostile file cannot overflow the stack.
const jsonMaxDepth = 512

func (p *jsonParser) errorf(format string, args ...any) error {
	return fmt.Errorf("json: offset %d: %s", p.pos, fmt.Sprintf(format, args...))
}

func (p *jsonParser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *jsonParser) value(depth int) (any, error) {
	if depth > jsonMaxDepth {
		return nil, p.errorf("nested too deeply")
	}
	if p.pos >= len(p.data) {
		return nil, p.errorf("unexpected end of input")
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		return p.string()
	case c == 't':
		return true, p.literal("true")
	case c == 'f':
		return false, p.literal("false")
	case c == 'n':
		return nil, p.literal("null")
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	default:
		return nil, p.errorf("unexpected character %q", c)
	}
}

func (p *jsonParser) literal(word string) error {
	if len(p.data)-p.pos < len(word) || string(p.data[p.pos:p.pos+len(word)]) != word {
		return p.errorf("invalid literal")
	}
	p.pos += len(word)
	return nil
}

func (p *jsonParser) object(depth int) (*jsonObject, error) {
	p.pos++ // '{'
	o := &jsonObject{}
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return o, nil
	}
	for {
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return nil, p.errorf("expected object key")
		}
		k, err := p.string()
		if err != nil {
			return nil, err
		}
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.errorf("expected ':'")
		}
		p.pos++
		p.skipSpace()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		// Python's json keeps the last of duplicate keys at the position of
		// the first; set does the same.
		o.set(k, v)
		p.skipSpace()
		if p.pos >= len(p.data) {
			return nil, p.errorf("unterminated object")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return o, nil
		default:
			return nil, p.errorf("expected ',' or '}'")
		}
	}
}

func (p *jsonParser) array(depth int) ([]any, error) {
	p.pos++ // '['
	var a []any
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return []any{}, nil
	}
	for {
		p.skipSpace()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		a = append(a, v)
		p.skipSpace()
		if p.pos >= len(p.data) {
			return nil, p.errorf("unterminated array")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return a, nil
		default:
			return nil, p.errorf("expected ',' or ']'")
		}
	}
}

func (p *jsonParser) number() (jsonNumber, error) {
	start := p.pos
	if p.data[p.pos] == '-' {
		p.pos++
	}
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		if (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' {
			p.pos++
			continue
		}
		break
	}
	text := string(p.data[start:p.pos])
	if _, err := strconv.ParseFloat(text, 64); err != nil {
		return "", p.errorf("invalid number %q", text)
	}
	return jsonNumber(text), nil
}

func (p *jsonParser) string() (string, error) {
	p.pos++ // opening quote
	start := p.pos
	// Fast path: no escapes.
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		if c == '"' {
			s := string(p.data[start:p.pos])
			p.pos++
			return s, nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", p.errorf("control character in string")
		}
		p.pos++
	}
	buf := append([]byte(nil), p.data[start:p.pos]...)
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return string(buf), nil
		case c < 0x20:
			return "", p.errorf("control character in string")
		case c != '\\':
			buf = append(buf, c)
			p.pos++
			continue
		}
		p.pos++ // backslash
		if p.pos >= len(p.data) {
			break
		}
		e := p.data[p.pos]
		p.pos++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, err := p.hex4()
			if err != nil {
				return "", err
			}
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if p.pos+1 < len(p.data) && p.data[p.pos] == '\\' && p.data[p.pos+1] == 'u' {
					save := p.pos
					p.pos += 2
					lo, err := p.hex4()
					if err != nil {
						return "", err
					}
					r2 = utf16.DecodeRune(r, lo)
					if r2 == utf8.RuneError {
						p.pos = save
					}
				}
				r = r2
			}
			buf = utf8.AppendRune(buf, r)
		default:
			return "", p.errorf("invalid escape %q", e)
		}
	}
	return "", p.errorf("unterminated string")
}

func (p *jsonParser) hex4() (rune, error) {
	if len(p.data)-p.pos < 4 {
		return 0, p.errorf("short unicode escape")
	}
	v, err := strconv.ParseUint(string(p.data[p.pos:p.pos+4]), 16, 32)
	if err != nil {
		return 0, p.errorf("invalid unicode escape")
	}
	p.pos += 4
	return rune(v), nil
}
