package awsmodel

import (
	"bytes"
	"strings"
	"testing"
)

// TestCodecRoundTripRaw checks the uncompressed variant of the format, which
// the embedded file does not use, on a few services.
func TestCodecRoundTripRaw(t *testing.T) {
	emb := Embedded()
	var services []*Service
	for _, name := range []string{"s3", "dynamodb", "qbusiness", "glacier"} {
		services = append(services, emb.Service(name))
	}
	var buf bytes.Buffer
	if err := writeCatalog(&buf, "v1", "v2", compressNone, services, []*ResourceModel{emb.ResourceModel("s3")}); err != nil {
		t.Fatal(err)
	}
	c, err := openEncoded(buf.String(), "test")
	if err != nil {
		t.Fatal(err)
	}
	if c.Version() != "v1" || c.Boto3Version() != "v2" || c.Source() != "test" {
		t.Errorf("versions %q %q", c.Version(), c.Boto3Version())
	}
	for _, s := range services {
		diffDumps(t, s.Name, dumpService(c.Service(s.Name)), dumpService(s))
	}
	if rm := c.ResourceModel("s3"); rm == nil || rm.Types["Bucket"] == nil || !c.HasResourceInterface("s3") || c.HasResourceInterface("dynamodb") {
		t.Error("resource models")
	}
}

// TestCodecCorruptInput feeds truncated and altered blobs to the decoder: it
// must fail with an error, never panic or loop.
func TestCodecCorruptInput(t *testing.T) {
	blob := string(encodeService(Embedded().Service("sqs")))
	if _, err := decodeService(blob); err != nil {
		t.Fatal(err)
	}
	for cut := 0; cut < len(blob); cut += 7 {
		if _, err := decodeService(blob[:cut]); err == nil {
			t.Fatalf("truncated at %d: no error", cut)
		}
	}
	for i := 0; i < len(blob); i += 13 {
		b := []byte(blob)
		b[i] ^= 0xff
		decodeService(string(b)) // an error or, rarely, a different service; no panic
	}
	for _, data := range []string{"x", catalogMagic, catalogMagic + "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"} {
		if _, err := openEncoded(data, "bad"); err == nil {
			t.Errorf("openEncoded(%q) succeeded", data)
		}
	}
	// The empty file is the state before the first go generate.
	c, err := openEncoded("", "empty")
	if err != nil || len(c.ServiceNames()) != 0 || c.Service("s3") != nil {
		t.Errorf("empty catalog: %v", err)
	}
	var buf bytes.Buffer
	writeCatalog(&buf, "", "", compressDeflate, []*Service{Embedded().Service("sqs")}, nil)
	data := buf.String()
	// Break the deflate stream of the only blob.
	broken := data[:len(data)-10] + strings.Repeat("\x00", 10)
	c, err = openEncoded(broken, "broken")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.LoadService("sqs"); err == nil {
		t.Error("a broken blob should fail to load")
	}
}
