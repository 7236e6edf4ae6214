package analysis

import (
	"fmt"
	"strings"
)

// Selection chooses rules the way ruff's select/ignore do. Each selector is
// a code ("BTO101"), a code prefix ("BTO1", "BTO"), a rule name
// ("manual-pagination") or "ALL"; a leading "-" or "!" negates it. Select
// entries apply in order, starting from no rules (or from all rules when
// Select is empty); Ignore entries then switch rules off.
type Selection struct {
	Select []string
	Ignore []string
}

// Apply returns the enabled subset of rules, in their order. An entry that
// matches no rule is an error, so a typo never silently disables nothing.
func (s Selection) Apply(rules []*Rule) ([]*Rule, error) {
	on := make(map[*Rule]bool, len(rules))
	if len(s.Select) == 0 {
		for _, r := range rules {
			on[r] = true
		}
	}
	set := func(entry string, value bool) error {
		entry = strings.TrimSpace(entry)
		negated := false
		if rest, ok := strings.CutPrefix(entry, "-"); ok {
			entry, negated = rest, true
		} else if rest, ok := strings.CutPrefix(entry, "!"); ok {
			entry, negated = rest, true
		}
		matched := MatchRules(rules, entry)
		if len(matched) == 0 {
			return fmt.Errorf("unknown rule selector %q (use a code such as BTO101, a prefix such as BTO1, a rule name, or ALL)", entry)
		}
		for _, r := range matched {
			on[r] = value != negated
		}
		return nil
	}
	for _, e := range s.Select {
		if err := set(e, true); err != nil {
			return nil, err
		}
	}
	for _, e := range s.Ignore {
		if err := set(e, false); err != nil {
			return nil, err
		}
	}
	// Never nil: an empty selection runs no rule (a nil Config.Enabled
	// would mean all of them).
	out := []*Rule{}
	for _, r := range rules {
		if on[r] {
			out = append(out, r)
		}
	}
	return out, nil
}

// MatchRules returns the rules a selector names: ALL, a code prefix or a
// rule name (case-insensitive).
func MatchRules(rules []*Rule, selector string) []*Rule {
	sel := strings.TrimSpace(selector)
	if sel == "" {
		return nil
	}
	var out []*Rule
	upper := strings.ToUpper(sel)
	for _, r := range rules {
		switch {
		case upper == "ALL",
			strings.HasPrefix(r.Code, upper),
			strings.EqualFold(r.Name, sel):
			out = append(out, r)
		}
	}
	return out
}

// FindRule returns the rule with the given code or name.
func FindRule(rules []*Rule, codeOrName string) *Rule {
	for _, r := range rules {
		if strings.EqualFold(r.Code, codeOrName) || strings.EqualFold(r.Name, codeOrName) {
			return r
		}
	}
	return nil
}
