package awsmodel

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// BenchmarkDecodeService measures what the first Service(name) call of a
// process costs: inflating the service's blob from the embedded data and
// decoding it into the pointer graph.
func BenchmarkDecodeService(b *testing.B) {
	idx, err := readCatalogIndex(embeddedData)
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"s3", "ec2", "dynamodb", "sqs"} {
		var entry *indexEntry
		for i := range idx.services {
			if idx.services[i].name == name {
				entry = &idx.services[i]
			}
		}
		if entry == nil {
			b.Fatalf("%s not embedded", name)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(entry.blob.rawLength))
			start := time.Now()
			n := 0
			for b.Loop() {
				raw, err := idx.blob(entry.blob)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := decodeService(raw); err != nil {
					b.Fatal(err)
				}
				n++
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/float64(n), "us/decode")
		})
	}
}

// BenchmarkEmbeddedIndex measures Embedded's one-time cost: parsing the index.
func BenchmarkEmbeddedIndex(b *testing.B) {
	for b.Loop() {
		if _, err := openEncoded(embeddedData, "embedded"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadDirService measures an overlay's first use of a service: JSON
// parsing, extras merge and building, for the largest model.
func BenchmarkLoadDirService(b *testing.B) {
	needShared(b, sharedBotocore)
	for _, name := range []string{"s3", "ec2"} {
		b.Run(name, func(b *testing.B) {
			dir := sharedBotocore + "/" + name + "/" + newestVersion(sharedBotocore+"/"+name, "service-2")
			for b.Loop() {
				if _, err := loadServiceDir(name, "", dir); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestMemoryFiftyServices reports the heap and RSS growth of decoding 50
// services from a fresh catalog (run with -v to see the numbers). It fails
// only on an absurd figure, to catch a decoder that keeps whole blobs twice
// or leaks the index.
func TestMemoryFiftyServices(t *testing.T) {
	c, err := openEncoded(embeddedData, "embedded")
	if err != nil {
		t.Fatal(err)
	}
	names := c.ServiceNames()
	if len(names) < 50 {
		t.Skip("fewer than 50 services embedded")
	}
	// A spread of services, plus the big ones a real project touches.
	picked := []string{"s3", "ec2", "dynamodb", "iam", "lambda", "sqs", "sns", "sts", "logs", "cloudwatch"}
	step := len(names) / 40
	for i := 0; len(picked) < 50; i += step {
		n := names[i%len(names)]
		dup := false
		for _, p := range picked {
			dup = dup || p == n
		}
		if !dup {
			picked = append(picked, n)
		}
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rssBefore := rssKB()
	start := time.Now()
	services := make([]*Service, 0, len(picked))
	for _, n := range picked {
		services = append(services, c.Service(n))
	}
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	rssAfter := rssKB()
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("decoded %d services in %v: heap +%.1f MB (HeapAlloc %.1f MB), RSS %d -> %d KB",
		len(services), elapsed, float64(heap)/(1<<20), float64(after.HeapAlloc)/(1<<20), rssBefore, rssAfter)
	if heap > 200<<20 {
		t.Errorf("50 services take %d bytes of heap", heap)
	}
	runtime.KeepAlive(services)
}

// rssKB reads VmRSS from /proc/self/status (Linux), 0 elsewhere.
func rssKB() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kb int
			for _, f := range strings.Fields(rest) {
				for _, ch := range f {
					if ch < '0' || ch > '9' {
						return kb
					}
					kb = kb*10 + int(ch-'0')
				}
				return kb
			}
		}
	}
	return 0
}
