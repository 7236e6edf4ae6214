package analysis

import (
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/semantic"
)

// Services adapts the service catalog to what semantic resolution asks.
func Services(c *awsmodel.Catalog) semantic.Services {
	if c == nil {
		return nil
	}
	return catalogServices{c}
}

type catalogServices struct{ c *awsmodel.Catalog }

func (s catalogServices) HasService(name string) bool { return s.c.HasService(name) }
func (s catalogServices) ServiceNames() []string      { return s.c.ServiceNames() }
func (s catalogServices) HasResourceInterface(name string) bool {
	return s.c.HasResourceInterface(name)
}

func (s catalogServices) SubResource(service, parent, attr string) (string, bool) {
	rm := s.c.ResourceModel(service)
	if rm == nil {
		return "", false
	}
	t := rm.ServiceResource
	if parent != "" {
		t = rm.Types[parent]
	}
	if t == nil {
		return "", false
	}
	child, ok := t.Has[attr]
	return child, ok
}

func (s catalogServices) ResourceType(service, typeName string) bool {
	rm := s.c.ResourceModel(service)
	return rm != nil && rm.Types[typeName] != nil
}

func (s catalogServices) OperationMethod(service, operation string) (string, bool) {
	svc := s.c.Service(service)
	if svc == nil {
		return "", false
	}
	op := svc.Operation(operation)
	if op == nil {
		return "", false
	}
	return op.Method, true
}

func (s catalogServices) WaiterMethod(service, waiter string) (string, bool) {
	svc := s.c.Service(service)
	if svc == nil {
		return "", false
	}
	for _, w := range svc.Waiters {
		if w.Name == waiter {
			return w.Method, true
		}
	}
	return "", false
}
