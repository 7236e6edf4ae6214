package semantic

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
	"sort"
)

// A summary is kept encoded: its expressions in one table that parts refer
// to by number, its parts (module-level names, functions, classes, calls,
// stores, references) as bytes, and its strings once each. That takes a
// tenth of the memory of the expressions as Go values, a workspace's
// summaries can stay in memory whole, and a summary is serialisable as it
// is (MarshalBinary). A summaryView decodes the parts an evaluation asks
// for, each once.

// encodedSummary is the encoded content of a Summary.
type encodedSummary struct {
	strs  []string
	exprs []byte
	eoff  []uint32 // offset in exprs of each expression, by number
	parts []byte
	// Offsets in parts, by name.
	globals, funcs, classes, sites, stores, refs nameTable
	bases                                        map[string][]string
}

// nameTable maps names to offsets in parts: the names' numbers in strs,
// sorted by name, and the offsets in the same order. It takes 8 bytes a
// name, where a map took some 60.
type nameTable struct {
	names []uint32
	offs  []uint32
}

// lookup returns the offset of name.
func (t *nameTable) lookup(strs []string, name string) (uint32, bool) {
	i := sort.Search(len(t.names), func(i int) bool { return strs[t.names[i]] >= name })
	if i < len(t.names) && strs[t.names[i]] == name {
		return t.offs[i], true
	}
	return 0, false
}

// tableOf builds the table of m, whose names are numbered by c.
func (c *encoder) tableOf(m map[string]uint32) nameTable {
	names := sortedNames(m)
	t := nameTable{names: make([]uint32, len(names)), offs: make([]uint32, len(names))}
	for i, n := range names {
		t.names[i] = uint32(c.str(n))
		t.offs[i] = m[n]
	}
	return t
}

// encoder builds an encodedSummary.
type encoder struct {
	e    *encodedSummary
	sidx map[string]int
	eid  map[*Expr]int
	list []*Expr // by number
	// The offsets of parts by name, until finish makes them tables.
	globals, funcs, classes, sites, stores, refs map[string]uint32
}

func newEncoder() *encoder {
	return &encoder{e: &encodedSummary{bases: map[string][]string{}}, sidx: map[string]int{"": 0}, eid: map[*Expr]int{},
		globals: map[string]uint32{}, funcs: map[string]uint32{}, classes: map[string]uint32{},
		sites: map[string]uint32{}, stores: map[string]uint32{}, refs: map[string]uint32{}}
}

func (c *encoder) str(s string) uint64 {
	if i, ok := c.sidx[s]; ok {
		return uint64(i)
	}
	if len(c.e.strs) == 0 {
		c.e.strs = append(c.e.strs, "")
	}
	i := len(c.e.strs)
	c.e.strs = append(c.e.strs, s)
	c.sidx[s] = i
	return uint64(i)
}

// expr returns the number of e in the expression table, 0 for nil. The
// expressions form a graph that may have cycles (a local name whose value
// refers to itself): a number is given before the children are visited,
// and the records are written once every number is known (finish).
func (c *encoder) expr(e *Expr) uint64 {
	if e == nil {
		return 0
	}
	if id, ok := c.eid[e]; ok {
		return uint64(id)
	}
	if len(c.list) == 0 {
		c.list = append(c.list, nil) // number 0 is nil
	}
	id := len(c.list)
	c.eid[e] = id
	c.list = append(c.list, e)
	c.expr(e.X)
	for _, a := range e.Args {
		c.expr(a.X)
	}
	for _, a := range e.Alts {
		c.expr(a)
	}
	return uint64(id)
}

// finish writes the records of the expression table.
func (c *encoder) finish() *encodedSummary {
	c.e.eoff = make([]uint32, len(c.list))
	for id := 1; id < len(c.list); id++ {
		e := c.list[id]
		c.e.eoff[id] = uint32(len(c.e.exprs))
		b := c.e.exprs
		b = append(b, byte(e.Op))
		b = binary.AppendUvarint(b, c.str(e.Name))
		b = binary.AppendUvarint(b, c.str(e.Fn))
		if e.Val != nil {
			v := e.Val
			flags := byte(1)
			if v.Async {
				flags |= 2
			}
			if v.Exact {
				flags |= 4
			}
			b = append(b, flags, byte(v.Kind), byte(v.Elem), byte(v.Via))
			b = binary.AppendUvarint(b, c.str(v.Service))
			b = binary.AppendUvarint(b, c.str(v.Type))
			b = binary.AppendUvarint(b, c.str(v.Name))
			b = binary.AppendUvarint(b, c.str(v.Why))
		} else {
			b = append(b, 0)
		}
		b = binary.AppendUvarint(b, c.expr(e.X))
		b = binary.AppendUvarint(b, uint64(len(e.Args)))
		for _, a := range e.Args {
			b = binary.AppendUvarint(b, c.str(a.Name))
			b = append(b, a.Splat)
			b = binary.AppendUvarint(b, c.expr(a.X))
		}
		b = binary.AppendUvarint(b, uint64(len(e.Alts)))
		for _, a := range e.Alts {
			b = binary.AppendUvarint(b, c.expr(a))
		}
		c.e.exprs = b
	}
	c.list = nil
	e := c.e
	// Kept for as long as the module is indexed: without append's spare
	// capacity.
	e.exprs = slices.Clone(e.exprs)
	e.parts = slices.Clone(e.parts)
	e.strs = slices.Clip(e.strs)
	e.globals, e.funcs, e.classes = c.tableOf(c.globals), c.tableOf(c.funcs), c.tableOf(c.classes)
	e.sites, e.stores, e.refs = c.tableOf(c.sites), c.tableOf(c.stores), c.tableOf(c.refs)
	if len(e.strs) == 0 {
		e.strs = []string{""}
	}
	return e
}

func (c *encoder) uv(v uint64) { c.e.parts = binary.AppendUvarint(c.e.parts, v) }

func (c *encoder) bool(v bool) {
	if v {
		c.e.parts = append(c.e.parts, 1)
	} else {
		c.e.parts = append(c.e.parts, 0)
	}
}

func (c *encoder) global(name string, e *Expr) {
	x := c.expr(e)
	c.globals[name] = uint32(len(c.e.parts))
	c.uv(x)
}

func (c *encoder) function(fi *FuncInfo) {
	params := make([][3]uint64, len(fi.Params))
	for i, p := range fi.Params {
		params[i] = [3]uint64{c.str(p.Name), uint64(p.Kind), c.expr(p.Default)}
	}
	rets := make([]uint64, len(fi.Returns))
	for i, r := range fi.Returns {
		rets[i] = c.expr(r)
	}
	decs := make([][2]uint64, len(fi.Decorators))
	for i, d := range fi.Decorators {
		decs[i] = [2]uint64{c.expr(d), c.str(fi.DecoratorNames[i])}
	}
	c.funcs[fi.Qual] = uint32(len(c.e.parts))
	c.uv(c.str(fi.Qual))
	c.uv(c.str(fi.Class))
	c.uv(uint64(fi.Recv))
	c.bool(fi.Property)
	c.bool(fi.Generator)
	c.bool(fi.Forwards)
	c.uv(c.str(fi.Opaque))
	c.uv(uint64(len(params)))
	for _, p := range params {
		c.uv(p[0])
		c.uv(p[1])
		c.uv(p[2])
	}
	c.uv(uint64(len(rets)))
	for _, r := range rets {
		c.uv(r)
	}
	c.uv(uint64(len(decs)))
	for _, d := range decs {
		c.uv(d[0])
		c.uv(d[1])
	}
}

func (c *encoder) class(ci *ClassInfo) {
	bases := make([]uint64, len(ci.Bases))
	for i, b := range ci.Bases {
		bases[i] = c.expr(b)
	}
	attrs := sortedNames(ci.Attrs)
	attrIDs := make([]uint64, len(attrs))
	for i, n := range attrs {
		attrIDs[i] = c.expr(ci.Attrs[n])
	}
	selfNames := sortedNames(ci.Self)
	selfIDs := make([][]uint64, len(selfNames))
	for i, n := range selfNames {
		for _, st := range ci.Self[n] {
			selfIDs[i] = append(selfIDs[i], c.expr(st.X))
		}
	}
	c.classes[ci.Qual] = uint32(len(c.e.parts))
	c.uv(c.str(ci.Qual))
	c.uv(c.str(ci.Dynamic))
	c.uv(uint64(len(bases)))
	for _, b := range bases {
		c.uv(b)
	}
	c.uv(uint64(len(attrs)))
	for i, n := range attrs {
		c.uv(c.str(n))
		c.uv(attrIDs[i])
	}
	c.uv(uint64(len(selfNames)))
	for i, n := range selfNames {
		c.uv(c.str(n))
		stores := ci.Self[n]
		c.uv(uint64(len(stores)))
		for j, st := range stores {
			c.uv(c.str(st.Fn))
			c.bool(st.Elem)
			c.uv(selfIDs[i][j])
		}
	}
}

func sortedNames[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for n := range m {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func (c *encoder) sitesOf(name string, sites []*CallSite) {
	type enc struct {
		fn, callee uint64
		args       [][3]uint64
		line       uint64
	}
	es := make([]enc, len(sites))
	for i, s := range sites {
		es[i] = enc{fn: c.str(s.Fn), callee: c.expr(s.Callee), line: uint64(s.Line)}
		for _, a := range s.Args {
			es[i].args = append(es[i].args, [3]uint64{c.str(a.Name), uint64(a.Splat), c.expr(a.X)})
		}
	}
	c.sites[name] = uint32(len(c.e.parts))
	c.uv(uint64(len(es)))
	for _, s := range es {
		c.uv(s.fn)
		c.uv(s.callee)
		c.uv(s.line)
		c.uv(uint64(len(s.args)))
		for _, a := range s.args {
			c.uv(a[0])
			c.uv(a[1])
			c.uv(a[2])
		}
	}
}

func (c *encoder) storesOf(attr string, stores []*AttrStore) {
	ids := make([][2]uint64, len(stores))
	for i, s := range stores {
		ids[i] = [2]uint64{c.expr(s.Recv), c.expr(s.X)}
	}
	c.stores[attr] = uint32(len(c.e.parts))
	c.uv(uint64(len(stores)))
	for i, s := range stores {
		c.uv(c.str(s.Fn))
		c.uv(ids[i][0])
		c.uv(ids[i][1])
		c.uv(uint64(s.Line))
	}
}

func (c *encoder) refsOf(name string, refs []*Ref) {
	ids := make([]uint64, len(refs))
	for i, r := range refs {
		ids[i] = c.expr(r.X)
	}
	c.refs[name] = uint32(len(c.e.parts))
	c.uv(uint64(len(refs)))
	for i, r := range refs {
		c.uv(c.str(r.Fn))
		c.uv(ids[i])
		c.uv(uint64(r.Line))
	}
}

// summaryView decodes the parts of a summary an evaluation asks for, each
// once. A view belongs to one evaluator (or to the shared one, under its
// lock).
type summaryView struct {
	s        *Summary
	exprs    []*Expr
	funcs    map[string]*FuncInfo
	classes  map[string]*ClassInfo
	siteMemo map[string][]*CallSite
	storeMem map[string][]*AttrStore
	refMemo  map[string][]*Ref
}

func newSummaryView(s *Summary) *summaryView {
	return &summaryView{s: s, funcs: map[string]*FuncInfo{},
		classes: map[string]*ClassInfo{}, siteMemo: map[string][]*CallSite{}, storeMem: map[string][]*AttrStore{}, refMemo: map[string][]*Ref{}}
}

// reader reads varints from a byte slice; a malformed encoding reads as
// zeros (summaries are built by Summarize or checked by UnmarshalBinary).
type reader struct {
	b   []byte
	i   int
	bad bool // a read went past the end or met a malformed varint
}

func (r *reader) uv() uint64 {
	if r.i >= len(r.b) {
		r.bad = true
		return 0
	}
	v, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 {
		r.i = len(r.b)
		r.bad = true
		return 0
	}
	r.i += n
	return v
}

// count reads a number of items, at most the bytes left (each item takes
// one at least): a damaged count cannot make a huge allocation.
func (r *reader) count() int {
	return int(min(r.uv(), uint64(len(r.b)-min(r.i, len(r.b)))))
}

func (r *reader) byte() byte {
	if r.i >= len(r.b) {
		r.bad = true
		return 0
	}
	c := r.b[r.i]
	r.i++
	return c
}

func (v *summaryView) str(i uint64) string {
	if i >= uint64(len(v.s.enc.strs)) {
		return ""
	}
	return v.s.enc.strs[i]
}

func (v *summaryView) expr(id uint64) *Expr {
	if id == 0 || id >= uint64(len(v.s.enc.eoff)) {
		return nil
	}
	if v.exprs == nil {
		// Most views are asked for a name the module has nothing under.
		v.exprs = make([]*Expr, len(v.s.enc.eoff))
	}
	if e := v.exprs[id]; e != nil {
		return e
	}
	r := &reader{b: v.s.enc.exprs, i: int(v.s.enc.eoff[id])}
	e := &Expr{Op: ExprOp(r.byte())}
	v.exprs[id] = e
	e.Name = v.str(r.uv())
	e.Fn = v.str(r.uv())
	if flags := r.byte(); flags&1 != 0 {
		val := &Value{Kind: ValueKind(r.byte()), Elem: ValueKind(r.byte()), Via: Via(r.byte()), Async: flags&2 != 0, Exact: flags&4 != 0}
		val.Service, val.Type, val.Name, val.Why = v.str(r.uv()), v.str(r.uv()), v.str(r.uv()), v.str(r.uv())
		e.Val = val
	}
	e.X = v.expr(r.uv())
	if n := r.count(); n > 0 {
		e.Args = make([]Arg, n)
		for i := range e.Args {
			e.Args[i] = Arg{Name: v.str(r.uv()), Splat: r.byte(), X: v.expr(r.uv())}
		}
	}
	if n := r.count(); n > 0 {
		e.Alts = make([]*Expr, n)
		for i := range e.Alts {
			e.Alts[i] = v.expr(r.uv())
		}
	}
	if e.Op == exprUnknown && e.Name == "" {
		return unknownExpr
	}
	return e
}

func (v *summaryView) part(off uint32) *reader { return &reader{b: v.s.enc.parts, i: int(off)} }

func (v *summaryView) moduleKey() string { return v.s.Key }

func (v *summaryView) global(name string) *Expr {
	off, ok := v.s.enc.globals.lookup(v.s.enc.strs, name)
	if !ok {
		return nil
	}
	return v.expr(v.part(off).uv())
}

func (v *summaryView) function(qual string) *FuncInfo {
	if fi, ok := v.funcs[qual]; ok {
		return fi
	}
	off, ok := v.s.enc.funcs.lookup(v.s.enc.strs, qual)
	if !ok {
		v.funcs[qual] = nil
		return nil
	}
	r := v.part(off)
	fi := &FuncInfo{Qual: v.str(r.uv()), Class: v.str(r.uv()), Recv: RecvKind(r.uv())}
	fi.Property, fi.Generator, fi.Forwards = r.byte() == 1, r.byte() == 1, r.byte() == 1
	fi.Opaque = v.str(r.uv())
	fi.Params = make([]ParamInfo, r.count())
	for i := range fi.Params {
		fi.Params[i] = ParamInfo{Name: v.str(r.uv()), Kind: ParamKind(r.uv()), Default: v.expr(r.uv())}
	}
	fi.Returns = make([]*Expr, r.count())
	for i := range fi.Returns {
		fi.Returns[i] = v.expr(r.uv())
	}
	if n := r.count(); n > 0 {
		fi.Decorators = make([]*Expr, n)
		fi.DecoratorNames = make([]string, n)
		for i := range fi.Decorators {
			fi.Decorators[i] = v.expr(r.uv())
			fi.DecoratorNames[i] = v.str(r.uv())
		}
	}
	v.funcs[qual] = fi
	return fi
}

func (v *summaryView) class(qual string) *ClassInfo {
	if ci, ok := v.classes[qual]; ok {
		return ci
	}
	off, ok := v.s.enc.classes.lookup(v.s.enc.strs, qual)
	if !ok {
		v.classes[qual] = nil
		return nil
	}
	r := v.part(off)
	ci := &ClassInfo{Qual: v.str(r.uv()), Dynamic: v.str(r.uv()), Attrs: map[string]*Expr{}, Self: map[string][]SelfStore{}}
	ci.Bases = make([]*Expr, r.count())
	for i := range ci.Bases {
		ci.Bases[i] = v.expr(r.uv())
	}
	for n := r.count(); n > 0; n-- {
		name := v.str(r.uv())
		ci.Attrs[name] = v.expr(r.uv())
	}
	for n := r.count(); n > 0; n-- {
		name := v.str(r.uv())
		stores := make([]SelfStore, r.count())
		for i := range stores {
			stores[i] = SelfStore{Fn: v.str(r.uv()), Elem: r.byte() == 1, X: v.expr(r.uv())}
		}
		ci.Self[name] = stores
	}
	v.classes[qual] = ci
	return ci
}

func (v *summaryView) sites(name string) []*CallSite {
	if s, ok := v.siteMemo[name]; ok {
		return s
	}
	var out []*CallSite
	if off, ok := v.s.enc.sites.lookup(v.s.enc.strs, name); ok {
		r := v.part(off)
		out = make([]*CallSite, r.count())
		for i := range out {
			s := &CallSite{Fn: v.str(r.uv()), Callee: v.expr(r.uv()), Line: int(r.uv())}
			if n := r.count(); n > 0 {
				s.Args = make([]Arg, n)
				for j := range s.Args {
					s.Args[j] = Arg{Name: v.str(r.uv()), Splat: uint8(r.uv()), X: v.expr(r.uv())}
				}
			}
			out[i] = s
		}
	}
	v.siteMemo[name] = out
	return out
}

func (v *summaryView) stores(attr string) []*AttrStore {
	if s, ok := v.storeMem[attr]; ok {
		return s
	}
	var out []*AttrStore
	if off, ok := v.s.enc.stores.lookup(v.s.enc.strs, attr); ok {
		r := v.part(off)
		out = make([]*AttrStore, r.count())
		for i := range out {
			out[i] = &AttrStore{Fn: v.str(r.uv()), Attr: attr, Recv: v.expr(r.uv()), X: v.expr(r.uv()), Line: int(r.uv())}
		}
	}
	v.storeMem[attr] = out
	return out
}

func (v *summaryView) refs(name string) []*Ref {
	if s, ok := v.refMemo[name]; ok {
		return s
	}
	var out []*Ref
	if off, ok := v.s.enc.refs.lookup(v.s.enc.strs, name); ok {
		r := v.part(off)
		out = make([]*Ref, r.count())
		for i := range out {
			out[i] = &Ref{Fn: v.str(r.uv()), X: v.expr(r.uv()), Line: int(r.uv())}
		}
	}
	v.refMemo[name] = out
	return out
}

func (v *summaryView) subclassesNamed(name string) []string { return v.s.enc.bases[name] }
func (v *summaryView) dynamic() string                      { return v.s.Dynamic }

// summaryMagic starts a serialised summary; the version follows.
const summaryMagic = "BLSUM"

// summaryVersion changes whenever the encoding of summaries or the meaning
// of what they hold changes: a cached summary of another version is
// computed again.
const summaryVersion = 2

// MarshalBinary serialises a summary (for a cache of summaries kept by
// content hash).
func (s *Summary) MarshalBinary() ([]byte, error) {
	var b []byte
	b = append(b, summaryMagic...)
	b = binary.AppendUvarint(b, summaryVersion)
	str := func(x string) {
		b = binary.AppendUvarint(b, uint64(len(x)))
		b = append(b, x...)
	}
	strs := func(xs []string) {
		b = binary.AppendUvarint(b, uint64(len(xs)))
		for _, x := range xs {
			str(x)
		}
	}
	bytes := func(x []byte) {
		b = binary.AppendUvarint(b, uint64(len(x)))
		b = append(b, x...)
	}
	table := func(t nameTable) {
		b = binary.AppendUvarint(b, uint64(len(t.names)))
		for i := range t.names {
			b = binary.AppendUvarint(b, uint64(t.names[i]))
			b = binary.AppendUvarint(b, uint64(t.offs[i]))
		}
	}
	str(s.Key)
	str(s.Dynamic)
	strs(s.Events)
	if s.AWS {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	strs(s.names)
	strs(s.pruned)
	e := s.enc
	strs(e.strs)
	bytes(e.exprs)
	b = binary.AppendUvarint(b, uint64(len(e.eoff)))
	for _, o := range e.eoff {
		b = binary.AppendUvarint(b, uint64(o))
	}
	bytes(e.parts)
	for _, t := range []nameTable{e.globals, e.funcs, e.classes, e.sites, e.stores, e.refs} {
		table(t)
	}
	names := sortedNames(e.bases)
	b = binary.AppendUvarint(b, uint64(len(names)))
	for _, n := range names {
		str(n)
		strs(e.bases[n])
	}
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b)), nil
}

// errSummary reports a serialised summary that cannot be read.
var errSummary = errors.New("semantic: malformed summary")

// UnmarshalBinary reads a summary written by MarshalBinary. A checksum
// covers the whole encoding, and every offset and expression number is
// checked, so a damaged cache entry is an error, never a wrong value.
func (s *Summary) UnmarshalBinary(data []byte) error {
	if len(data) < len(summaryMagic)+4 || string(data[:len(summaryMagic)]) != summaryMagic {
		return errSummary
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.BigEndian.Uint32(data[len(body):]) {
		return errSummary
	}
	data = body
	r := &reader{b: data, i: len(summaryMagic)}
	bad := false
	n := func(limit int) int {
		v := r.uv()
		if v > uint64(limit) || r.i > len(r.b) {
			bad = true
			return 0
		}
		return int(v)
	}
	if v := r.uv(); v != summaryVersion {
		return fmt.Errorf("semantic: summary version %d, want %d", v, summaryVersion)
	}
	str := func() string {
		l := n(len(r.b) - r.i)
		if bad || r.i+l > len(r.b) {
			bad = true
			return ""
		}
		x := string(r.b[r.i : r.i+l])
		r.i += l
		return x
	}
	strs := func() []string {
		c := n(len(r.b))
		var out []string
		for i := 0; i < c && !bad; i++ {
			out = append(out, str())
		}
		return out
	}
	bytesOf := func() []byte {
		l := n(len(r.b) - r.i)
		if bad || r.i+l > len(r.b) {
			bad = true
			return nil
		}
		x := append([]byte(nil), r.b[r.i:r.i+l]...)
		r.i += l
		return x
	}
	s.Key = str()
	s.Dynamic = str()
	s.Events = strs()
	s.AWS = r.byte() == 1
	s.names = strs()
	s.pruned = strs()
	e := &encodedSummary{bases: map[string][]string{}}
	e.strs = strs()
	if len(e.strs) == 0 {
		return errSummary
	}
	e.exprs = bytesOf()
	cnt := n(len(r.b))
	e.eoff = make([]uint32, 0, cnt)
	for i := 0; i < cnt && !bad; i++ {
		o := n(len(e.exprs))
		e.eoff = append(e.eoff, uint32(o))
	}
	e.parts = bytesOf()
	for _, t := range []*nameTable{&e.globals, &e.funcs, &e.classes, &e.sites, &e.stores, &e.refs} {
		c := n(len(r.b))
		for i := 0; i < c && !bad; i++ {
			id := n(len(e.strs) - 1)
			if i > 0 && !bad && e.strs[t.names[i-1]] >= e.strs[id] {
				bad = true // not sorted: lookup would miss names
			}
			t.names = append(t.names, uint32(id))
			t.offs = append(t.offs, uint32(n(len(e.parts))))
		}
	}
	c := n(len(r.b))
	for i := 0; i < c && !bad; i++ {
		name := str()
		e.bases[name] = strs()
	}
	if bad || r.bad || r.i != len(r.b) || !validExprs(e) {
		return errSummary
	}
	s.enc = e
	return nil
}

// validExprs checks that every expression's references point to
// expressions and strings that exist.
func validExprs(e *encodedSummary) bool {
	ns := uint64(len(e.strs))
	for id := 1; id < len(e.eoff); id++ {
		r := &reader{b: e.exprs, i: int(e.eoff[id])}
		if r.i >= len(r.b) || r.b[r.i] >= byte(exprOps) {
			return false
		}
		r.i++
		if r.uv() >= ns && ns > 0 || r.uv() >= ns && ns > 0 {
			return false
		}
		if flags := r.byte(); flags&1 != 0 {
			r.i += 3
			for k := 0; k < 4; k++ {
				if r.uv() >= ns {
					return false
				}
			}
		}
		ref := func() bool { return r.uv() < uint64(len(e.eoff)) }
		if !ref() {
			return false
		}
		for k := r.uv(); k > 0; k-- {
			if r.uv() >= ns {
				return false
			}
			r.byte()
			if !ref() {
				return false
			}
		}
		for k := r.uv(); k > 0; k-- {
			if !ref() {
				return false
			}
		}
		if r.i > len(r.b) {
			return false
		}
	}
	return true
}
