/*
 * quote.c: the direct-quotation extractor.
 *
 * Three passes over a document.  The first pairs quotation marks: an
 * opening mark (told from a closing one by what stands beside it) with
 * the next closing mark of its family, in the same paragraph, or in a
 * later one when the next paragraph opens with a new mark (or, once,
 * when it closes the quotation without opening another).  The second
 * drops what is not a quote: one to three words, titles and names of
 * works.  The third finds the cue (a word of cue-verbs.txt) after the
 * closing mark or before the opening one in the same sentence, and the
 * speaker beside the cue: an entity, a pronoun or a role noun resolved
 * to the last person or organisation named, or a capitalised name.
 */

#include <stdlib.h>
#include <string.h>

#include "lede.h"
#include "entity.h"
#include "quote.h"

enum mark {
	M_NONE,
	M_DQ,		/* " */
	M_LDQ,		/* U+201C */
	M_RDQ,		/* U+201D */
	M_LOWDQ,	/* U+201E */
	M_LAQ,		/* U+00AB */
	M_RAQ,		/* U+00BB */
	M_SQ,		/* ' */
	M_LSQ,		/* U+2018 */
	M_RSQ		/* U+2019 */
};

struct tok {
	size_t	 s, e;
	int	 word;
};

struct quote {
	size_t	 mo, ts, te, mc;	/* open mark, text, end of close mark */
	int	 keep;
	const char *speaker;
	size_t	 cs, ce;		/* the cue, cs == ce when none */
	int	 cuebefore;		/* the cue stands before the quote */
	size_t	 next;			/* where the next quote kept opens */
};

#define MAXAFTER	7	/* words between a quote and its cue */
#define MAXGAP		8	/* words between two parts of a quote */
#define MAXBACK		256	/* entities or quotes looked back over */

static struct lexicon *cues, *words, *names, *common;
static struct lexicon *types;	/* an entity NAME: the type it first had */
static struct lexicon *canons;	/* a speaker: its canonical name */
static int	 inited;
static struct annlist own;
static const struct ann **ents;
static size_t	 nents, capents;
static struct quote *qv;
static size_t	 nq, capq;
static struct tok *tv;
static size_t	 ntok, captok;
static struct buf key;

static const unsigned char *T;
static size_t	 L;
static int	 linemode;	/* a line break ends a paragraph */
static struct doc *D;

/*
 * The last answers of parastart() and paraend(), and of findclose() for
 * each opening mark: the queries come mostly in order, so a cached
 * answer spares a rescan and keeps each pass linear in the document.
 */
static size_t	 psq, psa, peq, pea;
static struct {
	int	 valid, found;
	size_t	 from, to, cs, ce;
} closememo[M_RSQ + 1];

void
quote_init(void)
{
	if (inited)
		return;
	inited = 1;
	cues = lex_load("cue-verbs.txt", 0, 1);
	words = lex_load("quote-words.txt", 0, 1);
	names = lex_load("given-names.txt", 1, 0);
	common = lex_load("common-words.txt", 1, 0);
	types = lex_new(0);
	canons = lex_new(0);
	entity_init();
}

/* The code point at i (i < L), its length in *n. */
static uint32_t
cp(size_t i, size_t *n)
{
	uint32_t c;

	if (T[i] < 0x80) {
		*n = 1;
		return T[i];
	}
	*n = utf8_decode(T + i, L - i, &c);
	if (*n == 0)
		*n = 1;
	return c;
}

/* The code point ending at i (i > 0). */
static uint32_t
cpb(size_t i)
{
	size_t	 n;

	return cp(utf8_back(T, i), &n);
}

static enum mark
markof(uint32_t c)
{
	switch (c) {
	case '"':
		return M_DQ;
	case '\'':
		return M_SQ;
	case 0x201C:
		return M_LDQ;
	case 0x201D:
		return M_RDQ;
	case 0x201E:
		return M_LOWDQ;
	case 0xAB:
		return M_LAQ;
	case 0xBB:
		return M_RAQ;
	case 0x2018:
		return M_LSQ;
	case 0x2019:
		return M_RSQ;
	default:
		return M_NONE;
	}
}

static int
isdouble(enum mark m)
{
	return m >= M_DQ && m <= M_RAQ;
}

/* May the mark at i (of n bytes) open a quotation? */
static int
opens(size_t i, size_t n, enum mark m)
{
	uint32_t p, c;
	size_t	 k;

	if (i + n >= L)
		return 0;
	c = cp(i + n, &k);
	if (uc_isspace(c))
		return 0;
	p = i > 0 ? cpb(i) : ' ';
	switch (m) {
	case M_LDQ:
	case M_LOWDQ:
	case M_LAQ:
		return 1;
	case M_LSQ:
		return !uc_isalnum(p);
	case M_DQ:
		return uc_isspace(p) || uc_isdash(p) || p == 0xFEFF ||
		    strchr("([{:;,/", (int)p) != NULL || markof(p) != M_NONE;
	case M_SQ:
		return (uc_isspace(p) || uc_isdash(p) || p == 0xFEFF ||
		    strchr("([{:;,/\"", (int)p) != NULL ||
		    markof(p) == M_LDQ) && uc_isalnum(c);
	default:
		return 0;
	}
}

/* Does mark m at i (of n bytes) close a quotation opened by o? */
static int
closes(size_t i, size_t n, enum mark o, enum mark m)
{
	size_t	 k;

	switch (o) {
	case M_DQ:
	case M_LDQ:
		return m == M_DQ || m == M_RDQ;
	case M_LOWDQ:
		return m == M_LDQ || m == M_RDQ;
	case M_LAQ:
		return m == M_RAQ;
	case M_SQ:
	case M_LSQ:
		if (m != M_SQ && m != M_RSQ)
			return 0;
		if (i == 0 || uc_isspace(cpb(i)))
			return 0;
		return i + n >= L || !uc_isalnum(cp(i + n, &k));
	default:
		return 0;
	}
}

/*
 * Is there a paragraph break at the line feed at i?  *next is the first
 * byte after the white space that follows.
 */
static int
parabreak(size_t i, size_t *next)
{
	size_t	 j, n;
	uint32_t c;
	int	 lf = 0;

	for (j = i; j < L; j += n) {
		c = cp(j, &n);
		if (c == '\n')
			lf++;
		else if (!uc_isspace(c) && c != 0xFEFF)
			break;
	}
	*next = j;
	return lf >= 2 || (linemode && lf >= 1) || j >= L;
}

/* The start of the paragraph holding i, searched back no further than lo. */
static size_t
parastart_from(size_t i, size_t lo, size_t dflt)
{
	size_t	 j, k;

	for (j = i; j > lo; j--) {
		if (T[j - 1] != '\n')
			continue;
		if (linemode)
			return j;
		for (k = j - 1; k > 0 && (T[k - 1] == ' ' || T[k - 1] == '\t' ||
		    T[k - 1] == '\r'); k--)
			;
		if (k > 0 && T[k - 1] == '\n')
			return j;
	}
	return dflt;
}

static size_t
parastart(size_t i)
{
	if (i >= psa && i <= psq)
		return psa;	/* no paragraph starts in (psa, psq] */
	if (i > psq)
		psa = parastart_from(i, psq, psa);
	else
		return parastart_from(i, 0, 0);
	psq = i;
	return psa;
}

/* The line feed that ends the paragraph holding i, or L. */
static size_t
paraend(size_t i)
{
	size_t	 j, next;

	if (i >= peq && i <= pea)
		return pea;	/* no paragraph ends in [peq, pea) */
	for (j = i; j < L; j++)
		if (T[j] == '\n' && parabreak(j, &next))
			break;
	peq = i;
	pea = j;
	return j;
}

/* Find the mark closing the quotation opened by o, from p on. */
/*
 * Find the mark closing the quotation opened by o, from p on.  The
 * answer is remembered with the stretch [from, to] the scan went over
 * since it last crossed into a paragraph that closes the quotation: a
 * later scan for o from inside that stretch (pairmarks() asks in order,
 * never from white space) would read the same bytes to the same answer.
 * Without this, 10^5 opening marks that never close cost 10^10 steps.
 */
static int
findclose(size_t p, enum mark o, size_t *cs, size_t *ce)
{
	size_t	 i, n, next, j, k, from = p;
	uint32_t c;
	enum mark m;
	int	 crossed = 0, found = 0;

	if (closememo[o].valid && p >= closememo[o].from &&
	    p <= closememo[o].to) {
		*cs = closememo[o].cs;
		*ce = closememo[o].ce;
		return closememo[o].found;
	}
	for (i = p; i < L; i += n) {
		n = 1;
		if (T[i] == '\n' && parabreak(i, &next)) {
			if (next >= L || !isdouble(o))
				break;
			m = markof(cp(next, &n));
			if (m == o || (isdouble(m) && opens(next, n, m))) {
				i = next;	/* skips the mark: it opens */
				continue;
			}
			if (crossed)
				return 0;	/* not remembered: see above */
			/* The next paragraph must close, not open. */
			crossed = 1;
			for (j = next; j < L; j += k) {
				if (T[j] == '\n' && parabreak(j, &k)) {
					crossed = 0;
					break;
				}
				m = markof(cp(j, &k));
				if (m == M_NONE || !isdouble(m))
					continue;
				if (!closes(j, k, o, m) || opens(j, k, m))
					crossed = 0;
				break;
			}
			if (!crossed)
				break;
			i = from = next;
			n = 0;
			continue;
		}
		if (T[i] != '"' && T[i] != '\'' && T[i] != 0xE2 &&
		    T[i] != 0xC2)
			continue;
		c = cp(i, &n);
		m = markof(c);
		if (m != M_NONE && closes(i, n, o, m)) {
			*cs = i;
			*ce = i + n;
			found = 1;
			break;
		}
	}
	closememo[o].valid = 1;
	closememo[o].found = found;
	closememo[o].from = from;
	closememo[o].to = i < L ? i : L;
	closememo[o].cs = found ? *cs : 0;
	closememo[o].ce = found ? *ce : 0;
	return found;
}

static void
addquote(size_t mo, size_t ts, size_t te, size_t mc)
{
	struct quote *q;
	size_t	 n;

	while (ts < te && uc_isspace(cp(ts, &n)))
		ts += n;
	while (te > ts && uc_isspace(cpb(te)))
		te = utf8_back(T, te);
	if (ts == te)
		return;
	if (nq == capq) {
		capq = capq ? capq * 2 : 64;
		qv = xreallocarray(qv, capq, sizeof(*qv));
	}
	q = &qv[nq++];
	memset(q, 0, sizeof(*q));
	q->mo = mo;
	q->ts = ts;
	q->te = te;
	q->mc = mc;
	q->keep = 1;
}

static void
pairmarks(void)
{
	size_t	 i, n, cs, ce;
	enum mark m;

	for (i = 0; i < L; i += n) {
		n = 1;
		if (T[i] != '"' && T[i] != '\'' && T[i] != 0xE2 &&
		    T[i] != 0xC2)
			continue;
		m = markof(cp(i, &n));
		if (m == M_NONE || !opens(i, n, m))
			continue;
		if (findclose(i + n, m, &cs, &ce)) {
			addquote(i, i + n, cs, ce);
			n = ce - i;
		}
	}
}

/* Split [a, b) into words and punctuation. */
static void
tokenize(size_t a, size_t b)
{
	size_t	 i, n, k;
	uint32_t c;
	struct tok *t;

	ntok = 0;
	for (i = a; i < b; i += n) {
		c = cp(i, &n);
		if (uc_isspace(c))
			continue;
		if (ntok == captok) {
			captok = captok ? captok * 2 : 64;
			tv = xreallocarray(tv, captok, sizeof(*tv));
		}
		t = &tv[ntok++];
		t->s = i;
		t->word = uc_isalnum(c);
		if (!t->word) {
			t->e = i + n;
			continue;
		}
		/* Letters, with ' - . inside (don't, co-op, U.S.). */
		for (i += n; i < b; i += n) {
			c = cp(i, &n);
			if (uc_isalnum(c))
				continue;
			if ((c == '\'' || c == 0x2019 || c == '-' ||
			    c == '.') && i + n < b &&
			    uc_isalnum(cp(i + n, &k)))
				continue;
			break;
		}
		/* An abbreviation keeps its full stop (Mr., Gen.). */
		if (i < b && T[i] == '.' && i - t->s <= 4 &&
		    uc_isupper(cp(t->s, &k)))
			i++;
		t->e = i;
		n = 0;
	}
}

/* The lower-cased token in key.p; its length. */
static size_t
lowerkey(const struct tok *t)
{
	size_t	 i;

	key.len = 0;
	for (i = t->s; i < t->e; i++)
		buf_addc(&key, T[i] >= 'A' && T[i] <= 'Z' ? T[i] + 32 : T[i]);
	return key.len;
}

/* The class of a word in quote-words.txt, or NULL. */
static const char *
wordclass(const struct tok *t)
{
	return t->word ? lex_get(words, (const char *)T + t->s,
	    t->e - t->s) : NULL;
}

static int
isclass(const struct tok *t, const char *cl)
{
	const char *v = wordclass(t);

	return v != NULL && strcmp(v, cl) == 0;
}

static int
iscap(const struct tok *t)
{
	size_t	 n;

	return t->word && uc_isupper(cp(t->s, &n));
}

/* Is token i a cue?  *first is its first token (a phrase of two). */
static const char *
iscue(size_t i, size_t *first)
{
	const char *v;

	if (!tv[i].word)
		return NULL;
	if (i > 0 && tv[i - 1].word) {
		key.len = 0;
		buf_add(&key, T + tv[i - 1].s, tv[i - 1].e - tv[i - 1].s);
		buf_addc(&key, ' ');
		buf_add(&key, T + tv[i].s, tv[i].e - tv[i].s);
		if ((v = lex_get(cues, key.p, key.len)) != NULL) {
			*first = i - 1;
			return v;
		}
	}
	if ((v = lex_get(cues, (const char *)T + tv[i].s,
	    tv[i].e - tv[i].s)) != NULL) {
		/* "according" alone is not a cue. */
		if (i + 1 < ntok && tv[i + 1].word && lex_get(cues,
		    (const char *)T + tv[i].s, tv[i + 1].e - tv[i].s) != NULL)
			return NULL;
		*first = i;
	}
	return v;
}

/* The entity covering byte i, or NULL. */
static const struct ann *
entat(size_t i)
{
	size_t	 lo = 0, hi = nents, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ents[mid]->start <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && ents[lo - 1]->end > i)
		return ents[lo - 1];
	return NULL;
}

/* The number of quotes that open at or before i (they never overlap). */
static size_t
quotesto(size_t i)
{
	size_t	 lo = 0, hi = nq, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (qv[mid].mo <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
inquote(size_t i)
{
	size_t	 j = quotesto(i);

	return j > 0 && qv[j - 1].keep && qv[j - 1].ts <= i &&
	    i < qv[j - 1].te;
}

/* The number of entities that start before i. */
static size_t
entsbefore(size_t i)
{
	size_t	 lo = 0, hi = nents, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ents[mid]->start < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static size_t
sentstart(size_t i)
{
	return D->nsent > 0 ? D->sent[doc_sent_of(D, i) - 1].start : 0;
}

static size_t
sentend(size_t i)
{
	return D->nsent > 0 ? D->sent[doc_sent_of(D, i) - 1].end : L;
}

/* The gender of a person's first name: 'M', 'F' or 0. */
static int
gender(const char *name)
{
	const char *e, *v;

	if (names == NULL)
		return 0;
	e = strchr(name, ' ');
	v = lex_get(names, name, e != NULL ? (size_t)(e - name) :
	    strlen(name));
	return v != NULL && (*v == 'M' || *v == 'F') ? *v : 0;
}

static const char *lastspeaker(size_t, size_t);

/* Is name the NAME of an organisation? */
static int
isorg(const char *name)
{
	const char *v;

	if (name == NULL)
		return 0;
	v = lex_get(types, name, strlen(name));
	return v != NULL && strcmp(v, "ORG") == 0;
}

/*
 * The last organisation named before i outside the quotes; or the last
 * person (of gender g when known) named as the subject of a sentence
 * or as a speaker, else the last person named at all.  Only the last
 * MAXBACK entities are looked at.
 */
static const char *
resolve(size_t i, const char *want, int g)
{
	size_t	 j, k, ss, lo;
	const struct ann *a, *any = NULL;
	const char *sp;
	int	 ag, person = strcmp(want, "PERSON") == 0;

	j = entsbefore(i);
	lo = j > MAXBACK ? j - MAXBACK : 0;
	for (; j > lo; j--) {
		a = ents[j - 1];
		if (strcmp(a->attr[0], want) != 0 || inquote(a->start))
			continue;
		if (!person)
			return a->attr[1];
		if (g != 0 && (ag = gender(a->attr[1])) != 0 && ag != g)
			continue;
		if (any == NULL)
			any = a;
		/* The subject: no entity before it in its sentence. */
		ss = sentstart(a->start);
		for (k = j - 1; k > 0 && ents[k - 1]->start >= ss &&
		    inquote(ents[k - 1]->start); k--)
			;
		if (k == 0 || ents[k - 1]->start < ss)
			break;
	}
	if (j == lo)
		j = 0;
	if (!person)
		return NULL;
	sp = lastspeaker(i, j > 0 ? ents[j - 1]->start : 0);
	if (sp != NULL)
		return sp;
	if (j > 0)
		return ents[j - 1]->attr[1];
	return any != NULL ? any->attr[1] : NULL;
}

/* The speaker of the last attributed quote before i. */
static const char *
lastspeaker(size_t i, size_t after)
{
	size_t	 j, lo;

	j = quotesto(i);
	lo = j > MAXBACK ? j - MAXBACK : 0;
	for (; j > lo && qv[j - 1].mo >= after; j--)
		if (qv[j - 1].keep && qv[j - 1].mc <= i && !isorg(qv[j - 1].speaker) &&
		    qv[j - 1].speaker != NULL && *qv[j - 1].speaker != '\0')
			return qv[j - 1].speaker;
	return NULL;
}

static const char *
pronoun(const struct tok *t)
{
	const char *v = wordclass(t);
	uint32_t c;
	size_t	 n;

	if (v == NULL)
		return NULL;
	if (strcmp(v, "NONE") == 0)
		return "";
	if (strcmp(v, "PERSON") == 0) {
		c = uc_tolower(cp(t->s, &n));
		return resolve(t->s, "PERSON", c == 's' ? 'F' : 'M');
	}
	if (strcmp(v, "ORG") == 0)
		return resolve(t->s, "ORG", 0);
	return NULL;
}

static const unsigned char *
findbytes(const unsigned char *h, size_t hn, const unsigned char *n,
    size_t nn)
{
	const unsigned char *p, *e = h + hn;

	for (p = h; nn > 0 && (size_t)(e - p) >= nn &&
	    (p = memchr(p, n[0], e - p - nn + 1)) != NULL; p++)
		if (memcmp(p, n, nn) == 0)
			return p;
	return NULL;
}

/* A capitalised name made of tokens [a, b], titles left out. */
static const char *
capname(size_t a, size_t b)
{
	size_t	 i;

	while (a < b && isclass(&tv[a], "TITLE"))
		a++;
	if (isclass(&tv[a], "TITLE") || isclass(&tv[a], "PERSON") ||
	    isclass(&tv[a], "NONE"))
		return NULL;
	key.len = 0;
	for (i = a; i <= b; i++) {
		if (i > a)
			buf_addc(&key, ' ');
		buf_add(&key, T + tv[i].s, tv[i].e - tv[i].s);
	}
	return arena_strndup(D->arena, key.p, key.len);
}

/* The speaker named at token i, reading forward (fwd) or back. */
static const char *
nameat(size_t i, size_t lo, size_t hi, int fwd)
{
	const struct ann *a;
	const char *v;
	size_t	 j, k;

	if (!tv[i].word)
		return NULL;
	if ((a = entat(tv[i].s)) != NULL)
		return a->attr[1];
	if ((v = pronoun(&tv[i])) != NULL)
		return v;
	if (!iscap(&tv[i]) || isclass(&tv[i], "SKIP"))
		return NULL;
	/* A capitalised run, when the entity tagger missed it. */
	j = i;
	if (fwd) {
		while (j + 1 < hi && iscap(&tv[j + 1]))
			j++;
		return capname(i, j);
	}
	while (j > lo && iscap(&tv[j - 1]))
		j--;
	if (j == 0 && j == i) {
		k = lowerkey(&tv[i]);
		if (common == NULL || lex_get(common, key.p, k) != NULL)
			return NULL;	/* a capital that starts a sentence */
	}
	return capname(j, i);
}

/* The subject before the cue at token c, tokens [0, c). */
static const char *
before(size_t c)
{
	const struct ann *a;
	const char *v;
	size_t	 i, j, skip = 0;

	i = c;
	while (i > 0 && skip < 2 && isclass(&tv[i - 1], "SKIP"))
		i--, skip++;
	if (i > 0) {
		/* A role: "the company said", "the statement said". */
		v = wordclass(&tv[i - 1]);
		if (v != NULL && strcmp(v, "ORG") == 0 && i >= 2 &&
		    tv[i - 2].word && !iscap(&tv[i - 1]) &&
		    entat(tv[i - 1].s) == NULL)
			return resolve(tv[i - 1].s, "ORG", 0);
		if ((v = nameat(i - 1, 0, c, 0)) != NULL)
			return v;
		/* "Mu Li, of the University of NSW, said" */
		if (!tv[i - 1].word && T[tv[i - 1].s] == ',') {
			for (j = i - 1; j > 0; j--)
				if (!tv[j - 1].word && T[tv[j - 1].s] == ',')
					break;
			if (j > 1 && (v = nameat(j - 2, 0, c, 0)) != NULL)
				return v;
		}
	}
	for (j = i; j > 0; j--)
		if ((a = entat(tv[j - 1].s)) != NULL &&
		    strcmp(a->attr[0], "PERSON") == 0)
			return a->attr[1];
	if (c > 0 && (a = entat(tv[0].s)) != NULL &&
	    strcmp(a->attr[0], "ORG") == 0)
		return a->attr[1];
	return NULL;
}

/* The speaker after the cue ending at token c: "said CEO Jane Doe". */
static const char *
after(size_t c, size_t hi)
{
	const char *v;
	size_t	 i;

	for (i = c + 1; i < hi && i <= c + 4; i++) {
		if (!tv[i].word)
			return NULL;
		if ((v = wordclass(&tv[i])) != NULL && strcmp(v, "ORG") == 0 &&
		    !iscap(&tv[i]) && i > c + 1)
			return resolve(tv[i].s, "ORG", 0);
		if (isclass(&tv[i], "TITLE") && entat(tv[i].s) == NULL)
			continue;
		if ((v = nameat(i, c + 1, hi, 1)) != NULL)
			return v;
	}
	return NULL;
}

/* Attribute q from the cue found at token i (first token f). */
static void
attribute(struct quote *q, size_t f, size_t i, const char *cv, int pre)
{
	const char *s = NULL;

	q->cs = tv[f].s;
	q->ce = tv[i].e;
	q->cuebefore = pre;
	if (cv != NULL && strcmp(cv, "after") == 0)
		s = after(i, ntok);
	else if ((s = before(f)) == NULL)
		s = after(i, ntok);
	q->speaker = s != NULL ? s : "";
}

static size_t
max3(size_t a, size_t b, size_t c)
{
	return a > b ? (a > c ? a : c) : (b > c ? b : c);
}

/* Look for the cue before the quote: "X said: "...". */
static int
cuebefore(struct quote *q, size_t prev)
{
	size_t	 a, i, f, ps;
	const char *v;

	ps = parastart(q->mo);
	a = max3(sentstart(q->mo), prev, ps);
	tokenize(a, q->mo);
	if (ntok == 0 && ps == q->mo && ps > 0) {
		/* "... has called it this:" and the quote below. */
		i = ps;
		while (i > 0 && uc_isspace(cpb(i)))
			i = utf8_back(T, i);
		if (i == 0 || (T[i - 1] != ':' && T[i - 1] != ','))
			return 0;
		a = max3(sentstart(i - 1), prev, 0);
		tokenize(a, i - 1);
	}
	for (i = ntok; i > 0; i--) {
		if ((v = iscue(i - 1, &f)) != NULL) {
			attribute(q, f, i - 1, v, 1);
			return 1;
		}
	}
	return 0;
}

/* Look for the cue after the quote: "...," X said. */
static int
cueafter(struct quote *q, size_t next)
{
	size_t	 b, i, f, nw = 0;
	const char *v, *s;
	uint32_t c;

	b = sentend(q->te > q->ts ? q->te - 1 : q->te);
	if (b < q->mc)
		b = q->mc;
	if (b > next)
		b = next;
	if (b > paraend(q->mc))
		b = paraend(q->mc);
	tokenize(q->mc, b);
	if (ntok == 0) {
		tokenize(q->mc, next < paraend(q->mc) ? next :
		    paraend(q->mc));
		if (ntok == 0 || tv[0].word || !uc_isdash(cp(tv[0].s, &f)))
			return 0;
	}
	/* A dash attribution: "..." -- Jane Doe. */
	c = cp(tv[0].s, &f);
	if (!tv[0].word && uc_isdash(c)) {
		i = 1;
		if (i < ntok && !tv[i].word && uc_isdash(cp(tv[i].s, &f)))
			i++;
		if (i < ntok && (s = nameat(i, i, ntok, 1)) != NULL) {
			q->speaker = s;
			return 1;
		}
		return 0;
	}
	for (i = 0; i < ntok && nw <= MAXAFTER; i++) {
		if (!tv[i].word) {
			if (T[tv[i].s] == ',' && i == 0)
				continue;
			break;
		}
		nw++;
		if (isclass(&tv[i], "STOP"))
			break;
		if ((v = iscue(i, &f)) != NULL) {
			q->cs = tv[f].s;
			q->ce = tv[i].e;
			if (v != NULL && strcmp(v, "after") == 0)
				s = after(i, ntok);
			else if (f > 0 && tv[f - 1].word)
				s = before(f);
			else
				s = after(i, ntok);
			q->speaker = s != NULL ? s : "";
			return 1;
		}
	}
	return 0;
}

static int
nwords(size_t a, size_t b)
{
	size_t	 i;

	tokenize(a, b);
	for (i = 0, b = 0; i < ntok; i++)
		b += tv[i].word;
	return (int)b;
}

/* A title: every word capitalised but the small ones. */
static int
istitle(size_t a, size_t b)
{
	static const char *small[] = { "a", "an", "and", "at", "by", "de",
	    "for", "in", "of", "on", "or", "the", "to", "vs", "vs.",
	    "with", NULL };
	size_t	 i, j, n;
	uint32_t c;

	tokenize(a, b);
	for (i = 0; i < ntok; i++) {
		if (!tv[i].word || iscap(&tv[i]) || uc_isdigit(T[tv[i].s]))
			continue;
		for (j = 0; small[j] != NULL; j++)
			if (strlen(small[j]) == tv[i].e - tv[i].s &&
			    memcmp(small[j], T + tv[i].s, tv[i].e - tv[i].s)
			    == 0)
				break;
		if (small[j] == NULL || i == 0)
			return 0;
	}
	c = cpb(b);
	(void)n;
	return c != '.' && c != '?' && c != '!';
}

static void
filterquotes(void)
{
	struct quote *q;
	size_t	 i, k;

	for (i = 0; i < nq; i++) {
		q = &qv[i];
		if (nwords(q->ts, q->te) <= 3 || istitle(q->ts, q->te)) {
			q->keep = 0;
			continue;
		}
		/* "a song titled "..."" */
		tokenize(max3(sentstart(q->mo), i > 0 ? qv[i - 1].mc : 0, 0),
		    q->mo);
		k = ntok;
		while (k > 0 && !tv[k - 1].word && T[tv[k - 1].s] == ',')
			k--;
		if (k > 0 && isclass(&tv[k - 1], "WORK"))
			q->keep = 0;
	}
}

/* A short capitalised fragment with no cue: a headline or a label. */
static int
isheadline(const struct quote *q)
{
	uint32_t c;
	size_t	 n;

	if (q->cs != q->ce || !uc_isupper(cp(q->ts, &n)))
		return 0;
	c = cpb(q->te);
	if (c == '.' || c == '?' || c == '!' || c == ',' || c == 0x2026)
		return 0;
	return nwords(q->ts, q->te) <= 7;
}

/*
 * A surname alone as "Given Surname", from its first occurrence after a
 * capitalised word that is neither a title nor a common word.
 */
static const char *
expand(const char *w)
{
	const unsigned char *f;
	size_t	 n = strlen(w), o, p, i, k;

	for (o = 0; n > 0 && (f = findbytes(T + o, L - o,
	    (const unsigned char *)w, n)) != NULL; o = p + 1) {
		p = f - T;
		if ((p + n < L && uc_isalnum(cp(p + n, &k))) || p < 2 ||
		    (T[p - 1] != ' ' && T[p - 1] != '\n'))
			continue;
		i = p - 1;
		if (!uc_isalpha(cpb(i)))
			continue;
		while (i > 0 && uc_isalpha(cpb(i)))
			i = utf8_back(T, i);
		if (!uc_isupper(cp(i, &k)))
			continue;
		tokenize(i, p - 1);
		if (ntok != 1 || wordclass(&tv[0]) != NULL)
			continue;
		k = lowerkey(&tv[0]);
		if (common != NULL && lex_get(common, key.p, k) != NULL)
			continue;
		key.len = 0;
		buf_add(&key, T + i, p + n - i);
		for (k = 0; k < key.len; k++)
			if (key.p[k] == '\n')
				key.p[k] = ' ';
		return arena_strndup(D->arena, key.p, key.len);
	}
	return w;
}

/*
 * The canonical form of a speaker's name: titles before it left out
 * ("Home Secretary Suella Braverman"), and a short form replaced by
 * the first longer entity NAME that ends or starts with it.
 */
static const char *canon(const char *);

static const char *
canon1(const char *name)
{
	const char *p, *w, *cut = name, *e;
	size_t	 n, j, nw = 0;
	const char *v;

	for (p = name; *p != '\0'; p = *e != '\0' ? e + 1 : e) {
		e = strchr(p, ' ');
		if (e == NULL)
			e = p + strlen(p);
		v = lex_get(words, p, e - p);
		if (v != NULL && strcmp(v, "TITLE") == 0 && *e != '\0')
			cut = e + 1;
	}
	name = cut;
	for (p = name; *p != '\0'; p++)
		nw += *p == ' ';
	nw++;
	if (nw >= 3 && names != NULL && lex_get(names, name,
	    strcspn(name, " ")) == NULL) {
		/* "US President Barack Obama" */
		for (w = strchr(name, ' '); w != NULL && w[1] != '\0';
		    w = strchr(w + 1, ' ')) {
			e = strchr(w + 1, ' ');
			if (e != NULL && lex_get(names, w + 1, e - w - 1) !=
			    NULL) {
				name = w + 1;
				break;
			}
		}
	}
	if (nw == 1 && (n = strlen(name)) > 0) {
		for (j = 0; j < nents; j++) {
			v = ents[j]->attr[1];
			if (strlen(v) <= n)
				continue;
			if ((strncmp(v, name, n) == 0 && v[n] == ' ') ||
			    (strcmp(v + strlen(v) - n, name) == 0 &&
			    v[strlen(v) - n - 1] == ' '))
				return canon(v);
		}
		return expand(name);
	}
	return name;
}

/* canon1(), remembered: a document quotes the same people again and again. */
static const char *
canon(const char *name)
{
	const char *v;
	size_t	 n = strlen(name);

	if ((v = lex_get(canons, name, n)) != NULL)
		return v;
	v = canon1(name);
	lex_add(canons, name, n, v);
	return lex_get(canons, name, n);
}

static int
entcmp(const void *va, const void *vb)
{
	const struct ann *a = *(const struct ann *const *)va;
	const struct ann *b = *(const struct ann *const *)vb;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? 1 : a->end > b->end ? -1 : 0;
}

static void
addents(const struct annlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].kind != K_ENTITY)
			continue;
		if (nents == capents) {
			capents = capents ? capents * 2 : 64;
			ents = xreallocarray(ents, capents, sizeof(*ents));
		}
		ents[nents++] = &l->v[i];
	}
}

static int
haslinebreakonly(void)
{
	const unsigned char *p = T, *e = T + L;
	size_t	 next;

	while ((p = memchr(p, '\n', e - p)) != NULL) {
		linemode = 0;
		if (parabreak(p - T, &next) && next < L)
			return 0;
		p++;
	}
	return 1;
}

void
quote_find(struct doc *d, struct annlist *out)
{
	struct quote *q, *pq;
	const char *attr[2];
	size_t	 i, prev, next;
	int	 found;

	D = d;
	T = (const unsigned char *)d->text;
	L = d->len;
	nq = nents = 0;
	own.n = 0;
	linemode = haslinebreakonly();
	psq = psa = 0;
	peq = 1;
	pea = 0;
	memset(closememo, 0, sizeof(closememo));
	lex_clear(types);
	lex_clear(canons);

	pairmarks();
	filterquotes();
	/* Names are needed only for speakers: none without a quote. */
	for (i = 0; i < nq && !qv[i].keep; i++)
		continue;
	if (i == nq)
		return;
	addents(&d->in);
	if (nents == 0) {
		entity_tag(d, &own);
		addents(&own);
	}
	if (nents > 1)
		sortv(ents, nents, sizeof(*ents), entcmp);
	for (i = 0; i < nents; i++)
		lex_add(types, ents[i]->attr[1], strlen(ents[i]->attr[1]),
		    ents[i]->attr[0]);
	/* Each quote's next: where the next quote kept opens. */
	for (next = L, i = nq; i > 0; i--) {
		qv[i - 1].next = next;
		if (qv[i - 1].keep)
			next = qv[i - 1].mo;
	}
	prev = 0;
	pq = NULL;
	for (i = 0; i < nq; i++) {
		q = &qv[i];
		if (!q->keep)
			continue;
		next = q->next;
		found = 0;
		if (q->te > q->ts && strchr(".", T[q->te - 1]) == NULL)
			found = cueafter(q, next) || cuebefore(q, prev);
		else
			found = cuebefore(q, prev) || cueafter(q, next);
		if (!found && isheadline(q)) {
			q->keep = 0;
			continue;
		}
		if (!found && pq != NULL && parastart(q->mo) ==
		    parastart(pq->mc) && nwords(pq->mc, q->mo) <= MAXGAP) {
			/* The second part of a split quote. */
			q->speaker = pq->speaker;
			q->cs = pq->cs;
			q->ce = pq->ce;
		} else if (!found)
			q->speaker = resolve(q->mo, "PERSON", 0);
		if (q->speaker == NULL)
			q->speaker = "";
		prev = q->mc;
		pq = q;
	}
	for (i = 0; i < nq; i++) {
		q = &qv[i];
		if (!q->keep)
			continue;
		attr[0] = canon(q->speaker);
		attr[1] = arena_strndup(d->arena, (const char *)T + q->cs,
		    q->ce - q->cs);
		doc_add(d, out, K_QUOTE, q->ts, q->te, attr);
	}
}
