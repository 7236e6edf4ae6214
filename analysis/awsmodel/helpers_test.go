package awsmodel

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The shared model folders live beside the repository (<repo>/../shared);
// the package is three levels below the repository root.
var (
	sharedBotocore  = filepath.Join("..", "..", "..", "shared", "aws-models", "botocore")
	sharedResources = filepath.Join("..", "..", "..", "shared", "aws-models", "boto3-resources")
	sharedReference = filepath.Join("..", "..", "..", "shared", "aws-models", "reference", "clients.json")
)

// needShared skips a test when the shared models are absent.
func needShared(t testing.TB, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		abs, _ := filepath.Abs(path)
		t.Skipf("reference not found at %s; CI always has it", abs)
	}
}

// dumpService renders a service in a canonical text form: every field the
// catalog keeps, shapes numbered in Service.shapes order. Two services are
// equal exactly when their dumps are, which lets tests compare the JSON
// loader with the binary decoder line by line.
func dumpService(s *Service) string {
	var b strings.Builder
	fmt.Fprintf(&b, "service %s %s %q %q %s %s %s\n", s.Name, s.APIVersion, s.ServiceID, s.FullName, s.Protocol, s.SignatureVersion, s.EndpointPrefix)
	shapes := s.shapes()
	id := make(map[*Shape]int, len(shapes))
	for i, sh := range shapes {
		id[sh] = i
	}
	ref := func(sh *Shape) string {
		if sh == nil {
			return "-"
		}
		return fmt.Sprintf("#%d", id[sh])
	}
	num := func(f *float64) string {
		if f == nil {
			return "-"
		}
		return fmt.Sprint(*f)
	}
	for i, sh := range shapes {
		fmt.Fprintf(&b, "shape #%d %s %s min=%s max=%s u=%v d=%v st=%v ev=%v se=%v dep=%v enum=%q member=%s key=%s value=%s\n",
			i, sh.Name, sh.Type, num(sh.Min), num(sh.Max), sh.Union, sh.Document, sh.Streaming, sh.EventStream, sh.Sensitive, sh.Deprecated,
			sh.Enum, ref(sh.Member), ref(sh.Key), ref(sh.Value))
		for _, m := range sh.Members {
			fmt.Fprintf(&b, "  member %s %s req=%v host=%v idem=%v filled=%v loc=%q dep=%v ctx=%q\n",
				m.Name, ref(m.Shape), m.Required, m.HostLabel, m.IdempotencyToken, m.FilledByBotocore, m.Location, m.Deprecated, m.ContextParam)
		}
	}
	for _, op := range s.Operations {
		var errs []string
		for _, e := range op.Errors {
			errs = append(errs, e.Name)
		}
		pag := "-"
		if op.Paginator != nil {
			pag = op.Paginator.Method
		}
		var waiters []string
		for _, w := range op.Waiters {
			waiters = append(waiters, w.Method)
		}
		fmt.Fprintf(&b, "op %s %s in=%s dep=%v noclient=%v http=%s errors=%v pag=%s waiters=%v\n",
			op.Name, op.Method, ref(op.Input), op.Deprecated, op.NotOnClient, op.HTTPMethod, errs, pag, waiters)
	}
	for _, p := range s.Paginators {
		fmt.Fprintf(&b, "pag %s %s in=%q out=%q res=%q limit=%q more=%q nonagg=%q\n",
			p.Method, p.Operation, p.InputTokens, p.OutputTokens, p.ResultKeys, p.LimitKey, p.MoreResults, p.NonAggregateKeys)
	}
	for _, w := range s.Waiters {
		fmt.Fprintf(&b, "waiter %s %s %s delay=%d max=%d\n", w.Name, w.Method, w.Operation, w.Delay, w.MaxAttempts)
		for _, a := range w.Acceptors {
			fmt.Fprintf(&b, "  acceptor %s %s %q %T(%v)\n", a.State, a.Matcher, a.Argument, a.Expected, a.Expected)
		}
	}
	for _, e := range s.Exceptions {
		fmt.Fprintf(&b, "exception %s %s %d fault=%v\n", e.Name, e.Code, e.HTTPStatus, e.Fault)
	}
	fmt.Fprintf(&b, "client %v\n", s.ClientMethods())
	return b.String()
}

// diffDumps reports the first differing line of two dumps.
func diffDumps(t *testing.T, label, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Errorf("%s: first difference at line %d:\n got: %s\nwant: %s", label, i+1, gl, wl)
			return
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
