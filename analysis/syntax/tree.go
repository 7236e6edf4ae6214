package syntax

import (
	"iter"
	"strings"
)

// Tree is an immutable, flattened syntax tree of one Python source text.
// Nodes are stored in preorder, so the subtree of a node is a contiguous run
// of the slice; the whole file is walked by a loop over indices. A Tree may be
// read from any number of goroutines.
type Tree struct {
	src   []byte
	nodes []node
	lines *LineIndex
}

// Source returns the text the tree was parsed from. Callers must not modify it.
func (t *Tree) Source() []byte { return t.src }

// Lines returns the line index of the source.
func (t *Tree) Lines() *LineIndex { return t.lines }

// Len returns the number of nodes.
func (t *Tree) Len() int { return len(t.nodes) }

// Root returns the module node.
func (t *Tree) Root() Node {
	if len(t.nodes) == 0 {
		return Node{}
	}
	return Node{t, 0}
}

// At returns the node with preorder index i.
func (t *Tree) At(i int) Node { return Node{t, int32(i)} }

// HasError reports whether the parse produced ERROR or MISSING nodes.
func (t *Tree) HasError() bool {
	return len(t.nodes) > 0 && t.nodes[0].flags&flagHasError != 0
}

// NodeAt returns the innermost named node whose range contains offset
// (start <= offset < end, or offset == end for the last position).
func (t *Tree) NodeAt(offset int) Node {
	best := Node{}
	cur := t.Root()
	for cur.Valid() {
		best = cur
		next := Node{}
		for c := range cur.NamedChildren() {
			if c.Start() <= offset && offset < c.End() || (offset == c.End() && offset == cur.End()) {
				next = c
				break
			}
		}
		cur = next
	}
	return best
}

// Node is a position in a Tree. The zero Node is invalid; methods on it
// return zero values, so navigation chains need no checks in between.
type Node struct {
	t *Tree
	i int32
}

func (n Node) Valid() bool { return n.t != nil && n.i >= 0 && int(n.i) < len(n.t.nodes) }
func (n Node) get() *node {
	return &n.t.nodes[n.i]
}

// Tree returns the tree the node belongs to.
func (n Node) Tree() *Tree { return n.t }

// Index returns the preorder index of the node, unique within its tree.
func (n Node) Index() int { return int(n.i) }

func (n Node) Kind() Kind {
	if !n.Valid() {
		return 0
	}
	return n.get().kind
}

// Is reports whether the node is valid and of kind k.
func (n Node) Is(k Kind) bool { return n.Valid() && n.get().kind == k }

// Field returns the field through which the node hangs from its parent.
func (n Node) Field() Field {
	if !n.Valid() {
		return 0
	}
	return n.get().field
}

func (n Node) Start() int {
	if !n.Valid() {
		return 0
	}
	return int(n.get().start)
}

func (n Node) End() int {
	if !n.Valid() {
		return 0
	}
	return int(n.get().end)
}

// Text returns the source text of the node.
func (n Node) Text() string {
	if !n.Valid() {
		return ""
	}
	return string(n.Bytes())
}

// Bytes returns the source bytes of the node without copying.
func (n Node) Bytes() []byte {
	if !n.Valid() {
		return nil
	}
	nd := n.get()
	return n.t.src[nd.start:nd.end]
}

// TextIs reports whether the node's text equals s, without allocating.
func (n Node) TextIs(s string) bool { return n.Valid() && string(n.Bytes()) == s }

func (n Node) flag(f uint8) bool { return n.Valid() && n.get().flags&f != 0 }

func (n Node) IsNamed() bool   { return n.flag(flagNamed) }
func (n Node) IsMissing() bool { return n.flag(flagMissing) }
func (n Node) IsExtra() bool   { return n.flag(flagExtra) }
func (n Node) IsError() bool   { return n.flag(flagError) }
func (n Node) HasError() bool  { return n.flag(flagHasError) }

func (n Node) Parent() Node {
	if !n.Valid() {
		return Node{}
	}
	return Node{n.t, n.get().parent}
}

// NextSibling returns the next child of the same parent, named or not.
func (n Node) NextSibling() Node {
	if !n.Valid() {
		return Node{}
	}
	return Node{n.t, n.get().next}
}

// PrevSibling returns the previous child of the same parent.
func (n Node) PrevSibling() Node {
	prev := Node{}
	for c := range n.Parent().Children() {
		if c.i == n.i {
			return prev
		}
		prev = c
	}
	return Node{}
}

// PrevNamedSibling returns the previous named child of the same parent.
func (n Node) PrevNamedSibling() Node {
	prev := Node{}
	for c := range n.Parent().NamedChildren() {
		if c.i == n.i {
			return prev
		}
		prev = c
	}
	return Node{}
}

// NextNamedSibling returns the next named child of the same parent.
func (n Node) NextNamedSibling() Node {
	for s := n.NextSibling(); s.Valid(); s = s.NextSibling() {
		if s.IsNamed() {
			return s
		}
	}
	return Node{}
}

// FirstChild returns the first child, named or not.
func (n Node) FirstChild() Node {
	if !n.Valid() {
		return Node{}
	}
	j := n.i + 1
	if int(j) < len(n.t.nodes) && n.t.nodes[j].parent == n.i {
		return Node{n.t, j}
	}
	return Node{}
}

// Children iterates over all children, tokens included.
func (n Node) Children() iter.Seq[Node] {
	return func(yield func(Node) bool) {
		for c := n.FirstChild(); c.Valid(); c = c.NextSibling() {
			if !yield(c) {
				return
			}
		}
	}
}

// NamedChildren iterates over the named children, comments included.
func (n Node) NamedChildren() iter.Seq[Node] {
	return func(yield func(Node) bool) {
		for c := n.FirstChild(); c.Valid(); c = c.NextSibling() {
			if c.IsNamed() && !yield(c) {
				return
			}
		}
	}
}

// Args iterates over the named children that are not comments: the
// elements of a list, the arguments of an argument_list, the statements of a
// block.
func (n Node) Args() iter.Seq[Node] {
	return func(yield func(Node) bool) {
		for c := n.FirstChild(); c.Valid(); c = c.NextSibling() {
			if c.IsNamed() && !c.IsExtra() && !yield(c) {
				return
			}
		}
	}
}

// NamedChildCount counts named children that are not comments.
func (n Node) NamedChildCount() int {
	k := 0
	for range n.Args() {
		k++
	}
	return k
}

// NamedChild returns the i-th named child that is not a comment.
func (n Node) NamedChild(i int) Node {
	for c := range n.Args() {
		if i == 0 {
			return c
		}
		i--
	}
	return Node{}
}

// ChildByField returns the first child hanging from field f.
func (n Node) ChildByField(f Field) Node {
	for c := n.FirstChild(); c.Valid(); c = c.NextSibling() {
		if c.get().field == f {
			return c
		}
	}
	return Node{}
}

// ChildrenByField iterates over all children hanging from field f.
func (n Node) ChildrenByField(f Field) iter.Seq[Node] {
	return func(yield func(Node) bool) {
		for c := n.FirstChild(); c.Valid(); c = c.NextSibling() {
			if c.get().field == f && !yield(c) {
				return
			}
		}
	}
}

// ChildOfKind returns the first child of kind k.
func (n Node) ChildOfKind(k Kind) Node {
	for c := n.FirstChild(); c.Valid(); c = c.NextSibling() {
		if c.get().kind == k {
			return c
		}
	}
	return Node{}
}

// subtreeEnd returns the index just past the last descendant of n.
func (n Node) subtreeEnd() int32 {
	for cur := n; cur.Valid(); cur = cur.Parent() {
		if nx := cur.get().next; nx >= 0 {
			return nx
		}
	}
	return int32(len(n.t.nodes))
}

// Descendants iterates over every node below n in preorder (n excluded).
func (n Node) Descendants() iter.Seq[Node] {
	return func(yield func(Node) bool) {
		if !n.Valid() {
			return
		}
		end := n.subtreeEnd()
		for j := n.i + 1; j < end; j++ {
			if !yield(Node{n.t, j}) {
				return
			}
		}
	}
}

// Contains reports whether m is n or a descendant of n.
func (n Node) Contains(m Node) bool {
	if !n.Valid() || !m.Valid() || n.t != m.t {
		return false
	}
	return m.i >= n.i && m.i < n.subtreeEnd()
}

// Ancestors iterates from the parent of n up to the root.
func (n Node) Ancestors() iter.Seq[Node] {
	return func(yield func(Node) bool) {
		for p := n.Parent(); p.Valid(); p = p.Parent() {
			if !yield(p) {
				return
			}
		}
	}
}

// Equal reports whether n and m are the same node.
func (n Node) Equal(m Node) bool { return n.t == m.t && n.i == m.i }

// SExpr renders the subtree as an S-expression of named nodes with field
// names, in tree-sitter's format. Tests use it to compare trees.
func (n Node) SExpr() string {
	var b strings.Builder
	n.writeSExpr(&b, "")
	return b.String()
}

func (n Node) writeSExpr(b *strings.Builder, field string) {
	if !n.Valid() {
		return
	}
	if field != "" {
		b.WriteString(field)
		b.WriteString(": ")
	}
	if n.IsMissing() {
		b.WriteString("(MISSING ")
		b.WriteString(n.Kind().String())
		b.WriteString(")")
		return
	}
	b.WriteString("(")
	b.WriteString(n.Kind().String())
	for c := range n.Children() {
		if !c.IsNamed() && !c.IsMissing() {
			continue
		}
		b.WriteString(" ")
		f := ""
		if c.Field() != 0 {
			f = c.Field().String()
		}
		c.writeSExpr(b, f)
	}
	b.WriteString(")")
}
