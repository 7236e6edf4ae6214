// Package layering holds the test that keeps botolint's imports pointing one
// way: syntax -> semantic -> (project) -> analysis -> fixes -> rules ->
// config -> (workspace) -> lsp -> cmd, with the service catalog (awsmodel) readable from
// semantic upwards. project, the workspace index, knows modules only
// through semantic's summaries.
package layering

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/botolint/botolint/"

// allowed lists, for each layer (a package path prefix below the module),
// the layers it may import. A package belongs to the longest prefix that
// matches it.
var allowed = map[string][]string{
	"analysis/syntax":       {},
	"analysis/awsmodel":     {},
	"analysis/suggest":      {},
	"analysis/semantic":     {"analysis/syntax", "analysis/awsmodel"},
	"analysis":              {"analysis/syntax", "analysis/semantic", "analysis/awsmodel"},
	"analysis/project":      {"analysis/syntax", "analysis/semantic"},
	"fixes":                 {"analysis", "analysis/syntax"},
	"analysis/analysistest": {"analysis", "analysis/syntax", "fixes"},
	"analysis/rules": {"analysis", "analysis/syntax", "analysis/semantic", "analysis/awsmodel",
		"analysis/suggest", "fixes", "analysis/analysistest"},
	"config": {"analysis", "analysis/syntax", "analysis/awsmodel", "analysis/suggest", "analysis/rules"},
	// walk finds files; workspace builds the index of a run or a session
	// from the configuration (the CLI and the language server share it).
	"internal/walk":      {},
	"internal/workspace": {"analysis", "analysis/project", "analysis/semantic", "analysis/awsmodel", "config", "internal/walk"},
	"lsp": {"analysis", "analysis/syntax", "analysis/semantic", "analysis/project", "analysis/awsmodel", "analysis/suggest",
		"analysis/rules", "fixes", "config", "internal/workspace"},
	"cmd": {"analysis", "analysis/syntax", "analysis/semantic", "analysis/project", "analysis/awsmodel", "analysis/rules",
		"fixes", "config", "lsp", "internal/walk", "internal/workspace"},
	"internal": {"analysis", "analysis/rules"},
}

func layerOf(pkg string) string {
	rel := strings.TrimPrefix(pkg, module)
	best := ""
	for layer := range allowed {
		if (rel == layer || strings.HasPrefix(rel, layer+"/")) && len(layer) > len(best) {
			best = layer
		}
	}
	return best
}

func TestImportsPointOneWay(t *testing.T) {
	cmd := exec.Command("go", "list", "-json=ImportPath,Imports", "./...")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	checked := 0
	for dec.More() {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		from := layerOf(p.ImportPath)
		if from == "" {
			t.Errorf("%s belongs to no layer: add it to the table", p.ImportPath)
			continue
		}
		checked++
		for _, imp := range p.Imports {
			if strings.HasPrefix(imp, "go.lsp.dev/") && from != "lsp" && from != "cmd" {
				t.Errorf("%s imports %s: only the language server speaks LSP", p.ImportPath, imp)
			}
			if !strings.HasPrefix(imp, module) {
				continue
			}
			to := layerOf(imp)
			if to == from {
				continue
			}
			ok := false
			for _, a := range allowed[from] {
				if a == to {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s (layer %s) imports %s (layer %s) against the one-way flow", p.ImportPath, from, imp, to)
			}
		}
	}
	if checked < 20 {
		t.Fatalf("checked only %d packages", checked)
	}
}
