// Package fixes applies fixes: the edit algebra (ordering, conflicts,
// application), the fix-all loop that re-lints to a fixed point, and code
// builders that write Python the way the file already does (indentation,
// imports, renames).
package fixes

import (
	"fmt"
	"sort"
	"strings"

	"github.com/botolint/botolint/analysis"
)

// SortEdits orders edits by position; insertions at one point keep their order.
func SortEdits(edits []analysis.Edit) {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].Start != edits[j].Start {
			return edits[i].Start < edits[j].Start
		}
		return edits[i].End < edits[j].End
	})
}

// Overlap reports whether two edits touch the same text. Two insertions at
// the same offset overlap too: their order would be a guess.
func Overlap(a, b analysis.Edit) bool {
	if a.Start == a.End && b.Start == b.End {
		return a.Start == b.Start
	}
	if a.Start == a.End {
		return a.Start > b.Start && a.Start < b.End
	}
	if b.Start == b.End {
		return b.Start > a.Start && b.Start < a.End
	}
	return a.Start < b.End && b.Start < a.End
}

// Conflict reports whether any edit of fix a overlaps any edit of fix b.
func Conflict(a, b analysis.Fix) bool {
	for _, x := range a.Edits {
		for _, y := range b.Edits {
			if Overlap(x, y) {
				return true
			}
		}
	}
	return false
}

// Validate checks that a fix's edits lie inside the source and do not
// overlap one another.
func Validate(fix analysis.Fix, size int) error {
	edits := append([]analysis.Edit(nil), fix.Edits...)
	SortEdits(edits)
	for i, e := range edits {
		if e.Start < 0 || e.End < e.Start || e.End > size {
			return fmt.Errorf("fix %q: edit [%d, %d) outside the source (%d bytes)", fix.Title, e.Start, e.End, size)
		}
		if i > 0 && edits[i-1].End > e.Start {
			return fmt.Errorf("fix %q: edits [%d, %d) and [%d, %d) overlap", fix.Title, edits[i-1].Start, edits[i-1].End, e.Start, e.End)
		}
	}
	return nil
}

// Apply returns src with the edits applied. The edits must not overlap
// (Validate, Conflict); insertions at one offset go in the given order.
func Apply(src []byte, edits []analysis.Edit) ([]byte, error) {
	sorted := append([]analysis.Edit(nil), edits...)
	SortEdits(sorted)
	var b strings.Builder
	b.Grow(len(src))
	pos := 0
	for _, e := range sorted {
		if e.Start < pos || e.End < e.Start || e.End > len(src) {
			return nil, fmt.Errorf("edit [%d, %d) overlaps an earlier edit or lies outside the source", e.Start, e.End)
		}
		b.Write(src[pos:e.Start])
		b.WriteString(e.NewText)
		pos = e.End
	}
	b.Write(src[pos:])
	return []byte(b.String()), nil
}

// Select picks a set of fixes without conflicts, in source order of their
// first edit, and returns their indices: a fix that conflicts with one
// already picked is left for a later round.
func Select(fixes []analysis.Fix) []int {
	order := make([]int, len(fixes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return firstStart(fixes[order[i]]) < firstStart(fixes[order[j]]) })
	var picked []int
	for _, i := range order {
		clash := false
		for _, p := range picked {
			if Conflict(fixes[i], fixes[p]) {
				clash = true
				break
			}
		}
		if !clash {
			picked = append(picked, i)
		}
	}
	return picked
}

func firstStart(f analysis.Fix) int {
	m := -1
	for _, e := range f.Edits {
		if m < 0 || e.Start < m {
			m = e.Start
		}
	}
	return m
}

// Flatten concatenates the edits of several fixes.
func Flatten(fixes []analysis.Fix) []analysis.Edit {
	var out []analysis.Edit
	for _, f := range fixes {
		out = append(out, f.Edits...)
	}
	return out
}
