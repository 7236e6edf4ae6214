package semantic

import (
	"fmt"

	"github.com/botolint/botolint/analysis/syntax"
)

// ValueKind is what an expression is at run time, as far as boto3 goes.
type ValueKind uint8

const (
	Unknown          ValueKind = iota
	Symbol                     // an imported module, function or class: Name is its qualified name
	LocalFunction              // a function defined in this file: Origin is its definition
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
)

var valueKindNames = [...]string{
	Unknown: "unknown", Symbol: "symbol", LocalFunction: "function", Client: "client",
	ServiceResource: "service resource", ResourceInstance: "resource", Session: "session",
	BotocoreSession: "botocore session", Paginator: "paginator", Waiter: "waiter",
	Config: "config", ClientExceptions: "client exceptions", ModeledException: "modeled exception",
	CaughtError: "caught error", ClientMeta: "client meta", ResourceMeta: "resource meta",
}

func (k ValueKind) String() string {
	if int(k) < len(valueKindNames) {
		return valueKindNames[k]
	}
	return fmt.Sprintf("ValueKind(%d)", int(k))
}

// Value is the resolved meaning of an expression.
type Value struct {
	Kind    ValueKind
	Service string // botocore service name; "" when not known for certain
	Type    string // resource type ("Table"), for ResourceInstance and ResourceMeta
	Name    string // qualified name, paginator operation, waiter name or exception name
	Async   bool   // created through aioboto3 / aiobotocore
	// Origin is the expression that created the value: the boto3.client(...)
	// call, the def of a LocalFunction. It is a hint for messages and
	// related locations, not part of the value's identity.
	Origin syntax.Node
}

// Known reports whether the value is anything but Unknown.
func (v Value) Known() bool { return v.Kind != Unknown }

// Is reports whether the value is of kind k.
func (v Value) Is(k ValueKind) bool { return v.Kind == k }

// IsClientOf reports whether v is a client of a known service.
func (v Value) IsClientOf() (service string, ok bool) {
	if v.Kind == Client && v.Service != "" {
		return v.Service, true
	}
	return "", false
}

// same reports whether two values denote the same thing.
func (v Value) same(w Value) bool {
	return v.Kind == w.Kind && v.Service == w.Service && v.Type == w.Type && v.Name == w.Name && v.Async == w.Async
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
	}
	return v.Kind.String()
}
