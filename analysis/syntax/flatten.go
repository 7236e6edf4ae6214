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

static uint32_t bl_count(const TSTree *t) {
  return ts_node_descendant_count(ts_tree_root_node(t));
}

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

// bl_reuse describes the previous flat tree and how the text changed since:
// the bytes [start, old_end) became [start, new_end), and tree-sitter's
// changed ranges (new coordinates) mark where the structure differs.
typedef struct {
  const bl_node *old;
  uint32_t old_len;
  uint32_t start, old_end, new_end;
  const uint32_t *ranges; // pairs of byte offsets
  uint32_t nranges;
} bl_reuse;

// bl_clean reports whether [s, e) (new coordinates) is clear of the edit
// and of every changed range; touching counts as not clear.
static bool bl_clean(const bl_reuse *r, uint32_t s, uint32_t e) {
  if (!(e < r->start || s > r->new_end)) return false;
  for (uint32_t i = 0; i < r->nranges; i++) {
    if (!(e < r->ranges[2*i] || s > r->ranges[2*i+1])) return false;
  }
  return true;
}

// bl_subtree_end returns the index just past old[j]'s subtree.
static uint32_t bl_subtree_end(const bl_reuse *r, int32_t j) {
  for (int32_t k = j; k >= 0; k = r->old[k].parent) {
    if (r->old[k].next >= 0) return (uint32_t)r->old[k].next;
  }
  return r->old_len;
}

// bl_find returns the index of the old node with this kind and range and a
// subtree of size nodes, or -1.
static int32_t bl_find(const bl_reuse *r, uint16_t kind, uint32_t s, uint32_t e, uint32_t size) {
  uint32_t lo = 0, hi = r->old_len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (r->old[mid].start < s) lo = mid + 1; else hi = mid;
  }
  for (uint32_t j = lo; j < r->old_len && r->old[j].start == s; j++) {
    const bl_node *o = &r->old[j];
    if (o->end == e && o->kind == kind && bl_subtree_end(r, (int32_t)j) - j == size) return (int32_t)j;
  }
  return -1;
}

// bl_fill writes the nodes of t in preorder into out (cap entries) and
// returns how many it wrote. kinds maps a tree-sitter symbol to botolint's
// Kind; error_kind is the Kind of ERROR nodes (symbol 0xFFFF). With reuse,
// a subtree clear of the edit and of the changed ranges is copied from the
// previous flat tree instead of walked: only the changed part of the tree
// crosses into C's cursor.
static uint32_t bl_fill(const TSTree *t, bl_node *out, uint32_t cap,
                        const uint16_t *kinds, uint32_t nkinds, uint16_t error_kind,
                        const bl_reuse *reuse, uint32_t *copied_out) {
  uint32_t copied_total = 0;
  TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(t));
  uint32_t n = 0;
  int32_t cur = -1;
  int32_t parent = -1;
  for (;;) {
    if (n >= cap) break;
    bool copied = false;
    if (reuse != NULL && parent >= 0) {
      TSNode node = ts_tree_cursor_current_node(&c);
      uint32_t s = ts_node_start_byte(node), e = ts_node_end_byte(node);
      if (bl_clean(reuse, s, e)) {
        uint32_t os = s, oe = e;
        int64_t shift = 0;
        if (s > reuse->new_end) {
          shift = (int64_t)reuse->new_end - (int64_t)reuse->old_end;
          os = (uint32_t)((int64_t)s - shift);
          oe = (uint32_t)((int64_t)e - shift);
        }
        TSSymbol sym = ts_node_symbol(node);
        uint16_t kind = sym == 0xFFFF ? error_kind : (sym < nkinds ? kinds[sym] : 0);
        uint32_t size = ts_node_descendant_count(node);
        int32_t j = bl_find(reuse, kind, os, oe, size);
        if (j >= 0 && n + size <= cap) {
          int32_t delta = (int32_t)n - j;
          for (uint32_t k = 0; k < size; k++) {
            bl_node b = reuse->old[j + k];
            b.start = (uint32_t)((int64_t)b.start + shift);
            b.end = (uint32_t)((int64_t)b.end + shift);
            if (k == 0) {
              TSFieldId f = ts_tree_cursor_current_field_id(&c);
              b.field = f < 256 ? (uint8_t)f : 0;
              b.parent = parent;
              b.next = -1;
            } else {
              b.parent += delta;
              if (b.next >= 0) b.next += delta;
            }
            out[n + k] = b;
          }
          cur = (int32_t)n;
          n += size;
          copied_total += size;
          copied = true;
        }
      }
    }
    if (!copied) {
      bl_write(&c, &out[n], kinds, nkinds, error_kind, parent);
      cur = (int32_t)n;
      n++;
      if (ts_tree_cursor_goto_first_child(&c)) {
        parent = cur;
        continue;
      }
    }
    // Climb until a sibling exists; cur tracks the node the cursor is on so
    // that its next link can be set when the sibling is written.
    for (;;) {
      if (ts_tree_cursor_goto_next_sibling(&c)) {
        out[cur].next = (int32_t)n;
        parent = out[cur].parent;
        break;
      }
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        *copied_out = copied_total;
        return n;
      }
      cur = out[cur].parent;
    }
  }
  ts_tree_cursor_delete(&c);
  *copied_out = copied_total;
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
	"runtime"
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

// flatten copies the tree-sitter tree into a preorder slice.
func flatten(t *sitter.Tree) []node {
	return flattenReusing(t, nil)
}

// reusedNodes counts the nodes copied from previous flat trees, for tests.
var reusedNodes atomic.Int64

// reuse describes how to reuse a previous flat tree: the text changed from
// prev's source by one replacement of [start, oldEnd) with bytes that end
// at newEnd, and ranges are tree-sitter's changed ranges in new offsets.
type reuse struct {
	prev                  []node
	start, oldEnd, newEnd int
	ranges                []uint32 // pairs
}

// flattenReusing flattens t, copying the subtrees that reuse says are
// unchanged from the previous flat tree. The result equals flatten(t): the
// differential test checks it after random edits.
func flattenReusing(t *sitter.Tree, r *reuse) []node {
	ct := cTree(t)
	n := uint32(C.bl_count(ct))
	nodes := make([]node, n)
	if n == 0 {
		return nodes
	}
	var cr *C.bl_reuse
	var pin runtime.Pinner
	defer pin.Unpin()
	if r != nil && len(r.prev) > 0 {
		// bl_reuse is Go memory that points to Go memory: cgo allows that
		// only when the memory pointed to is pinned.
		pin.Pin(&r.prev[0])
		cr = &C.bl_reuse{
			old:     (*C.bl_node)(unsafe.Pointer(&r.prev[0])),
			old_len: C.uint32_t(len(r.prev)),
			start:   C.uint32_t(r.start),
			old_end: C.uint32_t(r.oldEnd),
			new_end: C.uint32_t(r.newEnd),
		}
		if len(r.ranges) > 0 {
			pin.Pin(&r.ranges[0])
			cr.ranges = (*C.uint32_t)(unsafe.Pointer(&r.ranges[0]))
			cr.nranges = C.uint32_t(len(r.ranges) / 2)
		}
	}
	var copied C.uint32_t
	got := C.bl_fill(ct, (*C.bl_node)(unsafe.Pointer(&nodes[0])), C.uint32_t(n),
		(*C.uint16_t)(unsafe.Pointer(&symbolKinds[0])), C.uint32_t(len(symbolKinds)), C.uint16_t(KindError), cr, &copied)
	reusedNodes.Add(int64(copied))
	return nodes[:got]
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
