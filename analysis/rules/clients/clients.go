// Package clients holds the rules of family: clients, sessions, configuration and credentials (BTO2xx).
package clients

import "github.com/botolint/botolint/analysis"

// Rules lists the family's rules by code.
var Rules = []*analysis.Rule{
	ClientInLoop,
}
