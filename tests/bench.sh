#!/bin/sh
# make bench: throughput (MB/s) and peak memory of every filter on a
# deterministic corpus built from the project's own fixture texts, next
# to cat in the same run; peak memory at 1 MB, 100 MB and 1 GB; and the
# speed-up of the parallel pipeline (GNU parallel --pipe).
#
#	BENCH_MB=100	size of the corpus in MB
#	BENCH_BIG=1000	size of the largest memory run in MB (0: skip)
#	BENCH_DIR=dir	where the corpus is written (default: a temp dir)
set -eu
cd "$(dirname "$0")/.."
root=$PWD
PATH=$root/bin:$PATH
LEDE_DATA=$root/src/data
export PATH LEDE_DATA LC_ALL=C
mb=${BENCH_MB:-100}
big=${BENCH_BIG:-1000}
dir=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$dir"' EXIT
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench: needs /usr/bin/time (Debian: time)"; exit 1; }

# The corpus: the fixture texts, in name order, repeated; each copy is a
# document.  corpus.txt is raw text (documents apart by a blank line),
# corpus.docs is docs-TSV, corpus.tsv the sentence records of corpus.docs.
ls tests/fixtures/*.txt | sort | while read -r f; do
	awk -v id="$(basename "$f")" 'BEGIN { printf "%s\t", id }
	    { gsub(/\\/, "\\\\"); gsub(/\t/, "\\t"); gsub(/\r/, "\\r")
	      printf "%s%s", (NR > 1 ? "\\n" : ""), $0 }
	    END { printf "\n" }' "$f"
done > "$dir/one.docs"
bytes=$((mb * 1000 * 1000))
awk -v want="$bytes" '{ line[NR] = $0; n += length($0) + 1 }
    END { for (i = 0; t < want; i++) for (j = 1; j <= NR && t < want; j++) {
	sub(/^[^\t]*/, "", line[j]); printf "d%d-%d%s\n", i, j, line[j]
	t += n / NR } }' "$dir/one.docs" > "$dir/corpus.docs"
awk -F'\t' '{ s = $2; gsub(/\\n/, "\n", s); gsub(/\\t/, "\t", s)
    gsub(/\\r/, "\r", s); gsub(/\\\\/, "\\", s); printf "%s\n\n", s }' \
    "$dir/corpus.docs" > "$dir/corpus.txt"
split-sentences -t "$dir/corpus.docs" > "$dir/corpus.tsv"

size() { wc -c < "$1"; }
# The chain of every built filter.
chain='split-sentences -t'
for f in tag-entities extract-quotes extract-numbers; do
	[ -x "bin/$f" ] && chain="$chain | $f"
done
# run NAME INPUT CMD...: the best of three runs, then MB/s and peak RSS.
run() {
	name=$1 in=$2
	shift 2
	best=
	for i in 1 2 3; do
		t0=$(date +%s.%N)
		$TIME -f '%e %M' -o "$dir/t" "$@" < "$in" > /dev/null
		t=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
		if [ -z "$best" ] || awk -v a="$t" -v b="$best" \
		    'BEGIN { exit !(a < b) }'; then
			best=$t
			rss=$(cut -d' ' -f2 "$dir/t")
		fi
	done
	awk -v n="$name" -v s="$(size "$in")" -v t="$best" -v r="$rss" \
	    -v txt="$(size "$dir/corpus.txt")" 'BEGIN {
		if (t < 0.001) t = 0.001
		printf "%-18s %8.1f MB/s input %8.1f MB/s text  %7.1f MB RSS\n",
		    n, s / t / 1e6, txt / t / 1e6, r / 1024 }'
}

echo "corpus: $(size "$dir/corpus.txt") bytes of text," \
    "$(wc -l < "$dir/corpus.docs") documents," \
    "$(size "$dir/corpus.tsv") bytes of sentence records; $(nproc) cores"
echo "== throughput (one core, best of 3)"
run "cat (text)" "$dir/corpus.txt" cat
run "split-sentences" "$dir/corpus.txt" split-sentences
run "cat (records)" "$dir/corpus.tsv" cat
# Each filter reads what comes to it in the usual pipeline; extract-quotes
# also alone on sentence records, where it must tag the names itself.
in=$dir/corpus.tsv
for f in tag-entities extract-quotes extract-numbers; do
	[ -x "bin/$f" ] || continue
	run "$f" "$in" "$f"
	"$f" < "$in" > "$dir/$f.tsv"
	in=$dir/$f.tsv
done
[ -x bin/extract-quotes ] &&
    run "extract-quotes*" "$dir/corpus.tsv" extract-quotes
echo "(* on sentence records only; MB/s text: the same run per MB of text)"

echo "== peak memory by input size (one stream of many documents)"
mem() {	# MB CMD...
	n=$1
	shift
	reps=$(( (n * 1000 * 1000 + $(size "$dir/corpus.docs") - 1) /
	    $(size "$dir/corpus.docs") ))
	if [ "$n" -lt "$mb" ]; then
		head -c $((n * 1000 * 1000)) "$dir/corpus.docs" |
		    sed '$d' > "$dir/part"
		reps=1
	else
		cp "$dir/corpus.docs" "$dir/part"
	fi
	i=0
	while [ $i -lt "$reps" ]; do cat "$dir/part"; i=$((i + 1)); done |
	    $TIME -f '%e %M' -o "$dir/t" sh -c "$*" > /dev/null
	printf '%6s MB  %-70s %7.1f MB RSS  %6.1f s\n' "$n" "$*" \
	    "$(awk '{ print $2 / 1024 }' "$dir/t")" "$(cut -d' ' -f1 "$dir/t")"
}
for n in 1 $mb $big; do
	[ "$n" -gt 0 ] || continue
	mem "$n" "split-sentences -t"
	mem "$n" "$chain"
done
echo "== one 1 GB document without a line break (split-sentences)"
if [ "$big" -gt 0 ]; then
	yes 'The vote was close, and the count took 3.5 hours. ' |
	    tr -d '\n' | head -c $((big * 1000 * 1000)) |
	    $TIME -f '%e %M' -o "$dir/t" split-sentences > /dev/null
	awk '{ printf "%6.1f MB RSS  %6.1f s\n", $2 / 1024, $1 }' "$dir/t"
fi

echo "== parallel pipeline (GNU parallel --pipepart, $(nproc) jobs)"
if command -v parallel > /dev/null; then
	$TIME -f '%e %U %S' -o "$dir/t1" sh -c "$chain" < "$dir/corpus.docs" \
	    > "$dir/serial.out"
	$TIME -f '%e' -o "$dir/t2" parallel --pipepart -a "$dir/corpus.docs" \
	    --block -1 -k "$chain" > "$dir/parallel.out"
	cmp -s "$dir/serial.out" "$dir/parallel.out" && same=identical ||
	    same=DIFFERENT
	read -r wall user sys < "$dir/t1"
	awk -v a="$wall" -v u="$user" -v s="$sys" -v b="$(cat "$dir/t2")" \
	    -v o="$same" 'BEGIN { printf "serial %.1f s (its stages run at " \
	    "once: %.1f cores busy), parallel %.1f s: speed-up %.2fx, " \
	    "output %s\n", a, (u + s) / a, b, a / (b < 0.01 ? 0.01 : b), o }'
else
	echo "bench: GNU parallel not installed; skipped"
fi
