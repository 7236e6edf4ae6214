package lsp_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/botolint/botolint/lsp/lsptest"
)

// writeWorkspace writes files (path -> text) under a new folder.
func writeWorkspace(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, text := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const (
	awsS3  = "import boto3\n\nc = boto3.client(\"s3\")\n"
	awsSQS = "import boto3\n\nc = boto3.client(\"sqs\")\n"
	// mainPy calls put_object on a client made in another module: an S3
	// client has put_object, whose Bogus parameter does not exist (BTO005);
	// an SQS client has no put_object (BTO003).
	mainPy = "from app.aws import c\n\n\ndef upload():\n    c.put_object(Bucket=\"b\", Key=\"k\", Bogus=1)\n"
)

func hasCode(code string) func([]protocol.Diagnostic) bool {
	return func(ds []protocol.Diagnostic) bool { return slices.Contains(lsptest.Codes(ds), code) }
}

// TestWorkspaceIndex follows a value across modules in the editor: the
// index is built in the background with work-done progress, the open
// document is checked again when it is there, an edit of the other
// module's buffer re-checks the document that imports it, closing that
// buffer brings back the file's text, and a change on disk reported by
// didChangeWatchedFiles does the same.
func TestWorkspaceIndex(t *testing.T) {
	root := writeWorkspace(t, map[string]string{
		"app/__init__.py": "",
		"app/aws.py":      awsS3,
		"app/main.py":     mainPy,
		"pyproject.toml":  "[tool.botolint]\n",
	})
	c := newClient(t, lsptest.Options{Folders: []string{root}, WorkDoneProgress: true, WatchFiles: true})
	reg := c.WaitRegistration(protocol.MethodWorkspaceDidChangeWatchedFiles)
	if !strings.Contains(string(reg.RegisterOptions), `**/*.py`) {
		t.Errorf("watcher registration %s does not watch Python files", reg.RegisterOptions)
	}
	main := c.OpenFile(filepath.Join(root, "app/main.py"), mainPy)
	c.WaitDiagnostics(main, 0, hasCode("BTO005"))

	prog := c.WaitProgressEnd()
	if len(prog) < 2 || prog[0].Kind != "begin" || prog[len(prog)-1].Kind != "end" {
		t.Errorf("progress %+v: want begin ... end", prog)
	}
	if created := c.ProgressCreated(); len(created) != 1 || created[0] != prog[0].Token {
		t.Errorf("progress tokens created %v, used %q", created, prog[0].Token)
	}
	if !strings.Contains(prog[len(prog)-1].Message, "3 modules") {
		t.Errorf("progress end message %q, want the module count", prog[len(prog)-1].Message)
	}

	// The other module's buffer, edited: the importer follows it.
	aws := c.OpenFile(filepath.Join(root, "app/aws.py"), awsS3)
	c.Diagnostics(aws, 1)
	mark := c.Mark()
	c.Replace(aws, `"s3"`, `"sqs"`)
	got := c.WaitDiagnostics(main, mark, hasCode("BTO003"))
	if slices.Contains(lsptest.Codes(got), "BTO005") {
		t.Errorf("main.py after aws.py became SQS: %v", lsptest.Codes(got))
	}

	// Closed without saving: the file's text is the module's again.
	mark = c.Mark()
	c.Close(aws)
	c.WaitDiagnostics(main, mark, hasCode("BTO005"))

	// Changed on disk, reported by the watcher.
	if err := os.WriteFile(filepath.Join(root, "app/aws.py"), []byte(awsSQS), 0o644); err != nil {
		t.Fatal(err)
	}
	mark = c.Mark()
	c.FilesChanged(protocol.FileEvent{URI: uri.File(filepath.Join(root, "app/aws.py")), Type: protocol.FileChangeTypeChanged})
	c.WaitDiagnostics(main, mark, hasCode("BTO003"))

	// Deleted: the import reaches nothing, and botolint says nothing.
	if err := os.Remove(filepath.Join(root, "app/aws.py")); err != nil {
		t.Fatal(err)
	}
	mark = c.Mark()
	c.FilesChanged(protocol.FileEvent{URI: uri.File(filepath.Join(root, "app/aws.py")), Type: protocol.FileChangeTypeDeleted})
	c.WaitDiagnostics(main, mark, func(ds []protocol.Diagnostic) bool { return len(ds) == 0 })
}

// TestWorkspaceIndexNewDefinition checks that a function typed into one
// open buffer gets the parameter values its callers in another module
// pass, and that its callers' module, not edited, is what made that
// possible (its summary is made again for the new name).
func TestWorkspaceIndexNewDefinition(t *testing.T) {
	caller := "import boto3\nimport helpers\n\nhelpers.run(boto3.client(\"s3\"))\n"
	root := writeWorkspace(t, map[string]string{
		"caller.py":  caller,
		"helpers.py": "",
	})
	c := newClient(t, lsptest.Options{Folders: []string{root}, WorkDoneProgress: true})
	c.WaitProgressEnd()
	h := c.OpenFile(filepath.Join(root, "helpers.py"), "")
	c.Diagnostics(h, 1)
	mark := c.Mark()
	c.ChangeWhole(h, "def run(c):\n    c.put_object(Bucket=\"b\", Key=\"k\", Bogus=1)\n")
	c.WaitDiagnostics(h, mark, hasCode("BTO005"))
}

// TestWorkspaceIndexOutsideFolders checks that a document outside the
// workspace folders is checked in the index but not put into it: the
// folder's modules do not see it.
func TestWorkspaceIndexOutsideFolders(t *testing.T) {
	root := writeWorkspace(t, map[string]string{
		"main.py": "from aws import c\n\n\ndef upload():\n    c.put_object(Bucket=\"b\", Key=\"k\", Bogus=1)\n",
	})
	other := writeWorkspace(t, map[string]string{"aws.py": awsS3})
	c := newClient(t, lsptest.Options{Folders: []string{root}, WorkDoneProgress: true})
	c.WaitProgressEnd()
	outside := c.OpenFile(filepath.Join(other, "aws.py"), awsS3)
	c.Diagnostics(outside, 1)
	// Past the settling delay, after which an indexed buffer would be in
	// the index.
	time.Sleep(700 * time.Millisecond)
	main := c.OpenFile(filepath.Join(root, "main.py"), "from aws import c\n\n\ndef upload():\n    c.put_object(Bucket=\"b\", Key=\"k\", Bogus=1)\n")
	if ds := c.Diagnostics(main, 1); len(ds) != 0 {
		t.Errorf("main.py resolved through a module outside the workspace: %v", lsptest.Codes(ds))
	}
}
