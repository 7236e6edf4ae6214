package lsp_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsPointOneWay keeps the protocol out of everything below the
// language server: analysis, rules, fixes and config know nothing of LSP.
func TestImportsPointOneWay(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "./analysis/...", "./fixes/...", "./config/...")
	cmd.Dir = ".."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "go.lsp.dev/") || pkg == "github.com/botolint/botolint/lsp" {
			t.Errorf("a package below the language server depends on %s", pkg)
		}
	}
}
