package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/syntax"
	"github.com/botolint/botolint/fixes"
)

// kindFixAll is botolint's fix-all source action.
const kindFixAll protocol.CodeActionKind = "source.fixAll.botolint"

// asyncRelease lets the connection read the next message while this request
// goes on; called once a request has taken what it needs from the state, so
// later changes cannot affect it.
func asyncRelease(ctx context.Context) { jsonrpc2.Async(ctx) }

// openResult is how a request on one document starts: the document (nil,
// with a log line naming method, when it is not open), the version it has
// now, and the analysis of that version, awaited once the connection may
// read on (an edit arriving meanwhile makes it ErrContentModified).
func (s *server) openResult(ctx context.Context, u uri.URI, method string) (*document, int32, *result, error) {
	d := s.document(u)
	if d == nil {
		s.log.Warn(method+" for a document that is not open", "uri", u)
		return nil, 0, nil, nil
	}
	version := d.currentVersion()
	asyncRelease(ctx)
	r, err := s.current(ctx, d, version)
	return d, version, r, err
}

// CodeAction offers, for the botolint diagnostics in the request, a quick
// fix per fix (the first safe one preferred) and "Disable BTOxxx for this
// line"; and source.fixAll.botolint, which applies every safe fix (and the
// unsafe ones when unsafeFixes is on) to a fixed point. Edits are returned
// only for the document's current version.
func (s *server) CodeAction(ctx context.Context, params *protocol.CodeActionParams) ([]protocol.CommandOrCodeAction, error) {
	out := []protocol.CommandOrCodeAction{}
	d, version, r, err := s.openResult(ctx, params.TextDocument.URI, "codeAction")
	if d == nil || errors.Is(err, protocol.ErrContentModified) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	only := params.Context.Only
	if wanted(only, protocol.CodeActionKindQuickFix) {
		for _, a := range s.quickFixes(ctx, d, r, params) {
			out = append(out, a)
		}
	}
	explicitFixAll := len(only) > 0 && wanted(only, kindFixAll)
	automatic := params.Context.TriggerKind == protocol.CodeActionTriggerKind(2)
	if explicitFixAll || (len(only) == 0 && !automatic && hasAllowedFix(r)) {
		if a := s.fixAll(ctx, d, r); a != nil {
			out = append(out, a)
		}
	}
	if d.currentVersion() != version {
		return []protocol.CommandOrCodeAction{}, nil
	}
	return out, nil
}

// wanted reports whether kind passes context.only: an entry matches its own
// kind and every kind below it ("source" matches "source.fixAll.botolint").
func wanted(only []protocol.CodeActionKind, kind protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if o == kind || strings.HasPrefix(string(kind), string(o)+".") {
			return true
		}
	}
	return false
}

func hasAllowedFix(r *result) bool {
	for _, d := range r.diags {
		for _, f := range d.Fixes {
			if fixes.Allowed(f.Applicability, r.settings.unsafe) {
				return true
			}
		}
	}
	return false
}

// quickFixes builds the per-diagnostic actions.
func (s *server) quickFixes(ctx context.Context, d *document, r *result, params *protocol.CodeActionParams) []*protocol.CodeAction {
	type target struct {
		lsp  protocol.Diagnostic // as the client sent it, or ours
		data diagData
		diag analysis.Diagnostic
	}
	var targets []target
	ours := s.diagnosticsOf(r)
	for _, cd := range params.Context.Diagnostics {
		if src, _ := cd.Source.Get(); src != "botolint" {
			continue
		}
		i := match(ours, cd)
		var data diagData
		if len(cd.Data) > 0 {
			if err := json.Unmarshal(cd.Data, &data); err != nil {
				s.log.Warn("codeAction: unreadable diagnostic data", "error", err)
				continue
			}
			if data.Version != r.version {
				// Computed for another version: its edits would land in the
				// wrong places.
				continue
			}
		} else if i >= 0 {
			_ = json.Unmarshal(ours[i].Data, &data)
		}
		if i < 0 {
			continue
		}
		targets = append(targets, target{lsp: cd, data: data, diag: r.diags[i]})
	}
	if len(params.Context.Diagnostics) == 0 {
		// A client that sends no diagnostics gets the fixes of ours that
		// touch the range.
		start, _ := offset(r.lineIndex(), params.Range.Start, s.enc)
		end, _ := offset(r.lineIndex(), params.Range.End, s.enc)
		for i, diag := range r.diags {
			if diag.Start <= end && start <= diag.End {
				var data diagData
				_ = json.Unmarshal(ours[i].Data, &data)
				targets = append(targets, target{lsp: ours[i], data: data, diag: diag})
			}
		}
	}
	var out []*protocol.CodeAction
	quickfix := protocol.CodeActionKindQuickFix
	preferredGiven := false
	for _, t := range targets {
		for _, f := range t.data.Fixes {
			title := f.Title
			a := &protocol.CodeAction{Title: title, Kind: &quickfix, Diagnostics: []protocol.Diagnostic{t.lsp}}
			switch f.Applicability {
			case analysis.Unsafe.String():
				a.Title = title + " (unsafe)"
			case analysis.DisplayOnly.String():
				if !s.caps.disabledSupport {
					continue
				}
				a.Disabled = protocol.CodeActionDisabled{Reason: "display-only fix: apply it by hand"}
			}
			if f.Applicability == analysis.Safe.String() && !preferredGiven {
				yes := true
				a.IsPreferred = &yes
				preferredGiven = true
			}
			if a.Disabled.Reason == "" {
				a.Edit = &protocol.WorkspaceEdit{Changes: map[uri.URI][]protocol.TextEdit{d.uri: f.Edits}}
			}
			out = append(out, a)
		}
	}
	// One "disable" action per code and line.
	seen := map[string]bool{}
	for _, t := range targets {
		code := t.diag.Rule.Code
		if code == "BTO900" {
			continue
		}
		line := r.lineIndex().Line(t.diag.Start)
		key := fmt.Sprintf("%s@%d", code, line)
		if seen[key] {
			continue
		}
		seen[key] = true
		rt, err := s.withTrees(ctx, d, r)
		if err != nil {
			continue
		}
		edit, ok := noqaEdit(rt, line, code)
		if !ok {
			continue
		}
		a := &protocol.CodeAction{
			Title:       fmt.Sprintf("Disable %s for this line", code),
			Kind:        &quickfix,
			Diagnostics: []protocol.Diagnostic{t.lsp},
			Edit: &protocol.WorkspaceEdit{Changes: map[uri.URI][]protocol.TextEdit{d.uri: {
				{Range: lspRange(r.lineIndex(), edit.Start, edit.End, s.enc), NewText: edit.NewText},
			}}},
		}
		out = append(out, a)
	}
	return out
}

// match returns the index of our diagnostic that the client's diagnostic
// stands for (same code and range), or -1.
func match(ours []protocol.Diagnostic, cd protocol.Diagnostic) int {
	code, _ := cd.Code.(protocol.String)
	for i, l := range ours {
		if l.Range == cd.Range && l.Code == protocol.ProgressToken(code) {
			return i
		}
	}
	return -1
}

var (
	// noqaList finds a noqa directive with a code list in a comment and
	// the codes after it (ours or another tool's).
	noqaList  = regexp.MustCompile(`(?i)#\s*noqa:[ \t]*([A-Za-z][A-Za-z0-9-]*(?:[ \t]*,?[ \t]*[A-Za-z][A-Za-z0-9-]*)*)`)
	noqaPlain = regexp.MustCompile(`(?i)#\s*noqa\b`)
)

// noqaEdit returns the edit that makes a noqa comment on line name code:
// it extends the line's code list, or adds "  # noqa: CODE" at the end of
// the line. ok is false when that cannot be done safely (the line ends
// inside a string or with a backslash continuation, or a blanket noqa
// already covers it).
func noqaEdit(r *result, line int, code string) (analysis.Edit, bool) {
	src := r.text
	lineStart, lineEnd := r.lineIndex().LineStart(line), r.lineIndex().LineEnd(line)
	for _, c := range r.tree.Comments() {
		if c.Start() < lineStart || c.Start() >= lineEnd {
			continue
		}
		text := c.Text()
		if loc := noqaList.FindStringSubmatchIndex(text); loc != nil {
			for _, existing := range strings.FieldsFunc(text[loc[2]:loc[3]], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
				if strings.EqualFold(existing, code) {
					return analysis.Edit{}, false
				}
			}
			at := c.Start() + loc[3]
			return analysis.Edit{Start: at, End: at, NewText: ", " + code}, true
		}
		if noqaPlain.MatchString(text) {
			return analysis.Edit{}, false
		}
	}
	end := lineEnd
	for end > lineStart && (src[end-1] == ' ' || src[end-1] == '\t') {
		end--
	}
	if end > lineStart && src[end-1] == '\\' {
		return analysis.Edit{}, false
	}
	if insideString(r.tree, end) {
		return analysis.Edit{}, false
	}
	return analysis.Edit{Start: end, End: lineEnd, NewText: "  # noqa: " + code}, true
}

// insideString reports whether offset lies inside a string literal that
// goes on past it (a line ending inside a multi-line string).
func insideString(t *syntax.Tree, off int) bool {
	if off == 0 {
		return false
	}
	n := t.NodeAt(off - 1)
	for ; n.Valid(); n = n.Parent() {
		if (n.Is(syntax.KindString) || n.Is(syntax.KindConcatenatedString)) && n.Start() < off && n.End() > off {
			return true
		}
	}
	return false
}

// fixAll applies the allowed fixes of r's version to a fixed point and
// returns one edit covering what changed.
func (s *server) fixAll(ctx context.Context, d *document, r *result) *protocol.CodeAction {
	first := true
	lint := func(src []byte) ([]analysis.Diagnostic, error) {
		if first && bytes.Equal(src, r.text) {
			first = false
			return r.diags, nil
		}
		res, err := r.settings.runner.CheckTree(ctx, d.path, parse(src))
		if err != nil {
			return nil, err
		}
		return res.Diagnostics, nil
	}
	outcome, err := fixes.FixAll(r.text, r.settings.unsafe, lint)
	if err != nil {
		s.log.Warn("fixAll failed", "uri", d.uri, "error", err)
		return nil
	}
	if outcome.Applied == 0 || bytes.Equal(outcome.Source, r.text) {
		return nil
	}
	edit := minimalEdit(r.text, outcome.Source)
	kind := kindFixAll
	title := "botolint: Fix all safe problems"
	if r.settings.unsafe {
		title = "botolint: Fix all problems (including unsafe fixes)"
	}
	return &protocol.CodeAction{
		Title: title,
		Kind:  &kind,
		Edit: &protocol.WorkspaceEdit{Changes: map[uri.URI][]protocol.TextEdit{d.uri: {
			{Range: lspRange(r.lineIndex(), edit.Start, edit.End, s.enc), NewText: edit.NewText},
		}}},
	}
}

// minimalEdit returns one edit turning old into new: the span between their
// common prefix and suffix, so the client keeps cursors and marks outside it.
func minimalEdit(old, new []byte) analysis.Edit {
	p := 0
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	// Do not split a UTF-8 character.
	for p > 0 && p < len(old) && old[p]&0xC0 == 0x80 {
		p--
	}
	sfx := 0
	for sfx < len(old)-p && sfx < len(new)-p && old[len(old)-1-sfx] == new[len(new)-1-sfx] {
		sfx++
	}
	for sfx > 0 && old[len(old)-sfx]&0xC0 == 0x80 {
		sfx--
	}
	return analysis.Edit{Start: p, End: len(old) - sfx, NewText: string(new[p : len(new)-sfx])}
}
