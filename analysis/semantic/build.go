package semantic

import (
	"sort"
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// builder fills a Model in one pass over the flat tree. Nodes come in
// preorder, so a stack of open scopes, popped when the walk leaves their
// subtree, gives the scope of every node.
type builder struct {
	m     *Model
	stack []*Scope
	// fill is nil in the first pass, which binds the module and class
	// scopes and leaves function scopes lazy; it is the lazy scope being
	// built when the model fills one on demand.
	fill *Scope
}

// fillScope builds the bindings of a lazy scope and of the scopes nested
// in it, walking only its subtree with the scopes around it on the stack.
func (b *builder) fillScope(root *Scope) {
	for s := root.Parent; s != nil; s = s.Parent {
		b.stack = append([]*Scope{s}, b.stack...)
	}
	t := b.m.Tree
	b.stack = append(b.stack, root)
	for n := range t.Range(int(root.begin)+1, int(root.end)) {
		if !relevant.Has(n.Kind()) {
			continue
		}
		i := int32(n.Index())
		for len(b.stack) > 1 && i >= b.cur().end {
			b.stack = b.stack[:len(b.stack)-1]
		}
		b.visit(n)
	}
	// Everything nested in root is built now.
	k := sort.Search(len(b.m.scopes), func(j int) bool { return b.m.scopes[j].begin >= root.begin })
	for ; k < len(b.m.scopes) && b.m.scopes[k].begin < root.end; k++ {
		b.m.scopes[k].lazy.Store(false)
	}
}

// skipsLocals reports whether the first pass can step over n: a binding
// construct whose names would bind in a lazy scope that declares nothing
// global. Assignments to attributes still count (self.x = ... binds in
// the class).
func (b *builder) skipsLocals(n syntax.Node) bool {
	cur := b.cur()
	if !cur.lazy.Load() || cur.globals != nil || cur.nonlocals != nil {
		return false
	}
	switch n.Kind() {
	case syntax.KindAssignment:
		left := syntax.Unparen(n.ChildByField(syntax.FieldLeft))
		return left.Is(syntax.KindIdentifier)
	case syntax.KindAugmentedAssignment, syntax.KindForStatement, syntax.KindForInClause,
		syntax.KindWithItem, syntax.KindExceptClause, syntax.KindExceptGroupClause:
		return true
	case syntax.KindNamedExpression:
		s := cur
		for s.Kind == ComprehensionScope && s.Parent != nil {
			s = s.Parent
		}
		return s.lazy.Load()
	}
	return false
}

// binds reports whether this pass builds the bindings of scope s: the first
// pass builds the scopes that are not lazy, a fill the scopes it fills.
func (b *builder) binds(s *Scope) bool {
	if b.fill == nil {
		return !s.lazy.Load()
	}
	// A class nested in a function was built by the first pass already.
	return s.lazy.Load() && s.begin >= b.fill.begin && s.begin < b.fill.end
}

// newBinding returns a binding with the fields of proto, carved from the
// model's current slab: one allocation for many bindings. The slab belongs
// to the model, not to a builder, so that filling many small lazy scopes
// does not leave a mostly empty slab behind each.
func (b *builder) newBinding(proto Binding) *Binding {
	m := b.m
	if len(m.slab) == cap(m.slab) {
		m.slab = make([]Binding, 0, 64)
	}
	m.slab = append(m.slab, proto)
	return &m.slab[len(m.slab)-1]
}

// appendBinding appends bd to the bindings of a name. Most names are bound
// once: their one-element list is cut from a shared array (with capacity
// one, so a second binding moves the list out instead of overwriting a
// neighbour), which saves an allocation a name.
func (b *builder) appendBinding(list []*Binding, bd *Binding) []*Binding {
	if list != nil {
		return append(list, bd)
	}
	m := b.m
	if len(m.listSlab) == cap(m.listSlab) {
		m.listSlab = make([]*Binding, 0, 256)
	}
	m.listSlab = append(m.listSlab, bd)
	n := len(m.listSlab)
	return m.listSlab[n-1 : n : n]
}

// newScope returns a zero scope carved from the model's scope slab: a
// large file has a scope for every function, lambda and comprehension, and
// the first pass makes them all on every keystroke.
func (b *builder) newScope() *Scope {
	m := b.m
	if len(m.scopeSlab) == cap(m.scopeSlab) {
		m.scopeSlab = make([]Scope, 0, 64)
	}
	m.scopeSlab = m.scopeSlab[:len(m.scopeSlab)+1]
	return &m.scopeSlab[len(m.scopeSlab)-1]
}

// relevant holds the node kinds the builder acts on. The first pass lists
// them through the tree's per-statement lists, so statements an edit did
// not touch are not scanned again.
var relevant = syntax.NewKinds(
	syntax.KindFunctionDefinition, syntax.KindClassDefinition, syntax.KindLambda,
	syntax.KindListComprehension, syntax.KindDictComprehension, syntax.KindSetComprehension,
	syntax.KindGeneratorExpression, syntax.KindParameters, syntax.KindLambdaParameters,
	syntax.KindAssignment, syntax.KindAugmentedAssignment, syntax.KindForStatement,
	syntax.KindForInClause, syntax.KindWithItem, syntax.KindExceptClause,
	syntax.KindExceptGroupClause, syntax.KindNamedExpression, syntax.KindImportStatement,
	syntax.KindImportFromStatement, syntax.KindFutureImportStatement,
	syntax.KindGlobalStatement, syntax.KindNonlocalStatement,
)

func (b *builder) cur() *Scope { return b.stack[len(b.stack)-1] }

func (b *builder) push(kind ScopeKind, n syntax.Node, end int32) *Scope {
	if b.fill != nil {
		// Filling: the scope exists since the first pass.
		s := b.m.scopeAt(int32(n.Index()))
		b.stack = append(b.stack, s)
		return s
	}
	s := b.newScope()
	s.Kind, s.Node = kind, n
	s.begin, s.end, s.body = int32(n.Index()), end, end
	if body := n.ChildByField(syntax.FieldBody); body.Valid() {
		// The header (name, parameters, bases) comes before the body.
		s.body = int32(body.Index())
	}
	if len(b.stack) > 0 {
		s.Parent = b.cur()
	}
	switch kind {
	case FunctionScope, LambdaScope, ComprehensionScope:
		s.lazy.Store(true)
	}
	b.stack = append(b.stack, s)
	b.m.scopes = append(b.m.scopes, s)
	return s
}

func (b *builder) run() {
	t := b.m.Tree
	root := t.Root()
	if !root.Valid() {
		b.m.Module = &Scope{Kind: ModuleScope, Bindings: map[string][]*Binding{}}
		b.m.scopes = []*Scope{b.m.Module}
		return
	}
	b.m.Module = b.push(ModuleScope, root, int32(t.Len()))
	// About one module-level name per top-level statement: sized once
	// rather than grown (and rehashed) on every keystroke's model.
	b.m.Module.Bindings = make(map[string][]*Binding, t.ChunkCount())
	b.m.Module.Order = make([]*Binding, 0, t.ChunkCount())
	for n := range t.OfKinds(relevant) {
		i := n.Index()
		if i == 0 {
			continue
		}
		for len(b.stack) > 1 && int32(i) >= b.cur().end {
			b.stack = b.stack[:len(b.stack)-1]
		}
		b.visit(n)
	}
}

// subtreeEnd returns the index just past n's subtree.
func subtreeEnd(n syntax.Node) int32 {
	for cur := n; cur.Valid(); cur = cur.Parent() {
		if nx := cur.NextSibling(); nx.Valid() {
			return int32(nx.Index())
		}
	}
	return int32(n.Tree().Len())
}

func (b *builder) visit(n syntax.Node) {
	if b.fill == nil && b.skipsLocals(n) {
		return
	}
	switch n.Kind() {
	case syntax.KindFunctionDefinition:
		name := n.ChildByField(syntax.FieldName)
		b.bind(b.cur(), name.Text(), b.newBinding(Binding{Kind: BindDef, Target: name, Value: n, Statement: n}))
		b.push(FunctionScope, n, subtreeEnd(n))
	case syntax.KindClassDefinition:
		name := n.ChildByField(syntax.FieldName)
		b.bind(b.cur(), name.Text(), b.newBinding(Binding{Kind: BindDef, Target: name, Value: n, Statement: n}))
		b.push(ClassScope, n, subtreeEnd(n))
	case syntax.KindLambda:
		b.push(LambdaScope, n, subtreeEnd(n))
	case syntax.KindListComprehension, syntax.KindDictComprehension,
		syntax.KindSetComprehension, syntax.KindGeneratorExpression:
		b.push(ComprehensionScope, n, subtreeEnd(n))
	case syntax.KindParameters, syntax.KindLambdaParameters:
		b.parameters(n)
	case syntax.KindAssignment:
		b.assignment(n)
	case syntax.KindAugmentedAssignment:
		left := syntax.Unparen(n.ChildByField(syntax.FieldLeft))
		if left.Is(syntax.KindIdentifier) {
			b.bindName(left, b.newBinding(Binding{Kind: BindAugAssign, Target: left, Value: n.ChildByField(syntax.FieldRight), Statement: syntax.StatementOf(n)}))
		}
	case syntax.KindForStatement, syntax.KindForInClause:
		b.targets(n.ChildByField(syntax.FieldLeft), syntax.Node{}, BindFor, n)
	case syntax.KindWithItem:
		v := n.ChildByField(syntax.FieldValue)
		if v.Is(asPattern) {
			alias := v.ChildByField(syntax.FieldAlias)
			b.targets(alias.NamedChild(0), v.NamedChild(0), BindWith, n)
		}
	case syntax.KindExceptClause, syntax.KindExceptGroupClause:
		for c := range n.Args() {
			if c.Is(asPattern) {
				alias := c.ChildByField(syntax.FieldAlias)
				b.targets(alias.NamedChild(0), c.NamedChild(0), BindExcept, n)
			}
		}
	case syntax.KindNamedExpression:
		name := n.ChildByField(syntax.FieldName)
		s := b.cur()
		for s.Kind == ComprehensionScope && s.Parent != nil {
			s = s.Parent
		}
		b.bind(s, name.Text(), b.newBinding(Binding{Kind: BindWalrus, Target: name, Value: n.ChildByField(syntax.FieldValue), Statement: syntax.StatementOf(n)}))
	case syntax.KindImportStatement, syntax.KindImportFromStatement, syntax.KindFutureImportStatement:
		b.imports(n)
	case syntax.KindGlobalStatement, syntax.KindNonlocalStatement:
		s := b.cur()
		for id := range n.Args() {
			if n.Is(syntax.KindGlobalStatement) {
				if s.globals == nil {
					s.globals = map[string]bool{}
				}
				s.globals[id.Text()] = true
			} else {
				if s.nonlocals == nil {
					s.nonlocals = map[string]bool{}
				}
				s.nonlocals[id.Text()] = true
			}
		}
	}
}

var asPattern = syntax.KindOf("as_pattern", true)

// bind records a binding of name in scope s.
func (b *builder) bind(s *Scope, name string, bd *Binding) {
	if name == "" || !b.binds(s) {
		return
	}
	bd.Name = name
	bd.Scope = s
	if s.Bindings == nil {
		s.Bindings = map[string][]*Binding{}
	}
	s.Bindings[name] = b.appendBinding(s.Bindings[name], bd)
	s.Order = append(s.Order, bd)
}

// bindName binds an identifier in the current scope, or in the module when
// the scope declared it global.
func (b *builder) bindName(id syntax.Node, bd *Binding) {
	s := b.cur()
	name := id.Text()
	if s.globals[name] {
		s = b.m.Module
	}
	b.bind(s, name, bd)
}

func (b *builder) parameters(params syntax.Node) {
	if !b.binds(b.cur()) {
		return
	}
	for p := range params.Args() {
		var name, ann, def syntax.Node
		switch p.Kind() {
		case syntax.KindIdentifier:
			name = p
		case syntax.KindTypedParameter:
			name = p.NamedChild(0)
			ann = p.ChildByField(syntax.FieldType)
		case syntax.KindDefaultParameter:
			name = p.ChildByField(syntax.FieldName)
			def = p.ChildByField(syntax.FieldValue)
		case syntax.KindTypedDefaultParameter:
			name = p.ChildByField(syntax.FieldName)
			ann = p.ChildByField(syntax.FieldType)
			def = p.ChildByField(syntax.FieldValue)
		case syntax.KindListSplatPattern, syntax.KindDictionarySplatPattern:
			name = p.NamedChild(0)
		}
		// typed_parameter wraps splat patterns too: def f(*args: int).
		if name.Is(syntax.KindListSplatPattern) || name.Is(syntax.KindDictionarySplatPattern) {
			name = name.NamedChild(0)
		}
		if !name.Is(syntax.KindIdentifier) {
			continue
		}
		b.bind(b.cur(), name.Text(), b.newBinding(Binding{Kind: BindParameter, Target: name, Value: def, Annotation: ann, Statement: params.Parent()}))
	}
}

func (b *builder) assignment(n syntax.Node) {
	left := n.ChildByField(syntax.FieldLeft)
	right := n.ChildByField(syntax.FieldRight)
	ann := n.ChildByField(syntax.FieldType)
	stmt := syntax.StatementOf(n)
	if ann.Valid() {
		// x: T = v and x: T (a declaration with no value).
		target := syntax.Unparen(left)
		bd := b.newBinding(Binding{Kind: BindAssign, Target: target, Value: right, Annotation: ann, Statement: stmt})
		if target.Is(syntax.KindIdentifier) {
			b.bindName(target, bd)
		} else if target.Is(syntax.KindAttribute) {
			b.selfAttr(target, bd)
		}
		return
	}
	b.targets(left, right, BindAssign, stmt)
}

// targets binds the names of an assignment target, pairing each with its
// part of value when value is a literal tuple or list of the same shape.
func (b *builder) targets(target, value syntax.Node, kind BindingKind, stmt syntax.Node) {
	target = syntax.Unparen(target)
	switch target.Kind() {
	case syntax.KindIdentifier:
		b.bindName(target, b.newBinding(Binding{Kind: kind, Target: target, Value: value, Statement: syntax.StatementOf(stmt)}))
	case syntax.KindAttribute:
		b.selfAttr(target, b.newBinding(Binding{Kind: kind, Target: target, Value: value, Statement: syntax.StatementOf(stmt)}))
	case syntax.KindPatternList, syntax.KindTuplePattern, syntax.KindListPattern,
		syntax.KindTuple, syntax.KindList, syntax.KindExpressionList:
		var parts []syntax.Node
		for c := range target.Args() {
			parts = append(parts, c)
		}
		var values []syntax.Node
		v := syntax.Unparen(value)
		if v.Is(syntax.KindTuple) || v.Is(syntax.KindList) || v.Is(syntax.KindExpressionList) {
			for c := range v.Args() {
				values = append(values, c)
			}
		}
		for i, p := range parts {
			var pv syntax.Node
			k := kind
			if len(values) == len(parts) && !hasStarred(parts) {
				pv = values[i]
			} else if kind == BindAssign {
				k = BindUnpack
			}
			b.targets(p, pv, k, stmt)
		}
	case syntax.KindListSplatPattern, syntax.KindListSplat:
		b.targets(target.NamedChild(0), syntax.Node{}, BindUnpack, stmt)
	}
}

func hasStarred(parts []syntax.Node) bool {
	for _, p := range parts {
		if p.Is(syntax.KindListSplatPattern) || p.Is(syntax.KindListSplat) {
			return true
		}
	}
	return false
}

// selfAttr records self.x = value when self is the first parameter of a
// method; the binding goes to the class.
func (b *builder) selfAttr(target syntax.Node, bd *Binding) {
	if b.fill != nil {
		// The first pass records attributes of the class, for all methods.
		return
	}
	obj := syntax.Unparen(target.ChildByField(syntax.FieldObject))
	if !obj.Is(syntax.KindIdentifier) {
		return
	}
	cls := b.methodClassScope(obj.Text())
	if cls == nil {
		return
	}
	attr := target.ChildByField(syntax.FieldAttribute).Text()
	bd.Name = attr
	bd.Scope = cls
	if cls.SelfAttrs == nil {
		cls.SelfAttrs = map[string][]*Binding{}
	}
	cls.SelfAttrs[attr] = b.appendBinding(cls.SelfAttrs[attr], bd)
}

// methodClassScope returns the class scope when the current function is a
// method whose first parameter is called receiver.
func (b *builder) methodClassScope(receiver string) *Scope {
	for i := len(b.stack) - 1; i >= 0; i-- {
		s := b.stack[i]
		if s.Kind != FunctionScope {
			if s.Kind == ComprehensionScope || s.Kind == LambdaScope {
				continue
			}
			return nil
		}
		if s.Parent == nil || s.Parent.Kind != ClassScope {
			return nil
		}
		if firstParameter(s.Node) != receiver {
			return nil
		}
		return s.Parent
	}
	return nil
}

// firstParameter returns the name of a method's receiver parameter (self,
// cls): its first parameter, unless it is a staticmethod.
func firstParameter(fn syntax.Node) string {
	if dec := fn.Parent(); dec.Is(syntax.KindDecoratedDefinition) {
		for d := range dec.Args() {
			if d.Is(syntax.KindDecorator) && d.NamedChild(0).TextIs("staticmethod") {
				return ""
			}
		}
	}
	for p := range fn.ChildByField(syntax.FieldParameters).Args() {
		switch p.Kind() {
		case syntax.KindIdentifier:
			return p.Text()
		case syntax.KindTypedParameter:
			return p.NamedChild(0).Text()
		case syntax.KindDefaultParameter, syntax.KindTypedDefaultParameter:
			return p.ChildByField(syntax.FieldName).Text()
		}
		return ""
	}
	return ""
}

// awsModules are the import roots that put a file in the rules' scope.
var awsModules = []string{"boto3", "botocore", "aioboto3", "aiobotocore"}
var awsStubPrefixes = []string{"mypy_boto3_", "types_boto3_", "types_aiobotocore_", "types_aioboto3_"}

func isAWSModule(qualified string) bool {
	root, _, _ := strings.Cut(qualified, ".")
	for _, m := range awsModules {
		if root == m {
			return true
		}
	}
	for _, p := range awsStubPrefixes {
		if strings.HasPrefix(root, p) {
			return true
		}
	}
	return false
}

func (b *builder) imports(n syntax.Node) {
	stmt := n
	if n.Is(syntax.KindImportStatement) {
		for name := range n.ChildrenByField(syntax.FieldName) {
			if name.Is(syntax.KindAliasedImport) {
				q, _ := syntax.DottedName(name.ChildByField(syntax.FieldName))
				alias := name.ChildByField(syntax.FieldAlias)
				b.noteImport(q)
				b.bindName(alias, b.newBinding(Binding{Kind: BindImport, Target: alias, Statement: stmt, Qualified: q}))
				continue
			}
			q, _ := syntax.DottedName(name)
			b.noteImport(q)
			// import a.b binds a, whose qualified name is a.
			first := name.NamedChild(0)
			b.bindName(first, b.newBinding(Binding{Kind: BindImport, Target: first, Statement: stmt, Qualified: first.Text()}))
		}
		return
	}
	if n.Is(syntax.KindFutureImportStatement) {
		return
	}
	modNode := n.ChildByField(syntax.FieldModuleName)
	module, ok := syntax.DottedName(modNode)
	if !ok {
		// Relative import: keep the dots so it never matches an absolute name.
		module = modNode.Text()
	}
	b.noteImport(module)
	// from . import x binds ".x", from .. import x "..x", from .a import x
	// ".a.x": the leading dots say the level.
	sep := "."
	if strings.HasSuffix(module, ".") {
		sep = ""
	}
	for name := range n.ChildrenByField(syntax.FieldName) {
		target, q := name, ""
		if name.Is(syntax.KindAliasedImport) {
			orig, _ := syntax.DottedName(name.ChildByField(syntax.FieldName))
			q = module + sep + orig
			target = name.ChildByField(syntax.FieldAlias)
		} else {
			orig, _ := syntax.DottedName(name)
			q = module + sep + orig
			target = name.NamedChild(0)
			if name.Is(syntax.KindIdentifier) {
				target = name
			}
		}
		b.bindName(target, b.newBinding(Binding{Kind: BindImport, Target: target, Statement: stmt, Qualified: q}))
	}
}

func (b *builder) noteImport(module string) {
	if isAWSModule(module) {
		b.m.importsAWS = true
	}
}
