bats_require_minimum_version 1.5.0
load test_helper

# The entity records of a fixture as "TEXT<TAB>TYPE<TAB>NAME" lines.
ents() {
	split-sentences "$FIXTURES/$1" | tag-entities -o | cut -f6-8
}

# The records of the entity "US" in the prose fixture's sentence holding $1.
us_in_sentence() {
	split-sentences "$FIXTURES/tag-entities-prose.txt" | tag-entities |
	    awk -F '\t' -v t="$1" '$5 == "sentence" { s = index($6, t) ? $2 : 0 }
		$2 == s && $5 == "entity" && $6 == "US"'
}

# assert_ent TEXT TYPE NAME: that line is in the output of ents.
# How many entity records of the text $2 in fixture $1 have each TYPE.
types_of() {
	tag-entities "$FIXTURES/$1" |
	    awk -F '\t' -v t="$2" '$5 == "entity" && $6 == t { print $7 }' |
	    sort | uniq -c
}

assert_ent() {
	assert_line "$(printf '%s\t%s\t%s' "$1" "$2" "$3")"
}

@test "a role before a person's name stays outside the span" {
	run -0 ents tag-entities-news.txt
	assert_ent 'Ferdinand Grapperhaus' PERSON 'Ferdinand Grapperhaus'
	refute_line --partial "Minister"
}

@test "multi-word organisations and places are one entity each" {
	run -0 ents tag-entities-news.txt
	assert_ent 'European Commission' ORG 'European Commission'
	assert_ent 'Intel Corporation' ORG 'Intel Corporation'
	assert_ent 'Committee on Foreign Affairs' ORG 'Committee on Foreign Affairs'
	assert_ent 'The Hague' PLACE 'The Hague'
}

@test "a name before a title is cut from the person after it" {
	run -0 ents tag-entities-news.txt
	assert_ent 'Kaspersky Lab' ORG 'Kaspersky Lab'
	assert_ent 'Eugene Kaspersky' PERSON 'Eugene Kaspersky'
}

@test "a possessive 's stays outside and the surname gets the full NAME" {
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-news.txt" | tag-entities -o | awk -F"\t" "\$3 == 331" | cut -f4-8'
	assert_output "$(printf '340\tentity\tKaspersky\tPERSON\tEugene Kaspersky')"
}

@test "names with hyphens, apostrophes, CamelCase and diacritics are whole" {
	run -0 ents tag-entities-news.txt
	assert_ent 'F-Secure' ORG 'F-Secure'
	assert_ent 'NoMoreRansom' ORG 'NoMoreRansom'
	assert_line "$(printf 'Sean O'\''Brien\tPERSON\tSean O'\''Brien')"
	assert_ent 'Liisa Lehtiö' PERSON 'Liisa Lehtiö'
}

@test "a list of names shares the type of its sure members" {
	run -0 ents tag-entities-news.txt
	assert_ent 'McAfee' ORG 'McAfee'
}

@test "a later surname alone gets the person's full name" {
	run -0 ents tag-entities-news.txt
	assert_ent 'Paet' PERSON 'Urmas Paet'
	refute_line --regexp '^Paet	PERSON	Paet$'
}

@test "a hyphenated pair of names gives two entities" {
	run -0 ents tag-entities-news.txt
	assert_ent 'EU' ORG 'EU'
	assert_ent 'Russia' PLACE 'Russia'
	refute_line --partial "EU-Russia"
}

@test "nationalities are MISC and acronyms are kept" {
	run -0 ents tag-entities-news.txt
	assert_ent 'Estonian' MISC 'Estonian'
	assert_ent 'NATO' ORG 'NATO'
}

@test "a tour, an index's average or composite, a biennale and an airshow are MISC" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Harwick Tour' MISC 'Harwick Tour'
	assert_ent 'Dow Jones Industrial Average' MISC 'Dow Jones Industrial Average'
	assert_ent 'Corlay Airshow' MISC 'Corlay Airshow'
}

@test "Western as a proper adjective is MISC, inside a place's name it is not" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Western' MISC 'Western'
	assert_ent 'Western Samoa' PLACE 'Western Samoa'
}

@test "a Title Case headline of common words gives no entity" {
	run -0 ents tag-entities-news.txt
	refute_line --partial "Ransomware"
	refute_line --partial "Northern"
	refute_line --partial "Port"
}

@test "months, weekdays, I and sentence-initial words are not names" {
	run -0 ents tag-entities-news.txt
	refute_line --partial "Tuesday"
	refute_line --partial "March"
	refute_line --regexp '^I	'
	refute_line --partial "Police"
}

@test "a place after in is a PLACE" {
	run -0 ents tag-entities-news.txt
	assert_ent 'Rotterdam' PLACE 'Rotterdam'
}

@test "an -based compound tags the place before it" {
	run -0 ents tag-entities-caps.txt
	assert_ent 'Paris' PLACE 'Paris'
}

@test "an all-caps headline gives only names the lexicons know" {
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-caps.txt" | tag-entities -o | awk -F"\t" "\$2 == 1" | cut -f6-8'
	assert_output "$(printf 'NATO\tORG\tNATO\nMOSCOW\tPLACE\tMOSCOW')"
}

@test "a title makes a person and a head word makes an organisation" {
	run -0 ents tag-entities-caps.txt
	assert_ent 'Anna Smith' PERSON 'Anna Smith'
	assert_ent 'Oxford University' ORG 'Oxford University'
	assert_ent 'Smith' PERSON 'Anna Smith'
	refute_line --partial "Dr"
}

@test "a name first met in a headline is tagged there and in the body" {
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-headline.txt" | tag-entities -o | cut -f2,6-8'
	assert_line "$(printf '1\tMarkus Vaino\tPERSON\tMarkus Vaino')"
	assert_line "$(printf '1\tHelsinki\tPLACE\tHelsinki')"
	assert_line "$(printf '4\tVaino\tPERSON\tMarkus Vaino')"
	refute_line --partial "Startup"
}

@test "a month or weekday never opens a name, and a company can open a sentence" {
	run -0 ents tag-entities-time.txt
	assert_output "$(printf 'Jan Berg\tPERSON\tJan Berg\nTallinn\tPLACE\tTallinn\nApple\tORG\tApple')"
}

@test "every input record passes through before the entity records" {
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-time.txt" | tag-entities | cut -f5 | tr "\n" " "'
	assert_output "sentence entity entity sentence entity "
}

@test "raw text is split into sentences first" {
	run -0 sh -c 'tag-entities < "$FIXTURES/tag-entities-time.txt" | cut -f2,5,6 | head -2'
	assert_output "$(printf '1\tsentence\tOn Monday, Jan Berg flew to Tallinn.\n1\tentity\tJan Berg')"
}

@test "a missing lexicon is no error" {
	mkdir -p "$BATS_TEST_TMPDIR/data"
	cp "$LEDE_DATA"/*.txt "$BATS_TEST_TMPDIR/data"
	rm "$BATS_TEST_TMPDIR/data/given-names.txt" \
	    "$BATS_TEST_TMPDIR/data/organizations.txt"
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-caps.txt" | tag-entities -o -L "$BATS_TEST_TMPDIR/data" | cut -f6-7'
	assert_line "$(printf 'Anna Smith\tPERSON')"
}

@test "a document's names do not depend on the documents before it" {
	# The same article first, after 40,000 other distinct words, and
	# again: the lists' answers remembered across documents change
	# nothing.
	f="$FIXTURES/tag-entities-news.txt"
	{
		split-sentences "$f"
		awk 'BEGIN { for (i = 0; i < 40000; i++)
		    printf "Word%dx said Kalo%d went. ", i, i; print "" }' |
		    split-sentences | sed 's/^-/filler/'
		split-sentences "$f"
	} > "$BATS_TEST_TMPDIR/in.tsv"
	run -0 sh -c "tag-entities < '$BATS_TEST_TMPDIR/in.tsv' | awk -F'\t' '\$5 == \"entity\" && \$1 != \"filler\"' | cut -f2-"
	first=$(split-sentences "$f" | tag-entities | awk -F'\t' '$5 == "entity"' | cut -f2-)
	[ -n "$first" ]
	assert_output "$(printf '%s\n%s' "$first" "$first")"
}

@test "a particle added to entity-words.txt stays inside a name" {
	mkdir -p "$BATS_TEST_TMPDIR/data"
	cp "$LEDE_DATA"/*.txt "$BATS_TEST_TMPDIR/data"
	s="The envoy Karl vom Altenberg said he would resign."
	run -0 sh -c "echo '$s' | split-sentences | tag-entities -o -L '$BATS_TEST_TMPDIR/data' | cut -f6"
	assert_output "$(printf 'Karl\nAltenberg')"
	printf 'vom\tPARTICLE\n' >> "$BATS_TEST_TMPDIR/data/entity-words.txt"
	run -0 sh -c "echo '$s' | split-sentences | tag-entities -o -L '$BATS_TEST_TMPDIR/data' | cut -f6"
	assert_output "Karl vom Altenberg"
}

@test "without entity-model.txt the rules alone type the mentions" {
	mkdir -p "$BATS_TEST_TMPDIR/data"
	cp "$LEDE_DATA"/*.txt "$BATS_TEST_TMPDIR/data"
	rm -f "$BATS_TEST_TMPDIR/data/entity-model.txt"
	run -0 sh -c 'printf "Anna Smith met Bob Jones.\n" | split-sentences | tag-entities -o -L "$BATS_TEST_TMPDIR/data" | cut -f6-7'
	assert_line "$(printf 'Anna Smith\tPERSON')"
}

@test "entity-model.txt decides the type of a candidate" {
	mkdir -p "$BATS_TEST_TMPDIR/data"
	cp "$LEDE_DATA"/*.txt "$BATS_TEST_TMPDIR/data"
	printf 'w=zorblax\t0 900 0 0\n' > "$BATS_TEST_TMPDIR/data/entity-model.txt"
	run -0 sh -c 'printf "Anna Smith joined Zorblax in May.\n" | split-sentences | tag-entities -o -L "$BATS_TEST_TMPDIR/data" | cut -f6-7'
	assert_line "$(printf 'Zorblax\tORG')"
	printf 'w=zorblax\t0 0 0 900\n' > "$BATS_TEST_TMPDIR/data/entity-model.txt"
	run -0 sh -c 'printf "Anna Smith joined Zorblax in May.\n" | split-sentences | tag-entities -o -L "$BATS_TEST_TMPDIR/data" | cut -f6-7'
	refute_line --partial "Zorblax"
	assert_line "$(printf 'Anna Smith\tPERSON')"
}

@test "a dateline city in capitals is a place" {
	run -0 sh -c 'printf "OSLO, May 2 - The talks went on for hours.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'OSLO\tPLACE')"
}

@test "in a match report the places beside a score or a match verb are teams" {
	run -0 sh -c 'printf "Group F: Norway 2 – 1 Chile\n\nNorway beat Chile in Oslo. Later Peru faced Ghana, and Ghana lost.\n" | tag-entities -o | cut -f6,7 | sort -u'
	assert_output "$(printf 'Chile\tORG\nGhana\tORG\nNorway\tORG\nOslo\tPLACE\nPeru\tORG')"
}

@test "without a score beside a place, a country is a place" {
	run -0 sh -c 'printf "Norway beat inflation in 2-3 years. Chile faced a drought.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Norway\tPLACE\nChile\tPLACE')"
}

@test "@handles and #hashtags are not names" {
	run -0 sh -c 'printf "Follow @AnnaSmith and #FreeTheSeaLions, Anna Smith said.\n" | tag-entities -o | cut -f6'
	assert_output "Anna Smith"
}

@test "an acronym spelled out in common words is no name, one of an organisation is" {
	run -0 sh -c 'printf "The Compact Fluorescent Light (CFL) lasts. A CFL is cheap. The World Health Organization (WHO) agreed.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'World Health Organization\tORG\nWHO\tORG')"
}

@test "events, wars, works and products are MISC, with a place or a number after their head" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Ostend Jazz Festival' MISC 'Ostend Jazz Festival'
	assert_ent 'Vietnam War' MISC 'Vietnam War'
	assert_ent 'Google Chrome' MISC 'Google Chrome'
	assert_ent 'Windows XP' MISC 'Windows XP'
	assert_ent 'Harbour Expo Belgium' MISC 'Harbour Expo Belgium'
}

@test "Roman numerals, prefixes, shouted words, currency codes and common acronyms are no names" {
	run -0 ents tag-entities-misc.txt
	refute_line --regexp '^(XVII|Co|GMT|EUR|DKK|UNLESS|GP|Q&A|R&D|DJ)	'
	assert_ent 'Elizabeth II' PERSON 'Elizabeth II'
	assert_ent 'Maren Wouters' PERSON 'Maren Wouters'
}

@test "a role of a body in common words names no one; a nationality or a country makes an organisation" {
	run -0 ents tag-entities-misc.txt
	refute_line --regexp '^(Soil Survey|National Soil Survey)	'
	assert_ent 'Pieter Claes' PERSON 'Pieter Claes'
	assert_ent 'Belgian Red Cross' ORG 'Belgian Red Cross'
	assert_ent 'Harbourline UK' ORG 'Harbourline UK'
	refute_line --regexp 'PERSON	Pastafarianism$'
	assert_ent 'Kustnews' ORG 'Kustnews'
}

@test "an acronym the text spells out in common words is no name anywhere in it" {
	run -0 sh -c 'printf "The Digital Humanities (DH) field grows. Many in DH agree. NATO met.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'NATO\tORG')"
}

@test "a storm or an operation named after its kind is MISC; the kind word alone and a curly contraction are no names" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Typhoon Mireya' MISC 'Typhoon Mireya'
	assert_ent 'Storm Ciarra' MISC 'Storm Ciarra'
	assert_ent 'Operation Dune' MISC 'Operation Dune'
	refute_line --regexp '^(Open|We’ll|Mireya|Ciarra)	'
}

@test "a name in a headline in capitals is found as the body writes it" {
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-wire.txt" | tag-entities -o | awk -F"\t" "\$2 == 1" | cut -f6,7'
	assert_output "$(printf 'LINDQVIST\tPERSON\nOKONJO\tPERSON\nROTTERDAM\tPLACE')"
}

@test "a line of results makes its names teams; a player's country and set scores do not" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Harlow' ORG 'Harlow'
	assert_ent 'Dunmore' ORG 'Dunmore'
	assert_ent 'Castlebay' ORG 'Castlebay'
	assert_ent 'Korea' ORG 'Korea Republic'
	assert_ent 'Nigeria' PLACE 'Nigeria'
}

@test "a comma alone is an apposition, not a list; a list takes the type of its sure names" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Pedro Alvarenga' PERSON 'Pedro Alvarenga'
	assert_ent 'Lindqvist' PERSON 'Maria Lindqvist'
	refute_line --regexp '^Pedro Alvarenga	PLACE'
}

@test "a person after a nationality or a known place is a name of its own" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Swede' MISC 'Swede'
	assert_ent 'Maria Lindqvist' PERSON 'Maria Lindqvist'
	assert_ent 'Netherlands' PLACE 'Netherlands'
	assert_ent 'Tomasz Wierzbicki' PERSON 'Tomasz Wierzbicki'
}

@test "a sentence-initial common word stays on a name the document knows whole" {
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-wire.txt" | tag-entities -o | grep -c "	Star Wars	MISC	"'
	assert_output 2
}

@test "a common noun beside a name types it: the weekly X, the town of X, X province, X news agency" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Kronenblatt' ORG 'Kronenblatt'
	assert_ent 'Palvanes' PLACE 'Palvanes'
	assert_ent 'Quenhai' PLACE 'Quenhai'
	assert_ent 'Tarrow' ORG 'Tarrow'
}

@test "a name with a lower-case particle between hyphens is one name" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Gul-ur-Rahman' PERSON 'Gul-ur-Rahman'
	assert_ent 'Saint-Jean-de-Luz' PLACE 'Saint-Jean-de-Luz'
}

@test "results with scorers in brackets, fixtures with v and lines of a table name teams" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Corvale' ORG 'Corvale'
	assert_ent 'Aston Villa' ORG 'Aston Villa'
	refute_line --regexp '^Aston Villa	PERSON'
	assert_ent 'Ansel' PERSON 'Ansel'
}

@test "a known place opening a longer name makes a team or a body" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'New York Comets' ORG 'New York Comets'
}

@test "a place after in or from is no speaker; a noun after a name can make it an event or a company" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Ketapang Baru' PLACE 'Ketapang Baru'
	assert_ent 'Kessingham' MISC 'Kessingham'
	assert_ent 'Velmar' ORG 'Velmar'
}

@test "'and' between common words joins a name that ends in a head, not two names" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'National Search and Rescue Agency' ORG 'National Search and Rescue Agency'
	assert_ent 'Corvale Stock Exchange' ORG 'Corvale Stock Exchange'
	assert_ent 'Microsoft' ORG 'Microsoft'
	assert_ent 'Apple Inc' ORG 'Apple Inc'
	assert_ent 'Food and Drink Festival' MISC 'Food and Drink Festival'
	assert_ent 'Online Safety and Accountability Act' MISC 'Online Safety and Accountability Act'
	assert_ent 'Oxford Street' PLACE 'Oxford Street'
	assert_ent 'Regent Street' PLACE 'Regent Street'
}

@test "one unknown word with no cue is a name only if the document or the list of public figures knows it" {
	run -0 ents tag-entities-wire.txt
	refute_line --regexp '^Quillamar	'
	assert_ent 'Yeltsin' PERSON 'Yeltsin'
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-wire.txt" | tag-entities -o | grep -c "	Bexford	PERSON	"'
	assert_output 2
}

@test "a particle between hyphens types a word: ul, ur, bin a person, sur, upon a place" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Inzamam-ul-Haq' PERSON 'Inzamam-ul-Haq'
	assert_ent 'Sorel-sur-Loire' PLACE 'Sorel-sur-Loire'
}

@test "a headline in capitals with a one-letter word, and a dateline with its date, are read as headlines" {
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-wire.txt" | tag-entities -o | awk -F"\t" "\$2 == 25 || \$2 == 26" | cut -f6,7'
	assert_output "$(printf 'HARLOW\tORG\nDUNMORE\tORG\nNEW YORK\tPLACE')"
}

@test "several particles inside a name; a nationality and a ministry's word before a person stay outside" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Hans van den Broek' PERSON 'Hans van den Broek'
	assert_ent 'Todd Martin' PERSON 'Todd Martin'
	assert_ent 'Ali al-Naimi' PERSON 'Ali al-Naimi'
	refute_line --regexp '^(American Todd Martin|Saudi Oil)	'
}

@test "a common word opening a sentence stays when it opens a listed name (United States Coast Guard)" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'United States Coast Guard' ORG 'United States Coast Guard'
	refute_line --regexp '^States Coast Guard	'
}

@test "the word before a name's first 'of' or 'for' types it, and a list does not retype it" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Northern Council for the Care of Refugees' ORG 'Northern Council for the Care of Refugees'
	assert_ent 'Dana Whitcombe' PERSON 'Dana Whitcombe'
}

@test "a wire headline opened by a sport makes its places beside a match verb or a team word teams, but not a player's country" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'FIJI' ORG 'FIJI'
	assert_ent 'WALES' ORG 'WALES'
	assert_ent 'Wales' ORG 'Wales'
	assert_ent 'Fiji' ORG 'Fiji'
	assert_ent 'SUVA' PLACE 'SUVA'
	refute_line "$(printf 'Fiji\tPLACE\tFiji')"
}

@test "a line of results after the label of its town or pool, and entries of a table apart by commas, name teams; the town in the label is a place" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Exeter' PLACE 'Exeter'
	assert_ent 'Exeter' ORG 'Exeter'
	assert_ent 'Carlisle' ORG 'Carlisle'
	assert_ent 'Worcester' ORG 'Worcester'
	assert_ent 'Gloucester' ORG 'Gloucester'
	refute_line "$(printf 'Carlisle\tPLACE\tCarlisle')"
	refute_line "$(printf 'Gloucester\tPLACE\tGloucester')"
}

@test "a cricket card's fielder and bowler after c, b or st are people, and their runs no version" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Tambwe' PERSON 'Tambwe'
	assert_ent 'Okoronkwo' PERSON 'Okoronkwo'
	refute_line --partial 'Okoronkwo 45'
	refute_line --partial 'Okoronkwo 9'
}

@test "the names of a line-up after a label and a colon are people, a town's name too; a list of known places is no line-up" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Brannock' PERSON 'Brannock'
	assert_ent 'Kestrel-Vane' PERSON 'Kestrel-Vane'
	assert_ent 'Mackay' PERSON 'Mackay'
	assert_ent 'Saltire' PERSON 'Saltire'
	assert_ent 'Tullow' PERSON 'Tullow'
	assert_ent 'Ibadan' PLACE 'Ibadan'
	refute_line "$(printf 'Mackay\tPLACE\tMackay')"
}

@test "a line of figures after bracketed sides is no headline" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Atsuya Kondoh' PERSON 'Atsuya Kondoh'
	assert_ent 'Hatsuhiko Mennecke' PERSON 'Hatsuhiko Mennecke'
}

@test "a name the lists lack before a team's role and a person is a team" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Kallora' ORG 'Kallora'
	assert_ent 'Brent Hollister' PERSON 'Brent Hollister'
}

@test "an initial opening a scoreboard line stays on the name" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'R. Quayle' PERSON 'R. Quayle'
}

@test "a lower-case role noun before a name makes a person; a person's middle name alone is that person" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Preston Marlowe' PERSON 'Preston Marlowe'
	assert_ent 'Ibarra' PERSON 'Tomas Ibarra Lucero'
	assert_ent 'Daniel arap Moi' PERSON 'Daniel arap Moi'
}

@test "religions and peoples are MISC" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Moslem' MISC 'Moslem'
	assert_ent 'Hutu' MISC 'Hutu'
}

@test "a company named with its suffix is its first word alone, not the town of that name, and its headline without the suffix" {
	run -0 ents tag-entities-business.txt
	assert_ent 'GREENWOOD SOFTWARE' ORG 'GREENWOOD SOFTWARE'
	assert_ent 'Greenwood' ORG 'Greenwood Software Inc'
	refute_line --regexp '^Greenwood	PLACE'
}

@test "a role at a name makes a body; a title that names a place stays in it; two places are not joined by 'and'" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Pellman Brothers & Quist' ORG 'Pellman Brothers & Quist'
	assert_ent 'Queen Beatrix Stadium' PLACE 'Queen Beatrix Stadium'
	assert_ent 'Gaza Strip' PLACE 'Gaza Strip'
	assert_ent 'West Bank' PLACE 'West Bank'
}

@test "a MISC first word goes on over 'of', an event ends in Masters, and 'and the' joins no names" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Tour of Flanders' MISC 'Tour of Flanders'
	assert_ent 'Dutch Masters' MISC 'Dutch Masters'
	assert_ent 'Bank of England' ORG 'Bank of England'
	assert_ent 'Treasury' ORG 'Treasury'
}

@test "a given name in syllables stays on its name and the surname before it is the person; a nationality before an unlisted two-word name is cut off" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Roh Tae-sik' PERSON 'Roh Tae-sik'
	assert_ent 'Lau' PERSON 'Lau Kin-ming'
	assert_ent 'Bulgarian' MISC 'Bulgarian'
	assert_ent 'Hristo Vasev' PERSON 'Hristo Vasev'
	refute_line --regexp '^(NASA T-shirt|Paris-based)	'
}

@test "a Title Case headline with a figure or two is still a headline" {
	run -0 ents tag-entities-business.txt
	refute_line --regexp '^(EU Fines Greenwood Over|Million Deals)	'
	assert_ent 'EU' ORG 'EU'
}

@test "only a company's legal form makes its first word the company: a court's town stays a place" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Sheffield District Court' ORG 'Sheffield District Court'
	assert_ent 'Sheffield' PLACE 'Sheffield'
}

@test "a maker's model number or service word makes a product (MISC); a score after a company does not" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Apple Music' MISC 'Apple Music'
	assert_ent 'Google Pay' MISC 'Google Pay'
	assert_ent 'Boeing 777X' MISC 'Boeing 777X'
	assert_ent 'Airbus A321neo' MISC 'Airbus A321neo'
	assert_ent 'Boeing 767' MISC 'Boeing 767'
	assert_ent 'Microsoft' ORG 'Microsoft'
	refute_line --regexp '^(Apple 105|Samsung 99)	'
}

@test "a common word with a possessive inside a name that a head word ends stays in it" {
	run -0 ents tag-entities-business.txt
	assert_ent "People's Liberation Army" ORG "People's Liberation Army"
	assert_ent "Women's World Cup" MISC "Women's World Cup"
	assert_ent 'Brazil' PLACE 'Brazil'
}

@test "a club's first word makes the name after it a club" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Racing Santander' ORG 'Racing Santander'
	assert_ent 'Real Betis' ORG 'Real Betis'
	assert_ent 'Dynamo Kiev' ORG 'Dynamo Kiev'
	assert_ent 'Sporting Lisbon' ORG 'Sporting Lisbon'
}

@test "in a sports document a club word after a town ends a club, unless the two are a known place" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Stoke City' ORG 'Stoke City'
	assert_ent 'Sheffield Wednesday' ORG 'Sheffield Wednesday'
	assert_ent 'Derby County' ORG 'Derby County'
	assert_ent 'Mexico City' PLACE 'Mexico City'
	refute_line --regexp '^Wednesday	'
}

@test "an organisation's head word goes on over 'of' and a name of 'for' over 'in' and a place; a dam is a place; a town's name before an unknown word is a person" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Organisation for Security and Cooperation in Europe' ORG 'Organisation for Security and Cooperation in Europe'
	assert_ent 'Credit Guarantee Corporation of Malaysia' ORG 'Credit Guarantee Corporation of Malaysia'
	assert_ent 'Kariba Dam' PLACE 'Kariba Dam'
	assert_ent 'Sinan Oktay' PERSON 'Sinan Oktay'
	refute_line --regexp '^(Europe|Malaysia)	'
}

@test "a region that is no town and no given name before an unknown word makes a body" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Saskatchewan Hydro' ORG 'Saskatchewan Hydro'
	assert_ent 'Jurgen Falk' PERSON 'Jurgen Falk'
}

@test "a dateline in capitals before a dash is a place; a byline's names are people; a hyphenated place the lists know stays whole" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'NEW YORK' PLACE 'NEW YORK'
	assert_ent 'Trần Minh Khoa' PERSON 'Trần Minh Khoa'
	assert_ent 'Laura Pinheiro' PERSON 'Laura Pinheiro'
	assert_ent 'Rio Grande do Sul' PLACE 'Rio Grande do Sul'
	assert_ent 'Timor-Leste' PLACE 'Timor-Leste'
	assert_ent 'Northern Territory' PLACE 'Northern Territory'
	refute_line --regexp '^(YORK|Leste|Sul)	'
}

@test "a product's version number stays on it, a count does not; an event keeps its year; a known name with a digit is a name" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'G20' ORG 'G20'
	assert_ent 'Windows 11' MISC 'Windows 11'
	assert_ent 'Microsoft' ORG 'Microsoft'
	assert_ent 'Olympics 2024' MISC 'Olympics 2024'
	refute_line --regexp '^Microsoft 2	'
}

@test "a company noun before a comma or in the plural makes the names after it organisations, not a person's given name" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Velorta' ORG 'Velorta'
	assert_ent 'Quarnex' ORG 'Quarnex'
	assert_ent 'Roberto Maroni' PERSON 'Roberto Maroni'
}

@test "stock indices are MISC with their number; a name the lists know whole goes on over 'and'; foreign bank words head a company; a capitalised particle opens a name" {
	run -0 ents tag-entities-business.txt
	assert_ent 'FTSE 100' MISC 'FTSE 100'
	assert_ent 'Nikkei' MISC 'Nikkei'
	assert_ent 'Banco Quintela' ORG 'Banco Quintela'
	assert_ent 'Marks and Spencer' ORG 'Marks and Spencer'
	assert_ent 'Orlavex' ORG 'Orlavex'
	assert_ent 'Van der Brink' PERSON 'Van der Brink'
}

@test "a known company's first word opens a longer company name; the full stop of Inc. inside a sentence is the name's; the first word alone, a given name too, is that company" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Siemens Mobility' ORG 'Siemens Mobility'
	assert_ent 'Halvard Biologics Inc.' ORG 'Halvard Biologics Inc.'
	assert_ent 'Halvard' ORG 'Halvard Biologics Inc.'
}

@test "a hyphenated title and the letters after a name stay outside it; a name the lists know goes on over a short lower-case word; a town after 'in' is no part of an organisation's name" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Aimé Ntiruhungwa' PERSON 'Aimé Ntiruhungwa'
	assert_ent 'Ruth Abernethy' PERSON 'Ruth Abernethy'
	assert_ent 'Ilse Marquardt' PERSON 'Ilse Marquardt'
	assert_ent 'Dar es Salaam' PLACE 'Dar es Salaam'
	assert_ent 'Centre for Maritime Studies' ORG 'Centre for Maritime Studies'
	assert_ent 'Mombasa' PLACE 'Mombasa'
	refute_line --regexp '^(Lieutenant|Co-founder|Ruth Abernethy QC)'
}

@test "a model code of letters and digits makes a product of the name before it; a continent after a name makes a body; River opens a place; an ampersand makes a firm" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Galaxy S25' MISC 'Galaxy S25'
	assert_ent 'Aurion X7 Pro' MISC 'Aurion X7 Pro'
	assert_ent 'Partech Africa' ORG 'Partech Africa'
	assert_ent 'River Wenning' PLACE 'River Wenning'
	assert_ent 'Hallam & Price' ORG 'Hallam & Price'
}

@test "a dateline's town stays a place in a report on the club of that name" {
	run -0 sh -c "split-sentences '$FIXTURES/tag-entities-dateline.txt' | tag-entities -o | cut -f3-8"
	assert_line "$(printf '40\t44\tentity\tLYON\tPLACE\tLYON')"
	assert_line "$(printf '57\t61\tentity\tLyon\tORG\tLyon')"
}

@test "a place or body word of another language opens a place or an organisation, also before a particle" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Praça Sérgio Lobo' PLACE 'Praça Sérgio Lobo'
	assert_ent 'Rue de Vaugirard' PLACE 'Rue de Vaugirard'
	assert_ent 'Instituto Ferreira Lima' ORG 'Instituto Ferreira Lima'
	assert_ent 'Partido Verdeamarelo' ORG 'Partido Verdeamarelo'
}

@test "a person's surname alone is that person, not the company of that name the lists hold" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Ericsson' PERSON 'Henrik Ericsson'
	refute_line "$(printf 'Ericsson\tORG\tEricsson')"
}

@test "a byline before 'in' and a credit line name people; a title word after a given name is a surname; a model number goes on before 'and'; a compass word and a place are one place" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Olena Kravets' PERSON 'Olena Kravets'
	assert_ent 'Marit Solbakken' PERSON 'Marit Solbakken'
	assert_ent 'Tomás Ferreira' PERSON 'Tomás Ferreira'
	assert_ent 'Stephanie Pope' PERSON 'Stephanie Pope'
	assert_ent 'Boeing 777' MISC 'Boeing 777'
	assert_ent 'South Karelia' PLACE 'South Karelia'
	assert_ent 'Olympic' MISC 'Olympic'
}

@test "the names of a photo credit and of a translator are people, and the agency of a credit is no part of them" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Ilkka Raasakka' PERSON 'Ilkka Raasakka'
	assert_ent 'Annika Solberg' PERSON 'Annika Solberg'
	assert_ent 'Marta Wierzbowska' PERSON 'Marta Wierzbowska'
	assert_ent 'AP' ORG 'AP'
	refute_line --partial 'AP Photo'
}

@test "stock codes in brackets and the symbol after an exchange are no names" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Nestle SA' ORG 'Nestle SA'
	assert_ent 'Hallstatt Pharma AG' ORG 'Hallstatt Pharma AG'
	refute_line --regexp '^(NESZ|S|HK|HPHG|DE|NRVLT)	'
}

@test "a law named in common words with its acronym is a name, and so is the acronym; a title word opens a name that a MISCHEAD ends" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Digital Markets Act' MISC 'Digital Markets Act'
	assert_ent 'DMA' MISC 'Digital Markets Act'
	assert_ent 'General Data Protection Regulation' MISC 'General Data Protection Regulation'
	assert_ent 'GDPR' MISC 'General Data Protection Regulation'
}

@test "role words joined by 'and' before a title stay outside the name, and no role word is a name" {
	run -0 ents tag-entities-news.txt
	assert_ent 'Alexandre Sobral' PERSON 'Alexandre Sobral'
	assert_ent 'Ravi Menon' PERSON 'Ravi Menon'
	refute_line --regexp '^(Mines|Aviation|Civil)'
}

@test "a MISCPRE of two words opens an event; a Roman numeral after a name that is no given name makes a mission or a model" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Tropical Storm Odalys' MISC 'Tropical Storm Odalys'
	assert_ent 'Korvax III' MISC 'Korvax III'
}

@test "a body word before a known place makes an organisation" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Union Berlin' ORG 'Union Berlin'
	assert_ent 'Bank Austria' ORG 'Bank Austria'
}

@test "names listed after a place word are places, a given name among them too" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Brackwell' PLACE 'Brackwell'
	assert_ent 'Shelby' PLACE 'Shelby'
}

@test "a combining mark stays in its word; a nickname in quotes stays inside a person's name; a country before a known body makes one body" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Ifeoluwa Adébáyọ̀' PERSON 'Ifeoluwa Adébáyọ̀'
	assert_ent 'Adébáyọ̀' PERSON 'Ifeoluwa Adébáyọ̀'
	assert_ent 'Geoffrey "Geoff" Tilbury' PERSON 'Geoffrey "Geoff" Tilbury'
	assert_ent 'Tilbury' PERSON 'Geoffrey "Geoff" Tilbury'
	assert_ent 'U.S. Federal Reserve' ORG 'U.S. Federal Reserve'
}

@test "a nickname of up to three words stays inside a name after two given names, and makes it a person" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Maria Luzviminda "Luz Ann" Baltazar-Obsum' PERSON 'Maria Luzviminda "Luz Ann" Baltazar-Obsum'
	assert_ent 'Baltazar-Obsum' PERSON 'Maria Luzviminda "Luz Ann" Baltazar-Obsum'
}

@test "a line-up in Title Case is no headline: its names are people" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Christian Vellacott' PERSON 'Christian Vellacott'
	assert_ent 'Ferro-Lind' PERSON 'Ferro-Lind'
	assert_ent 'Ivo Kastelic' PERSON 'Ivo Kastelic'
	refute_line "$(printf 'Christian\tMISC\tChristian')"
}

@test "the surname of a player named in full is no team beside a score" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Ossian Pettersen' PERSON 'Ossian Pettersen'
	assert_ent 'Pettersen' PERSON 'Ossian Pettersen'
	refute_line "$(printf 'Pettersen\tORG\tPettersen')"
}

@test "a headline of a match's result before a colon makes its names teams" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Munster' ORG 'Munster'
	assert_ent 'Glasgow' ORG 'Glasgow'
	refute_line "$(printf 'Glasgow\tPLACE\tGlasgow')"
	assert_ent 'Thomond Park' PLACE 'Thomond Park'
}

@test "a given name and an unlisted surname in a line of results are a person" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Oliver Brandtner' PERSON 'Oliver Brandtner'
	assert_ent 'Paolo Venturelli' PERSON 'Paolo Venturelli'
}

@test "a head word alone goes on over 'and'; a name the lists know goes on over 'of' and up to three words; a compass word and a place open a sentence" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Securities and Exchange Board of India' ORG 'Securities and Exchange Board of India'
	assert_ent 'Commonwealth of Independent States' ORG 'Commonwealth of Independent States'
	assert_ent 'North Kazakhstan' PLACE 'North Kazakhstan'
}

@test "in a sports document a place before a cricket score is a team" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Essex' ORG 'Essex'
	assert_ent 'Derbyshire' ORG 'Derbyshire'
	assert_ent 'Chelmsford' PLACE 'Chelmsford'
}

@test "a nationality listed beside a name gives it no type" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Bjarne Holmgaard' PERSON 'Bjarne Holmgaard'
	assert_ent 'Spaniard' MISC 'Spaniard'
}

@test "initials with full stops before a name make a person, unless the lists know them; State ends a place" {
	run -0 ents tag-entities-news.txt
	assert_ent 'L.S. Lowrey' PERSON 'L.S. Lowrey'
	assert_ent 'H.S. Venkatesh Murthy' PERSON 'H.S. Venkatesh Murthy'
	assert_ent 'U.S. Steel' ORG 'U.S. Steel'
	assert_ent 'Nasarawa State' PLACE 'Nasarawa State'
}

@test "a saint's name with a possessive stays inside the name a head ends" {
	run -0 ents tag-entities-misc.txt
	assert_ent "Saint Mary's College" ORG "Saint Mary's College"
	assert_ent "St. John's Hospital" PLACE "St. John's Hospital"
}

@test "a body the lists know with its 's opens a longer name, a person's surname with one does not; Power and Endowment end bodies" {
	run -0 ents tag-entities-business.txt
	assert_ent "Moody's Investors Service" ORG "Moody's Investors Service"
	assert_ent 'Kestrel Power' ORG 'Kestrel Power'
	assert_ent 'National Endowment for the Arts' ORG 'National Endowment for the Arts'
	assert_ent 'Ellen Baker' PERSON 'Ellen Baker'
	assert_ent 'Labour Party' ORG 'Labour Party'
}

@test "a named facility is a place, but a body of 'for' is an organisation" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Brackley Convention Centre' PLACE 'Brackley Convention Centre'
	assert_ent 'Dunmore Hotel' PLACE 'Dunmore Hotel'
	assert_ent 'Vellacourt Gallery' PLACE 'Vellacourt Gallery'
	assert_ent 'Centre for Tidal Studies' ORG 'Centre for Tidal Studies'
}

@test "a lower-case prefix before a hyphen is no part of the name after it" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Ostrander' PERSON 'Marguerite Ostrander'
	assert_ent 'Halvard' PERSON 'Halvard'
	assert_ent 'EU' ORG 'EU'
	assert_ent 'Google' ORG 'Google'
	refute_line --partial 'anti-'
	refute_line --partial 'August'
}

@test "a lower-case prefix the lists hold with the name is part of it" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'sub-Saharan Africa' PLACE 'sub-Saharan Africa'
}

@test "an unknown name with a possessive, 's or s', is named" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Pellas' PERSON 'Pellas'
	assert_ent 'Dunmere' PERSON 'Dunmere'
}

@test "a common word before a number, and a form of address, are no names" {
	run -0 ents tag-entities-prose.txt
	refute_line --partial 'Figure'
	refute_line --partial 'Wave'
	refute_line --partial 'Room'
	refute_line --partial 'Honor'
	assert_ent 'Amelia Strand' PERSON 'Amelia Strand'
}

@test "a kind of work before a name, or a language word after it, makes it MISC" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Quiet Harbours' MISC 'Quiet Harbours'
	assert_ent 'Salt Meridian' MISC 'Salt Meridian'
	assert_ent 'Veluma' MISC 'Veluma'
	assert_ent 'Kessaran' MISC 'Kessaran'
	assert_ent 'Lisbon' PLACE 'Lisbon'
}

@test "the authors of a reference are people, each on their own" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Tarvenko' PERSON 'Tarvenko'
	assert_ent 'Quell' PERSON 'Quell'
	assert_ent 'Amsbury' PERSON 'Amsbury'
	assert_ent 'Rusk' PERSON 'Rusk'
	assert_ent 'Odegaard' PERSON 'Odegaard'
	assert_ent 'Pelletan' PERSON 'Pelletan'
	assert_ent 'Vantongeren' PERSON 'Vantongeren'
	refute_line --partial '&'
}

@test "letters before a currency sign are the currency, not a place" {
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-prose.txt" | tag-entities -o | grep -c "	entity	US	PLACE	"'
	assert_output 2
}

@test "a common word that opens a bracket is an author before a year; a church's or a land's word before 'of' makes a place" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Weaver' PERSON 'Weaver'
	assert_ent 'Tevalla' PLACE 'Tevalla'
	assert_ent 'Orbeno' PLACE 'Orbeno'
}

@test "a name before a year with no bracket is no author, and a title with its possessive is no name" {
	run -0 ents tag-entities-prose.txt
	refute_line --regexp '^(Wetland|Species|Regulations).*PERSON'
	refute_line --partial 'Attorney'
}

@test "common words in title case are no name unless a head word or a connector makes one" {
	run -0 ents tag-entities-prose.txt
	refute_line --partial 'Language Processing'
	refute_line --partial 'Property Rights'
	assert_ent 'Global Alliance Against Hunger' ORG 'Global Alliance Against Hunger'
}

@test "capitals and digits name an event or a model, but not a formula or a road number" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'COP31' MISC 'COP31'
	assert_ent 'A350' MISC 'A350'
	refute_line --partial 'CO2'
	refute_line --partial 'M25'
}

@test "a short form in brackets after a name takes its type and its NAME" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Coastal Society of Surveyors' ORG 'Coastal Society of Surveyors'
	assert_ent 'CSSurv' ORG 'Coastal Society of Surveyors'
}

@test "a body's first word after a given name is a surname: no name on over 'of'" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Joana P. Câmara' PERSON 'Joana P. Câmara'
	assert_ent 'University of the Algarve' ORG 'University of the Algarve'
	assert_ent 'Banco de Portugal' ORG 'Banco de Portugal'
}

@test "a romanised given name in syllables and a place's word before 'said' are a person" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Ha-eun Park' PERSON 'Ha-eun Park'
	assert_ent 'Co-op Bank' ORG 'Co-op Bank'
	refute_line --partial "$(printf 'Sinchon-dong\tPERSON')"
}

@test "a nationality of two words before a person's name is a name of its own" {
	run -0 ents tag-entities-people.txt
	assert_ent 'New Zealander' MISC 'New Zealander'
	assert_ent 'Hana Walker' PERSON 'Hana Walker'
	assert_ent 'Sri Lankan' MISC 'Sri Lankan'
	assert_ent 'Ruwan Perera' PERSON 'Ruwan Perera'
}

@test "a Korean given name ending in -won stays on the name" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Kim Dae-won' PERSON 'Kim Dae-won'
}

@test "a word and a double-barrelled surname are a person, even after 'to'" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Caoimhe Brennan-Okafor' PERSON 'Caoimhe Brennan-Okafor'
	assert_ent 'North Rhine-Westphalia' PLACE 'North Rhine-Westphalia'
}

@test "a body the lists know goes on over 'and' after its 'of', but not before a title or a given name" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Ministry of Health and Social Care' ORG 'Ministry of Health and Social Care'
	assert_ent 'University of Cambridge' ORG 'University of Cambridge'
	assert_ent 'Ilse Marten' PERSON 'Ilse Marten'
}

@test "a lone given name after a person's name and 'of' is where the person is from" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Greta Vossberg' PERSON 'Greta Vossberg'
	assert_ent 'Kiel' PLACE 'Kiel'
}

@test "a school district is a body, other districts places" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Marlow Creek Independent School District' ORG 'Marlow Creek Independent School District'
	assert_ent 'Central Business District' PLACE 'Central Business District'
}

@test "a lower-case feature of the land after a name makes it a place" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Varnook' PLACE 'Varnook'
	assert_ent 'Tessel' PLACE 'Tessel'
}

@test "a place's head and a compass word end a place, after a title too" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Queen Street West' PLACE 'Queen Street West'
	assert_ent 'Harbour Road South' PLACE 'Harbour Road South'
}

@test "a place is not named after a longer name holding its words" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Denver' PLACE 'Denver'
	assert_ent 'Australia' PLACE 'Australia'
	assert_ent 'Denver International Airport' PLACE 'Denver International Airport'
	refute_line "$(printf 'Fort Aldane\tPLACE\tFort Aldane Historic Park')"
	assert_ent 'Fort Aldane' PLACE 'Fort Aldane'
}

@test "a body's name goes on over a list of common words with commas, not over places" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Ministry of Fisheries, Forestry and Tourism' ORG 'Ministry of Fisheries, Forestry and Tourism'
	assert_ent 'Grain, Timber and Wool Exchange' ORG 'Grain, Timber and Wool Exchange'
	assert_ent 'Ministry of Defence' ORG 'Ministry of Defence'
	assert_ent 'Norway' PLACE 'Norway'
	assert_ent 'Denmark' PLACE 'Denmark'
}

@test "a dotted short form that leaves out its last stop is still known" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'U.S' PLACE 'U.S'
}

@test "a body's head goes on over \"to\" and a common word, not over a name with a head of its own" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Council to Restore Wetlands' ORG 'Council to Restore Wetlands'
	assert_ent 'Harbor Weekly' ORG 'Harbor Weekly'
	assert_ent 'Crest Magazine' ORG 'Crest Magazine'
}

@test "a country or region with the ending of a people is a nationality" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Zairean' MISC 'Zairean'
	assert_ent 'Kashmiri' MISC 'Kashmiri'
}

@test "capitals right before a currency sign are no place, after a bracket too" {
	run -0 ents tag-entities-prose.txt
	refute_line "$(printf 'A\tPLACE\tA')"
	# "(US$4 million) before the US approved": one place in that sentence
	run -0 us_in_sentence 'A$6'
	assert_equal "${#lines[@]}" 1
	assert_line --partial '	US	PLACE	US'
}

@test "a list of common words with commas goes on a body's name of \"for\"" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Department for Rivers, Soil and Rural Affairs' ORG 'Department for Rivers, Soil and Rural Affairs'
}

@test "a company's legal form ends its name before \"of\" and a place" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Torvane AG' ORG 'Torvane AG'
	assert_ent 'Germany' PLACE 'Germany'
	assert_ent 'Quillon SA' ORG 'Quillon SA'
	assert_ent 'Krakow' PLACE 'Krakow'
}

@test "a nationality stays outside a ministry's name" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Estonian' MISC 'Estonian'
	assert_ent 'Foreign Ministry' ORG 'Foreign Ministry'
	assert_ent 'Thai' MISC 'Thai'
	assert_ent 'Ministry of Commerce' ORG 'Ministry of Commerce'
}

@test "an acronym of a common noun opens a law's name, not a lone department's" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'AI Act' MISC 'AI Act'
	refute_line --partial 'IT Department'
}

@test "a title before a body's head and \"for\" is part of the body's name" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'General Authority for Mapping' ORG 'General Authority for Mapping'
	refute_line --partial 'PERSON	Authority'
}

@test "a spelled-out short form with a capitalised head is a name" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Northern Authority for Water Supply' ORG 'Northern Authority for Water Supply'
	assert_ent 'NAWS' ORG 'Northern Authority for Water Supply'
}

@test "unknown words after \"the\" are a place after \"at\", else a body, not a person" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Orsini Brazzo' PLACE 'Orsini Brazzo'
	assert_ent 'Kanto Hibiki Shimbun' ORG 'Kanto Hibiki Shimbun'
}

@test "a hyphenated pair in a capitals headline gives two names" {
	run -0 sh -c 'printf "ISRAELI-PALESTINIAN TALKS STALL AS EU-RUSSIA TIES FRAY\n\nNegotiators met on Sunday.\n" | tag-entities -o | cut -f6-8'
	assert_line "$(printf 'ISRAELI\tMISC\tISRAELI')"
	assert_line "$(printf 'PALESTINIAN\tMISC\tPALESTINIAN')"
	assert_line "$(printf 'EU\tORG\tEU')"
	assert_line "$(printf 'RUSSIA\tPLACE\tRUSSIA')"
}

@test "a big city named like a common word is a place inside a sentence" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Phoenix' PLACE 'Phoenix'
}

@test "a given name alone in a list of places after a place word is a place, also when \"the\" opens the last name" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Logan' PLACE 'Logan'
	assert_ent 'Sunshine Coast' PLACE 'Sunshine Coast'
}

@test "a given name alone in a list of sure places is a place" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Eugene' PLACE 'Eugene'
	assert_ent 'Boise' PLACE 'Boise'
	refute_line "$(printf 'Eugene\tPERSON\tEugene')"
}

@test "a publication's leading The stays outside its name" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Observer' ORG 'Observer'
	assert_ent 'Lancet' ORG 'Lancet'
	refute_line --partial 'The Lancet'
}

@test "Team opens a team's name, and a head word before a role is no name" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Team Orvella' ORG 'Team Orvella'
	refute_line --regexp '^Team	'
}

@test "a common word's possessive before a head is inside the body's name" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Data Commissioner’s Office' ORG 'Data Commissioner’s Office'
	assert_ent "Farmers' Party" ORG "Farmers' Party"
	assert_ent 'Russia' PLACE 'Russia'
	assert_ent 'Ministry of Culture' ORG 'Ministry of Culture'
}

@test "an award's name goes on over \"for\" or \"in\" and a common word" {
	run -0 ents tag-entities-prose.txt
	assert_ent "Women's Prize for Poetry" MISC "Women's Prize for Poetry"
	assert_ent 'Harlan Prize in Geology' MISC 'Harlan Prize in Geology'
	refute_line --regexp '^Poetry	'
}

@test "a dateline's town named like a common word is a place, and so is any name before an agency or a region" {
	run -0 sh -c 'printf "WELLINGTON, Aug 22 (Reuters) - The ferry sank.\n\nPINE HOLLOW, Texas \342\200\224 The board met.\n\nSPLIT 1996-08-22\n\nTalks ended.\n" | tag-entities -o | cut -f6-8'
	assert_line "$(printf 'WELLINGTON\tPLACE\tWELLINGTON')"
	assert_line "$(printf 'PINE HOLLOW\tPLACE\tPINE HOLLOW')"
	assert_line "$(printf 'SPLIT\tPLACE\tSPLIT')"
	refute_line --regexp '^PINE	'
}

@test "a place's first word makes a place of unknown words, before a reporting verb too" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'County Orran' PLACE 'County Orran'
	refute_line --regexp '^County Orran	PERSON'
}

@test "unknown words that end in a common noun's plural are a body, not a person" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Brackwell Homes' ORG 'Brackwell Homes'
	assert_ent 'Tarvik Micro Devices' ORG 'Tarvik Micro Devices'
}

@test "a surname's particles stay in a later mention when the full name has them" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Ilse van der Brink' PERSON 'Ilse van der Brink'
	assert_ent 'van der Brink' PERSON 'Ilse van der Brink'
	assert_line --regexp '^Van der Brink	PERSON	'
	refute_line --partial 'Later van'
}

@test "the US parties' adjectives are MISC, their parties ORG" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Republican' MISC 'Republican'
	assert_ent 'Democratic' MISC 'Democratic'
	assert_ent 'Democratic Party' ORG 'Democratic Party'
}

@test "a hyphenated pair of known names gives two, the second of several words too" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'CNN' ORG 'CNN'
	assert_ent 'USA Today' ORG 'USA Today'
	refute_line --partial 'CNN-USA'
}

@test "a place before a team's role and a name makes a sports report; teams face and play; a list that holds a team is of teams" {
	run -0 ents tag-entities-teams.txt
	assert_ent 'Bordeaux' ORG 'Bordeaux'
	assert_ent 'Munster' ORG 'Munster'
	assert_ent 'Ulster' ORG 'Ulster'
	assert_ent 'Wales' ORG 'Wales'
	assert_ent 'Georgia' ORG 'Georgia'
	assert_ent 'Romania' ORG 'Romania'
	assert_ent 'Cork' PLACE 'Cork'
}

@test "\"to\" before one unknown word makes a place only when the document says so elsewhere" {
	run -0 ents tag-entities-prose.txt
	refute_line --regexp '^Ordanius	PLACE'
	run -0 sh -c "split-sentences '$FIXTURES/tag-entities-prose.txt' | tag-entities -o | awk -F'\t' '\$6 == \"Tavessa\" && \$7 == \"PLACE\"' | wc -l"
	assert_output 2
}

@test "peoples and periods of history are MISC; an empire and a state of a time are places" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Roman' MISC 'Roman'
	assert_ent 'Ottoman Empire' PLACE 'Ottoman Empire'
	assert_ent 'Nazi Germany' PLACE 'Nazi Germany'
}

@test "a town, a comma and a US state as AP writes it are two places, the state with its stop" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Harlan Falls' PLACE 'Harlan Falls'
	assert_ent 'Ore.' PLACE 'Ore.'
	assert_ent 'Orvin' PLACE 'Orvin'
	assert_ent 'Tenn.' PLACE 'Tenn.'
}

@test "a nationality before a person's name stays outside it; a name with particles is a person" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Kenyan' MISC 'Kenyan'
	assert_ent 'Odhiambo Kiprotich' PERSON 'Odhiambo Kiprotich'
	assert_ent 'Dutchman' MISC 'Dutchman'
	assert_ent 'Pieter van der Kolk' PERSON 'Pieter van der Kolk'
	assert_ent 'Tomas de los Reyes' PERSON 'Tomas de los Reyes'
}

@test "a capitalised prefix and a word that make one common word stay in a name; Centres heads a body" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Council for Trade and Co-operation in Asia' ORG 'Council for Trade and Co-operation in Asia'
	assert_ent 'Orvan Centres for Disease Control and Prevention' ORG 'Orvan Centres for Disease Control and Prevention'
}

@test "festivals are MISC, and a festival's head word ends one (Mela, Puja)" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Diwali' MISC 'Diwali'
	assert_ent 'Sonepur Mela' MISC 'Sonepur Mela'
	assert_ent 'Chhath Puja' MISC 'Chhath Puja'
}

@test "a label of common words in capitals before a colon is no name; nor are capitals before any currency sign" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Ibadan' PLACE 'Ibadan'
	refute_line --regexp '^(READ|ALSO|ALSO READ|GH)	'
}

@test "ten is a particle, and a particle goes on after an initial" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Ruud ten Brinkhorst' PERSON 'Ruud ten Brinkhorst'
	assert_ent 'M. van Loenhout' PERSON 'M. van Loenhout'
}

@test "no name ends in a lower-case particle" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Namur' PLACE 'Namur'
	refute_line --regexp ' (de|van|von|da)	'
}

@test "a known town that opens a company's name is the town after a compass word" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Kanpur Development Corporation' ORG 'Kanpur Development Corporation'
	assert_ent 'Kanpur' PLACE 'Kanpur'
	refute_line "$(printf 'Kanpur\tORG\tKanpur Development Corporation')"
}

@test "a sentence's first word made of common words is no part of the name after it" {
	run -0 ents tag-entities-prose.txt
	assert_line --regexp '^Velantis	'
	assert_ent 'Orin Baskey' PERSON 'Orin Baskey'
	refute_line --partial 'Carmaker'
	refute_line --partial 'Left-hander'
}

@test "before a name of two words, a role the list lacks (Frontwoman, Scrum-half) is no part of it" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Kesia Dunmore' PERSON 'Kesia Dunmore'
	assert_ent 'Ilar Pennick' PERSON 'Ilar Pennick'
	refute_line --partial 'Frontwoman'
	refute_line --partial 'Scrum-half'
}

@test "a verb only a person does after a name outweighs a place's preposition before it" {
	run -0 ents tag-entities-verbs.txt
	refute_line --partial 'PLACE'
	run -0 sh -c "split-sentences '$FIXTURES/tag-entities-verbs.txt' | tag-entities -o | awk -F'\t' '\$6 == \"Varsenius\" && \$7 == \"PERSON\"' | wc -l"
	assert_output 3
}

@test "a head word keeps the title or the sentence's first word before it" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Queen Street' PLACE 'Queen Street'
	assert_ent 'Transport Department' ORG 'Transport Department'
	assert_ent 'Justice Center' PLACE 'Justice Center'
	refute_line --regexp '^(Street|Department|Center)	'
	refute_line --regexp '^(A Commission|Six Democrats)	'
}

@test "a company named after its trade is a body, after \"in\" too" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Korvane Robotics' ORG 'Korvane Robotics'
	assert_ent 'Tallis Biotech' ORG 'Tallis Biotech'
}

@test "a body named with \"of\" or \"for\" ends before its possessive" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Department for Tourism' ORG 'Department for Tourism'
	refute_line --partial 'Tourism’s'
}

@test "a headline stays one with a possessive or a quoted title at its end" {
	run -0 ents tag-entities-headline-marks.txt
	assert_ent 'Ostrand Freight' ORG 'Ostrand Freight'
	refute_line --partial 'Buy Ostrand'
	refute_line --partial 'Creating Europe'
	refute_line --partial 'Crowds'
}

@test "a name stops before a hyphen and a participle" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Hanoi' PLACE 'Hanoi'
	assert_ent 'Hong Kong' PLACE 'Hong Kong'
	assert_ent 'Kremlin' PLACE 'Kremlin'
	refute_line --partial 'driven'
	refute_line --partial 'controlled'
}

@test "a telescope's name is MISC, though a person's name opens it" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Orrin Vale Space Telescope' MISC 'Orrin Vale Space Telescope'
}

@test "Port opens a place's name with \"of\", and a body's head after it makes a body" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Port of Velsen Authority' ORG 'Port of Velsen Authority'
	assert_ent 'Port of Velsen' PLACE 'Port of Velsen'
}

@test "a language is MISC, and a given name that names one too opens a person's name" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Yoruba' MISC 'Yoruba'
	assert_ent 'Tagalog' MISC 'Tagalog'
	assert_ent 'Dakota Verhoef' PERSON 'Dakota Verhoef'
}

@test "a given name written with accents the list has not opens a long name" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Inés Ibarrola Quintanilla Ferreiro' PERSON \
	    'Inés Ibarrola Quintanilla Ferreiro'
}

@test "an age in commas after a name makes it a person's" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Tran Van Hoang Long' PERSON 'Tran Van Hoang Long'
}

@test "a nickname in quotes stays inside a name no list knows" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Kwesi "Kojo" Darkwa' PERSON 'Kwesi "Kojo" Darkwa'
}

@test "an appositive's head types the name before it: a startup, a town" {
	run -0 ents tag-entities-firms.txt
	assert_ent 'Velkor' ORG 'Velkor'
	assert_ent 'Qarrow' PLACE 'Qarrow'
	assert_ent 'Orsolya Brenvik' PERSON 'Orsolya Brenvik'
}

@test "an unknown name that ends in a common word, or has a capital inside, is no person's" {
	run -0 ents tag-entities-firms.txt
	assert_ent 'Tarvik Orbital' ORG 'Tarvik Orbital'
	assert_ent 'GlowDeck Arcade' ORG 'GlowDeck Arcade'
}

@test "a later mention with evidence only as strong keeps the type the document gave the name first" {
	run -0 types_of tag-entities-firms.txt Velkor
	assert_output "$(printf '%7d ORG' 2)"
}

@test "a known company before a last word, an acronym's end and a plural head make a body" {
	run -0 ents tag-entities-firms.txt
	assert_ent 'Standard Chartered Research' ORG 'Standard Chartered Research'
	assert_ent 'Brennock ISD' ORG 'Brennock ISD'
	assert_ent 'Lavinia Public Schools' ORG 'Lavinia Public Schools'
}

@test "a dateline's town in capitals that no list holds is a place, not an acronym's body" {
	run -0 ents tag-entities-dateline-town.txt
	assert_ent 'MARBURY' PLACE 'MARBURY'
}

@test "the later names of a list after a place word are places, and so is the town after an age" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Parvel' PLACE 'Parvel'
	assert_ent 'Tellick' PLACE 'Tellick'
	assert_ent 'Ormsbury' PLACE 'Ormsbury'
	assert_ent 'Danmoor' PLACE 'Danmoor'
}

@test "a role at a name makes it a body, though a given name opens it; an association before a name does too" {
	run -0 ents tag-entities-firms.txt
	assert_ent 'Orla Dunne' PERSON 'Orla Dunne'
	assert_ent 'Morgan Pryce' ORG 'Morgan Pryce'
	assert_ent 'Velsta' ORG 'Velsta'
}

@test "a name \"known as\" another takes its type" {
	run -0 types_of tag-entities-firms.txt Aquivar
	assert_output "$(printf '%7d ORG' 2)"
}

@test "a dateline's town with a place word after it is a place" {
	run -0 ents tag-entities-dateline-city.txt
	assert_ent 'SALVERNO CITY' PLACE 'SALVERNO CITY'
}

@test "a seed's number and hyphen before a player's name stay outside it" {
	run -0 ents tag-entities-seeds.txt
	assert_ent 'Olena Varga' PERSON 'Olena Varga'
	assert_ent 'Tereza Holmberg' PERSON 'Tereza Holmberg'
}

@test "a Title Case first line with stops is a headline: only the names the body knows" {
	run -0 ents tag-entities-headline-stops.txt
	assert_ent 'Orla Vance' PERSON 'Orla Vance'
	refute_line --partial 'Wants'
	refute_line --partial 'Agrees'
}

@test "a Malaysian honorific stays outside the name" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Amran Yusof' PERSON 'Amran Yusof'
	refute_line --partial 'Datuk'
}

@test "a name that is the whole of a double quotation is a work's title, MISC" {
	run -0 ents tag-entities-works.txt
	assert_ent 'Quiet Street' MISC 'Quiet Street'
	assert_ent 'Tavoli Nyar' MISC 'Tavoli Nyar'
}

@test "a quoted title keeps its The and small words; a comma inside the marks stays out" {
	run -0 ents tag-entities-works.txt
	assert_ent 'The Lantern Keepers' MISC 'The Lantern Keepers'
	assert_ent 'A Grammar of Frost' MISC 'A Grammar of Frost'
	assert_ent 'Tidewatch 2: Iron Coast' MISC 'Tidewatch 2: Iron Coast'
	assert_ent 'Keep It Open' MISC 'Keep It Open'
	# one common word in quotes is no title
	refute_line --partial $'\tGood\t'
	# unquoted later, the title keeps its "The" all the same
	run -0 types_of tag-entities-works.txt 'The Lantern Keepers'
	assert_output "$(printf '%7d MISC' 2)"
}

@test "a firm's name may end in AI; a common word before AI at a sentence's start is no name" {
	run -0 ents tag-entities-firms.txt
	assert_ent 'Brontide AI' ORG 'Brontide AI'
	refute_line --partial 'Generative'
}

@test "four names or more, none a common word, a head or an acronym, are a person" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Đào Thị Minh Khuê' PERSON 'Đào Thị Minh Khuê'
}

@test "the \"to\" of a prize given is no place cue" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Wen Liyan' PERSON 'Wen Liyan'
	assert_ent 'Oskari Tuulos' PERSON 'Oskari Tuulos'
}

@test "a place cue that opens the sentence types the name after \"of\"" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Lesna Wola' PLACE 'Lesna Wola'
	assert_ent 'Borek' PLACE 'Borek'
}

@test "a model's code alone before an edition word is a product, MISC" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'R4 Ultra Max' MISC 'R4 Ultra Max'
	assert_ent 'V9 Pro' MISC 'V9 Pro'
	refute_line --partial 'M25'
	# not before another word: the model the document named
	assert_ent 'K3' MISC 'Lumen K3'
}

@test "a month's short name after a particle stays in the name" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Villa del Mar' PLACE 'Villa del Mar'
}

@test "a coined name and a version number are a product, MISC" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Quorvel 3' MISC 'Quorvel 3'
	assert_ent 'Quorvel Aero 2' MISC 'Quorvel Aero 2'
	# a list of players and their tries
	refute_line --partial 'Batiwale 2'
	# a player's runs in brackets, a try count of a known surname
	refute_line --partial 'Brennick 88'
	assert_ent 'Amberley' PERSON 'Joss Amberley'
	refute_line --partial 'Amberley 2'
	# a road's number before "highway"
	refute_line --partial 'Vía 45'
}

@test "a coined word, a hyphen and digits name a mission or a model" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Varuni-3' MISC 'Varuni-3'
	assert_ent 'ICESat-2' MISC 'ICESat-2'
	refute_line --partial 'Covid-19'
	refute_line --partial 'Top-10'
}

@test "a name and a year name an event, a programme or a product" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Lisbon 2031' MISC 'Lisbon 2031'
	assert_ent 'Expo 2035' MISC 'Expo 2035'
	assert_ent 'Korrin 2077' MISC 'Korrin 2077'
	refute_line --partial 'Summer 2030'
	refute_line --partial 'Marsh 1997'
	assert_ent 'Mwanza' PLACE 'Mwanza'
}

@test "the sides of a match line with a score are teams, not players with given names" {
	run -0 ents tag-entities-match.txt
	assert_ent 'Rytas Vilnius' ORG 'Rytas Vilnius'
	assert_ent 'Pallacanestro Dravenna' ORG 'Pallacanestro Dravenna'
	assert_ent 'Dravenna' ORG 'Pallacanestro Dravenna'
	# the town in a quote stays a place
	assert_ent 'Vilnius' PLACE 'Vilnius'
	# a match of sets is between players
	assert_ent 'Maja Lindqvist' PERSON 'Maja Lindqvist'
}

@test "a common word and a capital letter are no name, but a head word's are" {
	run -0 ents tag-entities-modern.txt
	refute_line --partial 'Series B'
	refute_line --partial 'Plan B'
	assert_line --regexp '^Group F	'
}

@test "\"X\" after on, to or via is the service, MISC" {
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-modern.txt" | tag-entities -o | awk -F"\t" "\$6 == \"X\"" | cut -f7 | uniq -c'
	assert_output --regexp '^ *2 MISC$'
}

@test "a body word of another language opens a name, a trade ends one, a road's word ends a place" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Sindicato Minero de Tolvaca' ORG 'Sindicato Minero de Tolvaca'
	assert_ent 'Defensoría del Pueblo' ORG 'Defensoría del Pueblo'
	assert_ent 'Orlen Vasko Consulting' ORG 'Orlen Vasko Consulting'
	assert_ent 'Pellmar Architects' ORG 'Pellmar Architects'
	assert_ent 'Garrow Drive' PLACE 'Garrow Drive'
	assert_ent 'Radio Tenzal' ORG 'Radio Tenzal'
}

@test "streaming services are MISC, as other online services" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Spotify' MISC 'Spotify'
	assert_ent 'Netflix' MISC 'Netflix'
}

@test "a role's word after \"and\" in a body's name stays in it, and no name ends in \"and\"" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'High Court of Review and Justice' ORG 'High Court of Review and Justice'
	refute_line --regexp ' (and|of)	'
}

@test "a given name alone after in or from is a place; a Spanish article opens a place's name, or a speaking body's; a facility's word ends a place's" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Benton' PLACE 'Benton'
	assert_ent 'Kelvor Prison' PLACE 'Kelvor Prison'
	assert_ent 'Dannik Barracks' PLACE 'Dannik Barracks'
	assert_ent 'Sarnen Pass' PLACE 'Sarnen Pass'
	# not with a possessive, nor before "versus"
	assert_ent 'Shaw' PERSON 'Shaw'
	assert_ent 'Kennedy' PERSON 'Kennedy'
	assert_ent 'El Granado' PLACE 'El Granado'
	assert_ent 'El Vigilante' ORG 'El Vigilante'
}

@test "a photo credit after a colon or an agency's slash names a person, its agency after the slash a body; a byline ends at a bar" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Ilse Vermaat' PERSON 'Ilse Vermaat'
	assert_ent 'Kustblad' ORG 'Kustblad'
	assert_ent 'Dewi Prameswari' PERSON 'Dewi Prameswari'
	assert_ent 'Oskar Lindahl' PERSON 'Oskar Lindahl'
	assert_ent 'Shutterstock' ORG 'Shutterstock'
}

@test "a name of two words after an agency in capitals and a slash is the photographer" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'AAP' ORG 'AAP'
	assert_ent 'Torvald Quist' PERSON 'Torvald Quist'
}

@test "a reporting verb after a name stops the look for an organisation's cue word after it" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Ruth Kamau' PERSON 'Ruth Kamau'
	refute_line "$(printf 'Ruth Kamau\tORG\tRuth Kamau')"
}

@test "\"and\" of another language goes on in a name such a language's body word opens; honorifics and Irish TDs are titles" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Instituto Nacional de Pesca e Acuicultura' ORG 'Instituto Nacional de Pesca e Acuicultura'
	assert_ent 'Instituto Portuário do Norte e da Ria' ORG 'Instituto Portuário do Norte e da Ria'
	assert_ent 'Garba Tukur Danladi' PERSON 'Garba Tukur Danladi'
	assert_ent 'Eimear Colgan' PERSON 'Eimear Colgan'
	assert_ent 'Fianna Fáil' ORG 'Fianna Fáil'
	assert_ent 'Kano Trade Fair Complex' PLACE 'Kano Trade Fair Complex'
}

@test "a body's head word before its town inside a name makes a body" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Danbatta University Kaduna' ORG 'Danbatta University Kaduna'
}

@test "a word that is no given name, a particle and a known place make a body; after a place word a place" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Tramvia de Girona' ORG 'Tramvia de Girona'
	assert_ent 'Valle de Girona' PLACE 'Valle de Girona'
	refute_line --regexp '^Girona	'
}

@test "honorifics of South Asia and East Africa stay outside a person's name" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Kavita Raghunath' PERSON 'Kavita Raghunath'
	assert_ent 'Otieno Kibet' PERSON 'Otieno Kibet'
	refute_line --partial 'Smt'
	refute_line --partial 'Mzee'
}

@test "a role that ends a body's name after \"of the\" stays in it; a plus touching a name's end is part of it" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Office of the Harbour Commissioner' ORG 'Office of the Harbour Commissioner'
	assert_ent 'OPEC+' ORG 'OPEC+'
}

@test "after a role and \"of the\", a body headed anywhere is named whole, and no name opens with \"of\"" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Reserve Bank of Marovia' ORG 'Reserve Bank of Marovia'
	assert_ent 'Tendai Okwuosa-Brandt' PERSON 'Tendai Okwuosa-Brandt'
	assert_ent 'Bank of England' ORG 'Bank of England'
	assert_ent 'Ciaran Dunleavy' PERSON 'Ciaran Dunleavy'
	refute_line --regexp '^of '
	refute_line --partial 'State for Sport'
}

@test "a unit after a number, a time zone after a clock time and a weekday's short form are no names" {
	run -0 ents tag-entities-heads.txt
	refute_line --regexp $'^(BST|ET|MW|IST|Tue)\t'
	assert_ent 'Pune' PLACE 'Pune'
	assert_ent 'PT' ORG 'PT'
}

@test "Welsh, Kenyan and Malay particles stay inside a person's name" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Owain ap Dafydd' PERSON 'Owain ap Dafydd'
	assert_ent 'Kioko wa Mutua' PERSON 'Kioko wa Mutua'
	assert_ent 'Nur Aina binti Yusof' PERSON 'Nur Aina binti Yusof'
}

@test "a nationality before a word the document has as a person's surname stays outside" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Larsson' PERSON 'Larsson'
	assert_ent 'Ingvar Larsson' PERSON 'Ingvar Larsson'
	refute_line --partial 'Swede Larsson'
}

@test "a name of two words or more the document has typed, even weakly, is typed in a results line" {
	run -0 sh -c 'split-sentences "$FIXTURES/tag-entities-heads.txt" | tag-entities -o | grep -c "	Oihan Zubeldia	PERSON	"'
	assert_output 2
}

@test "a lake's, a mountain's or an island's word of another language opens a place's name" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Lac Verdal' PLACE 'Lac Verdal'
	assert_ent 'Gunung Tamari' PLACE 'Gunung Tamari'
}

@test "a preposition opening a sentence is no part of the body's name after it" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Senate' ORG 'Senate'
	assert_ent 'Parliament' ORG 'Parliament'
	refute_line --partial 'Under Senate'
	refute_line --partial 'Despite Parliament'
}

@test "entity-words.txt lists each word once, as only the first line of a word counts" {
	run -0 sh -c "grep -v '^#' '$LEDE_DATA/entity-words.txt' | cut -f1 | sort | uniq -d"
	assert_output ''
}

@test "a compass word or Metro before a known place makes a place" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Metro Manila' PLACE 'Metro Manila'
	assert_ent 'Greater Accra' PLACE 'Greater Accra'
}

@test "a line of several results, apart by semicolons, after a label, is teams, not a line-up" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Brenmoor Pillars' ORG 'Brenmoor Pillars'
	assert_ent 'Drumlee Warriors' ORG 'Drumlee Warriors'
	assert_ent 'Pillars' ORG 'Brenmoor Pillars'
	assert_ent 'Tamsworth Harriers' ORG 'Tamsworth Harriers'
	assert_ent 'Lisnaskea Vale' ORG 'Lisnaskea Vale'
}

@test "a match verb, \"the\" and a score make a report of a match, whose line scores are teams" {
	run -0 ents tag-entities-boxscore.txt
	assert_ent 'Omaha Owls' ORG 'Omaha Owls'
	assert_ent 'Portland' ORG 'Portland Gulls'
	assert_ent 'Omaha' ORG 'Omaha Owls'
}

@test "a nationality after a given name, with initials between, is the person's surname" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Carla J. English' PERSON 'Carla J. English'
	assert_ent 'Tobias French' PERSON 'Tobias French'
	assert_ent 'French' MISC 'French'
}

@test "the Arabic article joined to a capital makes a name, a body's when nothing says more" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Al-Wahda' ORG 'Al-Wahda'
}

@test "a house of worship after a name makes it a place" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Al-Rahma' PLACE 'Al-Rahma'
}

@test "a currency's letters and an amount are no model code" {
	run -0 ents tag-entities-business.txt
	refute_line --partial 'RM214'
	refute_line --partial 'N300'
	assert_ent 'A350' MISC 'A350'
}

@test "a title of two words stays outside the name, though its second word is no title alone" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Harun Iskandar' PERSON 'Harun Iskandar'
	assert_ent 'Faridah Osman' PERSON 'Faridah Osman'
}

@test "Taoiseach and Blessed are titles" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Eilis Brennock' PERSON 'Eilis Brennock'
	assert_ent 'Tomasz Kowalczyk' PERSON 'Tomasz Kowalczyk'
}

@test "a place's name joined by hyphens keeps an accented particle (à)" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Baie-à-Verte' PLACE 'Baie-à-Verte'
	refute_line --partial 'à-Verte	ORG'
}

@test "a party's letter and a hyphen before a state stay outside the state's name" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Kan.' PLACE 'Kan.'
	assert_ent 'Vt.' PLACE 'Vt.'
	refute_line --partial 'R-Kan'
	refute_line --partial 'D-Vt'
}

@test "a name with a place of its own after it is listed with no place before" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Tjalling Brasser' PERSON 'Tjalling Brasser'
	assert_ent 'Ghent' PLACE 'Ghent'
}

@test "a weekday in capitals, a listing's heading, is no name" {
	run -0 ents tag-entities-caps.txt
	refute_line --partial 'SATURDAY'
	refute_line --partial 'SUNDAY'
	assert_ent 'Rowe' PERSON 'Rowe'
}

@test "a signature on a short line of its own is a person, the town under it a place" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Moira Pennock' PERSON 'Moira Pennock'
	assert_ent 'Tsai Wen-chieh' PERSON 'Tsai Wen-chieh'
	assert_ent 'Tainan' PLACE 'Tainan'
}

@test "a photographer's credit in brackets is no headline" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Ingrid Baker' PERSON 'Ingrid Baker'
	assert_ent 'Reuters' ORG 'Reuters'
}

@test "a given name of two syllables that are common words stays after a surname" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Park Sung-min' PERSON 'Park Sung-min'
	refute_line --partial 'Park	PLACE'
}

@test "a holiday the lists hold ends in a weekday; Day heads a holiday but is a surname after a given name" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Good Friday' MISC 'Good Friday'
	assert_ent 'Easter Monday' MISC 'Easter Monday'
	assert_ent 'Boxing Day' MISC 'Boxing Day'
	assert_ent 'Canada Day' MISC 'Canada Day'
	assert_ent 'Harriet Day' PERSON 'Harriet Day'
	assert_ent 'Day' PERSON 'Harriet Day'
}

@test "a legal form in small letters ends the name and keeps a sentence's first word" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Brackwell Foods plc' ORG 'Brackwell Foods plc'
	assert_ent 'Next plc' ORG 'Next plc'
	refute_line --partial 'plc	PERSON'
}

@test "a firm named by its partners, apart by commas and an ampersand, is one body" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Whitlock, Barrow & Pyne' ORG 'Whitlock, Barrow & Pyne'
	assert_ent 'Cardle, Osgood, Fenn & Maple' ORG 'Cardle, Osgood, Fenn & Maple'
}

@test "two time words joined by a hyphen are a span of time, not a name" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Carvel' PLACE 'Carvel'
	refute_line --partial 'April-June'
	refute_line --partial 'MON-FRI'
}

@test "a list of bodies each with its own head stays apart; a list of common words before one head is one body" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Pelican Airways' ORG 'Pelican Airways'
	assert_ent 'Summit Air Lines' ORG 'Summit Air Lines'
	assert_ent 'Harbour Airlines' ORG 'Harbour Airlines'
}

@test "a given name of the US birth counts opens a person's name, though the surname is a common word" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Malik Brook' PERSON 'Malik Brook'
	assert_ent 'Shanice Glade' PERSON 'Shanice Glade'
}

@test "a listed club, or a town's, on a match line is a team, so its town alone is too; a player's position after a town makes it a team" {
	run -0 ents tag-entities-teams.txt
	assert_ent 'Denver' ORG 'Denver Broncos'
	assert_ent 'Wigan' ORG 'Wigan'
	assert_ent 'Tom Dray' PERSON 'Tom Dray'
	assert_ent 'Georgia' ORG 'Georgia Comets'
}

@test "a place preposition reaches a name across a compass word in lower case" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Harrowmere' PLACE 'Harrowmere'
}

@test "a road's word and its number are a place" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Highway 417' PLACE 'Highway 417'
	assert_ent 'State Route 9' PLACE 'State Route 9'
}

@test "an Interstate's letter glued to its number, and a number after U.S., are a road" {
	run -0 ents tag-entities-places.txt
	assert_ent 'I-29' PLACE 'I-29'
	assert_ent 'U.S. 12' PLACE 'U.S. 12'
	refute_line --partial "$(printf 'U.S. 3\t')"
	refute_line --partial "$(printf 'U.S. 10\t')"
}

@test "after a US party's letter and its hyphen a state or a town is a place, the letter left outside" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Ore.' PLACE 'Ore.'
	assert_ent 'Tex.' PLACE 'Tex.'
	assert_ent 'Dunmore' PLACE 'Dunmore'
	assert_ent 'Ezra Pollock' PERSON 'Ezra Pollock'
	refute_line --regexp '^[DRI]	'
}

@test "initials in brackets after a body's name are its name, though a title's, in the whole document" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Coastal Bank of Essorin' ORG 'Coastal Bank of Essorin'
	assert_ent 'CBE' ORG 'Coastal Bank of Essorin'
	assert_equal "$(grep -c '^CBE	ORG' <<<"$output")" 2
}

@test "the town after a street in an address is a place, and an Irish county after Co" {
	run -0 ents tag-entities-places.txt
	assert_ent 'South Wexcombe' PLACE 'South Wexcombe'
	assert_ent 'Co Galway' PLACE 'Co Galway'
	assert_ent 'Tamsin Reeve' PERSON 'Tamsin Reeve'
}

@test "a town, a comma and a Canadian province as the Canadian Press writes it are two places" {
	run -0 ents tag-entities-places.txt
	assert_ent 'B.C.' PLACE 'B.C.'
	assert_ent 'N.B.' PLACE 'N.B.'
	assert_ent 'Moncton' PLACE 'Moncton'
}

@test "an alert is a named programme, not a person, though a given name opens it" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Amber Alert' MISC 'Amber Alert'
	assert_ent 'Silver Alert' MISC 'Silver Alert'
}

@test "a final heads an event, though a given name opens its cup" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Stanley Cup Final' MISC 'Stanley Cup Final'
}

@test "a name after published in is a journal, though its words are common" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Coastal Ecology Letters' ORG 'Coastal Ecology Letters'
}

@test "a laboratory, a squad and a branch head bodies, so their spelled-out initials are no common noun's" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Rocket Propulsion Laboratory' ORG 'Rocket Propulsion Laboratory'
	assert_ent 'RPL' ORG 'Rocket Propulsion Laboratory'
	assert_ent 'Gang Crime Squad' ORG 'Gang Crime Squad'
	assert_ent 'Marine Accident Investigation Branch' ORG 'Marine Accident Investigation Branch'
}

@test "one word, and, and a name a body's head ends are one body, unless the name opens with a known place" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Carrick and District Trades Council' ORG 'Carrick and District Trades Council'
	assert_ent 'Edwin and Ada Marlowe Foundation' ORG 'Edwin and Ada Marlowe Foundation'
	assert_ent 'Bradford City Council' ORG 'Bradford City Council'
}

@test "a listed body written without its diacritics, as older wires do, is still that body" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Medecins Sans Frontieres' ORG 'Medecins Sans Frontieres'
	assert_ent 'Neue Zurcher Zeitung' ORG 'Neue Zurcher Zeitung'
}

@test "a common word between a name and a role is the role's" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Norway' PLACE 'Norway'
	assert_ent 'Tom Reece' PERSON 'Tom Reece'
	assert_ent 'UN High Commissioner for Refugees' ORG 'UN High Commissioner for Refugees'
	refute_line --partial 'Norway Farm'
}

@test "a body the lists know with its 's is that body with the 's, plain or curly, or with the name that goes on after it" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Sainsbury’s' ORG 'Sainsbury’s'
	assert_ent "McDonald's" ORG "McDonald's"
	assert_ent "Lloyd's List" ORG "Lloyd's List"
}

@test "a list of three places after in may open with a name of two words no list knows" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Carrow Heath' PLACE 'Carrow Heath'
	assert_ent 'Dunvale' PLACE 'Dunvale'
	assert_ent 'Pellick' PLACE 'Pellick'
}

@test "a name that opens with the Maori article Te and no given name is a place" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Te Marama' PLACE 'Te Marama'
}

@test "a capitalised common word, of, and words a law's head ends are one law" {
	run -0 ents tag-entities-misc.txt
	assert_ent 'Freedom of Information Act' MISC 'Freedom of Information Act'
	assert_ent 'Proceeds of Crime Act' MISC 'Proceeds of Crime Act'
}

@test "the Moon is a place, as the planets are" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Moon' PLACE 'Moon'
}

@test "honorifics of the Gulf and of South Asia stay outside a person's name" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Mariam al-Qasimi' PERSON 'Mariam al-Qasimi'
	assert_ent 'Abdul Rahim Tarakai' PERSON 'Abdul Rahim Tarakai'
	assert_ent 'KwaZulu-Natal' PLACE 'KwaZulu-Natal'
}

@test "the sport that opens a wire headline before a dash is no name, of two words too" {
	run -0 ents tag-entities-sport.txt
	refute_line --partial 'ICE	'
}

@test "a line of two unknown names over a dateline is the reporter; a dateline's town before a comma and a listed place of three words is a place" {
	run -0 ents tag-entities-wire.txt
	assert_ent 'Koray Dalman' PERSON 'Koray Dalman'
	assert_ent 'EL-HARRAH' PLACE 'EL-HARRAH'
	assert_ent 'Mark Wigan' PERSON 'Mark Wigan'
}

@test "a town's name before the person it also names stays the town" {
	run -0 ents tag-entities-prose.txt
	assert_ent 'Lincoln' PLACE 'Lincoln'
	assert_ent 'Lincoln' PERSON 'Gary Lincoln'
}

@test "Gare opens a station's name; a given name in syllables before a place's word is a person" {
	run -0 ents tag-entities-places.txt
	assert_ent 'Gare du Nord' PLACE 'Gare du Nord'
	assert_ent 'Min-jun Park' PERSON 'Min-jun Park'
}

@test "names before a minute in the brackets after a side's score are the scorers" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Brannock' PERSON 'Brannock'
	assert_ent 'Ilesanmi' PERSON 'Ilesanmi'
	assert_ent 'Quarrie' PERSON 'Quarrie'
}

@test "a given name that is also a word stays inside a name of a results line" {
	run -0 ents tag-entities-sport.txt
	assert_ent 'Ana Maria Quesada' PERSON 'Ana Maria Quesada'
}

@test "given names of other languages open a person's name, after from too" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Ferenc Szabados' PERSON 'Ferenc Szabados'
	assert_ent 'Chinedu Okafor' PERSON 'Chinedu Okafor'
}

@test "a short form of two capitals stays so when a headline in capitals is matched with the body" {
	run -0 ents tag-entities-caps.txt
	assert_ent 'REFORM UK' ORG 'REFORM UK'
	refute_line "$(printf 'UK\tPLACE\tUK')"
}

@test "a body's word after a given name goes on over of to a common word" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Lyle Chamber of Commerce' ORG 'Lyle Chamber of Commerce'
	assert_ent 'Dunmore Chamber of Commerce' ORG \
	    'Dunmore Chamber of Commerce'
}

@test "a credit's source that names no one is no name" {
	run -0 ents tag-entities-modern.txt
	assert_ent 'Petra Lund' PERSON 'Petra Lund'
	refute_line --partial "$(printf 'Staff\t')"
	refute_line --partial "$(printf 'File\t')"
}

@test "a capitalised The inside a sentence opens a work's title, and first in a sentence once the document has had it" {
	run -0 ents tag-entities-works.txt
	assert_ent 'The Salt of Winter' MISC 'The Salt of Winter'
	assert_ent "The Miller's Daughters" MISC "The Miller's Daughters"
	assert_ent 'The Harbour Road' MISC 'The Harbour Road'
	assert_ent 'The Hague' PLACE 'The Hague'
	run -0 types_of tag-entities-works.txt 'The Salt of Winter'
	assert_output "$(printf '%7d MISC' 2)"
}

@test "a kind of work right before a name, or before its comma, makes the name a work" {
	run -0 ents tag-entities-works.txt
	assert_ent 'Lantern Hours' MISC 'Lantern Hours'
	assert_ent 'Marram Grass' MISC 'Marram Grass'
}

@test "a title's 's before a prize's head stays in the prize's name; Fr and Pandit are titles" {
	run -0 ents tag-entities-works.txt
	assert_ent "Prime Minister's Poetry Awards" MISC \
	    "Prime Minister's Poetry Awards"
	assert_ent 'Tomas Brannigan' PERSON 'Tomas Brannigan'
	assert_ent 'Ravi Anand' PERSON 'Ravi Anand'
}

@test "a name in brackets between a dateline and its dash is the agency, common words too" {
	run -0 ents tag-entities-dateline.txt
	assert_ent 'Tagus Wire' ORG 'Tagus Wire'
	assert_ent 'Fjord News Service' ORG 'Fjord News Service'
}

@test "a web address's end after a dot stays in the name" {
	run -0 ents tag-entities-business.txt
	assert_ent 'Parcelo.com Inc.' ORG 'Parcelo.com Inc.'
	assert_ent 'Zentrix.io' ORG 'Zentrix.io'
}

@test "a short form in brackets after a body's name, its initials in another order, is that body, though a common word" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'MRN' ORG 'National Renewal Movement'
	assert_ent 'PAN' ORG 'National Action Party'
}

@test "a nationality stays outside the name of a state's body that ends the name" {
	run -0 ents tag-entities-heads.txt
	assert_ent 'Moldovan' MISC 'Moldovan'
	assert_ent 'Senate' ORG 'Senate'
	assert_ent 'Supreme Court' ORG 'Supreme Court'
	assert_ent 'Latvian Parliament Building' PLACE \
	    'Latvian Parliament Building'
}

@test "a public figure the lists know after to is a person, not a place" {
	run -0 ents tag-entities-people.txt
	assert_ent 'Lukashenko' PERSON 'Lukashenko'
}

@test "words of sport make a story's towns beside a match verb teams, not a country or a town after in" {
	run -0 ents tag-entities-club.txt
	assert_ent 'Carlisle' ORG 'Carlisle'
	assert_ent 'Gillingham' ORG 'Gillingham'
	assert_ent 'Grimsby Town' ORG 'Grimsby Town'
	assert_ent 'Norway' PLACE 'Norway'
	run -0 sh -c 'sed -n 7p "$1" | tag-entities -o | cut -f6,7' sh "$BATS_TEST_DIRNAME/fixtures/tag-entities-club.txt"
	assert_output "$(printf 'Carlisle\tPLACE\nCarlisle\tPLACE\nGillingham\tPLACE')"
}

@test "an appositive whose head noun comes before a preposition gives no type: a medic with the network" {
	run -0 sh -c 'printf "Mira Osei, a medic with the volunteer network, spoke. Lena Brandt, a member of the association, wept. Kontor, a Berlin-based startup, grew.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Mira Osei\tPERSON\nLena Brandt\tPERSON\nKontor\tORG\nBerlin\tPLACE')"
}

@test "the titles of lawyers, nuns and judges stay outside the name" {
	run -0 sh -c 'printf "Sister Ines Carvalho spoke to Maître Paul Ndongo before Justices Asha Rao and Leo Mint ruled.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Ines Carvalho\tPERSON\nPaul Ndongo\tPERSON\nAsha Rao\tPERSON\nLeo Mint\tPERSON')"
}

@test "a body's name goes on over and after of, but not into a body the lists know" {
	run -0 sh -c 'printf "Officials at the Ministry of Foreign Affairs and Trade met the Ministry of Defence and Microsoft.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Ministry of Foreign Affairs and Trade\tORG\nMinistry of Defence\tORG\nMicrosoft\tORG')"
}

@test "a body named in another language goes on over a title after its first word and over para" {
	run -0 sh -c 'printf "The Fiscalía General de la República (FGR) said so.\n\nIt cited the Asociación para la Justicia y Reconciliación (AJR).\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Fiscalía General de la República\tORG\nFGR\tORG\nAsociación para la Justicia y Reconciliación\tORG\nAJR\tORG')"
}

@test "the names of peoples that are not one country are MISC" {
	run -0 sh -c 'printf "Bosniak survivors met Baloch and Hazara activists.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Bosniak\tMISC\nBaloch\tMISC\nHazara\tMISC')"
}

@test "acronyms of common nouns of technology are no names" {
	run -0 sh -c 'printf "Orvan Micro Inc. sells DRAM, NAND and HBM chips for LLM servers.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Orvan Micro Inc.\tORG')"
}

@test "in a report of a match a common noun's plural in capitals after the is a team, not an event" {
	run -0 sh -c 'printf "The Harriers beat the Owls 24-17 in the final. Before the Ashes, the Owls of the north sang.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Harriers\tORG\nOwls\tORG\nAshes\tMISC\nOwls\tORG')"
}

@test "a name and its number before a kind of machine are a product, a given name too" {
	run -0 sh -c 'printf "The Ariane 6 rocket carried the Voyager 2 probe, and Anna Berg showed a Pixel 8 phone.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Ariane 6\tMISC\nVoyager 2\tMISC\nAnna Berg\tPERSON\nPixel 8\tMISC')"
}

@test "a product named before a kind of machine keeps its name later without it, and after a nationality" {
	run -0 sh -c 'printf "They saw a European Ariane 6 rocket. It was the fifth flight of the Ariane 6, which is new.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'European\tMISC\nAriane 6\tMISC\nAriane 6\tMISC')"
}

@test "the full stop of Inc. or Co. is the name's also where it ends the sentence" {
	run -0 sh -c 'printf "Sales were led by Orvan Micro Inc.\n\nRivals include Tessel Co. Orvan Micro Inc. said so.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Orvan Micro Inc.\tORG\nTessel Co.\tORG\nOrvan Micro Inc.\tORG')"
}

@test "a firm the lists hold with its 's keeps it, and a curly apostrophe matches the lists' straight one" {
	run -0 sh -c 'printf "Bids at Sotheby\342\200\231s and Christie'"'"'s rose. Aid reached Cox\342\200\231s Bazar.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Sotheby\342\200\231s\tORG\nChristie'"'"'s\tORG\nCox\342\200\231s Bazar\tPLACE')"
}

@test "a seat of government is a place also where it stands for the government" {
	run -0 sh -c 'printf "The White House and Downing Street denied it, and the Kremlin said nothing.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'White House\tPLACE\nDowning Street\tPLACE\nKremlin\tPLACE')"
}

@test "a body the lists know after the, and a street, are two names" {
	run -0 sh -c 'printf "The Treasury and Downing Street said no.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Treasury\tORG\nDowning Street\tPLACE')"
}

@test "the followers of a faith or a movement are MISC, from the lists or by their -ist" {
	run -0 sh -c 'printf "Peronist and Kirchnerist deputies met Baptist pastors and Anna Lindqvist.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Peronist\tMISC\nKirchnerist\tMISC\nBaptist\tMISC\nAnna Lindqvist\tPERSON')"
}

@test "the Government alone is house style, no name; a body of its words is one" {
	run -0 sh -c 'printf "He voted with the Government. The Government of National Unity met.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Government of National Unity\tORG')"
}

@test "a street in French, Italian or Spanish opens with its word (Avenue, Via, Quai, Camino) and is a place" {
	run -0 sh -c 'printf "Shops on Avenue Montaigne and Via della Spiga shut. Via Twitter, the Quai de Montebello cafe said so.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Avenue Montaigne\tPLACE\nVia della Spiga\tPLACE\nTwitter\tMISC\nQuai de Montebello\tPLACE')"
}

@test "a company named with its legal form is also named without its heads, though a person's cue follows" {
	run -0 sh -c 'printf "A deal with Calder Hartley Investments Ltd ended.\n\nCalder Hartley said it would appeal.\n" | tag-entities -o | cut -f6,7,8'
	assert_output "$(printf 'Calder Hartley Investments Ltd\tORG\tCalder Hartley Investments Ltd\nCalder Hartley\tORG\tCalder Hartley Investments Ltd')"
}

@test "a record label, an imprint or a distributor named beside its kind is an organisation" {
	run -0 sh -c 'printf "It came out on the jazz label Enja and was published by Harvill Secker, an imprint of a bigger house.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Enja\tORG\nHarvill Secker\tORG')"
}

@test "a town's name before two unknown capitalised words opens a person's name, not a body's" {
	run -0 sh -c 'printf "Bambang Hartono Wijaya of the ruling coalition won. The New York Yankees lost.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Bambang Hartono Wijaya\tPERSON\nNew York Yankees\tORG')"
}

@test "a cue noun types the name after known as, called or named" {
	run -0 sh -c 'printf "The regulator, known as Cocobod, sets prices. She runs a firm called Tessaly in a village named Kelby.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Cocobod\tORG\nTessaly\tORG\nKelby\tPLACE')"
}

@test "a short common word that opens the sentence before a given name in syllables is a surname" {
	run -0 sh -c 'printf "Park Ji-won of the opposition won. Moon Jae-in lost.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Park Ji-won\tPERSON\nMoon Jae-in\tPERSON')"
}

@test "after a small the, a name the lists hold with The is that body, but not a name of its own" {
	run -0 sh -c 'printf "The letter ran in the Guardian and the Observer. They sailed the Atlantic.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Guardian\tORG\nObserver\tORG\nAtlantic\tPLACE')"
}

@test "the surname that opens a name of three words, before two short given names, is that person alone" {
	run -0 sh -c 'printf "Chef Tan Mei Lin won.\n\nTan, 41, trained in Lyon.\n" | tag-entities -o | cut -f6,7,8'
	assert_output "$(printf 'Tan Mei Lin\tPERSON\tTan Mei Lin\nTan\tPERSON\tTan Mei Lin\nLyon\tPLACE\tLyon')"
}

@test "a name the lists know goes on over a word that is no name alone; a known place of 'of' stops before 'and'" {
	run -0 sh -c 'printf "Rivals include Amazon Web Services. The Democratic Republic of Congo and Rwanda signed.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Amazon Web Services\tORG\nDemocratic Republic of Congo\tPLACE\nRwanda\tPLACE')"
}

@test "a list of names, one before the last ending in a body's head, is several names" {
	run -0 sh -c 'printf "Backers include Harbor Capital, Summit Ventures and Beacon Partners.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Harbor Capital\tORG\nSummit Ventures\tORG\nBeacon Partners\tORG')"
}

@test "festivals of many faiths and El Niño are MISC" {
	run -0 sh -c 'printf "Crowds marked Dashain, Hari Raya Aidilfitri and the Grand Magal as El Ni\303\261o struck.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Dashain\tMISC\nHari Raya Aidilfitri\tMISC\nGrand Magal\tMISC\nEl Ni\303\261o\tMISC')"
}

@test "a market or a bazaar is a place, a gymkhana a club" {
	run -0 sh -c 'printf "Traders at Kelvo Bazaar and Osun Market met players of Tarnak Gymkhana.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Kelvo Bazaar\tPLACE\nOsun Market\tPLACE\nTarnak Gymkhana\tORG')"
}

@test "a town that names a company is still the town where the document puts it after in" {
	run -0 sh -c 'printf "The Kolkata Municipal Corporation met.\n\nKolkata braces for crowds in north and south Kolkata.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Kolkata Municipal Corporation\tORG\nKolkata\tPLACE\nKolkata\tPLACE')"
}

@test "a town in capitals before a month, a day and a colon is a dateline's place, and DAR ES SALAAM is read as Dar es Salaam" {
	run -0 sh -c 'printf "Schools reopen\n\nKELVANDI, Sept 12: Pupils returned.\n\nDAR ES SALAAM \342\200\223 Trains ran.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'KELVANDI\tPLACE\nDAR ES SALAAM\tPLACE')"
}

@test "a cue noun before such as types every name of the list after it; a district or a regency is a place" {
	run -0 sh -c 'printf "Farmers in districts such as Thanh Phu and Ba Tri grow shrimp. Cases rose in Pidie regency.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Thanh Phu\tPLACE\nBa Tri\tPLACE\nPidie\tPLACE')"
}

@test "a plural cue noun after a list of names types them all" {
	run -0 sh -c 'printf "Floods spread as the Surma and Kushiyara rivers rose.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Surma\tPLACE\nKushiyara\tPLACE')"
}

@test "a company whose head takes no of, then of and a known place, is the company and its town; a Bank of or a Rotary Club of is one name" {
	run -0 sh -c 'printf "Shares of Varsel Properties of Abu Dhabi rose, and so did the Royal Bank of Scotland and the Rotary Club of Lagos.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Varsel Properties\tORG\nAbu Dhabi\tPLACE\nRoyal Bank of Scotland\tORG\nRotary Club of Lagos\tORG')"
}

@test "letters after a given name and a surname that is a common word stay out of the person (MP, SC, BL, TD)" {
	run -0 sh -c 'printf "We heard from Sarah Bell MP, Niall Byrne SC, Aoife Walsh BL and Padraig Kerr TD.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Sarah Bell\tPERSON\nNiall Byrne\tPERSON\nAoife Walsh\tPERSON\nPadraig Kerr\tPERSON')"
}

@test "short police and council titles (Det Insp, Cr, MEC, Coroner) and a role of a modifier, a common word and a title stay out of the name" {
	run -0 sh -c 'printf "Det Insp Louise Harrow met Cr Ann Fields. Later, Assistant District Attorney Mia Cho and MEC Farouk Isaacs spoke, and Coroner Rhys Nolan ruled.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Louise Harrow\tPERSON\nAnn Fields\tPERSON\nMia Cho\tPERSON\nFarouk Isaacs\tPERSON\nRhys Nolan\tPERSON')"
}

@test "the State alone is a common noun that house style capitalises, no name" {
	run -0 sh -c 'printf "Counsel for the State said the State would appeal in Kerry.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Kerry\tPLACE')"
}

@test "a common word that opens a document before -area or -based is the place the lists know" {
	run -0 sh -c 'printf "Phoenix-area school board meeting ends in chaos\n\nA board met.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Phoenix\tPLACE')"
}

@test "a name before a comma, a compass word, of and a known place is a place, also in the headline" {
	run -0 sh -c 'printf "Kelvani principal in court\n\nThe principal of a school in Kelvani, south of Durban, appeared in court.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Kelvani\tPLACE\nKelvani\tPLACE\nDurban\tPLACE')"
}

@test "a law named for someone with its 's, and a numbered Amendment, are MISC" {
	run -0 sh -c 'printf "Police used Clare\047s Law, the family called for Ryan\047s Rule, and lawyers cited the First Amendment.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Clare\047s Law\tMISC\nRyan\047s Rule\tMISC\nFirst Amendment\tMISC')"
}

@test "the people of a city are MISC (New Yorkers, Dubliners), but The New Yorker is a magazine" {
	run -0 sh -c 'printf "New Yorkers and Dubliners read The New Yorker.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'New Yorkers\tMISC\nDubliners\tMISC\nNew Yorker\tORG')"
}

@test "in a sports story a town with a verb in the plural is a club; a country or the last of a list is not" {
	run -0 sh -c 'printf "Lyon have signed the winger Tomas Berg. The coach praised the striker, the defender and the squad. Brazil have scouts there, and Turin and Genoa were hosts.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Lyon\tORG\nTomas Berg\tPERSON\nBrazil\tPLACE\nTurin\tPLACE\nGenoa\tPLACE')"
}

@test "in and a country after a body of a place the lists know say where it is; a body of a field keeps them" {
	run -0 sh -c 'printf "Scientists at the University of Gothenburg in Sweden briefed the Organization for Security and Co-operation in Europe.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'University of Gothenburg\tORG\nSweden\tPLACE\nOrganization for Security and Co-operation in Europe\tORG')"
}

@test "a name after the journal or the website is a publication, ORG" {
	run -0 sh -c 'printf "The study, published in the journal Nature Geoscience, drew comment from the website Retraction Watch. He kept a journal.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Nature Geoscience\tORG\nRetraction Watch\tORG')"
}

@test "a surname that is a common word, after a given name, ends the person before of and a body" {
	run -0 sh -c 'printf "Lawyer Nathaniel Brooks of the Exoneration Project spoke, and Brooks left.\n" | tag-entities -o | cut -f6,7'
	assert_output "$(printf 'Nathaniel Brooks\tPERSON\nExoneration Project\tMISC\nBrooks\tPERSON')"
}

@test "capitals in brackets after a long name with its first letter are its short form, though the lists know a town by them" {
	run -0 sh -c 'printf "The National Institute for Health and Care Excellence (NICE) agreed. NICE said so.\n" | tag-entities -o | cut -f6-8'
	assert_output "$(printf 'National Institute for Health and Care Excellence\tORG\tNational Institute for Health and Care Excellence\nNICE\tORG\tNational Institute for Health and Care Excellence\nNICE\tORG\tNational Institute for Health and Care Excellence')"
}
