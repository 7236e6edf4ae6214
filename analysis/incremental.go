package analysis

import (
	"bytes"
	"context"
	"sort"
	"strings"

	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// Incremental checking. An editor re-checks a file on every keystroke, and
// a keystroke changes one top-level statement. CheckIncremental finds the
// statements whose text changed since the previous result, runs the rules
// on those alone, and keeps the previous findings of the others, moved by
// the edit. That is sound only while the changed statements show the rest
// of the file the same face: CheckIncremental compares the facts other
// statements can depend on (see facts) and falls back to a full check when
// they differ. The language server still runs a full check once the user
// pauses and publishes it when it disagrees; the differential test in
// incremental_test.go holds the two equal.

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
	model := r.model(path, tree)
	if model.UsesAWS() != prev.Model.UsesAWS() {
		return r.CheckTree(ctx, path, tree)
	}
	names := moduleNames{prev.Model, model}
	if facts(prev.Model, oldWin, names) != facts(model, newWin, names) {
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
	reuse := &reused{prev: prev.raw, dropStart: oldStart, dropEnd: oldEnd,
		oldStart: prefix, oldEnd: len(oldSrc) - suffix, delta: len(newSrc) - len(oldSrc)}
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
	dropStart, dropEnd int // the old span of the changed units
	oldStart, oldEnd   int // the old span of the bytes that changed
	delta              int // bytes added by the edit (negative when removed)
}

// merge returns the findings of the re-checked window (those starting in
// it) and the previous findings outside it, moved past the edit. A
// previous finding whose fix edits the changed span loses that fix; the
// full check that follows restores it.
func (u *reused) merge(fresh []Diagnostic, win window) []Diagnostic {
	out := make([]Diagnostic, 0, len(u.prev)+len(fresh))
	seen := make(map[diagKey]bool, len(u.prev)+len(fresh))
	add := func(d Diagnostic) {
		k := diagKey{d.Rule, d.Start, d.End, d.Message}
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	for _, d := range fresh {
		if d.Start >= win.start && (d.Start < win.end || d.Start == win.end && win.start == win.end) {
			add(d)
		}
	}
	for _, d := range u.prev {
		if d.Start >= u.dropStart && d.Start < u.dropEnd {
			continue
		}
		moved, ok := u.move(d)
		if ok {
			add(moved)
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

// moduleNames answers whether a name is bound at module level in either
// version of the file.
type moduleNames [2]*semantic.Model

func (m moduleNames) has(name string) bool {
	return len(m[0].Module.Bindings[name]) > 0 || len(m[1].Module.Bindings[name]) > 0
}

// checkerBuiltins are the builtins through which a statement can change
// what rules see elsewhere (setattr on a client, for instance).
var checkerBuiltins = map[string]bool{"setattr": true, "delattr": true, "hasattr": true, "getattr": true, "globals": true}

// facts renders what the rest of the file can see of some top-level
// units, for comparing an old and a new version of them. Module-level code
// (imports, assignments, the __main__ guard ...) is seen whole. Of a
// function or class: its name and decorators, its bases, the name of each
// method's receiver, what calling it gives (the resolved value of its
// returns), its assignments to attributes (self.client = ..., client.method
// = mock), its global and nonlocal statements and the assignments they
// make module level, the calls of setattr and friends, and every use of a
// name bound at module level (rules look at all the uses of a module
// constant).
func facts(m *semantic.Model, us []unit, names moduleNames) string {
	t := m.Tree
	var b strings.Builder
	for _, u := range us {
		n := u.node
		def := n
		if def.Is(syntax.KindDecoratedDefinition) {
			def = def.ChildByField(syntax.FieldDefinition)
		}
		if !def.Is(syntax.KindFunctionDefinition) && !def.Is(syntax.KindClassDefinition) {
			b.WriteString("code:")
			b.Write(t.Source()[u.start:u.end])
			b.WriteByte(0)
			continue
		}
		unitFacts(&b, m, n, def, names)
	}
	return b.String()
}

func unitFacts(b *strings.Builder, m *semantic.Model, n, def syntax.Node, names moduleNames) {
	write := func(tag string, x syntax.Node) {
		b.WriteString(tag)
		b.Write(x.Bytes())
		b.WriteByte(0)
	}
	for d := range n.Args() {
		if d.Is(syntax.KindDecorator) {
			write("decorator:", d)
		}
	}
	write("name:", def.ChildByField(syntax.FieldName))
	if sup := def.ChildByField(syntax.FieldSuperclasses); sup.Valid() {
		write("bases:", sup)
	}
	if def.Is(syntax.KindFunctionDefinition) {
		b.WriteString("returns:")
		b.WriteString(m.ReturnValue(def).String())
		b.WriteByte(0)
	}
	hasGlobal := false
	for d := range def.Descendants() {
		if d.Is(syntax.KindGlobalStatement) || d.Is(syntax.KindNonlocalStatement) {
			hasGlobal = true
		}
	}
	for d := range def.Descendants() {
		switch d.Kind() {
		case syntax.KindFunctionDefinition:
			if semantic.EnclosingClass(d).Valid() {
				b.WriteString("method:")
				b.Write(d.ChildByField(syntax.FieldName).Bytes())
				b.WriteByte('(')
				if first := d.ChildByField(syntax.FieldParameters).NamedChild(0); first.Valid() {
					b.Write(first.Bytes())
				}
				b.WriteByte(0)
			}
		case syntax.KindYield:
			write("yield:", d)
		case syntax.KindGlobalStatement, syntax.KindNonlocalStatement:
			write("scope:", d)
		case syntax.KindAssignment, syntax.KindAugmentedAssignment:
			if left := syntax.Unparen(d.ChildByField(syntax.FieldLeft)); !left.Is(syntax.KindIdentifier) {
				write("assign:", d)
			} else if hasGlobal {
				write("assign:", d)
			}
		case syntax.KindCall:
			if fn := d.ChildByField(syntax.FieldFunction); fn.Is(syntax.KindIdentifier) && checkerBuiltins[fn.Text()] {
				write("call:", d)
			}
		case syntax.KindIdentifier:
			if names.has(string(d.Bytes())) {
				write("use:", d)
			}
		}
	}
}
