// Package suggest finds the name a user most likely meant: the "did you
// mean" of unknown operations, parameters, services, paginators, waiters
// and exceptions.
package suggest

import (
	"strings"
)

// Fold reduces a name to the form that ignores case and the separators
// people mix up: "list_objects_v2", "ListObjectsV2" and "listObjectsV2" all
// fold to "listobjectsv2"; "cognito-idp" and "cognito_idp" to "cognitoidp".
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c == '-' || c == ' ' || c == '.':
			continue
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + ('a' - 'A'))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// FoldMatch returns the candidates equal to name after Fold, excluding
// name itself.
func FoldMatch(name string, candidates []string) []string {
	f := Fold(name)
	var out []string
	for _, c := range candidates {
		if c != name && Fold(c) == f {
			out = append(out, c)
		}
	}
	return out
}

// Closest returns the candidate name most likely meant, and whether it is
// unambiguous. A candidate equal after folding case and separators wins
// outright; otherwise the candidates within a small edit distance of the
// folded name (one edit for short names, about a third of the length for
// long ones) compete, and only a single best one is returned as certain.
func Closest(name string, candidates []string) (best string, unique bool) {
	if m := FoldMatch(name, candidates); len(m) > 0 {
		return m[0], len(m) == 1
	}
	f := Fold(name)
	limit := maxDistance(len(f))
	bestDist := limit + 1
	count := 0
	for _, c := range candidates {
		if c == name {
			continue
		}
		d := Distance(f, Fold(c), limit)
		switch {
		case d < bestDist:
			best, bestDist, count = c, d, 1
		case d == bestDist:
			count++
		}
	}
	if bestDist > limit {
		return "", false
	}
	return best, count == 1
}

func maxDistance(n int) int {
	switch {
	case n <= 3:
		return 1
	case n <= 8:
		return 2
	}
	return n / 3
}

// Distance is the optimal string alignment distance (Levenshtein with
// adjacent transpositions) between a and b, or limit+1 when it exceeds
// limit.
func Distance(a, b string, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[len(b)] > limit {
		return limit + 1
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
