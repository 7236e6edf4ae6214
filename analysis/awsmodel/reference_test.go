package awsmodel

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// reference/clients.json was produced by running boto3/botocore themselves;
// the embedded catalog must agree with it exactly.
type referenceFile struct {
	Boto3Version    string                      `json:"boto3_version"`
	BotocoreVersion string                      `json:"botocore_version"`
	Services        map[string]referenceService `json:"services"`
}

type referenceService struct {
	APIVersion      string                              `json:"api_version"`
	ClientMethods   []string                            `json:"client_methods"`
	Exceptions      []string                            `json:"exceptions"`
	HasResource     bool                                `json:"has_resource"`
	Operations      map[string]string                   `json:"operations"`
	PaginatorConfig map[string]referencePaginatorConfig `json:"paginator_config"`
	Paginators      []string                            `json:"paginators"`
	ServiceID       string                              `json:"service_id"`
	Waiters         []string                            `json:"waiters"`
}

type referencePaginatorConfig struct {
	InputToken  any     `json:"input_token"`
	OutputToken any     `json:"output_token"`
	ResultKey   any     `json:"result_key"`
	LimitKey    *string `json:"limit_key"`
	MoreResults *string `json:"more_results"`
}

func loadReference(t testing.TB) *referenceFile {
	t.Helper()
	needShared(t, sharedReference)
	data, err := os.ReadFile(sharedReference)
	if err != nil {
		t.Fatal(err)
	}
	var ref referenceFile
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	return &ref
}

// refTokens normalizes a paginator field the way the reference writes it:
// a string stands for a list of one, a list is itself, null is empty.
func refTokens(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		out := []string{}
		for _, x := range t {
			s, _ := x.(string)
			out = append(out, s)
		}
		return out
	}
	return []string{}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func strOrEmpty(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func TestEmbeddedMatchesReference(t *testing.T) {
	ref := loadReference(t)
	c := Embedded()
	if c.Version() != ref.BotocoreVersion {
		t.Errorf("Version() = %q, reference botocore_version %q", c.Version(), ref.BotocoreVersion)
	}
	if c.Boto3Version() != ref.Boto3Version {
		t.Errorf("Boto3Version() = %q, reference boto3_version %q", c.Boto3Version(), ref.Boto3Version)
	}
	if got, want := c.ServiceNames(), sortedKeys(ref.Services); !slices.Equal(got, want) {
		t.Fatalf("ServiceNames: got %d names, want %d", len(got), len(want))
	}
	for _, name := range c.ServiceNames() {
		want := ref.Services[name]
		svc, err := c.LoadService(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if svc.APIVersion != want.APIVersion {
			t.Errorf("%s: api version %q, want %q", name, svc.APIVersion, want.APIVersion)
		}
		if svc.HyphenizedServiceID() != want.ServiceID {
			t.Errorf("%s: service id %q, want %q", name, svc.HyphenizedServiceID(), want.ServiceID)
		}
		if !slices.Equal(svc.ClientMethods(), want.ClientMethods) {
			t.Errorf("%s: client methods differ:\n got %v\nwant %v", name, svc.ClientMethods(), want.ClientMethods)
		}
		for _, m := range want.ClientMethods {
			if !svc.HasClientMethod(m) {
				t.Errorf("%s: HasClientMethod(%q) = false", name, m)
			}
			if svc.Method(m) == nil && svc.Injected(m) == nil {
				t.Errorf("%s: %q is neither an operation nor injected", name, m)
			}
		}
		if len(svc.Operations) != len(want.Operations) {
			t.Errorf("%s: %d operations, want %d", name, len(svc.Operations), len(want.Operations))
		}
		for _, op := range svc.Operations {
			if py, ok := want.Operations[op.Name]; !ok || py != op.Method {
				t.Errorf("%s: operation %s -> %q, want %q", name, op.Name, op.Method, py)
			}
			if svc.Operation(op.Name) != op || svc.Method(op.Method) != op {
				t.Errorf("%s: lookup of %s / %s does not return the operation", name, op.Name, op.Method)
			}
		}
		var pagNames []string
		for _, p := range svc.Paginators {
			pagNames = append(pagNames, p.Method)
			cfg, ok := want.PaginatorConfig[p.Method]
			if !ok {
				t.Errorf("%s: paginator %s not in reference", name, p.Method)
				continue
			}
			if !slices.Equal(orEmpty(p.InputTokens), refTokens(cfg.InputToken)) ||
				!slices.Equal(orEmpty(p.OutputTokens), refTokens(cfg.OutputToken)) ||
				!slices.Equal(orEmpty(p.ResultKeys), refTokens(cfg.ResultKey)) ||
				p.LimitKey != strOrEmpty(cfg.LimitKey) || p.MoreResults != strOrEmpty(cfg.MoreResults) {
				t.Errorf("%s: paginator %s = %+v, reference %+v", name, p.Method, *p, cfg)
			}
			if svc.Paginator(p.Method) != p {
				t.Errorf("%s: Paginator(%q) lookup failed", name, p.Method)
			}
			if op := svc.Operation(p.Operation); op == nil || op.Paginator != p {
				t.Errorf("%s: operation %s not linked to its paginator", name, p.Operation)
			}
		}
		if !slices.Equal(orEmpty(pagNames), orEmpty(want.Paginators)) {
			t.Errorf("%s: paginators %v, want %v", name, pagNames, want.Paginators)
		}
		var waiterNames []string
		for _, w := range svc.Waiters {
			waiterNames = append(waiterNames, w.Method)
			if svc.Waiter(w.Method) != w {
				t.Errorf("%s: Waiter(%q) lookup failed", name, w.Method)
			}
		}
		if !slices.Equal(orEmpty(waiterNames), orEmpty(want.Waiters)) {
			t.Errorf("%s: waiters %v, want %v", name, waiterNames, want.Waiters)
		}
		// The reference lists dir(client.exceptions), which includes the
		// base ClientError; Service.Exceptions lists modeled shapes only.
		if got := svc.ExceptionAttributes(); !slices.Equal(got, want.Exceptions) {
			t.Errorf("%s: exceptions %v, want %v", name, got, want.Exceptions)
		}
		if slices.Contains(want.Exceptions, "ClientError") && svc.Exception("ClientError") != nil {
			t.Errorf("%s: ClientError must not be a modeled exception", name)
		}
		if c.HasResourceInterface(name) != want.HasResource {
			t.Errorf("%s: HasResourceInterface = %v, want %v", name, c.HasResourceInterface(name), want.HasResource)
		}
		if want.HasResource && c.ResourceModel(name) == nil {
			t.Errorf("%s: ResourceModel is nil", name)
		}
	}
}
