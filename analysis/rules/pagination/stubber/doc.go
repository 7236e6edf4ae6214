// Package stubber holds the behaviour test of the pagination fixes: it runs
// the code of the BTO101, BTO102 and BTO104 testdata and of their fix
// goldens on real boto3, with botocore's Stubber serving multi-page
// responses (harness.py, testdata/pagination-behaviour/cases.py). It needs
// Debian's python3-boto3 for /usr/bin/python3 (.ci/install-deps.sh).
package stubber
