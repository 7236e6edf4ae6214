#!/usr/bin/env bash
# Check throughput, all rules against the foundation's rules, in time: the
# two BenchmarkCheck variants run in turns, ROUNDS times each, and the
# medians of their wall and CPU times per check are compared. Taking turns
# spreads the load of a shared machine over both; one run of each, back to
# back, can be off by 20% either way. bench/throughput.sh counts
# instructions instead, which the load does not move at all.
#
# Usage: bash bench/throughput-wall.sh [ROUNDS]   (default 8)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-8}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/rules.test" ./analysis/rules/
cd analysis/rules
for _ in $(seq "$rounds"); do
	for v in all foundation; do
		"$tmp/rules.test" -test.run '^$' -test.bench "BenchmarkCheck/$v\$" -test.benchtime 3x |
			awk -v v="$v" '/^Benchmark/ { for (i = 1; i <= NF; i++) if ($i == "cpu-ms/op") cpu = $(i - 1); print v, $3 / 1e6, cpu }'
	done
done >"$tmp/runs"
median() { # variant, column -> median
	awk -v v="$1" -v c="$2" '$1 == v { print $c }' "$tmp/runs" | sort -n |
		awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}
aw=$(median all 2) fw=$(median foundation 2) ac=$(median all 3) fc=$(median foundation 3)
awk -v aw="$aw" -v fw="$fw" -v ac="$ac" -v fc="$fc" -v n="$rounds" 'BEGIN {
	printf "medians of %d runs: all %.0f ms wall, %.0f ms CPU; foundation %.0f ms wall, %.0f ms CPU\n", n, aw, ac, fw, fc
	printf "all / foundation: %.3f wall, %.3f CPU (target: at most 1.150)\n", aw / fw, ac / fc
}'
