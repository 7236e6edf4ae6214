package awsmodel

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestEmbeddedUpToDate regenerates the catalog from the shared models in
// memory and compares it byte for byte with the committed catalog.bin, so a
// model update without go generate (or a loader change without it) fails.
func TestEmbeddedUpToDate(t *testing.T) {
	needShared(t, sharedBotocore)
	ref := loadReference(t)
	c, err := Load(LoadOptions{Dir: sharedBotocore, ResourcesDir: sharedResources, Version: ref.BotocoreVersion, Boto3Version: ref.Boto3Version})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if buf.String() != embeddedData {
		t.Fatalf("catalog.bin is stale (%d bytes, regenerated %d): run go generate ./analysis/awsmodel", len(embeddedData), buf.Len())
	}
}

// TestLoadDirMatchesEmbedded checks that the JSON loader and the binary
// decoder give the same services, for every service: the embedded data is
// LoadDir plus encode, so any difference is a codec bug.
func TestLoadDirMatchesEmbedded(t *testing.T) {
	needShared(t, sharedBotocore)
	c, err := LoadDir(sharedBotocore)
	if err != nil {
		t.Fatal(err)
	}
	if c.Source() != sharedBotocore {
		t.Errorf("Source() = %q", c.Source())
	}
	// ../shared has no botocore/__init__.py.
	if c.Version() != "" {
		t.Errorf("Version() = %q, want empty without __init__.py", c.Version())
	}
	emb := Embedded()
	if strings.Join(c.ServiceNames(), ",") != strings.Join(emb.ServiceNames(), ",") {
		t.Fatalf("service names differ")
	}
	// Without a sibling boto3/data the embedded resource models are used.
	for _, name := range emb.ResourceServiceNames() {
		if !c.HasResourceInterface(name) || c.ResourceModel(name) == nil {
			t.Errorf("%s: embedded resource model not used as fallback", name)
		}
	}
	names := c.ServiceNames()
	if testing.Short() {
		names = []string{"s3", "ec2", "dynamodb", "sqs", "logs", "glacier", "qbusiness", "apigatewayv2"}
	}
	var wg sync.WaitGroup
	results := make([][2]string, len(names))
	for i, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := c.LoadService(name)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				return
			}
			results[i] = [2]string{dumpService(got), dumpService(emb.Service(name))}
		}()
	}
	wg.Wait()
	for i, name := range names {
		diffDumps(t, name, results[i][0], results[i][1])
	}
}

// TestLoadDirGzip loads a service from gzip-compressed copies of its files,
// laid out like a pip-installed botocore (with __init__.py beside data), and
// expects the same service as the plain folder.
func TestLoadDirGzip(t *testing.T) {
	needShared(t, sharedBotocore)
	root := t.TempDir()
	data := filepath.Join(root, "site-packages", "botocore", "data")
	for _, svc := range []string{"s3", "rds"} {
		src := filepath.Join(sharedBotocore, svc)
		versions, err := os.ReadDir(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range versions {
			files, err := os.ReadDir(filepath.Join(src, v.Name()))
			if err != nil {
				t.Fatal(err)
			}
			dst := filepath.Join(data, svc, v.Name())
			if err := os.MkdirAll(dst, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				raw, err := os.ReadFile(filepath.Join(src, v.Name(), f.Name()))
				if err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				zw := gzip.NewWriter(&buf)
				zw.Write(raw)
				zw.Close()
				if err := os.WriteFile(filepath.Join(dst, f.Name()+".gz"), buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	// An older api version without service-2 must not be picked; a
	// stray file at the top level (botocore has endpoints.json there) is
	// ignored.
	if err := os.MkdirAll(filepath.Join(data, "s3", "2099-01-01"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(data, "endpoints.json"), []byte("{}"), 0o644)
	os.WriteFile(filepath.Join(data, "..", "__init__.py"), []byte("import os\n__version__ = '1.99.1'\n"), 0o644)

	c, err := LoadDir(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.ServiceNames(), ","); got != "rds,s3" {
		t.Fatalf("ServiceNames = %s", got)
	}
	if c.Version() != "1.99.1" {
		t.Errorf("Version() = %q, want 1.99.1", c.Version())
	}
	for _, name := range []string{"s3", "rds"} {
		got, err := c.LoadService(name)
		if err != nil {
			t.Fatal(err)
		}
		diffDumps(t, name, dumpService(got), dumpService(Embedded().Service(name)))
	}
	if c.Service("ec2") != nil || c.HasService("ec2") {
		t.Error("ec2 should be unknown")
	}
	if _, err := c.LoadService("ec2"); err == nil {
		t.Error("LoadService of an unknown service should fail")
	}
}

// TestLoadDirSiblingBoto3 checks the site-packages layout: boto3/data beside
// botocore/data supplies the resource models and the boto3 version.
func TestLoadDirSiblingBoto3(t *testing.T) {
	needShared(t, sharedBotocore)
	root := t.TempDir()
	site := filepath.Join(root, "lib", "python3.12", "site-packages")
	copyTree(t, filepath.Join(sharedBotocore, "sqs"), filepath.Join(site, "botocore", "data", "sqs"))
	copyTree(t, filepath.Join(sharedResources, "sqs"), filepath.Join(site, "boto3", "data", "sqs"))
	os.WriteFile(filepath.Join(site, "boto3", "__init__.py"), []byte("__version__ = \"1.50.0\"\n"), 0o644)
	c, err := LoadDir(filepath.Join(site, "botocore", "data"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Boto3Version() != "1.50.0" {
		t.Errorf("Boto3Version = %q", c.Boto3Version())
	}
	if !c.HasResourceInterface("sqs") || c.HasResourceInterface("s3") {
		t.Errorf("resource services = %v, want only sqs", c.ResourceServiceNames())
	}
	rm := c.ResourceModel("sqs")
	if rm == nil || rm.Types["Queue"] == nil {
		t.Fatal("sqs Queue resource missing")
	}
	if rm.Types["Queue"].Attributes["attributes"] != "Attributes" {
		t.Errorf("Queue attributes = %v", rm.Types["Queue"].Attributes)
	}
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, raw, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestSDKExtrasMerge checks botocore's extras merge on the real models: S3's
// service-2.sdk-extras.json retypes the Expires shape, RDS's adds a
// SourceRegion member at the end of existing structures, and paginator
// extras add keys.
func TestSDKExtrasMerge(t *testing.T) {
	c := Embedded()
	s3 := c.Service("s3")
	put := s3.Operation("PutObject").Input
	if m := put.MemberByName("Expires"); m == nil || m.Shape.Type != "timestamp" {
		t.Errorf("S3 PutObject Expires: %+v, want a timestamp after the merge", m)
	}
	rds := c.Service("rds")
	in := rds.Operation("CopyDBSnapshot").Input
	last := in.Members[len(in.Members)-1]
	if last.Name != "SourceRegion" || last.Shape.Type != "string" {
		t.Errorf("RDS CopyDBSnapshot last member = %s, want SourceRegion appended by the merge", last.Name)
	}
	// paginators-1.sdk-extras.json of s3 adds non_aggregate_keys.
	if p := s3.Paginator("list_objects_v2"); p == nil || len(p.NonAggregateKeys) == 0 {
		t.Errorf("s3 list_objects_v2 paginator: %+v", p)
	}
}

func TestLoadDirErrors(t *testing.T) {
	if _, err := LoadDir(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("LoadDir of a missing folder should fail")
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "broken", "2020-01-01"), 0o755)
	os.WriteFile(filepath.Join(dir, "broken", "2020-01-01", "service-2.json"), []byte(`{"shapes": {`), 0o644)
	c, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !c.HasService("broken") {
		t.Fatal("broken service should be listed")
	}
	if c.Service("broken") != nil {
		t.Error("a service that fails to parse should be nil")
	}
	if _, err := c.LoadService("broken"); err == nil {
		t.Error("LoadService should report the parse error")
	}
}
