#!/bin/sh
# Run the libFuzzer harnesses: make fuzz SECS=N, make fuzz-smoke.
#
#	sh tests/fuzz/run.sh [-s] SECS bin/fuzz/fuzz-NAME ...
#
# Each harness runs SECS seconds over its corpus bin/fuzz/corpus/NAME,
# seeded from tests/fixtures (as raw text, as records made by the built
# filters, as docs-TSV), with tests/fuzz/lede.dict.  A crash is saved as
# bin/fuzz/crashes/NAME/crash-*, its log as bin/fuzz/NAME.log.  Prints
# one line a harness; exits 1 when one crashed.  -s (smoke, as make
# check runs it): quiet unless something crashed, and repeatable: a
# fixed random seed and a fresh corpus from the seeds alone, so that a
# commit that passes here passes in CI (only the machine's speed
# changes how many inputs are tried).
smoke=0
[ "${1-}" = "-s" ] && { smoke=1; shift; }
secs=${1:?usage: run.sh [-s] SECS fuzzer ...}
shift
cd "$(dirname "$0")/../.." || exit 1
LEDE_DATA=${LEDE_DATA:-$PWD/src/data}
export LEDE_DATA
fixtures=tests/fixtures

# seeds NAME DIR: fill DIR with the seed inputs of harness NAME.
seeds() {
	rm -rf "$2" && mkdir -p "$2" || return 1
	case $1 in
	fuzz-records)
		if [ -x bin/extract-numbers ]; then
			for t in "$fixtures"/*.txt; do
				bin/split-sentences "$t" | bin/tag-entities |
				    bin/extract-quotes | bin/extract-numbers \
				    >"$2/$(basename "$t" .txt).rec" 2>/dev/null
			done
		else
			cp "$fixtures"/* "$2"/
		fi ;;
	fuzz-docs)
		for t in "$fixtures"/*.txt; do
			awk -v id="$(basename "$t" .txt)" 'BEGIN { ORS = "" }
			{
				gsub(/\\/, "\\\\"); gsub(/\t/, "\\t")
				gsub(/\r/, "\\r")
				t = t (NR > 1 ? "\\n" : "") $0
			}
			END { print id "\t" t "\n" }' "$t" >"$2/$(basename "$t")"
		done ;;
	*)
		cp "$fixtures"/* "$2"/ ;;
	esac
}

rc=0
for f; do
	name=$(basename "$f")
	corpus=bin/fuzz/corpus/$name
	seed=bin/fuzz/seeds/$name
	crashes=bin/fuzz/crashes/$name
	log=bin/fuzz/$name.log
	seedopt=
	if [ "$smoke" -eq 1 ]; then
		corpus=bin/fuzz/smoke/$name
		rm -rf "$corpus"
		seedopt=-seed=1
	fi
	mkdir -p "$corpus" "$crashes"
	seeds "$name" "$seed"
	"$f" -max_total_time="$secs" -print_final_stats=1 -timeout=30 \
	    -rss_limit_mb=2048 -dict=tests/fuzz/lede.dict $seedopt \
	    -artifact_prefix="$crashes/" "$corpus" "$seed" >"$log" 2>&1
	st=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" |
	    tail -n 1)
	[ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9][0-9]*\).*/\1/p' "$log" |
	    tail -n 1)
	if [ "$st" -eq 0 ]; then
		[ "$smoke" -eq 1 ] ||
		    echo "$name: ${runs:-0} executions in ${secs}s, no crash"
	else
		rc=1
		art=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
		echo "$name: ${runs:-0} executions, CRASHED (exit $st):" \
		    "${art:-no reproducer}; log $log"
		grep -m 3 -E 'ERROR|runtime error|VIOLATION' "$log" |
		    sed 's/^/	/'
	fi
done
exit "$rc"
