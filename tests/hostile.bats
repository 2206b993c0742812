#!/usr/bin/env bats
# hostile.bats: every filter on hostile input, as raw text and (but
# split-sentences) as the records split-sentences makes of it: invalid
# UTF-8, overlong encodings, UTF-16 surrogates, NUL bytes, a huge line, a
# huge sentence, unmatched and deeply nested quotation marks, CRLF, a BOM,
# empty files; and the reproducers the fuzzers found (tests/fuzz/crashes).
# Each must exit 0, say nothing on standard error, and keep the invariants
# that tests/verify.c checks.
bats_require_minimum_version 1.5.0
load test_helper

setup_file() {
	local h=$BATS_FILE_TMPDIR big

	cc -O1 -o "$h/verify" "$BATS_TEST_DIRNAME/verify.c"
	# verify.c reads at most 64 MiB of the document: a copy with room
	# for the 100 MB inputs.
	sed 's/1 << 26/1 << 28/' "$BATS_TEST_DIRNAME/verify.c" >"$h/verify-big.c"
	cc -O1 -I "$BATS_TEST_DIRNAME" -o "$h/verify-big" "$h/verify-big.c"

	# The big inputs are 100 MB for split-sentences, a tenth of that for
	# the engines (they run at about 10 MB/s: 100 MB through each, raw and
	# as records, would take minutes); a tenth again on the sanitizer
	# build (bin/san), which is about ten times slower.
	if [[ $LEDE_BIN == */san ]]; then big=10000000; else big=100000000; fi

	printf 'Mr. Smith \xff\xfe said \x80\x80 it was \xc3 fine. "Prices \xe2\x82 rose \xf0\x9f\x98 3 million," Dr. Jones \xfe\xff said.\n\n\xf8\x88\x80\x80\x80 Bad \xbf.\n' >"$h/invalid"
	printf '\xc0\xaf\xc0\xae Mr. Jones \xe0\x80\xaf said \xf0\x80\x80\xaf "no \xc1\xbf," in Paris. It cost \xc0\xb5 million.\n' >"$h/overlong"
	printf '\xed\xa0\x80\xed\xb0\x80 Paris is big. \xed\xbf\xbf "Hi \xed\xa0\xbd," Anna Berg said. \xed\xa0\x80 5 million.\n' >"$h/surrogate"
	printf 'The \0cat sat. \0\0\0 "A quote\0," said Dr. Who.\0\n\0 It cost 5\0 million. \0' >"$h/nul"
	printf 'First line.\r\nMr. Smith said "it is done" on Monday.\r\n\r\n"Yes," Anna Berg said.\r\nIt cost $5 million.\r\n' >"$h/crlf"
	printf '\xef\xbb\xbfThe BOM starts this. Mr. Smith said "yes."\n\n\xef\xbb\xbfAnd a BOM in the middle, 3 million.\n' >"$h/bom"
	: >"$h/empty"
	# 10^5 unmatched quotation marks (straight, curly, guillemets, low-9).
	awk 'BEGIN {
		for (i = 0; i < 25000; i++) printf "\342\200\234a "
		printf "Mr. Smith said. "
		for (i = 0; i < 25001; i++) printf "\""
		for (i = 0; i < 25000; i++) printf "\302\253"
		for (i = 0; i < 24999; i++) printf "\342\200\236 "
		printf "\n"
	}' >"$h/unmatched"
	# 10^4 levels of nested “‘« and their closers.
	awk 'BEGIN {
		printf "Mr. Smith said: "
		for (i = 0; i < 10000; i++) printf "\342\200\234\342\200\230\302\253"
		printf "Hello, 5 million."
		for (i = 0; i < 10000; i++) printf "\302\273\342\200\231\342\200\235"
		printf " Then he left.\n"
	}' >"$h/nested"
	# A huge line: sentences, no line break.
	yes 'The quick brown fox of Acme Inc. jumps over the lazy dog and runs away into the forest near Paris while it rains on 3 million people, said Mr. Smith, and nobody in the town of Oslo knew why the fox would do it again and again on every single day of the year that was left.' |
	    tr '\n' ' ' | head -c "$big" >"$h/bigline"
	head -c $((big / 10)) "$h/bigline" >"$h/bigline-e"
	# A huge sentence with no terminator.
	yes 'the long and winding road of Mr Smith and 3 million Acme people in Paris' |
	    tr '\n' ' ' | head -c "$big" >"$h/bigsent"
	head -c $((big / 10)) "$h/bigsent" >"$h/bigsent-e"
}

# check DOC CMD ...: run CMD; it exits 0, writes nothing on standard error,
# and its records keep the invariants against DOC.
check() {
	local doc=$1 out=$BATS_TEST_TMPDIR/out err=$BATS_TEST_TMPDIR/err st=0
	local verify=$BATS_FILE_TMPDIR/verify

	shift
	"$@" >"$out" 2>"$err" || st=$?
	if ((st != 0)) || [[ -s $err ]]; then
		echo "$*: exit $st, standard error:"
		head -c 2000 "$err"
		return 1
	fi
	(($(wc -c <"$doc") < 64000000)) || verify=$BATS_FILE_TMPDIR/verify-big
	run "$verify" "$doc" <"$out"
	rm -f "$out"
	assert_success
	assert_output --regexp '^ok [0-9]+ sentences$'
}

# hostile NAME PROG: PROG on the raw text NAME, then (but split-sentences)
# on the records split-sentences makes of it.
hostile() {
	local doc=$BATS_FILE_TMPDIR/$1 prog=$2

	check "$doc" "$prog" "$doc"
	[[ $prog != split-sentences ]] || return 0
	if [[ ! -f $doc.rec ]]; then
		check "$doc" split-sentences "$doc"
		split-sentences "$doc" >"$doc.rec"
	fi
	check "$doc" "$prog" -r "$doc.rec"
}

@test "split-sentences: invalid UTF-8" { hostile invalid split-sentences; }
@test "tag-entities: invalid UTF-8" { hostile invalid tag-entities; }
@test "extract-quotes: invalid UTF-8" { hostile invalid extract-quotes; }
@test "extract-numbers: invalid UTF-8" { hostile invalid extract-numbers; }

@test "split-sentences: overlong encodings" { hostile overlong split-sentences; }
@test "tag-entities: overlong encodings" { hostile overlong tag-entities; }
@test "extract-quotes: overlong encodings" { hostile overlong extract-quotes; }
@test "extract-numbers: overlong encodings" { hostile overlong extract-numbers; }

@test "split-sentences: UTF-16 surrogates" { hostile surrogate split-sentences; }
@test "tag-entities: UTF-16 surrogates" { hostile surrogate tag-entities; }
@test "extract-quotes: UTF-16 surrogates" { hostile surrogate extract-quotes; }
@test "extract-numbers: UTF-16 surrogates" { hostile surrogate extract-numbers; }

@test "split-sentences: NUL bytes" { hostile nul split-sentences; }
@test "tag-entities: NUL bytes" { hostile nul tag-entities; }
@test "extract-quotes: NUL bytes" { hostile nul extract-quotes; }
@test "extract-numbers: NUL bytes" { hostile nul extract-numbers; }

@test "split-sentences: CRLF" { hostile crlf split-sentences; }
@test "tag-entities: CRLF" { hostile crlf tag-entities; }
@test "extract-quotes: CRLF" { hostile crlf extract-quotes; }
@test "extract-numbers: CRLF" { hostile crlf extract-numbers; }

@test "split-sentences: BOM" { hostile bom split-sentences; }
@test "tag-entities: BOM" { hostile bom tag-entities; }
@test "extract-quotes: BOM" { hostile bom extract-quotes; }
@test "extract-numbers: BOM" { hostile bom extract-numbers; }

@test "split-sentences: empty file" { hostile empty split-sentences; }
@test "tag-entities: empty file" { hostile empty tag-entities; }
@test "extract-quotes: empty file" { hostile empty extract-quotes; }
@test "extract-numbers: empty file" { hostile empty extract-numbers; }

@test "split-sentences: 10^4 levels of nested quotes" {
	hostile nested split-sentences
}
@test "tag-entities: 10^4 levels of nested quotes" {
	hostile nested tag-entities
}
@test "extract-quotes: 10^4 levels of nested quotes" {
	hostile nested extract-quotes
}
@test "extract-numbers: 10^4 levels of nested quotes" {
	hostile nested extract-numbers
}

@test "split-sentences: 10^5 unmatched quotation marks" {
	hostile unmatched split-sentences
}
@test "tag-entities: 10^5 unmatched quotation marks" {
	hostile unmatched tag-entities
}
@test "extract-quotes: 10^5 unmatched quotation marks" {
	hostile unmatched extract-quotes
}
@test "extract-numbers: 10^5 unmatched quotation marks" {
	hostile unmatched extract-numbers
}

@test "split-sentences: a 100 MB line (10 MB on bin/san)" {
	hostile bigline split-sentences
}
@test "tag-entities: a 10 MB line (1 MB on bin/san)" {
	hostile bigline-e tag-entities
}
@test "extract-quotes: a 10 MB line (1 MB on bin/san)" {
	hostile bigline-e extract-quotes
}
@test "extract-numbers: a 10 MB line (1 MB on bin/san)" {
	hostile bigline-e extract-numbers
}

@test "split-sentences: a 100 MB sentence, no terminator (10 MB on bin/san)" {
	hostile bigsent split-sentences
}
@test "tag-entities: a 10 MB sentence, no terminator (1 MB on bin/san)" {
	hostile bigsent-e tag-entities
}
@test "extract-quotes: a 10 MB sentence, no terminator (1 MB on bin/san)" {
	hostile bigsent-e extract-quotes
}
@test "extract-numbers: a 10 MB sentence, no terminator (1 MB on bin/san)" {
	hostile bigsent-e extract-numbers
}

# The fuzzers' finds (tests/fuzz/crashes): each replays one.

@test "fuzz: a document of white space only (qsort of NULL in entity_tag)" {
	local doc=$LEDE_ROOT/tests/fuzz/crashes/space-only-qsort-null p
	for p in tag-entities extract-quotes extract-numbers; do
		check "$doc" "$p" "$doc"
	done
}

@test "fuzz: an entity does not run over its sentence's end (H&\\nH)" {
	local doc=$LEDE_ROOT/tests/fuzz/crashes/entity-crosses-sentence
	check "$doc" tag-entities "$doc"
	check "$doc" extract-quotes "$doc"
}

@test "fuzz: split-sentences splits as the filters' raw mode does" {
	local doc=$LEDE_ROOT/tests/fuzz/crashes/stream-split-differs
	split-sentences "$doc" | cut -f1-4 >"$BATS_TEST_TMPDIR/ss"
	tag-entities -R "$doc" | awk -F '\t' -v OFS='\t' \
	    '$5 == "sentence" { print $1, $2, $3, $4 }' >"$BATS_TEST_TMPDIR/te"
	run diff "$BATS_TEST_TMPDIR/ss" "$BATS_TEST_TMPDIR/te"
	assert_success
}

@test "fuzz: 24000 quotes in one paragraph, 5 MB (once quadratic in extract-quotes)" {
	local doc=$BATS_TEST_TMPDIR/para
	awk -v u="$(cat "$LEDE_ROOT/tests/fuzz/crashes/quote-long-paragraph")" \
	    'BEGIN { for (i = 0; i < 24000; i++) printf "%s ", u }' >"$doc"
	check "$doc" extract-quotes "$doc"
	run -0 sh -c 'extract-quotes -o "$1" | wc -l' sh "$doc"
	assert_output 24000
}

@test "fuzz: 10^5 unmatched opening quotes (once quadratic in extract-quotes)" {
	local doc=$BATS_TEST_TMPDIR/open
	awk -v u="$(cat "$LEDE_ROOT/tests/fuzz/crashes/quote-unmatched-quadratic")" \
	    'BEGIN { for (i = 0; i < 100000; i++) printf "%s ", u }' >"$doc"
	check "$doc" extract-quotes "$doc"
}

# bytewise DOC: split-sentences splits DOC alike read whole and written
# to it a byte at a time (the reads may still come larger: then it passes).
bytewise() {
	local doc=$1 c

	split-sentences "$doc" | cut -f2-4 >"$BATS_TEST_TMPDIR/whole"
	while IFS= read -r c; do
		printf "\\$c"
		sleep 0.05
	done < <(od -An -v -to1 "$doc" | tr -s ' ' '\n' | grep .) |
	    split-sentences | cut -f2-4 >"$BATS_TEST_TMPDIR/bytes"
	run diff "$BATS_TEST_TMPDIR/whole" "$BATS_TEST_TMPDIR/bytes"
	assert_success
}

@test "fuzz: split-sentences splits alike whatever the reads (04. \\x0e)" {
	bytewise "$LEDE_ROOT/tests/fuzz/crashes/stream-small-reads"
}

@test "fuzz: a bullet list marker cut by a read is read again (\\t• 4. )" {
	bytewise "$LEDE_ROOT/tests/fuzz/crashes/stream-bullet-cut"
}

@test "fuzz: a caption label's colon cut by a read is read again (quay Photo: )" {
	bytewise "$LEDE_ROOT/tests/fuzz/crashes/stream-label-colon-cut"
}

@test "fuzz: a number record never ends before it starts (thousand.Tens of)" {
	local doc=$LEDE_ROOT/tests/fuzz/crashes/number-end-before-start
	check "$doc" extract-numbers "$doc"
}
