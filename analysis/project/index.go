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
	"container/list"
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

// Index holds the summaries of a workspace's modules. It is safe for
// concurrent use; Update and Remove may run while files are checked.
type Index struct {
	svc      semantic.Services
	roots    []string // absolute, cleaned
	workers  int
	progress func(done, total int)
	budget   int

	mu      sync.RWMutex
	modules map[string]*module  // by key
	suffix  map[string][]string // dotted module path suffix -> keys
	names   map[string][]string // last name -> keys of modules mentioning it
	pruned  map[string][]string // last name -> keys of modules whose summaries left it out
	defs    map[string]int      // last names of the functions and classes defined -> modules defining them
	extra   map[string]bool     // names the files being added by AddAll define
	gen     uint64

	// The modules holding their summaries, most recently read first, and
	// the bytes they hold (see Options.SummaryBudget).
	lru  *list.List
	held int

	internMu sync.Mutex
	intern   map[string]string // see interned

	trees     map[string]*syntax.Tree // kept by AddAll for Tree
	shared    *semantic.Shared        // for generation sharedGen
	sharedGen uint64
}

type module struct {
	key     string
	hash    [32]byte
	sum     *semantic.Summary
	overlay []byte   // the editor's text, when the summary is of that and not of the file
	defs    []string // the function and class names it defines (definedNames)
	born    []string // those no other module defined when it was registered
	dotted  []string // the dotted suffixes registered in Index.suffix
	mention []string // the names registered in Index.names
	pruned  []string // the names registered in Index.pruned
	// elem is the module's place in Index.lru while it holds sum; sum is
	// nil once dropped for the budget.
	elem *list.Element
	size int
}

// Options configure an Index.
type Options struct {
	// Services is the catalog summaries are computed with.
	Services semantic.Services
	// Roots are the directories that may be on sys.path: the workspace
	// root (whose ancestors may be too), configured source roots, src/
	// layouts. Relative paths are taken from the working directory.
	Roots []string
	// Workers is how many files AddAll summarizes at once; 0 means one per
	// core.
	Workers int
	// Progress, when set, is called by AddAll after each file with the
	// number of files done and the total (from several goroutines).
	Progress func(done, total int)
	// SummaryBudget bounds the bytes of summaries held (Summary.Size); the
	// least recently read beyond it are dropped and made again from the
	// module's text when read. What Mentioning and Import need stays. 0
	// holds every summary (the CLI, whose run ends).
	SummaryBudget int
}

// New returns an empty index.
func New(opts Options) *Index {
	ix := &Index{svc: opts.Services, workers: opts.Workers, progress: opts.Progress, budget: opts.SummaryBudget, lru: list.New(), modules: map[string]*module{}, suffix: map[string][]string{}, names: map[string][]string{}, pruned: map[string][]string{},
		defs: map[string]int{}, extra: map[string]bool{}, intern: map[string]string{}, trees: map[string]*syntax.Tree{}}
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
//
// The names the files define are collected first, so that each summary
// is made once, for the program they form together (see definedNames).
// When ctx is cancelled, the files not summarized yet are left out. Calls
// of AddAll on one index must not overlap.
func (ix *Index) AddAll(ctx context.Context, files []Source, keep func(key string) bool) Change {
	jobs := make([]job, len(files))
	ix.parallel(len(files), func(i int) {
		if ctx.Err() == nil {
			jobs[i] = ix.prepare(files[i].Path, files[i].Text)
		}
	})
	ix.mu.Lock()
	var born []string
	for _, j := range jobs {
		if j.text == nil {
			continue
		}
		for _, n := range j.defs {
			if ix.defs[n] == 0 && !ix.extra[n] {
				born = append(born, n)
			}
			ix.extra[n] = true
		}
	}
	redo := ix.prunedLocked(born, nil)
	ix.mu.Unlock()
	for _, k := range redo {
		jobs = append(jobs, ix.prepare(k, ix.overlayOf(k)))
	}
	var mu sync.Mutex
	var ch Change
	done := 0
	ix.parallel(len(jobs), func(i int) {
		var c Change
		if ctx.Err() == nil && jobs[i].text != nil {
			c = ix.apply(jobs[i], keep)
		}
		mu.Lock()
		ch.merge(c)
		done++
		n := done
		mu.Unlock()
		if ix.progress != nil {
			ix.progress(n, len(jobs))
		}
	})
	ix.mu.Lock()
	ix.extra = map[string]bool{}
	ix.mu.Unlock()
	return ch
}

// parallel runs f(0) ... f(n-1) on the index's workers.
func (ix *Index) parallel(n int, f func(i int)) {
	workers := ix.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, max(1, n)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// A Change is what an update of the index changed: the modules whose
// summaries changed, were added or were removed.
type Change struct {
	Modules []Changed
}

// Changed is one module's change.
type Changed struct {
	Key string
	// Exports is set when what the module exports changed (see
	// semantic.SummaryDiff): a file that read its summary may resolve
	// differently.
	Exports bool
	// Names are the names whose calls, uses, stores or subclasses in the
	// module changed: a file that asked which modules mention one of them
	// may now get another answer.
	Names []string
	// Structural is set when the module was added or removed: imports may
	// reach other modules.
	Structural bool
}

// Empty reports whether nothing changed.
func (c Change) Empty() bool { return len(c.Modules) == 0 }

// Structural reports whether a module was added or removed.
func (c Change) Structural() bool {
	for _, m := range c.Modules {
		if m.Structural {
			return true
		}
	}
	return false
}

func (c *Change) merge(o Change) { c.Modules = append(c.Modules, o.Modules...) }

// job is a file read for summarizing; text is nil when it cannot be.
type job struct {
	path    string
	key     string
	text    []byte
	overlay bool // text came from an editor, not the file
	revert  bool // the file's text replaces an editor's
	hash    [32]byte
	defs    []string
}

// prepare reads the file at path (unless text is given) and the names it
// defines.
func (ix *Index) prepare(path string, text []byte) job {
	j := job{path: path, key: KeyOf(path), overlay: text != nil}
	if text == nil {
		st, err := os.Stat(path)
		if err != nil || !st.Mode().IsRegular() || st.Size() > MaxSummaryBytes {
			return j
		}
		if text, err = os.ReadFile(path); err != nil {
			return j
		}
	}
	if len(text) > MaxSummaryBytes || !isText(text) {
		return j
	}
	j.text, j.hash, j.defs = text, sha256.Sum256(text), ix.interned(definedNames(text))
	return j
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

// interned returns names with each string shared with the other modules'
// (a workspace defines the same names many times over).
func (ix *Index) interned(names []string) []string {
	ix.internMu.Lock()
	defer ix.internMu.Unlock()
	for i, n := range names {
		if s, ok := ix.intern[n]; ok {
			names[i] = s
		} else {
			ix.intern[n] = n
		}
	}
	return slices.Clip(names)
}

// MaxSummaryBytes is the size above which a file is not summarized.
const MaxSummaryBytes = 4 << 20

// Update summarizes the module at path from text (read from the file when
// nil) and replaces its summary. Text given is an editor's: the file's
// text does not replace it (in Update or AddAll) until Revert. When the
// module defines a name no module defined before, the modules that
// mention it are summarized again (their summaries left out what
// concerned it).
func (ix *Index) Update(path string, text []byte) Change { return ix.update(path, text, false) }

// Revert makes the file's text the module's again, after an editor closed
// it: the module is summarized from the file, or removed when there is no
// file.
func (ix *Index) Revert(path string) Change { return ix.update(path, nil, true) }

func (ix *Index) update(path string, text []byte, revert bool) Change {
	j := ix.prepare(path, text)
	j.revert = revert
	if j.text == nil {
		if !revert && ix.overlayOf(j.key) != nil {
			return Change{}
		}
		return ix.Remove(path)
	}
	ch := ix.apply(j, nil)
	ix.mu.RLock()
	redo := ix.prunedLocked(ix.bornLocked(j.key), map[string]bool{j.key: true})
	ix.mu.RUnlock()
	for _, k := range redo {
		if rj := ix.prepare(k, ix.overlayOf(k)); rj.text != nil {
			ch.merge(ix.apply(rj, nil))
		}
	}
	ix.mu.Lock()
	if m := ix.modules[j.key]; m != nil {
		m.born = nil
	}
	ix.mu.Unlock()
	return ch
}

// overlayOf returns the editor text of module key, nil when its text is
// the file's.
func (ix *Index) overlayOf(key string) []byte {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if m := ix.modules[key]; m != nil {
		return m.overlay
	}
	return nil
}

// bornLocked returns the names module key defines that no other module
// did when it was registered. ix.mu must be held.
func (ix *Index) bornLocked(key string) []string {
	if m := ix.modules[key]; m != nil {
		return m.born
	}
	return nil
}

// prunedLocked returns the keys of the modules whose summaries left out
// any of names, except those in skip, sorted. ix.mu must be held.
func (ix *Index) prunedLocked(names []string, skip map[string]bool) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		for _, k := range ix.pruned[n] {
			if !seen[k] && !skip[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

// defined reports whether some module of the program defines a function
// or class with this last name (see SummarizeFor).
func (ix *Index) defined(name string) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.defs[name] > 0 || ix.extra[name]
}

// apply summarizes a prepared file and registers it.
func (ix *Index) apply(j job, keep func(string) bool) Change {
	if j.text == nil {
		return ix.Remove(j.path)
	}
	ix.mu.RLock()
	old := ix.modules[j.key]
	edited := old != nil && old.overlay != nil
	ix.mu.RUnlock()
	if edited && !j.overlay && !j.revert {
		return Change{}
	}
	if old != nil && old.hash == j.hash && old.complete(ix) {
		if j.revert {
			ix.mu.Lock()
			old.overlay = nil
			ix.mu.Unlock()
		}
		return Change{}
	}
	tree := syntax.Parse(j.text)
	sum := semantic.SummarizeFor(semantic.BuildModule(tree, ix.svc, j.key, nil), ix.defined)
	m := &module{key: j.key, hash: j.hash, sum: sum, defs: j.defs}
	if j.overlay {
		m.overlay = j.text
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	cur := ix.modules[j.key]
	if cur != nil && cur.overlay != nil && !j.overlay && !j.revert {
		// The editor's text stays the module's until it is closed.
		return Change{}
	}
	if keep != nil && keep(j.key) {
		ix.trees[j.key] = tree
	}
	var prev *semantic.Summary
	if cur != nil {
		ix.unregister(cur)
		prev = cur.sum
	}
	ix.register(m)
	ix.gen++
	if cur != nil && prev == nil {
		// Dropped for the budget: everything may have changed.
		return Change{Modules: []Changed{{Key: j.key, Exports: true, Names: unionNames(cur.mention, m.mention)}}}
	}
	d := semantic.Diff(prev, sum)
	if d.Empty() {
		return Change{}
	}
	return Change{Modules: []Changed{{Key: j.key, Exports: d.Exports, Names: d.Names, Structural: cur == nil}}}
}

// complete reports whether m's summary was made for the names the program
// defines now: a name defined since was left out of it.
func (m *module) complete(ix *Index) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, n := range m.pruned {
		if ix.defs[n] > 0 || ix.extra[n] {
			return false
		}
	}
	return true
}

// Remove drops the module at path.
func (ix *Index) Remove(path string) Change {
	key := KeyOf(path)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	m := ix.modules[key]
	if m == nil {
		return Change{}
	}
	ix.unregister(m)
	ix.gen++
	names := m.mention
	if m.sum != nil {
		names = semantic.Diff(m.sum, nil).Names
	}
	return Change{Modules: []Changed{{Key: key, Exports: true, Names: names, Structural: true}}}
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
	m.born = nil
	for _, n := range m.defs {
		if ix.defs[n] == 0 && !ix.extra[n] {
			m.born = append(m.born, n)
		}
		ix.defs[n]++
	}
	m.dotted = dottedSuffixes(m.key)
	for _, d := range m.dotted {
		ix.suffix[d] = append(ix.suffix[d], m.key)
	}
	m.mention = m.sum.Names()
	for _, n := range m.mention {
		ix.names[n] = append(ix.names[n], m.key)
	}
	m.pruned = m.sum.Pruned()
	for _, n := range m.pruned {
		ix.pruned[n] = append(ix.pruned[n], m.key)
	}
	ix.hold(m)
}

// hold puts m, which holds its summary, first in the LRU list and drops
// the summaries of the least recently read modules beyond the budget.
// ix.mu must be held.
func (ix *Index) hold(m *module) {
	if m.elem != nil {
		ix.lru.MoveToFront(m.elem)
		return
	}
	m.size = m.sum.Size()
	m.elem = ix.lru.PushFront(m)
	ix.held += m.size
	for ix.budget > 0 && ix.held > ix.budget && ix.lru.Len() > 1 {
		last := ix.lru.Back().Value.(*module)
		ix.drop(last)
	}
}

// drop forgets m's summary. ix.mu must be held.
func (ix *Index) drop(m *module) {
	if m.elem == nil {
		return
	}
	ix.lru.Remove(m.elem)
	m.elem = nil
	ix.held -= m.size
	m.sum = nil
}

func (ix *Index) unregister(m *module) {
	delete(ix.modules, m.key)
	sum := m.sum
	ix.drop(m)
	m.sum = sum // for the caller's diff
	for _, n := range m.defs {
		if ix.defs[n]--; ix.defs[n] <= 0 {
			delete(ix.defs, n)
		}
	}
	for _, d := range m.dotted {
		ix.suffix[d] = without(ix.suffix[d], m.key)
	}
	for _, n := range m.mention {
		ix.names[n] = without(ix.names[n], m.key)
	}
	for _, n := range m.pruned {
		ix.pruned[n] = without(ix.pruned[n], m.key)
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

// Summary implements semantic.Program. A summary dropped for the budget
// is made again from the module's text (the editor's, or the file's: when
// the file changed meanwhile, the summary is of what it holds now, and
// the watcher's update will follow).
func (ix *Index) Summary(key string) *semantic.Summary {
	if ix.budget == 0 {
		ix.mu.RLock()
		defer ix.mu.RUnlock()
		if m := ix.modules[key]; m != nil {
			return m.sum
		}
		return nil
	}
	ix.mu.Lock()
	m := ix.modules[key]
	if m == nil {
		ix.mu.Unlock()
		return nil
	}
	if m.sum != nil {
		ix.hold(m)
		sum := m.sum
		ix.mu.Unlock()
		return sum
	}
	text := m.overlay
	ix.mu.Unlock()
	if text == nil {
		var err error
		if text, err = os.ReadFile(key); err != nil || !isText(text) || len(text) > MaxSummaryBytes {
			return nil
		}
	}
	sum := semantic.SummarizeFor(semantic.BuildModule(syntax.Parse(text), ix.svc, key, nil), ix.defined)
	ix.mu.Lock()
	if cur := ix.modules[key]; cur == m && m.sum == nil && sha256.Sum256(text) == m.hash {
		m.sum = sum
		ix.hold(m)
	}
	ix.mu.Unlock()
	return sum
}

// unionNames merges two lists of names, sorted and without repeats.
func unionNames(a, b []string) []string {
	out := append(append([]string(nil), a...), b...)
	sort.Strings(out)
	return slices.Compact(out)
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
