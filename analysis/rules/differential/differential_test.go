// Package differential_test compares botolint's model-driven parameter
// rules (BTO003-BTO008) with botocore itself: it generates many calls from
// the service models of Debian's python3-botocore (valid ones and single
// mutations of them), lets botolint check them as Python source, lets
// botocore validate the same literals, and requires that botolint never
// reports an error on a call botocore accepts. Agreement figures go to the
// test log.
package differential_test

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/botolint/botolint/analysis"
	"github.com/botolint/botolint/analysis/awsmodel"
	"github.com/botolint/botolint/analysis/rules/correctness"
)

// python is Debian's interpreter, which python3-botocore installs into. The
// python3 on PATH may be another interpreter with another botocore.
const python = "/usr/bin/python3"

//go:embed driver.py
var driverPy string

// opsPerService bounds the operations sampled per service.
const opsPerService = 6

// clientServices get the cases that need a botocore client (positional
// arguments, attribute lookups); building a client costs more than
// validating, so only these.
var clientServices = []string{
	"s3", "dynamodb", "ec2", "iam", "sqs", "lambda", "logs", "stepfunctions", "sts", "kms",
	"sns", "cloudwatch", "cloudformation", "ecs", "ecr", "rds", "secretsmanager", "ssm",
	"kinesis", "glue", "athena", "events", "route53", "apigateway", "elbv2", "autoscaling",
}

// Mutation kinds, each with the rule botolint should catch it with ("" for
// calls botocore accepts).
var kinds = []struct{ name, code string }{
	{"valid", ""},
	{"valid-all-members", ""},
	{"valid-loose-type", ""},
	{"valid-paginate", ""},
	{"valid-wait", ""},
	{"valid-presign", ""},
	{"valid-method", ""},
	{"enum-value", ""},
	{"snake-case-name", "BTO004"},
	{"nested-key-case", "BTO004"},
	{"presign-key-case", "BTO004"},
	{"unknown-name", "BTO005"},
	{"missing-required", "BTO006"},
	{"wrong-type", "BTO007"},
	{"none-value", "BTO007"},
	{"below-min", "BTO007"},
	{"positional", "BTO008"},
	{"operation-name", "BTO003"},
}

// tcase is one generated call.
type tcase struct {
	id        int
	kind      string
	service   string
	operation string // API name
	method    string
	mode      string // validate, positional, attribute
	params    pDict  // what botocore validates
	line      string // the Python statement botolint reads
	note      string
}

func TestDifferential(t *testing.T) {
	start := time.Now()
	dataDir, version := botocoreData(t)
	catalog, err := awsmodel.LoadDir(dataDir)
	if err != nil {
		t.Fatalf("loading %s: %v", dataDir, err)
	}
	cases := generate(t, catalog)
	t.Logf("botocore %s at %s: %d cases over %d services, generated in %s", version, dataDir, len(cases), len(catalog.ServiceNames()), time.Since(start).Round(time.Millisecond))

	tmp := t.TempDir()
	lintStart := time.Now()
	found := lint(t, catalog, cases, tmp)
	t.Logf("botolint checked the cases in %s", time.Since(lintStart).Round(time.Millisecond))
	oracleStart := time.Now()
	verdicts := oracle(t, cases, tmp)
	t.Logf("botocore judged the cases in %s", time.Since(oracleStart).Round(time.Millisecond))
	compare(t, cases, found, verdicts)
	t.Logf("total %s", time.Since(start).Round(time.Millisecond))
}

// botocoreData returns the data folder and version of the botocore that
// Debian's Python imports, and fails the test when there is none.
func botocoreData(t *testing.T) (dir, version string) {
	t.Helper()
	out, err := exec.Command(python, "-c",
		"import os, botocore; print(botocore.__version__); print(os.path.join(os.path.dirname(botocore.__file__), 'data'))").Output()
	if err != nil {
		t.Fatalf("%s cannot import botocore (%v): the differential test needs Debian's python3-botocore; run .ci/install-deps.sh", python, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		t.Fatalf("unexpected output from %s: %q", python, out)
	}
	return lines[1], lines[0]
}

// generate builds the cases: for a deterministic sample of operations of
// every service, a valid call and single mutations of it.
func generate(t *testing.T, catalog *awsmodel.Catalog) []*tcase {
	rng := rand.New(rand.NewPCG(1, 2))
	withClient := map[string]bool{}
	for _, s := range clientServices {
		withClient[s] = true
	}
	var cases []*tcase
	add := func(c *tcase) {
		c.id = len(cases)
		cases = append(cases, c)
	}
	for _, name := range catalog.ServiceNames() {
		svc, err := catalog.LoadService(name)
		if err != nil {
			t.Fatalf("loading %s: %v", name, err)
		}
		var ops []*awsmodel.Operation
		for _, op := range svc.Operations {
			if !op.NotOnClient && svc.Injected(op.Method) == nil {
				ops = append(ops, op)
			}
		}
		if len(ops) == 0 {
			continue
		}
		step := max(1, len(ops)/opsPerService)
		for i := 0; i < len(ops); i += step {
			genOperation(svc, ops[i], rng, withClient[name], add)
		}
	}
	return cases
}

func genOperation(svc *awsmodel.Service, op *awsmodel.Operation, rng *rand.Rand, client bool, add func(*tcase)) {
	g := &generator{optional: func(s *awsmodel.Shape) *awsmodel.Member {
		var opt []*awsmodel.Member
		for _, m := range s.Members {
			if !m.Required && !m.Shape.EventStream {
				opt = append(opt, m)
			}
		}
		if len(opt) == 0 {
			return nil
		}
		return opt[rng.IntN(len(opt))]
	}}
	var valid pDict
	if op.Input != nil {
		v, ok := g.value(op.Input, nil, 0)
		if !ok {
			return
		}
		valid = v.(pDict)
	}
	base := func(kind string, params pDict) *tcase {
		return &tcase{kind: kind, service: svc.Name, operation: op.Name, method: op.Method, mode: "validate",
			params: params, line: callText("c", op.Method, nil, params)}
	}
	add(base("valid", valid))
	// rich is the call with every optional member that can be built, down
	// to nested structures: the value mutations pick their place in it.
	rich := valid
	if v, ok := (&generator{allOptional: 2}).value(op.Input, nil, 0); ok && op.Input != nil {
		rich = v.(pDict)
		add(base("valid-all-members", rich))
		if p, ok := mutateAll(rich, op.Input, looseType); ok {
			add(base("valid-loose-type", p))
		}
	}

	if op.Input == nil {
		c := base("unknown-name", pDict{{"BogusParameterName", pStr("x")}})
		c.note = "no input shape"
		add(c)
		return
	}

	// A loose but valid type: tuple for a list, True for an int, an int
	// for a float, a str for bytes, a string for a timestamp.
	if p, ok := mutate(valid, op.Input, looseType); ok {
		add(base("valid-loose-type", p))
	}
	if op.Paginator != nil {
		c := base("valid-paginate", valid)
		c.line = callText(fmt.Sprintf("c.get_paginator(%q)", op.Method), "paginate", nil, valid, `PaginationConfig={"MaxItems": 1}`)
		add(c)
	}
	if client {
		c := base("valid-presign", valid)
		c.line = fmt.Sprintf("c.generate_presigned_url(%q, Params=%s)", op.Method, valid.py())
		add(c)
	}
	if len(op.Waiters) > 0 {
		c := base("valid-wait", valid)
		c.line = callText(fmt.Sprintf("c.get_waiter(%q)", op.Waiters[0].Method), "wait", nil, valid, `WaiterConfig={"MaxAttempts": 1}`)
		add(c)
	}
	if p, ok := mutate(rich, op.Input, badEnum); ok {
		add(base("enum-value", p))
	}
	// Top-level name in snake_case (or capitalized when it has no capitals).
	if len(valid) > 0 {
		i := rng.IntN(len(valid))
		alt := snake(valid[i].k)
		if alt != "" && alt != valid[i].k && op.Input.MemberByName(alt) == nil {
			p := clone(valid).(pDict)
			p[i].k = alt
			add(base("snake-case-name", p))
			if client {
				c := base("presign-key-case", p)
				c.line = fmt.Sprintf("c.generate_presigned_url(%q, Params=%s)", op.Method, p.py())
				add(c)
			}
		}
	}
	if p, ok := mutate(rich, op.Input, nestedKeyCase); ok {
		add(base("nested-key-case", p))
	}
	{
		p := append(clone(valid).(pDict), kv{"BogusParameterName", pStr("x")})
		add(base("unknown-name", p))
	}
	var removable []int
	for i, e := range valid {
		if m := op.Input.MemberByName(e.k); m != nil && m.Required && !m.IdempotencyToken && !m.FilledByBotocore {
			removable = append(removable, i)
		}
	}
	if len(removable) > 0 {
		i := removable[rng.IntN(len(removable))]
		p := append(clone(valid).(pDict)[:i:i], clone(valid).(pDict)[i+1:]...)
		add(base("missing-required", p))
	}
	if p, ok := mutate(rich, op.Input, wrongType); ok {
		add(base("wrong-type", p))
	}
	if len(valid) > 0 {
		p := clone(valid).(pDict)
		i := rng.IntN(len(p))
		p[i].v = pNone{}
		add(base("none-value", p))
	}
	if p, ok := mutate(rich, op.Input, belowMin); ok {
		add(base("below-min", p))
	}
	if client {
		c := base("positional", valid)
		c.mode = "positional"
		c.line = callText("c", op.Method, []string{`"positional"`}, valid)
		add(c)
		c = base("valid-method", nil)
		c.mode, c.line = "attribute", "c."+op.Method
		add(c)
		for _, wrong := range []string{op.Name, typo(op.Method)} {
			if wrong == "" || svc.HasClientMethod(wrong) {
				continue
			}
			c := base("operation-name", valid)
			c.mode, c.method = "attribute", wrong
			c.line = callText("c", wrong, nil, valid)
			add(c)
		}
	}
}

// typo drops the last letter of a method name: list_buckets -> list_bucket.
func typo(method string) string {
	if len(method) < 5 {
		return ""
	}
	return method[:len(method)-1]
}

// A mutator changes one value in place (v is a clone) given its shape and
// member; ok reports whether it applied.
type mutator func(v *pv, sh *awsmodel.Shape, m *awsmodel.Member, depth int) bool

// site is a place in a value where a mutator may apply.
type site struct {
	v     *pv
	sh    *awsmodel.Shape
	m     *awsmodel.Member
	depth int
}

// sites lists every value in params with its shape, depth first.
func sites(root *pv, in *awsmodel.Shape) []site {
	var out []site
	var walk func(v *pv, sh *awsmodel.Shape, m *awsmodel.Member, depth int)
	walk = func(v *pv, sh *awsmodel.Shape, m *awsmodel.Member, depth int) {
		if sh == nil {
			return
		}
		out = append(out, site{v, sh, m, depth})
		if sh.Document {
			return
		}
		switch t := (*v).(type) {
		case pDict:
			for i := range t {
				switch sh.Type {
				case "structure":
					if mm := sh.MemberByName(t[i].k); mm != nil {
						walk(&t[i].v, mm.Shape, mm, depth+1)
					}
				case "map":
					walk(&t[i].v, sh.Value, nil, depth+1)
				}
			}
		case pList:
			for i := range t {
				walk(&t[i], sh.Member, nil, depth+1)
			}
		}
	}
	walk(root, in, nil, 0)
	return out
}

// mutationRand picks among the places a mutation applies; fixed seed.
var mutationRand = rand.New(rand.NewPCG(3, 4))

// mutate applies mut, in a copy of params, at one place picked at random
// among those where it applies.
func mutate(params pDict, in *awsmodel.Shape, mut mutator) (pDict, bool) {
	var probe pv = clone(params)
	var ok []int
	for i, s := range sites(&probe, in) {
		var scratch pv = clone(*s.v)
		if mut(&scratch, s.sh, s.m, s.depth) {
			ok = append(ok, i)
		}
	}
	if len(ok) == 0 {
		return nil, false
	}
	pick := ok[mutationRand.IntN(len(ok))]
	var root pv = clone(params)
	s := sites(&root, in)[pick]
	mut(s.v, s.sh, s.m, s.depth)
	return root.(pDict), true
}

// mutateAll applies mut at every place it applies (innermost first, so
// that a container changed later does not hide its elements).
func mutateAll(params pDict, in *awsmodel.Shape, mut mutator) (pDict, bool) {
	var root pv = clone(params)
	list := sites(&root, in)
	applied := false
	for i := len(list) - 1; i >= 0; i-- {
		if mut(list[i].v, list[i].sh, list[i].m, list[i].depth) {
			applied = true
		}
	}
	return root.(pDict), applied
}

func looseType(v *pv, sh *awsmodel.Shape, m *awsmodel.Member, depth int) bool {
	if depth == 0 || sh.Document {
		return false
	}
	switch sh.Type {
	case "list":
		if l, ok := (*v).(pList); ok {
			*v = pTuple(l)
			return true
		}
	case "integer", "long":
		if sh.Min == nil || *sh.Min <= 1 {
			*v = pBool(true)
			return true
		}
	case "float", "double":
		if sh.Min == nil || *sh.Min <= 2 {
			*v = pInt(2)
			return true
		}
	case "blob":
		*v = pStr("data")
		return true
	case "timestamp":
		*v = pStr("2020-01-01T00:00:00Z")
		return true
	}
	return false
}

func badEnum(v *pv, sh *awsmodel.Shape, m *awsmodel.Member, depth int) bool {
	if depth == 0 || sh.Type != "string" || len(sh.Enum) == 0 {
		return false
	}
	*v = pStr("NOT_A_VALID_VALUE_" + strings.Repeat("X", 8))
	return true
}

func nestedKeyCase(v *pv, sh *awsmodel.Shape, m *awsmodel.Member, depth int) bool {
	d, ok := (*v).(pDict)
	if depth == 0 || !ok || sh.Type != "structure" || sh.Document || len(d) == 0 {
		return false
	}
	alt := snake(d[0].k)
	if alt == "" || sh.MemberByName(alt) != nil {
		return false
	}
	d[0].k = alt
	return true
}

func wrongType(v *pv, sh *awsmodel.Shape, m *awsmodel.Member, depth int) bool {
	if depth == 0 || sh.Document {
		return false
	}
	switch sh.Type {
	case "string":
		*v = pInt(123)
	case "integer", "long":
		*v = pStr("1")
	case "float", "double":
		*v = pStr("1.5")
	case "boolean":
		*v = pStr("true")
	case "list", "structure":
		*v = pStr("x")
	case "map":
		*v = pList{pStr("x")}
	case "blob":
		*v = pInt(1)
	case "timestamp":
		*v = pList{pInt(1)}
	default:
		return false
	}
	return true
}

func belowMin(v *pv, sh *awsmodel.Shape, m *awsmodel.Member, depth int) bool {
	if depth == 0 || sh.Document {
		return false
	}
	min := 0.0
	switch {
	case sh.Min != nil:
		min = *sh.Min
	case m != nil && m.HostLabel:
		min = 1
	}
	if min <= 0 {
		return false
	}
	switch sh.Type {
	case "string":
		if len(sh.Enum) > 0 && min > 1 {
			return false
		}
		*v = pStr(strings.Repeat("a", int(min)-1))
	case "list":
		l, ok := (*v).(pList)
		if !ok || len(l) == 0 {
			return false
		}
		*v = l[:int(min)-1]
	case "integer", "long":
		*v = pInt(int64(min) - 1)
	case "float", "double":
		*v = pFloat(min - 1)
	default:
		return false
	}
	return true
}

// finding is what botolint said about one case.
type finding struct {
	errors   []string // codes of error-severity diagnostics
	warnings []string
	messages []string
}

// lint writes one Python file per service and runs BTO001-BTO008 and
// BTO504 on it with the Debian catalog.
func lint(t *testing.T, catalog *awsmodel.Catalog, cases []*tcase, dir string) map[int]*finding {
	var enabled []*analysis.Rule
	for _, r := range correctness.Rules {
		switch r.Code {
		case "BTO001", "BTO002", "BTO003", "BTO004", "BTO005", "BTO006", "BTO007", "BTO008", "BTO504":
			enabled = append(enabled, r)
		}
	}
	runner := analysis.NewRunner(analysis.Config{Known: correctness.Rules, Enabled: enabled, Catalog: catalog})
	byService := map[string][]*tcase{}
	var services []string
	for _, c := range cases {
		if byService[c.service] == nil {
			services = append(services, c.service)
		}
		byService[c.service] = append(byService[c.service], c)
	}
	found := map[int]*finding{}
	for _, svc := range services {
		var src bytes.Buffer
		fmt.Fprintf(&src, "import boto3\n\nc = boto3.client(%q)\n", svc)
		const header = 3
		lineCase := map[int]*tcase{}
		for i, c := range byService[svc] {
			lineCase[header+i] = c
			src.WriteString(c.line + "\n")
		}
		path := filepath.Join(dir, strings.ReplaceAll(svc, "-", "_")+".py")
		if err := os.WriteFile(path, src.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := runner.Check(context.Background(), path, src.Bytes())
		if err != nil {
			t.Fatalf("%s: %v", svc, err)
		}
		if res.Tree.HasError() {
			t.Fatalf("%s: generated source does not parse", path)
		}
		for _, d := range res.Diagnostics {
			line, _ := res.Tree.Lines().ByteColumn(d.Start)
			c := lineCase[line]
			if c == nil {
				t.Errorf("%s:%d: diagnostic outside the cases: %s %s", path, line+1, d.Code(), d.Message)
				continue
			}
			f := found[c.id]
			if f == nil {
				f = &finding{}
				found[c.id] = f
			}
			if d.Severity == analysis.SeverityError {
				f.errors = append(f.errors, d.Code())
			} else {
				f.warnings = append(f.warnings, d.Code())
			}
			f.messages = append(f.messages, d.Code()+" "+d.Message)
		}
	}
	return found
}

// verdict is what botocore said about one case.
type verdict struct {
	ID     int    `json:"id"`
	Status string `json:"status"`
	Detail string `json:"detail"`
}

// oracle writes the cases as a Python module and runs the driver on them
// in one process.
func oracle(t *testing.T, cases []*tcase, dir string) map[int]verdict {
	var mod bytes.Buffer
	mod.WriteString("CASES = [\n")
	for _, c := range cases {
		params := c.params
		if params == nil {
			params = pDict{}
		}
		fmt.Fprintf(&mod, "    (%d, %q, %q, %q, %q, %s),\n", c.id, c.mode, c.service, c.operation, c.method, params.py())
	}
	mod.WriteString("]\n")
	casesPath := filepath.Join(dir, "cases_module.py")
	driverPath := filepath.Join(dir, "driver.py")
	if err := os.WriteFile(casesPath, mod.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(driverPath, []byte(driverPy), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, driverPath, casesPath)
	// A clean environment: no user AWS configuration, no instance metadata
	// lookups, no extra model folders.
	cmd.Env = []string{
		"HOME=" + dir, "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
		"AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null",
		"AWS_EC2_METADATA_DISABLED=true", "NO_PROXY=*",
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("driver failed: %v\n%s", err, stderr.String())
	}
	var list []verdict
	if err := json.Unmarshal(out, &list); err != nil {
		t.Fatalf("driver output: %v", err)
	}
	verdicts := map[int]verdict{}
	for _, v := range list {
		verdicts[v.ID] = v
	}
	if len(verdicts) != len(cases) {
		t.Fatalf("driver judged %d cases of %d", len(verdicts), len(cases))
	}
	return verdicts
}

// stats counts one mutation kind.
type stats struct {
	cases, skipped          int
	accepted, rejected      int
	caught, caughtByCode    int // rejected calls botolint reports as errors (with the kind's rule)
	falseErrors, warnedOnOK int
}

func compare(t *testing.T, cases []*tcase, found map[int]*finding, verdicts map[int]verdict) {
	byKind := map[string]*stats{}
	for _, k := range kinds {
		byKind[k.name] = &stats{}
	}
	codeOf := map[string]string{}
	for _, k := range kinds {
		codeOf[k.name] = k.code
	}
	var falseErrors, misses []string
	for _, c := range cases {
		s := byKind[c.kind]
		s.cases++
		v := verdicts[c.id]
		f := found[c.id]
		if f == nil {
			f = &finding{}
		}
		switch v.Status {
		case "skipped":
			s.skipped++
		case "accepted":
			s.accepted++
			if len(f.errors) > 0 {
				s.falseErrors++
				falseErrors = append(falseErrors, fmt.Sprintf("[%s] %s: %s\n    botolint: %s\n    botocore: accepted %s",
					c.kind, c.service, c.line, strings.Join(f.messages, "; "), v.Detail))
			} else if len(f.warnings) > 0 {
				s.warnedOnOK++
			}
		case "rejected":
			s.rejected++
			if len(f.errors) > 0 {
				s.caught++
				for _, code := range f.errors {
					if code == codeOf[c.kind] {
						s.caughtByCode++
						break
					}
				}
			} else {
				misses = append(misses, fmt.Sprintf("[%s] %s: %s\n    botocore: %s", c.kind, c.service, shortLine(c.line), v.Detail))
			}
		default:
			t.Errorf("case %d: unknown verdict %q", c.id, v.Status)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-18s %6s %8s %8s %8s %8s %8s %6s %6s\n", "kind", "cases", "skipped", "accepted", "rejected", "caught", "by-rule", "false", "warned")
	total := stats{}
	for _, k := range kinds {
		s := byKind[k.name]
		fmt.Fprintf(&b, "%-18s %6d %8d %8d %8d %8d %8d %6d %6d\n", k.name, s.cases, s.skipped, s.accepted, s.rejected, s.caught, s.caughtByCode, s.falseErrors, s.warnedOnOK)
		total.cases += s.cases
		total.skipped += s.skipped
		total.accepted += s.accepted
		total.rejected += s.rejected
		total.caught += s.caught
		total.caughtByCode += s.caughtByCode
		total.falseErrors += s.falseErrors
		total.warnedOnOK += s.warnedOnOK
	}
	fmt.Fprintf(&b, "%-18s %6d %8d %8d %8d %8d %8d %6d %6d\n", "total", total.cases, total.skipped, total.accepted, total.rejected, total.caught, total.caughtByCode, total.falseErrors, total.warnedOnOK)
	if total.rejected > 0 {
		fmt.Fprintf(&b, "botolint reports %d of the %d calls botocore rejects (%.1f%%); %d of %d calls botocore accepts get no error (false errors: %d)\n",
			total.caught, total.rejected, 100*float64(total.caught)/float64(total.rejected),
			total.accepted-total.falseErrors, total.accepted, total.falseErrors)
	}
	t.Log(b.String())
	if len(misses) > 0 {
		sort.Strings(misses)
		const show = 60
		t.Logf("%d rejected calls botolint does not report; the first %d:\n%s", len(misses), min(show, len(misses)), strings.Join(misses[:min(show, len(misses))], "\n"))
	}
	if len(falseErrors) > 0 {
		t.Errorf("%d false errors (botocore accepts, botolint reports an error):\n%s", len(falseErrors), strings.Join(falseErrors, "\n"))
	}
	for _, k := range kinds {
		if s := byKind[k.name]; s.cases == 0 {
			t.Errorf("no %s cases were generated", k.name)
		}
	}
}

func shortLine(s string) string {
	if len(s) > 160 {
		return s[:160] + "..." + strconv.Itoa(len(s))
	}
	return s
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
