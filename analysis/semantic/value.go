package semantic

import (
	"fmt"
	"strings"

	"github.com/botolint/botolint/analysis/syntax"
)

// ValueKind is what an expression is at run time, as far as boto3 goes.
type ValueKind uint8

const (
	Unknown          ValueKind = iota
	Symbol                     // an imported module, function or class outside the program: Name is its qualified name
	Function                   // a function or method of the program: Name is its key, Type the class key of the instance a bound method belongs to; Origin is its def in this file
	Client                     // a low-level client: Service
	ServiceResource            // boto3.resource(...): Service
	ResourceInstance           // a resource object (Table, Bucket, Object ...): Service, Type
	Session                    // boto3.Session / aioboto3.Session
	BotocoreSession            // botocore.session.Session
	Paginator                  // client.get_paginator(...): Service, Name = operation method
	Waiter                     // client.get_waiter(...): Service, Name = waiter python name
	Config                     // botocore.config.Config(...)
	ClientExceptions           // client.exceptions: Service
	ModeledException           // client.exceptions.X (the class): Service, Name
	CaughtError                // the instance bound by except ClientError / client.exceptions.X as e: Service, Name
	ClientMeta                 // client.meta: Service
	ResourceMeta               // resource.meta: Service, Type
	String                     // a str constant: Name is its value
	None                       // the None constant
	Module                     // a module of the program: Name is its key
	Class                      // a class of the program: Name is its key; Exact unless it may be a subclass (cls in a classmethod)
	Instance                   // an instance of a class of the program: Name is the class key; Exact when it is of that class and not of a subclass
	Container                  // a dict, list, set or tuple whose elements all hold one value: Elem and Service, Type, Name of the element
	Super                      // super() in a method: Name is the key of the class whose bases the lookup starts after, Type the receiver's class key when exact

	// pending is the value of a query while it is being computed: a
	// recursive query sees it and joins it with nothing. It never leaves
	// the evaluator.
	pending ValueKind = 255
)

var valueKindNames = [...]string{
	Unknown: "unknown", Symbol: "symbol", Function: "function", Client: "client",
	ServiceResource: "service resource", ResourceInstance: "resource", Session: "session",
	BotocoreSession: "botocore session", Paginator: "paginator", Waiter: "waiter",
	Config: "config", ClientExceptions: "client exceptions", ModeledException: "modeled exception",
	CaughtError: "caught error", ClientMeta: "client meta", ResourceMeta: "resource meta",
	String: "str", None: "None", Module: "module", Class: "class", Instance: "instance",
	Container: "container", Super: "super",
}

func (k ValueKind) String() string {
	if int(k) < len(valueKindNames) {
		return valueKindNames[k]
	}
	return fmt.Sprintf("ValueKind(%d)", int(k))
}

// Via says how botolint knows that a value is a client, resource or
// session: how the value was made.
type Via uint8

const (
	// ViaSDK: made by boto3 or botocore itself (boto3.client,
	// session.client, create_client, resource sub-resources).
	ViaSDK Via = iota
	// ViaMeta: the client of a boto3 resource (resource.meta.client). boto3
	// registers the resource's serializer on it, so it takes plain Python
	// values where a low-level client takes AttributeValue dicts.
	ViaMeta
	// ViaAnnotation: declared by a type annotation (mypy_boto3_s3.S3Client).
	ViaAnnotation
	// ViaFactory: returned by a method named client, resource or
	// create_client of an object botolint cannot follow, given a literal
	// service name (module.client("ec2"), self.session.client("s3")).
	// Such factories are often wrappers that accept more than boto3 does
	// (see Options.WrapperKeywords in package analysis).
	ViaFactory
)

// Value is the resolved meaning of an expression.
type Value struct {
	Kind    ValueKind
	Elem    ValueKind // for Container: the kind of the elements (None: no element seen yet)
	Via     Via
	Async   bool   // created through aioboto3 / aiobotocore
	Exact   bool   // for Class and Instance: exactly this class
	Service string // botocore service name; "" when not known for certain
	Type    string // resource type ("Table"), for ResourceInstance and ResourceMeta
	Name    string // qualified name, key, string value, paginator operation, waiter name or exception name
	// Origin is the expression that created the value: the boto3.client(...)
	// call, the def of a function. It is a hint for messages and related
	// locations, not part of the value's identity; values that reach a
	// file from another module have none.
	Origin syntax.Node
	// Why says, for an Unknown value, why it could not be resolved, when
	// the model was asked to explain (Model.Explain); "" otherwise.
	Why string
}

// Known reports whether the value is anything but Unknown.
func (v Value) Known() bool { return v.Kind != Unknown && v.Kind != pending }

// Is reports whether the value is of kind k.
func (v Value) Is(k ValueKind) bool { return v.Kind == k }

// IsClientOf reports whether v is a client of a known service.
func (v Value) IsClientOf() (service string, ok bool) {
	if v.Kind == Client && v.Service != "" {
		return v.Service, true
	}
	return "", false
}

// Element returns the value of a Container's elements.
func (v Value) Element() Value {
	if v.Kind != Container {
		return Value{}
	}
	return Value{Kind: v.Elem, Via: v.Via, Async: v.Async, Exact: v.Exact, Service: v.Service, Type: v.Type, Name: v.Name}
}

// containerOf returns a Container whose elements hold e (None: empty).
func containerOf(e Value) Value {
	switch e.Kind {
	case Unknown, pending, Container:
		// Containers of containers are not followed.
		if e.Kind == pending {
			return e
		}
		return Value{Kind: Container, Elem: Unknown}
	}
	return Value{Kind: Container, Elem: e.Kind, Via: e.Via, Async: e.Async, Exact: e.Exact, Service: e.Service, Type: e.Type, Name: e.Name}
}

// same reports whether two values denote the same thing.
func (v Value) same(w Value) bool {
	return v.Kind == w.Kind && v.Elem == w.Elem && v.Via == w.Via && v.Service == w.Service && v.Type == w.Type &&
		v.Name == w.Name && v.Async == w.Async && v.Exact == w.Exact
}

func (v Value) String() string {
	switch v.Kind {
	case Client, ServiceResource, ClientExceptions, ClientMeta:
		return fmt.Sprintf("%s(%s)", v.Kind, v.Service)
	case ResourceInstance, ResourceMeta:
		return fmt.Sprintf("%s(%s.%s)", v.Kind, v.Service, v.Type)
	case Paginator, Waiter, ModeledException, CaughtError:
		return fmt.Sprintf("%s(%s, %s)", v.Kind, v.Service, v.Name)
	case Symbol:
		return "symbol(" + v.Name + ")"
	case String:
		return fmt.Sprintf("str(%q)", v.Name)
	case Function, Module, Class, Super:
		return fmt.Sprintf("%s(%s)", v.Kind, strings.TrimPrefix(v.Name, ":"))
	case Instance:
		if v.Exact {
			return fmt.Sprintf("instance(%s)", strings.TrimPrefix(v.Name, ":"))
		}
		return fmt.Sprintf("instance(%s or a subclass)", strings.TrimPrefix(v.Name, ":"))
	case Container:
		if v.Elem == None {
			return "container(empty)"
		}
		return "container(" + v.Element().String() + ")"
	}
	return v.Kind.String()
}
