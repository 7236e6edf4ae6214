package correctness

// Helpers shared by BTO001-BTO008 and BTO504 (services, operations and
// their parameters).

import (
	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/syntax"
)

// catalogService returns the catalog model of a service name, nil when the
// name is empty or not in the catalog.
func catalogService(p *analysis.Pass, name string) *awsmodel.Service {
	if name == "" || p.Catalog == nil || !p.Catalog.HasService(name) {
		return nil
	}
	return p.Catalog.Service(name)
}

// serviceLabel names a service in messages by its service id ("S3",
// "CloudWatch Logs"), which is how AWS and botocore's docs name clients.
func serviceLabel(svc *awsmodel.Service) string {
	if svc.ServiceID != "" {
		return svc.ServiceID
	}
	return svc.Name
}

// stringContentEdit replaces the characters between the quotes of a plain
// string literal, keeping its prefix and quotes; ok is false for anything
// else (concatenations, bytes, f-strings with interpolations) or a value
// that would need escaping.
func stringContentEdit(n syntax.Node, value string) (analysis.Edit, bool) {
	n = syntax.Unparen(n)
	if !n.Is(syntax.KindString) {
		return analysis.Edit{}, false
	}
	lit, ok := syntax.ParseString(n)
	if !ok || lit.Bytes {
		return analysis.Edit{}, false
	}
	for _, r := range value {
		if r == '\\' || r == '\'' || r == '"' || r == '{' || r == '}' || r < ' ' {
			return analysis.Edit{}, false
		}
	}
	start, end := n.ChildOfKind(syntax.KindStringStart), n.ChildOfKind(syntax.KindStringEnd)
	if !start.Valid() || !end.Valid() {
		return analysis.Edit{}, false
	}
	return analysis.Edit{Start: start.End(), End: end.Start(), NewText: value}, true
}
