package errhandling

import (
	"sort"
	"sync"

	"github.com/botolint/botolint/analysis/awsmodel"
)

// boto3Exceptions are the names boto3/exceptions.py defines (boto3 1.x):
// its classes, the misspelled alias it keeps for compatibility, and the
// botocore module it imports.
var boto3Exceptions = set(
	"Boto3Error", "ResourceLoadException", "NoVersionFound", "UnknownAPIVersionError",
	"ResourceNotExistsError", "RetriesExceededError", "S3TransferFailedError",
	"S3UploadFailedError", "DynamoDBOperationNotSupportedError",
	"DynanmoDBOperationNotSupportedError", "DynamoDBNeedsConditionError",
	"DynamoDBNeedsKeyConditionError", "PythonDeprecationWarning", "botocore",
)

// botocoreExceptions are the names botocore/exceptions.py defines: every
// exception class (hand table from botocore's source, which no model
// describes) and the two modules it imports.
var botocoreExceptions = set(
	"BotoCoreError", "DataNotFoundError", "UnknownServiceError", "UnknownRegionError",
	"ApiVersionNotFoundError", "HTTPClientError", "ConnectionError", "InvalidIMDSEndpointError",
	"InvalidIMDSEndpointModeError", "EndpointConnectionError", "SSLError", "ConnectionClosedError",
	"ReadTimeoutError", "ConnectTimeoutError", "ProxyConnectionError", "ResponseStreamingError",
	"NoCredentialsError", "NoAuthTokenError", "TokenRetrievalError", "PartialCredentialsError",
	"CredentialRetrievalError", "UnknownSignatureVersionError", "ServiceNotInRegionError",
	"BaseEndpointResolverError", "NoRegionError", "EndpointVariantError", "UnknownEndpointError",
	"UnknownFIPSEndpointError", "ProfileNotFound", "ConfigParseError", "ConfigNotFound",
	"MissingParametersError", "ValidationError", "ParamValidationError", "UnknownKeyError",
	"RangeError", "UnknownParameterError", "InvalidRegionError", "AliasConflictParameterError",
	"UnknownServiceStyle", "PaginationError", "OperationNotPageableError", "ChecksumError",
	"UnseekableStreamError", "WaiterError", "IncompleteReadError", "InvalidExpressionError",
	"UnknownCredentialError", "WaiterConfigError", "UnknownClientMethodError",
	"UnsupportedSignatureVersionError", "ClientError", "EventStreamError",
	"UnsupportedTLSVersionWarning", "ImminentRemovalWarning", "InvalidDNSNameError",
	"InvalidS3AddressingStyleError", "UnsupportedS3ArnError", "UnsupportedS3ControlArnError",
	"InvalidHostLabelError", "UnsupportedOutpostResourceError", "UnsupportedS3ConfigurationError",
	"UnsupportedS3AccesspointConfigurationError", "InvalidEndpointDiscoveryConfigurationError",
	"UnsupportedS3ControlConfigurationError", "InvalidRetryConfigurationError",
	"InvalidMaxRetryAttemptsError", "InvalidRetryModeError",
	"InvalidS3UsEast1RegionalEndpointConfigError", "InvalidSTSRegionalEndpointsConfigError",
	"StubResponseError", "StubAssertionError", "UnStubbedResponseError", "InvalidConfigError",
	"InfiniteLoopConfigError", "RefreshWithMFAUnsupportedError", "MD5UnavailableError",
	"MissingDependencyException", "MetadataRetrievalError", "UndefinedModelAttributeError",
	"MissingServiceIdError", "SSOError", "SSOTokenLoadError", "UnauthorizedSSOTokenError",
	"LoginError", "LoginRefreshRequired", "LoginInsufficientPermissions", "LoginTokenLoadError",
	"LoginAuthorizationCodeError", "CapacityNotAvailableError", "InvalidProxiesConfigError",
	"InvalidDefaultsMode", "AwsChunkedWrapperError", "FlexibleChecksumError",
	"InvalidEndpointConfigurationError", "EndpointProviderError", "EndpointResolutionError",
	"UnknownEndpointResolutionBuiltInName", "InvalidChecksumConfigError",
	"UnsupportedServiceProtocolsError", "requests", "urllib3",
)

// pythonBuiltins are builtin names that botocore.exceptions also defines:
// importing botocore's under that name would shadow the builtin.
var pythonBuiltins = set("ConnectionError")

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// modeledIndex maps a modeled exception name to the services that model
// it, sorted. Building it decodes every service of the catalog, so it is
// built once per catalog, and only when a file imports a name that neither
// exceptions module defines.
type modeledIndex map[string][]string

var modeledIndexes sync.Map // *awsmodel.Catalog -> func() modeledIndex

func modeledExceptions(c *awsmodel.Catalog) modeledIndex {
	if c == nil {
		return nil
	}
	build := sync.OnceValue(func() modeledIndex {
		idx := modeledIndex{}
		for _, name := range c.ServiceNames() {
			svc := c.Service(name)
			if svc == nil {
				continue
			}
			for _, e := range svc.Exceptions {
				idx[e.Name] = append(idx[e.Name], name)
			}
		}
		for _, v := range idx {
			sort.Strings(v)
		}
		return idx
	})
	f, _ := modeledIndexes.LoadOrStore(c, build)
	return f.(func() modeledIndex)()
}
