package lsp

import (
	"context"
	"unicode/utf16"

	"go.lsp.dev/protocol"
)

// SignatureHelp shows an operation's keyword parameters inside a client
// method call, with the parameter being typed (name=) active.
func (s *server) SignatureHelp(ctx context.Context, params *protocol.SignatureHelpParams) (*protocol.SignatureHelp, error) {
	d, _, r, err := s.openResult(ctx, params.TextDocument.URI, "signatureHelp")
	if d == nil || err != nil {
		return nil, err
	}
	off, _ := offset(r.lineIndex(), params.Position, s.enc)
	c, err := s.cursorContext(ctx, r, off)
	if err != nil {
		return nil, err
	}
	// The innermost call around the cursor whose callee is an operation.
	for i := len(c.scan.stack) - 1; i >= 0; i-- {
		open := c.scan.stack[i]
		if open.kind != '(' {
			continue
		}
		recv, method, _ := c.calleeOf(open)
		svc, ok := recv.IsClientOf()
		if !ok {
			return nil, nil
		}
		service := c.cat.Service(svc)
		if service == nil {
			return nil, nil
		}
		op := service.Method(method)
		if op == nil || op.NotOnClient {
			return nil, nil
		}
		label, spans := operationSignature(op)
		info := protocol.SignatureInformation{Label: label}
		for _, sp := range spans {
			info.Parameters = append(info.Parameters, protocol.ParameterInformation{
				Label: protocol.ParameterInformationLabelTuple{s.labelOffset(label, sp[0]), s.labelOffset(label, sp[1])},
			})
		}
		if len(info.Parameters) == 0 {
			info.Parameters = []protocol.ParameterInformation{}
		}
		active := -1
		if i == len(c.scan.stack)-1 {
			// The argument being typed: text from the last comma.
			if m := reKeywordTyped.FindSubmatch(c.text[open.lastComma+1 : c.off]); m != nil {
				for j, p := range operationParams(op) {
					if p.Name == string(m[1]) {
						active = j
					}
				}
			}
		}
		if active >= 0 {
			info.ActiveParameter = protocol.NewNullable(uint32(active))
		} else {
			info.ActiveParameter = protocol.NullNullable[uint32]()
		}
		zero := uint32(0)
		return &protocol.SignatureHelp{Signatures: []protocol.SignatureInformation{info}, ActiveSignature: &zero}, nil
	}
	return nil, nil
}

// labelOffset converts a byte offset in a signature label to the
// negotiated encoding's units.
func (s *server) labelOffset(label string, b int) uint32 {
	if s.enc == utf8Enc {
		return uint32(b)
	}
	n := 0
	for _, r := range label[:b] {
		n += utf16.RuneLen(r)
	}
	return uint32(n)
}
