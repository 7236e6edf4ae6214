package syntax

import (
	"iter"
	"sync"
	"sync/atomic"
)

// Kinds is a set of node kinds whose nodes a tree can list without a
// walk: each chunk lists its nodes of the set's kinds on first use and
// keeps the list, and chunks are shared between the versions of a
// document, so after an edit only the changed statements are scanned
// again. Create sets once, at package level.
type Kinds struct {
	id      int
	members []bool
}

var kindSets atomic.Int32

// NewKinds returns the set of the given kinds.
func NewKinds(kinds ...Kind) *Kinds {
	s := &Kinds{id: int(kindSets.Add(1)) - 1}
	for _, k := range kinds {
		for int(k) >= len(s.members) {
			s.members = append(s.members, false)
		}
		s.members[k] = true
	}
	return s
}

// Has reports whether k is in the set.
func (s *Kinds) Has(k Kind) bool { return int(k) < len(s.members) && s.members[k] }

// chunkKindLists is a chunk's cache of node lists, by set.
type chunkKindLists struct {
	mu    sync.Mutex
	lists map[int][]int32
}

func (ch *chunk) ofKinds(s *Kinds) []int32 {
	ch.idx.mu.Lock()
	defer ch.idx.mu.Unlock()
	if l, ok := ch.idx.lists[s.id]; ok {
		return l
	}
	var l []int32
	for i := range ch.nodes {
		if s.Has(ch.nodes[i].kind) {
			l = append(l, int32(i))
		}
	}
	if ch.idx.lists == nil {
		ch.idx.lists = map[int][]int32{}
	}
	ch.idx.lists[s.id] = l
	return l
}

// OfKinds iterates, in preorder, over the nodes of the tree whose kind is
// in s, the module node included.
func (t *Tree) OfKinds(s *Kinds) iter.Seq[Node] {
	return func(yield func(Node) bool) {
		if t.root == nil {
			return
		}
		if s.Has(t.root.nodes[0].kind) && !yield(t.Root()) {
			return
		}
		for c, ch := range t.chunks {
			for _, i := range ch.ofKinds(s) {
				if !yield(Node{t, ch, int32(c), i}) {
					return
				}
			}
		}
	}
}

// ChunkKey returns a pair of small numbers identifying n within its tree:
// the index of its chunk (-1 for the module node) and its index within the
// chunk, with ChunkCount and ChunkLen giving the ranges. Tables indexed by
// them are allocated a chunk at a time.
func (n Node) ChunkKey() (chunk, local int) { return int(n.c), int(n.i) }

// ChunkCount returns the number of chunks (children of the module).
func (t *Tree) ChunkCount() int { return len(t.chunks) }

// ChunkLen returns the number of nodes in chunk c.
func (t *Tree) ChunkLen(c int) int { return len(t.chunks[c].nodes) }
