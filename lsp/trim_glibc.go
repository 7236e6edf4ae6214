//go:build linux && cgo

package lsp

/*
#include <malloc.h>
*/
import "C"

// mallocTrim returns the pages glibc keeps after tree-sitter's trees are
// freed to the system; without it the RSS stays at its high-water mark (see
// PERFORMANCE.md: 245 MiB to 23 MiB after freeing a corpus' trees).
func mallocTrim() { C.malloc_trim(0) }
