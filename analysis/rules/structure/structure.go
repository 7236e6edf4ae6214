// Package structure holds the rules of family: script structure (BTO4xx).
package structure

import "github.com/botolint/botolint/analysis"

// Rules lists the family's rules by code.
var Rules = []*analysis.Rule{
	MainGuardBody,
	ExitInFunction,
}
