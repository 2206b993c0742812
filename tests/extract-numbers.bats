bats_require_minimum_version 1.5.0
load test_helper

# The number records of a text, as "TEXT<TAB>VALUE<TAB>UNIT<TAB>CLASS".
numbers() {
	printf '%s\n' "$1" | extract-numbers -o | cut -f6-
}

@test "money keeps its sign, code or word in the span and gets the ISO code" {
	cd "$FIXTURES"
	run -0 sh -c 'split-sentences extract-numbers-money.txt |
	    extract-numbers -o | diff -u extract-numbers-money.tsv -'
	assert_output ""
}

@test "a multiplier word or suffix is in the span and the value" {
	run -0 numbers 'They have 400 million users, 2.5bn in debt and 20K fans.'
	assert_line -n 0 "$(printf '400 million\t400000000\tusers\tcardinal')"
	assert_line -n 1 "$(printf '2.5bn\t2500000000\t\tcardinal')"
	assert_line -n 2 "$(printf '20K\t20000\tfans\tcardinal')"
}

@test "percent signs and words are in the span" {
	run -0 numbers 'It rose 5% and then 7 per cent and 9 percent.'
	assert_line -n 0 "$(printf '5%%\t5\t%%\tpercent')"
	assert_line -n 1 "$(printf '7 per cent\t7\t%%\tpercent')"
	assert_line -n 2 "$(printf '9 percent\t9\t%%\tpercent')"
}

@test "number words are added up and the article stays outside" {
	run -0 numbers 'Twenty-one players, one hundred and fifty fans and a dozen boats.'
	assert_line -n 0 "$(printf 'Twenty-one\t21\tplayers\tcardinal')"
	assert_line -n 1 "$(printf 'one hundred and fifty\t150\tfans\tcardinal')"
	assert_line -n 2 "$(printf 'dozen\t12\tboats\tcardinal')"
}

@test "the unit is the head noun counted, lower-cased" {
	run -0 numbers 'There were 700 asylum seekers and 3 Syrian teams.'
	assert_line -n 0 "$(printf '700\t700\tseekers\tcardinal')"
	assert_line -n 1 "$(printf '3\t3\tteams\tcardinal')"
}

@test "of coordinated nouns the first is the unit" {
	run -0 numbers 'We met 50 men and women.'
	assert_output "$(printf '50\t50\tmen\tcardinal')"
}

@test "a measure is a quantity with the unit as written" {
	run -0 numbers 'They walked 500 miles (800 km) over 240,000 square meter of park.'
	assert_line -n 0 "$(printf '500\t500\tmiles\tquantity')"
	assert_line -n 1 "$(printf '800\t800\tkm\tquantity')"
	assert_line -n 2 "$(printf '240,000\t240000\tsquare meter\tquantity')"
}

@test "a range gives one record per number with the shared noun" {
	run -0 numbers 'Pupils aged 8–10 years took part.'
	assert_line -n 0 "$(printf '8\t8\tyears\tcardinal')"
	assert_line -n 1 "$(printf '10\t10\tyears\tcardinal')"
}

@test "an elided noun comes from its counterpart" {
	run -0 numbers 'The motion passed by 52 votes to 41 on Monday.'
	assert_line -n 1 "$(printf '41\t41\tvotes\tcardinal')"
}

@test "a score written with a dash is two cardinals" {
	run -0 numbers 'Belgium beat Panama 3 – 0 in Sochi.'
	assert_line -n 0 "$(printf '3\t3\t\tcardinal')"
	assert_line -n 1 "$(printf '0\t0\t\tcardinal')"
}

@test "an age in a compound counts its time noun and a bare age has none" {
	run -0 numbers 'A 14-year-old boy met Anna Smith, 19, at school.'
	assert_line -n 0 "$(printf '14\t14\tyear\tcardinal')"
	assert_line -n 1 "$(printf '19\t19\t\tcardinal')"
}

@test "ordinals give their rank and the noun they rank" {
	run -0 numbers 'He scored in the 20th minute and took third place on day five.'
	assert_line -n 0 "$(printf '20th\t20\tminute\tordinal')"
	assert_line -n 1 "$(printf 'third\t3\tplace\tordinal')"
	assert_line -n 2 "$(printf 'five\t5\tday\tordinal')"
}

@test "an adverbial ordinal has no unit and a fixed phrase is no number" {
	run -0 numbers 'She first noticed it and, first and foremost, told a third party.'
	assert_output "$(printf 'first\t1\t\tordinal')"
}

@test "the day of the month is left out and the year is a year" {
	run -0 numbers 'The match was played on June 19, 2018 in the 1990s stadium.'
	assert_line -n 0 "$(printf '2018\t2018\t\tyear')"
	assert_line -n 1 "$(printf '1990s\t1990\t\tyear')"
	assert_equal "${#lines[@]}" 2
}

@test "four digits that count a noun are a cardinal" {
	run -0 numbers 'A survey of 1709 schoolchildren was made.'
	assert_output "$(printf '1709\t1709\tschoolchildren\tcardinal')"
}

@test "fractions, twice and vague plurals get their values" {
	run -0 numbers 'Half of the voters, a quarter of the farms and dozens of boats came twice.'
	assert_line -n 0 "$(printf 'Half\t0.5\tvoters\tcardinal')"
	assert_line -n 1 "$(printf 'quarter\t0.25\tfarms\tcardinal')"
	assert_line -n 2 "$(printf 'dozens\t\tboats\tcardinal')"
	assert_line -n 3 "$(printf 'twice\t2\t\tcardinal')"
}

@test "hundreds of thousands is one vague number" {
	run -0 numbers 'Hundreds of thousands of people marched.'
	assert_output "$(printf 'Hundreds of thousands\t\tpeople\tcardinal')"
}

@test "identifiers, codes, times and digits in names are not numbers" {
	run -0 numbers 'The COVID-19 rules grounded F-16 jets at 5:30 on Windows 10 PCs under A8-0189/2018.'
	assert_output ''
}

@test "a and many and several are not numbers" {
	run -0 numbers 'A man saw many boats and several cars.'
	assert_output ''
}

@test "one as a pronoun is not a number" {
	run -0 numbers 'It was a very serious one, and no one knew.'
	assert_output ''
}

@test "offsets count bytes in a CRLF text" {
	run -0 sh -c 'extract-numbers -o "$1" | cut -f3-6' _ \
	    "$FIXTURES/extract-numbers-crlf.txt"
	assert_line -n 0 "$(printf '12\t14\tnumber\t5%%')"
	assert_line -n 2 "$(printf '66\t67\tnumber\t2')"
	assert_line -n 3 "$(printf '81\t83\tnumber\t15')"
}

@test "input records pass through and the numbers follow their sentence" {
	run -0 sh -c 'split-sentences "$1" | extract-numbers | cut -f2,5' _ \
	    "$FIXTURES/extract-numbers-crlf.txt"
	assert_output "$(printf '1\tsentence\n1\tnumber\n1\tnumber\n2\tsentence\n2\tnumber\n2\tnumber')"
}

@test "a document with no numbers gives only its sentences" {
	run -0 sh -c 'printf "No digits here.\n" | extract-numbers'
	assert_output "$(printf -- '-\t1\t0\t15\tsentence\tNo digits here.\t')"
}

@test "the version names the program" {
	run -0 extract-numbers --version
	assert_output "extract-numbers (lede) 1.0"
}
