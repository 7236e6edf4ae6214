package lsp

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/maphash"
	"slices"
	"strconv"
	"sync"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
)

// Encoding diagnostics is a large share of answering a keystroke: a
// 5,000-line module can carry two hundred findings, over a hundred
// kilobytes of JSON, and a keystroke changes a few of them. So each
// finding's JSON is kept with the result and reused by the next version
// when the finding is the same in LSP terms (same ranges, message, fixes,
// related locations). The only part that changes with every version, the
// version in the data field, is spliced in: a finding is kept as the JSON
// before and after that number.

// encodedDiagnostic is one diagnostic's JSON, split around the version.
type encodedDiagnostic struct {
	pre, post []byte
}

// versionSentinel stands for the version while a diagnostic is encoded;
// no document reaches it.
const versionSentinel = -1234567891

var sentinelText = []byte(strconv.Itoa(versionSentinel))

// diagKey identifies a diagnostic's JSON: a 128-bit hash of everything the
// JSON depends on but the version (a collision is as likely as a cosmic
// ray; a key holding the whole content cost an allocation a finding). Two
// maphash sums with independent seeds make the 128 bits: maphash runs at
// memory speed where FNV takes a byte at a time, and fixes that rewrite a
// loop carry kilobytes.
type diagKey [2]uint64

var diagKeySeeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}

func diagKeyOf(content []byte) diagKey {
	return diagKey{maphash.Bytes(diagKeySeeds[0], content), maphash.Bytes(diagKeySeeds[1], content)}
}

// diagContent writes into buf everything the JSON of d depends on, but the
// version.
func (s *server) diagContent(buf []byte, u uri.URI, li *syntax.LineIndex, d analysis.Diagnostic) []byte {
	putRange := func(start, end int) {
		r := lspRange(li, start, end, s.enc)
		for _, v := range []uint32{r.Start.Line, r.Start.Character, r.End.Line, r.End.Character} {
			buf = binary.LittleEndian.AppendUint32(buf, v)
		}
	}
	putString := func(str string) {
		buf = binary.AppendUvarint(buf, uint64(len(str)))
		buf = append(buf, str...)
	}
	putString(string(u))
	putString(d.Rule.Code)
	buf = append(buf, byte(d.Severity))
	putRange(d.Start, d.End)
	putString(d.Message)
	buf = binary.AppendUvarint(buf, uint64(len(d.Related)))
	for _, r := range d.Related {
		putRange(r.Start, r.End)
		putString(r.Message)
	}
	buf = binary.AppendUvarint(buf, uint64(len(d.Fixes)))
	for _, f := range d.Fixes {
		putString(f.Title)
		buf = append(buf, byte(f.Applicability))
		buf = binary.AppendUvarint(buf, uint64(len(f.Edits)))
		for _, e := range f.Edits {
			putRange(e.Start, e.End)
			putString(e.NewText)
		}
	}
	return buf
}

// encodeDiagnostics returns the JSON of r's diagnostics, reusing prev's
// encodings of the same findings, and the cache to hand to the next
// version.
func (s *server) encodeDiagnostics(r *result, li *syntax.LineIndex, prev map[diagKey]encodedDiagnostic) ([]encodedDiagnostic, map[diagKey]encodedDiagnostic) {
	out := make([]encodedDiagnostic, len(r.diags))
	cache := make(map[diagKey]encodedDiagnostic, len(r.diags))
	var content []byte
	for i, d := range r.diags {
		content = s.diagContent(content[:0], r.uri, li, d)
		key := diagKeyOf(content)
		if e, ok := cache[key]; ok {
			out[i] = e
			continue
		}
		e, ok := prev[key]
		if !ok {
			e = s.encodeDiagnostic(r.uri, li, d)
		}
		out[i] = e
		cache[key] = e
	}
	return out, cache
}

// encodeDiagnostic encodes one diagnostic with the sentinel for version
// and splits it there.
func (s *server) encodeDiagnostic(u uri.URI, li *syntax.LineIndex, d analysis.Diagnostic) encodedDiagnostic {
	lsp := s.toLSP(u, versionSentinel, li, d)
	raw, err := protocol.Marshal(&lsp)
	if err != nil {
		raw = []byte("{}")
	}
	at := bytes.Index(raw, sentinelText)
	if at < 0 {
		return encodedDiagnostic{pre: raw}
	}
	return encodedDiagnostic{pre: raw[:at], post: raw[at+len(sentinelText):]}
}

// publishEncoded sends publishDiagnostics built from encoded diagnostics.
func (s *server) publishEncoded(u uri.URI, version int32, diags []encodedDiagnostic) {
	size := 64 + len(u)
	for _, d := range diags {
		size += len(d.pre) + len(d.post) + 12
	}
	pooled, _ := publishBuffers.Get().(*[]byte)
	if pooled == nil {
		pooled = new([]byte)
	}
	buf := slices.Grow((*pooled)[:0], size)
	buf = append(buf, `{"uri":`...)
	buf = strconv.AppendQuote(buf, string(u))
	buf = append(buf, `,"version":`...)
	buf = strconv.AppendInt(buf, int64(version), 10)
	buf = append(buf, `,"diagnostics":[`...)
	for i, d := range diags {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, d.pre...)
		if d.post != nil {
			buf = strconv.AppendInt(buf, int64(version), 10)
			buf = append(buf, d.post...)
		}
	}
	buf = append(buf, "]}"...)
	if err := s.conn.Notify(context.WithoutCancel(s.ctx), protocol.MethodTextDocumentPublishDiagnostics, jsonrpc2.RawMessage(buf)); err != nil {
		s.log.Warn("publishDiagnostics failed", "uri", u, "error", err)
	}
	// Notify has written the message when it returns: the buffer, often
	// 100 KB and more, serves the next publication instead of the garbage
	// collector.
	*pooled = buf
	publishBuffers.Put(pooled)
}

// publishBuffers holds the buffers publishEncoded assembles messages in.
var publishBuffers sync.Pool
