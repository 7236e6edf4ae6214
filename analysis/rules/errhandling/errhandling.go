// Package errhandling holds the rules of family: error handling (BTO3xx).
package errhandling

import "github.com/botolint/botolint/analysis"

// Rules lists the family's rules by code.
var Rules = []*analysis.Rule{
	ClientErrorImport,
	SwallowedException,
}
