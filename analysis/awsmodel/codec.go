package awsmodel

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// The embedded catalog format.
//
// The file is an index followed by one independent blob per service (and one
// per resource model), so that a linter run touching three services inflates
// and decodes three blobs and never looks at the other four hundred:
//
//	magic "BTOCAT03"
//	string botocore version, string boto3 version
//	uvarint compression (0 none, 1 raw DEFLATE per blob)
//	uvarint n; n x {string name, string api version, uvarint offset, uvarint length, uvarint raw length}
//	uvarint m; m x {string service, uvarint offset, uvarint length, uvarint raw length}
//	blobs (offsets are relative to the first blob byte)
//
// "string" in the index is a uvarint length and the bytes.
//
// A service blob is a string table (count, lengths, then all the bytes in one
// run, so a decoder turns the whole table into one Go string and slices it)
// followed by the service with every string written as a table index and
// every shape reference as a shape index. Shapes, members, enum values and
// min/max numbers are counted up front so the decoder allocates each kind
// once. Resource model blobs are JSON: nine small files, decoded rarely.
//
// Why DEFLATE: measured on botocore 1.43.67 (429 services), the blobs take
// 5.4 MB raw and 2.0 MB deflated. In a warm benchmark loop inflating makes a
// decode slower (ec2, the largest service: 2.1-2.6 ms against 0.5-2 ms raw,
// on a noisy shared 2-CPU machine), but on the first use in a fresh process,
// the case that matters, both variants measure the same (ec2 5-6.5 ms, s3
// 1.4-2.8 ms): page faults on the raw bytes cost what inflating does. So the
// binary carries 3.4 MB less for nothing. The format keeps the raw variant
// (compression 0); tests cover it.
//
// Strings are deliberately not shared across services: the 181,514
// per-service table entries hold 125,055 distinct strings, too little
// repetition to pay for a global table that every decode would need.

const catalogMagic = "BTOCAT03"

const (
	compressNone    = 0
	compressDeflate = 1
)

// wbuf is an append-only byte buffer with varint helpers.
type wbuf []byte

func (w *wbuf) uv(v uint64)   { *w = binary.AppendUvarint(*w, v) }
func (w *wbuf) sv(v int64)    { *w = binary.AppendVarint(*w, v) }
func (w *wbuf) b(c byte)      { *w = append(*w, c) }
func (w *wbuf) lstr(s string) { w.uv(uint64(len(s))); *w = append(*w, s...) }
func (w *wbuf) f64(f float64) { *w = binary.LittleEndian.AppendUint64(*w, math.Float64bits(f)) }

// num writes a model number: integral values (all of them in practice) as a
// varint, anything else as float64 bits.
func (w *wbuf) num(f float64) {
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		w.b(0)
		w.sv(int64(f))
		return
	}
	w.b(1)
	w.f64(f)
}

// Shape type codes; a type outside the table is written as 255 and the name.
var shapeTypes = []string{"structure", "list", "map", "string", "integer", "long", "boolean", "float", "double", "timestamp", "blob", "bigdecimal", "biginteger"}

var locations = []string{"", "uri", "querystring", "header", "headers", "statusCode"}

const (
	shapeUnion = 1 << iota
	shapeDocument
	shapeStreaming
	shapeEventStream
	shapeSensitive
	shapeDeprecated
	shapeHasMin
	shapeHasMax
)

const (
	memberRequired = 1 << iota
	memberHostLabel
	memberIdempotency
	memberFilled
	memberDeprecated
)

const (
	opDeprecated = 1 << iota
	opNotOnClient
)

type svcEncoder struct {
	body   wbuf
	index  map[string]uint64
	strTab []string
}

func (e *svcEncoder) s(str string) {
	i, ok := e.index[str]
	if !ok {
		i = uint64(len(e.strTab))
		e.index[str] = i
		e.strTab = append(e.strTab, str)
	}
	e.body.uv(i)
}

func (e *svcEncoder) list(l []string) {
	e.body.uv(uint64(len(l)))
	for _, x := range l {
		e.s(x)
	}
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// encodeService writes one service blob (uncompressed).
func encodeService(svc *Service) []byte {
	e := &svcEncoder{index: make(map[string]uint64)}
	w := &e.body
	for _, s := range []string{svc.Name, svc.APIVersion, svc.ServiceID, svc.FullName, svc.Protocol, svc.SignatureVersion, svc.EndpointPrefix} {
		e.s(s)
	}

	excIdx := make(map[*Exception]uint64, len(svc.Exceptions))
	w.uv(uint64(len(svc.Exceptions)))
	for i, x := range svc.Exceptions {
		excIdx[x] = uint64(i)
		e.s(x.Name)
		e.s(x.Code)
		w.uv(uint64(x.HTTPStatus))
		if x.Fault {
			w.b(1)
		} else {
			w.b(0)
		}
	}

	shapes := svc.shapes()
	shapeIdx := make(map[*Shape]uint64, len(shapes))
	var nMembers, nEnums, nNums int
	for i, sh := range shapes {
		shapeIdx[sh] = uint64(i)
		nMembers += len(sh.Members)
		nEnums += len(sh.Enum)
		if sh.Min != nil {
			nNums++
		}
		if sh.Max != nil {
			nNums++
		}
	}
	ref := func(sh *Shape) {
		if sh == nil {
			w.uv(0)
			return
		}
		w.uv(shapeIdx[sh] + 1)
	}
	w.uv(uint64(len(shapes)))
	w.uv(uint64(nMembers))
	w.uv(uint64(nEnums))
	w.uv(uint64(nNums))
	for _, sh := range shapes {
		e.s(sh.Name)
		if t := indexOf(shapeTypes, sh.Type); t >= 0 {
			w.b(byte(t))
		} else {
			w.b(255)
			e.s(sh.Type)
		}
		var flags uint64
		for _, f := range []struct {
			on  bool
			bit uint64
		}{
			{sh.Union, shapeUnion}, {sh.Document, shapeDocument}, {sh.Streaming, shapeStreaming},
			{sh.EventStream, shapeEventStream}, {sh.Sensitive, shapeSensitive}, {sh.Deprecated, shapeDeprecated},
			{sh.Min != nil, shapeHasMin}, {sh.Max != nil, shapeHasMax},
		} {
			if f.on {
				flags |= f.bit
			}
		}
		w.uv(flags)
		if sh.Min != nil {
			w.num(*sh.Min)
		}
		if sh.Max != nil {
			w.num(*sh.Max)
		}
		e.list(sh.Enum)
		w.uv(uint64(len(sh.Members)))
		for _, m := range sh.Members {
			e.s(m.Name)
			ref(m.Shape)
			var mf byte
			if m.Required {
				mf |= memberRequired
			}
			if m.HostLabel {
				mf |= memberHostLabel
			}
			if m.IdempotencyToken {
				mf |= memberIdempotency
			}
			if m.FilledByBotocore {
				mf |= memberFilled
			}
			if m.Deprecated {
				mf |= memberDeprecated
			}
			w.b(mf)
			if l := indexOf(locations, m.Location); l >= 0 {
				w.b(byte(l))
			} else {
				w.b(255)
				e.s(m.Location)
			}
			e.s(m.ContextParam)
		}
		ref(sh.Member)
		ref(sh.Key)
		ref(sh.Value)
	}

	w.uv(uint64(len(svc.Operations)))
	for _, op := range svc.Operations {
		e.s(op.Name)
		e.s(op.Method)
		ref(op.Input)
		var f byte
		if op.Deprecated {
			f |= opDeprecated
		}
		if op.NotOnClient {
			f |= opNotOnClient
		}
		w.b(f)
		e.s(op.HTTPMethod)
		w.uv(uint64(len(op.Errors)))
		for _, x := range op.Errors {
			w.uv(excIdx[x])
		}
	}

	w.uv(uint64(len(svc.Paginators)))
	for _, p := range svc.Paginators {
		e.s(p.Method)
		e.s(p.Operation)
		e.list(p.InputTokens)
		e.list(p.OutputTokens)
		e.list(p.ResultKeys)
		e.s(p.LimitKey)
		e.s(p.MoreResults)
		e.list(p.NonAggregateKeys)
	}

	w.uv(uint64(len(svc.Waiters)))
	for _, wt := range svc.Waiters {
		e.s(wt.Name)
		e.s(wt.Method)
		e.s(wt.Operation)
		w.uv(uint64(wt.Delay))
		w.uv(uint64(wt.MaxAttempts))
		w.uv(uint64(len(wt.Acceptors)))
		for _, a := range wt.Acceptors {
			e.s(a.State)
			e.s(a.Matcher)
			e.s(a.Argument)
			switch v := a.Expected.(type) {
			case string:
				w.b(1)
				e.s(v)
			case bool:
				if v {
					w.b(2)
				} else {
					w.b(3)
				}
			case int:
				w.b(4)
				w.sv(int64(v))
			case float64:
				w.b(5)
				w.f64(v)
			default:
				w.b(0)
			}
		}
	}

	var out wbuf
	out.uv(uint64(len(e.strTab)))
	for _, s := range e.strTab {
		out.uv(uint64(len(s)))
	}
	for _, s := range e.strTab {
		out = append(out, s...)
	}
	out = append(out, e.body...)
	return out
}

// reader decodes from a string so that decoded strings can be substrings of
// one backing string: no allocation per name.
type reader struct {
	data string
	pos  int
	err  error
	strs []string
}

var errCorrupt = errors.New("awsmodel: corrupt catalog data")

func (r *reader) fail() {
	if r.err == nil {
		r.err = errCorrupt
	}
	r.pos = len(r.data)
}

func (r *reader) uv() uint64 {
	var x uint64
	var shift uint
	for i := 0; i < binary.MaxVarintLen64; i++ {
		if r.pos >= len(r.data) {
			r.fail()
			return 0
		}
		c := r.data[r.pos]
		r.pos++
		if c < 0x80 {
			return x | uint64(c)<<shift
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	r.fail()
	return 0
}

func (r *reader) sv() int64 {
	ux := r.uv()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

func (r *reader) b() byte {
	if r.pos >= len(r.data) {
		r.fail()
		return 0
	}
	c := r.data[r.pos]
	r.pos++
	return c
}

func (r *reader) f64() float64 {
	if len(r.data)-r.pos < 8 {
		r.fail()
		return 0
	}
	var u uint64
	for i := 7; i >= 0; i-- {
		u = u<<8 | uint64(r.data[r.pos+i])
	}
	r.pos += 8
	return math.Float64frombits(u)
}

func (r *reader) num() float64 {
	if r.b() == 0 {
		return float64(r.sv())
	}
	return r.f64()
}

// count reads an element count and rejects counts the remaining data cannot
// hold (every element takes at least one byte), so corrupt input cannot make
// the decoder allocate wildly.
func (r *reader) count() int {
	n := r.uv()
	if n > uint64(len(r.data)-r.pos) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *reader) lstr() string {
	n := r.count()
	s := r.data[r.pos : r.pos+n]
	r.pos += n
	return s
}

func (r *reader) s() string {
	i := r.uv()
	if i >= uint64(len(r.strs)) {
		r.fail()
		return ""
	}
	return r.strs[i]
}

func (r *reader) list() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.s()
	}
	return out
}

// decodeService decodes one service blob. The returned Service holds
// substrings of data.
func decodeService(data string) (*Service, error) {
	r := &reader{data: data}
	nStr := r.count()
	// Lengths come first, then the bytes: read the lengths once to find
	// where the bytes start, then again to cut the strings.
	lensAt := r.pos
	total := 0
	for range nStr {
		n := r.uv()
		if n > uint64(len(data)) {
			return nil, errCorrupt
		}
		total += int(n)
	}
	if r.err != nil || total > len(data)-r.pos {
		return nil, errCorrupt
	}
	bytesAt := r.pos
	r.pos = lensAt
	r.strs = make([]string, nStr)
	for i := range r.strs {
		n := int(r.uv())
		r.strs[i] = data[bytesAt : bytesAt+n]
		bytesAt += n
	}
	r.pos = bytesAt

	svc := &Service{}
	for _, dst := range []*string{&svc.Name, &svc.APIVersion, &svc.ServiceID, &svc.FullName, &svc.Protocol, &svc.SignatureVersion, &svc.EndpointPrefix} {
		*dst = r.s()
	}

	nExc := r.count()
	excs := make([]Exception, nExc)
	svc.Exceptions = make([]*Exception, nExc)
	for i := range excs {
		x := &excs[i]
		x.Name = r.s()
		x.Code = r.s()
		x.HTTPStatus = int(r.uv())
		x.Fault = r.b() == 1
		svc.Exceptions[i] = x
	}

	nShapes := r.count()
	nMembers := r.count()
	nEnums := r.count()
	nNums := r.count()
	shapes := make([]Shape, nShapes)
	shapePtrs := make([]*Shape, nShapes)
	members := make([]Member, nMembers)
	memberPtrs := make([]*Member, nMembers)
	enums := make([]string, nEnums)
	nums := make([]float64, nNums)
	ref := func() *Shape {
		i := r.uv()
		if i == 0 {
			return nil
		}
		if i > uint64(nShapes) {
			r.fail()
			return nil
		}
		return &shapes[i-1]
	}
	takeNum := func() *float64 {
		if len(nums) == 0 {
			r.fail()
			return nil
		}
		p := &nums[0]
		*p = r.num()
		nums = nums[1:]
		return p
	}
	for i := range shapes {
		if r.err != nil {
			return nil, r.err
		}
		sh := &shapes[i]
		shapePtrs[i] = sh
		sh.Name = r.s()
		if t := r.b(); int(t) < len(shapeTypes) {
			sh.Type = shapeTypes[t]
		} else {
			sh.Type = r.s()
		}
		flags := r.uv()
		sh.Union = flags&shapeUnion != 0
		sh.Document = flags&shapeDocument != 0
		sh.Streaming = flags&shapeStreaming != 0
		sh.EventStream = flags&shapeEventStream != 0
		sh.Sensitive = flags&shapeSensitive != 0
		sh.Deprecated = flags&shapeDeprecated != 0
		if flags&shapeHasMin != 0 {
			sh.Min = takeNum()
		}
		if flags&shapeHasMax != 0 {
			sh.Max = takeNum()
		}
		if n := r.count(); n > 0 {
			if n > len(enums) {
				r.fail()
				return nil, r.err
			}
			sh.Enum = enums[:n:n]
			enums = enums[n:]
			for j := range sh.Enum {
				sh.Enum[j] = r.s()
			}
		}
		if n := r.count(); n > 0 {
			if n > len(members) {
				r.fail()
				return nil, r.err
			}
			sh.Members = memberPtrs[:n:n]
			memberPtrs = memberPtrs[n:]
			for j := range n {
				m := &members[j]
				sh.Members[j] = m
				m.Name = r.s()
				m.Shape = ref()
				mf := r.b()
				m.Required = mf&memberRequired != 0
				m.HostLabel = mf&memberHostLabel != 0
				m.IdempotencyToken = mf&memberIdempotency != 0
				m.FilledByBotocore = mf&memberFilled != 0
				m.Deprecated = mf&memberDeprecated != 0
				if l := r.b(); int(l) < len(locations) {
					m.Location = locations[l]
				} else {
					m.Location = r.s()
				}
				m.ContextParam = r.s()
			}
			members = members[n:]
		}
		sh.Member = ref()
		sh.Key = ref()
		sh.Value = ref()
	}

	nOps := r.count()
	ops := make([]Operation, nOps)
	svc.Operations = make([]*Operation, nOps)
	for i := range ops {
		op := &ops[i]
		op.Name = r.s()
		op.Method = r.s()
		op.Input = ref()
		f := r.b()
		op.Deprecated = f&opDeprecated != 0
		op.NotOnClient = f&opNotOnClient != 0
		op.HTTPMethod = r.s()
		if n := r.count(); n > 0 {
			op.Errors = make([]*Exception, n)
			for j := range op.Errors {
				k := r.uv()
				if k >= uint64(nExc) {
					r.fail()
					return nil, r.err
				}
				op.Errors[j] = &excs[k]
			}
		}
		svc.Operations[i] = op
	}

	nPag := r.count()
	pags := make([]Paginator, nPag)
	svc.Paginators = make([]*Paginator, nPag)
	for i := range pags {
		p := &pags[i]
		p.Method = r.s()
		p.Operation = r.s()
		p.InputTokens = r.list()
		p.OutputTokens = r.list()
		p.ResultKeys = r.list()
		p.LimitKey = r.s()
		p.MoreResults = r.s()
		p.NonAggregateKeys = r.list()
		svc.Paginators[i] = p
	}

	nWait := r.count()
	waits := make([]Waiter, nWait)
	svc.Waiters = make([]*Waiter, nWait)
	for i := range waits {
		wt := &waits[i]
		wt.Name = r.s()
		wt.Method = r.s()
		wt.Operation = r.s()
		wt.Delay = int(r.uv())
		wt.MaxAttempts = int(r.uv())
		if n := r.count(); n > 0 {
			wt.Acceptors = make([]Acceptor, n)
			for j := range wt.Acceptors {
				a := &wt.Acceptors[j]
				a.State = r.s()
				a.Matcher = r.s()
				a.Argument = r.s()
				switch r.b() {
				case 1:
					a.Expected = r.s()
				case 2:
					a.Expected = true
				case 3:
					a.Expected = false
				case 4:
					a.Expected = int(r.sv())
				case 5:
					a.Expected = r.f64()
				}
			}
		}
		svc.Waiters[i] = wt
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.pos != len(r.data) {
		return nil, errCorrupt
	}
	svc.finish(shapePtrs)
	return svc, nil
}

// blobRef locates one blob in the payload.
type blobRef struct {
	off, length, rawLength int
}

// catalogIndex is the parsed index of an encoded catalog.
type catalogIndex struct {
	version      string
	boto3Version string
	compression  int
	services     []indexEntry
	resources    []indexEntry
	payload      string
}

type indexEntry struct {
	name, apiVersion string
	blob             blobRef
}

func readCatalogIndex(data string) (*catalogIndex, error) {
	if !strings.HasPrefix(data, catalogMagic) {
		return nil, fmt.Errorf("awsmodel: not a catalog (bad magic)")
	}
	r := &reader{data: data, pos: len(catalogMagic)}
	idx := &catalogIndex{}
	idx.version = r.lstr()
	idx.boto3Version = r.lstr()
	idx.compression = int(r.uv())
	n := r.count()
	for range n {
		e := indexEntry{name: r.lstr(), apiVersion: r.lstr()}
		e.blob = blobRef{int(r.uv()), int(r.uv()), int(r.uv())}
		idx.services = append(idx.services, e)
	}
	m := r.count()
	for range m {
		e := indexEntry{name: r.lstr()}
		e.blob = blobRef{int(r.uv()), int(r.uv()), int(r.uv())}
		idx.resources = append(idx.resources, e)
	}
	if r.err != nil {
		return nil, r.err
	}
	idx.payload = data[r.pos:]
	for _, list := range [][]indexEntry{idx.services, idx.resources} {
		for _, e := range list {
			b := e.blob
			if b.off < 0 || b.length < 0 || b.off > len(idx.payload) || b.length > len(idx.payload)-b.off ||
				b.rawLength < 0 || b.rawLength > maxModelFile {
				return nil, errCorrupt
			}
		}
	}
	return idx, nil
}

// blob returns the decompressed bytes of one blob as a string.
func (idx *catalogIndex) blob(b blobRef) (string, error) {
	raw := idx.payload[b.off : b.off+b.length]
	if idx.compression == compressNone {
		return raw, nil
	}
	zr := flate.NewReader(strings.NewReader(raw))
	defer zr.Close()
	var sb strings.Builder
	sb.Grow(b.rawLength)
	if _, err := io.Copy(&sb, io.LimitReader(zr, int64(b.rawLength)+1)); err != nil {
		return "", fmt.Errorf("awsmodel: %w", err)
	}
	if sb.Len() != b.rawLength {
		return "", errCorrupt
	}
	return sb.String(), nil
}

// writeCatalog encodes services and resource models into the catalog format.
func writeCatalog(w io.Writer, version, boto3Version string, compression int, services []*Service, resources []*ResourceModel) error {
	var payload bytes.Buffer
	pack := func(raw []byte) (blobRef, error) {
		ref := blobRef{off: payload.Len(), rawLength: len(raw)}
		if compression == compressDeflate {
			zw, err := flate.NewWriter(&payload, flate.BestCompression)
			if err != nil {
				return ref, err
			}
			if _, err := zw.Write(raw); err != nil {
				return ref, err
			}
			if err := zw.Close(); err != nil {
				return ref, err
			}
		} else {
			payload.Write(raw)
		}
		ref.length = payload.Len() - ref.off
		return ref, nil
	}
	var head wbuf
	head = append(head, catalogMagic...)
	head.lstr(version)
	head.lstr(boto3Version)
	head.uv(uint64(compression))
	head.uv(uint64(len(services)))
	for _, svc := range services {
		ref, err := pack(encodeService(svc))
		if err != nil {
			return err
		}
		head.lstr(svc.Name)
		head.lstr(svc.APIVersion)
		head.uv(uint64(ref.off))
		head.uv(uint64(ref.length))
		head.uv(uint64(ref.rawLength))
	}
	head.uv(uint64(len(resources)))
	for _, rm := range resources {
		raw, err := json.Marshal(rm)
		if err != nil {
			return err
		}
		ref, err := pack(raw)
		if err != nil {
			return err
		}
		head.lstr(rm.Service)
		head.uv(uint64(ref.off))
		head.uv(uint64(ref.length))
		head.uv(uint64(ref.rawLength))
	}
	if _, err := w.Write(head); err != nil {
		return err
	}
	_, err := payload.WriteTo(w)
	return err
}

// decodeResourceModel decodes one resource model blob.
func decodeResourceModel(data string) (*ResourceModel, error) {
	var rm ResourceModel
	if err := json.Unmarshal([]byte(data), &rm); err != nil {
		return nil, fmt.Errorf("awsmodel: resource model: %w", err)
	}
	return &rm, nil
}
