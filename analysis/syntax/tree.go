package syntax

import (
	"iter"
	"sort"
	"strings"
	"unsafe"
)

// Tree is an immutable, flattened syntax tree of one Python source text.
// The module node heads it; each child of the module (a top-level
// statement or comment) is a chunk: a preorder slice of its subtree's
// nodes with positions relative to the chunk. Chunks are immutable too, so
// the tree of the next version of a document shares the chunks of the
// statements an edit did not touch, moved to their new offsets, and a
// keystroke costs the flattening of one statement rather than of the file.
// Every node has a preorder index over the whole tree (Node.Index). A Tree
// may be read from any number of goroutines.
type Tree struct {
	src    []byte
	lines  *LineIndex
	root   *chunk   // the module node alone: global index 0
	chunks []*chunk // the module's children, in order
	base   []int32  // global index of each chunk's first node
	off    []int32  // byte offset of each chunk's origin in src
	n      int      // number of nodes
}

// chunk is the flattened subtree of one child of the module. Its node 0 is
// the child; parent and next links are indices within the chunk (-1 at the
// child), and start and end are relative to the child's start.
type chunk struct {
	nodes []node
	idx   chunkKindLists
}

// Source returns the text the tree was parsed from. Callers must not modify it.
func (t *Tree) Source() []byte { return t.src }

// Lines returns the line index of the source.
func (t *Tree) Lines() *LineIndex { return t.lines }

// Len returns the number of nodes.
func (t *Tree) Len() int { return t.n }

// Root returns the module node.
func (t *Tree) Root() Node {
	if t.root == nil {
		return Node{}
	}
	return Node{t, t.root, -1, 0}
}

// At returns the node with preorder index i (0 is the module).
func (t *Tree) At(i int) Node {
	if i == 0 {
		return t.Root()
	}
	if i < 0 || i >= t.n {
		return Node{}
	}
	c := sort.Search(len(t.base), func(k int) bool { return t.base[k] > int32(i) }) - 1
	return Node{t, t.chunks[c], int32(c), int32(i) - t.base[c]}
}

// All iterates over every node in preorder, faster than At over indices.
func (t *Tree) All() iter.Seq[Node] {
	return func(yield func(Node) bool) {
		if t.root == nil || !yield(t.Root()) {
			return
		}
		for c, ch := range t.chunks {
			for i := range ch.nodes {
				if !yield(Node{t, ch, int32(c), int32(i)}) {
					return
				}
			}
		}
	}
}

// Range iterates over the nodes with preorder index in [lo, hi).
func (t *Tree) Range(lo, hi int) iter.Seq[Node] {
	return func(yield func(Node) bool) {
		if lo <= 0 && hi > 0 {
			if !yield(t.Root()) {
				return
			}
			lo = 1
		}
		if lo >= hi || lo >= t.n {
			return
		}
		first := t.At(lo)
		for c := int(first.c); c < len(t.chunks); c++ {
			i := int32(0)
			if c == int(first.c) {
				i = first.i
			}
			ch := t.chunks[c]
			for ; int(i) < len(ch.nodes); i++ {
				if int(t.base[c]+i) >= hi || !yield(Node{t, ch, int32(c), i}) {
					return
				}
			}
		}
	}
}

// HasError reports whether the parse produced ERROR or MISSING nodes.
func (t *Tree) HasError() bool {
	return t.root != nil && t.root.nodes[0].flags&flagHasError != 0
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
	t  *Tree
	ch *chunk // the chunk holding the node (Tree.root for the module)
	c  int32  // index of ch in Tree.chunks, -1 for the module
	i  int32  // index within the chunk
}

func (n Node) Valid() bool { return n.ch != nil && uint32(n.i) < uint32(len(n.ch.nodes)) }

func (n Node) get() *node { return &n.ch.nodes[n.i] }

// Tree returns the tree the node belongs to.
func (n Node) Tree() *Tree { return n.t }

// Index returns the preorder index of the node, unique within its tree;
// -1 for the zero Node.
func (n Node) Index() int {
	if n.t == nil {
		return -1
	}
	if n.c < 0 {
		return 0
	}
	return int(n.t.base[n.c] + n.i)
}

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

func (n Node) origin() int {
	if n.c < 0 {
		return 0
	}
	return int(n.t.off[n.c])
}

func (n Node) Start() int {
	if !n.Valid() {
		return 0
	}
	return int(n.get().start) + n.origin()
}

func (n Node) End() int {
	if !n.Valid() {
		return 0
	}
	return int(n.get().end) + n.origin()
}

// Text returns the source text of the node.
//
// The string shares the tree's source: rules ask for the text of names
// and methods on every call they look at, and a copy each time showed in
// profiles. That is why a Tree's source must never be modified (see
// Parse).
func (n Node) Text() string {
	b := n.Bytes()
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Bytes returns the source bytes of the node without copying.
func (n Node) Bytes() []byte {
	if !n.Valid() {
		return nil
	}
	return n.t.src[n.Start():n.End()]
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
	if !n.Valid() || n.c < 0 {
		return Node{}
	}
	if p := n.get().parent; p >= 0 {
		return Node{n.t, n.ch, n.c, p}
	}
	return n.t.Root()
}

// NextSibling returns the next child of the same parent, named or not.
func (n Node) NextSibling() Node {
	if !n.Valid() || n.c < 0 {
		return Node{}
	}
	if nx := n.get().next; nx >= 0 {
		return Node{n.t, n.ch, n.c, nx}
	}
	if n.i == 0 && int(n.c)+1 < len(n.t.chunks) {
		return Node{n.t, n.t.chunks[n.c+1], n.c + 1, 0}
	}
	return Node{}
}

// PrevSibling returns the previous child of the same parent.
func (n Node) PrevSibling() Node {
	prev := Node{}
	for c := range n.Parent().Children() {
		if c.Equal(n) {
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
		if c.Equal(n) {
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
	if n.c < 0 {
		if len(n.t.chunks) == 0 {
			return Node{}
		}
		return Node{n.t, n.t.chunks[0], 0, 0}
	}
	nodes := n.ch.nodes
	j := n.i + 1
	if int(j) < len(nodes) && nodes[j].parent == n.i {
		return Node{n.t, n.ch, n.c, j}
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

// localEnd returns the index, within its chunk, just past n's subtree.
func (n Node) localEnd() int32 {
	nodes := n.ch.nodes
	for j := n.i; j >= 0; j = nodes[j].parent {
		if nx := nodes[j].next; nx >= 0 {
			return nx
		}
	}
	return int32(len(nodes))
}

// subtreeEnd returns the preorder index just past the last descendant of n.
func (n Node) subtreeEnd() int32 {
	if n.c < 0 {
		return int32(n.t.n)
	}
	return n.t.base[n.c] + n.localEnd()
}

// Descendants iterates over every node below n in preorder (n excluded).
func (n Node) Descendants() iter.Seq[Node] {
	return func(yield func(Node) bool) {
		if !n.Valid() {
			return
		}
		if n.c < 0 {
			for c, ch := range n.t.chunks {
				for i := range ch.nodes {
					if !yield(Node{n.t, ch, int32(c), int32(i)}) {
						return
					}
				}
			}
			return
		}
		end := n.localEnd()
		for j := n.i + 1; j < end; j++ {
			if !yield(Node{n.t, n.ch, n.c, j}) {
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
	if n.c < 0 {
		return true
	}
	return m.ch == n.ch && m.i >= n.i && m.i < n.localEnd()
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
func (n Node) Equal(m Node) bool { return n.t == m.t && n.ch == m.ch && n.i == m.i }

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
