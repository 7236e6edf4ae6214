package analysis

import (
	"bytes"
	"context"
	"sort"

	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// Incremental checking. An editor re-checks a file on every keystroke, and
// a keystroke changes one top-level statement. CheckIncremental finds the
// statements whose text changed since the previous result, runs the rules
// on those alone, and keeps the previous findings of the others, moved by
// the edit. That is sound by the rules' contract (Rule.Scope): a
// StatementScope rule's findings depend on their statement and on what the
// semantic model recorded them reading of the rest of the file (the facts
// of semantic.Dep); FileScope rules run on the whole file every time. The
// checker compares the facts the changed statements provide before and
// after the edit (semantic.UnitFacts) and checks in full when one the kept
// findings read has changed. The language server still runs a full check
// once the user pauses and publishes it when it disagrees; the
// differential test in incremental_test.go holds the two equal.

// unit is one child of the module: a statement or a comment. Its span
// starts where the previous child ends, so the indentation and blank lines
// before a statement belong to it.
type unit struct {
	node       syntax.Node
	start, end int // byte span
	lo, hi     int // node index range of its subtree
}

// units splits a tree into its top-level units.
func units(t *syntax.Tree) []unit {
	// Every top-level statement is a chunk of the tree: one allocation.
	out := make([]unit, 0, t.ChunkCount())
	prevEnd := 0
	for c := range t.Root().Children() {
		lo := c.Index()
		hi := t.Len()
		if next := c.NextSibling(); next.Valid() {
			hi = next.Index()
		}
		out = append(out, unit{node: c, start: prevEnd, end: c.End(), lo: lo, hi: hi})
		prevEnd = c.End()
	}
	if len(out) > 0 {
		out[len(out)-1].end = len(t.Source())
	}
	return out
}

// unitAt returns the index of the unit whose span holds offset (the last
// unit for the end of the file), or -1 when there is none.
func unitAt(us []unit, offset int) int {
	i := sort.Search(len(us), func(i int) bool { return us[i].end > offset })
	if i == len(us) {
		return len(us) - 1
	}
	return i
}

// maxChangedShare bounds the part of a file an incremental check may
// re-check; a larger change is checked in full.
const maxChangedShare = 0.5

// CheckIncremental checks tree, a new version of the file prev checked,
// reusing prev's findings for the top-level statements that did not
// change. It falls back to CheckTree when prev cannot be reused. prev must
// come from this runner.
func (r *Runner) CheckIncremental(ctx context.Context, path string, tree *syntax.Tree, prev *Result) (*Result, error) {
	if prev == nil || prev.Tree == nil || !prev.InScope || prev.units == nil {
		return r.CheckTree(ctx, path, tree)
	}
	oldSrc, newSrc := prev.Tree.Source(), tree.Source()
	olds, news := prev.units, units(tree)
	// Units equal from the front, then from the back.
	front := 0
	for front < len(olds) && front < len(news) && sameUnit(oldSrc, olds[front], newSrc, news[front]) {
		front++
	}
	back := 0
	for back < len(olds)-front && back < len(news)-front &&
		sameUnit(oldSrc, olds[len(olds)-1-back], newSrc, news[len(news)-1-back]) {
		back++
	}
	oldWin, newWin := olds[front:len(olds)-back], news[front:len(news)-back]
	if float64(len(newWin)) > maxChangedShare*float64(len(news)) && len(newWin) > 1 {
		return r.CheckTree(ctx, path, tree)
	}
	model := r.Model(path, tree)
	if model.UsesAWS() != prev.Model.UsesAWS() {
		return r.CheckTree(ctx, path, tree)
	}
	// The findings kept read facts of the file (prev.deps); the edit may
	// change the facts the changed statements provide. Any of those read
	// means a full check.
	if changesRead(prev, keptRead(prev, front, len(oldWin)), oldWin, model, newWin) {
		return r.CheckTree(ctx, path, tree)
	}
	win := window{}
	var oldStart, oldEnd int
	switch {
	case len(newWin) > 0:
		win = window{lo: newWin[0].lo, hi: newWin[len(newWin)-1].hi, start: newWin[0].start, end: newWin[len(newWin)-1].end}
	case front < len(news):
		win = window{lo: news[front].lo, hi: news[front].lo, start: news[front].start, end: news[front].start}
	default:
		win = window{lo: tree.Len(), hi: tree.Len(), start: len(newSrc), end: len(newSrc)}
	}
	switch {
	case len(oldWin) > 0:
		oldStart, oldEnd = oldWin[0].start, oldWin[len(oldWin)-1].end
	case front < len(olds):
		oldStart, oldEnd = olds[front].start, olds[front].start
	default:
		oldStart, oldEnd = len(oldSrc), len(oldSrc)
	}
	// Findings of the changed units are dropped; the others move by the
	// edit, whose exact extent the common prefix and suffix of the texts
	// give (a fix of an unchanged statement may touch the unchanged blank
	// line that starts a changed unit's span).
	prefix := syntax.CommonPrefix(oldSrc, newSrc)
	suffix := syntax.CommonSuffix(oldSrc[prefix:], newSrc[prefix:])
	reuse := &reused{prev: prev.raw, deps: prev.deps, dropStart: oldStart, dropEnd: oldEnd,
		oldStart: prefix, oldEnd: len(oldSrc) - suffix, delta: len(newSrc) - len(oldSrc),
		front: front, oldChanged: len(oldWin), shift: len(news) - len(olds)}
	return r.check(ctx, path, tree, model, win, reuse)
}

// sameUnit reports whether two units have the same text and kind and
// parse without error. A syntax error can make tree-sitter read far beyond
// it, so a unit holding one is never taken as unchanged.
func sameUnit(oldSrc []byte, a unit, newSrc []byte, b unit) bool {
	return a.end-a.start == b.end-b.start && a.node.Kind() == b.node.Kind() &&
		!a.node.HasError() && !b.node.HasError() &&
		bytes.Equal(oldSrc[a.start:a.end], newSrc[b.start:b.end])
}

// reused carries the previous findings into an incremental check.
type reused struct {
	prev               []Diagnostic
	deps               map[int]map[semantic.Dep]bool // what prev's statements read, by unit
	front, oldChanged  int                           // the changed units: prev's [front, front+oldChanged)
	shift              int                           // units added by the edit
	dropStart, dropEnd int                           // the old span of the changed units
	oldStart, oldEnd   int                           // the old span of the bytes that changed
	delta              int                           // bytes added by the edit (negative when removed)
}

// merge returns the findings of the re-checked statements and the
// previous findings produced by the others, moved past the edit. A finding
// is the statement's that produced it (Diagnostic.origin), wherever it
// points.
func (u *reused) merge(fresh []Diagnostic) []Diagnostic {
	all := make([]Diagnostic, 0, len(u.prev)+len(fresh))
	all = append(all, fresh...)
	for _, d := range u.prev {
		if d.origin >= u.dropStart && d.origin < u.dropEnd || d.Rule.Scope == FileScope {
			// Re-checked: the changed statements, and every FileScope rule.
			continue
		}
		if moved, ok := u.move(d); ok {
			all = append(all, moved)
		}
	}
	return dedupe(all)
}

// dedupe drops repeated findings (two checks of one file may report the
// same thing twice, from two places that lead to it).
func dedupe(diags []Diagnostic) []Diagnostic {
	seen := make(map[diagKey]bool, len(diags))
	out := diags[:0]
	for _, d := range diags {
		k := diagKey{d.Rule, d.Start, d.End, d.Message}
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}

type diagKey struct {
	rule       *Rule
	start, end int
	message    string
}

// shiftStart maps the start of an old range to the new text; ok is false
// when it lies in the changed span.
func (u *reused) shiftStart(off int) (int, bool) {
	switch {
	case off < u.oldStart:
		return off, true
	case off >= u.oldEnd:
		return off + u.delta, true
	}
	return 0, false
}

// shiftEnd maps the (exclusive) end of an old range: an end at the start
// of the changed span stays.
func (u *reused) shiftEnd(off int) (int, bool) {
	switch {
	case off <= u.oldStart:
		return off, true
	case off >= u.oldEnd:
		return off + u.delta, true
	}
	return 0, false
}

// shiftRange maps an old range; an empty range (an insertion point) at the
// start of the changed span stays before it.
func (u *reused) shiftRange(start, end int) (int, int, bool) {
	if start == end {
		e, ok := u.shiftEnd(end)
		return e, e, ok
	}
	s, ok1 := u.shiftStart(start)
	e, ok2 := u.shiftEnd(end)
	return s, e, ok1 && ok2
}

func (u *reused) move(d Diagnostic) (Diagnostic, bool) {
	var ok bool
	if d.Start, d.End, ok = u.shiftRange(d.Start, d.End); !ok {
		return d, false
	}
	if d.origin, ok = u.shiftStart(d.origin); !ok {
		return d, false
	}
	if len(d.Related) > 0 {
		rel := make([]Related, 0, len(d.Related))
		for _, r := range d.Related {
			if s, e, ok := u.shiftRange(r.Start, r.End); ok {
				r.Start, r.End = s, e
				rel = append(rel, r)
			}
		}
		d.Related = rel
	}
	if len(d.Fixes) > 0 {
		fixes := make([]Fix, 0, len(d.Fixes))
	next:
		for _, f := range d.Fixes {
			edits := make([]Edit, len(f.Edits))
			for i, e := range f.Edits {
				s, en, ok := u.shiftRange(e.Start, e.End)
				if !ok {
					continue next
				}
				edits[i] = Edit{Start: s, End: en, NewText: e.NewText}
			}
			f.Edits = edits
			fixes = append(fixes, f)
		}
		d.Fixes = fixes
	}
	return d, true
}

// carryDeps adds to deps (this check's, by unit) what the kept statements
// read in prev, at their new places, and what prev read for the file.
// The sets of kept statements are shared, not copied: a Result's sets are
// not changed once it is made.
func (u *reused) carryDeps(deps map[int]map[semantic.Dep]bool) {
	for i, set := range u.deps {
		switch {
		case i == semantic.RerunUnit:
			continue // read again by this check
		case i == semantic.FileUnit:
			if cur := deps[i]; cur != nil {
				for d := range set {
					cur[d] = true
				}
				continue
			}
		case i < u.front:
		case i >= u.front+u.oldChanged:
			i += u.shift
		default:
			continue // re-checked
		}
		deps[i] = set
	}
}

// keptRead returns whether a statement outside prev's [front,
// front+changed), or the file, read fact d in prev.
func keptRead(prev *Result, front, changed int) func(semantic.Dep) bool {
	return func(d semantic.Dep) bool {
		for i, set := range prev.deps {
			if i == semantic.RerunUnit || i != semantic.FileUnit && i >= front && i < front+changed {
				continue
			}
			if set[d] {
				return true
			}
		}
		return false
	}
}

// changesRead reports whether the changed statements provide, before or
// after the edit, a fact of the file (semantic.UnitFacts) that differs
// between the two versions and that the kept findings read.
func changesRead(prev *Result, read func(semantic.Dep) bool, oldWin []unit, model *semantic.Model, newWin []unit) bool {
	if prev.deps == nil {
		return true
	}
	old := map[semantic.Dep]string{}
	for _, u := range oldWin {
		for d, f := range semantic.UnitFacts(prev.Model, u.node) {
			old[d] += f
		}
	}
	cur := map[semantic.Dep]string{}
	for _, u := range newWin {
		for d, f := range semantic.UnitFacts(model, u.node) {
			cur[d] += f
		}
	}
	for d, f := range old {
		if cur[d] != f && read(d) {
			return true
		}
	}
	for d, f := range cur {
		if old[d] != f && read(d) {
			return true
		}
	}
	return false
}
