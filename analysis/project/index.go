// Package project is the workspace a file is checked in: every Python
// module under the project's roots, each known by its summary (what its
// module-level names, functions and classes hold, the calls it makes; see
// semantic.Summary), and the resolution of imports between them. It is
// the semantic.Program of the CLI and of the language server; the
// summaries are the only knowledge that crosses a module boundary.
//
// A module's key is its cleaned absolute path. Imports are resolved by
// path, the way Python's sys.path finds them without running anything: an
// absolute import a.b.c names a module whose path ends in a/b/c.py or
// a/b/c/__init__.py under a directory that can be on sys.path (a
// configured root, the workspace root or one of its ancestors, its src/
// folder, the importing script's own folder, or any folder that is not
// itself a package); a relative import is resolved from the importer's
// package. An import that matches no module, or several equally, is left
// to the outside world (botolint knows nothing of it).
package project

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// Index holds the summaries of a workspace's modules. It is safe for
// concurrent use; Update and Remove may run while files are checked.
type Index struct {
	svc   semantic.Services
	roots []string // absolute, cleaned

	mu      sync.RWMutex
	modules map[string]*module  // by key
	suffix  map[string][]string // dotted module path suffix -> keys
	names   map[string][]string // last name -> keys of modules mentioning it
	gen     uint64

	trees     map[string]*syntax.Tree // kept by AddAll for Tree
	shared    *semantic.Shared        // for generation sharedGen
	sharedGen uint64
}

type module struct {
	key     string
	hash    [32]byte
	sum     *semantic.Summary
	dotted  []string // the dotted suffixes registered in Index.suffix
	mention []string // the names registered in Index.names
}

// Options configure an Index.
type Options struct {
	// Services is the catalog summaries are computed with.
	Services semantic.Services
	// Roots are the directories that may be on sys.path: the workspace
	// root (whose ancestors may be too), configured source roots, src/
	// layouts. Relative paths are taken from the working directory.
	Roots []string
}

// New returns an empty index.
func New(opts Options) *Index {
	ix := &Index{svc: opts.Services, modules: map[string]*module{}, suffix: map[string][]string{}, names: map[string][]string{},
		trees: map[string]*syntax.Tree{}}
	for _, r := range opts.Roots {
		if abs, err := filepath.Abs(r); err == nil {
			ix.roots = append(ix.roots, filepath.Clean(abs))
		}
	}
	return ix
}

// KeyOf returns the key of the module at path.
func KeyOf(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	return filepath.Clean(abs)
}

// KeyOf returns the key of the module at path.
func (ix *Index) KeyOf(path string) string { return KeyOf(path) }

// Generation counts the changes to the index: it grows with every Update
// or Remove that changed a summary.
func (ix *Index) Generation() uint64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.gen
}

// Source is one file to summarize: its path and, when not nil, its text
// (an editor's buffer); otherwise the file is read.
type Source struct {
	Path string
	Text []byte
}

// AddAll summarizes files on all cores and adds them; files that cannot
// be read, are not UTF-8 text or are too large are left out. The parse
// trees of the files keep names (by key) are kept for Tree.
func (ix *Index) AddAll(files []Source, keep func(key string) bool) {
	jobs := make(chan Source)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), max(1, len(files))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				ix.update(f.Path, f.Text, keep)
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
}

// Tree returns, once, the parse tree of the module at path kept by AddAll
// when src is the text it was parsed from; nil otherwise. A check that
// follows the index this way parses each file once.
func (ix *Index) Tree(path string, src []byte) *syntax.Tree {
	key := KeyOf(path)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	t := ix.trees[key]
	if t == nil {
		return nil
	}
	delete(ix.trees, key)
	if m := ix.modules[key]; m == nil || m.hash != sha256.Sum256(src) {
		return nil
	}
	return t
}

// MaxSummaryBytes is the size above which a file is not summarized.
const MaxSummaryBytes = 4 << 20

// Update summarizes the module at path from text (read from the file when
// nil) and replaces its summary; it reports whether the summary changed.
func (ix *Index) Update(path string, text []byte) bool { return ix.update(path, text, nil) }

func (ix *Index) update(path string, text []byte, keep func(string) bool) bool {
	key := KeyOf(path)
	if text == nil {
		st, err := os.Stat(path)
		if err != nil || !st.Mode().IsRegular() || st.Size() > MaxSummaryBytes {
			return ix.Remove(path)
		}
		if text, err = os.ReadFile(path); err != nil {
			return ix.Remove(path)
		}
	}
	if len(text) > MaxSummaryBytes || !isText(text) {
		return ix.Remove(path)
	}
	hash := sha256.Sum256(text)
	ix.mu.RLock()
	old := ix.modules[key]
	ix.mu.RUnlock()
	if old != nil && old.hash == hash {
		return false
	}
	tree := syntax.Parse(text)
	sum := semantic.Summarize(semantic.BuildModule(tree, ix.svc, key, nil))
	m := &module{key: key, hash: hash, sum: sum}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if keep != nil && keep(key) {
		ix.trees[key] = tree
	}
	if cur := ix.modules[key]; cur != nil {
		if cur.hash == hash {
			return false
		}
		ix.unregister(cur)
	}
	ix.register(m)
	ix.gen++
	return true
}

// Remove drops the module at path; it reports whether there was one.
func (ix *Index) Remove(path string) bool {
	key := KeyOf(path)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	m := ix.modules[key]
	if m == nil {
		return false
	}
	ix.unregister(m)
	ix.gen++
	return true
}

func isText(b []byte) bool {
	for _, c := range b {
		if c == 0 {
			return false
		}
	}
	return true
}

func (ix *Index) register(m *module) {
	ix.modules[m.key] = m
	m.dotted = dottedSuffixes(m.key)
	for _, d := range m.dotted {
		ix.suffix[d] = append(ix.suffix[d], m.key)
	}
	m.mention = m.sum.Names()
	for _, n := range m.mention {
		ix.names[n] = append(ix.names[n], m.key)
	}
}

func (ix *Index) unregister(m *module) {
	delete(ix.modules, m.key)
	for _, d := range m.dotted {
		ix.suffix[d] = without(ix.suffix[d], m.key)
	}
	for _, n := range m.mention {
		ix.names[n] = without(ix.names[n], m.key)
	}
}

func without(list []string, s string) []string {
	out := list[:0:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// dottedSuffixes returns the dotted module paths a file may be imported
// as: for /w/app/aws/s3.py, "s3", "aws.s3", "app.aws.s3", "w.app.aws.s3";
// a package's __init__.py is its folder.
func dottedSuffixes(key string) []string {
	p := filepath.ToSlash(key)
	p = strings.TrimSuffix(p, ".py")
	p = strings.TrimSuffix(p, "/__init__")
	parts := strings.Split(strings.Trim(p, "/"), "/")
	var out []string
	for i := len(parts) - 1; i >= 0; i-- {
		if !isIdentifier(parts[i]) {
			break
		}
		out = append(out, strings.Join(parts[i:], "."))
	}
	return out
}

func isIdentifier(s string) bool { return syntax.IsName(s) }

// Shared implements semantic.SharedProgram: one shared evaluator per
// generation of the index (a change starts a new one; checks under way keep
// theirs).
func (ix *Index) Shared() *semantic.Shared {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.shared == nil || ix.sharedGen != ix.gen {
		ix.shared, ix.sharedGen = semantic.NewShared(ix, ix.svc), ix.gen
	}
	return ix.shared
}

// Current implements semantic.SharedProgram.
func (ix *Index) Current(key string, src []byte) bool {
	ix.mu.RLock()
	m := ix.modules[key]
	ix.mu.RUnlock()
	return m != nil && m.hash == sha256.Sum256(src)
}

// Summary implements semantic.Program.
func (ix *Index) Summary(key string) *semantic.Summary {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if m := ix.modules[key]; m != nil {
		return m.sum
	}
	return nil
}

// Mentioning implements semantic.Program.
func (ix *Index) Mentioning(name string) []string {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.names[name]
}

// Modules returns the keys of the indexed modules, sorted.
func (ix *Index) Modules() []string {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make([]string, 0, len(ix.modules))
	for k := range ix.modules {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Submodule implements semantic.Program.
func (ix *Index) Submodule(key, name string) (string, bool) {
	if filepath.Base(key) != "__init__.py" {
		return "", false
	}
	dir := filepath.Dir(key)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, cand := range []string{filepath.Join(dir, name+".py"), filepath.Join(dir, name, "__init__.py")} {
		if ix.modules[cand] != nil {
			return cand, true
		}
	}
	return "", false
}

// Import implements semantic.Program.
func (ix *Index) Import(from, spec string) (string, []string, bool) {
	if strings.HasPrefix(spec, ".") {
		return ix.relative(from, spec)
	}
	parts := strings.Split(spec, ".")
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for n := len(parts); n > 0; n-- {
		dotted := strings.Join(parts[:n], ".")
		cands := ix.suffix[dotted]
		if len(cands) == 0 {
			continue
		}
		if key, ok := ix.pick(from, parts[:n], cands); ok {
			return key, parts[n:], true
		}
		// Several modules could be meant, or none from a place on
		// sys.path: the import stays outside.
		return "", nil, false
	}
	return "", nil, false
}

// pick chooses among the modules whose path ends in the dotted name the
// one an import from module from reaches: under a configured or
// workspace root (or an ancestor of one, or its src/), or beside the
// importer; failing those, one under a folder that is not a package.
func (ix *Index) pick(from string, parts []string, cands []string) (string, bool) {
	var strong, weak []string
	fromDir := filepath.Dir(from)
	for _, c := range cands {
		anchor := anchorOf(c, len(parts))
		switch {
		case anchor == fromDir || ix.isRootish(anchor):
			strong = append(strong, c)
		case !ix.isPackageDir(anchor):
			weak = append(weak, c)
		}
	}
	switch {
	case len(strong) == 1:
		return strong[0], true
	case len(strong) == 0 && len(weak) == 1:
		return weak[0], true
	}
	return "", false
}

// anchorOf returns the folder a module's dotted path of n parts starts in.
func anchorOf(key string, n int) string {
	d := filepath.Dir(key)
	if filepath.Base(key) == "__init__.py" {
		d = filepath.Dir(d)
	}
	for i := 1; i < n; i++ {
		d = filepath.Dir(d)
	}
	return d
}

func (ix *Index) isRootish(dir string) bool {
	for _, r := range ix.roots {
		if dir == r || dir == filepath.Join(r, "src") || within(r, dir) {
			return true
		}
	}
	return false
}

// within reports whether dir is an ancestor of path.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && !strings.HasPrefix(rel, "..")
}

// isPackageDir reports whether dir holds an __init__.py the index knows.
// ix.mu must be held.
func (ix *Index) isPackageDir(dir string) bool {
	return ix.modules[filepath.Join(dir, "__init__.py")] != nil
}

// relative resolves from .x import y and friends: one dot is the
// importer's package, each further dot its parent.
func (ix *Index) relative(from, spec string) (string, []string, bool) {
	level := len(spec) - len(strings.TrimLeft(spec, "."))
	dir := filepath.Dir(from)
	for i := 1; i < level; i++ {
		dir = filepath.Dir(dir)
	}
	rest := strings.TrimLeft(spec, ".")
	var parts []string
	if rest != "" {
		parts = strings.Split(rest, ".")
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for n := len(parts); n >= 0; n-- {
		p := filepath.Join(append([]string{dir}, parts[:n]...)...)
		for _, cand := range []string{p + ".py", filepath.Join(p, "__init__.py")} {
			if n == 0 && cand == p+".py" {
				continue
			}
			if ix.modules[cand] != nil {
				return cand, parts[n:], true
			}
		}
	}
	return "", nil, false
}
