package syntax

// The flat tree is built by one C function that walks tree-sitter's tree with
// its own cursor. Visiting every node from Go costs as much as parsing
// (PERFORMANCE.md: every node crosses cgo and is cached in a map), while the
// C walk costs about a tenth of the parse. Everything after this point reads
// plain Go memory: no cgo, no finalizers, and safe to share between
// goroutines because a Tree is never mutated once built.
//
// The tree-sitter runtime is compiled into github.com/smacker/go-tree-sitter;
// the declarations below match its api.h (tree-sitter 0.22, language ABI 14)
// and the linker resolves them against that package's objects.

/*
#include <stdint.h>
#include <stdbool.h>

typedef struct TSTree TSTree;
typedef uint16_t TSSymbol;
typedef uint16_t TSFieldId;
typedef struct { uint32_t row; uint32_t column; } TSPoint;
typedef struct { uint32_t context[4]; const void *id; const TSTree *tree; } TSNode;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;
typedef struct {
  TSPoint start_point;
  TSPoint end_point;
  uint32_t start_byte;
  uint32_t end_byte;
} TSRange;
typedef struct {
  uint32_t start_byte;
  uint32_t old_end_byte;
  uint32_t new_end_byte;
  TSPoint start_point;
  TSPoint old_end_point;
  TSPoint new_end_point;
} TSInputEdit;

extern TSNode ts_tree_root_node(const TSTree *self);
extern void ts_tree_edit(TSTree *self, const TSInputEdit *edit);
extern TSTreeCursor ts_tree_cursor_new(TSNode node);
extern void ts_tree_cursor_delete(TSTreeCursor *self);
extern TSNode ts_tree_cursor_current_node(const TSTreeCursor *self);
extern TSFieldId ts_tree_cursor_current_field_id(const TSTreeCursor *self);
extern bool ts_tree_cursor_goto_parent(TSTreeCursor *self);
extern bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *self);
extern bool ts_tree_cursor_goto_first_child(TSTreeCursor *self);
extern TSSymbol ts_node_symbol(TSNode self);
extern uint32_t ts_node_start_byte(TSNode self);
extern uint32_t ts_node_end_byte(TSNode self);
extern bool ts_node_is_named(TSNode self);
extern bool ts_node_is_missing(TSNode self);
extern bool ts_node_is_extra(TSNode self);
extern bool ts_node_has_error(TSNode self);
extern uint32_t ts_node_descendant_count(TSNode self);
extern TSRange *ts_tree_get_changed_ranges(const TSTree *old_tree, const TSTree *new_tree, uint32_t *length);
extern void free(void *);

typedef struct {
  uint16_t kind;
  uint8_t field;
  uint8_t flags;
  uint32_t start;
  uint32_t end;
  int32_t parent;
  int32_t next;
} bl_node;

#include <stddef.h>
_Static_assert(sizeof(bl_node) == 20, "bl_node layout");
_Static_assert(offsetof(bl_node, start) == 4, "bl_node layout");
_Static_assert(offsetof(bl_node, next) == 16, "bl_node layout");

enum { BL_NAMED = 1, BL_MISSING = 2, BL_EXTRA = 4, BL_ERROR = 8, BL_HAS_ERROR = 16 };


// bl_write stores the node under the cursor at out[n].
static void bl_write(TSTreeCursor *c, bl_node *b, const uint16_t *kinds, uint32_t nkinds,
                     uint16_t error_kind, int32_t parent) {
  TSNode node = ts_tree_cursor_current_node(c);
  TSSymbol sym = ts_node_symbol(node);
  b->kind = sym == 0xFFFF ? error_kind : (sym < nkinds ? kinds[sym] : 0);
  TSFieldId f = ts_tree_cursor_current_field_id(c);
  b->field = f < 256 ? (uint8_t)f : 0;
  uint8_t flags = 0;
  if (ts_node_is_named(node)) flags |= BL_NAMED;
  if (ts_node_is_missing(node)) flags |= BL_MISSING;
  if (ts_node_is_extra(node)) flags |= BL_EXTRA;
  if (sym == 0xFFFF) flags |= BL_ERROR;
  if (ts_node_has_error(node)) flags |= BL_HAS_ERROR;
  b->flags = flags;
  b->start = ts_node_start_byte(node);
  b->end = ts_node_end_byte(node);
  b->parent = parent;
  b->next = -1;
}

// bl_fill writes the subtree of node in preorder into out (cap entries)
// and returns how many it wrote: indices are relative to out, the node's
// parent is -1, and offsets are relative to origin. kinds maps a
// tree-sitter symbol to botolint's Kind; error_kind is the Kind of ERROR
// nodes (symbol 0xFFFF).
static uint32_t bl_fill(TSNode root, bl_node *out, uint32_t cap, uint32_t origin,
                        const uint16_t *kinds, uint32_t nkinds, uint16_t error_kind) {
  TSTreeCursor c = ts_tree_cursor_new(root);
  uint32_t n = 0;
  int32_t cur = -1;
  int32_t parent = -1;
  for (;;) {
    if (n >= cap) break;
    bl_write(&c, &out[n], kinds, nkinds, error_kind, parent);
    out[n].start -= origin;
    out[n].end -= origin;
    cur = (int32_t)n;
    n++;
    if (ts_tree_cursor_goto_first_child(&c)) {
      parent = cur;
      continue;
    }
    // Climb until a sibling exists; cur tracks the node the cursor is on so
    // that its next link can be set when the sibling is written. A cursor
    // made on root neither leaves it for its siblings nor climbs above it.
    for (;;) {
      if (ts_tree_cursor_goto_next_sibling(&c)) {
        out[cur].next = (int32_t)n;
        parent = out[cur].parent;
        break;
      }
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        return n;
      }
      cur = out[cur].parent;
    }
  }
  ts_tree_cursor_delete(&c);
  return n;
}

// bl_child describes one child of the module.
typedef struct {
  uint16_t kind;
  uint8_t flags;
  uint8_t pad;
  uint32_t start;
  uint32_t end;
  uint32_t size; // nodes in its subtree, itself included
} bl_child;

// bl_root writes the module node into *root and up to cap children into
// kids, and returns the number of children.
static uint32_t bl_root(const TSTree *t, bl_node *root, bl_child *kids, uint32_t cap,
                        const uint16_t *kinds, uint32_t nkinds, uint16_t error_kind) {
  TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(t));
  bl_write(&c, root, kinds, nkinds, error_kind, -1);
  uint32_t n = 0;
  if (ts_tree_cursor_goto_first_child(&c)) {
    do {
      if (n < cap) {
        bl_node b;
        bl_write(&c, &b, kinds, nkinds, error_kind, -1);
        kids[n].kind = b.kind;
        kids[n].flags = b.flags;
        kids[n].pad = 0;
        kids[n].start = b.start;
        kids[n].end = b.end;
        kids[n].size = ts_node_descendant_count(ts_tree_cursor_current_node(&c));
      }
      n++;
    } while (ts_tree_cursor_goto_next_sibling(&c));
  }
  ts_tree_cursor_delete(&c);
  return n;
}

// bl_fill_children flattens the module's children first..last into out,
// one after the other, each as bl_fill lays out a subtree (relative to its
// own start); it returns the number of nodes written.
static uint32_t bl_fill_children(const TSTree *t, uint32_t first, uint32_t last, bl_node *out, uint32_t cap,
                                 const uint16_t *kinds, uint32_t nkinds, uint16_t error_kind) {
  TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(t));
  uint32_t n = 0;
  if (!ts_tree_cursor_goto_first_child(&c)) {
    ts_tree_cursor_delete(&c);
    return 0;
  }
  for (uint32_t k = 0; k < first; k++) {
    if (!ts_tree_cursor_goto_next_sibling(&c)) {
      ts_tree_cursor_delete(&c);
      return 0;
    }
  }
  for (uint32_t k = first; k <= last; k++) {
    TSNode node = ts_tree_cursor_current_node(&c);
    n += bl_fill(node, out + n, cap - n, ts_node_start_byte(node), kinds, nkinds, error_kind);
    if (k < last && !ts_tree_cursor_goto_next_sibling(&c)) break;
  }
  ts_tree_cursor_delete(&c);
  return n;
}

// bl_changed_ranges returns tree-sitter's changed ranges between an edited
// old tree and its reparse as byte pairs in a malloc'd array (free with
// bl_free), and their count in *len.
static uint32_t *bl_changed_ranges(const TSTree *old_tree, const TSTree *new_tree, uint32_t *len) {
  TSRange *r = ts_tree_get_changed_ranges(old_tree, new_tree, len);
  if (r == NULL || *len == 0) {
    free(r);
    *len = 0;
    return NULL;
  }
  uint32_t *out = (uint32_t *)r; // reuse the allocation: pairs fit in place
  for (uint32_t i = 0; i < *len; i++) {
    uint32_t s = r[i].start_byte, e = r[i].end_byte;
    out[2*i] = s;
    out[2*i+1] = e;
  }
  return out;
}

static void bl_free(void *p) { free(p); }

static void bl_edit(TSTree *t, uint32_t start, uint32_t old_end, uint32_t new_end,
                    uint32_t sr, uint32_t sc, uint32_t oer, uint32_t oec, uint32_t ner, uint32_t nec) {
  // smacker's EditInput passes the old end point as the new one; call
  // ts_tree_edit directly so that all three points are right.
  TSInputEdit e;
  e.start_byte = start;
  e.old_end_byte = old_end;
  e.new_end_byte = new_end;
  e.start_point.row = sr; e.start_point.column = sc;
  e.old_end_point.row = oer; e.old_end_point.column = oec;
  e.new_end_point.row = ner; e.new_end_point.column = nec;
  ts_tree_edit(t, &e);
}
*/
import "C"

import (
	"sort"
	"sync/atomic"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// node is one tree-sitter node, laid out exactly like bl_node.
type node struct {
	kind   Kind
	field  Field
	flags  uint8
	start  uint32
	end    uint32
	parent int32
	next   int32
}

const (
	flagNamed    = C.BL_NAMED
	flagMissing  = C.BL_MISSING
	flagExtra    = C.BL_EXTRA
	flagError    = C.BL_ERROR
	flagHasError = C.BL_HAS_ERROR
)

// Compile-time checks that node has bl_node's layout (the C side asserts
// the same numbers with _Static_assert).
var (
	_ [unsafe.Sizeof(node{}) - 20]struct{}
	_ [20 - unsafe.Sizeof(node{})]struct{}
	_ [unsafe.Offsetof(node{}.start) - 4]struct{}
	_ [4 - unsafe.Offsetof(node{}.start)]struct{}
	_ [unsafe.Offsetof(node{}.next) - 16]struct{}
	_ [16 - unsafe.Offsetof(node{}.next)]struct{}
)

// cTree returns the TSTree pointer inside a smacker Tree. smacker keeps it
// unexported as the first field of BaseTree; TestFlattenMatchesBinding checks
// that reading it this way gives the tree the binding sees.
func cTree(t *sitter.Tree) *C.TSTree {
	return *(**C.TSTree)(unsafe.Pointer(t.BaseTree))
}

// childInfo is bl_child.
type childInfo struct {
	kind             Kind
	flags            uint8
	_                uint8
	start, end, size uint32
}

var (
	_ [unsafe.Sizeof(childInfo{}) - C.sizeof_bl_child]struct{}
	_ [C.sizeof_bl_child - unsafe.Sizeof(childInfo{})]struct{}
)

// reusedNodes counts the nodes of chunks shared with a previous tree, for
// tests.
var reusedNodes atomic.Int64

// reuse describes how a new parse relates to the previous flat tree: the
// text changed from prev's by one replacement of [start, oldEnd) with
// bytes that end at newEnd, and ranges are tree-sitter's changed ranges
// in new offsets.
type reuse struct {
	prev                  *Tree
	start, oldEnd, newEnd int
	ranges                []uint32 // pairs
}

// clean reports whether [s, e) (new offsets) is clear of the edit and of
// every changed range; touching counts as not clear.
func (r *reuse) clean(s, e int) bool {
	if !(e < r.start || s > r.newEnd) {
		return false
	}
	for i := 0; i+1 < len(r.ranges); i += 2 {
		if !(e < int(r.ranges[i]) || s > int(r.ranges[i+1])) {
			return false
		}
	}
	return true
}

// oldOffset maps an offset of a clean range to the previous text.
func (r *reuse) oldOffset(off int) int {
	if off > r.newEnd {
		return off - r.newEnd + r.oldEnd
	}
	return off
}

// chunkAt returns the chunk of t whose child starts at offset start and
// has this kind, end and size, or nil.
func (t *Tree) chunkAt(start, end int, kind Kind, size uint32) *chunk {
	k := sort.Search(len(t.off), func(k int) bool { return int(t.off[k]) >= start })
	if k == len(t.off) || int(t.off[k]) != start {
		return nil
	}
	ch := t.chunks[k]
	root := &ch.nodes[0]
	if root.kind != kind || uint32(len(ch.nodes)) != size || int(root.end)+start != end {
		return nil
	}
	return ch
}

// buildTree flattens a tree-sitter tree. With r, the chunks of module
// children clear of the edit and of tree-sitter's changed ranges are taken
// from r.prev instead of walked through cgo (about a tenth of a
// microsecond a node); the result equals a full flattening, which the
// differential tests check after random edits.
func buildTree(src []byte, ts *sitter.Tree, r *reuse) *Tree {
	root, kids := readRoot(ts)
	t := &Tree{src: src, lines: NewLineIndex(src)}
	count := len(kids)
	t.root = &chunk{nodes: []node{root}}
	t.chunks = make([]*chunk, count)
	t.off = make([]int32, count)
	for k, kid := range kids {
		t.off[k] = int32(kid.start)
		if r == nil || !r.clean(int(kid.start), int(kid.end)) {
			continue
		}
		old := r.oldOffset(int(kid.start))
		if ch := r.prev.chunkAt(old, r.oldOffset(int(kid.end)), kid.kind, kid.size); ch != nil {
			t.chunks[k] = ch
			reusedNodes.Add(int64(len(ch.nodes)))
		}
	}
	fillChunks(ts, kids, t.chunks)
	t.numberChunks()
	return t
}

// numberChunks sets each chunk's global index of its first node, and the
// node count, once t.chunks is complete.
func (t *Tree) numberChunks() {
	t.base = make([]int32, len(t.chunks))
	n := int32(1)
	for k, ch := range t.chunks {
		t.base[k] = n
		n += int32(len(ch.nodes))
	}
	t.n = int(n)
}

// readRoot returns the module node of a tree-sitter tree and a description
// of each of its children.
func readRoot(ts *sitter.Tree) (node, []childInfo) {
	ct := cTree(ts)
	kinds := (*C.uint16_t)(unsafe.Pointer(&symbolKinds[0]))
	nk, ek := C.uint32_t(len(symbolKinds)), C.uint16_t(KindError)
	kids := make([]childInfo, 64)
	var root C.bl_node
	count := int(C.bl_root(ct, &root, (*C.bl_child)(unsafe.Pointer(&kids[0])), C.uint32_t(len(kids)), kinds, nk, ek))
	if count > len(kids) {
		kids = make([]childInfo, count)
		C.bl_root(ct, &root, (*C.bl_child)(unsafe.Pointer(&kids[0])), C.uint32_t(len(kids)), kinds, nk, ek)
	}
	return *(*node)(unsafe.Pointer(&root)), kids[:count]
}

// fillChunks flattens the module's children described by kids into
// chunks, leaving the chunks already set alone: a run of consecutive
// children per cgo call.
func fillChunks(ts *sitter.Tree, kids []childInfo, chunks []*chunk) {
	ct := cTree(ts)
	kinds := (*C.uint16_t)(unsafe.Pointer(&symbolKinds[0]))
	nk, ek := C.uint32_t(len(symbolKinds)), C.uint16_t(KindError)
	count := len(kids)
	for k := 0; k < count; {
		if chunks[k] != nil {
			k++
			continue
		}
		last, total := k, uint32(0)
		for last < count && chunks[last] == nil {
			total += kids[last].size
			last++
		}
		nodes := make([]node, total)
		if total > 0 {
			C.bl_fill_children(ct, C.uint32_t(k), C.uint32_t(last-1), (*C.bl_node)(unsafe.Pointer(&nodes[0])), C.uint32_t(total), kinds, nk, ek)
		}
		for at := 0; k < last; k++ {
			size := int(kids[k].size)
			chunks[k] = &chunk{nodes: nodes[at : at+size : at+size]}
			at += size
		}
	}
}

// changedRanges returns tree-sitter's changed ranges between an edited old
// tree and the tree parsed from it, as byte offset pairs.
func changedRanges(old, new *sitter.Tree) []uint32 {
	var length C.uint32_t
	p := C.bl_changed_ranges(cTree(old), cTree(new), &length)
	if p == nil {
		return nil
	}
	defer C.bl_free(unsafe.Pointer(p))
	return append([]uint32(nil), unsafe.Slice((*uint32)(unsafe.Pointer(p)), 2*int(length))...)
}

// editTree tells tree-sitter about an edit. Points are (row, byte column)
// with rows counted at '\n', as tree-sitter counts them.
func editTree(t *sitter.Tree, start, oldEnd, newEnd uint32, sp, oep, nep sitter.Point) {
	C.bl_edit(cTree(t), C.uint32_t(start), C.uint32_t(oldEnd), C.uint32_t(newEnd),
		C.uint32_t(sp.Row), C.uint32_t(sp.Column),
		C.uint32_t(oep.Row), C.uint32_t(oep.Column),
		C.uint32_t(nep.Row), C.uint32_t(nep.Column))
}
