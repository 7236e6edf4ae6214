// Package textdiff writes unified diffs of whole texts, for --diff.
package textdiff

import (
	"fmt"
	"strings"
)

// Context is the number of unchanged lines shown around each change.
const Context = 3

// Unified returns the unified diff turning a into b, with the given file
// labels, or "" when the texts are equal.
func Unified(fromLabel, toLabel, a, b string) string {
	if a == b {
		return ""
	}
	x, y := splitLines(a), splitLines(b)
	ops := diffLines(x, y)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", fromLabel, toLabel)
	for _, h := range hunks(ops) {
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", rangeText(h.x0, h.x1), rangeText(h.y0, h.y1))
		for _, o := range h.ops {
			switch o.kind {
			case ' ':
				writeLine(&out, ' ', x[o.x])
			case '-':
				writeLine(&out, '-', x[o.x])
			case '+':
				writeLine(&out, '+', y[o.y])
			}
		}
	}
	return out.String()
}

func writeLine(b *strings.Builder, prefix byte, line string) {
	b.WriteByte(prefix)
	b.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		b.WriteString("\n\\ No newline at end of file\n")
	}
}

// rangeText formats a hunk range: 1-based start and length, the start being
// the line before the hunk when it is empty.
func rangeText(start, end int) string {
	n := end - start
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// splitLines splits after each "\n", keeping the terminators ("\r\n" stays
// with its line).
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

type op struct {
	kind byte // ' ', '-', '+'
	x, y int  // line indices in a and b (x for ' ' and '-', y for ' ' and '+')
}

// diffLines computes an edit script with Myers' algorithm after trimming
// the common prefix and suffix.
func diffLines(x, y []string) []op {
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	var ops []op
	for i := 0; i < pre; i++ {
		ops = append(ops, op{' ', i, i})
	}
	for _, o := range myers(x[pre:len(x)-suf], y[pre:len(y)-suf]) {
		o.x += pre
		o.y += pre
		ops = append(ops, o)
	}
	for i := 0; i < suf; i++ {
		ops = append(ops, op{' ', len(x) - suf + i, len(y) - suf + i})
	}
	return ops
}

func myers(x, y []string) []op {
	n, m := len(x), len(y)
	if n == 0 || m == 0 {
		var ops []op
		for i := range x {
			ops = append(ops, op{'-', i, 0})
		}
		for j := range y {
			ops = append(ops, op{'+', n, j})
		}
		return ops
	}
	maxD := n + m
	offset := maxD
	v := make([]int, 2*maxD+2)
	var trace [][]int
	var dEnd int
search:
	for d := 0; d <= maxD; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var i int
			if k == -d || k != d && v[offset+k-1] < v[offset+k+1] {
				i = v[offset+k+1]
			} else {
				i = v[offset+k-1] + 1
			}
			j := i - k
			for i < n && j < m && x[i] == y[j] {
				i++
				j++
			}
			v[offset+k] = i
			if i >= n && j >= m {
				dEnd = d
				break search
			}
		}
	}
	// Walk back through the trace.
	var rev []op
	i, j := n, m
	for d := dEnd; d > 0; d-- {
		vPrev := trace[d] // v before step d
		k := i - j
		var prevK int
		if k == -d || k != d && vPrev[offset+k-1] < vPrev[offset+k+1] {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevI := vPrev[offset+prevK]
		prevJ := prevI - prevK
		for i > prevI && j > prevJ {
			i--
			j--
			rev = append(rev, op{' ', i, j})
		}
		if i == prevI {
			j--
			rev = append(rev, op{'+', i, j})
		} else {
			i--
			rev = append(rev, op{'-', i, j})
		}
	}
	for i > 0 && j > 0 {
		i--
		j--
		rev = append(rev, op{' ', i, j})
	}
	ops := make([]op, len(rev))
	for a := range rev {
		ops[a] = rev[len(rev)-1-a]
	}
	return ops
}

type hunk struct {
	x0, x1, y0, y1 int
	ops            []op
}

// hunks groups changes with Context lines around them.
func hunks(ops []op) []hunk {
	var out []hunk
	i := 0
	for i < len(ops) {
		for i < len(ops) && ops[i].kind == ' ' {
			i++
		}
		if i == len(ops) {
			break
		}
		start := max(0, i-Context)
		end := i
		// Extend while changes are within 2*Context of each other.
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*Context {
				end = min(len(ops), end+Context)
				break
			}
			end = run
		}
		h := hunk{ops: ops[start:end]}
		h.x0, h.y0 = -1, -1
		for _, o := range h.ops {
			if o.kind != '+' && h.x0 < 0 {
				h.x0 = o.x
			}
			if o.kind != '-' && h.y0 < 0 {
				h.y0 = o.y
			}
		}
		first := h.ops[0]
		if h.x0 < 0 {
			h.x0 = first.x
		}
		if h.y0 < 0 {
			h.y0 = first.y
		}
		h.x1, h.y1 = h.x0, h.y0
		for _, o := range h.ops {
			if o.kind != '+' {
				h.x1++
			}
			if o.kind != '-' {
				h.y1++
			}
		}
		out = append(out, h)
		i = end
	}
	return out
}
