// Package pagination holds the rules of family: pagination and waiters (BTO1xx).
package pagination

import "github.com/botolint/botolint/analysis"

// Rules lists the family's rules by code.
var Rules = []*analysis.Rule{
	ManualPagination,
	MissingPagination,
	PollingInsteadOfWaiter,
	PaginateThenFlatten,
}
