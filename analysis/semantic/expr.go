package semantic

import (
	"unique"

	"github.com/botolint/botolint/analysis/syntax"
)

// Expr is the symbolic form of an expression that resolution evaluates:
// what a name, attribute, call or literal computes, with the names already
// looked up in their scopes. Local names are replaced by the expressions
// bound to them; what comes from outside the function stays symbolic: a
// module-level name (exprGlobal), a parameter (exprParam), the receiver of
// a method (exprSelf), an import (exprImport). The evaluator gives those a
// value from the module, from the call sites of the function, from the
// class hierarchy or from other modules of the program.
//
// An Expr is built from the syntax tree of the file being checked
// (lower.go), with node set, or stored in a module summary without
// nodes, for other modules (summary.go). Exprs are immutable once built,
// except for the memo of a live expression's value, which only the model
// that built it touches, under its lock.
type Expr struct {
	Op   ExprOp
	Name string // global, parameter, attribute or definition name; import spec; reason of an unknown
	Fn   string // qualname of the function a parameter or receiver belongs to
	Val  *Value // exprConst
	X    *Expr  // object of an attribute, callee, container of an element
	Args []Arg  // call arguments
	Alts []*Expr

	// lv is what only an expression of the live tree has: nil in
	// summaries.
	lv *liveExpr
}

// liveExpr is the part of an Expr of the file being checked that a
// summary leaves out.
type liveExpr struct {
	node syntax.Node // the expression in the live tree

	memoState uint8 // 1: memo holds the value in the default frame
	deps      []Dep // the facts computing memo read (see depSet)
	memo      Value
	// lazyArgs marks a call whose Args are lowered on first use
	// (Model.argsOf): most calls are never evaluated with theirs.
	lazyArgs bool
	// local holds, for an exprLocal, the bindings X is lowered from on
	// first use (Model.localOf). Names are lowered lazily so that lowering
	// never follows a name into its own value: cycles (x = f(x)) are met,
	// and settled, by the evaluator.
	local *localRef
}

// node returns the syntax of a live expression, the zero Node otherwise.
func (e *Expr) node() syntax.Node {
	if e.lv == nil {
		return syntax.Node{}
	}
	return e.lv.node
}

// liveAt returns the live part of an expression built for node n.
func liveAt(n syntax.Node) *liveExpr { return &liveExpr{node: n} }

// ExprOp is the operation of an Expr.
type ExprOp uint8

const (
	exprUnknown  ExprOp = iota // Name says why
	exprConst                  // Val
	exprGlobal                 // Name: a name bound at the top level of the module the expression is in
	exprParam                  // Fn, Name: a parameter of a function without an annotation botolint reads
	exprSelf                   // Fn: the receiver (self or cls) of method Fn
	exprImport                 // Name: what an import binds ("boto3.client", "..aws.s3_client")
	exprAttr                   // X.Name
	exprCall                   // X(Args)
	exprIndex                  // X[...]: an element of a container
	exprElem                   // an element of iterating X
	exprAgree                  // Alts: the common value of every one that is not None
	exprOrElse                 // X when it is known, else Alts[0]
	exprWith                   // X as bound by `with X as name` (clients and resources pass)
	exprCaught                 // X: the exception type(s) of `except X as e`
	exprList                   // Alts: the elements of a container literal or comprehension
	exprStored                 // X: a container; Alts: the elements stored into it (x[k] = v, x.append(v))
	exprLocal                  // Name: a local name; X: the common value of its bindings that reach the use
	exprSuper                  // Fn: super() in method Fn
	exprCond                   // X ? Alts[0] : Alts[1]: a conditional expression, X an exprTest
	exprGuard                  // X, reached only when each condition Alts[i] is true (Name[i] == '1') or false ('0'); None otherwise
	exprTest                   // a condition: Name is the operator ("==", "is not", "in list", "not", "and", "or", "truth"), Alts the operands
	exprDef                    // Name: qualname of a function defined in the module
	exprClassDef               // Name: qualname of a class defined in the module

	exprOps // the number of operators, for checking encodings
)

// Arg is one argument of a call.
type Arg struct {
	Name  string // keyword; "" for positional and splats
	Splat uint8  // 1 for *x, 2 for **x
	X     *Expr
}

type localRef struct {
	s  *Scope
	bs []*Binding
}

var unknownExpr = &Expr{Op: exprUnknown}

// unknownBecause returns an unknown expression with a reason.
func unknownBecause(why string) *Expr { return &Expr{Op: exprUnknown, Name: why} }

func constExpr(v Value, n syntax.Node) *Expr { return &Expr{Op: exprConst, Val: &v, lv: liveAt(n)} }

// stripper copies live expressions into a summary: without syntax nodes
// or memos, with the arguments of calls and the bindings of names lowered.
// Shared subexpressions stay shared, and equal leaves (constants, unknowns
// with one reason, uses of one local name) are made one.
type stripper struct {
	m      *Model
	seen   map[*Expr]*Expr
	consts map[Value]*Expr
	leaves map[leafKey]*Expr
	strs   map[string]string
}

// str returns a copy of s that does not share the module's text (names
// the syntax tree gives point into it, and would keep it alive), one per
// distinct string.
func (st *stripper) str(s string) string {
	if c, ok := st.strs[s]; ok {
		return c
	}
	// One copy for all the summaries of a workspace: modules share most
	// of their names (self, client, boto3, the names of their functions).
	c := unique.Make(s).Value()
	st.strs[c] = c
	return c
}

func (st *stripper) value(v Value) Value {
	v.Origin = syntax.Node{}
	v.Service, v.Type, v.Name, v.Why = st.str(v.Service), st.str(v.Type), st.str(v.Name), st.str(v.Why)
	return v
}

type leafKey struct {
	op   ExprOp
	name string
	x    *Expr
}

func newStripper(m *Model) *stripper {
	return &stripper{m: m, seen: map[*Expr]*Expr{}, consts: map[Value]*Expr{}, leaves: map[leafKey]*Expr{}, strs: map[string]string{}}
}

func (st *stripper) expr(e *Expr) *Expr {
	if e == nil {
		return nil
	}
	if c, ok := st.seen[e]; ok {
		return c
	}
	switch e.Op {
	case exprUnknown:
		if e.Name == "" {
			return unknownExpr
		}
		k := leafKey{op: exprUnknown, name: e.Name}
		if c, ok := st.leaves[k]; ok {
			return c
		}
		c := &Expr{Op: exprUnknown, Name: st.str(e.Name)}
		st.leaves[k] = c
		return c
	case exprConst:
		v := st.value(*e.Val)
		if c, ok := st.consts[v]; ok {
			return c
		}
		c := &Expr{Op: exprConst, Val: &v}
		st.consts[v] = c
		st.seen[e] = c
		return c
	case exprLocal:
		// Uses of one name that see the same bindings share one expression;
		// it is made before what it refers to, which may lead back to it
		// (x = f(x)).
		lx := st.m.localOf(e)
		k := leafKey{op: exprLocal, name: e.Name, x: lx}
		if c, ok := st.leaves[k]; ok {
			st.seen[e] = c
			return c
		}
		c := &Expr{Op: exprLocal, Name: st.str(e.Name)}
		st.leaves[k] = c
		st.seen[e] = c
		c.X = st.expr(lx)
		return c
	}
	c := &Expr{Op: e.Op, Name: st.str(e.Name), Fn: st.str(e.Fn)}
	st.seen[e] = c
	c.X = st.expr(e.X)
	c.Args = st.args(st.m.argsOf(e))
	if len(e.Alts) > 0 {
		c.Alts = make([]*Expr, len(e.Alts))
		for i, a := range e.Alts {
			c.Alts[i] = st.expr(a)
		}
	}
	return c
}

func (st *stripper) args(args []Arg) []Arg {
	if len(args) == 0 {
		return nil
	}
	out := make([]Arg, len(args))
	for i, a := range args {
		out[i] = Arg{Name: st.str(a.Name), Splat: a.Splat, X: st.expr(a.X)}
	}
	return out
}
