package correctness

import (
	_ "embed"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules/internal/params"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto004_parameter_case.md
var ParameterCaseDoc string

// ParameterCase reports keywords and literal dict keys that differ from a model member only in case or underscores (bucket=, max_keys=).
var ParameterCase = &analysis.Rule{
	Code:     "BTO004",
	Name:     "parameter-case",
	Summary:  "Parameter or dict key that differs from the model's name only in case or underscores (ParamValidationError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      ParameterCaseDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    params.Report,
}
