package params

import (
	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

// AssignedAttribute reports whether the file sets an attribute of this name
// on anything: obj.name = ..., obj.name += ..., for obj.name in ...,
// setattr(obj, "name", ...). Such a name may be a mock or a wrapper put on
// a client, so the model says nothing about it. The names are collected
// once per file.
func AssignedAttribute(p *analysis.Pass, name string) bool {
	cache.Lock()
	resetCache(p.Model)
	set := cache.assigned
	cache.Unlock()
	if set == nil {
		set = assignedAttributes(p)
		cache.Lock()
		if cache.model == p.Model {
			cache.assigned = set
		}
		cache.Unlock()
	}
	return set[name]
}

func assignedAttributes(p *analysis.Pass) map[string]bool {
	set := map[string]bool{}
	t := p.Tree
	for node := range t.All() {
		switch node.Kind() {
		case syntax.KindAttribute:
			if IsStoreTarget(node) {
				set[node.ChildByField(syntax.FieldAttribute).Text()] = true
			}
		case syntax.KindCall:
			fn := syntax.Unparen(node.ChildByField(syntax.FieldFunction))
			if !fn.Is(syntax.KindIdentifier) || !fn.TextIs("setattr") {
				continue
			}
			if q, ok := p.Model.CallQualifiedName(node); !ok || q != "builtins.setattr" {
				continue
			}
			if arg, ok := syntax.PositionalArgument(node, 1); ok {
				if s, ok := syntax.StringValue(arg); ok {
					set[s] = true
				}
			}
		}
	}
	return set
}

var storeContainers = map[syntax.Kind]bool{
	syntax.KindPatternList: true, syntax.KindTuplePattern: true, syntax.KindListPattern: true,
	syntax.KindTuple: true, syntax.KindList: true, syntax.KindParenthesizedExpr: true,
	syntax.KindExpressionList: true,
}

// IsStoreTarget reports whether an attribute node is written rather than
// read: an assignment target (c.x = ..., c.x += ..., a, c.x = ...), a for
// target or a del.
func IsStoreTarget(n syntax.Node) bool {
	cur := n
	for storeContainers[cur.Parent().Kind()] {
		cur = cur.Parent()
	}
	parent := cur.Parent()
	switch parent.Kind() {
	case syntax.KindAssignment, syntax.KindAugmentedAssignment, syntax.KindForStatement:
		return cur.Field() == syntax.FieldLeft
	case syntax.KindDeleteStatement:
		return true
	}
	return false
}
