/*
 * number.c: the number engine.  Each sentence is cut into tokens (words,
 * digit groups, single other characters); a number starts at a digit
 * group, a number word or a currency sign, takes in its multipliers,
 * currency and percent sign, and then looks right for the noun it counts.
 * A last pass gives a number without a noun the noun of the number it is
 * joined to ("8-10 years", "52 votes to 41").
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lede.h"
#include "number.h"

enum { T_WORD, T_NUM, T_PUNCT };
enum { C_CARD, C_ORD, C_PCT, C_MONEY, C_YEAR, C_QTY };

static const char *const classname[] = {
	"cardinal", "ordinal", "percent", "money", "year", "quantity"
};

struct tok {
	size_t	 s, e;
	int	 type;
	int	 sp;		/* white space before it */
};

struct num {
	size_t	 s, e;		/* the span */
	size_t	 ue;		/* end of the unit word, or e */
	size_t	 t0, t1;	/* its tokens [t0, t1) */
	double	 v;
	int	 hasval;
	int	 cls;
	char	 unit[64];
};

struct nword {
	const char	*w;
	double		 v;
};

/* Kinds of number word. */
enum { W_UNIT = 1, W_TEN, W_HUNDRED, W_SCALE, W_ORD, W_VAGUE };

static const struct nword units[] = {
	{ "zero", 0 }, { "one", 1 }, { "two", 2 }, { "three", 3 },
	{ "four", 4 }, { "five", 5 }, { "six", 6 }, { "seven", 7 },
	{ "eight", 8 }, { "nine", 9 }, { "ten", 10 }, { "eleven", 11 },
	{ "twelve", 12 }, { "thirteen", 13 }, { "fourteen", 14 },
	{ "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 },
	{ "eighteen", 18 }, { "nineteen", 19 }, { NULL, 0 }
};
static const struct nword tens[] = {
	{ "twenty", 20 }, { "thirty", 30 }, { "forty", 40 }, { "fifty", 50 },
	{ "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 },
	{ "ninety", 90 }, { NULL, 0 }
};
static const struct nword scales[] = {
	{ "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 },
	{ "trillion", 1e12 }, { NULL, 0 }
};
static const struct nword ordinals[] = {
	{ "first", 1 }, { "second", 2 }, { "third", 3 }, { "fourth", 4 },
	{ "fifth", 5 }, { "sixth", 6 }, { "seventh", 7 }, { "eighth", 8 },
	{ "ninth", 9 }, { "tenth", 10 }, { "eleventh", 11 },
	{ "twelfth", 12 }, { "thirteenth", 13 }, { "fourteenth", 14 },
	{ "fifteenth", 15 }, { "sixteenth", 16 }, { "seventeenth", 17 },
	{ "eighteenth", 18 }, { "nineteenth", 19 }, { "twentieth", 20 },
	{ "thirtieth", 30 }, { "fortieth", 40 }, { "fiftieth", 50 },
	{ "sixtieth", 60 }, { "seventieth", 70 }, { "eightieth", 80 },
	{ "ninetieth", 90 }, { "hundredth", 100 }, { "thousandth", 1000 },
	{ "millionth", 1e6 }, { NULL, 0 }
};
/* Denominators of fractions: "two thirds", "three quarters". */
static const struct nword denoms[] = {
	{ "half", 2 }, { "halves", 2 }, { "third", 3 }, { "thirds", 3 },
	{ "quarter", 4 }, { "quarters", 4 }, { "fourths", 4 },
	{ "fifth", 5 }, { "fifths", 5 }, { "sixths", 6 }, { "eighths", 8 },
	{ "tenth", 10 }, { "tenths", 10 }, { NULL, 0 }
};
static const char *const vague[] = {
	"dozens", "hundreds", "thousands", "millions", "billions",
	"trillions", "tens", NULL
};
static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", NULL
};
/* Nouns counted by a number that end the search for one. */
static const char *const timenouns[] = {
	"year", "years", "month", "months", "week", "weeks", "day", "days",
	"hour", "hours", "minute", "minutes", "second", "seconds", "decade",
	"decades", "century", "centuries", "night", "nights", "weekend",
	"weekends", "time", "times", "people", "men", "women", "children",
	"police", "staff", "persons", "feet", "mice", "teeth", "cattle",
	"sheep", "fish", "aircraft", "personnel", "crew", NULL
};
/* Nouns that rank what follows them: "day five", "round 3". */
static const char *const rankers[] = {
	"day", "round", "stage", "week", "game", "match", "matchday", "leg",
	"phase", "episode", "chapter", "season", "act", "level", "grade",
	"lap", "heat", "hole", "gate", "platform", "number", "no", NULL
};
/* Words before a number that make four digits a year. */
static const char *const yearpreps[] = {
	"in", "since", "by", "from", "until", "till", "during", "before",
	"after", "circa", "early", "late", "mid", "summer", "winter",
	"spring", "autumn", "fall", "year", "season", "fiscal", NULL
};
/* Words that never are, nor belong to, the noun a number counts. */
static const char *const stopwords[] = {
	"a", "an", "the", "of", "and", "or", "nor", "but", "to", "in", "on",
	"at", "for", "with", "by", "from", "as", "than", "that", "which",
	"who", "whom", "whose", "where", "when", "while", "is", "are", "was",
	"were", "be", "been", "being", "has", "have", "had", "will", "would",
	"can", "could", "should", "may", "might", "must", "shall", "do",
	"does", "did", "not", "no", "it", "its", "he", "she", "they", "we",
	"you", "i", "me", "him", "them", "us", "his", "her", "their", "our",
	"my", "your", "this", "these", "those", "each", "every", "all",
	"some", "any", "more", "most", "less", "least", "fewer", "over",
	"under", "about", "after", "before", "since", "until", "into",
	"onto", "upon", "per", "ago", "later", "earlier", "old", "ahead",
	"apart", "away", "back", "up", "down", "out", "off", "so", "such",
	"very", "too", "also", "only", "just", "even", "still", "yet", "if",
	"because", "there", "here", "now", "then", "what", "how", "why",
	"said", "says", "say", "told", "including", "between", "among",
	"against", "during", "through", "across", "around", "behind", "near",
	"without", "within", "like", "both", "either", "neither", "other",
	"another", "fold", "each", "own", "same", "again", "instead",
	"whether", "though", "although", "unless", "via", "amid", "toward",
	"towards", "got", "get", "gets", "went", "go", "goes", "came",
	"come", "comes", "made", "make", "makes", "took", "take", "takes",
	"won", "lost", "left", "saw", "see", "sees", "according", "today",
	"tomorrow", "yesterday", "tonight", "last", "next", "ever", "never",
	"already", "almost", "nearly", "roughly", "approximately", "above",
	"below", "beyond", "far", "well", "much", "many", "few", "several",
	"ones", "one", "others", "way", "against", NULL
};

static struct lexicon *currency, *measure;
static struct lexicon *numstart;	/* words that may start a number */
static struct tok *tv;
static size_t ntok, captok;
static struct num *nv;
static size_t nnum, capnum;
static const char *T;		/* the document text */
static struct doc *D;

void
num_init(void)
{
	static const struct nword *const lists[] = {
		units, tens, scales, ordinals, NULL
	};
	static const char *const more[] = {
		"hundred", "dozen", "twice", "thrice", "couple", "half",
		"quarter", NULL
	};
	const struct nword *const *lp;
	const struct nword *w;
	const char *const *sp;

	currency = lex_load("currencies.txt", 0, 0);
	measure = lex_load("units.txt", 0, 0);
	numstart = lex_new(1);
	for (lp = lists; *lp != NULL; lp++)
		for (w = *lp; w->w != NULL; w++)
			lex_add(numstart, w->w, strlen(w->w), "");
	for (sp = vague; *sp != NULL; sp++)
		lex_add(numstart, *sp, strlen(*sp), "");
	for (sp = more; *sp != NULL; sp++)
		lex_add(numstart, *sp, strlen(*sp), "");
}

/* The token's text compared with a lower-case ASCII word, ignoring case. */
static int
teq(size_t i, const char *w)
{
	size_t	 n = strlen(w);

	return i < ntok && tv[i].e - tv[i].s == n &&
	    strncasecmp(T + tv[i].s, w, n) == 0;
}

static int
tin(size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (teq(i, *list))
			return 1;
	return 0;
}

static const struct nword *
tfind(size_t i, const struct nword *list)
{
	if (i >= ntok || tv[i].type != T_WORD)
		return NULL;
	for (; list->w != NULL; list++)
		if (teq(i, list->w))
			return list;
	return NULL;
}

static int
tisword(size_t i)
{
	return i < ntok && tv[i].type == T_WORD;
}

static int
tispunct(size_t i, int c)
{
	return i < ntok && tv[i].type == T_PUNCT && tv[i].e - tv[i].s == 1 &&
	    T[tv[i].s] == c;
}

static int
tisdash(size_t i)
{
	uint32_t c;

	if (i >= ntok || tv[i].type != T_PUNCT)
		return 0;
	utf8_decode((const unsigned char *)T + tv[i].s, tv[i].e - tv[i].s,
	    &c);
	return uc_isdash(c);
}

static int
tisupper(size_t i)
{
	uint32_t c;

	utf8_decode((const unsigned char *)T + tv[i].s, tv[i].e - tv[i].s,
	    &c);
	return uc_isupper(c);
}

/* Every letter upper case, and more than one. */
static int
tisallcaps(size_t i)
{
	size_t	 k;

	if (tv[i].e - tv[i].s < 2)
		return 0;
	for (k = tv[i].s; k < tv[i].e; k++)
		if (T[k] >= 'a' && T[k] <= 'z')
			return 0;
	return 1;
}

static size_t
tlen(size_t i)
{
	return tv[i].e - tv[i].s;
}

/* Does the token end with the lower-case ASCII suffix? */
static int
tends(size_t i, const char *suf)
{
	size_t	 n = strlen(suf);

	return tlen(i) > n &&
	    strncasecmp(T + tv[i].e - n, suf, n) == 0;
}

/* Cut [s, e) into tokens. */
static void
tokenize(size_t s, size_t e)
{
	const unsigned char *p = (const unsigned char *)T;
	size_t	 i = s, k, j;
	uint32_t c;
	int	 sp = 1;
	struct tok *t;

	ntok = 0;
	while (i < e) {
		k = utf8_decode(p + i, e - i, &c);
		if (k == 0)
			k = 1;
		if (uc_isspace(c)) {
			sp = 1;
			i += k;
			continue;
		}
		if (ntok == captok) {
			captok = captok ? captok * 2 : 256;
			tv = xreallocarray(tv, captok, sizeof(*tv));
		}
		t = &tv[ntok++];
		t->s = i;
		t->sp = sp;
		sp = 0;
		if (c >= '0' && c <= '9') {
			t->type = T_NUM;
			for (j = i; j < e; j++) {
				if (p[j] >= '0' && p[j] <= '9')
					continue;
				/* 1,234 or 2.5: a separator between digits */
				if ((p[j] == ',' || p[j] == '.') &&
				    j + 1 < e && p[j + 1] >= '0' &&
				    p[j + 1] <= '9')
					continue;
				break;
			}
			i = j;
		} else if (uc_isalpha(c)) {
			t->type = T_WORD;
			for (j = i + k; j < e; j += k) {
				k = utf8_decode(p + j, e - j, &c);
				if (k == 0 || !uc_isalpha(c))
					break;
			}
			i = j;
		} else {
			t->type = T_PUNCT;
			i += k;
		}
		t->e = i;
	}
}

/*
 * The value of a digit group; -1 when it is not a plain number (a
 * version, a badly grouped number).
 */
static double
digits(size_t i, int *ndig, int *plain)
{
	char	 b[64];
	size_t	 k, n = 0;
	int	 dots = 0, commas = 0, grp = -1;

	*ndig = 0;
	for (k = tv[i].s; k < tv[i].e && n < sizeof(b) - 1; k++) {
		if (T[k] == ',') {
			if (dots || (grp != -1 && grp != 3) ||
			    (grp == -1 && *ndig > 3))
				return -1;
			commas++;
			grp = 0;
			continue;
		}
		if (T[k] == '.') {
			if (++dots > 1 || (grp != -1 && grp != 3))
				return -1;
			grp = -1;
			b[n++] = '.';
			continue;
		}
		if (grp != -1)
			grp++;
		if (!dots)
			(*ndig)++;
		b[n++] = T[k];
	}
	if (commas && grp != -1 && grp != 3)
		return -1;
	b[n] = '\0';
	*plain = commas == 0 && dots == 0;
	return strtod(b, NULL);
}

static int
ismonth(size_t i)
{
	return tisword(i) && tin(i, months) &&
	    (tisupper(i) || tlen(i) > 3);
}

/* Is the token a lower-case word that could start or be a noun? */
static int
nounish(size_t i)
{
	if (!tisword(i) || tin(i, stopwords) || ismonth(i))
		return 0;
	if (tfind(i, units) || tfind(i, tens) || tfind(i, scales))
		return 0;
	return 1;
}

/* Look a phrase of up to n words up in a lexicon: exact, then lower. */
static size_t
lexphrase(const struct lexicon *l, size_t i, size_t maxw, const char **val)
{
	static struct buf b;
	size_t	 j, k, w, best = 0;
	const char *v;

	for (w = 1; w <= maxw && i + w <= ntok; w++) {
		j = i + w - 1;
		if (!tisword(j) && !(tv[j].type == T_PUNCT && w == 1))
			break;
		if (j > i && !tv[j].sp)
			break;
		b.len = 0;
		for (k = i; k <= j; k++) {
			if (k > i)
				buf_addc(&b, ' ');
			buf_add(&b, T + tv[k].s, tlen(k));
		}
		if ((v = lex_get(l, b.p, b.len)) != NULL) {
			best = w;
			*val = v;
			continue;
		}
		for (k = 0; k < b.len; k++)
			if (b.p[k] >= 'A' && b.p[k] <= 'Z')
				b.p[k] += 32;
		if ((v = lex_get(l, b.p, b.len)) != NULL) {
			best = w;
			*val = v;
		}
	}
	return best;
}

/* Could a capitalised word start a currency code before a number? */
static int
moneystart(size_t i)
{
	size_t	 j;

	for (j = i + 1; j < ntok && j < i + 5; j++)
		if (tv[j].type == T_NUM)
			return 1;
	return 0;
}

/* A currency sign or code right before a number: its token count. */
static size_t
moneyprefix(size_t i, const char **code)
{
	static struct buf b;
	size_t	 j, best = 0;
	const char *v;

	b.len = 0;
	for (j = i; j < ntok && j < i + 5; j++) {
		if (j > i && tv[j].sp)
			break;
		if (tv[j].type == T_NUM)
			break;
		buf_add(&b, T + tv[j].s, tlen(j));
		if (T[tv[i].s] >= 'a' && T[tv[i].s] <= 'z')
			break;
		if ((v = lex_get(currency, b.p, b.len)) != NULL &&
		    j + 1 < ntok && tv[j + 1].type == T_NUM) {
			best = j - i + 1;
			*code = v;
		}
	}
	return best;
}

static void
setunit(struct num *n, size_t i, int lower)
{
	size_t	 len = tlen(i), k;

	if (len >= sizeof(n->unit))
		len = sizeof(n->unit) - 1;
	memcpy(n->unit, T + tv[i].s, len);
	n->unit[len] = '\0';
	if (lower)
		for (k = 0; k < len; k++)
			if (n->unit[k] >= 'A' && n->unit[k] <= 'Z')
				n->unit[k] += 32;
	n->ue = tv[i].e;
}

/* Set the unit to the text of tokens [i, j). */
static void
setunitspan(struct num *n, size_t i, size_t j)
{
	size_t	 len = tv[j - 1].e - tv[i].s;

	if (len >= sizeof(n->unit))
		len = sizeof(n->unit) - 1;
	memcpy(n->unit, T + tv[i].s, len);
	n->unit[len] = '\0';
	n->ue = tv[j - 1].e;
}

/*
 * The noun a number counts, from token i on.  single: a rank or a count
 * of one, where a plural word is not the noun.
 */
static void
findunit(struct num *n, size_t i, int single)
{
	const char *v;
	size_t	 j, w, last = (size_t)-1;

	if (tispunct(i, ']'))		/* "[Ten] years" */
		i++;
	if (i >= ntok)
		return;
	/* "14-year-old", "three-nation", "six - member" */
	if (tisdash(i) && tispunct(i, '-') && tisword(i + 1) &&
	    !tv[i + 1].sp == !tv[i].sp) {
		if (tin(i + 1, stopwords) || tfind(i + 1, units) ||
		    tfind(i + 1, tens))
			return;
		if ((w = lexphrase(measure, i + 1, 1, &v)) > 0) {
			setunit(n, i + 1, 0);
			n->cls = C_QTY;
		} else
			setunit(n, i + 1, 1);
		return;
	}
	if (teq(i, "of") && n->cls != C_ORD) {
		i++;
		single = 0;
		while (i < ntok && (teq(i, "the") || teq(i, "all") ||
		    teq(i, "his") || teq(i, "her") || teq(i, "their") ||
		    teq(i, "its") || teq(i, "our") || teq(i, "these") ||
		    teq(i, "those") || teq(i, "my") || teq(i, "your")))
			i++;
	}
	if ((w = lexphrase(measure, i, 3, &v)) > 0 &&
	    (w > 1 || tisword(i) || tv[i].type == T_PUNCT)) {
		if (w > 1)
			setunitspan(n, i, i + w);
		else
			setunit(n, i, 0);
		if (n->cls == C_CARD)
			n->cls = C_QTY;
		return;
	}
	for (j = i; j < ntok && j < i + 5; j++) {
		if (!nounish(j) || (j > i && !tv[j].sp))
			break;
		/* a possessive ends the phrase before it */
		if (j + 1 < ntok && !tv[j + 1].sp &&
		    (tispunct(j + 1, '\'') || teq(j + 1, "’")))
			break;
		if (tlen(j) > 4 && (tends(j, "ly") || tends(j, "ed")) &&
		    !tisupper(j))
			break;
		if (last != (size_t)-1 && tlen(j) > 4 && tends(j, "ing"))
			break;
		last = j;
		if (tin(j, timenouns))
			break;
		if (!single && tlen(j) > 3 && tends(j, "s") &&
		    !tends(j, "ss") && !tends(j, "us") && !tends(j, "is") &&
		    !tisupper(j))
			break;
		/* a hyphenated noun: "asylum-seekers" */
		if (j + 2 < ntok && tispunct(j + 1, '-') && !tv[j + 1].sp &&
		    tisword(j + 2) && !tv[j + 2].sp) {
			n->ue = tv[j + 2].e;
			break;
		}
	}
	if (last == (size_t)-1 || tisupper(last))
		return;
	if (n->ue > tv[last].e) {
		setunitspan(n, last, last + 3);
		for (j = 0; n->unit[j] != '\0'; j++)
			if (n->unit[j] >= 'A' && n->unit[j] <= 'Z')
				n->unit[j] += 32;
	} else
		setunit(n, last, 1);
}

/* Is token i a word at which a sentence (or a quotation) starts? */
static int
startlike(size_t i)
{
	size_t	 p;

	if (i == 0)
		return 1;
	p = i - 1;
	if (tv[p].type != T_PUNCT)
		return 0;
	if (tispunct(p, ':') || tispunct(p, '(') || tispunct(p, '"') ||
	    tispunct(p, '\'') || tisdash(p) || tispunct(p, '[') ||
	    tispunct(p, '#'))
		return 1;
	return tlen(p) > 1;	/* a curly quote or a dash */
}

/* "one" as a pronoun after adjectives: "a very serious one." */
static int
oneword(size_t t)
{
	size_t	 k;

	if (nounish(t + 1) || tfind(t + 1, scales) || teq(t + 1, "of") ||
	    teq(t + 1, "hundred"))
		return 0;
	for (k = t; k > 0 && k + 4 > t; k--) {
		if (teq(k - 1, "a") || teq(k - 1, "an") || teq(k - 1, "the") ||
		    teq(k - 1, "this") || teq(k - 1, "that"))
			return k < t;
		if (teq(k - 1, "very") || teq(k - 1, "only") ||
		    teq(k - 1, "most") || teq(k - 1, "more") ||
		    teq(k - 1, "so") || teq(k - 1, "too") ||
		    teq(k - 1, "last") || teq(k - 1, "next"))
			continue;
		if (!tisword(k - 1) || tisupper(k - 1) ||
		    tin(k - 1, stopwords) || tfind(k - 1, units) ||
		    tfind(k - 1, tens))
			return 0;
	}
	return 0;
}

/*
 * Number words from token i: returns the token after them (i when there
 * are none).  Sets the value, whether it is an ordinal or vague.
 */
static size_t
numwords(size_t i, double *val, int *ord, int *vag)
{
	const struct nword *nw;
	double	 total = 0, cur = 0;
	size_t	 j = i, end = i;
	int	 last = 0;

	*ord = *vag = 0;
	if (tin(i, vague)) {
		if (teq(i, "tens") && !(teq(i + 1, "of") && tin(i + 2, vague)))
			return i;
		*vag = 1;
		j = i + 1;
		while (teq(j, "of") && tin(j + 1, vague) && !teq(j + 1, "tens"))
			j += 2;
		return j;
	}
	while (j < ntok && tisword(j)) {
		if (j > i && !tv[j].sp && !(tispunct(j - 1, '-') &&
		    last == W_TEN))
			break;
		if ((nw = tfind(j, units)) != NULL) {
			if (last == W_UNIT || (last == W_TEN && nw->v >= 10))
				break;
			cur += nw->v;
			last = W_UNIT;
		} else if ((nw = tfind(j, tens)) != NULL) {
			if (last == W_UNIT || last == W_TEN)
				break;
			cur += nw->v;
			last = W_TEN;
		} else if (teq(j, "hundred")) {
			cur = (cur == 0 ? 1 : cur) * 100;
			last = W_HUNDRED;
		} else if ((nw = tfind(j, scales)) != NULL) {
			total += (cur == 0 ? 1 : cur) * nw->v;
			cur = 0;
			last = W_SCALE;
		} else if (teq(j, "dozen")) {
			cur = (cur == 0 ? 1 : cur) * 12;
			last = W_SCALE;
		} else if ((nw = tfind(j, ordinals)) != NULL && (last == 0 ||
		    last == W_TEN || last == W_HUNDRED || last == W_SCALE)) {
			if (nw->v >= 100)
				cur = (cur == 0 ? 1 : cur) * nw->v;
			else
				cur += nw->v;
			*ord = 1;
			end = j + 1;
			break;
		} else if (teq(j, "and") && (last == W_HUNDRED ||
		    last == W_SCALE) && (tfind(j + 1, units) ||
		    tfind(j + 1, tens))) {
			j++;
			continue;
		} else
			break;
		j++;
		end = j;
		/* "twenty-one" */
		if (last == W_TEN && tispunct(j, '-') && !tv[j].sp &&
		    tfind(j + 1, units) && !tv[j + 1].sp)
			j++;
	}
	*val = total + cur;
	return end;
}

static struct num *
newnum(size_t s, size_t e, size_t t0, size_t t1)
{
	struct num *n;

	if (nnum == capnum) {
		capnum = capnum ? capnum * 2 : 64;
		nv = xreallocarray(nv, capnum, sizeof(*nv));
	}
	n = &nv[nnum++];
	memset(n, 0, sizeof(*n));
	n->s = s;
	n->e = n->ue = e;
	n->t0 = t0;
	n->t1 = t1;
	n->hasval = 1;
	return n;
}

/* A multiplier written after a number, as a word or stuck to it. */
static double
multiplier(size_t i, int stuck)
{
	const struct nword *nw;

	if (i >= ntok || tv[i].type != T_WORD)
		return 0;
	if (stuck) {
		if (teq(i, "k") || teq(i, "K"))
			return 1e3;
		if (teq(i, "m") || teq(i, "mn") || teq(i, "mln"))
			return 1e6;
		if (teq(i, "bn") || teq(i, "b") || teq(i, "bln"))
			return 1e9;
		if (teq(i, "tn") || teq(i, "trn"))
			return 1e12;
	}
	if ((nw = tfind(i, scales)) != NULL)
		return nw->v;
	if (teq(i, "hundred"))
		return 100;
	if (teq(i, "dozen"))
		return 12;
	return 0;
}

/* Is the number at token i inside an entity of the input (not a year)? */
static int
inentity(size_t s, size_t e)
{
	size_t	 k;

	for (k = 0; k < D->in.n; k++)
		if (D->in.v[k].kind == K_ENTITY && D->in.v[k].start <= s &&
		    D->in.v[k].end >= e)
			return 1;
	return 0;
}

/* Percent or a currency after the number: tokens taken, 0 if none. */
static size_t
suffix(struct num *n, size_t i)
{
	const char *code;
	size_t	 w;

	if (i >= ntok)
		return 0;
	if (tispunct(i, '%') || teq(i, "percent") || teq(i, "pct")) {
		n->cls = C_PCT;
		strlcpy(n->unit, "%", sizeof(n->unit));
		return 1;
	}
	if (teq(i, "per") && teq(i + 1, "cent")) {
		n->cls = C_PCT;
		strlcpy(n->unit, "%", sizeof(n->unit));
		return 2;
	}
	if (n->cls == C_MONEY)
		return 0;
	if ((w = lexphrase(currency, i, 3, &code)) > 0) {
		/* words that are mostly not money */
		if (w == 1 && (teq(i, "won") || teq(i, "soles") ||
		    teq(i, "rand") || teq(i, "lei") || teq(i, "dram")))
			return 0;
		n->cls = C_MONEY;
		strlcpy(n->unit, code, sizeof(n->unit));
		return w;
	}
	return 0;
}

/*
 * A number at token i: adds it and returns the next token to look at,
 * or returns i + 1 when there is none.
 */
static size_t
number(size_t i)
{
	struct num *n;
	const char *code = NULL;
	size_t	 t = i, pre = 0, j, w;
	double	 v = 0, m;
	int	 ndig = 0, plain = 0, ord = 0, vag = 0, isdig, single;

	if (tv[i].type != T_NUM && (pre = moneyprefix(i, &code)) > 0)
		t = i + pre;
	isdig = tv[t].type == T_NUM;
	if (isdig) {
		if ((v = digits(t, &ndig, &plain)) < 0)
			return t + 1;
		/* glued to a letter or code before: an identifier */
		if (t > 0 && !tv[t].sp && pre == 0 && (tisword(t - 1) ||
		    ((tispunct(t - 1, '-') || tispunct(t - 1, '/') ||
		    tispunct(t - 1, '.') || tispunct(t - 1, '_')) &&
		    t > 1 && !tv[t - 1].sp && (tisword(t - 2) ||
		    (tv[t - 2].type == T_NUM && !tispunct(t - 1, '-'))))))
			return t + 1;
		/* a time, a ratio, a date, a code: 5:30, 24/7, 555-1234-1 */
		if (t + 2 < ntok && !tv[t + 1].sp && !tv[t + 2].sp &&
		    tv[t + 2].type == T_NUM && (tispunct(t + 1, ':') ||
		    tispunct(t + 1, '/') || tispunct(t + 1, '.')))
			return t + 3;
		if (t + 4 < ntok && tispunct(t + 1, '-') &&
		    tispunct(t + 3, '-') && tv[t + 2].type == T_NUM &&
		    tv[t + 4].type == T_NUM && !tv[t + 1].sp &&
		    !tv[t + 3].sp)
			return t + 5;
		/* a day of the month */
		if (plain && ndig <= 2 && v >= 1 && v <= 31 && pre == 0 &&
		    ((t > 0 && ismonth(t - 1)) || ismonth(t + 1) ||
		    (tisword(t + 1) && !tv[t + 1].sp && (teq(t + 1, "st") ||
		    teq(t + 1, "nd") || teq(t + 1, "rd") ||
		    teq(t + 1, "th")) && (ismonth(t + 2) ||
		    (teq(t + 2, "of") && ismonth(t + 3))))))
			return t + 1;
		/* a time of day */
		if ((teq(t + 1, "am") || teq(t + 1, "pm") ||
		    teq(t + 1, "GMT") || teq(t + 1, "UTC") ||
		    ((teq(t + 1, "a") || teq(t + 1, "p")) &&
		    tispunct(t + 2, '.') && teq(t + 3, "m"))))
			return t + 1;
		/* a name: "Windows 10", not a score "Sweden 1 - 0" */
		if (pre == 0 && t > 0 && tisword(t - 1) && tisupper(t - 1) &&
		    !tin(t - 1, stopwords) && !tin(t - 1, rankers) &&
		    !ismonth(t - 1) && !(plain && ndig == 4) &&
		    !(tisdash(t + 1) && t + 2 < ntok &&
		    tv[t + 2].type == T_NUM) && !startlike(t - 1))
			return t + 1;
		if (inentity(tv[t].s, tv[t].e) && !(plain && ndig == 4))
			return t + 1;
		n = newnum(tv[i].s, tv[t].e, i, t + 1);
		n->v = v;
		n->cls = pre ? C_MONEY : C_CARD;
		if (code != NULL)
			strlcpy(n->unit, code, sizeof(n->unit));
		j = t + 1;
		/* stuck suffixes: 33rd, 1990s, 2.5bn, 5km */
		if (tisword(j) && !tv[j].sp) {
			if (teq(j, "st") || teq(j, "nd") || teq(j, "rd") ||
			    teq(j, "th")) {
				n->cls = C_ORD;
				n->e = tv[j].e;
				j++;
			} else if (teq(j, "s") && plain) {
				n->cls = ndig == 4 ? C_YEAR : C_CARD;
				n->hasval = ndig == 4;
				n->e = tv[j].e;
				if (ndig == 4)
					goto done;
				j++;
			} else if ((m = multiplier(j, 1)) > 0) {
				n->v *= m;
				n->e = tv[j].e;
				j++;
			} else if (lexphrase(measure, j, 1, &code) > 0 &&
			    n->cls != C_MONEY) {
				n->cls = C_QTY;
				setunit(n, j, 0);
				j++;
				goto done;
			} else {
				nnum--;		/* 3D, 4G, MP3 */
				return j + 1;
			}
		} else if ((m = multiplier(j, 0)) > 0) {
			n->v *= m;
			n->e = tv[j].e;
			j++;
			while ((m = multiplier(j, 0)) > 0) {
				n->v *= m;
				n->e = tv[j].e;
				j++;
			}
		}
		n->t1 = j;
		if (t > 0 && (tispunct(t - 1, '#') || (pre == 0 &&
		    (teq(t - 1, "number") || (teq(t - 1, "no") &&
		    tispunct(t, '.'))))))
			n->cls = C_ORD;
	} else {
		if ((j = numwords(t, &v, &ord, &vag)) == t) {
			/* twice, a couple of, a quarter of, a third of */
			if (teq(t, "twice") || teq(t, "thrice")) {
				n = newnum(tv[t].s, tv[t].e, t, t + 1);
				n->v = teq(t, "twice") ? 2 : 3;
				return t + 1;
			}
			if (teq(t, "quarter") && t > 0 && teq(t - 1, "a") &&
			    teq(t + 1, "of")) {
				n = newnum(tv[t].s, tv[t].e, t, t + 1);
				n->v = 0.25;
				findunit(n, t + 1, 0);
				return t + 1;
			}
			if (teq(t, "couple") && teq(t + 1, "of")) {
				n = newnum(tv[t].s, tv[t].e, t, t + 1);
				n->v = 2;
				findunit(n, t + 1, 0);
				return t + 1;
			}
			if (teq(t, "half") && !tispunct(t + 1, '-') &&
			    !(t > 0 && (tfind(t - 1, ordinals) ||
			    teq(t - 1, "and")))) {
				n = newnum(tv[t].s, tv[t].e, t, t + 1);
				n->v = 0.5;
				w = t + 1;
				if (teq(w, "a") || teq(w, "an") ||
				    teq(w, "the"))
					w++;
				findunit(n, w, 0);
				return t + 1;
			}
			return t + 1;
		}
		/* capitalised inside a sentence: a name ("Formula One") */
		if ((tisupper(t) && !startlike(t) && !(t > 0 &&
		    tin(t - 1, rankers))) || tisallcaps(t))
			return j;
		/* "high-five" */
		if (t > 1 && tispunct(t - 1, '-') && !tv[t].sp &&
		    !tv[t - 1].sp && tisword(t - 2) && !tfind(t - 2, tens))
			return j;
		if (teq(t, "one") && j == t + 1 && oneword(t))
			return j;
		if (teq(t, "one") && j == t + 1 && ((t > 0 && (teq(t - 1,
		    "no") || teq(t - 1, "any") || teq(t - 1, "every") ||
		    teq(t - 1, "someone"))) || teq(j, "another") ||
		    tispunct(j, '\'') || teq(j, "’") ||
		    (t > 0 && teq(t - 1, "the") && (teq(j, "who") ||
		    teq(j, "that") || teq(j, "which")))))
			return j;
		if (ord && j == t + 1) {
			/* "the first half": the noun, not a fraction */
			if (teq(t, "second") && t > 0 &&
			    (tv[t - 1].type == T_NUM || tfind(t - 1, units) ||
			    tfind(t - 1, tens) || teq(t - 1, "a")) &&
			    !nounish(j))
				return j;
			if (teq(t, "first") && ((t > 0 && teq(t - 1, "at")) ||
			    (teq(j, "and") && teq(j + 1, "foremost")) ||
			    (teq(j, "of") && teq(j + 1, "all")) ||
			    (t > 1 && teq(t - 1, "the") && teq(t - 2, "in") &&
			    teq(j, "place"))))
				return j;
			if ((teq(t, "third") && (teq(j, "party") ||
			    teq(j, "parties") || teq(j, "world"))) ||
			    (tispunct(j, '-') && teq(j + 1, "hand")))
				return j;
			/* a fraction: "a third of", "a fifth of" */
			if (t > 0 && teq(t - 1, "a") && teq(j, "of") &&
			    tfind(t, denoms)) {
				n = newnum(tv[t].s, tv[t].e, t, j);
				n->v = 1 / tfind(t, denoms)->v;
				findunit(n, j, 0);
				return j;
			}
		}
		n = newnum(tv[t].s, tv[j - 1].e, t, j);
		n->v = v;
		n->hasval = !vag;
		n->cls = ord ? C_ORD : C_CARD;
		/* "one and a half", "two thirds", "three-quarters" */
		if (!ord && !vag && teq(j, "and") && teq(j + 1, "a") &&
		    teq(j + 2, "half")) {
			n->v += 0.5;
			n->e = tv[j + 2].e;
			j += 3;
		} else if (!ord && !vag && (w = j + (tispunct(j, '-') &&
		    !tv[j].sp)) < ntok && tfind(w, denoms) &&
		    !teq(w, "second")) {
			n->v /= tfind(w, denoms)->v;
			n->e = tv[w].e;
			j = w + 1;
		}
		n->t1 = j;
	}
	j = n->t1;
	/* a rank after its noun: "day five", "round 3" */
	single = n->cls == C_ORD || (n->hasval && n->v == 1);
	if (n->cls != C_MONEY && t > 0 && tv[t].sp && tin(t - 1, rankers) &&
	    !teq(t - 1, "number") && !teq(t - 1, "no") &&
	    !(isdig && plain && ndig == 4)) {
		n->cls = C_ORD;
		setunit(n, t - 1, 1);
		n->ue = n->e;
		return j;
	}
	if ((w = suffix(n, j)) > 0) {
		n->e = tv[j + w - 1].e;
		n->ue = n->e;
		n->t1 = j + w;
		return j + w;
	}
	if (n->cls == C_MONEY)
		return j;
	if (n->cls != C_QTY)
		findunit(n, j, single);
	/* four digits: a year unless they count a noun */
	if (isdig && plain && ndig == 4 && n->cls == C_CARD && n->v >= 1000 &&
	    n->v <= 2100 && (n->unit[0] == '\0' || (t > 0 &&
	    (tin(t - 1, yearpreps) || ismonth(t - 1))) ||
	    (tin(j, rankers) && j + 1 < ntok && (tv[j + 1].type == T_NUM ||
	    tfind(j + 1, units) || tfind(j + 1, tens))))) {
		n->cls = C_YEAR;
		n->unit[0] = '\0';
		n->ue = n->e;
	}
	if (n->cls == C_YEAR)
		n->unit[0] = '\0';
done:
	return j;
}

/* Is [a, b) only a joining word or sign: "-", "to", "or", "and", "in"? */
static int
joined(size_t a, size_t b)
{
	static const char *const joins[] = {
		"to", "or", "and", "in", "out of", "-", "–", "—", "/", "by",
		"of", "from", NULL
	};
	const char *const *jp;
	size_t	 n;

	while (a < b && (T[a] == ' ' || T[a] == '\t'))
		a++;
	while (b > a && (T[b - 1] == ' ' || T[b - 1] == '\t'))
		b--;
	n = b - a;
	for (jp = joins; *jp != NULL; jp++)
		if (strlen(*jp) == n && strncasecmp(T + a, *jp, n) == 0)
			return 1;
	return 0;
}

/* Give a number without a noun the noun of the one it is joined to. */
static void
parallel(void)
{
	struct num *a, *b;
	size_t	 k;

	for (k = 0; k + 1 < nnum; k++) {
		a = &nv[k];
		b = &nv[k + 1];
		if (a->cls == C_YEAR || b->cls == C_YEAR ||
		    a->cls == C_MONEY || b->cls == C_MONEY)
			continue;
		if (a->unit[0] == '\0' && b->unit[0] != '\0' &&
		    joined(a->e, b->s) && (a->cls == b->cls ||
		    (a->cls == C_CARD && b->cls != C_ORD))) {
			memcpy(a->unit, b->unit, sizeof(a->unit));
			if (b->cls == C_PCT || b->cls == C_QTY)
				a->cls = b->cls;
		} else if (b->unit[0] == '\0' && a->unit[0] != '\0' &&
		    a->ue > a->e && joined(a->ue, b->s) &&
		    b->cls == a->cls) {
			memcpy(b->unit, a->unit, sizeof(b->unit));
		}
	}
}

static void
fmtval(char *b, size_t sz, double v)
{
	size_t	 n;

	if (v > -1e15 && v < 1e15 && v == (double)(long long)v) {
		snprintf(b, sz, "%.0f", v);
		return;
	}
	snprintf(b, sz, "%.6f", v);
	n = strlen(b);
	while (n > 0 && b[n - 1] == '0')
		b[--n] = '\0';
	if (n > 0 && b[n - 1] == '.')
		b[--n] = '\0';
}

void
num_run(struct doc *d)
{
	const char *attr[3];
	char	 val[64];
	size_t	 si, i, k;

	D = d;
	T = d->text;
	for (si = 0; si < d->nsent; si++) {
		tokenize(d->sent[si].start, d->sent[si].end);
		nnum = 0;
		for (i = 0; i < ntok; ) {
			if (tv[i].type == T_WORD && lex_get(numstart,
			    T + tv[i].s, tlen(i)) == NULL &&
			    !(tisupper(i) && moneystart(i))) {
				i++;
				continue;
			}
			i = number(i);
		}
		parallel();
		for (k = 0; k < nnum; k++) {
			if (nv[k].hasval)
				fmtval(val, sizeof(val), nv[k].v);
			else
				val[0] = '\0';
			attr[0] = val;
			attr[1] = nv[k].unit;
			attr[2] = classname[nv[k].cls];
			doc_add(d, &d->out, K_NUMBER, nv[k].s, nv[k].e, attr);
		}
	}
}
