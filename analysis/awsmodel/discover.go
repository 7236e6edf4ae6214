package awsmodel

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// FindBotocoreData finds the botocore data folder of the Python environment a
// project uses, so that diagnostics can follow the botocore version the user
// actually runs. It never runs Python (slow, and may execute project code):
// it looks for site-packages/botocore/data under a .venv or venv folder in
// start and each of its parents (nearest first), then under $VIRTUAL_ENV,
// then under $CONDA_PREFIX. In an environment, lib/python3.*/site-packages
// (newest Python first; also lib64 and PyPy's lib/pypy3.*) and Windows'
// Lib/site-packages are searched. getenv may be nil for os.Getenv. It
// returns the first folder found.
func FindBotocoreData(start string, getenv func(string) string) (dir string, ok bool) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if start != "" {
		if abs, err := filepath.Abs(start); err == nil {
			start = abs
		}
		if st, err := os.Stat(start); err == nil && !st.IsDir() {
			start = filepath.Dir(start)
		}
		for d := start; ; {
			for _, venv := range []string{".venv", "venv"} {
				if data, ok := botocoreDataIn(filepath.Join(d, venv)); ok {
					return data, true
				}
			}
			parent := filepath.Dir(d)
			if parent == d {
				break
			}
			d = parent
		}
	}
	for _, key := range []string{"VIRTUAL_ENV", "CONDA_PREFIX"} {
		if env := getenv(key); env != "" {
			if data, ok := botocoreDataIn(env); ok {
				return data, true
			}
		}
	}
	return "", false
}

// botocoreDataIn looks for botocore/data in the site-packages folders of one
// Python environment.
func botocoreDataIn(env string) (string, bool) {
	if st, err := os.Stat(env); err != nil || !st.IsDir() {
		return "", false
	}
	var candidates []string
	for _, lib := range []string{"lib", "lib64"} {
		entries, err := os.ReadDir(filepath.Join(env, lib))
		if err != nil {
			continue
		}
		var pythons []string
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "python3.") || strings.HasPrefix(e.Name(), "pypy3.") {
				pythons = append(pythons, e.Name())
			}
		}
		// Newest interpreter first: python3.12 before python3.9.
		sort.SliceStable(pythons, func(i, j int) bool { return pythonMinor(pythons[i]) > pythonMinor(pythons[j]) })
		for _, p := range pythons {
			candidates = append(candidates, filepath.Join(env, lib, p, "site-packages", "botocore", "data"))
		}
	}
	candidates = append(candidates, filepath.Join(env, "Lib", "site-packages", "botocore", "data"))
	for _, c := range candidates {
		if st, err := os.Stat(c); err == nil && st.IsDir() {
			return c, true
		}
	}
	return "", false
}

// pythonMinor returns the minor version of "python3.12" (12), -1 when the
// name does not end in a number.
func pythonMinor(name string) int {
	i := strings.LastIndexByte(name, '.')
	n, err := strconv.Atoi(name[i+1:])
	if err != nil {
		return -1
	}
	return n
}
