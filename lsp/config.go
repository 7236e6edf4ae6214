package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/protocol"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/config"
)

// Editor settings come in initializationOptions and
// workspace/didChangeConfiguration, at the top level or under a "botolint"
// key, with the keys of [tool.botolint] in kebab-case (unsafe-fixes) or
// camelCase (unsafeFixes) or snake_case. They are the last configuration
// layer, over the nearest pyproject.toml or botolint.toml of each file (see
// package config): select replaces, extend-select and ignore add, severity
// merges per rule; relative paths are taken from the workspace root.
type editorSettings struct {
	raw  map[string]any // normalised keys
	opts *config.Options
}

// DefaultDebounce is the delay between an edit and its analysis when no
// layer sets debounce-ms: short, so diagnostics follow typing, but long
// enough for a burst of keystrokes to coalesce.
const DefaultDebounce = 50 * time.Millisecond

// parseEditorSettings reads editor settings from raw JSON, over base
// (the initializationOptions, when reading didChangeConfiguration): a key
// set in raw replaces the same key of base.
func parseEditorSettings(raw []byte, base map[string]any, root string, rules []*analysis.Rule) (editorSettings, error) {
	var top map[string]any
	if string(raw) != "null" {
		if err := json.Unmarshal(raw, &top); err != nil {
			return editorSettings{}, fmt.Errorf("settings must be a JSON object: %v", err)
		}
	}
	if inner, ok := top["botolint"]; ok {
		m, ok := inner.(map[string]any)
		if !ok {
			return editorSettings{}, fmt.Errorf("settings: botolint must be an object")
		}
		top = m
	}
	norm := make(map[string]any, len(top)+len(base))
	for k, v := range base {
		norm[k] = v
	}
	for k, v := range top {
		norm[kebab(k)] = v
	}
	opts, err := config.FromMap(norm, "editor settings", root, rules)
	if err != nil {
		return editorSettings{}, err
	}
	return editorSettings{raw: norm, opts: opts}, nil
}

// kebab turns unsafeFixes and unsafe_fixes into unsafe-fixes.
func kebab(k string) string {
	var b strings.Builder
	for i, r := range k {
		switch {
		case r == '_':
			b.WriteByte('-')
		case r >= 'A' && r <= 'Z':
			if i > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r + 'a' - 'A')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// DidChangeConfiguration replaces the editor settings and analyses every
// open document again.
func (s *server) DidChangeConfiguration(ctx context.Context, params *protocol.DidChangeConfigurationParams) error {
	s.mu.Lock()
	base := s.initSettings
	s.mu.Unlock()
	set, err := parseEditorSettings(params.Settings, base, s.root, s.opts.Rules)
	if err != nil {
		s.showError(fmt.Sprintf("botolint: %v", err))
		return nil
	}
	s.mu.Lock()
	s.settings = set
	s.mu.Unlock()
	s.configChanged()
	return nil
}

// DidChangeWatchedFiles re-reads configuration when a configuration file
// changes on disk, and applies the changes of Python files to the
// workspace index.
func (s *server) DidChangeWatchedFiles(ctx context.Context, params *protocol.DidChangeWatchedFilesParams) error {
	for _, c := range params.Changes {
		if isConfigFile(uriPath(c.URI)) {
			s.configChanged()
			return nil
		}
	}
	s.watchedPython(params.Changes)
	return nil
}

// configChanged drops resolved settings, analyses every open document
// again and builds the workspace index again (its roots, exclusions and
// catalog come from the configuration).
func (s *server) configChanged() {
	s.config.reset()
	// Without workspace folders the index is made at once, and the
	// documents are checked in it below; with folders, they are checked
	// again when it is built.
	s.startIndex()
	for _, d := range s.openDocuments() {
		d.mu.Lock()
		s.schedule(d, 0)
		d.mu.Unlock()
	}
	s.refreshPulled()
}

func isConfigFile(path string) bool {
	base := filepath.Base(path)
	return base == "pyproject.toml" || base == "botolint.toml"
}

// showError tells the user about a problem once per distinct message.
func (s *server) showError(msg string) {
	s.log.Warn(msg)
	s.mu.Lock()
	if s.shown == nil {
		s.shown = map[string]bool{}
	}
	seen := s.shown[msg]
	s.shown[msg] = true
	s.mu.Unlock()
	if seen || s.client == nil {
		return
	}
	go func() {
		_ = s.client.ShowMessage(s.ctx, &protocol.ShowMessageParams{Type: protocol.MessageTypeWarning, Message: msg})
	}()
}

// fileSettings are the resolved settings of one file.
type fileSettings struct {
	runner   *analysis.Runner
	unsafe   bool
	debounce time.Duration
}

// configCache resolves the settings of each file through a config
// Workspace (configuration discovery, catalogs, shared runners) and caches
// them per path until the configuration changes.
type configCache struct {
	s     *server
	mu    sync.Mutex
	ws    *config.Workspace
	files map[string]*fileSettings
}

func newConfigCache(s *server) *configCache {
	return &configCache{s: s, files: map[string]*fileSettings{}}
}

// reset forgets every resolved setting and configuration file read.
func (c *configCache) reset() {
	c.mu.Lock()
	c.ws = nil
	c.files = map[string]*fileSettings{}
	c.mu.Unlock()
}

func (c *configCache) workspace() *config.Workspace {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ws != nil {
		return c.ws
	}
	s := c.s
	s.mu.Lock()
	overrides := s.settings.opts
	s.mu.Unlock()
	ws, err := config.NewWorkspace(config.WorkspaceOptions{
		Rules:     s.opts.Rules,
		Overrides: overrides,
		Getenv:    s.opts.Getenv,
		Warn:      s.showError,
	})
	if err != nil {
		s.showError("botolint: editor settings: " + err.Error())
		ws, _ = config.NewWorkspace(config.WorkspaceOptions{Rules: s.opts.Rules, Getenv: s.opts.Getenv, Warn: s.showError})
	}
	c.ws = ws
	return ws
}

// forFile returns the settings of the file at path.
func (c *configCache) forFile(path string) *fileSettings {
	c.mu.Lock()
	fs := c.files[path]
	c.mu.Unlock()
	if fs != nil {
		return fs
	}
	fs = c.resolve(path)
	c.mu.Lock()
	c.files[path] = fs
	c.mu.Unlock()
	return fs
}

// resolve merges the file's configuration and the editor settings. A
// broken configuration file is shown to the user and left out; nothing
// here is fatal.
func (c *configCache) resolve(path string) *fileSettings {
	s := c.s
	ws := c.workspace()
	set, err := ws.ForFile(path)
	var runner *analysis.Runner
	if err == nil {
		runner, err = set.Runner(path)
	}
	if err != nil {
		s.showError("botolint: " + err.Error())
		s.mu.Lock()
		overrides := s.settings.opts
		s.mu.Unlock()
		set, err = config.Resolve(s.opts.Rules, overrides)
		if err != nil {
			set, _ = config.Resolve(s.opts.Rules)
		}
		cfg := analysis.Config{Known: set.Rules, Enabled: set.Enabled, Options: set.Options, Severity: set.Severity}
		runner = analysis.NewRunner(cfg)
	}
	fs := &fileSettings{runner: runner, unsafe: set.UnsafeFixes, debounce: DefaultDebounce}
	// The configuration package's own default suits the CLI's idea of a
	// server; ours is shorter unless a layer sets it.
	s.mu.Lock()
	editor := s.settings.opts
	s.mu.Unlock()
	if editor != nil && editor.DebounceMS != nil || set.File != nil && set.File.Options.DebounceMS != nil {
		fs.debounce = time.Duration(max(0, set.DebounceMS)) * time.Millisecond
	}
	return fs
}
