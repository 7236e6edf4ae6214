package awsmodel

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// Catalog is a set of AWS service models: the one generated from botocore and
// embedded in the binary (Embedded), or one read from a botocore data folder
// such as a user's installed botocore (LoadDir). Services are decoded on
// first use, each once; a Catalog is safe for concurrent use.
type Catalog struct {
	source       string
	version      string
	boto3Version string
	names        []string // sorted
	services     map[string]*serviceEntry
	resources    map[string]*resourceEntry
}

type serviceEntry struct {
	apiVersion string
	load       func() (*Service, error)
	once       sync.Once
	svc        *Service
	err        error
}

func (e *serviceEntry) get() (*Service, error) {
	e.once.Do(func() { e.svc, e.err = e.load() })
	return e.svc, e.err
}

type resourceEntry struct {
	load func() (*ResourceModel, error)
	once sync.Once
	rm   *ResourceModel
	err  error
}

func (e *resourceEntry) get() (*ResourceModel, error) {
	e.once.Do(func() { e.rm, e.err = e.load() })
	return e.rm, e.err
}

var (
	embeddedOnce    sync.Once
	embeddedCatalog *Catalog
)

// Embedded returns the catalog generated from botocore's models and embedded
// in the binary (see gen.go). The index is parsed on the first call; later
// calls return the same *Catalog. It panics if the embedded data is corrupt,
// which only a broken build can cause (TestEmbeddedUpToDate guards it).
func Embedded() *Catalog {
	embeddedOnce.Do(func() {
		c, err := openEncoded(embeddedData, "embedded")
		if err != nil {
			panic(err)
		}
		embeddedCatalog = c
	})
	return embeddedCatalog
}

// openEncoded opens a catalog in the encoded format.
func openEncoded(data, source string) (*Catalog, error) {
	c := &Catalog{source: source, services: make(map[string]*serviceEntry), resources: make(map[string]*resourceEntry)}
	if len(data) == 0 {
		// An empty file is the bootstrap state before the first go generate.
		return c, nil
	}
	idx, err := readCatalogIndex(data)
	if err != nil {
		return nil, err
	}
	c.version = idx.version
	c.boto3Version = idx.boto3Version
	for _, e := range idx.services {
		blob := e.blob
		c.names = append(c.names, e.name)
		c.services[e.name] = &serviceEntry{apiVersion: e.apiVersion, load: func() (*Service, error) {
			raw, err := idx.blob(blob)
			if err != nil {
				return nil, err
			}
			return decodeService(raw)
		}}
	}
	for _, e := range idx.resources {
		blob := e.blob
		c.resources[e.name] = &resourceEntry{load: func() (*ResourceModel, error) {
			raw, err := idx.blob(blob)
			if err != nil {
				return nil, err
			}
			return decodeResourceModel(raw)
		}}
	}
	sort.Strings(c.names)
	return c, nil
}

// LoadOptions configures Load.
type LoadOptions struct {
	// Dir is a botocore data folder: <service>/<api-version>/service-2.json,
	// paginators-1.json, waiters-2.json and *.sdk-extras.json, each .json or
	// .json.gz.
	Dir string
	// ResourcesDir is a boto3 data folder (<service>/<api-version>/
	// resources-1.json). When empty, the boto3/data folder beside
	// botocore/data (site-packages layout) is used if it exists, else the
	// embedded resource models.
	ResourcesDir string
	// Version overrides the botocore version read from Dir/../__init__.py.
	Version string
	// Boto3Version overrides the boto3 version read from the resources
	// folder's ../__init__.py.
	Boto3Version string
}

// LoadDir reads the botocore data folder dir (for example a user's
// site-packages/botocore/data): the newest api version of each service,
// decoded lazily on first use. If a boto3/data folder sits beside
// botocore/data its resource models are used, else the embedded ones.
// Version is parsed from dir/../__init__.py when present.
func LoadDir(dir string) (*Catalog, error) {
	return Load(LoadOptions{Dir: dir})
}

// Load is LoadDir with options; the generator uses it to pair the shared
// botocore folder with a separate boto3 resources folder.
func Load(opts LoadOptions) (*Catalog, error) {
	dir := opts.Dir
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("awsmodel: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("awsmodel: %s is not a directory", dir)
	}
	versions, err := latestVersions(dir, "service-2")
	if err != nil {
		return nil, fmt.Errorf("awsmodel: %w", err)
	}
	c := &Catalog{
		source:    dir,
		version:   opts.Version,
		services:  make(map[string]*serviceEntry, len(versions)),
		resources: make(map[string]*resourceEntry),
	}
	if c.version == "" {
		c.version = packageVersion(filepath.Join(dir, "..", "__init__.py"))
	}
	for name, v := range versions {
		versionDir := filepath.Join(dir, name, v)
		c.names = append(c.names, name)
		c.services[name] = &serviceEntry{apiVersion: v, load: func() (*Service, error) {
			return loadServiceDir(name, v, versionDir)
		}}
	}
	sort.Strings(c.names)

	resDir := opts.ResourcesDir
	if resDir == "" {
		sibling := filepath.Join(dir, "..", "..", "boto3", "data")
		if st, err := os.Stat(sibling); err == nil && st.IsDir() {
			resDir = sibling
		}
	}
	if resDir == "" {
		emb := Embedded()
		c.boto3Version = emb.boto3Version
		for name, e := range emb.resources {
			c.resources[name] = e
		}
		return c, nil
	}
	c.boto3Version = opts.Boto3Version
	if c.boto3Version == "" {
		c.boto3Version = packageVersion(filepath.Join(resDir, "..", "__init__.py"))
	}
	resVersions, err := loadResourceIndex(resDir)
	if err != nil {
		return nil, fmt.Errorf("awsmodel: %w", err)
	}
	for name, v := range resVersions {
		c.resources[name] = &resourceEntry{load: func() (*ResourceModel, error) {
			return loadResourceModel(name, v, resDir, dir)
		}}
	}
	return c, nil
}

// Source returns "embedded" or the directory the catalog was loaded from.
func (c *Catalog) Source() string { return c.source }

// Version returns the botocore version of the models: for the embedded
// catalog the generator input's version, for LoadDir the __version__ of the
// botocore package around the data folder, "" when unknown.
func (c *Catalog) Version() string { return c.version }

// Boto3Version returns the boto3 version the resource models come from, ""
// when unknown.
func (c *Catalog) Boto3Version() string { return c.boto3Version }

// ServiceNames returns the service names, sorted. The slice is shared; do
// not modify it.
func (c *Catalog) ServiceNames() []string { return c.names }

// HasService reports whether the catalog has the service, without decoding
// it.
func (c *Catalog) HasService(name string) bool {
	_, ok := c.services[name]
	return ok
}

// APIVersion returns the api version of a service without decoding it, ""
// when unknown.
func (c *Catalog) APIVersion(name string) string {
	if e := c.services[name]; e != nil {
		return e.apiVersion
	}
	return ""
}

// Service returns the named service, decoding it on first use, or nil when
// the catalog has no such service or it failed to load (LoadService tells
// which).
func (c *Catalog) Service(name string) *Service {
	s, _ := c.LoadService(name)
	return s
}

// LoadService is Service with the error: unknown service, or a model file
// that cannot be read or parsed.
func (c *Catalog) LoadService(name string) (*Service, error) {
	e := c.services[name]
	if e == nil {
		return nil, fmt.Errorf("awsmodel: unknown service %q", name)
	}
	return e.get()
}

// HasResourceInterface reports whether boto3.resource(service) works: the
// service has a boto3 resource model.
func (c *Catalog) HasResourceInterface(service string) bool {
	_, ok := c.resources[service]
	return ok
}

// ResourceServiceNames returns the services with a resource interface,
// sorted.
func (c *Catalog) ResourceServiceNames() []string {
	out := make([]string, 0, len(c.resources))
	for name := range c.resources {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// ResourceModel returns the service's resource model, decoding it on first
// use, or nil when the service has no resource interface.
func (c *Catalog) ResourceModel(service string) *ResourceModel {
	e := c.resources[service]
	if e == nil {
		return nil
	}
	rm, _ := e.get()
	return rm
}

// Encode writes every service and resource model of the catalog in the
// embedded format (what go generate commits as catalog.bin). Every service
// is loaded; the first error stops it.
func (c *Catalog) Encode(w io.Writer) error {
	return c.encode(w, compressDeflate)
}

func (c *Catalog) encode(w io.Writer, compression int) error {
	services := make([]*Service, 0, len(c.names))
	for _, name := range c.names {
		s, err := c.LoadService(name)
		if err != nil {
			return err
		}
		services = append(services, s)
	}
	var resources []*ResourceModel
	for _, name := range c.ResourceServiceNames() {
		rm, err := c.resources[name].get()
		if err != nil {
			return fmt.Errorf("awsmodel: resource model %s: %w", name, err)
		}
		if rm != nil {
			resources = append(resources, rm)
		}
	}
	return writeCatalog(w, c.version, c.boto3Version, compression, services, resources)
}
