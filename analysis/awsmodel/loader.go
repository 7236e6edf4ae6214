package awsmodel

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// This file reads a botocore data folder the way botocore's Loader does
// (botocore/loaders.py): <service>/<api-version>/<type>.json or .json.gz
// (.json preferred), the newest api version that has a service-2 file, and
// the <type>.sdk-extras.json files merged into the model under their "merge"
// key. The generator and LoadDir share it, so the embedded catalog is by
// construction what LoadDir gives for the same folder.

// maxModelFile caps one decompressed model file. The largest botocore file
// (ec2 service-2.json with documentation) is under 10 MB.
const maxModelFile = 256 << 20

// readModelFile reads base+".json" or, failing that, base+".json.gz". It
// reports false when neither exists.
func readModelFile(base string) ([]byte, bool, error) {
	data, err := os.ReadFile(base + ".json")
	if err == nil {
		return data, true, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, false, err
	}
	f, err := os.Open(base + ".json.gz")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, false, fmt.Errorf("%s.json.gz: %w", base, err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(zr, maxModelFile+1))
	if err != nil {
		return nil, false, fmt.Errorf("%s.json.gz: %w", base, err)
	}
	if n > maxModelFile {
		return nil, false, fmt.Errorf("%s.json.gz: larger than %d bytes", base, maxModelFile)
	}
	return buf.Bytes(), true, nil
}

// modelFileExists reports whether base.json or base.json.gz is a regular
// file.
func modelFileExists(base string) bool {
	for _, ext := range []string{".json", ".json.gz"} {
		if st, err := os.Stat(base + ext); err == nil && st.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// loadModel reads <dir>/<typeName> with its sdk-extras merged in. It
// returns nil without error when the model file does not exist.
func loadModel(dir, typeName string) (*jsonObject, error) {
	base := filepath.Join(dir, typeName)
	data, ok, err := readModelFile(base)
	if err != nil || !ok {
		return nil, err
	}
	model, err := parseJSON(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", base, err)
	}
	// botocore's Loader.extras_types is ["sdk"].
	extrasBase := filepath.Join(dir, typeName+".sdk-extras")
	data, ok, err = readModelFile(extrasBase)
	if err != nil {
		return nil, err
	}
	if ok {
		extras, err := parseJSON(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", extrasBase, err)
		}
		if merge := extras.obj("merge"); merge != nil {
			deepMerge(model, merge)
		}
	}
	return model, nil
}

// latestVersions maps each service folder under dir to its newest api
// version holding typeName (botocore's determine_latest_version: the
// largest folder name, compared as strings).
func latestVersions(dir, typeName string) (map[string]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string)
	for _, e := range entries {
		if !isDir(dir, e) {
			continue
		}
		if v := newestVersion(filepath.Join(dir, e.Name()), typeName); v != "" {
			out[e.Name()] = v
		}
	}
	return out, nil
}

// newestVersion returns the largest api version folder under svcDir that
// holds typeName, "" when none does.
func newestVersion(svcDir, typeName string) string {
	versions, err := os.ReadDir(svcDir)
	if err != nil {
		return ""
	}
	var names []string
	for _, v := range versions {
		if isDir(svcDir, v) {
			names = append(names, v.Name())
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	for _, v := range names {
		if modelFileExists(filepath.Join(svcDir, v, typeName)) {
			return v
		}
	}
	return ""
}

// isDir follows symbolic links, which os.DirEntry.IsDir does not.
func isDir(parent string, e os.DirEntry) bool {
	if e.IsDir() {
		return true
	}
	if e.Type()&fs.ModeSymlink == 0 {
		return false
	}
	st, err := os.Stat(filepath.Join(parent, e.Name()))
	return err == nil && st.IsDir()
}

var versionRE = regexp.MustCompile(`(?m)^__version__\s*=\s*['"]([^'"]+)['"]`)

// packageVersion reads __version__ from a Python package's __init__.py,
// "" when absent.
func packageVersion(initPy string) string {
	data, err := os.ReadFile(initPy)
	if err != nil {
		return ""
	}
	m := versionRE.FindSubmatch(data)
	if m == nil {
		return ""
	}
	return string(m[1])
}

// loadServiceDir reads one service version folder into a Service.
func loadServiceDir(name, apiVersion, versionDir string) (*Service, error) {
	svc, err := loadModel(versionDir, "service-2")
	if err != nil {
		return nil, err
	}
	if svc == nil {
		return nil, fmt.Errorf("%s: no service-2.json", versionDir)
	}
	pag, err := loadModel(versionDir, "paginators-1")
	if err != nil {
		return nil, err
	}
	wait, err := loadModel(versionDir, "waiters-2")
	if err != nil {
		return nil, err
	}
	s, err := buildService(name, apiVersion, svc, pag, wait)
	if err != nil {
		return nil, fmt.Errorf("service %s: %w", name, err)
	}
	return s, nil
}

// buildService turns the parsed model files into a Service. pag and wait
// may be nil.
func buildService(name, apiVersion string, svc, pag, wait *jsonObject) (*Service, error) {
	meta := svc.obj("metadata")
	s := &Service{
		Name:             name,
		APIVersion:       apiVersion,
		ServiceID:        meta.str("serviceId"),
		FullName:         meta.str("serviceFullName"),
		Protocol:         meta.str("protocol"),
		SignatureVersion: meta.str("signatureVersion"),
		EndpointPrefix:   meta.str("endpointPrefix"),
	}
	if s.APIVersion == "" {
		s.APIVersion = meta.str("apiVersion")
	}
	shapes := svc.obj("shapes")
	if shapes == nil {
		return nil, errors.New("no shapes")
	}

	// Modeled errors: every shape with "exception": true, as botocore's
	// ServiceModel.error_shapes.
	excByName := make(map[string]*Exception)
	for i, k := range shapes.keys {
		def, _ := shapes.vals[i].(*jsonObject)
		if def == nil || !def.boolean("exception") {
			continue
		}
		e := &Exception{Name: k, Code: k, Fault: def.boolean("fault")}
		if ed := def.obj("error"); ed != nil {
			if c := ed.str("code"); c != "" {
				e.Code = c
			}
			if st, ok := ed.num("httpStatusCode"); ok {
				e.HTTPStatus = int(st)
			}
		}
		s.Exceptions = append(s.Exceptions, e)
		excByName[k] = e
	}
	sort.Slice(s.Exceptions, func(i, j int) bool { return s.Exceptions[i].Name < s.Exceptions[j].Name })

	b := &shapeBuilder{defs: shapes, memo: make(map[string]*Shape), filled: botocoreFilledMembers[name]}
	ops := svc.obj("operations")
	if ops != nil {
		for i, opName := range ops.keys {
			def, _ := ops.vals[i].(*jsonObject)
			if def == nil {
				continue
			}
			op := &Operation{
				Name:       opName,
				Method:     XformName(opName),
				Deprecated: def.boolean("deprecated"),
				HTTPMethod: def.obj("http").str("method"),
			}
			if in := def.obj("input"); in != nil {
				op.Input = b.shape(in.str("shape"))
				op.NotOnClient = hasEventStreamMember(op.Input)
			}
			for _, ref := range def.arr("errors") {
				if ro, ok := ref.(*jsonObject); ok {
					if e := excByName[ro.str("shape")]; e != nil {
						op.Errors = append(op.Errors, e)
					}
				}
			}
			s.Operations = append(s.Operations, op)
		}
	}
	if b.err != nil {
		return nil, b.err
	}
	sort.Slice(s.Operations, func(i, j int) bool { return s.Operations[i].Name < s.Operations[j].Name })

	if pagination := pag.obj("pagination"); pagination != nil {
		for i, opName := range pagination.keys {
			cfg, _ := pagination.vals[i].(*jsonObject)
			if cfg == nil {
				continue
			}
			s.Paginators = append(s.Paginators, &Paginator{
				Method:           XformName(opName),
				Operation:        opName,
				InputTokens:      stringOrList(cfg, "input_token"),
				OutputTokens:     stringOrList(cfg, "output_token"),
				ResultKeys:       stringOrList(cfg, "result_key"),
				LimitKey:         cfg.str("limit_key"),
				MoreResults:      cfg.str("more_results"),
				NonAggregateKeys: stringOrList(cfg, "non_aggregate_keys"),
			})
		}
	}
	sort.Slice(s.Paginators, func(i, j int) bool { return s.Paginators[i].Method < s.Paginators[j].Method })

	if waiters := wait.obj("waiters"); waiters != nil {
		for i, wName := range waiters.keys {
			def, _ := waiters.vals[i].(*jsonObject)
			if def == nil {
				continue
			}
			w := &Waiter{Name: wName, Method: XformName(wName), Operation: def.str("operation")}
			if d, ok := def.num("delay"); ok {
				w.Delay = int(d)
			}
			if m, ok := def.num("maxAttempts"); ok {
				w.MaxAttempts = int(m)
			}
			for _, a := range def.arr("acceptors") {
				ao, ok := a.(*jsonObject)
				if !ok {
					continue
				}
				exp, _ := ao.get("expected")
				w.Acceptors = append(w.Acceptors, Acceptor{
					State:    ao.str("state"),
					Matcher:  ao.str("matcher"),
					Argument: ao.str("argument"),
					Expected: plainValue(exp),
				})
			}
			s.Waiters = append(s.Waiters, w)
		}
	}
	sort.Slice(s.Waiters, func(i, j int) bool { return s.Waiters[i].Method < s.Waiters[j].Method })

	s.finish(nil)
	return s, nil
}

// hasEventStreamMember reports an input with an event stream member, which
// botocore cannot send (see Operation.NotOnClient).
func hasEventStreamMember(in *Shape) bool {
	if in == nil {
		return false
	}
	for _, m := range in.Members {
		if m.Shape != nil && m.Shape.EventStream {
			return true
		}
	}
	return false
}

// stringOrList reads a paginator field that the model writes either as one
// string or as a list of strings.
func stringOrList(o *jsonObject, key string) []string {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		out := make([]string, 0, len(t))
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// plainValue converts a scalar JSON value for Acceptor.Expected: integers
// stay int, other numbers become float64.
func plainValue(v any) any {
	switch t := v.(type) {
	case jsonNumber:
		return numberValue(string(t))
	case string, bool, nil:
		return t
	}
	return nil
}

func numberValue(text string) any {
	if !strings.ContainsAny(text, ".eE") {
		if n, err := strconv.Atoi(text); err == nil {
			return n
		}
	}
	if f, err := strconv.ParseFloat(text, 64); err == nil {
		return f
	}
	return nil
}

// shapeBuilder resolves shape names into the shared pointer graph. A shape is
// registered before its children are resolved, so recursive shapes close
// into cycles instead of recursing forever.
type shapeBuilder struct {
	defs   *jsonObject
	memo   map[string]*Shape
	filled map[string]bool
	err    error
}

// Member traits that change the member's target shape. botocore copies the
// shape model and overlays the member's keys (ShapeResolver.get_shape_by_name
// with member_traits), so a member with such a trait sees a different shape:
// S3 PutObject's Body member is streaming although the Body shape is not.
var shapeAffectingTraits = []string{"enum", "streaming", "min", "max", "sensitive", "document", "union", "eventstream"}

func (b *shapeBuilder) shape(name string) *Shape {
	if sh, ok := b.memo[name]; ok {
		return sh
	}
	def := b.defs.obj(name)
	sh := &Shape{Name: name}
	b.memo[name] = sh
	if def == nil {
		if b.err == nil {
			b.err = fmt.Errorf("shape %q is referenced but not defined", name)
		}
		return sh
	}
	sh.Type = def.str("type")
	applyShapeTraits(sh, def, false)
	switch sh.Type {
	case "structure":
		required := make(map[string]bool)
		for _, r := range def.arr("required") {
			if rs, ok := r.(string); ok {
				required[rs] = true
			}
		}
		members := def.obj("members")
		if members != nil {
			sh.Members = make([]*Member, 0, len(members.keys))
			for i, mName := range members.keys {
				mdef, _ := members.vals[i].(*jsonObject)
				if mdef == nil {
					continue
				}
				sh.Members = append(sh.Members, b.member(mName, mdef, required[mName]))
			}
		}
	case "list":
		if m := def.obj("member"); m != nil {
			sh.Member = b.ref(m)
		}
	case "map":
		if k := def.obj("key"); k != nil {
			sh.Key = b.ref(k)
		}
		if v := def.obj("value"); v != nil {
			sh.Value = b.ref(v)
		}
	}
	return sh
}

// ref resolves a shape reference ({"shape": ..., traits...}).
func (b *shapeBuilder) ref(r *jsonObject) *Shape {
	target := b.shape(r.str("shape"))
	for _, t := range shapeAffectingTraits {
		if _, ok := r.get(t); ok {
			derived := *target
			derived.memberIndex = nil
			applyShapeTraits(&derived, r, true)
			return &derived
		}
	}
	return target
}

func (b *shapeBuilder) member(name string, def *jsonObject, required bool) *Member {
	m := &Member{
		Name:             name,
		Shape:            b.ref(def),
		Required:         required,
		HostLabel:        def.boolean("hostLabel"),
		IdempotencyToken: def.boolean("idempotencyToken"),
		FilledByBotocore: b.filled[name],
		Location:         def.str("location"),
		Deprecated:       def.boolean("deprecated"),
		ContextParam:     def.obj("contextParam").str("name"),
	}
	return m
}

// applyShapeTraits copies the traits the catalog keeps from a shape
// definition or a member's overlay onto sh. Only keys present in def are
// applied, so an overlay changes just what it names. A member's "deprecated"
// describes the member (Member.Deprecated), not the shape, so an overlay
// leaves Shape.Deprecated alone.
func applyShapeTraits(sh *Shape, def *jsonObject, overlay bool) {
	if v, ok := def.get("enum"); ok {
		sh.Enum = nil
		if list, ok := v.([]any); ok {
			for _, e := range list {
				if s, ok := e.(string); ok {
					sh.Enum = append(sh.Enum, s)
				}
			}
		}
	}
	if f, ok := def.num("min"); ok {
		sh.Min = &f
	}
	if f, ok := def.num("max"); ok {
		sh.Max = &f
	}
	setBool := func(key string, dst *bool) {
		if v, ok := def.get(key); ok {
			b, _ := v.(bool)
			*dst = b
		}
	}
	setBool("union", &sh.Union)
	setBool("document", &sh.Document)
	setBool("streaming", &sh.Streaming)
	setBool("eventstream", &sh.EventStream)
	setBool("sensitive", &sh.Sensitive)
	if !overlay {
		setBool("deprecated", &sh.Deprecated)
	}
}
