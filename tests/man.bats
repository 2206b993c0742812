#!/usr/bin/env bats
# The manual pages: lint-clean, true to --help, and their examples run.

bats_require_minimum_version 1.5.0
load test_helper

PROGS="split-sentences tag-entities extract-quotes extract-numbers"

@test "every page is mandoc -T lint clean" {
	command -v mandoc > /dev/null || skip "mandoc is not installed"
	run -0 mandoc -T lint -W warning "$LEDE_ROOT"/man/*.1 "$LEDE_ROOT"/man/*.7
	assert_output ""
}

@test "no quoted example opens inside another (one Ql or Dq a line)" {
	command -v mandoc > /dev/null || skip "mandoc is not installed"
	for page in "$LEDE_ROOT"/man/*.1 "$LEDE_ROOT"/man/*.7; do
		run -1 sh -c 'mandoc -T utf8 "$1" | col -b |
		    grep -e "‘[^’]*‘" -e "“[^”]*“"' sh "$page"
		assert_output ""
	done
}

@test "every program has a page, and lede.7 is there" {
	for p in $PROGS; do
		[ -f "$LEDE_ROOT/man/$p.1" ]
	done
	[ -f "$LEDE_ROOT/man/lede.7" ]
}

@test "each page documents exactly the options its --help lists" {
	for p in $PROGS; do
		page=$LEDE_ROOT/man/$p.1
		help=$("$p" --help | sed -n 's/^ *\(-[a-zA-Z]\), \(--[a-z-]*\).*/\1 \2/p' | sort)
		man=$(sed -n 's/^\.It Fl \([a-zA-Z]\)\( Ar [a-z]*\)\{0,1\} , Fl \\\{0,1\}-\([a-z-]*\).*/-\1 --\3/p' "$page" | sort)
		if [ "$help" != "$man" ]; then
			printf '%s\nhelp:\n%s\nman:\n%s\n' "$p" "$help" "$man" >&3
			return 1
		fi
	done
}

@test "each SYNOPSIS has the flags of the usage line" {
	for p in $PROGS; do
		usage=$("$p" --help | head -n 1 | sed -n 's/^usage: [^ ]* \[-\([a-zA-Z]*\)\].*/\1/p')
		syn=$(sed -n 's/^\.Op Fl \([a-zA-Z]*\)$/\1/p' "$LEDE_ROOT/man/$p.1" | head -n 1)
		[ -n "$usage" ] && [ "$usage" = "$syn" ] ||
		    { echo "$p: usage [$usage] synopsis [$syn]" >&3; return 1; }
	done
}

# Every "$ command" in a literal display is run in a copy of tests/fixtures; the
# lines after it, up to the next command or the end of the display, are
# its output.
@test "the examples with output in the pages give that output" {
	n=0
	for page in "$LEDE_ROOT"/man/*.1 "$LEDE_ROOT"/man/*.7; do
		awk -v dir="$BATS_TEST_TMPDIR" -v page="$(basename "$page")" '
		    function flush() { if (cmd != "") { printf "%s", cmd > (dir "/" k ".cmd");
			printf "%s", out > (dir "/" k ".out"); close(dir "/" k ".cmd");
			close(dir "/" k ".out"); print page > (dir "/" k ".page");
			close(dir "/" k ".page") } cmd = ""; out = "" }
		    /^\.Bd -literal/ { lit = 1; next }
		    /^\.Ed/ { flush(); lit = 0; next }
		    !lit { next }
		    { gsub(/\\e/, "\\") }
		    /^\$ / { flush(); k++; sub(/^\$ /, ""); cmd = $0 "\n"; cont = /\|$/; next }
		    cont { cmd = cmd $0 "\n"; cont = /\|$/; next }
		    cmd != "" { out = out $0 "\n" }' k="$n" "$page"
		n=$(ls "$BATS_TEST_TMPDIR"/*.cmd 2>/dev/null | wc -l)
	done
	[ "$n" -gt 0 ]
	cp -R "$FIXTURES" "$BATS_TEST_TMPDIR/fx"
	for c in "$BATS_TEST_TMPDIR"/*.cmd; do
		b=${c%.cmd}
		# A page cannot end a line in white space (an empty GAP).
		(cd "$BATS_TEST_TMPDIR/fx" && sh "$c") 2>&1 |
		    sed 's/[[:space:]]*$//' > "$b.got" || true
		sed -i 's/[[:space:]]*$//' "$b.out"
		if ! cmp -s "$b.got" "$b.out"; then
			echo "$(cat "$b.page"): $(cat "$c")" >&3
			diff "$b.out" "$b.got" >&3 || true
			return 1
		fi
	done
}
