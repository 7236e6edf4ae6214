// Package s3 holds the rules of family: S3 (BTO5xx).
package s3

import "github.com/botolint/botolint/analysis"

// Rules lists the family's rules by code.
var Rules = []*analysis.Rule{}
