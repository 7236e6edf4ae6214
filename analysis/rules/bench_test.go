package rules_test

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/rules"
	"github.com/botolint/botolint/analysis/syntax"
)

// benchSource builds a large boto3-heavy module: clients, pagination loops,
// error handling, resources, classes; about 40 lines a unit.
func benchSource(units int) []byte {
	var b strings.Builder
	b.WriteString("import sys\nimport time\nimport boto3\nfrom botocore.exceptions import ClientError\nfrom botocore.config import Config\n\n")
	b.WriteString("s3 = boto3.client(\"s3\", config=Config(retries={\"mode\": \"standard\"}))\nddb = boto3.resource(\"dynamodb\")\n\n")
	for i := 0; i < units; i++ {
		fmt.Fprintf(&b, `
class Store%[1]d:
    """Stores things in bucket %[1]d."""

    def __init__(self, bucket):
        self.bucket = bucket
        self.client = boto3.client("s3")
        self.table = ddb.Table("table-%[1]d")

    def keys(self, prefix):
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix):
            for obj in page.get("Contents", []):
                yield obj["Key"]

    def fetch(self, key):
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=key)["Body"]
            return body.read()
        except self.client.exceptions.NoSuchKey:
            return None

    def save(self, key, data, retries=3):
        for attempt in range(retries):
            try:
                self.client.put_object(Bucket=self.bucket, Key=key, Body=data)
                return True
            except ClientError as e:
                if e.response["Error"]["Code"] == "SlowDown":
                    time.sleep(2 ** attempt)
                    continue
                raise
        return False

    def record(self, item_id, value):
        self.table.put_item(Item={"id": item_id, "value": value, "n": %[1]d})


def summarize_%[1]d(names):
    totals = {name: len(name) * %[1]d for name in names if name}
    return sorted(totals.items(), key=lambda kv: kv[1])
`, i)
	}
	b.WriteString("\n\ndef main():\n    store = Store0(sys.argv[1])\n    for key in store.keys(\"\"):\n        print(key)\n    return 0\n\n\nif __name__ == \"__main__\":\n    sys.exit(main())\n")
	return []byte(b.String())
}

// foundationRules are the rules of the foundation issue, the baseline the
// catalog's rules are measured against.
var foundationRules = []string{"BTO201", "BTO301", "BTO302", "BTO401", "BTO402", "BTO701", "BTO900", "BTO901"}

// BenchmarkCheck reports check throughput in lines/s on the same input
// with every rule on (all) and with only the foundation issue's rules
// (foundation), beside BenchmarkParse, parsing alone.
func BenchmarkCheck(b *testing.B) {
	src := benchSource(1000)
	forRuleSets(b, func(b *testing.B, runner *analysis.Runner) {
		b.SetBytes(int64(len(src)))
		timeChecks(b, src, func() error {
			_, err := runner.Check(context.Background(), "bench.py", src)
			return err
		})
	})
}

// BenchmarkRules is BenchmarkCheck without the parse: the same rule sets
// over one tree parsed beforehand, so the cost the rules add stands out of
// the parser's noise. Each op builds its own semantic model, as a check does.
func BenchmarkRules(b *testing.B) {
	src := benchSource(1000)
	tree := syntax.Parse(src)
	forRuleSets(b, func(b *testing.B, runner *analysis.Runner) {
		timeChecks(b, src, func() error {
			_, err := runner.CheckTree(context.Background(), "bench.py", tree)
			return err
		})
	})
}

// forRuleSets runs bench as the sub-benchmarks all (every rule) and
// foundation (the foundation issue's rules).
func forRuleSets(b *testing.B, bench func(*testing.B, *analysis.Runner)) {
	all := rules.All()
	foundation, err := analysis.Selection{Select: foundationRules}.Apply(all)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		enabled []*analysis.Rule
	}{{"all", all}, {"foundation", foundation}} {
		b.Run(c.name, func(b *testing.B) {
			bench(b, analysis.NewRunner(analysis.Config{Known: all, Enabled: c.enabled}))
		})
	}
}

// timeChecks runs check b.N times and reports the throughput on src.
func timeChecks(b *testing.B, src []byte, check func() error) {
	lines := float64(strings.Count(string(src), "\n"))
	b.ResetTimer()
	cpuStart := processCPUTime()
	for i := 0; i < b.N; i++ {
		if err := check(); err != nil {
			b.Fatal(err)
		}
	}
	reportThroughput(b, lines, processCPUTime()-cpuStart)
}

// BenchmarkParse is the floor: parsing and flattening the same input.
func BenchmarkParse(b *testing.B) {
	src := benchSource(1000)
	b.SetBytes(int64(len(src)))
	timeChecks(b, src, func() error {
		syntax.Parse(src)
		return nil
	})
}

// reportThroughput reports wall-clock lines/s and the CPU time of the whole
// process per op (the garbage collector's included). The CPU figure is the
// one to compare between variants on a shared machine: it does not move when
// another process steals the core, and it charges each variant for the
// collector work its garbage causes.
func reportThroughput(b *testing.B, lines float64, cpu time.Duration) {
	b.ReportMetric(lines*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

func processCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
