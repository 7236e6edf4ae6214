// Package output renders check results: the text format with code frames,
// the concise format, JSON (see cmd/botolint/JSON.md), and the summary
// line.
package output

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

// Format is an output format of the check command.
type Format string

const (
	Text    Format = "text"
	Concise Format = "concise"
	JSON    Format = "json"
)

// Formats lists the formats check accepts.
var Formats = []Format{Text, Concise, JSON}

// ParseFormat reads an --output-format value.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown output format %q (want text, concise or json)", s)
}

// File is what the renderers need of one checked file.
type File struct {
	Path        string
	Source      []byte
	Lines       *syntax.LineIndex // of Source; built when nil
	Diagnostics []analysis.Diagnostic
	UnsafeFixes bool // whether --fix would apply unsafe fixes to this file
}

func (f *File) lines() *syntax.LineIndex {
	if f.Lines == nil {
		f.Lines = syntax.NewLineIndex(f.Source)
	}
	return f.Lines
}

// SortFiles orders files by path; the renderers expect it.
func SortFiles(files []*File) {
	sort.SliceStable(files, func(i, j int) bool { return files[i].Path < files[j].Path })
}

// Location is a 1-based row and 1-based character column.
type Location struct {
	Column int `json:"column"`
	Row    int `json:"row"`
}

// LocationOf converts a byte offset.
func LocationOf(lines *syntax.LineIndex, offset int) Location {
	line, col := lines.CharColumn(offset)
	return Location{Column: col + 1, Row: line + 1}
}

// Counts summarises findings for the summary line.
type Counts struct {
	Findings int
	Fixable  int // fixable by --fix with the files' settings
	Unsafe   int // fixable only once unsafe fixes are enabled
}

// Count tallies the findings of files.
func Count(files []*File) Counts {
	var c Counts
	for _, f := range files {
		for _, d := range f.Diagnostics {
			c.Findings++
			switch {
			case hasFix(d, false) || f.UnsafeFixes && hasFix(d, true):
				c.Fixable++
			case hasFix(d, true):
				c.Unsafe++
			}
		}
	}
	return c
}

func hasFix(d analysis.Diagnostic, unsafe bool) bool {
	for _, fx := range d.Fixes {
		if fixes.Allowed(fx.Applicability, unsafe) {
			return true
		}
	}
	return false
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// Summary returns the summary line (without a newline).
func (c Counts) Summary() string {
	if c.Findings == 0 {
		return "All checks passed."
	}
	s := "Found " + plural(c.Findings, "finding")
	switch {
	case c.Fixable > 0 && c.Unsafe > 0:
		s += fmt.Sprintf(" (%d fixable with --fix, %d more with --unsafe-fixes)", c.Fixable, c.Unsafe)
	case c.Fixable > 0:
		s += fmt.Sprintf(" (%d fixable with --fix)", c.Fixable)
	case c.Unsafe > 0:
		s += fmt.Sprintf(" (%d fixable with --fix --unsafe-fixes)", c.Unsafe)
	}
	return s + "."
}

// FixedSummary returns "Fixed N findings." (without a newline).
func FixedSummary(n int) string { return "Fixed " + plural(n, "finding") + "." }

// Style colours text output with ANSI escapes when enabled.
type Style struct{ Enabled bool }

func (s Style) wrap(code, text string) string {
	if !s.Enabled || text == "" {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

func (s Style) path(t string) string   { return s.wrap("1", t) }
func (s Style) code(t string) string   { return s.wrap("1;31", t) }
func (s Style) gutter(t string) string { return s.wrap("1;34", t) }
func (s Style) caret(t string) string  { return s.wrap("1;31", t) }
func (s Style) help(t string) string   { return s.wrap("36", t) }

// header writes "path:row:col: CODE message".
func header(w io.Writer, f *File, d analysis.Diagnostic, st Style) {
	loc := LocationOf(f.lines(), d.Start)
	fmt.Fprintf(w, "%s:%d:%d: %s %s\n", st.path(f.Path), loc.Row, loc.Column, st.code(d.Rule.Code), d.Message)
}

// WriteConcise writes one line per finding.
func WriteConcise(w io.Writer, files []*File, st Style) {
	for _, f := range files {
		for _, d := range f.Diagnostics {
			header(w, f, d, st)
		}
	}
}

// WriteText writes each finding with a code frame: the source line, tabs
// expanded, and carets under the finding's range clipped to that line.
func WriteText(w io.Writer, files []*File, st Style) {
	for _, f := range files {
		for _, d := range f.Diagnostics {
			header(w, f, d, st)
			writeFrame(w, f, d, st)
			fmt.Fprintln(w)
		}
	}
}

func writeFrame(w io.Writer, f *File, d analysis.Diagnostic, st Style) {
	lines := f.lines()
	line := lines.Line(d.Start)
	lineStart, lineEnd := lines.LineStart(line), lines.LineEnd(line)
	text := f.Source[lineStart:lineEnd]
	from := min(max(d.Start-lineStart, 0), len(text))
	to := min(max(d.End-lineStart, from), len(text))
	if line == 0 && len(text) >= 3 && string(text[:3]) == "\ufeff" {
		text, from, to = text[3:], max(from-3, 0), max(to-3, 0)
	}
	shown, caretCol, caretWidth := Render(string(text), from, to)
	num := fmt.Sprint(line + 1)
	pad := strings.Repeat(" ", len(num))
	fmt.Fprintf(w, "%s\n", st.gutter(pad+" |"))
	fmt.Fprintf(w, "%s %s\n", st.gutter(num+" |"), shown)
	fmt.Fprintf(w, "%s %s%s\n", st.gutter(pad+" |"), strings.Repeat(" ", caretCol), st.caret(strings.Repeat("^", caretWidth)))
	if len(d.Fixes) > 0 {
		fx := d.Fixes[0]
		note := ""
		switch fx.Applicability {
		case analysis.Unsafe:
			note = " (unsafe fix)"
		case analysis.DisplayOnly:
			note = " (display only)"
		}
		fmt.Fprintf(w, "%s %s\n", st.gutter(pad+" ="), st.help("help: "+fx.Title+note))
	}
}
