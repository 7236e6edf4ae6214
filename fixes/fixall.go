package fixes

import (
	"bytes"
	"fmt"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

// MaxRounds bounds the fix-all loop; a rule set whose fixes keep producing
// new fixable findings stops there.
const MaxRounds = 10

// LintFunc lints a source text and returns its diagnostics.
type LintFunc func(src []byte) ([]analysis.Diagnostic, error)

// Dropped is a fix that was not applied because its result did not parse.
type Dropped struct {
	Code  string
	Title string
	Start int // byte offset in the text the fix was computed for
	Line  int // 1-based line of Start in that text
	Round int
}

// Outcome is the result of FixAll.
type Outcome struct {
	Source    []byte
	Applied   int            // fixes applied, in all rounds
	ByCode    map[string]int // fixes applied per rule code
	Rounds    int
	Converged bool // the last round found nothing more to apply
	Dropped   []Dropped
}

// Allowed reports whether a fix of applicability a may be applied when
// unsafe fixes are (or are not) enabled. Display-only fixes never are.
func Allowed(a analysis.Applicability, unsafe bool) bool {
	return a == analysis.Safe || unsafe && a == analysis.Unsafe
}

// FixAll applies fixes to a fixed point: each round lints the current text,
// applies the first allowed fix of every diagnostic that does not conflict
// with another, and starts again, at most MaxRounds times. A fix whose
// result would not parse (when the text before it did) is dropped and listed
// in the outcome.
func FixAll(src []byte, unsafe bool, lint LintFunc) (*Outcome, error) {
	out := &Outcome{Source: src, ByCode: map[string]int{}}
	dropped := map[string]bool{} // code@title@line: a dropped fix is not retried
	for round := 1; round <= MaxRounds; round++ {
		diags, err := lint(out.Source)
		if err != nil {
			return nil, err
		}
		var fixes []analysis.Fix
		var codes []string
		for _, d := range diags {
			if f, ok := firstAllowed(d, unsafe); ok && !dropped[dropKey(d.Rule.Code, f, out.Source)] && Validate(f, len(out.Source)) == nil {
				fixes = append(fixes, f)
				codes = append(codes, d.Rule.Code)
			}
		}
		picked := Select(fixes)
		if len(picked) == 0 {
			out.Converged = true
			return out, nil
		}
		before := parseErrors(out.Source)
		apply := func(idx []int) ([]byte, error) {
			var edits []analysis.Edit
			for _, i := range idx {
				edits = append(edits, fixes[i].Edits...)
			}
			return Apply(out.Source, edits)
		}
		next, err := apply(picked)
		if err != nil {
			return nil, err
		}
		if parseErrors(next) > before {
			// Find the culprits one by one and keep the fixes that parse.
			var good []int
			for _, i := range picked {
				alone, err := apply([]int{i})
				if err == nil && parseErrors(alone) <= before {
					good = append(good, i)
					continue
				}
				dropped[dropKey(codes[i], fixes[i], out.Source)] = true
				start := firstStart(fixes[i])
				line := 1 + bytes.Count(out.Source[:start], []byte{'\n'})
				out.Dropped = append(out.Dropped, Dropped{Code: codes[i], Title: fixes[i].Title, Start: start, Line: line, Round: round})
			}
			if len(good) > 1 {
				if together, err := apply(good); err != nil || parseErrors(together) > before {
					// Fixes that parse alone but not together: one per round.
					good = good[:1]
				}
			}
			picked = good
			out.Rounds = round
			if len(picked) == 0 {
				continue
			}
			if next, err = apply(picked); err != nil {
				return nil, err
			}
		}
		for _, i := range picked {
			out.ByCode[codes[i]]++
		}
		out.Applied += len(picked)
		out.Rounds = round
		if bytes.Equal(next, out.Source) {
			out.Converged = true
			return out, nil
		}
		out.Source = next
	}
	// Out of rounds: converged only if nothing is left to apply.
	diags, err := lint(out.Source)
	if err != nil {
		return nil, err
	}
	out.Converged = true
	for _, d := range diags {
		if f, ok := firstAllowed(d, unsafe); ok && !dropped[dropKey(d.Rule.Code, f, out.Source)] {
			out.Converged = false
		}
	}
	return out, nil
}

// firstAllowed returns the first fix of d that may be applied.
func firstAllowed(d analysis.Diagnostic, unsafe bool) (analysis.Fix, bool) {
	for _, f := range d.Fixes {
		if Allowed(f.Applicability, unsafe) {
			return f, true
		}
	}
	return analysis.Fix{}, false
}

func dropKey(code string, f analysis.Fix, src []byte) string {
	line := bytes.Count(src[:min(firstStart(f), len(src))], []byte{'\n'})
	return fmt.Sprintf("%s@%s@%d", code, f.Title, line)
}

// parseErrors counts the error regions of a text's parse.
func parseErrors(src []byte) int {
	return len(syntax.ErrorRegions(syntax.Parse(src)))
}
