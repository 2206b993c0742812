bats_require_minimum_version 1.5.0
load test_helper

# The TEXT, SPEAKER and CUE of each quote record of a fixture.
quotes() {
	extract-quotes -o "$FIXTURES/extract-quotes-$1.txt" | cut -f6-
}

@test "a quote before its attribution gets the speaker and the cue" {
	run -0 quotes positions
	assert_line "$(printf 'We will open the new bridge in May,\tAnna Berg\tsaid')"
}

@test "an inverted attribution after a quote names the speaker" {
	run -0 quotes positions
	assert_line "$(printf 'The river is too high,\tTomas Ek\tsaid')"
}

@test "an attribution with a colon before a quote counts" {
	run -0 quotes positions
	assert_line "$(printf 'Nobody expected the flood to come so early.\tLena Holm\tsaid')"
}

@test "said that before a quote counts" {
	run -0 quotes positions
	assert_line "$(printf 'the pumps failed at night and nobody noticed.\tKarl Nystrom\tsaid')"
}

@test "a surname alone gets the full name said before" {
	run -0 quotes positions
	assert_line "$(printf 'I am proud of the volunteers who came out,\tAnna Berg\ttweeted')"
}

@test "told with its listener keeps the teller as speaker" {
	run -0 quotes positions
	assert_line "$(printf 'The water reached the second floor of the library,\tTomas Ek\ttold')"
}

@test "according to names the speaker after it" {
	run -0 quotes positions
	assert_line "$(printf 'the damage will cost the town more than last year.\tLena Holm\tAccording to')"
}

@test "the record spans the words between the marks" {
	run -0 sh -c 'extract-quotes -o "$FIXTURES/extract-quotes-positions.txt" | head -1 | cut -f2-5'
	assert_output "$(printf '1\t1\t36\tquote')"
}

@test "the company said gets the organisation" {
	run -0 quotes speakers
	assert_line "$(printf 'Our customers will not pay for this mistake,\tNordvik Energy\tsaid')"
}

@test "he argued gets the person last named" {
	run -0 quotes speakers
	assert_line "$(printf 'We warned them twice about the old cables,\tPeter Lind\targued')"
}

@test "a quote without a cue keeps the last subject and an empty cue" {
	run -0 quotes speakers
	assert_line "$(printf 'I will not answer more questions today.\tPeter Lind\t')"
}

@test "curly double quotes are paired" {
	run -0 quotes marks
	assert_line "$(printf 'The storm broke three windows in the school,\tIda Sand\tsaid')"
}

@test "single quotes nested in double quotes stay inside the quote" {
	run -0 quotes marks
	assert_line "$(printf 'The children said ‘it sounded like thunder’ when the glass fell.\tIda Sand\tadded')"
}

@test "guillemets are quotation marks" {
	run -0 quotes marks
	assert_line "$(printf 'Nous reconstruirons l’école avant l’hiver prochain\tIda Sand\tsaid')"
}

@test "low and high double quotes are paired" {
	run -0 quotes marks
	assert_line "$(printf 'Wir bauen die Schule wieder auf, so schnell es geht\tIda Sand\tsaid')"
}

@test "an apostrophe inside a quote closes nothing" {
	run -0 quotes marks
	assert_line "$(printf "Don't worry about the roof, it's Kaspersky’s team that checks it,\\tIda Sand\\tsaid")"
}

@test "scare quotes, short terms and titles are not quotes" {
	run -0 quotes scare
	assert_output "$(printf 'a waste of money that nobody asked for\t\tcalled')"
}

@test "a quotation over two paragraphs is one record" {
	run -0 quotes paragraphs
	assert_output "$(printf 'We started slowly and the first goal hurt us.\\n\\n"In the second half we found our rhythm and deserved the draw,\tMaria Lopez\tsaid')"
}

@test "an unmatched mark does not swallow the next paragraphs" {
	run -0 quotes unmatched
	assert_output "$(printf 'This one is a real quote from the harbour master,\tOlof Strand\tsaid')"
}

@test "a quote split by its attribution gives two records of one speaker" {
	run -0 quotes split
	assert_line --index 0 "$(printf 'We will rebuild the harbour,\tEva Dahl\tsaid')"
	assert_line --index 1 "$(printf 'It will take two years and a lot of money.\tEva Dahl\tsaid')"
}

@test "a dash attribution has the speaker and an empty cue" {
	run -0 quotes split
	assert_line --index 2 "$(printf 'Trust the engineers, not the rumours.\tEva Dahl\t')"
}

@test "entity records in the input give the speaker names" {
	run -0 sh -c 'split-sentences "$FIXTURES/extract-quotes-split.txt" |
	    awk -F"\t" -v OFS="\t" "NR == 1 { print; print \$1, 1, 35, 39, \"entity\", \"Dahl\", \"PERSON\", \"Eva Dahl Jr\"; next } { print }" |
	    extract-quotes -o | head -1 | cut -f7'
	assert_output "Eva Dahl Jr"
}

@test "every input record passes through" {
	run -0 sh -c 'split-sentences "$FIXTURES/extract-quotes-split.txt" | extract-quotes | grep -c "	sentence	"'
	assert_output "$(split-sentences "$FIXTURES/extract-quotes-split.txt" | wc -l | tr -d ' ')"
}

@test "the cue verbs are read from the data directory" {
	mkdir -p "$BATS_TEST_TMPDIR/data"
	cp "$LEDE_DATA"/*.txt "$BATS_TEST_TMPDIR/data/"
	printf 'murmured\n' > "$BATS_TEST_TMPDIR/data/cue-verbs.txt"
	printf '"The bridge will hold for years," Anna Berg murmured.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run -0 sh -c 'extract-quotes -o -L "$1/data" "$1/a.txt" | cut -f7-' sh "$BATS_TEST_TMPDIR"
	assert_output "$(printf 'Anna Berg\tmurmured')"
}
