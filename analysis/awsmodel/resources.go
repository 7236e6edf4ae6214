package awsmodel

import (
	"path/filepath"
	"strings"
)

// ResourceModel is a boto3 resource model (boto3/data/<service>/<version>/
// resources-1.json) resolved to the Python attribute names boto3's
// ResourceFactory creates, including its renaming of colliding names.
type ResourceModel struct {
	Service         string
	APIVersion      string
	ServiceResource *ResourceType            // what boto3.resource("s3") returns; Name == ""
	Types           map[string]*ResourceType // by resource type name ("Bucket", "Table")
}

// ResourceType is one resource class ("Table", "Bucket") or the service
// resource itself (Name == ""). Every map is keyed by the Python attribute
// name on instances of the class.
type ResourceType struct {
	Name  string
	Shape string // the shape whose members become attributes, "" when none
	// Identifiers are the identifier names as the model writes them
	// ("Name", "BucketName"), in constructor order; the Python attribute of
	// identifier i is IdentifierAttrs[i].
	Identifiers     []string
	IdentifierAttrs []string
	// Load reports load() and reload() generated from the model's load
	// request. boto3 injects load without reload on some types; those are in
	// Injected.
	Load bool
	// Actions are methods that call one client operation ("put_item",
	// "delete").
	Actions map[string]*ResourceAction
	// Has maps sub-resource constructors ("Object" on a Bucket, "Table" on
	// the DynamoDB service resource) to the resource type they build.
	Has map[string]string
	// HasArgs lists, for each Has entry, the identifiers the caller passes
	// (positionally, in order); the others come from the parent.
	HasArgs map[string][]string
	// References are attributes that hold related resources built from this
	// resource's data ("vpc" on an EC2 Instance).
	References  map[string]*ResourceReference
	Collections map[string]*ResourceCollection // "objects" -> {Operation, Type}
	// Waiters maps the method ("wait_until_exists") to the client waiter
	// API name it runs ("BucketExists").
	Waiters map[string]string
	// Attributes maps attribute names ("item_count") to members of Shape
	// ("ItemCount"), as loaded from the service model.
	Attributes map[string]string
	// Injected are methods boto3 adds in Python code (upload_file on a
	// Bucket, batch_writer on a Table), by name.
	Injected map[string]*InjectedMethod
}

// ResourceAction is a resource method that calls one client operation.
type ResourceAction struct {
	Name      string // model name "PutItem"
	Method    string // Python name "put_item"
	Operation string // client API operation "PutItem"
	// FilledParams are the operation's top-level input members the
	// resource fills in from its identifiers or constants ("TableName"):
	// the caller must not pass them again.
	FilledParams []string
	ResultType   string // resource type the call returns, "" when it returns the response
	ResultMany   bool   // the call returns a list of ResultType
	Injected     bool   // added by boto3 code rather than the model
}

// ResourceCollection is a hasMany collection ("objects" on a Bucket).
type ResourceCollection struct {
	Name         string // model name "Objects"
	Operation    string // client operation that lists the items
	Type         string // resource type of the items
	FilledParams []string
	// BatchActions are methods on the collection that act on every item
	// ("delete" on bucket.objects), keyed by Python name.
	BatchActions map[string]*ResourceAction
}

// ResourceReference is a related resource reachable from this resource's
// data.
type ResourceReference struct {
	Name string // model name "Vpc"
	Type string
	Many bool // a list of resources
}

// Type returns the resource type with this name, or nil.
func (m *ResourceModel) Type(name string) *ResourceType {
	if m == nil {
		return nil
	}
	return m.Types[name]
}

// buildResourceModel resolves a parsed resources-1.json. shapeMembers
// returns the member names of a service shape in model order (nil when
// unknown); it feeds the attribute names.
func buildResourceModel(service, apiVersion string, res *jsonObject, shapeMembers func(string) []string) *ResourceModel {
	defs := res.obj("resources")
	if defs == nil {
		defs = &jsonObject{}
	}
	m := &ResourceModel{Service: service, APIVersion: apiVersion, Types: make(map[string]*ResourceType)}
	for i, name := range defs.keys {
		def, _ := defs.vals[i].(*jsonObject)
		if def == nil {
			continue
		}
		m.Types[name] = buildResourceType(service, name, def, defs, shapeMembers)
	}
	serviceDef := res.obj("service")
	if serviceDef == nil {
		serviceDef = &jsonObject{}
	}
	m.ServiceResource = buildResourceType(service, "", serviceDef, defs, shapeMembers)
	return m
}

type namedDef struct {
	name string
	def  *jsonObject
}

// hasDefinition is boto3's ResourceModel._get_has_definition: a resource's
// "has" entries, except that the service resource exposes every resource
// type, with a generated entry taking all identifiers from the caller for
// types its "has" does not name. The result is a Python dict there, so a
// later entry of the same name replaces an earlier one in its place: EC2's
// generated KeyPair entry is replaced by the explicit KeyPair -> KeyPairInfo.
func hasDefinition(typeName string, def, defs *jsonObject) []namedDef {
	has := def.obj("has")
	if typeName != "" {
		var out []namedDef
		if has != nil {
			for i, k := range has.keys {
				if d, ok := has.vals[i].(*jsonObject); ok {
					out = append(out, namedDef{k, d})
				}
			}
		}
		return out
	}
	merged := &jsonObject{}
	for i, resName := range defs.keys {
		resDef, _ := defs.vals[i].(*jsonObject)
		found := false
		if has != nil {
			for j, hasName := range has.keys {
				hd, _ := has.vals[j].(*jsonObject)
				if hd != nil && hd.obj("resource").str("type") == resName {
					merged.set(hasName, hd)
					found = true
				}
			}
		}
		if found {
			continue
		}
		var ids []any
		for _, id := range resDef.arr("identifiers") {
			if io, ok := id.(*jsonObject); ok {
				ids = append(ids, &jsonObject{keys: []string{"target", "source"}, vals: []any{io.str("name"), "input"}})
			}
		}
		fake := &jsonObject{
			keys: []string{"resource"},
			vals: []any{&jsonObject{keys: []string{"type", "identifiers"}, vals: []any{resName, ids}}},
		}
		merged.set(resName, fake)
	}
	out := make([]namedDef, 0, len(merged.keys))
	for i, k := range merged.keys {
		out = append(out, namedDef{k, merged.vals[i].(*jsonObject)})
	}
	return out
}

func dataRequired(hasDef *jsonObject) bool {
	for _, id := range hasDef.obj("resource").arr("identifiers") {
		if io, ok := id.(*jsonObject); ok && io.str("source") == "data" {
			return true
		}
	}
	return false
}

// resourceNamer is boto3's ResourceModel.load_rename_map: names are claimed
// in a fixed order of precedence (load, identifiers, actions, sub-resources
// and references, collections, waiters, attributes) and a later name that
// collides gets "_<category>" appended.
type resourceNamer struct {
	names   map[string]bool
	renamed map[[2]string]string
}

func (n *resourceNamer) claim(name, category string) string {
	final := name
	if n.names[final] {
		final = name + "_" + category
		n.renamed[[2]string{category, name}] = final
		// boto3 raises ValueError on a second collision; no model has one,
		// and keeping the suffixed name is the closest thing to do.
	}
	n.names[final] = true
	return final
}

func (n *resourceNamer) get(category, name string) string {
	if r, ok := n.renamed[[2]string{category, name}]; ok {
		return r
	}
	return name
}

func buildResourceType(service, typeName string, def, defs *jsonObject, shapeMembers func(string) []string) *ResourceType {
	rt := &ResourceType{
		Name:        typeName,
		Shape:       def.str("shape"),
		Actions:     make(map[string]*ResourceAction),
		Has:         make(map[string]string),
		HasArgs:     make(map[string][]string),
		References:  make(map[string]*ResourceReference),
		Collections: make(map[string]*ResourceCollection),
		Waiters:     make(map[string]string),
		Attributes:  make(map[string]string),
		Injected:    make(map[string]*InjectedMethod),
	}
	n := &resourceNamer{names: map[string]bool{"meta": true}, renamed: make(map[[2]string]string)}
	if _, ok := def.get("load"); ok {
		rt.Load = true
		n.names["load"] = true
	}
	for _, id := range def.arr("identifiers") {
		io, ok := id.(*jsonObject)
		if !ok {
			continue
		}
		rt.Identifiers = append(rt.Identifiers, io.str("name"))
		rt.IdentifierAttrs = append(rt.IdentifierAttrs, n.claim(XformName(io.str("name")), "identifier"))
	}
	actions := def.obj("actions")
	if actions != nil {
		for i, name := range actions.keys {
			ad, _ := actions.vals[i].(*jsonObject)
			if ad == nil {
				continue
			}
			a := resourceAction(name, ad)
			a.Method = n.claim(XformName(name), "action")
			rt.Actions[a.Method] = a
		}
	}
	for _, hd := range hasDefinition(typeName, def, defs) {
		res := hd.def.obj("resource")
		if !dataRequired(hd.def) {
			py := n.claim(hd.name, "subresource")
			rt.Has[py] = res.str("type")
			var args []string
			for _, id := range res.arr("identifiers") {
				if io, ok := id.(*jsonObject); ok && io.str("source") == "input" {
					args = append(args, io.str("target"))
				}
			}
			rt.HasArgs[py] = args
			continue
		}
		py := n.claim(XformName(hd.name), "reference")
		rt.References[py] = &ResourceReference{Name: hd.name, Type: res.str("type"), Many: returnsMany(res)}
	}
	if hasMany := def.obj("hasMany"); hasMany != nil {
		for i, name := range hasMany.keys {
			cd, _ := hasMany.vals[i].(*jsonObject)
			if cd == nil {
				continue
			}
			py := n.claim(XformName(name), "collection")
			itemType := cd.obj("resource").str("type")
			c := &ResourceCollection{
				Name:         name,
				Operation:    cd.obj("request").str("operation"),
				Type:         itemType,
				FilledParams: filledParams(cd.obj("request")),
				BatchActions: make(map[string]*ResourceAction),
			}
			if batch := defs.obj(itemType).obj("batchActions"); batch != nil {
				for j, bName := range batch.keys {
					bd, _ := batch.vals[j].(*jsonObject)
					if bd == nil {
						continue
					}
					ba := resourceAction(bName, bd)
					ba.Method = XformName(bName)
					c.BatchActions[ba.Method] = ba
				}
			}
			rt.Collections[py] = c
		}
	}
	if waiters := def.obj("waiters"); waiters != nil {
		for i, name := range waiters.keys {
			wd, _ := waiters.vals[i].(*jsonObject)
			if wd == nil {
				continue
			}
			py := n.claim(XformName("WaitUntil"+name), "waiter")
			rt.Waiters[py] = wd.str("waiterName")
		}
	}
	if rt.Shape != "" && shapeMembers != nil {
		members := shapeMembers(rt.Shape)
		// First claim every attribute name, as load_rename_map does, then
		// list them as get_attributes does: members whose snake name is an
		// identifier are skipped (the identifier property serves them).
		snake := make([]string, len(members))
		for i, mName := range members {
			snake[i] = XformName(mName)
			n.claim(snake[i], "attribute")
		}
		ids := make(map[string]bool)
		for _, id := range rt.IdentifierAttrs {
			ids[id] = true
		}
		for i, mName := range members {
			if ids[snake[i]] {
				continue
			}
			rt.Attributes[n.get("attribute", snake[i])] = mName
		}
	}
	for _, im := range resourceInjections[service][typeName] {
		rt.Injected[im.Name] = im
	}
	for _, a := range resourceActionInjections[service][typeName] {
		if _, exists := rt.Actions[a.Method]; !exists {
			cp := *a
			rt.Actions[a.Method] = &cp
		}
	}
	return rt
}

func resourceAction(name string, def *jsonObject) *ResourceAction {
	req := def.obj("request")
	a := &ResourceAction{
		Name:         name,
		Operation:    req.str("operation"),
		FilledParams: filledParams(req),
	}
	if res := def.obj("resource"); res != nil {
		a.ResultType = res.str("type")
		a.ResultMany = returnsMany(res)
	}
	return a
}

// returnsMany reports a resource definition that builds a list: its path or
// an identifier path projects a list ("Instances[]").
func returnsMany(res *jsonObject) bool {
	if strings.Contains(res.str("path"), "[]") {
		return true
	}
	for _, id := range res.arr("identifiers") {
		if io, ok := id.(*jsonObject); ok && strings.Contains(io.str("path"), "[]") {
			return true
		}
	}
	return false
}

// filledParams returns the top-level input members a request's params set
// ("Resources[0]" fills Resources), unique, in model order.
func filledParams(req *jsonObject) []string {
	var out []string
	seen := make(map[string]bool)
	for _, p := range req.arr("params") {
		po, ok := p.(*jsonObject)
		if !ok {
			continue
		}
		t := po.str("target")
		if i := strings.IndexAny(t, ".["); i >= 0 {
			t = t[:i]
		}
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// loadResourceIndex lists the services of a boto3 data folder with the
// newest resources-1 version of each.
func loadResourceIndex(dir string) (map[string]string, error) {
	return latestVersions(dir, "resources-1")
}

// loadResourceModel reads and resolves one service's resources-1.json.
// botocoreDir, when not "", is the botocore data folder the attribute names
// are taken from: the service model of the same api version, else the
// newest one.
func loadResourceModel(service, apiVersion, resourcesDir, botocoreDir string) (*ResourceModel, error) {
	res, err := loadModel(filepath.Join(resourcesDir, service, apiVersion), "resources-1")
	if err != nil {
		return nil, err
	}
	if res == nil {
		return nil, nil
	}
	var shapes *jsonObject
	if botocoreDir != "" {
		versionDir := filepath.Join(botocoreDir, service, apiVersion)
		if !modelFileExists(filepath.Join(versionDir, "service-2")) {
			if v := newestVersion(filepath.Join(botocoreDir, service), "service-2"); v != "" {
				versionDir = filepath.Join(botocoreDir, service, v)
			}
		}
		if svc, err := loadModel(versionDir, "service-2"); err == nil && svc != nil {
			shapes = svc.obj("shapes")
		}
	}
	shapeMembers := func(name string) []string {
		members := shapes.obj(name).obj("members")
		if members == nil {
			return nil
		}
		return append([]string(nil), members.keys...)
	}
	return buildResourceModel(service, apiVersion, res, shapeMembers), nil
}
