package project

// definedNames returns the names of the functions and classes src
// defines, at any depth: every line whose first word, after an optional
// async, is def or class. Resolution reads a module's calls and value
// uses of a name only when a function or class of the program has that
// name (semantic.SummarizeFor), so the index needs these names before it
// summarizes anything; a scan of the bytes gives them without a parse.
// It may list more than Python would (a line of a string or docstring
// that starts with def), never less: a def or class statement always
// starts a line, and a decorated one follows its decorators on a line of
// its own.
func definedNames(src []byte) []string {
	seen := map[string]bool{}
	var out []string
	for i := 0; i < len(src); {
		end := i
		for end < len(src) && src[end] != '\n' {
			end++
		}
		if name := definedOn(src[i:end]); name != "" && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
		i = end + 1
	}
	return out
}

// definedOn returns the name a def or class statement on line defines, ""
// when the line is not one.
func definedOn(line []byte) string {
	rest := skipBlank(line)
	if w, r := word(rest); w == "async" {
		rest = skipBlank(r)
	}
	w, r := word(rest)
	if w != "def" && w != "class" || len(r) == 0 || r[0] != ' ' && r[0] != '\t' && r[0] != '\\' {
		return ""
	}
	name, _ := word(skipBlank(r))
	return name
}

func skipBlank(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\f' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}

// word returns the identifier at the start of b (any byte of a non-ASCII
// character counts as part of one) and what follows it.
func word(b []byte) (string, []byte) {
	n := 0
	for n < len(b) {
		c := b[n]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || n > 0 && c >= '0' && c <= '9' {
			n++
			continue
		}
		break
	}
	return string(b[:n]), b[n:]
}
