package textdiff

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

func TestUnifiedExample(t *testing.T) {
	a := "import boto3\n\nx = 1  # noqa: BTO999\ny = 2\n"
	b := "import boto3\n\nx = 1\ny = 2\n"
	want := `--- a.py
+++ a.py
@@ -1,4 +1,4 @@
 import boto3
 
-x = 1  # noqa: BTO999
+x = 1
 y = 2
`
	if got := Unified("a.py", "a.py", a, b); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := Unified("a", "b", a, a); got != "" {
		t.Errorf("equal texts: %q", got)
	}
}

func TestNoNewlineAtEnd(t *testing.T) {
	got := Unified("f", "f", "a\nb", "a\nc")
	want := "--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestSeparateHunks(t *testing.T) {
	var a, b []string
	for i := 0; i < 30; i++ {
		a = append(a, strconv.Itoa(i))
		b = append(b, strconv.Itoa(i))
	}
	b[2] = "two"
	b[25] = "twenty-five"
	got := Unified("f", "f", strings.Join(a, "\n")+"\n", strings.Join(b, "\n")+"\n")
	if n := strings.Count(got, "@@ -"); n != 2 {
		t.Errorf("want 2 hunks, got %d:\n%s", n, got)
	}
	if !strings.Contains(got, "@@ -1,6 +1,6 @@") || !strings.Contains(got, "@@ -23,7 +23,7 @@") {
		t.Errorf("hunk headers:\n%s", got)
	}
}

// apply applies a unified diff produced by Unified to a.
func apply(t *testing.T, a, diff string) string {
	t.Helper()
	src := splitLines(a)
	var out []string
	pos := 0
	lines := strings.SplitAfter(diff, "\n")
	for i := 2; i < len(lines); i++ {
		l := lines[i]
		if l == "" {
			continue
		}
		if strings.HasPrefix(l, "@@ ") {
			var x0, xn, y0, yn int
			hdr := strings.TrimSpace(l)
			if _, err := fmt.Sscanf(hdr, "@@ -%d,%d +%d,%d @@", &x0, &xn, &y0, &yn); err != nil {
				// Single-line ranges omit the length.
				parts := strings.Fields(hdr)
				x := strings.SplitN(strings.TrimPrefix(parts[1], "-"), ",", 2)
				x0, _ = strconv.Atoi(x[0])
				xn = 1
				if len(x) == 2 {
					xn, _ = strconv.Atoi(x[1])
				}
			}
			start := x0 - 1
			if xn == 0 {
				start = x0
			}
			out = append(out, src[pos:start]...)
			pos = start
			continue
		}
		if strings.HasPrefix(l, "\\") {
			// Remove the newline of the previous line.
			last := len(out) - 1
			if strings.HasPrefix(lines[i-1], "+") || strings.HasPrefix(lines[i-1], " ") {
				out[last] = strings.TrimSuffix(out[last], "\n")
			}
			continue
		}
		switch l[0] {
		case ' ':
			out = append(out, l[1:])
			pos++
		case '-':
			pos++
		case '+':
			out = append(out, l[1:])
		}
	}
	out = append(out, src[pos:]...)
	return strings.Join(out, "")
}

func TestRandomRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	words := []string{"a\n", "b\n", "c\n", "d\n", "e\n"}
	for iter := 0; iter < 2000; iter++ {
		gen := func() string {
			var b strings.Builder
			for n := rng.Intn(25); n > 0; n-- {
				b.WriteString(words[rng.Intn(len(words))])
			}
			return b.String()
		}
		a, b := gen(), gen()
		d := Unified("f", "f", a, b)
		if a == b {
			if d != "" {
				t.Fatalf("equal texts gave a diff")
			}
			continue
		}
		if got := apply(t, a, d); got != b {
			t.Fatalf("a=%q b=%q\ndiff:\n%s\napplied=%q", a, b, d, got)
		}
	}
}
