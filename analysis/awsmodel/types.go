package awsmodel

import (
	"slices"
	"sort"
	"strings"
)

// Service is one botocore service model as a boto3 client sees it: its
// operations with their input shapes, paginators, waiters, modeled errors,
// and the methods botocore and boto3 add to the client class. A Service is
// immutable once built and may be shared between goroutines.
type Service struct {
	Name             string // botocore name: "s3", "logs", "elbv2"
	APIVersion       string
	ServiceID        string // metadata.serviceId as written: "CloudWatch Logs"
	FullName         string // metadata.serviceFullName, for messages
	Protocol         string // "rest-xml", "json", "query", ...
	SignatureVersion string // metadata.signatureVersion: "v4", "s3", ...
	EndpointPrefix   string

	Operations []*Operation // sorted by Name
	Paginators []*Paginator // sorted by Method
	Waiters    []*Waiter    // sorted by Method
	// Exceptions are the modeled errors (shapes with "exception": true),
	// sorted by Name. client.exceptions also has the base ClientError, which
	// is not a modeled shape and so is not listed; see ExceptionAttributes.
	Exceptions []*Exception

	byMethod      map[string]*Operation
	injected      []*InjectedMethod // sorted by Name
	clientMethods []string
}

// Operation is one API operation of a service.
type Operation struct {
	Name       string     // API name "ListObjectsV2"
	Method     string     // Python name via botocore's xform_name, "list_objects_v2"
	Input      *Shape     // nil when the operation has no input shape
	Paginator  *Paginator // nil when not pageable
	Waiters    []*Waiter  // waiters that poll this operation, sorted by Method
	Deprecated bool
	// Errors are the modeled errors the operation lists, in model order.
	Errors []*Exception
	// NotOnClient marks an operation botocore models but removes from the
	// client class: operations whose input carries an event stream
	// (qbusiness Chat, lexv2-runtime StartConversation, ...) need HTTP/2,
	// which botocore does not support, so the attribute does not exist at run
	// time. botocore removes them one by one in handlers; the catalog applies
	// the rule they share (an event stream member in the input), which
	// selects exactly those five in botocore 1.43.67 and keeps working for
	// new ones. Method still finds the operation (the name mapping is
	// botocore's), but ClientMethods and HasClientMethod leave it out.
	NotOnClient bool
	HTTPMethod  string // "GET", "POST", ...
}

// Shape is a model shape reachable from some operation input. Shapes form a
// pointer graph that may contain cycles (a structure whose member refers back
// to it); walk it with a visited set. Shapes are shared by name, except that
// a member whose own traits change its target (S3 PutObject's Body member is
// streaming, the Body shape is not) gets a Shape of its own with the same
// Name, as botocore overlays member traits on the shape.
type Shape struct {
	Name    string
	Type    string    // structure, list, map, string, integer, long, boolean, float, double, timestamp, blob; a union is a structure with Union=true
	Members []*Member // structure members in model order
	Member  *Shape    // list element
	Key     *Shape    // map key
	Value   *Shape    // map value
	Enum    []string
	Min     *float64 // model "min" when present (botocore validates it)
	Max     *float64 // model "max" when present (botocore does not validate it)
	// Union marks a tagged union: exactly one member must be set.
	Union bool
	// Document marks "document": true, which accepts any JSON value.
	Document bool
	// Streaming marks a streaming blob (S3 PutObject Body): file objects
	// and bytes are accepted.
	Streaming bool
	// EventStream marks an event stream structure.
	EventStream bool
	Sensitive   bool
	Deprecated  bool

	memberIndex map[string]*Member
}

// MemberByName returns the structure member with exactly this name, or nil.
func (s *Shape) MemberByName(name string) *Member {
	if s == nil {
		return nil
	}
	if s.memberIndex != nil {
		return s.memberIndex[name]
	}
	for _, m := range s.Members {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// RequiredMembers returns the names of the required members in model order.
func (s *Shape) RequiredMembers() []string {
	var out []string
	for _, m := range s.Members {
		if m.Required {
			out = append(out, m.Name)
		}
	}
	return out
}

// Member is one member of a structure shape.
type Member struct {
	Name     string
	Shape    *Shape
	Required bool
	// HostLabel members are bound into the endpoint host name; botocore
	// gives them an implicit min length of 1.
	HostLabel bool
	// IdempotencyToken members are filled in by botocore when absent, so
	// they are never missing even when Required.
	IdempotencyToken bool
	// FilledByBotocore marks a member that a botocore handler supplies
	// before validation when the caller omits it (Glacier's accountId
	// defaults to "-"), so it is never missing either.
	FilledByBotocore bool
	Location         string // "", "uri", "querystring", "header", "headers", "statusCode"
	Deprecated       bool
	// ContextParam is the endpoint ruleset parameter this member feeds
	// ("Bucket"), "" when none: such members can fail endpoint resolution
	// before validation runs.
	ContextParam string
}

// Paginator is one entry of paginators-1.json, keyed by its operation.
type Paginator struct {
	Method    string // Python name of the operation, the get_paginator key
	Operation string // API operation name
	// Each token list holds the values as written in paginators-1.json; a
	// single string in the model is a list of one here. Output tokens may
	// be JMESPath expressions such as "NextMarker || Contents[-1].Key".
	InputTokens      []string
	OutputTokens     []string
	ResultKeys       []string
	LimitKey         string
	MoreResults      string
	NonAggregateKeys []string
}

// Waiter is one entry of waiters-2.json.
type Waiter struct {
	Name        string // "BucketExists"
	Method      string // "bucket_exists", the get_waiter key
	Operation   string // API operation name it polls
	Delay       int
	MaxAttempts int
	Acceptors   []Acceptor
}

// Acceptor is one waiter acceptor.
type Acceptor struct {
	State    string // "success", "failure", "retry"
	Matcher  string // "path", "pathAll", "pathAny", "status", "error"
	Argument string // JMESPath for path matchers
	Expected any    // string, bool, int or float64 as written in the model
}

// Exception is a modeled error shape of a service.
type Exception struct {
	Name string // shape name: the attribute on client.exceptions
	// Code is the wire error code, e.response["Error"]["Code"]: the
	// shape's error.code when the model gives one (IAM NoSuchEntityException
	// has NoSuchEntity), else the shape name.
	Code       string
	HTTPStatus int // error.httpStatusCode, 0 when absent
	Fault      bool
}

// InjectedMethod is a client or resource method that botocore or boto3 adds
// in Python code rather than from the service model.
type InjectedMethod struct {
	Name   string
	Params []InjectedParam // in positional order
	// Positional reports whether positional arguments are accepted; true
	// for all the Python functions boto3 and botocore inject except those
	// written as f(self, **kwargs).
	Positional bool
	// VarKeyword reports a **kwargs catch-all: any keyword is accepted.
	VarKeyword bool
}

// InjectedParam is one parameter of an injected method.
type InjectedParam struct {
	Name        string
	Required    bool
	KeywordOnly bool
	Default     string // Python text of the default value, "" when required
}

// Operation returns the operation with this API name ("ListObjectsV2"), or
// nil.
func (s *Service) Operation(apiName string) *Operation {
	i := sort.Search(len(s.Operations), func(i int) bool { return s.Operations[i].Name >= apiName })
	if i < len(s.Operations) && s.Operations[i].Name == apiName {
		return s.Operations[i]
	}
	return nil
}

// Method returns the operation behind a Python method name
// ("list_objects_v2"), or nil. Injected methods are not operations; see
// Injected. An operation with NotOnClient set is still returned.
func (s *Service) Method(pyName string) *Operation {
	return s.byMethod[pyName]
}

// ClientMethods returns every method name on a boto3 client of this
// service: the model operations botocore creates plus the injected ones,
// sorted. The slice is shared; do not modify it.
func (s *Service) ClientMethods() []string {
	return s.clientMethods
}

// HasClientMethod reports whether a client of this service has a method of
// this name (an operation on the client or an injected method).
func (s *Service) HasClientMethod(pyName string) bool {
	i := sort.SearchStrings(s.clientMethods, pyName)
	return i < len(s.clientMethods) && s.clientMethods[i] == pyName
}

// clientAttributes are the public attributes of every botocore client that
// are not methods (BaseClient.meta, .exceptions, .waiter_names).
var clientAttributes = []string{"exceptions", "meta", "waiter_names"}

// IsClientAttribute reports a public non-method attribute that every client
// has ("meta", "exceptions", "waiter_names"). ClientMethods, like the
// reference, lists callables only, so a rule deciding whether client.<name>
// exists must accept these too.
func IsClientAttribute(name string) bool {
	return slices.Contains(clientAttributes, name)
}

// Injected returns the botocore or boto3 injected client method of this
// name (upload_file, generate_presigned_url, get_paginator, can_paginate,
// close, get_waiter, ...), or nil when there is none.
func (s *Service) Injected(pyName string) *InjectedMethod {
	i := sort.Search(len(s.injected), func(i int) bool { return s.injected[i].Name >= pyName })
	if i < len(s.injected) && s.injected[i].Name == pyName {
		return s.injected[i]
	}
	return nil
}

// InjectedMethods returns the injected client methods, sorted by name.
func (s *Service) InjectedMethods() []*InjectedMethod {
	return s.injected
}

// Paginator returns the paginator of the operation with this Python name
// (the argument to get_paginator), or nil.
func (s *Service) Paginator(method string) *Paginator {
	i := sort.Search(len(s.Paginators), func(i int) bool { return s.Paginators[i].Method >= method })
	if i < len(s.Paginators) && s.Paginators[i].Method == method {
		return s.Paginators[i]
	}
	return nil
}

// Waiter returns the waiter with this Python name ("bucket_exists"), or nil.
func (s *Service) Waiter(pyName string) *Waiter {
	i := sort.Search(len(s.Waiters), func(i int) bool { return s.Waiters[i].Method >= pyName })
	if i < len(s.Waiters) && s.Waiters[i].Method == pyName {
		return s.Waiters[i]
	}
	return nil
}

// Exception returns the modeled error with this shape name, or nil.
func (s *Service) Exception(name string) *Exception {
	i := sort.Search(len(s.Exceptions), func(i int) bool { return s.Exceptions[i].Name >= name })
	if i < len(s.Exceptions) && s.Exceptions[i].Name == name {
		return s.Exceptions[i]
	}
	return nil
}

// ExceptionByCode returns the modeled errors whose wire code is code, in
// name order. Several shapes may share a code.
func (s *Service) ExceptionByCode(code string) []*Exception {
	var out []*Exception
	for _, e := range s.Exceptions {
		if e.Code == code {
			out = append(out, e)
		}
	}
	return out
}

// ExceptionAttributes returns the names that exist on client.exceptions:
// the modeled errors plus the base ClientError, sorted.
func (s *Service) ExceptionAttributes() []string {
	out := make([]string, 0, len(s.Exceptions)+1)
	for _, e := range s.Exceptions {
		out = append(out, e.Name)
	}
	out = append(out, "ClientError")
	sort.Strings(out)
	return out
}

// HyphenizedServiceID is the service id as botocore uses it in event names
// and as the reference lists it: lower case, spaces as hyphens
// ("cloudwatch-logs").
func (s *Service) HyphenizedServiceID() string {
	return hyphenize(s.ServiceID)
}

func hyphenize(serviceID string) string {
	return strings.ToLower(strings.ReplaceAll(serviceID, " ", "-"))
}

// finish builds the lookup tables and links that are derived from the
// exported fields. Both the JSON loader and the binary decoder end with it,
// so the two paths cannot disagree. shapes are the service's shapes when the
// caller has them (the decoder does), else nil to walk the graph.
func (s *Service) finish(shapes []*Shape) {
	s.byMethod = make(map[string]*Operation, len(s.Operations))
	for _, op := range s.Operations {
		s.byMethod[op.Method] = op
		op.Paginator = nil
		op.Waiters = nil
	}
	for _, p := range s.Paginators {
		if op := s.Operation(p.Operation); op != nil {
			op.Paginator = p
		}
	}
	for _, w := range s.Waiters {
		if op := s.Operation(w.Operation); op != nil {
			op.Waiters = append(op.Waiters, w)
		}
	}
	s.injected = injectedClientMethods(s.HyphenizedServiceID())
	names := make([]string, 0, len(s.Operations)+len(s.injected))
	for _, op := range s.Operations {
		if !op.NotOnClient {
			names = append(names, op.Method)
		}
	}
	for _, m := range s.injected {
		names = append(names, m.Name)
	}
	sort.Strings(names)
	uniq := names[:0]
	for i, n := range names {
		if i == 0 || n != names[i-1] {
			uniq = append(uniq, n)
		}
	}
	s.clientMethods = uniq
	if shapes == nil {
		shapes = s.shapes()
	}
	for _, sh := range shapes {
		if len(sh.Members) > 8 {
			sh.memberIndex = make(map[string]*Member, len(sh.Members))
			for _, m := range sh.Members {
				sh.memberIndex[m.Name] = m
			}
		}
	}
}

// shapes returns every distinct shape reachable from operation inputs, in a
// deterministic depth-first order (operations by name, members in model
// order). The encoder numbers shapes in this order.
func (s *Service) shapes() []*Shape {
	seen := make(map[*Shape]bool)
	var out []*Shape
	var walk func(*Shape)
	walk = func(sh *Shape) {
		if sh == nil || seen[sh] {
			return
		}
		seen[sh] = true
		out = append(out, sh)
		for _, m := range sh.Members {
			walk(m.Shape)
		}
		walk(sh.Member)
		walk(sh.Key)
		walk(sh.Value)
	}
	for _, op := range s.Operations {
		walk(op.Input)
	}
	return out
}
