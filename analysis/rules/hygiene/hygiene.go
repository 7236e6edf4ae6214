// Package hygiene holds the rules of family: hygiene (BTO7xx).
package hygiene

import "github.com/botolint/botolint/analysis"

// Rules lists the family's rules by code.
var Rules = []*analysis.Rule{
	Emoji,
}
