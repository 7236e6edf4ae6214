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

// bl_fill writes the nodes of t in preorder into out (cap entries) and
// returns how many it wrote. kinds maps a tree-sitter symbol to botolint's
// Kind; error_kind is the Kind of ERROR nodes (symbol 0xFFFF).
static uint32_t bl_fill(const TSTree *t, bl_node *out, uint32_t cap,
                        const uint16_t *kinds, uint32_t nkinds, uint16_t error_kind) {
  TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(t));
  uint32_t n = 0;
  int32_t cur = -1;
  int32_t parent = -1;
  for (;;) {
    if (n >= cap) break;
    TSNode node = ts_tree_cursor_current_node(&c);
    TSSymbol sym = ts_node_symbol(node);
    bl_node *b = &out[n];
    b->kind = sym == 0xFFFF ? error_kind : (sym < nkinds ? kinds[sym] : 0);
    TSFieldId f = ts_tree_cursor_current_field_id(&c);
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
    cur = (int32_t)n;
    n++;
    if (ts_tree_cursor_goto_first_child(&c)) {
      parent = cur;
      continue;
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
        return n;
      }
      cur = out[cur].parent;
    }
  }
  ts_tree_cursor_delete(&c);
  return n;
}

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
	ct := cTree(t)
	n := uint32(C.bl_count(ct))
	nodes := make([]node, n)
	if n == 0 {
		return nodes
	}
	got := C.bl_fill(ct, (*C.bl_node)(unsafe.Pointer(&nodes[0])), C.uint32_t(n),
		(*C.uint16_t)(unsafe.Pointer(&symbolKinds[0])), C.uint32_t(len(symbolKinds)), C.uint16_t(KindError))
	return nodes[:got]
}

// editTree tells tree-sitter about an edit. Points are (row, byte column)
// with rows counted at '\n', as tree-sitter counts them.
func editTree(t *sitter.Tree, start, oldEnd, newEnd uint32, sp, oep, nep sitter.Point) {
	C.bl_edit(cTree(t), C.uint32_t(start), C.uint32_t(oldEnd), C.uint32_t(newEnd),
		C.uint32_t(sp.Row), C.uint32_t(sp.Column),
		C.uint32_t(oep.Row), C.uint32_t(oep.Column),
		C.uint32_t(nep.Row), C.uint32_t(nep.Column))
}
