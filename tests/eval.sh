#!/bin/sh
# make eval: run the whole pipeline over the development data beside the
# project (../shared) and score it with ../shared/eval/score.py.
# Prints one block per data set; skips with a message when it is absent.
shared=${1:-../shared}
cd "$(dirname "$0")/.." || exit 1
root=$PWD
if [ ! -f "$shared/eval/score.py" ] || [ ! -d "$shared/data" ]; then
	echo "eval: $shared/eval/score.py not found; nothing to score"
	exit 0
fi
shared=$(cd "$shared" && pwd)
PATH=$root/bin:$PATH
LEDE_DATA=$root/src/data
export PATH LEDE_DATA
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# The pipeline: every filter that is built, in the usual order.
pipeline() {
	cmd="split-sentences \"\$1\""
	for f in tag-entities extract-quotes extract-numbers; do
		[ -x "$root/bin/$f" ] && cmd="$cmd | $f"
	done
	eval "$cmd"
}

score() {	# name dir kinds
	( cd "$shared/data/$2" && for f in *.txt; do pipeline "$f"; done ) \
	    > "$tmp/$2.tsv"
	echo "== $1 ($2)"
	python3 "$shared/eval/score.py" --kinds "$3" --types PERSON,ORG,PLACE \
	    "$shared/data/$2" "$tmp/$2.tsv"
}

score "news, clean" gum-news-dev sentence,entity,quote,number
score "news, hard-wrapped and BOM+CRLF" gum-news-dev-messy \
    sentence,entity,quote,number
score "other genres" gum-train sentence,entity
