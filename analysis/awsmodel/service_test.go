package awsmodel

import (
	"slices"
	"sync"
	"testing"
)

func TestServiceS3(t *testing.T) {
	c := Embedded()
	if c.Source() != "embedded" || c.Version() == "" {
		t.Fatalf("Source %q Version %q", c.Source(), c.Version())
	}
	if !c.HasService("s3") || c.HasService("s4") || c.Service("s4") != nil {
		t.Fatal("HasService/Service")
	}
	s3 := c.Service("s3")
	if s3 != c.Service("s3") {
		t.Error("Service must return the same *Service on every call")
	}
	if s3.Name != "s3" || s3.APIVersion != "2006-03-01" || s3.ServiceID != "S3" || c.APIVersion("s3") != "2006-03-01" {
		t.Errorf("metadata %q %q %q", s3.Name, s3.APIVersion, s3.ServiceID)
	}
	op := s3.Method("list_objects_v2")
	if op == nil || op.Name != "ListObjectsV2" || s3.Operation("ListObjectsV2") != op {
		t.Fatalf("list_objects_v2: %+v", op)
	}
	if s3.Method("ListObjectsV2") != nil || s3.Operation("list_objects_v2") != nil {
		t.Error("Method takes Python names, Operation API names")
	}
	bucket := op.Input.MemberByName("Bucket")
	if bucket == nil || !bucket.Required || bucket.Shape.Type != "string" || bucket.ContextParam != "Bucket" || bucket.Location != "uri" {
		t.Errorf("Bucket member: %+v", bucket)
	}
	if mk := op.Input.MemberByName("MaxKeys"); mk == nil || mk.Required || mk.Shape.Type != "integer" {
		t.Errorf("MaxKeys: %+v", mk)
	}
	if op.Input.MemberByName("bucket") != nil {
		t.Error("MemberByName is exact")
	}
	if !slices.Equal(op.Input.RequiredMembers(), []string{"Bucket"}) {
		t.Errorf("required %v", op.Input.RequiredMembers())
	}
	p := op.Paginator
	if p == nil || p != s3.Paginator("list_objects_v2") || !slices.Equal(p.InputTokens, []string{"ContinuationToken"}) ||
		!slices.Equal(p.OutputTokens, []string{"NextContinuationToken"}) || p.LimitKey != "MaxKeys" || p.MoreResults != "IsTruncated" ||
		!slices.Equal(p.ResultKeys, []string{"Contents", "CommonPrefixes"}) {
		t.Errorf("paginator %+v", p)
	}
	if lo := s3.Paginator("list_objects"); lo == nil || lo.OutputTokens[0] != "NextMarker || Contents[-1].Key" {
		t.Errorf("list_objects paginator %+v", lo)
	}
	if s3.Paginator("list_buckets") == nil {
		t.Error("list_buckets is pageable in these models")
	}
	if s3.Paginator("get_object") != nil || s3.Method("get_object").Paginator != nil {
		t.Error("get_object is not pageable")
	}
	// The Body member is streaming through its member trait; the Body
	// shape itself is a plain blob.
	body := s3.Operation("PutObject").Input.MemberByName("Body")
	if body == nil || body.Shape.Type != "blob" || !body.Shape.Streaming || body.Shape.Name != "Body" {
		t.Errorf("PutObject Body: %+v", body.Shape)
	}
	w := s3.Waiter("bucket_exists")
	if w == nil || w.Name != "BucketExists" || w.Operation != "HeadBucket" || w.Delay != 5 || w.MaxAttempts != 20 {
		t.Fatalf("bucket_exists: %+v", w)
	}
	if a := w.Acceptors[0]; a.Matcher != "status" || a.State != "success" || a.Expected != 200 {
		t.Errorf("acceptor %+v", a)
	}
	if hb := s3.Operation("HeadBucket"); !slices.Contains(hb.Waiters, w) {
		t.Error("HeadBucket not linked to bucket_exists")
	}
	if s3.Exception("NoSuchKey") == nil || s3.Exception("ClientError") != nil {
		t.Error("exceptions")
	}
	for _, name := range []string{"upload_file", "download_file", "upload_fileobj", "download_fileobj", "copy", "generate_presigned_url", "generate_presigned_post", "get_paginator", "can_paginate", "get_waiter", "close"} {
		if s3.Injected(name) == nil || !s3.HasClientMethod(name) || s3.Method(name) != nil {
			t.Errorf("%s should be injected", name)
		}
	}
	up := s3.Injected("upload_file")
	var names []string
	for _, p := range up.Params {
		names = append(names, p.Name)
	}
	if !slices.Equal(names, []string{"Filename", "Bucket", "Key", "ExtraArgs", "Callback", "Config"}) || !up.Positional ||
		!up.Params[2].Required || up.Params[3].Required || up.Params[3].Default != "None" {
		t.Errorf("upload_file %+v", up)
	}
	if gp := s3.Injected("generate_presigned_url"); gp.Params[0].Name != "ClientMethod" || gp.Params[2].Default != "3600" {
		t.Errorf("generate_presigned_url %+v", gp)
	}
	if s3.Injected("get_object") != nil || s3.Injected("generate_db_auth_token") != nil {
		t.Error("not injected on s3")
	}
}

func TestServiceExceptionsAndTraits(t *testing.T) {
	c := Embedded()
	iam := c.Service("iam")
	e := iam.Exception("NoSuchEntityException")
	if e == nil || e.Code != "NoSuchEntity" || e.HTTPStatus != 404 {
		t.Errorf("IAM NoSuchEntityException %+v", e)
	}
	if got := iam.ExceptionByCode("NoSuchEntity"); len(got) != 1 || got[0] != e {
		t.Errorf("ExceptionByCode %v", got)
	}
	if op := iam.Method("get_user"); !slices.Contains(op.Errors, e) {
		t.Error("GetUser should list NoSuchEntityException")
	}
	// Without error.code the wire code is the shape name.
	if q := c.Service("sqs").Exception("QueueDoesNotExist"); q == nil || q.Code != "QueueDoesNotExist" {
		t.Errorf("SQS QueueDoesNotExist %+v", q)
	}
	logs := c.Service("logs")
	if in := logs.Method("create_export_task").Input; in.MemberByName("from") == nil || !in.MemberByName("from").Required {
		t.Error("logs create_export_task requires from")
	}
	if ct := c.Service("ec2").Method("run_instances").Input.MemberByName("ClientToken"); ct == nil || !ct.IdempotencyToken {
		t.Errorf("ec2 RunInstances ClientToken %+v", ct)
	}
	if acct := c.Service("s3control").Method("get_access_point").Input.MemberByName("AccountId"); acct == nil || !acct.HostLabel {
		t.Errorf("s3control AccountId %+v", acct)
	}
	if acct := c.Service("glacier").Method("list_vaults").Input.MemberByName("accountId"); acct == nil || !acct.Required || !acct.FilledByBotocore {
		t.Errorf("glacier accountId %+v", acct)
	}
	// A member-level enum overrides the shape's (botocore overlays member
	// traits on the shape).
	if ot := c.Service("apigatewayv2").Method("export_api").Input.MemberByName("OutputType"); ot == nil || !slices.Equal(ot.Shape.Enum, []string{"YAML", "JSON"}) {
		t.Errorf("apigatewayv2 OutputType %+v", ot.Shape)
	}
	fn := c.Service("lambda").Method("invoke").Input.MemberByName("FunctionName")
	if fn == nil || fn.Shape.Min == nil || *fn.Shape.Min != 1 || fn.Shape.Max == nil {
		t.Errorf("lambda FunctionName min/max %+v", fn.Shape)
	}
	// Recursive shapes close into a cycle.
	av := c.Service("dynamodb").Method("put_item").Input.MemberByName("Item").Shape.Value
	if av == nil || av.Name != "AttributeValue" {
		t.Fatalf("AttributeValue %+v", av)
	}
	if m := av.MemberByName("M"); m == nil || m.Shape.Value != av {
		t.Error("AttributeValue.M should point back to AttributeValue")
	}
	if l := av.MemberByName("L"); l == nil || l.Shape.Type != "list" || l.Shape.Member != av {
		t.Error("AttributeValue.L should point back to AttributeValue")
	}
}

func TestServiceNotOnClient(t *testing.T) {
	q := Embedded().Service("qbusiness")
	chat := q.Method("chat")
	if chat == nil || !chat.NotOnClient || q.HasClientMethod("chat") || slices.Contains(q.ClientMethods(), "chat") {
		t.Errorf("qbusiness chat: %+v", chat)
	}
	if !q.HasClientMethod("chat_sync") || q.Method("chat_sync").NotOnClient {
		t.Error("chat_sync is a normal method")
	}
}

func TestServiceInjectedPerService(t *testing.T) {
	c := Embedded()
	if m := c.Service("rds").Injected("generate_db_auth_token"); m == nil || len(m.Params) != 4 || m.Params[3].Required {
		t.Errorf("rds generate_db_auth_token %+v", m)
	}
	if c.Service("neptune").Injected("generate_db_auth_token") != nil {
		t.Error("only rds gets generate_db_auth_token")
	}
	if c.Service("dsql").Injected("generate_db_connect_admin_auth_token") == nil {
		t.Error("dsql token methods")
	}
	sqs := c.Service("sqs")
	if sqs.Injected("upload_file") != nil || sqs.HasClientMethod("upload_file") {
		t.Error("upload_file is s3-only")
	}
	if sqs.Injected("close") == nil || sqs.Injected("get_waiter") == nil {
		t.Error("every client has close and get_waiter")
	}
}

// TestConcurrentService decodes services from many goroutines on a fresh
// catalog; with -race it checks that lazy decoding is safe.
func TestConcurrentService(t *testing.T) {
	c, err := openEncoded(embeddedData, "embedded")
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"s3", "ec2", "dynamodb", "sqs", "iam", "lambda"}
	got := make([][]*Service, 8)
	var wg sync.WaitGroup
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, n := range names {
				s := c.Service(n)
				_ = s.ClientMethods()
				_ = s.Method("describe_instances")
				got[g] = append(got[g], s)
			}
			_ = c.ResourceModel("s3")
		}()
	}
	wg.Wait()
	for g := range got {
		for i := range names {
			if got[g][i] == nil || got[g][i] != got[0][i] {
				t.Fatalf("goroutine %d got a different %s", g, names[i])
			}
		}
	}
}

// TestShapeTraitsSurvive counts shape traits over every service so that a
// trait the codec forgot to write shows up as zero.
func TestShapeTraitsSurvive(t *testing.T) {
	c := Embedded()
	counts := map[string]int{}
	for _, name := range c.ServiceNames() {
		s := c.Service(name)
		for _, sh := range s.shapes() {
			for trait, on := range map[string]bool{
				"union": sh.Union, "document": sh.Document, "streaming": sh.Streaming, "eventstream": sh.EventStream,
				"sensitive": sh.Sensitive, "deprecated": sh.Deprecated, "min": sh.Min != nil, "max": sh.Max != nil,
				"enum": len(sh.Enum) > 0, "map": sh.Type == "map",
			} {
				if on {
					counts[trait]++
				}
			}
			for _, m := range sh.Members {
				for trait, on := range map[string]bool{
					"required": m.Required, "hostLabel": m.HostLabel, "idempotencyToken": m.IdempotencyToken,
					"location": m.Location != "", "memberDeprecated": m.Deprecated, "contextParam": m.ContextParam != "",
				} {
					if on {
						counts[trait]++
					}
				}
			}
		}
		for _, op := range s.Operations {
			if op.Deprecated {
				counts["opDeprecated"]++
			}
			if op.Input == nil {
				counts["noInput"]++
			}
		}
	}
	for _, trait := range []string{"union", "document", "streaming", "eventstream", "sensitive", "deprecated", "min", "max", "enum", "map",
		"required", "hostLabel", "idempotencyToken", "location", "memberDeprecated", "contextParam", "opDeprecated", "noInput"} {
		if counts[trait] == 0 {
			t.Errorf("no %s anywhere in the catalog", trait)
		}
	}
}

func TestIsClientAttribute(t *testing.T) {
	for _, name := range []string{"meta", "exceptions", "waiter_names"} {
		if !IsClientAttribute(name) {
			t.Errorf("%s is a client attribute", name)
		}
	}
	if IsClientAttribute("get_object") || IsClientAttribute("Meta") {
		t.Error("only the non-method attributes")
	}
}
