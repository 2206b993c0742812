#!/usr/bin/env bats
# extract-numbers: number records (VALUE UNIT CLASS) for numeric expressions.

bats_require_minimum_version 1.5.0
load test_helper

# The records of one sentence of raw text as "TEXT|VALUE|UNIT|CLASS".
nums() {
	printf '%s\n' "$1" | extract-numbers -o | cut -f6-9 | tr '\t' '|' |
	    paste -sd' ' -
}

@test "every case of the values table gives the expected records" {
	local fail=0 in exp got
	while IFS='	' read -r in exp; do
		case $in in '#'* | '') continue ;; esac
		got=$(nums "$in")
		if [ "$got" != "$exp" ]; then
			echo "$in: got '$got', want '$exp'"
			fail=1
		fi
	done < "$FIXTURES/extract-numbers-values.tsv"
	[ "$fail" -eq 0 ]
}

@test "identifiers, codes, phones, times, URLs and names are not figures" {
	run -0 extract-numbers -o "$FIXTURES/extract-numbers-none.txt"
	assert_output ''
}

@test "a date's day is never tagged and its year is a year" {
	run -0 nums "The plant opened on June 19, 2018 in the rain."
	assert_output '2018|2018||year'
	run -0 nums "It shut on 3 March 2020."
	assert_output '2020|2020||year'
	run -0 nums "It shut on June 5th."
	assert_output ''
}

@test "articles and approximators stay outside the span" {
	run -0 nums "About a thousand people came."
	assert_output 'thousand|1000|people|cardinal'
	run -0 nums "More than 40 boats left."
	assert_output '40|40|boats|cardinal'
}

@test "vague plurals have an empty VALUE" {
	run -0 nums "Thousands of letters arrived."
	assert_output 'Thousands||letters|cardinal'
	run -0 nums "Hundreds of thousands of people marched."
	assert_output 'Hundreds of thousands||people|cardinal'
}

@test "ordinal words in fixed phrases are not numbers" {
	run -0 nums "First and foremost, the third party must pay."
	assert_output ''
	run -0 nums "At first the plan failed."
	assert_output ''
}

@test "an ordinal ranks the noun that follows, or nothing" {
	run -0 nums "She won the second race."
	assert_output 'second|2|race|ordinal'
	run -0 nums "He was first noticed in May."
	assert_output 'first|1||ordinal'
	run -0 nums "It was match day five."
	assert_output 'five|5|day|ordinal'
}

@test "number words are read one by one" {
	local fail=0 line w v got
	while read -r line; do
		w=${line% *}
		v=${line##* }
		got=$(printf 'It was %s.\n' "$w" | extract-numbers -o | cut -f7)
		if [ "$got" != "$v" ]; then
			echo "$w: got '$got', want '$v'"
			fail=1
		fi
	done <<-'TABLE'
	zero 0
	seven 7
	eleven 11
	nineteen 19
	forty 40
	ninety-nine 99
	a hundred 100
	two hundred 200
	a thousand 1000
	forty-two thousand 42000
	three million 3000000
	five billion 5000000000
	half 0.5
	one and a half 1.5
	half a million 500000
	three quarters 0.75
	one third 0.333333333333333
	twice 2
	a couple 2
	a dozen 12
	tenth 10
	twenty-first 21
	hundredth 100
	TABLE
	[ "$fail" -eq 0 ]
}

@test "a range of money shares its currency and multiplier" {
	run -0 nums "They asked for \$10-15 million."
	assert_output '$10|10000000|USD|money 15 million|15000000|USD|money'
}

@test "the European convention is read from the text" {
	run -0 nums "It cost 1.500 euros, or 2,75 euros each."
	assert_output '1.500 euros|1500|EUR|money 2,75 euros|2.75|EUR|money'
}

@test "records follow the sentence that holds them" {
	run -0 sh -c 'split-sentences "$1" | extract-numbers' _ \
	    "$FIXTURES/extract-numbers-article.txt"
	assert_line --index 0 --partial '	sentence	'
	assert_line --partial '	number	€2.3 million	2300000	EUR	money'
	assert_line --partial '	number	61 percent	61	%	percent'
	assert_line --partial '	number	2	2	km	quantity'
	assert_line --partial '	number	67	67		cardinal'
}

@test "raw text and the record stream give the same number records" {
	local f=$FIXTURES/extract-numbers-article.txt
	run -0 sh -c 'extract-numbers -o "$1" > "$2/a";
	    split-sentences "$1" | extract-numbers -o > "$2/b";
	    cmp "$2/a" "$2/b"' _ "$f" "$BATS_TEST_TMPDIR"
}

@test "input records pass through unchanged" {
	run -0 sh -c 'split-sentences "$1" > "$2/s";
	    extract-numbers "$2/s" | grep -v "	number	" | cmp - "$2/s"' _ \
	    "$FIXTURES/extract-numbers-article.txt" "$BATS_TEST_TMPDIR"
}

@test "VALUE is a plain decimal without exponent" {
	run -0 nums "The debt is 400 trillion dollars."
	assert_output '400 trillion dollars|400000000000000|USD|money'
}
