package config

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/suggest"
)

// The configuration file names, in order of precedence within a directory.
const (
	BotolintFile  = "botolint.toml"
	PyprojectFile = "pyproject.toml"
)

// File is a loaded configuration file.
type File struct {
	Path    string  // as given or found (absolute when discovered)
	Options Options // BaseDir is the file's directory, Origin its path
}

// LoadFile reads a configuration file named explicitly: a file named
// pyproject.toml is read for its [tool.botolint] table (a file without one
// gives empty options); any other file has the keys at its top level.
func LoadFile(path string, rules []*analysis.Rule) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Msg: fmt.Sprintf("cannot read configuration: %v", err)}
	}
	f, _, err := Parse(path, data, filepath.Base(path) == PyprojectFile, rules)
	return f, err
}

// Parse reads configuration text. For a pyproject.toml (pyproject true) the
// settings are in [tool.botolint] and found reports whether that table
// exists; otherwise they are at the top level and found is true. The
// options' BaseDir is path's directory. Errors name path and a line.
func Parse(path string, data []byte, pyproject bool, rules []*analysis.Rule) (f *File, found bool, err error) {
	defer func() {
		// Nothing in a configuration file may crash botolint.
		if p := recover(); p != nil {
			f, found, err = nil, false, &Error{Path: path, Msg: fmt.Sprintf("cannot read configuration: internal error: %v", p)}
		}
	}()
	base := filepath.Dir(path)
	if abs, err := filepath.Abs(base); err == nil {
		base = abs
	}
	f = &File{Path: path, Options: Options{BaseDir: base, Origin: path}}
	text := string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	var raw map[string]any
	if _, err := toml.Decode(text, &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line := pe.Position.Line
			if strings.Contains(pe.Message, `'\n'`) && line > 1 {
				// "expected ..., but got '\n'": the problem is at the end
				// of the line before the one the parser reached.
				line--
			}
			return nil, false, &Error{Path: path, Line: line, Msg: "invalid TOML: " + pe.Message}
		}
		return nil, false, &Error{Path: path, Msg: "invalid TOML: " + err.Error()}
	}
	d := &decoder{path: path, lines: locateKeys(text), table: "the top level"}
	table := raw
	if pyproject {
		d.prefix = []string{"tool", "botolint"}
		d.table = "[tool.botolint]"
		tool, ok := raw["tool"].(map[string]any)
		if !ok {
			return f, false, nil
		}
		v, ok := tool["botolint"]
		if !ok {
			return f, false, nil
		}
		if table, ok = v.(map[string]any); !ok {
			return nil, false, &Error{Path: path, Line: d.lines.line("tool", "botolint"), Msg: fmt.Sprintf("tool.botolint must be a table, not %s", describe(v))}
		}
	}
	d.decode(table, &f.Options)
	if err := f.Options.Validate(rules, func(key ...string) int { return d.line(key...) }); err != nil {
		d.errs = append(d.errs, Errors(err)...)
	}
	if len(d.errs) > 0 {
		sort.SliceStable(d.errs, func(i, j int) bool { return errLine(d.errs[i]) < errLine(d.errs[j]) })
		return nil, true, errors.Join(d.errs...)
	}
	return f, true, nil
}

// FromMap reads settings given as a decoded JSON object (an editor's
// settings for the language server) with the schema and checks of the
// configuration file: the same keys, types and messages, without line
// numbers. origin names the source in messages; baseDir anchors relative
// paths and globs (the workspace root).
func FromMap(m map[string]any, origin, baseDir string, rules []*analysis.Rule) (*Options, error) {
	d := &decoder{json: true, path: origin, lines: keyLines{}, table: "the settings"}
	o := &Options{BaseDir: baseDir, Origin: origin}
	d.decode(m, o)
	if err := o.Validate(rules, nil); err != nil {
		d.errs = append(d.errs, Errors(err)...)
	}
	if len(d.errs) > 0 {
		return nil, errors.Join(d.errs...)
	}
	return o, nil
}

func errLine(err error) int {
	var e *Error
	if errors.As(err, &e) {
		return e.Line
	}
	return 0
}

type decoder struct {
	json   bool // decoding editor settings (JSON) rather than TOML
	path   string
	prefix []string // key path of the settings table
	table  string   // its name in messages
	lines  keyLines
	errs   []error
}

func (d *decoder) line(key ...string) int {
	return d.lines.line(append(append([]string(nil), d.prefix...), key...)...)
}

func (d *decoder) errorf(key []string, format string, args ...any) {
	d.errs = append(d.errs, &Error{Path: d.path, Line: d.line(key...), Msg: fmt.Sprintf(format, args...)})
}

// knownKeys lists the schema's keys.
var knownKeys = []string{
	"select", "ignore", "extend-select", "per-file-ignores", "severity",
	"unsafe-fixes", "botocore-data", "scope", "main-functions",
	"lambda-handlers", "wrapper-keywords", "roots", "exclude", "debounce-ms",
}

func (d *decoder) decode(table map[string]any, o *Options) {
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		li, lj := d.line(keys[i]), d.line(keys[j])
		if li != lj {
			return li < lj
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		v := table[k]
		switch k {
		case "select":
			o.Select = d.strings(k, v)
		case "ignore":
			o.Ignore = d.strings(k, v)
		case "extend-select":
			o.ExtendSelect = d.strings(k, v)
		case "main-functions":
			o.MainFunctions = d.strings(k, v)
		case "lambda-handlers":
			o.LambdaHandlers = d.strings(k, v)
		case "wrapper-keywords":
			o.WrapperKeywords = d.strings(k, v)
		case "roots":
			o.Roots = d.strings(k, v)
		case "exclude":
			o.Exclude = d.strings(k, v)
		case "per-file-ignores":
			o.PerFileIgnores = d.perFileIgnores(v)
		case "severity":
			o.Severity = d.severity(v)
		case "unsafe-fixes":
			if b, ok := v.(bool); ok {
				o.UnsafeFixes = &b
			} else {
				d.errorf([]string{k}, "%s must be a boolean (true or false), not %s", k, describe(v))
			}
		case "botocore-data":
			if s, ok := v.(string); ok && strings.TrimSpace(s) != "" {
				o.BotocoreData = s
			} else if ok {
				d.errorf([]string{k}, "%s must not be empty", k)
			} else {
				d.errorf([]string{k}, "%s must be a string (a directory path), not %s", k, describe(v))
			}
		case "scope":
			if s, ok := v.(string); ok {
				if s == "" {
					d.errorf([]string{k}, `scope must be "boto3" or "all", not an empty string`)
				}
				o.Scope = s
			} else {
				d.errorf([]string{k}, `%s must be a string ("boto3" or "all"), not %s`, k, describe(v))
			}
		case "debounce-ms":
			if f, ok := v.(float64); ok && f == math.Trunc(f) && d.json {
				v = int64(f) // JSON numbers decode as float64
			}
			if n, ok := v.(int64); ok {
				if n < math.MinInt32 || n > math.MaxInt32 {
					n = -1
				}
				i := int(n)
				o.DebounceMS = &i
			} else {
				d.errorf([]string{k}, "%s must be an integer (milliseconds), not %s", k, describe(v))
			}
		default:
			d.unknown(k)
		}
	}
}

func (d *decoder) unknown(k string) {
	msg := fmt.Sprintf("unknown key %q in %s", k, d.table)
	switch {
	case k == "tool" && d.prefix == nil:
		msg += fmt.Sprintf("; %s takes its keys at the top level, without [tool.botolint]", BotolintFile)
	case closestKey(k) != "":
		msg += fmt.Sprintf("; did you mean %q?", closestKey(k))
	default:
		msg += " (known keys: " + strings.Join(knownKeys, ", ") + ")"
	}
	d.errorf([]string{k}, "%s", msg)
}

// closestKey returns the known key closest to k, "" when none is close.
func closestKey(k string) string {
	norm := strings.ToLower(strings.ReplaceAll(k, "_", "-"))
	best, bestDist := "", 3
	for _, known := range knownKeys {
		if norm == known {
			return known
		}
		if dist := suggest.Distance(norm, known, bestDist); dist < bestDist {
			best, bestDist = known, dist
		}
	}
	return best
}

// strings reads a list of strings; the result is never nil.
func (d *decoder) strings(key string, v any, sub ...string) []string {
	path := append([]string{key}, sub...)
	name := strings.Join(path, ".")
	if len(sub) > 0 {
		name = fmt.Sprintf("%s %q", key, sub[0])
	}
	items, ok := v.([]any)
	if !ok {
		if _, isTables := v.([]map[string]any); isTables {
			d.errorf(path, "%s must be a list of strings, not a list of tables", name)
			return []string{}
		}
		hint := ""
		if s, isString := v.(string); isString {
			hint = fmt.Sprintf(" (write [%q])", s)
		}
		d.errorf(path, "%s must be a list of strings, not %s%s", name, describe(v), hint)
		return []string{}
	}
	out := make([]string, 0, len(items))
	for i, it := range items {
		s, ok := it.(string)
		if !ok {
			d.errorf(path, "%s: item %d must be a string, not %s", name, i+1, describe(it))
			continue
		}
		out = append(out, s)
	}
	return out
}

func (d *decoder) perFileIgnores(v any) []PerFileIgnore {
	t, ok := v.(map[string]any)
	if !ok {
		d.errorf([]string{"per-file-ignores"}, "per-file-ignores must be a table of glob = [selectors], not %s", describe(v))
		return nil
	}
	globs := make([]string, 0, len(t))
	for g := range t {
		globs = append(globs, g)
	}
	sort.Slice(globs, func(i, j int) bool {
		li, lj := d.line("per-file-ignores", globs[i]), d.line("per-file-ignores", globs[j])
		if li != lj {
			return li < lj
		}
		return globs[i] < globs[j]
	})
	out := make([]PerFileIgnore, 0, len(globs))
	for _, g := range globs {
		out = append(out, PerFileIgnore{Pattern: g, Selectors: d.strings("per-file-ignores", t[g], g)})
	}
	return out
}

func (d *decoder) severity(v any) map[string]string {
	t, ok := v.(map[string]any)
	if !ok {
		d.errorf([]string{"severity"}, `severity must be a table of rule = "error" | "warning" | "info" | "hint", not %s`, describe(v))
		return nil
	}
	out := make(map[string]string, len(t))
	for k, val := range t {
		s, ok := val.(string)
		if !ok {
			d.errorf([]string{"severity", k}, `severity %q must be a string ("error", "warning", "info" or "hint"), not %s`, k, describe(val))
			continue
		}
		out[k] = s
	}
	return out
}

// describe names a decoded TOML value's type for messages.
func describe(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case []any:
		return "a list"
	case []map[string]any:
		return "a list of tables"
	case map[string]any:
		return "a table"
	case time.Time:
		return "a date-time"
	}
	return fmt.Sprintf("a %T", v)
}
