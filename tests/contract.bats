#!/usr/bin/env bats
# The record stream: pass-through, order, defects, input modes.

bats_require_minimum_version 1.5.0
load test_helper

FILTERS="tag-entities extract-quotes extract-numbers"

setup_file() {
	cc -O1 -o "$BATS_FILE_TMPDIR/verify" "$BATS_TEST_DIRNAME/verify.c"
	split-sentences "$FIXTURES/sample-article.txt" > "$BATS_FILE_TMPDIR/s.tsv"
}

@test "every downstream filter copies its input records through unchanged and in order" {
	for p in $FILTERS; do
		"$p" < "$BATS_FILE_TMPDIR/s.tsv" > "$BATS_TEST_TMPDIR/out"
		# The input lines are a subsequence of the output, in order.
		run -0 awk -F'\t' -v k="$(printf '%s' "$p" | sed 's/.*-//')" '
		    NR == FNR { want[++n] = $0; next }
		    i < n && $0 == want[i + 1] { i++ }
		    END { if (i != n) { print "missing line " i + 1; exit 1 } }' \
		    "$BATS_FILE_TMPDIR/s.tsv" "$BATS_TEST_TMPDIR/out"
	done
}

@test "each filter adds records only of its own kind, after their sentence" {
	for p in $FILTERS; do
		case $p in
		tag-entities) k=entity ;;
		extract-quotes) k=quote ;;
		extract-numbers) k=number ;;
		esac
		run -0 sh -c '"$1" < "$2" | awk -F"\t" "\$5 != \"sentence\" && \$5 != \"$3\""' _ "$p" "$BATS_FILE_TMPDIR/s.tsv" "$k"
		assert_output ""
		run -0 sh -c '"$1" -o < "$2" | cut -f5 | sort -u' _ "$p" "$BATS_FILE_TMPDIR/s.tsv"
		assert_output "$k"
	done
}

@test "the whole chain keeps the invariants on the sample article" {
	run -0 sh -c 'split-sentences "$1" | tag-entities | extract-quotes | extract-numbers | "$2" "$1"' _ "$FIXTURES/sample-article.txt" "$BATS_FILE_TMPDIR/verify"
	assert_output --regexp '^ok [0-9]+ sentences$'
}

@test "any order of the filters gives the same records" {
	f=$FIXTURES/sample-article.txt
	split-sentences "$f" | tag-entities | extract-quotes | extract-numbers | sort > "$BATS_TEST_TMPDIR/a"
	split-sentences "$f" | extract-numbers | extract-quotes | tag-entities | sort > "$BATS_TEST_TMPDIR/b"
	split-sentences "$f" | extract-quotes | extract-numbers | tag-entities | sort > "$BATS_TEST_TMPDIR/c"
	cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/c"
}

@test "raw text is split by the filter itself, as split-sentences would" {
	for p in $FILTERS; do
		run -0 sh -c '"$1" "$2" | grep "	sentence	"' _ "$p" "$FIXTURES/sample-article.txt"
		[ "$output" = "$(cat "$BATS_FILE_TMPDIR/s.tsv")" ]
	done
}

@test "-R reads records as raw text and -r reads text as records" {
	run -0 sh -c 'extract-numbers -R < "$1" | grep -c "	sentence	"' _ "$BATS_FILE_TMPDIR/s.tsv"
	[ "$output" -gt 10 ]
	run -1 --separate-stderr sh -c 'printf "Just text.\n" | extract-numbers -r'
	assert_output "Just text."
	[ "$stderr" = "extract-numbers: -:1: too few fields" ]
}

@test "running a filter twice adds nothing the second time" {
	for p in $FILTERS; do
		"$p" < "$BATS_FILE_TMPDIR/s.tsv" > "$BATS_TEST_TMPDIR/once"
		"$p" < "$BATS_TEST_TMPDIR/once" > "$BATS_TEST_TMPDIR/twice"
		cmp "$BATS_TEST_TMPDIR/once" "$BATS_TEST_TMPDIR/twice"
	done
}

@test "every kind of malformed record is reported with file and line, copied through, exit 1" {
	good=$(printf 'd\t1\t0\t9\tsentence\tOne vote.\t')
	while IFS='|' read -r line why; do
		printf '%s\n%b\n' "$good" "$line" > "$BATS_TEST_TMPDIR/in.tsv"
		for p in $FILTERS; do
			run -1 --separate-stderr "$p" "$BATS_TEST_TMPDIR/in.tsv"
			[ "$stderr" = "$p: $BATS_TEST_TMPDIR/in.tsv:2: $why" ] ||
			    { echo "$p: [$stderr] for [$line]" >&3; return 1; }
			assert_line -n 1 "$(printf '%b' "$line")"
		done
	done <<'TABLE'
d\t1\t0\t3|too few fields
d\t1\tx\t3\tentity\tOne\tORG\tOne|START is not a number
d\t1\t4\t3\tentity\tOne\tORG\tOne|END before START
d\t1\t0\t3\tthing\tOne\tx|unknown KIND
d\t1\t0\t3\tentity\tOn\\qe\tORG\tOne|bad escape
d\t1\t0\t3\tentity\tOne\tORG|entity record with 7 fields, not 8
d\t1\t0\t4\tentity\tOne\tORG\tOne|TEXT length does not match START and END
d\t1\t0\t3\tentity\tTwo\tORG\tTwo|TEXT does not match the document at START
d\t0\t0\t3\tentity\tOne\tORG\tOne|SENT is not a number from 1 on
d\t2\t5\t9\tsentence\tvote\t|sentence overlaps the one before
d\t2\t99999999999\t100000000001\tsentence\tAB\t|START is far beyond the sentence before
TABLE
}

@test "property: random documents through the whole chain keep every invariant" {
	for seed in $(seq 1 60); do
		awk -v seed="$seed" -v n=300 -f "$BATS_TEST_DIRNAME/random-text.awk" |
		    tr 'Z' '\000' > "$BATS_TEST_TMPDIR/r.txt"
		split-sentences "$BATS_TEST_TMPDIR/r.txt" | tag-entities |
		    extract-quotes | extract-numbers > "$BATS_TEST_TMPDIR/r.tsv"
		"$BATS_FILE_TMPDIR/verify" "$BATS_TEST_TMPDIR/r.txt" \
		    < "$BATS_TEST_TMPDIR/r.tsv" > "$BATS_TEST_TMPDIR/v" || {
			echo "seed $seed: $(cat "$BATS_TEST_TMPDIR/v")" >&3
			return 1
		}
	done
}

@test "the parallel pipeline gives the serial pipeline's output" {
	command -v parallel > /dev/null || skip "GNU parallel is not installed"
	for i in 1 2 3 4 5 6 7 8; do
		for f in "$FIXTURES"/*.txt; do
			awk -v id="$i-$(basename "$f")" 'BEGIN { printf "%s\t", id }
			    { gsub(/\\/, "\\\\"); gsub(/\t/, "\\t"); gsub(/\r/, "\\r")
			      printf "%s%s", (NR > 1 ? "\\n" : ""), $0 }
			    END { printf "\n" }' "$f"
		done
	done > "$BATS_TEST_TMPDIR/corpus.docs"
	chain='split-sentences -t | tag-entities | extract-quotes | extract-numbers'
	sh -c "$chain" < "$BATS_TEST_TMPDIR/corpus.docs" > "$BATS_TEST_TMPDIR/serial"
	parallel --pipe -k --block 2k "$chain" < "$BATS_TEST_TMPDIR/corpus.docs" > "$BATS_TEST_TMPDIR/parallel"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/serial")" -gt 100 ]
	cmp "$BATS_TEST_TMPDIR/serial" "$BATS_TEST_TMPDIR/parallel"
}
