#!/usr/bin/env bash
# Check throughput, all rules against the foundation's rules, measured in
# instructions under callgrind: on a shared machine wall-clock benchmarks
# move by 10-20% between runs, instruction counts by a few percent at most.
#
# For each benchmark it counts the instructions of a run with 2 and with 8
# iterations (the two runs side by side); the difference over 6 is the cost
# of one iteration, free of the set-up (building the 41k-line input,
# decoding the catalog). The garbage collector's work is counted too; when
# its cycles start varies from run to run, which moves a count by a few
# percent, and spreading the difference over 6 iterations averages that.
# asyncpreemptoff keeps preemption signals out of the count; cpu.rdtscp=off
# keeps the runtime off RDTSCP, an instruction valgrind 3.19 cannot run.
#
# Usage: bash bench/throughput.sh            (needs valgrind: apt-get install valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
tmp=$(mktemp -d)
bin=$tmp/rules.test
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$bin" ./analysis/rules/

count() { # benchmark pattern, iterations -> instructions
	(cd analysis/rules && GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1 valgrind --tool=callgrind \
		--callgrind-out-file=/dev/null "$bin" -test.run '^$' -test.bench "$1" -test.benchtime "$2x" 2>&1 >/dev/null) |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

declare -A per
for b in 'BenchmarkCheck/all$' 'BenchmarkCheck/foundation$' 'BenchmarkParse$' 'BenchmarkRules/all$' 'BenchmarkRules/foundation$'; do
	count "$b" 2 >"$tmp/two" &
	count "$b" 8 >"$tmp/eight"
	wait
	per[$b]=$(( ($(cat "$tmp/eight") - $(cat "$tmp/two")) / 6 ))
	awk -v b="$b" -v n="${per[$b]}" 'BEGIN { printf "%-28s %8.1f M instructions per check\n", b, n / 1e6 }'
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
echo "all / foundation (check, parse included): $(ratio "${per['BenchmarkCheck/all$']}" "${per['BenchmarkCheck/foundation$']}") (target: at most 1.150)"
echo "foundation / parse:                         $(ratio "${per['BenchmarkCheck/foundation$']}" "${per['BenchmarkParse$']}")"
echo "rules alone, all / foundation:              $(ratio "${per['BenchmarkRules/all$']}" "${per['BenchmarkRules/foundation$']}")"
