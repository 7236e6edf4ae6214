#!/usr/bin/env bash
# Installs what the differential test (analysis/rules/differential) runs:
# Debian's Python 3 with its python3-botocore and python3-boto3 packages.
# The test uses /usr/bin/python3 explicitly, never the python3 on PATH.
# Idempotent: installs nothing when /usr/bin/python3 already imports both.
set -euo pipefail

if /usr/bin/python3 -c 'import boto3, botocore' >/dev/null 2>&1; then
	echo "python3-botocore and python3-boto3 already installed: $(/usr/bin/python3 -c 'import botocore; print(botocore.__version__)')"
	exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing from Debian: python3 python3-botocore python3-boto3"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3 python3-botocore python3-boto3
/usr/bin/python3 -c 'import boto3, botocore; print("botocore", botocore.__version__, "boto3", boto3.__version__)'
