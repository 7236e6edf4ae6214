package correctness

// Helpers shared by BTO001-BTO008 and BTO504 (services, operations and
// their parameters).

import (
	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
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
