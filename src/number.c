/*
 * number.c: the number engine of extract-numbers.
 *
 * Each sentence is cut into tokens (words, digit groups, single
 * punctuation characters, each knowing whether white space precedes
 * it).  A number starts at a digit group or a number word; the parser
 * reads its value (thousands separators, decimals, signs, multipliers,
 * the number-word grammar), then what follows it (a currency, a percent
 * sign, a unit of measurement, the counted noun) and what precedes it
 * (a currency symbol or code, "#", "No.", a month, a name), and decides
 * its CLASS.  Identifiers, codes, times, dates' days and digits inside
 * names are skipped.  See extract-numbers(1) for the rules.
 */

#include <ctype.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lede.h"
#include "number.h"

enum { T_WORD, T_NUM, T_PUNCT };
enum { C_CARD, C_ORD, C_PCT, C_MONEY, C_YEAR, C_QTY };
static const char *const clsname[] = {
	"cardinal", "ordinal", "percent", "money", "year", "quantity"
};

struct tok {			/* 48 bytes: a sentence may be long */
	size_t		 s, e;
	double		 v;	/* T_NUM: the value */
	double		 nwv;	/* T_WORD: the number word's value */
	uint32_t	 c;	/* T_PUNCT: the character */
	int		 nint;	/* T_NUM: integer digits */
	unsigned char	 t;
	unsigned char	 sp;	/* white space before */
	unsigned char	 plain;	/* T_NUM: digits only */
	unsigned char	 lead0;	/* T_NUM: a leading zero ("007") */
	unsigned char	 bad;	/* T_NUM: several dots (a version) */
	unsigned char	 vulgar;	/* T_NUM: a fraction character */
	unsigned char	 caps;	/* T_WORD: 1 capitalised, 2 all capitals */
	unsigned char	 nwt;	/* T_WORD: number-word type, or 0 */
};

struct cand {
	size_t		 s, e;	/* the span */
	int		 ti, tj;	/* first token, token after the span */
	int		 tn;	/* token after the number proper */
	int		 hasv;
	double		 v, raw, scale;
	int		 cls;
	char		 unit[64];
	int		 uhead;	/* token of the head noun, or -1 */
	int		 word;	/* made of number words */
};

/* The number words, in a small table of their own (looked up often). */
#define NW_SLOTS	1024
struct nword {
	char		 key[14];
	unsigned char	 len;
	char		 type;
	double		 val;
};
static struct nword nwtab[NW_SLOTS];
static uint16_t	 nwpre[26 * 27];	/* first two letters: lengths seen */
static int	 nwloaded;

static struct lexicon *currencies, *units, *unitsf, *stops;
static struct lexicon *plurals, *timenouns, *months, *yearmods;
static struct lexicon *ordprefix, *idprefix;

static struct tok *toks;
static size_t	 ntok, captok;
static struct cand *cands;
static size_t	 ncand, capcand;
static const char *T;		/* the document's text */
static int	 eu;		/* 1.000,5 convention */
static struct span *ents;
static size_t	 nents, capents, entpos;

static const char *const stopw[] = {
	"of", "the", "a", "an", "to", "in", "on", "at", "by", "for", "with",
	"from", "and", "or", "but", "as", "than", "that", "which", "who",
	"whom", "whose", "where", "when", "is", "are", "was", "were", "be",
	"been", "being", "has", "have", "had", "will", "would", "can",
	"could", "should", "may", "might", "must", "do", "does", "did",
	"not", "no", "it", "its", "he", "she", "they", "we", "you", "i",
	"his", "her", "their", "our", "my", "your", "this", "these", "those",
	"there", "here", "ago", "later", "earlier", "each", "per", "more",
	"less", "over", "under", "about", "into", "up", "down", "out",
	"after", "before", "since", "until", "while", "so", "if", "then",
	"also", "only", "just", "all", "both", "either", "neither", "some",
	"any", "such", "own", "other", "another", "same", "what", "how",
	"why", "last", "next", "s", "t", "percent", "cent", "old", "apiece",
	"each", "now", "again", "too", "very", "most", "least", "even",
	"still", "against", "between", "among", "through", "during",
	"without", "within", "across", "behind", "beyond", "toward",
	"towards", "around", "via", "vs", "versus", "them", "him", "me",
	"us", "itself", "away", "back", "off", "straight", "running",
	"ahead", "long", "high", "wide", "deep", "tall", "early", "late",
	"whereas", "because", "though", "although", "unless", "whether",
	"plus", "minus", "fold", "odd", "something", "or so",
	"said", "says", "say", "left", "yesterday", "today", "tomorrow",
	"tonight", "now", NULL
};
static const char *const pluralw[] = {
	"people", "men", "women", "children", "schoolchildren", "police",
	"feet", "teeth", "mice", "geese", "data", "media", "staff",
	"personnel", "cattle", "sheep", "fish", "deer", "aircraft",
	"troops", "crew", "livestock", "youth", "clergy", "offspring",
	"species", "series", "news", NULL
};
static const char *const timew[] = {
	"year", "month", "week", "day", "hour", "minute", "second",
	"decade", "century", "millennium", "night", "season", NULL
};
static const char *const monthw[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December", "Jan",
	"Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
	"Nov", "Dec", NULL
};
static const char *const yearmodw[] = {
	"levels", "level", "prices", "figures", "elections", "election",
	"olympics", "games", "rates", "standards", "values", "census",
	"budget", "season", "campaign", "edition", "model", "models",
	"estimates", "numbers", "lows", "highs", "peak", NULL
};
/* Lower-case words after which a number is a rank, the word its UNIT. */
static const char *const ordprefw[] = {
	"day", "week", "round", "stage", "leg", "phase", "episode",
	"grade", "heat", "matchday", NULL
};
/* Words after which digits are an identifier. */
static const char *const idprefw[] = {
	"version", "v", "flight", "route", "highway", "channel", "code",
	"model", "bus", "platform", "gate", "seat", "ext", "tel", "phone",
	"fax", "id", "pin", "zip", "postcode", "item", "article",
	"paragraph", "clause", "chapter", "section", "room", "box",
	"suite", "apartment", "resolution", "regulation", "directive",
	"iso", "en", "din", "rfc", "isbn", "issn", "doi", "ref", "case",
	"file", "bill", "act", "amendment", "interstate", "kb", NULL
};

static struct lexicon *
lex_from(const char *const *w, int fold)
{
	struct lexicon *l;

	l = lex_new(fold);
	for (; *w != NULL; w++)
		lex_add(l, *w, strlen(*w), NULL);
	return l;
}


static void
nw_load(void)
{
	struct reader r;
	char	*path, *line, *tab, *end;
	size_t	 len, k;
	uint32_t h;

	path = data_path("number-words.txt");
	if (rd_open(&r, path) == -1)
		err(1, "%s", path);
	while ((line = rd_line(&r, &len)) != NULL) {
		if (len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		if (len == 0 || line[0] == '#' ||
		    (tab = memchr(line, '\t', len)) == NULL)
			continue;
		k = (size_t)(tab - line);
		if (k >= sizeof(nwtab[0].key))
			continue;
		for (h = hashmem(line, k) & (NW_SLOTS - 1); nwtab[h].len != 0;
		    h = (h + 1) & (NW_SLOTS - 1))
			continue;
		if (line[0] >= 'a' && line[0] <= 'z' && line[1] >= 'a' &&
		    line[1] <= 'z')
			nwpre[(line[0] - 'a') * 27 + (line[1] - 'a')] |=
			    (uint16_t)(1u << k);
		memcpy(nwtab[h].key, line, k);
		nwtab[h].len = (unsigned char)k;
		nwtab[h].type = tab[1];
		nwtab[h].val = tab[2] != '\0' ? strtod(tab + 3, &end) : 0;
	}
	if (r.error != 0)
		err(1, "%s", path);
	rd_close(&r);
	free(path);
	nwloaded = 1;
}

static const struct nword *
nw_get(const char *s, size_t n)
{
	char	 b[16];
	size_t	 k;
	uint32_t h;

	if (n < 3 || n > 12)
		return NULL;
	b[0] = (char)(s[0] | 32);
	b[1] = (char)(s[1] | 32);
	if (b[0] < 'a' || b[0] > 'z' || b[1] < 'a' || b[1] > 'z' ||
	    !(nwpre[(b[0] - 'a') * 27 + (b[1] - 'a')] & (1u << n)))
		return NULL;
	for (k = 0; k < n; k++) {
		if ((unsigned char)s[k] >= 0x80)
			return NULL;
		b[k] = (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]);
	}
	for (h = hashmem(b, n) & (NW_SLOTS - 1); nwtab[h].len != 0;
	    h = (h + 1) & (NW_SLOTS - 1))
		if (nwtab[h].len == n && memcmp(nwtab[h].key, b, n) == 0)
			return &nwtab[h];
	return NULL;
}

void
number_init(void)
{
	if (nwloaded)
		return;
	nw_load();
	currencies = lex_load("currencies.txt", 1, 1);
	units = lex_load("units.txt", 1, 0);
	unitsf = lex_load("units.txt", 1, 1);
	stops = lex_from(stopw, 1);
	plurals = lex_from(pluralw, 1);
	timenouns = lex_from(timew, 1);
	months = lex_from(monthw, 0);
	yearmods = lex_from(yearmodw, 1);
	ordprefix = lex_from(ordprefw, 1);
	idprefix = lex_from(idprefw, 1);
}

static double
absd(double v)
{
	return v < 0 ? -v : v;
}

/* v is a whole number (of a size a count can have) */
static int
whole(double v)
{
	return absd(v) < 9e15 && (double)(long long)v == v;
}

/* v is a whole multiple of m */
static int
multof(double v, long long m)
{
	return whole(v) && (long long)v % m == 0;
}

/*
 * The VALUE: integers exactly, others with 15 significant digits at
 * most, trailing zeros trimmed.
 */
void
number_format(double v, char *buf, size_t n)
{
	int	 digits, prec;
	double	 a = absd(v), m;
	char	*p;

	if (a >= 1e15 || whole(v)) {
		snprintf(buf, n, "%.0f", v);
		if (strcmp(buf, "-0") == 0)
			snprintf(buf, n, "0");
		return;
	}
	for (digits = a >= 1 ? 1 : 0, m = 10; a >= m && digits < 15; m *= 10)
		digits++;
	prec = 15 - digits;
	if (prec < 0)
		prec = 0;
	snprintf(buf, n, "%.*f", prec, v);
	if (strchr(buf, '.') != NULL) {
		p = buf + strlen(buf) - 1;
		while (*p == '0')
			*p-- = '\0';
		if (*p == '.')
			*p = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		snprintf(buf, n, "0");
}

/* Tokens. */

static int
isdig(size_t i, size_t e)
{
	return i < e && T[i] >= '0' && T[i] <= '9';
}

static double
vulgar(uint32_t c)
{
	switch (c) {
	case 0xBD: return 0.5;
	case 0xBC: return 0.25;
	case 0xBE: return 0.75;
	case 0x2153: return 1.0 / 3;
	case 0x2154: return 2.0 / 3;
	case 0x2155: return 0.2;
	case 0x2156: return 0.4;
	case 0x2157: return 0.6;
	case 0x2158: return 0.8;
	case 0x2159: return 1.0 / 6;
	case 0x215A: return 5.0 / 6;
	case 0x215B: return 0.125;
	case 0x215C: return 0.375;
	case 0x215D: return 0.625;
	case 0x215E: return 0.875;
	default: return -1;
	}
}

static struct tok *
newtok(void)
{
	if (ntok == captok) {
		captok = captok ? captok * 2 : 256;
		toks = xreallocarray(toks, captok, sizeof(*toks));
	}
	memset(&toks[ntok], 0, sizeof(toks[ntok]));
	return &toks[ntok++];
}

/* A space that may separate groups of three digits. */
static size_t
groupspace(size_t i, size_t e)
{
	uint32_t c;
	size_t	 k;

	if (i >= e)
		return 0;
	if (T[i] == ' ')
		return 1;
	k = utf8_decode((const unsigned char *)T + i, e - i, &c);
	if (c == 0xA0 || c == 0x202F || c == 0x2009)
		return k;
	return 0;
}

/* Read the digit group at i: returns its end and fills t. */
static size_t
readnum(size_t i, size_t e, struct tok *t)
{
	size_t	 j = i, k, g, n;
	double	 v = 0, f;
	char	 tsep = eu ? '.' : ',', dsep = eu ? ',' : '.';

	while (isdig(j, e))
		v = v * 10 + (T[j++] - '0');
	t->nint = (int)(j - i);
	t->plain = 1;
	t->lead0 = T[i] == '0' && t->nint > 1;
	/* Thousands separators: groups of exactly three digits. */
	if (t->nint <= 3 && !t->lead0) {
		/* 1.000.000 is grouped in any text; 1.000 only in 1.000,5 text */
		g = 0;
		for (k = j; k + 3 < e && T[k] == '.' && isdig(k + 1, e) &&
		    isdig(k + 2, e) && isdig(k + 3, e) && !isdig(k + 4, e);
		    k += 4)
			g++;
		if (g >= 2 || (eu && g == 1))
			tsep = '.';
		else if (tsep == '.')
			tsep = '\0';
		while (tsep != '\0' && j + 3 < e && T[j] == tsep &&
		    isdig(j + 1, e) && isdig(j + 2, e) && isdig(j + 3, e) &&
		    !isdig(j + 4, e)) {
			v = v * 1000 + (T[j + 1] - '0') * 100 +
			    (T[j + 2] - '0') * 10 + (T[j + 3] - '0');
			j += 4;
			t->plain = 0;
			t->nint += 3;
		}
		if (tsep == '.' && !eu)
			dsep = ',';
		/* "1 000 000": only when no other separator was used */
		if (t->plain && (g = groupspace(j, e)) > 0 &&
		    isdig(j + g, e) && isdig(j + g + 1, e) &&
		    isdig(j + g + 2, e) && !isdig(j + g + 3, e) &&
		    !(j + g + 3 < e && (T[j + g + 3] == ',' ||
		    T[j + g + 3] == '.') && isdig(j + g + 4, e))) {
			k = j;
			n = 0;
			while ((g = groupspace(k, e)) > 0 && isdig(k + g, e) &&
			    isdig(k + g + 1, e) && isdig(k + g + 2, e) &&
			    !isdig(k + g + 3, e)) {
				k += g + 3;
				n++;
			}
			/* a phone number goes on with more digits */
			if (!((g = groupspace(k, e)) > 0 && isdig(k + g, e))) {
				for (; j < k; j++)
					if (isdig(j, e))
						v = v * 10 + (T[j] - '0');
				t->plain = 0;
				t->nint += (int)n * 3;
			}
		}
	}
	/* Decimals. */
	if (j + 1 < e && T[j] == dsep && isdig(j + 1, e)) {
		j++;
		f = 0.1;
		while (isdig(j, e)) {
			v += (T[j++] - '0') * f;
			f /= 10;
		}
		t->plain = 0;
		if (j + 1 < e && T[j] == '.' && isdig(j + 1, e))
			t->bad = 1;
	}
	if (t->bad)
		while (j < e && (isdig(j, e) || (T[j] == '.' &&
		    isdig(j + 1, e))))
			j++;
	t->v = v;
	return j;
}

static void
tokenize(size_t s, size_t e)
{
	const unsigned char *u = (const unsigned char *)T;
	struct tok *t;
	size_t	 i = s, k;
	uint32_t c;
	int	 sp = 1, up, low;
	double	 fv;

	ntok = 0;
	while (i < e) {
		if (u[i] < 0x80) {
			c = u[i];
			k = 1;
		} else {
			k = utf8_decode(u + i, e - i, &c);
			if (k == 0)
				k = 1;
		}
		if (c == ' ' || (c < 0x80 ? (c >= '\t' && c <= '\r') :
		    uc_isspace(c))) {
			sp = 1;
			i += k;
			continue;
		}
		t = newtok();
		t->s = i;
		t->sp = sp;
		sp = 0;
		if (c >= '0' && c <= '9') {
			t->t = T_NUM;
			t->e = readnum(i, e, t);
			i = t->e;
			continue;
		}
		if (c < 0x80 ? ((c | 32) >= 'a' && (c | 32) <= 'z') :
		    (c != UTF8_BAD && uc_isalpha(c))) {
			t->t = T_WORD;
			up = low = 0;
			while (i < e) {
				if (u[i] < 0x80) {
					c = u[i];
					if ((c | 32) >= 'a' && (c | 32) <= 'z') {
						if (c < 'a') {
							up++;
							if (i == t->s)
								t->caps = 1;
						} else
							low++;
						i++;
						continue;
					}
					break;
				}
				k = utf8_decode(u + i, e - i, &c);
				if (c == UTF8_BAD || !uc_isalpha(c))
					break;
				if (uc_isupper(c))
					up++;
				else
					low++;
				if (i == t->s && up)
					t->caps = 1;
				i += k;
			}
			t->e = i;
			if (up > 1 && low == 0)
				t->caps = 2;
			continue;
		}
		t->t = T_PUNCT;
		t->c = c;
		t->e = i + k;
		if (c != UTF8_BAD && (fv = vulgar(c)) >= 0) {
			t->t = T_NUM;
			t->v = fv;
			t->vulgar = 1;
		}
		i += k;
	}
}

/* The number-word type of each word (lazily). */
static void
lookup_words(void)
{
	size_t	 i;
	const struct nword *w;

	for (i = 0; i < ntok; i++) {
		if (toks[i].t != T_WORD || toks[i].caps == 2)
			continue;
		if ((w = nw_get(T + toks[i].s, toks[i].e - toks[i].s)) == NULL)
			continue;
		toks[i].nwt = (unsigned char)w->type;
		toks[i].nwv = w->val;
	}
}

static int
wis(int i, const char *w)
{
	size_t	 n;

	if (i < 0 || (size_t)i >= ntok || toks[i].t != T_WORD)
		return 0;
	n = toks[i].e - toks[i].s;
	return strlen(w) == n && strncasecmp(T + toks[i].s, w, n) == 0;
}

static int
pis(int i, uint32_t c)
{
	return i >= 0 && (size_t)i < ntok && toks[i].t == T_PUNCT &&
	    toks[i].c == c;
}

static int
isdashtok(int i)
{
	return i >= 0 && (size_t)i < ntok && toks[i].t == T_PUNCT &&
	    uc_isdash(toks[i].c);
}

static int
tin(const struct lexicon *l, int i)
{
	if (i < 0 || (size_t)i >= ntok || toks[i].t != T_WORD)
		return 0;
	return lex_get(l, T + toks[i].s, toks[i].e - toks[i].s) != NULL;
}

static int
lower(int i)
{
	return i >= 0 && (size_t)i < ntok && toks[i].t == T_WORD &&
	    toks[i].caps == 0;
}

/* The token is a word that ends in suffix (ASCII, lower case). */
static int
endsw(int i, const char *suf)
{
	size_t	 n, m = strlen(suf);

	if (toks[i].t != T_WORD)
		return 0;
	n = toks[i].e - toks[i].s;
	return n > m + 1 && strncasecmp(T + toks[i].e - m, suf, m) == 0;
}

/* A verb form or a participle rather than a noun. */
static int
verbish(int k)
{
	size_t	 n = toks[k].e - toks[k].s;

	return (endsw(k, "ed") && !endsw(k, "eed") && n >= 5) ||
	    (endsw(k, "ing") && n >= 6);
}

static int
isplural(int i)
{
	size_t	 n;
	const char *p;

	if (toks[i].t != T_WORD)
		return 0;
	if (tin(plurals, i))
		return 1;
	n = toks[i].e - toks[i].s;
	p = T + toks[i].s;
	if (n < 3 || (p[n - 1] != 's' && p[n - 1] != 'S'))
		return 0;
	if (endsw(i, "ss") || endsw(i, "us") || endsw(i, "is") ||
	    endsw(i, "ous"))
		return 0;
	return 1;
}

/* Stop words, number words and adverbs end a noun phrase. */
static int
npstop(int i)
{
	if (i < 0 || (size_t)i >= ntok || toks[i].t != T_WORD)
		return 1;
	if (toks[i].nwt != 0 && toks[i].nwt != 'f')
		return 1;
	if (tin(stops, i) || tin(months, i))
		return 1;
	if (endsw(i, "ly") && !wis(i, "family") && !wis(i, "rally") &&
	    !wis(i, "ally") && !wis(i, "supply"))
		return 1;
	return 0;
}

static void
setunit(struct cand *c, int i)
{
	size_t	 n, k;

	n = toks[i].e - toks[i].s;
	if (n >= sizeof(c->unit))
		n = sizeof(c->unit) - 1;
	for (k = 0; k < n; k++)
		c->unit[k] = (char)tolower((unsigned char)T[toks[i].s + k]);
	c->unit[n] = '\0';
	c->uhead = i;
}

/*
 * The head noun counted after token j.  sing: a singular count (one,
 * an ordinal), which takes the first noun.
 */
static void
headnoun(struct cand *c, int j, int sing)
{
	int	 k, ncap = 0, first = -1, n = 0;

	c->unit[0] = '\0';
	c->uhead = -1;
	if ((size_t)j >= ntok)
		return;
	/* "14-year-old", "three-nation", "six - member" */
	if (isdashtok(j) && lower(j + 1) && (!toks[j].sp ||
	    toks[j + 1].sp)) {
		if (!npstop(j + 1) && !toks[j + 1].nwt &&
		    !wis(j + 1, "fold"))
			setunit(c, j + 1);
		return;
	}
	/* "one of the nations", "hundreds of vendors" */
	if (wis(j, "of")) {
		if (!toks[j + 1].sp)
			return;
		j++;
		while ((wis(j, "the") || wis(j, "all") || wis(j, "his") ||
		    wis(j, "her") || wis(j, "their") || wis(j, "its") ||
		    wis(j, "our") || wis(j, "these") || wis(j, "those") ||
		    wis(j, "my") || wis(j, "your") || wis(j, "this") ||
		    wis(j, "most") || wis(j, "best") || wis(j, "least")))
			j++;
		sing = 0;
	}
	if (c->hasv && c->v == 0.5 && (wis(j, "a") || wis(j, "an")))
		j++;
	if (pis(j, ']') && !toks[j].sp)
		j++;		/* "[Ten] years" */
	for (k = j; (size_t)k < ntok && n < 5; k++) {
		if (toks[k].t != T_WORD) {
			if (toks[k].t == T_PUNCT && uc_isdash(toks[k].c) &&
			    !toks[k].sp && lower(k + 1) && !toks[k + 1].sp &&
			    first >= 0)
				continue;	/* digi-destined */
			break;
		}
		if (k > j && toks[k].sp == 0 && toks[k - 1].t == T_WORD)
			break;
		if (toks[k].caps) {
			if (++ncap >= 3)
				return;
			if (first < 0 && (toks[k].caps == 2 || ncap))
				continue;
		}
		if (npstop(k))
			break;
		n++;
		if (first < 0) {
			first = k;
			if (sing) {
				if (verbish(k))
					return;
				setunit(c, k);
				return;
			}
			if (tin(timenouns, k)) {
				setunit(c, k);
				return;
			}
		}
		if (isplural(k)) {
			setunit(c, k);
			return;
		}
		if (verbish(k) && k != first)
			break;
	}
	if (first >= 0 && k - 1 >= first && toks[k - 1].t == T_WORD &&
	    !toks[k - 1].caps && !verbish(k - 1))
		setunit(c, k - 1);
}

/* The longest currency ending at token k (the run of adjacent tokens). */
static const char *
curbefore(int k, int *from)
{
	int	 x, lo;
	const char *v;
	size_t	 n, m;

	if (k < 0)
		return NULL;
	lo = k;
	while (lo > 0 && !toks[lo].sp && k - lo < 4)
		lo--;
	for (x = lo; x <= k; x++) {
		if (x > lo && toks[x - 1].t == T_WORD && toks[x].t == T_WORD)
			continue;
		if (x > lo && toks[x - 1].t == T_WORD && x > 0 &&
		    toks[x].sp == 0 && toks[x].t != T_PUNCT)
			continue;
		n = toks[k].e - toks[x].s;
		if ((v = lex_get(currencies, T + toks[x].s, n)) == NULL ||
		    *v == '\0')
			continue;
		/* words ("euros") follow the amount; codes are capitals */
		for (m = 0; m < n; m++)
			if (isupper((unsigned char)T[toks[x].s + m]) ||
			    !isalpha((unsigned char)T[toks[x].s + m]))
				break;
		if (m == n)
			continue;
		if (n == 3 && toks[x].t == T_WORD && toks[x].caps != 2)
			continue;
		*from = x;
		return v;
	}
	return NULL;
}

/* A currency after token j: its ISO code; *to gets the token after. */
static const char *
curafter(int j, int *to)
{
	int	 n, k;
	const char *v;
	size_t	 len;

	if ((size_t)j >= ntok)
		return NULL;
	if (toks[j].t == T_PUNCT) {
		if ((v = lex_get(currencies, T + toks[j].s,
		    toks[j].e - toks[j].s)) != NULL && *v != '\0') {
			*to = j + 1;
			return v;
		}
		return NULL;
	}
	for (n = 3; n >= 1; n--) {
		if ((size_t)(j + n) > ntok)
			continue;
		for (k = j; k < j + n; k++)
			if (toks[k].t != T_WORD && !(toks[k].t == T_PUNCT &&
			    toks[k].c == '.' && !toks[k].sp))
				break;
		if (k < j + n)
			continue;
		len = toks[j + n - 1].e - toks[j].s;
		if ((v = lex_get(currencies, T + toks[j].s, len)) == NULL ||
		    *v == '\0')
			continue;
		if (n == 1 && (wis(j, "cent") || wis(j, "cents") ||
		    wis(j, "pence") || wis(j, "penny") || wis(j, "won")))
			return NULL;
		if (n == 1 && len == 3 && toks[j].caps != 2)
			return NULL;
		*to = j + n;
		return v;
	}
	return NULL;
}

/* A unit of measurement at token j (adjacent run or words). */
static int
unitafter(int j, struct cand *c, int *to)
{
	int	 n, k;
	size_t	 len, w;

	if ((size_t)j >= ntok)
		return 0;
	for (n = 3; n >= 1; n--) {
		if ((size_t)(j + n) > ntok)
			continue;
		for (k = j + 1; k < j + n; k++)
			if (toks[k].t == T_NUM)
				break;
		if (k < j + n)
			continue;
		len = toks[j + n - 1].e - toks[j].s;
		if (lex_get(units, T + toks[j].s, len) == NULL &&
		    (len < 3 || lex_get(unitsf, T + toks[j].s, len) == NULL))
			continue;
		/* km/h: all adjacent; "square metres": words */
		if (n > 1) {
			w = 0;
			for (k = j + 1; k < j + n; k++)
				w += toks[k].sp;
			if (w != 0 && toks[j + n - 1].t != T_WORD)
				continue;
		}
		if ((size_t)(j + n) < ntok && toks[j + n].t == T_WORD &&
		    !toks[j + n].sp)
			continue;
		if (len >= sizeof(c->unit))
			len = sizeof(c->unit) - 1;
		memcpy(c->unit, T + toks[j].s, len);
		c->unit[len] = '\0';
		*to = j + n;
		return 1;
	}
	return 0;
}

/* Entities from the input: is off inside one? */
static int
in_entity(size_t off)
{
	while (entpos < nents && ents[entpos].end <= off)
		entpos++;
	return entpos < nents && ents[entpos].start <= off;
}

static int
spancmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

static struct cand *
newcand(void)
{
	if (ncand == capcand) {
		capcand = capcand ? capcand * 2 : 64;
		cands = xreallocarray(cands, capcand, sizeof(*cands));
	}
	memset(&cands[ncand], 0, sizeof(cands[ncand]));
	cands[ncand].uhead = -1;
	cands[ncand].scale = 1;
	return &cands[ncand++];
}

/* The end of the run of adjacent tokens holding i. */
static int
chunk_end(int i)
{
	int	 b = i + 1;

	while ((size_t)b < ntok && !toks[b].sp)
		b++;
	return b;
}

static int
chunk_start(int i)
{
	while (i > 0 && !toks[i].sp)
		i--;
	return i;
}

static int
is_oursuffix(int k)
{
	static const char *const suf[] = {
		"st", "nd", "rd", "th", "k", "K", "m", "M", "mn", "mln",
		"bn", "b", "B", "bln", "tn", "trn", "s", NULL
	};
	const char *const *p;
	size_t	 n = toks[k].e - toks[k].s;
	int	 to;
	struct cand tmp;

	for (p = suf; *p != NULL; p++)
		if (strlen(*p) == n && memcmp(*p, T + toks[k].s, n) == 0)
			return 1;
	if (unitafter(k, &tmp, &to))
		return 1;
	if (toks[k].caps == 2 && curafter(k, &to) != NULL)
		return 1;
	return 0;
}

/*
 * Identifiers, codes, times, URLs: returns 1 when the digits of the
 * chunk around token i are not figures.
 */
static int
chunk_bad(int i)
{
	int	 a = chunk_start(i), b = chunk_end(i), k, nnum = 0, from;
	uint32_t c;

	/* trim outer punctuation */
	while (a < b && toks[a].t == T_PUNCT && (uc_isopenquote(toks[a].c) ||
	    toks[a].c == '(' || toks[a].c == '['))
		a++;
	while (b > a && toks[b - 1].t == T_PUNCT && (toks[b - 1].c == '.' ||
	    toks[b - 1].c == ',' || toks[b - 1].c == ';' ||
	    toks[b - 1].c == ':' || toks[b - 1].c == '!' ||
	    toks[b - 1].c == '?' || toks[b - 1].c == ')' ||
	    toks[b - 1].c == ']' || uc_isclosequote(toks[b - 1].c)))
		b--;
	for (k = a; k < b; k++) {
		if (toks[k].t == T_NUM) {
			if (toks[k].bad || toks[k].lead0)
				return 1;
			nnum++;
			continue;
		}
		if (toks[k].t == T_PUNCT) {
			c = toks[k].c;
			if (c == '@' || c == '_' || c == '=' || c == '&' ||
			    c == '\\' || c == '~' || c == '|')
				return 1;
			if (c == '#' && k + 1 < b && toks[k + 1].t == T_WORD)
				return 1;
			if (c == ':' && k > a && k + 1 < b &&
			    toks[k + 1].t == T_NUM && toks[k - 1].t == T_NUM)
				return 1;
			if (c == '/' && k + 1 < b && toks[k + 1].t == T_PUNCT &&
			    toks[k + 1].c == '/')
				return 1;
			if (c == '.' && k + 1 < b && toks[k + 1].t == T_WORD &&
			    k > a && toks[k - 1].t == T_WORD)
				return 1;	/* www.x.com */
			continue;
		}
		/* a word touching digits */
		if (k > a && toks[k - 1].t == T_NUM && !toks[k - 1].vulgar &&
		    !is_oursuffix(k))
			return 1;
		if (k + 1 < b && toks[k + 1].t == T_NUM &&
		    curbefore(k, &from) == NULL)
			return 1;
		/* F-16, COVID-19 */
		if (k + 2 < b && isdashtok(k + 1) && toks[k + 2].t == T_NUM &&
		    (toks[k].caps || toks[k].e - toks[k].s <= 2))
			return 1;
		/* 3-D */
		if (k >= a + 2 && isdashtok(k - 1) && toks[k - 2].t == T_NUM &&
		    toks[k].caps == 2)
			return 1;
	}
	if (nnum >= 3)
		return 1;
	/* 555-1234 */
	for (k = a; k + 2 < b; k++)
		if (toks[k].t == T_NUM && isdashtok(k + 1) &&
		    toks[k + 2].t == T_NUM && toks[k].plain &&
		    toks[k + 2].plain && toks[k].nint == 3 &&
		    toks[k + 2].nint == 4)
			return 1;
	/* +44 20 7946 */
	if (pis(a, '+') && a + 1 < b && toks[a + 1].t == T_NUM &&
	    (size_t)b < ntok && toks[b].t == T_NUM)
		return 1;
	return 0;
}

/* Parse the number words and digits from i; returns the next token. */
static int
parse_value(int i, struct cand *c, int *ord, int *vague)
{
	double	 total = 0, cur = 0, lastscale = 1e300, sc;
	int	 j = i, lastt = 0, any = 0, t;
	double	 nv;

	*ord = 0;
	*vague = 0;
	if (toks[i].t == T_NUM) {
		cur = toks[i].v;
		j = i + 1;
		if ((size_t)j < ntok && toks[j].t == T_NUM &&
		    toks[j].vulgar && !toks[j].sp && !toks[i].vulgar) {
			cur += toks[j].v;
			j++;
		}
		lastt = 'd';
		any = 1;
		/* attached multipliers and ordinal suffixes */
		if ((size_t)j < ntok && toks[j].t == T_WORD && !toks[j].sp) {
			size_t n = toks[j].e - toks[j].s;
			const char *p = T + toks[j].s;

			sc = 0;
			if (n == 2 && (strncasecmp(p, "st", 2) == 0 ||
			    strncasecmp(p, "nd", 2) == 0 ||
			    strncasecmp(p, "rd", 2) == 0 ||
			    strncasecmp(p, "th", 2) == 0) && toks[i].plain) {
				*ord = 1;
				c->v = cur;
				c->hasv = 1;
				c->raw = cur;
				return j + 1;
			}
			if (n == 1 && (*p == 'k' || *p == 'K'))
				sc = 1e3;
			else if ((n == 1 && (*p == 'm' || *p == 'M')) ||
			    (n == 2 && strncmp(p, "mn", 2) == 0) ||
			    (n == 3 && strncmp(p, "mln", 3) == 0))
				sc = 1e6;
			else if ((n == 2 && strncasecmp(p, "bn", 2) == 0) ||
			    (n == 1 && (*p == 'b' || *p == 'B')) ||
			    (n == 3 && strncmp(p, "bln", 3) == 0))
				sc = 1e9;
			else if ((n == 2 && strncmp(p, "tn", 2) == 0) ||
			    (n == 3 && strncmp(p, "trn", 3) == 0))
				sc = 1e12;
			else if (n == 1 && *p == 's' && toks[i].plain &&
			    (toks[i].nint == 4 || toks[i].nint == 2) &&
			    multof(cur, 10)) {
				c->v = toks[i].nint == 2 ? 1900 + cur : cur;
				c->hasv = 1;
				c->raw = c->v;
				c->cls = C_YEAR;
				*vague = 2;
				return j + 1;
			}
			if (sc > 0) {
				c->v = cur * sc;
				c->raw = cur;
				c->scale = sc;
				c->hasv = 1;
				return j + 1;
			}
		}
	}
	for (;;) {
		if ((size_t)j >= ntok)
			break;
		/* twenty-one, one-third */
		if (isdashtok(j) && !toks[j].sp && (size_t)j + 1 < ntok &&
		    !toks[j + 1].sp && toks[j + 1].t == T_WORD &&
		    ((lastt == 'y' && (toks[j + 1].nwt == 'n' ||
		    toks[j + 1].nwt == 'o') && toks[j + 1].nwv < 10) ||
		    (lastt == 'u' && (toks[j + 1].nwt == 'F' ||
		    (toks[j + 1].nwt == 'o' && toks[j + 1].nwv >= 3)))))
			j++;
		if (toks[j].t != T_WORD)
			break;
		if (j > i && toks[j].caps == 1 && toks[i].caps == 0)
			break;
		t = toks[j].nwt;
		nv = toks[j].nwv;
		if (wis(j, "and") && (lastt == 'h' || lastt == 's') &&
		    (toks[j + 1].nwt == 'n' || (toks[j + 1].nwt == 'o' &&
		    toks[j + 1].nwv < 100))) {
			lastt = 'a';
			j++;
			continue;
		}
		if (wis(j, "and") && wis(j + 1, "a") && (wis(j + 2, "half") ||
		    wis(j + 2, "quarter")) && any && lastt != 'f' &&
		    lastt != 's') {
			cur += toks[j + 2].nwv;
			lastt = 'f';
			j += 3;
			continue;
		}
		if (t == 'n') {
			if (nv < 10 && !(lastt == 0 || lastt == 'y' ||
			    lastt == 'h' || lastt == 's' || lastt == 'a'))
				break;
			if (nv >= 10 && !(lastt == 0 || lastt == 'h' ||
			    lastt == 's' || lastt == 'a'))
				break;
			if (lastt == 'y' && !multof(cur, 10))
				break;
			cur += nv;
			lastt = nv < 10 ? 'u' : nv < 20 ? 't' : 'y';
			any = 1;
			j++;
			continue;
		}
		if (t == 'h') {
			if (!(lastt == 0 || lastt == 'u' || lastt == 't' ||
			    lastt == 'd') || cur >= 100)
				break;
			cur = (cur != 0 ? cur : 1) * 100;
			lastt = 'h';
			any = 1;
			j++;
			continue;
		}
		if (t == 's') {
			if (nv >= lastscale || lastt == 's')
				break;
			if (lastt == 'd' && c->scale != 1)
				break;
			total += (cur != 0 || !any ? (cur != 0 ? cur : 1) :
			    1) * nv;
			if (lastt == 'd')
				c->scale = nv;
			cur = 0;
			lastscale = nv;
			lastt = 's';
			any = 1;
			j++;
			continue;
		}
		if (t == 'd' && (lastt == 0 || lastt == 'u' || lastt == 't' ||
		    lastt == 'd')) {
			cur = (cur != 0 ? cur : 1) * 12;
			lastt = 'h';
			any = 1;
			j++;
			continue;
		}
		if (t == 'o') {
			/* one third, a third of: fractions */
			if (lastt == 'u' && cur == 1 && nv >= 3 &&
			    total == 0) {
				cur = 1 / nv;
				j++;
				any = 1;
				break;
			}
			if (!(lastt == 0 || (lastt == 'y' && nv < 10) ||
			    ((lastt == 'h' || lastt == 's' ||
			    lastt == 'a') && nv < 100)))
				break;
			if (lastt == 0 && wis(j - 1, "a") && wis(j + 1, "of") &&
			    nv >= 3 && nv <= 100) {
				cur = 1 / nv;
				any = 1;
				j++;
				break;
			}
			cur += nv;
			*ord = 1;
			any = 1;
			j++;
			break;
		}
		if (t == 'F') {
			if (!(lastt == 'u' || lastt == 't' || lastt == 'y' ||
			    lastt == 'd') || total != 0)
				break;
			cur /= nv;
			any = 1;
			j++;
			break;
		}
		if (t == 'f') {
			if (lastt == 'u' && cur == 1 && total == 0) {
				cur = nv;
				any = 1;
				j++;
				break;
			}
			if (lastt != 0)
				break;
			cur = nv;
			any = 1;
			j++;
			/* half a million */
			if (wis(j, "a") && toks[j + 1].nwt == 's') {
				total = nv * toks[j + 1].nwv;
				cur = 0;
				j += 2;
			}
			break;
		}
		if (lastt == 0 && (t == 'a' || t == 'c')) {
			cur = nv;
			any = 1;
			j++;
			break;
		}
		if (lastt == 0 && t == 'v') {
			*vague = 1;
			any = 1;
			j++;
			/* hundreds of thousands, tens of millions */
			if (wis(j, "of") && (toks[j + 1].nwt == 'v' ||
			    toks[j + 1].nwt == 's'))
				j += 2;
			break;
		}
		break;
	}
	if (!any)
		return i;
	if (*vague) {
		c->hasv = 0;
		return j;
	}
	c->v = total + cur;
	c->raw = c->scale != 1 ? toks[i].v : c->v;
	c->hasv = 1;
	return j;
}

static int
firstword(int i)
{
	int	 k;

	for (k = 0; k < i; k++)
		if (toks[k].t == T_WORD || toks[k].t == T_NUM)
			return 0;
	return 1;
}

/* Ordinal words in fixed phrases and other non-number uses. */
static int
word_skip(int i)
{
	double	 v = toks[i].nwv;
	int	 t = toks[i].nwt;

	if (toks[i].caps == 1 && !firstword(i) && i > 0 &&
	    toks[i - 1].t == T_WORD && toks[i - 1].caps && toks[i].sp)
		return 1;	/* World War One, Formula One */
	if (toks[i].caps == 1 && !firstword(i) && (size_t)i + 1 < ntok &&
	    toks[i + 1].t == T_WORD && toks[i + 1].caps &&
	    toks[i + 1].nwt == 0 && !tin(months, i + 1) && t == 'o')
		return 1;	/* First Lady */
	if (i >= 2 && isdashtok(i - 1) && !toks[i].sp && !toks[i - 1].sp &&
	    toks[i - 2].t == T_WORD && toks[i - 2].nwt == 0)
		return 1;	/* high-five */
	if (t == 'n' && v == 1 && ((size_t)i + 1 == ntok ||
	    (toks[i + 1].t == T_PUNCT && !uc_isdash(toks[i + 1].c))) &&
	    lower(i - 1) && !npstop(i - 1))
		return 1;	/* a serious one. */
	if (t == 'n' && v == 1 && toks[i + 1 < (int)ntok ? i + 1 : i].nwt == 0) {
		if (wis(i - 1, "no") || wis(i - 1, "any") ||
		    wis(i - 1, "every") || wis(i - 1, "some") ||
		    wis(i - 1, "each") || wis(i - 1, "this") ||
		    wis(i - 1, "that") || wis(i - 1, "which") ||
		    wis(i - 1, "the") || wis(i - 1, "anyone") ||
		    wis(i + 1, "another") || pis(i + 1, '\'') ||
		    pis(i + 1, 0x2019) || (isdashtok(i + 1) &&
		    wis(i + 2, "on")) || (isdashtok(i - 1) &&
		    wis(i - 2, "on")))
			return 1;
	}
	if (t == 'o') {
		if (wis(i - 1, "at") && (v == 1 || wis(i + 1, "glance") ||
		    wis(i + 1, "sight")))
			return 1;
		if (v == 1 && ((wis(i + 1, "and") && wis(i + 2, "foremost")) ||
		    (wis(i + 1, "of") && wis(i + 2, "all")) ||
		    wis(i + 1, "aid") || wis(i + 1, "lady") ||
		    wis(i + 1, "hand") || wis(i + 1, "person")))
			return 1;
		if (isdashtok(i + 1) && !toks[i + 1].sp && (wis(i + 2, "hand") ||
		    wis(i + 2, "party") || wis(i + 2, "class") ||
		    wis(i + 2, "rate")))
			return 1;
		if (wis(i + 1, "place") && wis(i - 1, "the") &&
		    wis(i - 2, "in") && v == 1)
			return 1;
		if (v == 3 && (wis(i + 1, "party") || wis(i + 1, "parties") ||
		    wis(i + 1, "world") || wis(i + 1, "person")))
			return 1;
		if (v == 2 && (wis(i + 1, "nature") || wis(i + 1, "thoughts") ||
		    wis(i + 1, "guess") || (wis(i + 1, "to") &&
		    wis(i + 2, "none")) || wis(i + 1, "hand")))
			return 1;
		/* "a second", "30 second", "per second": the time noun */
		if (v == 2 && (toks[i - 1 < 0 ? 0 : i - 1].t == T_NUM ||
		    (i > 0 && toks[i - 1].nwt == 'n') || wis(i - 1, "per") ||
		    wis(i - 1, "split") || wis(i - 1, "every") ||
		    (wis(i - 1, "a") && (!lower(i + 1) || wis(i + 1, "later") ||
		    wis(i + 1, "ago") || wis(i + 1, "or") ||
		    wis(i + 1, "and") || wis(i + 1, "earlier")))))
			return 1;
	}
	if ((t == 'f' || t == 'F') && isdashtok(i + 1) && !toks[i + 1].sp)
		return 1;	/* half-time */
	if (t == 'f' && v == 0.25 && !wis(i - 1, "a") && !wis(i + 1, "of") &&
	    !wis(i - 1, "one"))
		return 1;	/* the third quarter (consumed), headquarters */
	if (t == 'F' && v == 4 && !(i > 0 && (toks[i - 1].nwt == 'n' ||
	    toks[i - 1].t == T_NUM)))
		return 1;	/* living quarters */
	if (t == 'F' && !(i > 0 && (toks[i - 1].nwt == 'n' ||
	    toks[i - 1].t == T_NUM)))
		return 1;
	if (t == 'c' && !wis(i - 1, "a"))
		return 1;
	if (t == 'v' && (v == 0) && (wis(i, "tens") || wis(i, "scores")) &&
	    !wis(i + 1, "of"))
		return 1;
	if (toks[i].caps == 2)
		return 1;
	return 0;
}

static int
cardday(const struct cand *c, int i)
{
	return c->hasv && c->v >= 1 && c->v <= 31 && whole(c->v) &&
	    toks[i].t == T_NUM && toks[i].plain && toks[i].nint <= 2;
}

/* Parse a number at token i; returns the next token to look at. */
static int
parse_at(int i, struct cand *c)
{
	int	 j, k, ord, vague, from, to, sing;
	const char *cur;
	int	 isnum = toks[i].t == T_NUM;

	/* +44 20 7946 0958: a phone number */
	if (isnum && pis(i - 1, '+') && !toks[i].sp && (size_t)i + 1 < ntok &&
	    (toks[i + 1].t == T_NUM || pis(i + 1, '('))) {
		for (j = i + 1; (size_t)j < ntok && (toks[j].t == T_NUM ||
		    pis(j, '(') || pis(j, ')') || isdashtok(j)); j++)
			continue;
		return -j;
	}
	if (isnum && chunk_bad(i))
		return -chunk_end(i);
	if (!isnum && word_skip(i))
		return -(i + 1);
	c->ti = i;
	c->word = !isnum;
	j = parse_value(i, c, &ord, &vague);
	if (j == i)
		return -(i + 1);
	c->s = toks[i].s;
	c->e = toks[j - 1].e;
	/* the ordinal suffix and the multiplier are part of the span */
	c->tn = j;
	c->tj = j;
	if (vague == 2)
		goto done;
	if (ord) {
		c->cls = C_ORD;
		/* "the 19th of June", "June 19th" */
		if (isnum && (tin(months, i - 1) || (wis(j, "of") &&
		    tin(months, j + 1)) || tin(months, j)))
			return -j;
		/* 501st Legion */
		if (isnum && c->v > 100 && (size_t)j < ntok &&
		    toks[j].t == T_WORD && toks[j].caps)
			return -j;
		headnoun(c, j, 1);
		goto done;
	}
	if (vague) {
		c->cls = C_CARD;
		headnoun(c, j, 0);
		goto done;
	}
	/* sign */
	if (isnum && i > 0 && !toks[i].sp && (pis(i - 1, '-') ||
	    pis(i - 1, 0x2212) || pis(i - 1, '+')) && (toks[i - 1].sp ||
	    i == 1) && (i < 2 || toks[i - 2].t != T_NUM)) {
		if (toks[i - 1].c != '+')
			c->v = -c->v;
		c->s = toks[i - 1].s;
	}
	/* a fraction: 3/4 */
	if (isnum && pis(j, '/') && !toks[j].sp && (size_t)j + 1 < ntok &&
	    toks[j + 1].t == T_NUM && !toks[j + 1].sp) {
		double a = toks[i].v, b = toks[j + 1].v;

		if (!toks[i].plain || !toks[j + 1].plain || a >= b ||
		    a <= 0 || !(b == 2 || b == 3 || b == 4 || b == 5 ||
		    b == 6 || b == 8 || b == 10 || b == 12 || b == 16 ||
		    b == 32 || b == 64 || b == 100))
			return -chunk_end(i);
		c->v = a / b;
		j += 2;
		c->e = toks[j - 1].e;
		c->tn = c->tj = j;
		c->cls = C_CARD;
		headnoun(c, j, 0);
		goto done;
	}
	/* percent */
	if (pis(j, '%') || pis(j, 0xFF05)) {
		c->cls = C_PCT;
		c->e = toks[j].e;
		c->tj = j + 1;
		strlcpy(c->unit, "%", sizeof(c->unit));
		goto done;
	}
	if (wis(j, "percent") || wis(j, "pct") || (wis(j, "per") &&
	    wis(j + 1, "cent"))) {
		k = wis(j, "per") ? j + 1 : j;
		c->cls = C_PCT;
		c->e = toks[k].e;
		c->tj = k + 1;
		strlcpy(c->unit, "%", sizeof(c->unit));
		goto done;
	}
	/* money */
	if (isnum && (cur = curbefore(i - 1, &from)) != NULL &&
	    (toks[i].sp == 0 || toks[from].t == T_WORD ||
	    toks[i - 1].t == T_PUNCT) && !(toks[i].sp && !toks[from].sp &&
	    from > 0 && toks[from - 1].t == T_NUM)) {
		c->cls = C_MONEY;
		c->s = toks[from].s;
		strlcpy(c->unit, cur, sizeof(c->unit));
		if ((cur = curafter(j, &to)) != NULL && (toks[j].t == T_WORD) &&
		    strcmp(cur, c->unit) == 0) {
			c->e = toks[to - 1].e;
			c->tj = to;
		}
		goto done;
	}
	if ((cur = curafter(j, &to)) != NULL) {
		c->cls = C_MONEY;
		strlcpy(c->unit, cur, sizeof(c->unit));
		c->e = toks[to - 1].e;
		c->tj = to;
		goto done;
	}
	/* measures */
	if (isnum && unitafter(j, c, &to)) {
		c->cls = C_QTY;
		c->uhead = to - 1;
		goto done;
	}
	/* dates: the day is never tagged */
	if (cardday(c, i) && (tin(months, i - 1) || tin(months, j) ||
	    (wis(j, "of") && tin(months, j + 1))))
		return -j;
	/* ranks: #2, No. 3, number 3, day five */
	if (pis(i - 1, '#') && !toks[i].sp) {
		c->cls = C_ORD;
		headnoun(c, j, 1);
		goto done;
	}
	if ((pis(i - 1, '.') && wis(i - 2, "No") && toks[i - 2].caps) ||
	    (wis(i - 1, "number") && lower(i - 1))) {
		c->cls = C_ORD;
		headnoun(c, j, 1);
		goto done;
	}
	if (tin(ordprefix, i - 1) && c->word != 0 && c->v >= 1 &&
	    c->v < 100 && whole(c->v)) {
		c->cls = C_ORD;
		setunit(c, i - 1);
		c->uhead = -1;
		goto done;
	}
	if (tin(ordprefix, i - 1) && isnum && c->v >= 1 && c->v < 1000) {
		c->cls = C_ORD;
		setunit(c, i - 1);
		c->uhead = -1;
		goto done;
	}
	if (isnum && tin(idprefix, i - 1) && !(toks[i].plain &&
	    toks[i].nint == 4 && toks[i].v >= 1000 && toks[i].v <= 2100))
		return -chunk_end(i);
	/* a year */
	if (isnum && toks[i].plain && toks[i].nint == 4 && c->scale == 1 &&
	    c->v >= 1000 && c->v <= 2100 && c->s == toks[i].s) {
		headnoun(c, j, 0);
		if (c->uhead >= 0 && !(toks[i - 1 < 0 ? 0 : i - 1].caps &&
		    i > 0 && toks[i - 1].t == T_WORD) &&
		    (wis(c->uhead, "year") || wis(c->uhead, "years") ||
		    (isplural(c->uhead) &&
		    !tin(yearmods, c->uhead) && !tin(months, i - 1))) &&
		    !tin(yearmods, c->uhead)) {
			c->cls = C_CARD;
			goto done;
		}
		c->cls = C_YEAR;
		c->unit[0] = '\0';
		c->uhead = -1;
		goto done;
	}
	/* digits inside a name: Windows 10, Explorer 6 */
	if (isnum && i > 0 && toks[i].sp && toks[i - 1].t == T_WORD &&
	    toks[i - 1].caps && !firstword(i - 1) &&
	    !tin(months, i - 1) && !(isdashtok(j) && toks[j + 1].t == T_NUM))
		return -chunk_end(i);
	c->cls = C_CARD;
	sing = c->hasv && (c->v == 1 || c->v == 0.5) && c->word;
	if (c->hasv && c->word && toks[i].nwt == 'a')
		goto done;	/* twice */
	headnoun(c, j, sing || (c->hasv && c->v == 1 && !isnum));
done:
	return j;
}

/* Copy what a range or a parallel phrase shares: "8-10 years". */
static void
pairs(void)
{
	size_t	 n;
	struct cand *a, *b;
	int	 k, conn;

	for (n = 0; n + 1 < ncand; n++) {
		a = &cands[n];
		b = &cands[n + 1];
		k = a->tj;
		conn = 0;
		if (k == b->ti - 1 && (isdashtok(k) || wis(k, "to") ||
		    wis(k, "or") || wis(k, "and") || wis(k, "through") ||
		    wis(k, "in")))
			conn = 1;
		else if (k == b->ti - 2 && wis(k, "out") && wis(k + 1, "of"))
			conn = 1;
		else if (a->uhead >= 0 && a->uhead + 1 == b->ti - 1 &&
		    a->uhead == a->tj && (wis(b->ti - 1, "to") ||
		    wis(b->ti - 1, "or") || wis(b->ti - 1, "and"))) {
			if (b->unit[0] == '\0' && b->cls == C_CARD &&
			    a->cls == C_CARD)
				memcpy(b->unit, a->unit, sizeof(b->unit));
			continue;
		}
		if (!conn || a->cls == C_YEAR || b->cls == C_YEAR)
			continue;
		/* $10-15 million */
		if (a->cls == C_MONEY && b->cls == C_CARD && b->hasv &&
		    b->unit[0] == '\0' && isdashtok(k)) {
			b->cls = C_MONEY;
			memcpy(b->unit, a->unit, sizeof(b->unit));
		}
		if ((a->cls == C_CARD || a->cls == C_ORD) &&
		    (b->cls == C_PCT || b->cls == C_MONEY ||
		    b->cls == C_QTY) && a->hasv && a->unit[0] == '\0') {
			a->cls = b->cls;
			memcpy(a->unit, b->unit, sizeof(a->unit));
		} else if (a->unit[0] == '\0' && a->cls == b->cls)
			memcpy(a->unit, b->unit, sizeof(a->unit));
		if (b->scale != 1 && a->scale == 1 && a->hasv && b->hasv &&
		    a->v < b->raw && !a->word) {
			a->v *= b->scale;
			a->scale = b->scale;
		}
	}
}

static void
scan_convention(const char *s, size_t n)
{
	size_t	 i;
	int	 shortc = 0, three = 0, k;
	const char *p;

	for (i = 1; i + 1 < n; i++) {
		if ((p = memchr(s + i, ',', n - 1 - i)) == NULL)
			break;
		i = (size_t)(p - s);
		if (!isdigit((unsigned char)s[i - 1]) ||
		    !isdigit((unsigned char)s[i + 1]))
			continue;
		for (k = 0; i + 1 + k < n && isdigit((unsigned char)
		    s[i + 1 + k]); k++)
			continue;
		if (k == 3)
			three++;
		else if (k <= 2)
			shortc++;
	}
	eu = shortc > 0 && shortc > three;
}

void
number_tag(struct doc *d, struct annlist *out)
{
	size_t	 si, n;
	int	 i, next, skipto;
	struct cand *c;
	char	 val[64];
	const char *attr[3];

	T = d->text;
	scan_convention(d->text, d->len);
	nents = 0;
	entpos = 0;
	for (n = 0; n < d->in.n; n++) {
		if (d->in.v[n].kind != K_ENTITY)
			continue;
		if (nents == capents) {
			capents = capents ? capents * 2 : 64;
			ents = xreallocarray(ents, capents, sizeof(*ents));
		}
		ents[nents].start = d->in.v[n].start;
		ents[nents].end = d->in.v[n].end;
		nents++;
	}
	if (nents > 1)
		sortv(ents, nents, sizeof(*ents), spancmp);
	for (si = 0; si < d->nsent; si++) {
		tokenize(d->sent[si].start, d->sent[si].end);
		lookup_words();
		ncand = 0;
		skipto = 0;
		for (i = 0; (size_t)i < ntok; i++) {
			if (i < skipto)
				continue;
			if (toks[i].t != T_NUM && !(toks[i].t == T_WORD &&
			    toks[i].nwt != 0))
				continue;
			c = newcand();
			next = parse_at(i, c);
			if (next <= 0) {
				ncand--;
				skipto = -next;
				if (skipto <= i)
					skipto = i + 1;
				continue;
			}
			if (nents > 0 && in_entity(c->s) && c->cls != C_YEAR &&
			    c->cls != C_MONEY && c->cls != C_PCT) {
				ncand--;
				skipto = next;
				continue;
			}
			skipto = next > c->tj ? next : c->tj;
			/* "first half": the noun is not a number too */
			if (c->uhead >= skipto && toks[c->uhead].nwt != 0)
				skipto = c->uhead + 1;
		}
		pairs();
		for (n = 0; n < ncand; n++) {
			c = &cands[n];
			if (c->hasv)
				number_format(c->v, val, sizeof(val));
			else
				val[0] = '\0';
			attr[0] = val;
			attr[1] = c->unit;
			attr[2] = clsname[c->cls];
			if (c->e > c->s)
				doc_add(d, out, K_NUMBER, c->s, c->e, attr);
		}
	}
}
