package output

import (
	"encoding/json"
	"io"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/fixes"
)

// JSONDiagnostic is one finding in --output-format json, with ruff's field
// names plus severity and name. cmd/botolint/JSON.md documents it; the
// field order here is the order of the output (alphabetical, as ruff's).
type JSONDiagnostic struct {
	Cell        *int     `json:"cell"`
	Code        string   `json:"code"`
	EndLocation Location `json:"end_location"`
	Filename    string   `json:"filename"`
	Fix         *JSONFix `json:"fix"`
	Location    Location `json:"location"`
	Message     string   `json:"message"`
	Name        string   `json:"name"`
	NoqaRow     int      `json:"noqa_row"`
	Severity    string   `json:"severity"`
	URL         string   `json:"url"`
}

// JSONFix is a diagnostic's fix.
type JSONFix struct {
	Applicability string     `json:"applicability"`
	Edits         []JSONEdit `json:"edits"`
	Message       string     `json:"message"`
}

// JSONEdit replaces the text between two locations with content.
type JSONEdit struct {
	Content     string   `json:"content"`
	EndLocation Location `json:"end_location"`
	Location    Location `json:"location"`
}

// JSONDiagnostics converts the files' findings, in order.
func JSONDiagnostics(files []*File) []JSONDiagnostic {
	out := []JSONDiagnostic{}
	for _, f := range files {
		lines := f.lines()
		for _, d := range f.Diagnostics {
			jd := JSONDiagnostic{
				Code:        d.Rule.Code,
				EndLocation: LocationOf(lines, d.End),
				Filename:    f.Path,
				Location:    LocationOf(lines, d.Start),
				Message:     d.Message,
				Name:        d.Rule.Name,
				NoqaRow:     lines.Line(d.Start) + 1,
				Severity:    d.Severity.String(),
				URL:         d.Rule.URL(),
			}
			if len(d.Fixes) > 0 {
				fx := d.Fixes[0]
				edits := append([]analysis.Edit(nil), fx.Edits...)
				fixes.SortEdits(edits)
				jf := &JSONFix{Applicability: fx.Applicability.String(), Message: fx.Title, Edits: []JSONEdit{}}
				for _, e := range edits {
					jf.Edits = append(jf.Edits, JSONEdit{
						Content:     e.NewText,
						EndLocation: LocationOf(lines, e.End),
						Location:    LocationOf(lines, e.Start),
					})
				}
				jd.Fix = jf
			}
			out = append(out, jd)
		}
	}
	return out
}

// WriteJSON writes the findings as an indented JSON array ("[]" when there
// are none), followed by a newline.
func WriteJSON(w io.Writer, files []*File) error {
	return encode(w, JSONDiagnostics(files))
}

func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
