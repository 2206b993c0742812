#!/bin/sh
# Run every Bats file on the plain build, then on the sanitizer build
# (bin/san), and print the closing "N passed, N failed" line.
bats=${1:-bats}
cd "$(dirname "$0")/.." || exit 1
log=$(mktemp) || exit 1
trap 'rm -f "$log"' EXIT
rc=0
for bin in bin bin/san; do
	[ -x "$bin/split-sentences" ] || continue
	echo "== tests on $bin"
	LEDE_BIN=$PWD/$bin UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    ASAN_OPTIONS=detect_leaks=1 \
	    "$bats" --formatter tap tests/*.bats | tee -a "$log" || rc=1
done
pass=$(grep -c '^ok ' "$log")
fail=$(grep -c '^not ok ' "$log")
# The fuzzers, briefly, when clang has libFuzzer: one test more.
fz=$(mktemp -d) || exit 1
printf 'int LLVMFuzzerTestOneInput(const char *p, unsigned long n);\n%s\n' \
    'int LLVMFuzzerTestOneInput(const char *p, unsigned long n) { return 0; }' \
    >"$fz/t.c"
if clang -fsanitize=fuzzer,address,undefined -o "$fz/t" "$fz/t.c" \
    >/dev/null 2>&1 && "$fz/t" -runs=1 >/dev/null 2>&1; then
	echo "== fuzz-smoke"
	if make -s fuzz-smoke; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		rc=1
	fi
else
	echo "== fuzz-smoke skipped: clang with libFuzzer not found"
fi
rm -rf "$fz"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$rc" -eq 0 ]
