package awsmodel

import "sort"

// This file is the one hand-written table of the catalog: methods that
// botocore and boto3 add to clients and resources in Python code, which no
// model file describes. Signatures are those of the Python functions
// (botocore/client.py, botocore/signers.py, boto3/s3/inject.py,
// boto3/dynamodb/table.py, boto3/ec2/deletetags.py); parameters are listed in
// positional order.

// req and opt build parameters: required positional, and optional with the
// Python text of its default.
func req(name string) InjectedParam { return InjectedParam{Name: name, Required: true} }
func opt(name, def string) InjectedParam {
	return InjectedParam{Name: name, Default: def}
}

func method(name string, params ...InjectedParam) *InjectedMethod {
	return &InjectedMethod{Name: name, Params: params, Positional: true}
}

// commonClientMethods are on every client: BaseClient methods and
// generate_presigned_url, which botocore adds to every client class.
var commonClientMethods = []*InjectedMethod{
	method("can_paginate", req("operation_name")),
	method("close"),
	method("generate_presigned_url", req("ClientMethod"), opt("Params", "None"), opt("ExpiresIn", "3600"), opt("HttpMethod", "None")),
	method("get_paginator", req("operation_name")),
	method("get_waiter", req("waiter_name")),
}

// serviceClientMethods are added for one service, keyed by the hyphenized
// service id, which is what botocore's creating-client-class.<id> event (and
// so every such customization) is keyed by.
var serviceClientMethods = map[string][]*InjectedMethod{
	// boto3/s3/inject.py (managed transfers) and botocore/signers.py.
	"s3": {
		method("copy", req("CopySource"), req("Bucket"), req("Key"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("SourceClient", "None"), opt("Config", "None")),
		method("download_file", req("Bucket"), req("Key"), req("Filename"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
		method("download_fileobj", req("Bucket"), req("Key"), req("Fileobj"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
		method("generate_presigned_post", req("Bucket"), req("Key"), opt("Fields", "None"), opt("Conditions", "None"), opt("ExpiresIn", "3600")),
		method("upload_file", req("Filename"), req("Bucket"), req("Key"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
		method("upload_fileobj", req("Fileobj"), req("Bucket"), req("Key"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
	},
	// botocore/signers.py add_generate_db_auth_token.
	"rds": {
		method("generate_db_auth_token", req("DBHostname"), req("Port"), req("DBUsername"), opt("Region", "None")),
	},
	// botocore/signers.py add_dsql_generate_db_auth_token_methods.
	"dsql": {
		method("generate_db_connect_admin_auth_token", req("Hostname"), opt("Region", "None"), opt("ExpiresIn", "900")),
		method("generate_db_connect_auth_token", req("Hostname"), opt("Region", "None"), opt("ExpiresIn", "900")),
	},
}

// injectedClientMethods returns the injected methods of a client of the
// service with this hyphenized service id, sorted by name.
func injectedClientMethods(hyphenizedID string) []*InjectedMethod {
	out := append([]*InjectedMethod(nil), commonClientMethods...)
	out = append(out, serviceClientMethods[hyphenizedID]...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// botocoreFilledMembers lists input members a botocore handler fills in
// before validation when the caller leaves them out, keyed by service name
// then member name (all operations). Glacier: handlers.inject_account_id
// sets accountId to "-".
var botocoreFilledMembers = map[string]map[string]bool{
	"glacier": {"accountId": true},
}

// loadMethod is boto3's injected load(*args, **kwargs) for resources whose
// model has no load request.
var loadMethod = &InjectedMethod{Name: "load", Positional: true, VarKeyword: true}

// resourceInjections are boto3's creating-resource-class customizations,
// keyed by service name and resource type name ("" is the service resource).
var resourceInjections = map[string]map[string][]*InjectedMethod{
	"s3": {
		// boto3/s3/inject.py inject_bucket_methods.
		"Bucket": {
			loadMethod,
			method("copy", req("CopySource"), req("Key"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("SourceClient", "None"), opt("Config", "None")),
			method("download_file", req("Key"), req("Filename"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
			method("download_fileobj", req("Key"), req("Fileobj"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
			method("upload_file", req("Filename"), req("Key"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
			method("upload_fileobj", req("Fileobj"), req("Key"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
		},
		// inject_object_methods.
		"Object": {
			method("copy", req("CopySource"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("SourceClient", "None"), opt("Config", "None")),
			method("download_file", req("Filename"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
			method("download_fileobj", req("Fileobj"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
			method("upload_file", req("Filename"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
			method("upload_fileobj", req("Fileobj"), opt("ExtraArgs", "None"), opt("Callback", "None"), opt("Config", "None")),
		},
		// inject_object_summary_methods.
		"ObjectSummary": {loadMethod},
	},
	"dynamodb": {
		// boto3/dynamodb/table.py register_table_methods.
		"Table": {method("batch_writer", opt("overwrite_by_pkeys", "None"))},
	},
}

// resourceActionInjections are injected methods that behave like modeled
// actions (they call one client operation with identifiers filled in), so
// they are listed with the actions. boto3/ec2/deletetags.py adds
// Instance.delete_tags(**kwargs), which calls DeleteTags with
// Resources=[self.id].
var resourceActionInjections = map[string]map[string][]*ResourceAction{
	"ec2": {
		"Instance": {{Name: "DeleteTags", Method: "delete_tags", Operation: "DeleteTags", FilledParams: []string{"Resources"}, Injected: true}},
	},
}
