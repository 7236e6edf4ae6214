//go:build !linux || !cgo

package lsp

// mallocTrim is a no-op where glibc's malloc_trim is not available.
func mallocTrim() {}
