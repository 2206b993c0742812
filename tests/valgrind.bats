#!/usr/bin/env bats
# Every filter runs clean under Valgrind: no invalid reads or writes, no
# use of uninitialised memory, no memory lost.  The plain build only (the
# sanitizer build has its own checks).

bats_require_minimum_version 1.5.0
load test_helper

setup() {
	command -v valgrind > /dev/null || skip "valgrind is not installed"
	[ "$LEDE_BIN" = "$LEDE_ROOT/bin" ] || skip "plain build only"
}

vg() {
	valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect "$@"
}

@test "split-sentences is Valgrind-clean on text with invalid bytes" {
	printf 'One. Two \377 "three."\000 Mr. X.\n\nFour' > "$BATS_TEST_TMPDIR/t.txt"
	run -0 --separate-stderr vg split-sentences "$FIXTURES/sample-article.txt" "$BATS_TEST_TMPDIR/t.txt"
	[ -z "$stderr" ]
}

@test "the downstream filters are Valgrind-clean on raw text and on records" {
	split-sentences "$FIXTURES/sample-article.txt" > "$BATS_TEST_TMPDIR/s.tsv"
	for p in tag-entities extract-quotes extract-numbers; do
		run -0 --separate-stderr vg "$p" "$FIXTURES/sample-article.txt"
		[ -z "$stderr" ] || { echo "$p: $stderr" >&3; return 1; }
		run -0 --separate-stderr vg "$p" "$BATS_TEST_TMPDIR/s.tsv"
		[ -z "$stderr" ] || { echo "$p: $stderr" >&3; return 1; }
	done
}

@test "a malformed record stream is Valgrind-clean too" {
	printf 'd\t1\t0\t3\tsentence\tOne\t\nd\t1\t0\nd\t1\t0\t3\tentity\tOn\\q\tX\tY\n' > "$BATS_TEST_TMPDIR/bad.tsv"
	for p in tag-entities extract-quotes extract-numbers; do
		run -1 vg "$p" "$BATS_TEST_TMPDIR/bad.tsv"
	done
}
