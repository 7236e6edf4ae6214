package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/rules"
)

// WorkspaceOptions configures a Workspace.
type WorkspaceOptions struct {
	// Rules are the known rules; nil means rules.All().
	Rules []*analysis.Rule
	// Overrides is the last settings layer: command-line flags or editor
	// settings. Its BaseDir defaults to the working directory.
	Overrides *Options
	// ConfigFile, when set, is used for every file instead of discovery.
	ConfigFile string
	// Getenv reads the environment for model discovery; nil means
	// os.Getenv.
	Getenv func(string) string
	// Warn receives non-fatal problems (a discovered botocore folder that
	// cannot be loaded), each once; nil discards them.
	Warn func(msg string)
}

// Workspace finds and caches the settings of files: configuration files
// per directory, catalogs per folder, runners per resolved settings. It is
// safe for concurrent use. The language server makes a new one (or calls
// Invalidate) when configuration files or settings change.
type Workspace struct {
	rules     []*analysis.Rule
	overrides *Options
	explicit  *File
	cache     *cache

	mu       sync.Mutex
	dirs     map[string]*dirResult      // directory -> nearest configuration
	settings map[string]*settingsResult // configuration path ("" none) -> settings
}

type dirResult struct {
	file *File
	err  error
}

type settingsResult struct {
	s   *Settings
	err error
}

// NewWorkspace checks the overrides, loads the explicit configuration file
// if any, and returns a workspace. Errors name the bad setting.
func NewWorkspace(opts WorkspaceOptions) (*Workspace, error) {
	w := &Workspace{
		rules:    opts.Rules,
		cache:    newCache(opts.Getenv, opts.Warn),
		dirs:     map[string]*dirResult{},
		settings: map[string]*settingsResult{},
	}
	if w.rules == nil {
		w.rules = rules.All()
	}
	if opts.Overrides != nil {
		o := *opts.Overrides
		if o.BaseDir == "" {
			wd, err := os.Getwd()
			if err != nil {
				return nil, err
			}
			o.BaseDir = wd
		}
		if err := o.Validate(w.rules, nil); err != nil {
			return nil, err
		}
		w.overrides = &o
	}
	if opts.ConfigFile != "" {
		f, err := LoadFile(opts.ConfigFile, w.rules)
		if err != nil {
			return nil, err
		}
		w.explicit = f
	}
	return w, nil
}

// Rules returns the known rules.
func (w *Workspace) Rules() []*analysis.Rule { return w.rules }

// Invalidate forgets the configuration files read so far (catalogs and
// runners stay cached: they depend only on what they were built from).
func (w *Workspace) Invalidate() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.dirs = map[string]*dirResult{}
	w.settings = map[string]*settingsResult{}
}

// ForFile returns the settings of the file at path (which need not exist:
// an unsaved editor buffer, stdin with a file name).
func (w *Workspace) ForFile(path string) (*Settings, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	return w.ForDir(filepath.Dir(abs))
}

// ForDir returns the settings that govern files in dir.
func (w *Workspace) ForDir(dir string) (*Settings, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	var file *File
	if w.explicit != nil {
		file = w.explicit
	} else {
		res := w.find(abs)
		if res.err != nil {
			return nil, res.err
		}
		file = res.file
	}
	return w.settingsFor(file)
}

// ConfigFor returns the configuration file that governs dir, nil when none.
func (w *Workspace) ConfigFor(dir string) (*File, error) {
	if w.explicit != nil {
		return w.explicit, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	res := w.find(abs)
	return res.file, res.err
}

func (w *Workspace) settingsFor(file *File) (*Settings, error) {
	key := ""
	if file != nil {
		key = file.Path
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if r, ok := w.settings[key]; ok {
		return r.s, r.err
	}
	var layers []*Options
	if file != nil {
		layers = append(layers, &file.Options)
	}
	layers = append(layers, w.overrides)
	s, err := resolve(w.rules, w.cache, file, layers)
	if err != nil && file != nil {
		err = &Error{Path: file.Path, Msg: err.Error()}
	}
	w.settings[key] = &settingsResult{s, err}
	return s, err
}

// find returns the nearest configuration file of dir (absolute), caching
// the answer for dir and every directory passed on the way up.
func (w *Workspace) find(dir string) *dirResult {
	var visited []string
	var res *dirResult
	for d := dir; ; {
		w.mu.Lock()
		cached, ok := w.dirs[d]
		w.mu.Unlock()
		if ok {
			res = cached
			break
		}
		visited = append(visited, d)
		if f, err := w.loadDir(d); f != nil || err != nil {
			res = &dirResult{f, err}
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			res = &dirResult{}
			break
		}
		d = parent
	}
	w.mu.Lock()
	for _, d := range visited {
		w.dirs[d] = res
	}
	w.mu.Unlock()
	return res
}

// loadDir reads the configuration file of one directory: botolint.toml,
// else a pyproject.toml with a [tool.botolint] table.
func (w *Workspace) loadDir(dir string) (*File, error) {
	for _, name := range []string{BotolintFile, PyprojectFile} {
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) || isDirErr(path) {
				continue
			}
			return nil, &Error{Path: path, Msg: fmt.Sprintf("cannot read configuration: %v", err)}
		}
		f, found, err := Parse(path, data, name == PyprojectFile, w.rules)
		if err != nil {
			return nil, err
		}
		if found {
			return f, nil
		}
	}
	return nil, nil
}

func isDirErr(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// cache holds what is shared between settings: catalogs by folder, model
// discovery by directory, runners by resolved settings.
type cache struct {
	getenv func(string) string
	warn   func(string)

	mu         sync.Mutex
	catalogs   map[string]*catalogResult
	discovered map[string]string // directory -> botocore data folder ("" none)
	runners    map[string]*analysis.Runner
	warned     map[string]bool
}

type catalogResult struct {
	once sync.Once
	cat  analysis.Catalog
	err  error
}

func newCache(getenv func(string) string, warn func(string)) *cache {
	if getenv == nil {
		getenv = os.Getenv
	}
	return &cache{
		getenv:     getenv,
		warn:       warn,
		catalogs:   map[string]*catalogResult{},
		discovered: map[string]string{},
		runners:    map[string]*analysis.Runner{},
		warned:     map[string]bool{},
	}
}

// catalog loads the botocore data folder dir once.
func (c *cache) catalog(dir string) (analysis.Catalog, error) {
	c.mu.Lock()
	r := c.catalogs[dir]
	if r == nil {
		r = &catalogResult{}
		c.catalogs[dir] = r
	}
	c.mu.Unlock()
	r.once.Do(func() {
		defer func() {
			if p := recover(); p != nil {
				r.cat, r.err = nil, fmt.Errorf("cannot load models from %s: %v", dir, p)
			}
		}()
		r.cat, r.err = awsmodel.LoadDir(dir)
	})
	return r.cat, r.err
}

// discoveredCatalog returns the catalog of the botocore found from dir, or
// the embedded one.
func (c *cache) discoveredCatalog(dir string) analysis.Catalog {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	c.mu.Lock()
	found, ok := c.discovered[abs]
	c.mu.Unlock()
	if !ok {
		found, _ = awsmodel.FindBotocoreData(abs, c.getenv)
		c.mu.Lock()
		c.discovered[abs] = found
		c.mu.Unlock()
	}
	if found == "" {
		return awsmodel.Embedded()
	}
	cat, err := c.catalog(found)
	if err != nil {
		c.mu.Lock()
		first := !c.warned[found]
		c.warned[found] = true
		c.mu.Unlock()
		if first && c.warn != nil {
			c.warn(fmt.Sprintf("using the embedded models: cannot load the botocore models found at %s: %v", found, err))
		}
		return awsmodel.Embedded()
	}
	return cat
}

func (c *cache) runner(key string, cfg analysis.Config) *analysis.Runner {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r := c.runners[key]; r != nil {
		return r
	}
	r := analysis.NewRunner(cfg)
	c.runners[key] = r
	return r
}
