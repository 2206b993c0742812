# Loaded by every tests/*.bats file: the programs under test on PATH,
# the data directory, the C locale, and the fixtures.
bats_load_library bats-support
bats_load_library bats-assert

LEDE_ROOT=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
LEDE_BIN=${LEDE_BIN:-$LEDE_ROOT/bin}
PATH=$LEDE_BIN:$PATH
LEDE_DATA=$LEDE_ROOT/src/data
LC_ALL=C
FIXTURES=$BATS_TEST_DIRNAME/fixtures
export PATH LEDE_DATA LC_ALL FIXTURES LEDE_ROOT LEDE_BIN

# The sentence records of a text, as "TEXT" lines.
sentences() {
	split-sentences "$@" | cut -f6
}
