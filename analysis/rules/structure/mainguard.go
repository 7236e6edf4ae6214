package structure

import (
	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

// isMainGuard reports whether n is `if __name__ == "__main__":` (either
// operand order, either quote) at module level.
func isMainGuard(n syntax.Node) bool {
	if !n.Is(syntax.KindIfStatement) || !n.Parent().Is(syntax.KindModule) {
		return false
	}
	cond := syntax.Unparen(n.ChildByField(syntax.FieldCondition))
	if !cond.Is(syntax.KindComparisonOperator) || cond.NamedChildCount() != 2 {
		return false
	}
	eq := false
	for c := range cond.Children() {
		if c.Is(syntax.TokenEq) {
			eq = true
		} else if !c.IsNamed() {
			return false
		}
	}
	if !eq {
		return false
	}
	a, b := syntax.Unparen(cond.NamedChild(0)), syntax.Unparen(cond.NamedChild(1))
	if a.Is(syntax.KindIdentifier) {
		a, b = b, a
	}
	s, ok := syntax.StringValue(a)
	return ok && s == "__main__" && b.Is(syntax.KindIdentifier) && b.TextIs("__name__")
}

// mainGuard returns the module's main guard, if any.
func mainGuard(t *syntax.Tree) (syntax.Node, bool) {
	for s := range t.Root().Args() {
		if isMainGuard(s) {
			return s, true
		}
	}
	return syntax.Node{}, false
}

// guardEntryPoints returns the names of the functions a main guard made of
// one statement calls: cli in `cli()`, main in `sys.exit(main())`, run in
// `raise SystemExit(run())`.
func guardEntryPoints(t *syntax.Tree) map[string]bool {
	guard, ok := mainGuard(t)
	if !ok {
		return nil
	}
	body := guard.ChildByField(syntax.FieldConsequence)
	if body.NamedChildCount() != 1 {
		// Only a guard that is a single call names its entry point.
		return nil
	}
	out := map[string]bool{}
	var visit func(n syntax.Node)
	visit = func(n syntax.Node) {
		n = syntax.Unparen(n)
		if !n.Is(syntax.KindCall) {
			return
		}
		if fn := syntax.Unparen(n.ChildByField(syntax.FieldFunction)); fn.Is(syntax.KindIdentifier) {
			out[fn.Text()] = true
		}
		for _, a := range syntax.CallArguments(n) {
			visit(a.Value)
		}
	}
	for s := range body.Args() {
		switch {
		case s.Is(syntax.KindExpressionStatement):
			visit(s.NamedChild(0))
		case s.Is(syntax.KindRaiseStatement):
			visit(s.NamedChild(0))
		}
	}
	return out
}

// isMainFunction reports whether fn (a function_definition) may decide the
// process exit: it is configured as a main function, or the main guard
// calls it as the entry point.
func isMainFunction(p *analysis.Pass, fn syntax.Node, entry map[string]bool) bool {
	name := fn.ChildByField(syntax.FieldName).Text()
	if p.Options.IsMainFunction(name) {
		return true
	}
	// Only a module-level function is the guard's entry point.
	if !fn.Parent().Is(syntax.KindModule) && !(fn.Parent().Is(syntax.KindDecoratedDefinition) && fn.Parent().Parent().Is(syntax.KindModule)) {
		return false
	}
	return entry[name]
}
