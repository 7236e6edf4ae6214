package config

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/botolint/botolint/analysis"
)

// DefaultDebounceMS is the language server's default delay before analysing
// an edited document.
const DefaultDebounceMS = 150

// Settings are the resolved settings of the files one configuration file
// governs: defaults, then the file, then the overrides.
type Settings struct {
	// File is the configuration file in effect, nil when there is none.
	File *File
	// Rules are all known rules; Enabled the ones selected, before
	// per-file-ignores (see EnabledFor).
	Rules   []*analysis.Rule
	Enabled []*analysis.Rule
	// Severity overrides rule severities, by code.
	Severity    map[string]analysis.Severity
	UnsafeFixes bool
	// BotocoreData is the absolute botocore data folder to load models
	// from, "" to discover one (or use the embedded models).
	BotocoreData string
	Options      *analysis.Options
	DebounceMS   int
	// Roots are the configured source roots, absolute.
	Roots []string

	perFile []perFileIgnore
	exclude []anchoredGlob
	key     string // identifies everything but the catalog, for runner caching
	cache   *cache
}

type anchoredGlob struct {
	glob *Glob
	base string
}

type perFileIgnore struct {
	anchoredGlob
	negated bool
	rules   map[*analysis.Rule]bool
}

// Resolve merges layers over the defaults, later layers winning (nil layers
// are skipped). The layers must have been validated (Parse and NewWorkspace
// do it); Resolve still reports what it cannot use.
func Resolve(rules []*analysis.Rule, layers ...*Options) (*Settings, error) {
	return resolve(rules, newCache(nil, nil), nil, layers)
}

func resolve(rules []*analysis.Rule, c *cache, file *File, layers []*Options) (*Settings, error) {
	var ls []*Options
	for _, l := range layers {
		if l != nil {
			ls = append(ls, l)
		}
	}
	s := &Settings{
		File:       file,
		Rules:      rules,
		Severity:   map[string]analysis.Severity{},
		Options:    analysis.DefaultOptions(),
		DebounceMS: DefaultDebounceMS,
		cache:      c,
	}
	enabled, err := analysis.Selection{Select: selectors(ls)}.Apply(rules)
	if err != nil {
		return nil, err
	}
	// A nil list would mean "all rules" to analysis.NewRunner.
	s.Enabled = append([]*analysis.Rule{}, enabled...)
	for _, l := range ls {
		if l.Scope != "" {
			s.Options.Scope = l.Scope
		}
		if l.MainFunctions != nil {
			s.Options.MainFunctions = append([]string(nil), l.MainFunctions...)
		}
		if l.LambdaHandlers != nil {
			s.Options.LambdaHandlers = append([]string(nil), l.LambdaHandlers...)
		}
		if l.WrapperKeywords != nil {
			s.Options.WrapperKeywords = append([]string(nil), l.WrapperKeywords...)
		}
		if l.Roots != nil {
			s.Roots = s.Roots[:0]
			for _, r := range l.Roots {
				if !filepath.IsAbs(r) {
					r = filepath.Join(l.BaseDir, r)
				}
				if abs, err := filepath.Abs(r); err == nil {
					r = abs
				}
				s.Roots = append(s.Roots, filepath.Clean(r))
			}
		}
		if l.UnsafeFixes != nil {
			s.UnsafeFixes = *l.UnsafeFixes
		}
		if l.BotocoreData != "" {
			s.BotocoreData = l.BotocoreDataDir()
			if abs, err := filepath.Abs(s.BotocoreData); err == nil {
				s.BotocoreData = abs
			}
		}
		if l.DebounceMS != nil {
			s.DebounceMS = *l.DebounceMS
		}
		if l.Exclude != nil {
			s.exclude = s.exclude[:0]
			for _, e := range l.Exclude {
				g, err := CompileGlob(e)
				if err != nil {
					return nil, fmt.Errorf("exclude: %v", err)
				}
				s.exclude = append(s.exclude, anchoredGlob{g, l.BaseDir})
			}
		}
		for _, name := range sortedKeys(l.Severity) {
			r := analysis.FindRule(rules, name)
			if r == nil {
				return nil, fmt.Errorf("severity: %q is not a rule code or name", name)
			}
			sev, err := analysis.ParseSeverity(l.Severity[name])
			if err != nil {
				return nil, fmt.Errorf("severity %q: %v", name, err)
			}
			s.Severity[r.Code] = sev
		}
		for _, p := range l.PerFileIgnores {
			pat, negated := strings.CutPrefix(p.Pattern, "!")
			g, err := CompileGlob(pat)
			if err != nil {
				return nil, fmt.Errorf("per-file-ignores: %v", err)
			}
			off, err := analysis.Selection{Select: p.Selectors}.Apply(rules)
			if err != nil {
				return nil, fmt.Errorf("per-file-ignores %q: %v", p.Pattern, err)
			}
			if len(p.Selectors) == 0 {
				off = nil // an empty list ignores nothing (Apply would select all)
			}
			set := make(map[*analysis.Rule]bool, len(off))
			for _, r := range off {
				set[r] = true
			}
			s.perFile = append(s.perFile, perFileIgnore{anchoredGlob{g, l.BaseDir}, negated, set})
		}
	}
	s.key = s.computeKey()
	return s, nil
}

// selectors flattens the layers' select, extend-select and ignore lists
// into one ordered list for analysis.Selection: the last layer that sets
// select is the base (all rules when none does), then each layer from it
// on adds its extend-select entries and removes its ignore entries.
func selectors(layers []*Options) []string {
	base := -1
	for i, l := range layers {
		if l.Select != nil {
			base = i
		}
	}
	var out []string
	if base < 0 {
		out = []string{"ALL"}
		base = 0
	} else {
		// "-ALL" first: an empty select selects nothing (Selection treats
		// an empty Select as everything).
		out = append([]string{"-ALL"}, layers[base].Select...)
	}
	for _, l := range layers[base:] {
		out = append(out, l.ExtendSelect...)
		for _, ig := range l.Ignore {
			out = append(out, negate(ig))
		}
	}
	return out
}

func negate(sel string) string {
	s := strings.TrimSpace(sel)
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		return rest
	}
	if rest, ok := strings.CutPrefix(s, "!"); ok {
		return rest
	}
	return "-" + s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (s *Settings) computeKey() string {
	var b strings.Builder
	for _, r := range s.Enabled {
		b.WriteString(r.Code)
		b.WriteByte(',')
	}
	b.WriteByte('|')
	for _, code := range sortedKeys(s.Severity) {
		fmt.Fprintf(&b, "%s=%d,", code, s.Severity[code])
	}
	fmt.Fprintf(&b, "|%s|%q|%q|%q", s.Options.Scope, s.Options.MainFunctions, s.Options.LambdaHandlers, s.Options.WrapperKeywords)
	return b.String()
}

// rel returns path relative to base, slash-separated.
func rel(base, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	r, err := filepath.Rel(base, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(r)
}

func (g anchoredGlob) match(path string) bool { return g.glob.Match(rel(g.base, path)) }

// Excluded reports whether directory walking skips path (a file or a
// directory) because of the exclude globs.
func (s *Settings) Excluded(path string) bool {
	for _, g := range s.exclude {
		if g.match(path) {
			return true
		}
	}
	return false
}

// EnabledFor returns the rules that run on the file at path: the enabled
// rules minus those per-file-ignores switch off for it. The result is never
// nil.
func (s *Settings) EnabledFor(path string) []*analysis.Rule {
	var off map[*analysis.Rule]bool
	for _, p := range s.perFile {
		if p.match(path) == p.negated {
			continue
		}
		if off == nil {
			off = map[*analysis.Rule]bool{}
		}
		for r := range p.rules {
			off[r] = true
		}
	}
	if off == nil {
		return s.Enabled
	}
	out := make([]*analysis.Rule, 0, len(s.Enabled))
	for _, r := range s.Enabled {
		if !off[r] {
			out = append(out, r)
		}
	}
	return out
}

// Catalog returns the service catalog for the file at path: the one of
// botocore-data, else the one of the botocore installed in the file's
// environment, else the embedded one. An unusable botocore-data folder is
// an error; a discovered folder that fails to load falls back to the
// embedded catalog with a warning.
func (s *Settings) Catalog(path string) (analysis.Catalog, error) {
	return s.CatalogForDir(filepath.Dir(path))
}

// CatalogForDir is Catalog for files in dir.
func (s *Settings) CatalogForDir(dir string) (analysis.Catalog, error) {
	if s.BotocoreData != "" {
		cat, err := s.cache.catalog(s.BotocoreData)
		if err != nil {
			origin := "botocore-data"
			if s.File != nil {
				origin = s.File.Path + ": botocore-data"
			}
			return nil, fmt.Errorf("%s: %v", origin, err)
		}
		return cat, nil
	}
	return s.cache.discoveredCatalog(dir), nil
}

// AnalysisConfig returns the runner configuration for the file at path.
func (s *Settings) AnalysisConfig(path string) (analysis.Config, error) {
	cat, err := s.Catalog(path)
	if err != nil {
		return analysis.Config{}, err
	}
	return analysis.Config{
		Known:    s.Rules,
		Enabled:  s.EnabledFor(path),
		Options:  s.Options,
		Catalog:  cat,
		Severity: s.Severity,
	}, nil
}

// Runner returns a runner for the file at path. Runners are shared between
// files with the same enabled rules, options and catalog, so asking for one
// per file is cheap.
func (s *Settings) Runner(path string) (*analysis.Runner, error) {
	cfg, err := s.AnalysisConfig(path)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(s.key)
	fmt.Fprintf(&b, "|%p|", cfg.Catalog)
	for _, r := range cfg.Enabled {
		b.WriteString(r.Code)
		b.WriteByte(',')
	}
	return s.cache.runner(b.String(), cfg), nil
}
