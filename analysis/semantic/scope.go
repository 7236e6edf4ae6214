// Package semantic gives meaning to names in one Python file: scopes and
// bindings (imports, assignments, parameters, self attributes, globals) and
// the resolution of an expression to the boto3 value it holds at run time.
// Resolution is precise or nothing: when the bindings of a name disagree, or
// a value comes from somewhere the model cannot see, the answer is Unknown
// and rules stay silent.
package semantic

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/botolint/botolint/analysis/syntax"
)

// ScopeKind is the kind of a Python scope.
type ScopeKind uint8

const (
	ModuleScope ScopeKind = iota
	ClassScope
	FunctionScope
	LambdaScope
	ComprehensionScope
)

// Scope is a Python scope: the module, a class body, a function, a lambda or
// a comprehension.
type Scope struct {
	Kind   ScopeKind
	Node   syntax.Node // module, class_definition, function_definition, lambda or comprehension
	Parent *Scope

	// Bindings maps a name to its bindings in this scope, in source order.
	Bindings map[string][]*Binding
	// Order lists every binding of the scope in source order.
	Order []*Binding

	globals   map[string]bool
	nonlocals map[string]bool

	// For class scopes: attributes assigned through the first parameter of
	// a method (self.x = ...), by attribute name.
	SelfAttrs map[string][]*Binding

	begin, end int32 // node index range of the scope's subtree
	body       int32 // index of the body node: nodes from there on are inside

	// lazy is set while the bindings of a function, lambda or comprehension
	// scope are not built yet: the model builds them on first use (ensure),
	// so a check that touches a few functions of a large file never binds
	// the parameters and locals of all the others.
	lazy atomic.Bool
}

// Name returns the function or class name of the scope, "" otherwise.
func (s *Scope) Name() string {
	return s.Node.ChildByField(syntax.FieldName).Text()
}

// Function returns the innermost function scope at or above s, or nil.
func (s *Scope) Function() *Scope {
	for c := s; c != nil; c = c.Parent {
		if c.Kind == FunctionScope {
			return c
		}
	}
	return nil
}

// BindingKind says how a name got bound.
type BindingKind uint8

const (
	BindAssign    BindingKind = iota // x = value, x: T = value, x: T
	BindAugAssign                    // x += value
	BindParameter                    // def f(x: T = default)
	BindImport                       // import m / from m import x
	BindFor                          // for x in ...
	BindWith                         // with value as x
	BindExcept                       // except T as x
	BindDef                          // def x / class x
	BindWalrus                       // (x := value)
	BindUnpack                       // a, b = value that is not a literal tuple
)

// Binding is one place where a name gets a value.
type Binding struct {
	Name       string
	Kind       BindingKind
	Target     syntax.Node // the identifier (or self.attr attribute) bound
	Value      syntax.Node // the expression assigned, when known
	Annotation syntax.Node // the annotation of an annotated assignment or parameter
	Statement  syntax.Node // the statement that binds
	Scope      *Scope
	Qualified  string // for imports: the qualified name bound ("boto3", "botocore.exceptions.ClientError")
}

// Model is the semantic model of one file. It is built once and then only
// read; Resolve memoizes under a lock, so a Model may be shared.
type Model struct {
	Tree   *syntax.Tree
	Module *Scope
	scopes []*Scope // sorted by begin
	svc    Services

	importsAWS bool

	// mu guards resolution: the lowered expressions and the evaluator.
	mu     sync.Mutex
	fillMu sync.Mutex // serializes the filling of lazy scopes
	slab   []Binding  // see builder.newBinding; used under fillMu after Build
	// scopeSlab holds the scopes, see builder.newScope, and listSlab the
	// one-binding lists of names, see builder.appendBinding.
	scopeSlab []Scope
	listSlab  []*Binding

	// key is the module's key in prog, the program it is checked in (nil:
	// the file alone).
	key  string
	prog Program
	lc   *lowCache
	ev   *evaluator
	// shared answers the queries beyond the module's own expressions, when
	// the program keeps one for this text.
	shared *Shared
	// deps are the facts of the file read so far (deps.go), under depMu.
	depMu sync.Mutex
	deps  depSet
	// File-wide indexes some rules read (deps.go), built once.
	readsOnce    sync.Once
	reads        map[string][]syntax.Node
	assignedOnce sync.Once
	assigned     map[string]bool
	// explaining is what Explain evaluates with, nil until it is asked.
	explaining *explainState
}

// Services is what resolution needs to know about AWS: which service names
// exist (to read mypy_boto3 module names) and what sub-resources a boto3
// resource has. The service catalog implements it; nil knows nothing and
// leaves resource sub-types unresolved.
type Services interface {
	HasService(name string) bool
	// HasResourceInterface reports whether boto3.resource(service) works.
	HasResourceInterface(service string) bool
	ServiceNames() []string
	// SubResource returns the resource type that attribute attr creates on
	// a resource of type parent ("" for the service resource), e.g.
	// ("dynamodb", "", "Table") -> "Table", ("s3", "Bucket", "Object") -> "Object".
	SubResource(service, parent, attr string) (string, bool)
	// ResourceType reports whether typeName is a resource type of service.
	ResourceType(service, typeName string) bool
	// OperationMethod maps a CamelCase operation name to its client method
	// ("ListObjectsV2" -> "list_objects_v2").
	OperationMethod(service, operation string) (string, bool)
	// WaiterMethod maps a CamelCase waiter name to its Python name.
	WaiterMethod(service, waiter string) (string, bool)
}

// Build computes scopes and bindings of tree, a file checked alone.
func Build(tree *syntax.Tree, svc Services) *Model {
	return BuildModule(tree, svc, "", nil)
}

// BuildModule computes scopes and bindings of tree, the module with this
// key in a program: resolution follows values into and out of the other
// modules of prog (nil: none).
func BuildModule(tree *syntax.Tree, svc Services, key string, prog Program) *Model {
	m := &Model{Tree: tree, svc: svc, key: key, prog: prog, lc: &lowCache{}}
	m.deps.unit = FileUnit
	if sp, ok := prog.(SharedProgram); ok && sp.Current(key, tree.Source()) {
		m.shared = sp.Shared()
	}
	b := builder{m: m}
	b.run()
	return m
}

// Key returns the module's key in its program.
func (m *Model) Key() string { return m.key }

// lowCache holds what lowering built (lower.go, module.go).
type lowCache struct {
	exprs   [][]*Expr // by chunk, as Tree.ChunkKey numbers nodes
	bexprs  map[*Binding]*Expr
	named   map[scopeName]*Expr
	quals   map[int32]string
	funcs   map[int32]*FuncInfo
	classes map[int32]*ClassInfo
	byQual  map[string]syntax.Node
	ix      *liveIndex
}

type scopeName struct {
	s    *Scope
	name string
	sub  uint64 // which bindings (see subset)
}

// ImportsAWS reports whether the file imports boto3, botocore, aioboto3,
// aiobotocore or a boto3 type-stub package: the default scope of the rules.
func (m *Model) ImportsAWS() bool { return m.importsAWS }

// UsesAWS reports whether the file imports an AWS SDK, or a module of its
// program that does (a helper module that receives clients from there),
// or defines a function or class that such a module calls (a helper
// module handed clients by its callers, which need not import anything).
func (m *Model) UsesAWS() bool {
	if m.importsAWS || m.prog == nil {
		return m.importsAWS
	}
	for _, bs := range m.Module.Bindings {
		for _, b := range bs {
			if b.Kind != BindImport {
				continue
			}
			if key, _, ok := m.prog.Import(m.key, b.Qualified); ok {
				if s := m.prog.Summary(key); s != nil && s.AWS {
					return true
				}
			}
		}
	}
	seen := map[string]bool{}
	for n := range m.Tree.OfKinds(defKinds) {
		name := n.ChildByField(syntax.FieldName).Text()
		if seen[name] || strings.HasPrefix(name, "__") {
			// Dunder methods are called by every module with a class.
			continue
		}
		seen[name] = true
		for _, k := range m.prog.Mentioning(name) {
			if k == m.key {
				continue
			}
			if s := m.prog.Summary(k); s != nil && s.AWS {
				return true
			}
		}
	}
	return false
}

// Scopes returns all scopes in source order, the module first.
func (m *Model) Scopes() []*Scope {
	for _, s := range m.scopes {
		m.ensure(s)
	}
	return m.scopes
}

// ensure builds the bindings of a lazy scope: those of the outermost lazy
// scope around it (a function of the module or a method of a class) and
// everything nested in it, in one walk.
func (m *Model) ensure(s *Scope) {
	if s == nil || !s.lazy.Load() {
		return
	}
	m.fillMu.Lock()
	defer m.fillMu.Unlock()
	if !s.lazy.Load() {
		return
	}
	root := s
	for root.Parent != nil && root.Parent.lazy.Load() {
		root = root.Parent
	}
	b := builder{m: m, fill: root}
	b.fillScope(root)
}

// ScopeOf returns the innermost scope containing n.
func (m *Model) ScopeOf(n syntax.Node) *Scope {
	i := int32(n.Index())
	k := sort.Search(len(m.scopes), func(j int) bool { return m.scopes[j].begin > i }) - 1
	if k < 0 {
		return m.Module
	}
	for s := m.scopes[k]; s != nil; s = s.Parent {
		if i >= s.begin && i < s.end {
			// A def's or class's own name and a lambda's defaults belong to
			// the enclosing scope; so do decorators (outside the def node).
			if s.Kind != ModuleScope && i != s.begin && i < s.body && isHeaderOf(s, n) {
				s = s.Parent
			} else if i == s.begin && s.Kind != ModuleScope {
				s = s.Parent
			}
			m.ensure(s)
			return s
		}
	}
	return m.Module
}

// scopeAt returns the scope whose node has preorder index begin.
func (m *Model) scopeAt(begin int32) *Scope {
	k := sort.Search(len(m.scopes), func(j int) bool { return m.scopes[j].begin >= begin })
	if k < len(m.scopes) && m.scopes[k].begin == begin {
		return m.scopes[k]
	}
	return nil
}

// isHeaderOf reports whether n sits in the part of a def or class that is
// evaluated in the enclosing scope: its name, its base classes, and the
// default values and annotations of its parameters.
func isHeaderOf(s *Scope, n syntax.Node) bool {
	switch s.Kind {
	case FunctionScope, ClassScope, LambdaScope:
		for _, f := range []syntax.Field{syntax.FieldName, syntax.FieldSuperclasses, syntax.FieldReturnType} {
			if c := s.Node.ChildByField(f); c.Valid() && c.Contains(n) {
				return true
			}
		}
		params := s.Node.ChildByField(syntax.FieldParameters)
		if params.Contains(n) {
			for p := range params.Args() {
				for _, f := range []syntax.Field{syntax.FieldValue, syntax.FieldType} {
					if c := p.ChildByField(f); c.Valid() && c.Contains(n) {
						return true
					}
				}
			}
		}
	}
	return false
}

// Lookup returns the bindings a name refers to at node at, following
// Python's rules: the local scope (unless the name is declared global or
// nonlocal there), then enclosing function scopes, then the module; class
// scopes are seen only from their own body.
func (m *Model) Lookup(name string, at syntax.Node) []*Binding {
	_, bs := m.lookupScope(name, at)
	return bs
}

// EnclosingFunction returns the innermost function_definition containing n.
func EnclosingFunction(n syntax.Node) syntax.Node {
	for p := range n.Ancestors() {
		if p.Is(syntax.KindFunctionDefinition) {
			return p
		}
	}
	return syntax.Node{}
}

// EnclosingClass returns the class a method belongs to: the class_definition
// whose body directly holds fn (possibly decorated).
func EnclosingClass(fn syntax.Node) syntax.Node {
	p := fn.Parent()
	if p.Is(syntax.KindDecoratedDefinition) {
		p = p.Parent()
	}
	if p.Is(syntax.KindBlock) && p.Parent().Is(syntax.KindClassDefinition) {
		return p.Parent()
	}
	return syntax.Node{}
}
