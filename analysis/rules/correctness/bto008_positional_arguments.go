package correctness

import (
	_ "embed"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules/internal/params"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto008_positional_arguments.md
var PositionalArgumentsDoc string

// PositionalArguments reports positional arguments to model operation methods, paginate and wait, which accept keywords only.
var PositionalArguments = &analysis.Rule{
	Code:     "BTO008",
	Name:     "positional-arguments",
	Summary:  "Positional arguments to a method that accepts keyword arguments only (TypeError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixNever,
	Doc:      PositionalArgumentsDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    params.Report,
}
