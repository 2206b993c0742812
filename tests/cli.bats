#!/usr/bin/env bats
# What every filter does the same way: options, files, exit codes.

bats_require_minimum_version 1.5.0
load test_helper

PROGS="split-sentences tag-entities extract-quotes extract-numbers"

@test "every filter prints its usage on stdout with --help and exits 0" {
	for p in $PROGS; do
		run -0 --separate-stderr "$p" --help
		assert_line -n 0 --regexp "^usage: $p \["
		[ -z "$stderr" ]
	done
}

@test "every filter names itself and lede with --version" {
	for p in $PROGS; do
		run -0 "$p" -V
		assert_output --regexp "^$p \(lede\) [0-9]+\.[0-9]+$"
	done
}

@test "every filter rejects an unknown option with the usage and exit 2" {
	for p in $PROGS; do
		run -2 --separate-stderr "$p" --no-such-option
		[[ "$stderr" == *"usage: $p ["* ]]
		assert_output ""
	done
}

@test "every filter reports a missing file, goes on with the next, exits 1" {
	printf 'The vote was 5 to 2. "Fine," said Ann Lee.\n' > "$BATS_TEST_TMPDIR/a.txt"
	for p in $PROGS; do
		run -1 --separate-stderr "$p" "$BATS_TEST_TMPDIR/nope" "$BATS_TEST_TMPDIR/a.txt"
		[ "$stderr" = "$p: $BATS_TEST_TMPDIR/nope: No such file or directory" ]
		assert_output --partial "$BATS_TEST_TMPDIR/a.txt	1	0	20	sentence"
	done
}

@test "every filter gives no output and exit 0 for an empty input" {
	for p in $PROGS; do
		run -0 "$p" /dev/null
		assert_output ""
	done
}

@test "every filter reports a write error and exits 1" {
	for p in $PROGS; do
		run -1 --separate-stderr sh -c '"$1" "$2" > /dev/full' _ "$p" \
		    "$FIXTURES/sample-article.txt"
		[ "$stderr" = "$p: write error: No space left on device" ]
	done
}

@test "every filter ends quietly when its reader goes away" {
	yes 'Ann Lee said 5 votes were "enough for now" on Friday.' |
	    head -n 20000 > "$BATS_TEST_TMPDIR/long.txt"
	for p in $PROGS; do
		run -0 --separate-stderr sh -c '"$1" "$2" | head -n 1' _ "$p" \
		    "$BATS_TEST_TMPDIR/long.txt"
		[ -z "$stderr" ]
		[ "${#lines[@]}" -eq 1 ]
	done
}

@test "every filter reads docs-TSV with -t" {
	for p in $PROGS; do
		run -0 sh -c 'printf "n1\tFirst one. Second one.\nn2\tThird one.\n" | "$1" -t | cut -f1,2,5 | grep sentence' _ "$p"
		assert_output "$(printf 'n1\t1\tsentence\nn1\t2\tsentence\nn2\t1\tsentence')"
	done
}
