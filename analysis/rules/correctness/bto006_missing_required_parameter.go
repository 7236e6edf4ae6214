package correctness

import (
	_ "embed"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules/internal/params"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto006_missing_required_parameter.md
var MissingRequiredParameterDoc string

// MissingRequiredParameter reports required members absent from a call or a literal dict when nothing could supply them.
var MissingRequiredParameter = &analysis.Rule{
	Code:     "BTO006",
	Name:     "missing-required-parameter",
	Summary:  "Required parameter or dict key missing (ParamValidationError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixNever,
	Doc:      MissingRequiredParameterDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    params.Report,
}
