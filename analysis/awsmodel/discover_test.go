package awsmodel

import (
	"os"
	"path/filepath"
	"testing"
)

// mkData creates <env>/<rel>/botocore/data and returns it.
func mkData(t *testing.T, env, rel string) string {
	t.Helper()
	d := filepath.Join(env, rel, "botocore", "data")
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}

func noEnv(string) string { return "" }

func TestFindBotocoreDataVenvInParent(t *testing.T) {
	root := t.TempDir()
	want := mkData(t, filepath.Join(root, ".venv"), filepath.Join("lib", "python3.12", "site-packages"))
	deep := filepath.Join(root, "src", "pkg", "sub")
	os.MkdirAll(deep, 0o755)
	file := filepath.Join(deep, "app.py")
	os.WriteFile(file, []byte("import boto3\n"), 0o644)
	for _, start := range []string{deep, file, root} {
		got, ok := FindBotocoreData(start, noEnv)
		if !ok || got != want {
			t.Errorf("FindBotocoreData(%s) = %q, %v; want %q", start, got, ok, want)
		}
	}
}

func TestFindBotocoreDataNearestWins(t *testing.T) {
	root := t.TempDir()
	mkData(t, filepath.Join(root, ".venv"), filepath.Join("lib", "python3.11", "site-packages"))
	inner := filepath.Join(root, "service")
	want := mkData(t, filepath.Join(inner, "venv"), filepath.Join("lib", "python3.10", "site-packages"))
	got, ok := FindBotocoreData(inner, noEnv)
	if !ok || got != want {
		t.Errorf("got %q, %v; want the nearer %q", got, ok, want)
	}
}

func TestFindBotocoreDataDotVenvBeforeVenv(t *testing.T) {
	root := t.TempDir()
	want := mkData(t, filepath.Join(root, ".venv"), filepath.Join("lib", "python3.12", "site-packages"))
	mkData(t, filepath.Join(root, "venv"), filepath.Join("lib", "python3.12", "site-packages"))
	if got, ok := FindBotocoreData(root, noEnv); !ok || got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFindBotocoreDataNewestPython(t *testing.T) {
	root := t.TempDir()
	venv := filepath.Join(root, ".venv")
	mkData(t, venv, filepath.Join("lib", "python3.9", "site-packages"))
	want := mkData(t, venv, filepath.Join("lib", "python3.12", "site-packages"))
	if got, ok := FindBotocoreData(root, noEnv); !ok || got != want {
		t.Errorf("got %q, want %q (3.12 is newer than 3.9)", got, want)
	}
}

func TestFindBotocoreDataWindowsLayout(t *testing.T) {
	root := t.TempDir()
	want := mkData(t, filepath.Join(root, "venv"), filepath.Join("Lib", "site-packages"))
	if got, ok := FindBotocoreData(root, noEnv); !ok || got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFindBotocoreDataEnvironment(t *testing.T) {
	project := t.TempDir()
	virtualEnv := t.TempDir()
	conda := t.TempDir()
	wantVenv := mkData(t, virtualEnv, filepath.Join("lib", "python3.13", "site-packages"))
	wantConda := mkData(t, conda, filepath.Join("lib", "python3.11", "site-packages"))
	env := map[string]string{"VIRTUAL_ENV": virtualEnv, "CONDA_PREFIX": conda}
	if got, ok := FindBotocoreData(project, func(k string) string { return env[k] }); !ok || got != wantVenv {
		t.Errorf("got %q, want $VIRTUAL_ENV's %q", got, wantVenv)
	}
	delete(env, "VIRTUAL_ENV")
	if got, ok := FindBotocoreData(project, func(k string) string { return env[k] }); !ok || got != wantConda {
		t.Errorf("got %q, want $CONDA_PREFIX's %q", got, wantConda)
	}
	// A project venv wins over the environment variables.
	wantProject := mkData(t, filepath.Join(project, ".venv"), filepath.Join("lib", "python3.12", "site-packages"))
	env["VIRTUAL_ENV"] = virtualEnv
	if got, ok := FindBotocoreData(project, func(k string) string { return env[k] }); !ok || got != wantProject {
		t.Errorf("got %q, want the project's %q", got, wantProject)
	}
}

func TestFindBotocoreDataNone(t *testing.T) {
	root := t.TempDir()
	// A venv without botocore is not a match.
	os.MkdirAll(filepath.Join(root, ".venv", "lib", "python3.12", "site-packages", "boto3"), 0o755)
	if got, ok := FindBotocoreData(root, noEnv); ok {
		t.Errorf("found %q in an environment without botocore", got)
	}
	if _, ok := FindBotocoreData("", noEnv); ok {
		t.Error("empty start and environment should find nothing")
	}
}
