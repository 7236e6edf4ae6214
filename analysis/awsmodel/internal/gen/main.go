// Command gen writes the embedded service catalog of package awsmodel.
//
// It is awsmodel.Load (the same code that reads a user's installed botocore
// at run time) followed by Catalog.Encode, so the embedded data and an
// overlay can never be read by two different loaders. Run it through
// go generate in analysis/awsmodel; see gen.go there.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/botolint/botolint/analysis/awsmodel"
)

func main() {
	botocoreDir := flag.String("botocore", "", "botocore data folder (<service>/<api-version>/service-2.json[.gz] ...); default: ../shared/aws-models with its boto3 resources and reference")
	resourcesDir := flag.String("resources", "", "boto3 resources folder (<service>/<api-version>/resources-1.json); default: boto3/data beside botocore/data")
	reference := flag.String("reference", "", "optional reference clients.json to read the versions from when -version is not given")
	version := flag.String("version", "", "botocore version to record (default: botocore/__init__.py, else -reference)")
	boto3Version := flag.String("boto3-version", "", "boto3 version to record (default: boto3/__init__.py, else -reference)")
	out := flag.String("o", "catalog.bin", "output file")
	flag.Parse()
	if err := run(*botocoreDir, *resourcesDir, *reference, *version, *boto3Version, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// The development models, relative to analysis/awsmodel (where go generate
// runs): used when -botocore is not given.
var (
	sharedBotocore  = filepath.Join("..", "..", "..", "shared", "aws-models", "botocore")
	sharedResources = filepath.Join("..", "..", "..", "shared", "aws-models", "boto3-resources")
	sharedReference = filepath.Join("..", "..", "..", "shared", "aws-models", "reference", "clients.json")
)

func run(botocoreDir, resourcesDir, reference, version, boto3Version, out string) error {
	if botocoreDir == "" {
		botocoreDir = sharedBotocore
		if resourcesDir == "" {
			resourcesDir = sharedResources
		}
		if reference == "" {
			reference = sharedReference
		}
	}
	if reference != "" && (version == "" || boto3Version == "") {
		if ref, err := readReferenceVersions(reference); err == nil {
			// Versions found next to the models win over the reference,
			// which only describes ../shared.
			if version == "" && !hasInitPy(filepath.Join(botocoreDir, "..")) {
				version = ref.Botocore
			}
			effectiveResources := resourcesDir
			if effectiveResources == "" {
				effectiveResources = filepath.Join(botocoreDir, "..", "..", "boto3", "data")
			}
			if boto3Version == "" && !hasInitPy(filepath.Join(effectiveResources, "..")) {
				boto3Version = ref.Boto3
			}
		} else if !os.IsNotExist(err) {
			return err
		}
	}
	cat, err := awsmodel.Load(awsmodel.LoadOptions{
		Dir:          botocoreDir,
		ResourcesDir: resourcesDir,
		Version:      version,
		Boto3Version: boto3Version,
	})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := cat.Encode(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("gen: %d services (botocore %s, boto3 %s), %d resource models, %d bytes -> %s\n",
		len(cat.ServiceNames()), cat.Version(), cat.Boto3Version(), len(cat.ResourceServiceNames()), buf.Len(), out)
	return nil
}

type referenceVersions struct {
	Botocore string `json:"botocore_version"`
	Boto3    string `json:"boto3_version"`
}

func readReferenceVersions(path string) (referenceVersions, error) {
	var v referenceVersions
	f, err := os.Open(path)
	if err != nil {
		return v, err
	}
	defer f.Close()
	// Only the two leading keys are needed; decoding the whole 2.7 MB file
	// is still quick, and keeps this simple.
	err = json.NewDecoder(f).Decode(&v)
	return v, err
}

func hasInitPy(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "__init__.py"))
	return err == nil
}
