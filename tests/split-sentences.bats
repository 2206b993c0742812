#!/usr/bin/env bats
# split-sentences: raw text in, sentence records out.

bats_require_minimum_version 1.5.0
load test_helper

setup_file() {
	cc -O1 -o "$BATS_FILE_TMPDIR/verify" "$BATS_TEST_DIRNAME/verify.c"
}

# The TEXT fields of the sentences of stdin, joined by ||.
joined() {
	split-sentences "$@" | cut -f6 | awk 'NR > 1 { printf "||" }
	    { printf "%s", $0 } END { printf "\n" }'
}

@test "each case of the sentence table splits as written" {
	fails=0
	while IFS='	' read -r in exp; do
		case $in in '#'*|'') continue ;; esac
		got=$(printf '%b' "$in" | joined)
		if [ "$got" != "$exp" ]; then
			printf 'input: %s\nwant:  %s\ngot:   %s\n' "$in" "$exp" \
			    "$got" >&3
			fails=$((fails + 1))
		fi
	done < "$FIXTURES/split-cases.tsv"
	[ "$fails" -eq 0 ]
}

@test "a record has DOC, SENT, START, END, KIND, TEXT and GAP" {
	run -0 sh -c 'printf "One. Two.\n" | split-sentences'
	assert_line -n 0 "$(printf -- '-\t1\t0\t4\tsentence\tOne.\t')"
	assert_line -n 1 "$(printf -- '-\t2\t5\t9\tsentence\tTwo.\t ')"
}

@test "DOC is the file name as given, and -d names standard input" {
	printf 'A b.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run -0 split-sentences "$BATS_TEST_TMPDIR/a.txt"
	assert_output --partial "$BATS_TEST_TMPDIR/a.txt	1	0	4	sentence"
	run -0 sh -c 'printf "A b.\n" | split-sentences -d wire-17'
	assert_output --regexp '^wire-17	1	'
}

@test "a paragraph break is always a boundary and shows in GAP" {
	run -0 sh -c 'printf "Headline without a stop\n\nThe body starts here.\n" |
	    split-sentences | cut -f6,7'
	assert_line -n 0 "$(printf 'Headline without a stop\t')"
	assert_line -n 1 "$(printf 'The body starts here.\t\\n\\n')"
}

@test "one paragraph a line: each line break ends a sentence" {
	run -0 sh -c 'printf "By Ann Lee\nOSLO, May 2 - The talks began on a quiet note and went on for hours without a break\nThey ended late.\n" | split-sentences | wc -l'
	assert_output 3
}

@test "hard-wrapped lines are joined, and the result matches the unwrapped text" {
	unwrapped="$BATS_TEST_TMPDIR/u.txt" wrapped="$BATS_TEST_TMPDIR/w.txt"
	printf '%s\n\n%s\n' \
	    "The committee met on Tuesday to discuss the budget for next year and the plan for the new harbour bridge, which has been delayed several times since the first design was shown to the public in the spring" \
	    "Members said the cost had risen by a third. The chair asked for a new estimate by the end of the month, and the vote was put off until the estimate is known" \
	    > "$unwrapped"
	fold -s -w 72 "$unwrapped" | sed 's/ $//' > "$wrapped"
	run -0 sh -c 'split-sentences "$1" | cut -f6 | sed "s/\\\\n/ /g"' _ "$wrapped"
	wrapped_out=$output
	run -0 sh -c 'split-sentences "$1" | cut -f6' _ "$unwrapped"
	[ "$output" = "$wrapped_out" ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "-w joins every single line break and -l splits at each one" {
	run -0 sh -c 'printf "short line\nnext line\n" | split-sentences -w | wc -l'
	assert_output 1
	run -0 sh -c 'printf "a long line that goes on, and on\nsome more of it\n" | split-sentences -l | wc -l'
	assert_output 2
}

@test "CRLF line ends, a BOM and tabs: the BOM and white space stay in GAP" {
	printf '\357\273\277\tFirst one.\r\n\r\nSecond one.\r\n' > "$BATS_TEST_TMPDIR/c.txt"
	run -0 sh -c 'split-sentences "$1" | cut -f3,4,6,7' _ "$BATS_TEST_TMPDIR/c.txt"
	assert_line -n 0 "$(printf '4\t14\tFirst one.\t\357\273\277\\t')"
	assert_line -n 1 "$(printf '18\t29\tSecond one.\t\\r\\n\\r\\n')"
}

@test "NBSP and other Unicode spaces separate sentences" {
	run -0 sh -c 'printf "It rained.\302\240Then it stopped.\342\200\202Good.\n" | split-sentences | wc -l'
	assert_output 3
}

@test "GAP and TEXT rebuild the document byte for byte" {
	run -0 sh -c 'split-sentences "$1" | "$2" "$1"' _ \
	    "$FIXTURES/sample-article.txt" "$BATS_FILE_TMPDIR/verify"
	assert_output --regexp '^ok [0-9]+ sentences$'
}

@test "property: sentences tile 300 random documents with NUL and invalid UTF-8" {
	for seed in $(seq 1 300); do
		awk -v seed="$seed" -v n=300 -f "$BATS_TEST_DIRNAME/random-text.awk" |
		    tr 'Z' '\000' > "$BATS_TEST_TMPDIR/r.txt"
		split-sentences "$BATS_TEST_TMPDIR/r.txt" > "$BATS_TEST_TMPDIR/r.tsv"
		"$BATS_FILE_TMPDIR/verify" "$BATS_TEST_TMPDIR/r.txt" \
		    < "$BATS_TEST_TMPDIR/r.tsv" > "$BATS_TEST_TMPDIR/v" || {
			echo "seed $seed: $(cat "$BATS_TEST_TMPDIR/v")" >&3
			return 1
		}
	done
}

@test "streaming gives the same sentences as splitting in memory" {
	awk -v seed=11 -v n=60000 -f "$BATS_TEST_DIRNAME/random-text.awk" |
	    tr 'Z' '\000' > "$BATS_TEST_TMPDIR/big.txt"
	split-sentences "$BATS_TEST_TMPDIR/big.txt" > "$BATS_TEST_TMPDIR/a"
	cat "$BATS_TEST_TMPDIR/big.txt" | split-sentences -d "$BATS_TEST_TMPDIR/big.txt" > "$BATS_TEST_TMPDIR/b"
	cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/a")" -gt 1000 ]
}

@test "invalid UTF-8 and NUL bytes pass through escaped and byte-exact" {
	printf 'Bad \377\300 byte.\000 Next one.\n' > "$BATS_TEST_TMPDIR/b.txt"
	run -0 sh -c 'split-sentences "$1" | cut -f6' _ "$BATS_TEST_TMPDIR/b.txt"
	assert_line -n 0 "$(printf 'Bad \377\300 byte.\\0 Next one.')"
}

@test "TEXT escapes backslash and TAB" {
	run -0 sh -c 'printf "A\\\\b\tc.\n" | split-sentences | cut -f6'
	assert_output 'A\\b\tc.'
}

@test "docs-TSV: one document a line, its ID as DOC" {
	run -0 sh -c 'printf "d1\tOne. Two.\nd2\tThree.\\\\n\\\\nFour.\n" | split-sentences -t | cut -f1,2,6'
	assert_output "$(printf 'd1\t1\tOne.\nd1\t2\tTwo.\nd2\t1\tThree.\nd2\t2\tFour.')"
}

@test "docs-TSV: a line without a TAB is reported with its line number" {
	run -1 --separate-stderr sh -c 'printf "d1\tOne.\nno tab here\n" | split-sentences -t'
	[ "$stderr" = "split-sentences: -:2: no TAB after the document ID; the line is taken as text" ]
	assert_line -n 1 --partial "no tab here"
}

@test "an empty input gives no output and exit 0" {
	run -0 split-sentences /dev/null
	assert_output ""
	run -0 sh -c 'printf "  \n\n\t" | split-sentences'
	assert_output ""
}

@test "an unreadable file is reported, the others are still split, exit 1" {
	printf 'Still here.\n' > "$BATS_TEST_TMPDIR/ok.txt"
	run -1 --separate-stderr split-sentences "$BATS_TEST_TMPDIR/missing.txt" "$BATS_TEST_TMPDIR/ok.txt"
	[ "$stderr" = "split-sentences: $BATS_TEST_TMPDIR/missing.txt: No such file or directory" ]
	assert_output --partial "Still here."
}

@test "a write error is reported with exit 1" {
	run -1 --separate-stderr sh -c 'split-sentences "$1" > /dev/full' _ "$FIXTURES/sample-article.txt"
	[ "$stderr" = "split-sentences: write error: No space left on device" ]
}

@test "a closed pipe ends quietly" {
	run -0 --separate-stderr sh -c 'yes "A sentence. Another one." | head -c 3000000 | split-sentences | head -1'
	[ "$stderr" = "" ]
	assert_output --partial "A sentence."
}

@test "a bad option prints the usage and exits 2" {
	run -2 --separate-stderr split-sentences -Z
	[[ "$stderr" == *"usage: split-sentences [-ltuVw] [-d name] [-L dir] [file ...]"* ]]
}

@test "--help prints the usage on stdout and exits 0; --version names lede" {
	run -0 split-sentences --help
	assert_line -n 0 "usage: split-sentences [-ltuVw] [-d name] [-L dir] [file ...]"
	run -0 split-sentences --version
	assert_output --regexp '^split-sentences \(lede\) [0-9]+\.[0-9]+$'
}

@test "-L names a directory whose lists are taken before the default ones" {
	mkdir "$BATS_TEST_TMPDIR/d"
	printf 'zz\ttitle\n' > "$BATS_TEST_TMPDIR/d/abbreviations-en.txt"
	run -0 sh -c 'printf "See Zz. Smith now.\n" | split-sentences -L "$1" | wc -l' _ "$BATS_TEST_TMPDIR/d"
	assert_output 1
	# The other lists (here the sentence starters) come from the default.
	printf 'qq\tabbr\n' > "$BATS_TEST_TMPDIR/d/abbreviations-en.txt"
	run -0 sh -c 'printf "See Qq. He left. See Qq. Smith left.\n" | split-sentences -L "$1" | cut -f6' _ "$BATS_TEST_TMPDIR/d"
	assert_output "$(printf 'See Qq.\nHe left.\nSee Qq. Smith left.')"
	run -1 --separate-stderr split-sentences -L "$BATS_TEST_TMPDIR/none" /dev/null
	[ "$stderr" = "split-sentences: $BATS_TEST_TMPDIR/none: No such file or directory" ]
}

@test "the programs find their data beside them without LEDE_DATA" {
	run -0 sh -c 'unset LEDE_DATA; printf "Mr. Smith left. He did.\n" | "$1/split-sentences" | wc -l' _ "$LEDE_ROOT/bin"
	assert_output 2
}

@test "memory stays bounded by the sentence, not the document" {
	command -v /usr/bin/time > /dev/null || skip "needs /usr/bin/time"
	[ "$LEDE_BIN" = "$LEDE_ROOT/bin" ] || skip "plain build only"
	run -0 sh -c 'yes "The count took 3.5 hours. " | tr -d "\n" | head -c 50000000 |
	    /usr/bin/time -f %M split-sentences 2>&1 > /dev/null'
	[ "$output" -lt 20000 ]
}

@test "a short file splits the same streamed as in memory" {
	f=$FIXTURES/split-lines.txt
	split-sentences "$f" > "$BATS_TEST_TMPDIR/stream"
	extract-numbers -R "$f" | grep '	sentence	' > "$BATS_TEST_TMPDIR/memory"
	cmp "$BATS_TEST_TMPDIR/stream" "$BATS_TEST_TMPDIR/memory"
	run -0 sh -c 'cut -f6 "$1" | grep -c "^Feyenoord$"' _ "$BATS_TEST_TMPDIR/stream"
	assert_output 1
}
