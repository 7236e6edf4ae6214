package main

import (
	"fmt"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules"
	"github.com/botolint/botolint/cmd/botolint/internal/output"
)

const ruleUsage = `
Usage: botolint rule [flags] [CODE|NAME]

With a rule code or name, prints the rule's documentation (Markdown). With
no argument or --all, prints a table of every rule: code, name, severity,
fix availability and summary.
`

func runRule(c *cli, args []string) int {
	fs := newFlagSet("rule")
	all := fs.Bool("all", false, "list every rule")
	format := fs.String("output-format", "text", "output format: text or json")
	pos, code, ok := c.parseOrUsage(fs, args, ruleUsage)
	if !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		return c.usageError(fs, ruleUsage, "--output-format: unknown format %q (want text or json)", *format)
	}
	if len(pos) > 1 {
		return c.usageError(fs, ruleUsage, "one rule at a time, got %d", len(pos))
	}
	if len(pos) == 1 && *all {
		return c.usageError(fs, ruleUsage, "--all lists every rule; give a rule or --all, not both")
	}
	known := rules.All()
	if len(pos) == 0 {
		var err error
		if *format == "json" {
			err = output.WriteRulesJSON(c.stdout, known)
		} else {
			err = output.WriteRuleTable(c.stdout, known)
		}
		if err != nil {
			fmt.Fprintf(c.stderr, "error: %v\n", err)
			return exitError
		}
		return exitOK
	}
	r := analysis.FindRule(known, pos[0])
	if r == nil {
		fmt.Fprintf(c.stderr, "error: unknown rule %q ('botolint rule --all' lists them)\n", pos[0])
		return exitError
	}
	if *format == "json" {
		if err := output.WriteRuleJSON(c.stdout, r); err != nil {
			fmt.Fprintf(c.stderr, "error: %v\n", err)
			return exitError
		}
		return exitOK
	}
	fmt.Fprint(c.stdout, output.RuleMarkdown(r))
	return exitOK
}
