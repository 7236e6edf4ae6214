package lsp_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestNeovim drives `botolint server` from a real editor: Debian's Neovim
// (0.7, started with vim.lsp.start_client and the settings of
// editors/nvim/lsp/botolint.lua) opens a file, receives diagnostics,
// applies a quick fix through vim.lsp.buf.code_action and writes the
// buffer. It fails when nvim is missing: CI installs it.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Fatalf("nvim not found (apt-get install neovim): %v", err)
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "botolint")
	build := exec.Command("go", "build", "-o", bin, "./cmd/botolint")
	build.Dir = repo
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cases := []struct {
		name, src, action, want string
		line                    int
	}{
		{
			name:   "parameter case",
			src:    "import boto3\n\ns3 = boto3.client(\"s3\")\ns3.put_object(bucket=\"b\", Key=\"k\", Body=b\"x\")\n",
			line:   4,
			action: "Bucket",
			want:   "import boto3\n\ns3 = boto3.client(\"s3\")\ns3.put_object(Bucket=\"b\", Key=\"k\", Body=b\"x\")\n",
		},
		{
			name:   "unused noqa",
			src:    "import boto3\n\ns3 = boto3.client(\"s3\")  # noqa: BTO201\n",
			line:   3,
			action: "^Remove unused noqa",
			want:   "import boto3\n\ns3 = boto3.client(\"s3\")\n",
		},
		{
			name:   "disable for this line",
			src:    "import boto3\n\nboto3.client(\"s3\").list_object_v2(Bucket=\"b\")\n",
			line:   3,
			action: "^Disable BTO003 for this line",
			want:   "import boto3\n\nboto3.client(\"s3\").list_object_v2(Bucket=\"b\")  # noqa: BTO003\n",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "app.py")
			write(t, file, tc.src)
			write(t, filepath.Join(dir, "pyproject.toml"), "[project]\nname = \"app\"\n")
			res := filepath.Join(dir, "result.txt")
			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-u", filepath.Join(repo, "testdata", "lsp", "nvim", "init.lua"))
			cmd.Dir = dir
			cmd.Env = append(os.Environ(),
				"BOTOLINT_BIN="+bin, "BOTOLINT_REPO="+repo, "BOTOLINT_FILE="+file,
				"BOTOLINT_ACTION="+tc.action, "BOTOLINT_LINE="+strconv.Itoa(tc.line), "BOTOLINT_RESULT="+res,
				"XDG_STATE_HOME="+dir, "XDG_CACHE_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_CONFIG_HOME="+dir,
			)
			out, err := cmd.CombinedOutput()
			status, _ := os.ReadFile(res)
			if err != nil || strings.TrimSpace(string(status)) != "ok" {
				t.Fatalf("nvim: %v\nresult: %s\noutput: %s", err, status, out)
			}
			got, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("file after the code action:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
