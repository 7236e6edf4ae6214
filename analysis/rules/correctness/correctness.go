// Package correctness holds the rules of family: API correctness from the service model (BTO0xx): mistakes boto3 reports only at run time.
package correctness

import "github.com/botolint/botolint/analysis"

// Rules lists the family's rules by code.
var Rules = []*analysis.Rule{
	UnknownService,
	NoResourceInterface,
	UnknownOperation,
	ParameterCase,
	UnknownParameter,
	MissingRequiredParameter,
	ParameterType,
	PositionalArguments,
	UnknownPaginator,
	UnknownWaiter,
	ConfigDictKeys,
	UnknownClientException,
	DynamoDBFloat,
	PresignedClientMethod,
}
