// Package tool holds the rules about botolint's own input: syntax errors
// and noqa comments.
package tool

import "github.com/botolint/botolint/analysis"

// Rules lists the family's rules by code.
var Rules = []*analysis.Rule{
	SyntaxError,
	UnusedNoqa,
}
