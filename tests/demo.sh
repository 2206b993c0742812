#!/bin/sh
# The demo: the whole pipeline over the sample article.
cd "$(dirname "$0")/.." || exit 1
f=tests/fixtures/sample-article.txt
echo "\$ split-sentences $f | tag-entities | extract-quotes | extract-numbers"
PATH=$PWD/bin:$PATH
export PATH
split-sentences "$f" | tag-entities | extract-quotes | extract-numbers
