package structure

import (
	_ "embed"
	"fmt"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/semantic"
	"github.com/botolint/botolint/analysis/syntax"
)

//go:embed bto402_exit_in_function.md
var exitInFunctionDoc string

// ExitInFunction reports process exits from functions other than main.
var ExitInFunction = &analysis.Rule{
	Code:     "BTO402",
	Name:     "exit-in-function",
	Summary:  "sys.exit, exit, quit, os._exit or raise SystemExit in a function other than main",
	Severity: analysis.SeverityWarning,
	Fix:      analysis.FixNever,
	Doc:      exitInFunctionDoc,
	Kinds:    []syntax.Kind{syntax.KindCall, syntax.KindRaiseStatement},
	Visit:    checkExitInFunction,
}

// exitFunctions are the callables that end the process, by qualified name.
var exitFunctions = map[string]string{
	"sys.exit":      "sys.exit()",
	"builtins.exit": "exit()",
	"builtins.quit": "quit()",
	"os._exit":      "os._exit()",
}

func checkExitInFunction(p *analysis.Pass, n syntax.Node) {
	var what string
	switch {
	case n.Is(syntax.KindCall):
		q, ok := p.Model.CallQualifiedName(n)
		if !ok || exitFunctions[q] == "" {
			return
		}
		what = "`" + n.ChildByField(syntax.FieldFunction).Text() + "()`"
		if q == "os._exit" {
			what += " (which skips cleanup: no finally blocks, no flushed buffers)"
		}
	default:
		if !raisesSystemExit(p, n) {
			return
		}
		what = "`raise SystemExit`"
	}
	fn, name := enclosingCallable(n)
	if !fn.Valid() {
		return // module-level script code may exit
	}
	p.Model.Depend(semantic.DepGuard, "")
	if fn.Is(syntax.KindFunctionDefinition) && isMainFunction(p, fn, guardEntryPoints(p.Tree)) {
		return
	}
	if isSignalHandler(p, fn) {
		return
	}
	p.Reportf(n, "%s in %s ends the whole process: raise an exception or return an error value, and let `main()` choose the exit code", what, name)
}

// raisesSystemExit reports whether a raise statement raises SystemExit.
func raisesSystemExit(p *analysis.Pass, raise syntax.Node) bool {
	exc := syntax.Unparen(raise.NamedChild(0))
	if exc.Is(syntax.KindCall) {
		exc = exc.ChildByField(syntax.FieldFunction)
	}
	q, ok := p.Model.QualifiedName(exc)
	return ok && q == "builtins.SystemExit"
}

// enclosingCallable returns the innermost function or lambda around n and
// how to name it in a message.
func enclosingCallable(n syntax.Node) (syntax.Node, string) {
	for a := range n.Ancestors() {
		switch {
		case a.Is(syntax.KindFunctionDefinition):
			return a, fmt.Sprintf("`%s()`", a.ChildByField(syntax.FieldName).Text())
		case a.Is(syntax.KindLambda):
			return a, "a lambda"
		}
	}
	return syntax.Node{}, ""
}

// isSignalHandler reports whether fn is installed with signal.signal(sig,
// handler) in this file: exiting from a SIGTERM or SIGINT handler is what
// handlers are for.
func isSignalHandler(p *analysis.Pass, fn syntax.Node) bool {
	name := ""
	if fn.Is(syntax.KindFunctionDefinition) {
		name = fn.ChildByField(syntax.FieldName).Text()
	}
	for _, c := range p.Model.CallsNamed("signal") {
		if q, ok := p.Model.CallQualifiedName(c); !ok || q != "signal.signal" {
			continue
		}
		handler, ok := syntax.PositionalArgument(c, 1)
		if !ok {
			handler, ok = syntax.KeywordArgument(c, "handler")
		}
		if !ok {
			continue
		}
		handler = syntax.Unparen(handler)
		if handler.Equal(fn) {
			return true
		}
		if name == "" {
			continue
		}
		if handler.Is(syntax.KindIdentifier) && handler.TextIs(name) {
			return true
		}
		if handler.Is(syntax.KindAttribute) && handler.ChildByField(syntax.FieldAttribute).TextIs(name) {
			return true // self.on_sigterm
		}
	}
	return false
}
