package awsmodel

import _ "embed"

// embeddedData is the generated catalog (go generate writes catalog.bin; see
// gen.go). It is embedded as a string, not a []byte: the index's names are
// then substrings of the binary's read-only data (no copy at start-up), and
// nothing can modify it.
//
//go:embed catalog.bin
var embeddedData string
