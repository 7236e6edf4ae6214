// Package rules lists every botolint rule, by family.
package rules

import (
	"sort"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules/clients"
	"github.com/botolint/botolint/analysis/rules/correctness"
	"github.com/botolint/botolint/analysis/rules/dynamodb"
	"github.com/botolint/botolint/analysis/rules/errhandling"
	"github.com/botolint/botolint/analysis/rules/hygiene"
	"github.com/botolint/botolint/analysis/rules/pagination"
	"github.com/botolint/botolint/analysis/rules/s3"
	"github.com/botolint/botolint/analysis/rules/structure"
	"github.com/botolint/botolint/analysis/rules/tool"
)

// All returns every rule, sorted by code.
func All() []*analysis.Rule {
	families := [][]*analysis.Rule{
		correctness.Rules,
		pagination.Rules,
		clients.Rules,
		errhandling.Rules,
		structure.Rules,
		s3.Rules,
		dynamodb.Rules,
		hygiene.Rules,
		tool.Rules,
	}
	var out []*analysis.Rule
	for _, f := range families {
		out = append(out, f...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}
