// Package dynamodb holds the rules of family: DynamoDB (BTO6xx).
package dynamodb

import "github.com/botolint/botolint/analysis"

// Rules lists the family's rules by code.
var Rules = []*analysis.Rule{}
