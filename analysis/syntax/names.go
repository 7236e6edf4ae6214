package syntax

// keywords are Python 3's reserved words: they cannot name a variable or a
// keyword argument (botocore's `from` member is passed as **{"from": ...}).
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true, "finally": true,
	"for": true, "from": true, "global": true, "if": true, "import": true, "in": true,
	"is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

// IsKeyword reports whether s is a Python reserved word.
func IsKeyword(s string) bool { return keywords[s] }

// IsIdentifier reports whether s has the shape of a Python identifier:
// letters, digits and underscores, not starting with a digit. Non-ASCII
// letters are accepted as Python accepts them; reserved words too (see
// IsName).
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r > 127:
		case i > 0 && r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return true
}

// IsName reports whether s can be written as a name: an identifier that is
// not a reserved word, usable as name=value in a call.
func IsName(s string) bool { return IsIdentifier(s) && !keywords[s] }
