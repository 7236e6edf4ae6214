package awsmodel

import (
	"slices"
	"testing"
)

func TestResourceModelS3(t *testing.T) {
	c := Embedded()
	if !c.HasResourceInterface("s3") || c.HasResourceInterface("lambda") {
		t.Fatal("s3 has a resource interface, lambda does not")
	}
	if c.ResourceModel("lambda") != nil {
		t.Error("ResourceModel(lambda) should be nil")
	}
	rm := c.ResourceModel("s3")
	sr := rm.ServiceResource
	if sr.Name != "" {
		t.Errorf("service resource Name = %q", sr.Name)
	}
	if sr.Has["Bucket"] != "Bucket" || !slices.Equal(sr.HasArgs["Bucket"], []string{"Name"}) {
		t.Errorf("s3.Bucket: %q %v", sr.Has["Bucket"], sr.HasArgs["Bucket"])
	}
	// The service resource exposes every type, even those its "has" omits.
	if sr.Has["Object"] != "Object" || !slices.Equal(sr.HasArgs["Object"], []string{"BucketName", "Key"}) {
		t.Errorf("s3.Object: %q %v", sr.Has["Object"], sr.HasArgs["Object"])
	}
	if a := sr.Actions["create_bucket"]; a == nil || a.Operation != "CreateBucket" || a.ResultType != "Bucket" {
		t.Errorf("create_bucket: %+v", a)
	}
	if col := sr.Collections["buckets"]; col == nil || col.Operation != "ListBuckets" || col.Type != "Bucket" {
		t.Errorf("buckets: %+v", col)
	}

	b := rm.Types["Bucket"]
	if !slices.Equal(b.Identifiers, []string{"Name"}) || !slices.Equal(b.IdentifierAttrs, []string{"name"}) {
		t.Errorf("Bucket identifiers %v %v", b.Identifiers, b.IdentifierAttrs)
	}
	if b.Has["Object"] != "Object" || !slices.Equal(b.HasArgs["Object"], []string{"Key"}) {
		t.Errorf("Bucket.Object: %q %v", b.Has["Object"], b.HasArgs["Object"])
	}
	if a := b.Actions["delete"]; a == nil || a.Operation != "DeleteBucket" || !slices.Equal(a.FilledParams, []string{"Bucket"}) {
		t.Errorf("Bucket.delete: %+v", a)
	}
	objs := b.Collections["objects"]
	if objs == nil || objs.Operation != "ListObjects" || objs.Type != "ObjectSummary" {
		t.Fatalf("Bucket.objects: %+v", objs)
	}
	if d := objs.BatchActions["delete"]; d == nil || d.Operation != "DeleteObjects" {
		t.Errorf("bucket.objects.delete: %+v", d)
	}
	if b.Waiters["wait_until_exists"] != "BucketExists" || b.Waiters["wait_until_not_exists"] != "BucketNotExists" {
		t.Errorf("Bucket waiters %v", b.Waiters)
	}
	if m := b.Injected["upload_file"]; m == nil || !m.Positional || m.Params[0].Name != "Filename" || m.Params[1].Name != "Key" {
		t.Errorf("Bucket.upload_file: %+v", m)
	}
	if b.Injected["load"] == nil || b.Load {
		t.Error("Bucket.load is injected by boto3, not modeled")
	}
	if b.Attributes["creation_date"] != "CreationDate" {
		t.Errorf("Bucket attributes %v", b.Attributes)
	}
	obj := rm.Types["Object"]
	if !obj.Load || obj.Attributes["content_length"] != "ContentLength" {
		t.Errorf("Object: load=%v attributes=%v", obj.Load, obj.Attributes)
	}
	if m := obj.Injected["download_file"]; m == nil || m.Params[0].Name != "Filename" || !m.Params[0].Required {
		t.Errorf("Object.download_file: %+v", m)
	}
}

func TestResourceModelDynamoDB(t *testing.T) {
	rm := Embedded().ResourceModel("dynamodb")
	sr := rm.ServiceResource
	if sr.Has["Table"] != "Table" || !slices.Equal(sr.HasArgs["Table"], []string{"Name"}) {
		t.Errorf("dynamodb.Table: %q %v", sr.Has["Table"], sr.HasArgs["Table"])
	}
	tbl := rm.Types["Table"]
	for _, m := range []string{"put_item", "get_item", "query", "scan", "delete_item", "update_item", "delete", "update"} {
		a := tbl.Actions[m]
		if a == nil || !slices.Equal(a.FilledParams, []string{"TableName"}) {
			t.Errorf("Table.%s: %+v", m, a)
		}
	}
	if tbl.Actions["put_item"].Operation != "PutItem" || tbl.Actions["delete"].Operation != "DeleteTable" {
		t.Error("Table action operations")
	}
	if tbl.Injected["batch_writer"] == nil {
		t.Error("Table.batch_writer missing")
	}
	if tbl.Attributes["item_count"] != "ItemCount" || tbl.Attributes["key_schema"] != "KeySchema" {
		t.Errorf("Table attributes %v", tbl.Attributes)
	}
	if _, ok := tbl.Attributes["name"]; ok {
		t.Error("the identifier name is not an attribute")
	}
	if tbl.Waiters["wait_until_exists"] != "TableExists" {
		t.Errorf("Table waiters %v", tbl.Waiters)
	}
}

// TestResourceModelRenames checks boto3's collision renaming on the models
// that need it, and the EC2 service resource whose KeyPair entry replaces the
// generated one.
func TestResourceModelRenames(t *testing.T) {
	ec2 := Embedded().ResourceModel("ec2")
	inst := ec2.Types["Instance"]
	if inst.Attributes["network_interfaces_attribute"] != "NetworkInterfaces" {
		t.Errorf("Instance attributes: %v", inst.Attributes)
	}
	if r := inst.References["network_interfaces"]; r == nil || r.Type != "NetworkInterface" || !r.Many {
		t.Errorf("Instance.network_interfaces: %+v", r)
	}
	if r := inst.References["vpc"]; r == nil || r.Type != "Vpc" || r.Many {
		t.Errorf("Instance.vpc: %+v", r)
	}
	if a := inst.Actions["delete_tags"]; a == nil || !a.Injected || a.Operation != "DeleteTags" {
		t.Errorf("Instance.delete_tags: %+v", a)
	}
	if ec2.ServiceResource.Has["KeyPair"] != "KeyPairInfo" {
		t.Errorf("ec2.KeyPair builds %q, want KeyPairInfo", ec2.ServiceResource.Has["KeyPair"])
	}
	if _, ok := ec2.ServiceResource.Has["KeyPair_subresource"]; ok {
		t.Error("no rename expected for the replaced KeyPair entry")
	}
	// RouteTable's Routes member collides with its routes reference list,
	// so boto3 exposes the raw data as routes_attribute.
	rt := ec2.Types["RouteTable"]
	if rt.Attributes["routes_attribute"] != "Routes" || rt.References["routes"] == nil {
		t.Errorf("RouteTable attributes %v references %v", sortedKeys(rt.Attributes), sortedKeys(rt.References))
	}
}
