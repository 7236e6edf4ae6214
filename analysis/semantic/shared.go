package semantic

import (
	"sync"
)

// Shared answers, once for all the files checked in one program, the
// queries resolution makes beyond a file's own expressions: module-level
// names, the parameters of functions from their call sites, the attributes
// of instances, what calls of the program's functions return. It evaluates
// the program's summaries only, so a file may use it only while its text
// is the one its summary was made from (see SharedProgram); the CLI checks
// each file of a run so, and the cost of what crosses modules is paid once
// per run instead of once per importing file.
type Shared struct {
	mu      sync.Mutex
	ev, xev *evaluator // normal and explaining
}

// SharedProgram is a Program that keeps a Shared evaluator for the files
// whose text it summarized.
type SharedProgram interface {
	Program
	// Shared returns the program's shared evaluator.
	Shared() *Shared
	// Current reports whether src is the text the summary of module key
	// was made from.
	Current(key string, src []byte) bool
}

// NewShared returns a shared evaluator of prog's summaries.
func NewShared(prog Program, svc Services) *Shared {
	mk := func(explain bool) *evaluator {
		ev := newEvaluator(&Model{prog: prog, svc: svc})
		ev.m = nil
		ev.explain = explain
		return ev
	}
	return &Shared{ev: mk(false), xev: mk(true)}
}

func (s *Shared) do(explain bool, f func(*evaluator) Value) Value {
	s.mu.Lock()
	defer s.mu.Unlock()
	ev := s.ev
	if explain {
		ev = s.xev
	}
	if ev.depth == 0 {
		ev.steps = 0
	}
	v := f(ev)
	if v.Kind == pending && ev.qdepth == 0 {
		v = Value{}
	}
	return v
}

func (s *Shared) usesArgs(explain bool, cv Value) bool {
	uses := false
	s.do(explain, func(ev *evaluator) Value {
		uses = ev.callUsesArgs(cv)
		return Value{}
	})
	return uses
}

func (s *Shared) call(explain bool, cv Value, args []argVal, uses bool) Value {
	return s.do(explain, func(ev *evaluator) Value { return ev.callWith(cv, args, uses) })
}
