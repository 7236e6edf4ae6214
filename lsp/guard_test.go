package lsp

import (
	"context"
	"errors"
	"net"
	"strings"
	"sync"
	"testing"

	"go.lsp.dev/jsonrpc2"
)

type lockedLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestGuardPanic checks that a panicking handler answers the request with
// an error and logs, and the connection keeps working.
func TestGuardPanic(t *testing.T) {
	var log lockedLog
	s := newServer(context.Background(), Options{Log: &log})
	defer s.stop()
	s.phase = phaseInitialized
	a, b := net.Pipe()
	server := jsonrpc2.NewConn(jsonrpc2.NewHeaderStream(a), jsonrpc2.WithCodec(codec{}))
	server.Go(s.connCtx, s.guard(func(ctx context.Context, req *jsonrpc2.Request) (any, error) {
		switch req.Method() {
		case "panic", "panic/notify":
			panic("boom")
		case "fail/notify":
			return nil, errors.New("failed")
		}
		return "pong", nil
	}))
	client := jsonrpc2.NewConn(jsonrpc2.NewHeaderStream(b), jsonrpc2.WithCodec(codec{}))
	client.Go(context.Background(), jsonrpc2.MethodNotFoundHandler)
	defer client.Close()
	defer server.Close()

	var res string
	_, err := client.Call(context.Background(), "panic", nil, &res)
	var werr *jsonrpc2.Error
	if !errors.As(err, &werr) || werr.Code != jsonrpc2.InternalError || !strings.Contains(werr.Message, "boom") {
		t.Errorf("panicking request: %v, want an InternalError naming the panic", err)
	}
	// Notifications that panic or fail must not close the connection.
	for _, m := range []string{"panic/notify", "fail/notify"} {
		if err := client.Notify(context.Background(), m, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := client.Call(context.Background(), "ping", nil, &res); err != nil || res != "pong" {
		t.Errorf("after panics: %q, %v", res, err)
	}
	if !strings.Contains(log.String(), "panic in handler") || !strings.Contains(log.String(), "boom") {
		t.Errorf("log:\n%s", log.String())
	}
}
