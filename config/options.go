package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

// Options is one layer of settings as written: a configuration file,
// command-line flags or editor settings. A nil slice or pointer, or an empty
// string, means the layer does not set the key; an empty non-nil slice sets
// it to the empty list.
type Options struct {
	Select         []string
	Ignore         []string
	ExtendSelect   []string
	PerFileIgnores []PerFileIgnore
	Severity       map[string]string // rule code or name -> severity name
	UnsafeFixes    *bool
	BotocoreData   string // relative to BaseDir unless absolute
	Scope          string // "boto3" or "all"
	MainFunctions  []string
	LambdaHandlers []string
	// WrapperKeywords: see analysis.Options.WrapperKeywords.
	WrapperKeywords []string
	// Roots are the project's source roots (relative to BaseDir unless
	// absolute): the folders imports are resolved from, besides the
	// project root and its src/.
	Roots      []string
	Exclude    []string
	DebounceMS *int

	// BaseDir anchors relative paths and globs: the configuration file's
	// directory, or the working directory (workspace root) for overrides.
	BaseDir string
	// Origin names the layer in messages: the configuration file's path,
	// or a description such as "command line".
	Origin string
}

// PerFileIgnore is one per-file-ignores entry: rules the selectors name do
// not run on files the glob matches.
type PerFileIgnore struct {
	Pattern   string
	Selectors []string
}

// Error is a problem in a configuration file, at a 1-based line (0 when
// unknown).
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.Path == "":
		return e.Msg
	case e.Line <= 0:
		return e.Path + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
}

// Errors returns the individual errors joined in err (one per line when
// printed), or err itself.
func Errors(err error) []error {
	if err == nil {
		return nil
	}
	var joined interface{ Unwrap() []error }
	if errors.As(err, &joined) {
		var out []error
		for _, e := range joined.Unwrap() {
			out = append(out, Errors(e)...)
		}
		return out
	}
	return []error{err}
}

// Scopes are the values of the scope key.
var Scopes = []string{"boto3", "all"}

// CheckSelectors reports the first selector that names no rule.
func CheckSelectors(rules []*analysis.Rule, selectors []string) error {
	for _, s := range selectors {
		bare := strings.TrimSpace(s)
		if rest, ok := strings.CutPrefix(bare, "-"); ok {
			bare = rest
		} else if rest, ok := strings.CutPrefix(bare, "!"); ok {
			bare = rest
		}
		if len(analysis.MatchRules(rules, bare)) == 0 {
			return fmt.Errorf("unknown rule selector %q (use a code such as BTO101, a prefix such as BTO1, a rule name, or ALL)", s)
		}
	}
	return nil
}

// CheckScope reports a scope that is neither boto3 nor all.
func CheckScope(scope string) error {
	for _, s := range Scopes {
		if scope == s {
			return nil
		}
	}
	return fmt.Errorf("unknown scope %q (want \"boto3\" or \"all\")", scope)
}

// Validate checks a layer's values against the rules: selectors, globs,
// severities, scope. Errors name the key; line is consulted for a key's
// line (it may be nil).
func (o *Options) Validate(rules []*analysis.Rule, line func(key ...string) int) error {
	if line == nil {
		line = func(...string) int { return 0 }
	}
	var errs []error
	add := func(l int, format string, args ...any) {
		errs = append(errs, &Error{Path: o.Origin, Line: l, Msg: fmt.Sprintf(format, args...)})
	}
	for _, k := range []struct {
		key  string
		sels []string
	}{{"select", o.Select}, {"ignore", o.Ignore}, {"extend-select", o.ExtendSelect}} {
		if err := CheckSelectors(rules, k.sels); err != nil {
			add(line(k.key), "%s: %v", k.key, err)
		}
	}
	for _, p := range o.PerFileIgnores {
		pat := strings.TrimPrefix(p.Pattern, "!")
		if _, err := CompileGlob(pat); err != nil {
			add(line("per-file-ignores", p.Pattern), "per-file-ignores: %v", err)
		}
		if err := CheckSelectors(rules, p.Selectors); err != nil {
			add(line("per-file-ignores", p.Pattern), "per-file-ignores %q: %v", p.Pattern, err)
		}
	}
	keys := make([]string, 0, len(o.Severity))
	for k := range o.Severity {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if analysis.FindRule(rules, k) == nil {
			add(line("severity", k), "severity: %q is not a rule code or name", k)
		}
		if _, err := analysis.ParseSeverity(o.Severity[k]); err != nil {
			add(line("severity", k), "severity %q: %v", k, err)
		}
	}
	if o.Scope != "" {
		if err := CheckScope(o.Scope); err != nil {
			add(line("scope"), "scope: %v", err)
		}
	}
	for _, k := range []struct {
		key   string
		names []string
	}{{"main-functions", o.MainFunctions}, {"lambda-handlers", o.LambdaHandlers}, {"wrapper-keywords", o.WrapperKeywords}} {
		for _, n := range k.names {
			if !syntax.IsName(n) {
				add(line(k.key), "%s: %q is not a Python function name", k.key, n)
			}
		}
	}
	for _, e := range o.Exclude {
		if strings.HasPrefix(e, "!") {
			add(line("exclude"), "exclude: negated glob %q is not supported", e)
			continue
		}
		if _, err := CompileGlob(e); err != nil {
			add(line("exclude"), "exclude: %v", err)
		}
	}
	if o.BotocoreData != "" {
		dir := o.BotocoreDataDir()
		if st, err := os.Stat(dir); err != nil {
			add(line("botocore-data"), "botocore-data: %s: no such directory", dir)
		} else if !st.IsDir() {
			add(line("botocore-data"), "botocore-data: %s is not a directory", dir)
		}
	}
	if o.DebounceMS != nil && (*o.DebounceMS < 0 || *o.DebounceMS > 60000) {
		add(line("debounce-ms"), "debounce-ms: %d is out of range (0 to 60000)", *o.DebounceMS)
	}
	return errors.Join(errs...)
}

// BotocoreDataDir returns BotocoreData resolved against BaseDir, "" when
// not set.
func (o *Options) BotocoreDataDir() string {
	if o.BotocoreData == "" {
		return ""
	}
	dir := o.BotocoreData
	if strings.HasPrefix(dir, "~"+string(filepath.Separator)) {
		if home, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(home, dir[2:])
		}
	}
	if !filepath.IsAbs(dir) && o.BaseDir != "" {
		dir = filepath.Join(o.BaseDir, dir)
	}
	return filepath.Clean(dir)
}
