#!/usr/bin/env bash
# Installs, from Debian, the programs botolint's end-to-end tests drive:
# Python 3 with python3-boto3 and python3-botocore (the differential and
# stubber tests run /usr/bin/python3 explicitly, never the python3 on
# PATH) and Neovim (the editor test). Idempotent: installs only what is
# missing. .ci/run calls it before the tests.
set -euo pipefail

missing=()
/usr/bin/python3 -c 'import boto3, botocore' >/dev/null 2>&1 || missing+=(python3 python3-boto3 python3-botocore)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
if ((${#missing[@]} == 0)); then
	exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing from Debian: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
