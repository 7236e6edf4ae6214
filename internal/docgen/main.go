// Command docgen writes the generated rules reference: docs/rules/*.md and
// the rules table in README.md. Run it with go generate ./analysis/rules.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/botolint/botolint/analysis/rules"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "docgen:", err)
		os.Exit(1)
	}
}

func run() error {
	root, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		return fmt.Errorf("finding the module root: %v", err)
	}
	dir := strings.TrimSpace(string(root))
	// Pages of rules that no longer exist must not linger.
	old, _ := filepath.Glob(filepath.Join(dir, "docs/rules/BTO*.md"))
	for _, f := range old {
		os.Remove(f)
	}
	for path, content := range rules.ReferenceFiles() {
		full := filepath.Join(dir, path)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			return err
		}
	}
	readmePath := filepath.Join(dir, "README.md")
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		return err
	}
	updated, ok := rules.ReplaceReadmeTable(string(readme))
	if !ok {
		return fmt.Errorf("README.md lacks the markers %q and %q", rules.ReadmeBegin, rules.ReadmeEnd)
	}
	return os.WriteFile(readmePath, []byte(updated), 0o644)
}
