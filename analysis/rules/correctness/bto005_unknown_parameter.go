package correctness

import (
	_ "embed"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules/internal/params"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto005_unknown_parameter.md
var UnknownParameterDoc string

// UnknownParameter reports keywords and literal dict keys that are not members of the operation's input shape.
var UnknownParameter = &analysis.Rule{
	Code:     "BTO005",
	Name:     "unknown-parameter",
	Summary:  "Parameter or dict key that the operation's input shape does not have (ParamValidationError)",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixSometimes,
	Doc:      UnknownParameterDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    params.Report,
}
