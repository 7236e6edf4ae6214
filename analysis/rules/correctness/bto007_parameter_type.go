package correctness

import (
	_ "embed"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules/internal/params"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto007_parameter_type.md
var ParameterTypeDoc string

// ParameterType reports literals of a type botocore rejects for the shape, literals below the model's min, tagged unions with zero or several members, and (as a warning) strings outside an enum.
var ParameterType = &analysis.Rule{
	Code:     "BTO007",
	Name:     "parameter-type",
	Summary:  "Literal of the wrong type, below the model's min, or an invalid union or enum value",
	Severity: analysis.SeverityError,
	Fix:      analysis.FixNever,
	Doc:      ParameterTypeDoc,
	Kinds:    []syntax.Kind{syntax.KindCall},
	Visit:    params.Report,
}
