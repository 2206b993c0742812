/*
 * sentence.c: the streaming sentence splitter.
 *
 * The splitter walks a window of the document and stops at the bytes
 * that can end a sentence: . ? ! and the ellipsis, line breaks, bullets,
 * and list markers.  Each candidate is decided from what stands before
 * it (the token: an abbreviation? an initial? a list marker?) and what
 * follows (white space with a paragraph break? a lower-case word? a word
 * that usually starts sentences?).  A decision never looks further than
 * the window holds: when it would, the splitter stops and asks for more,
 * so the result does not depend on how the input was cut into reads.
 *
 * Line breaks: a blank line is always a boundary.  A single line break
 * is one too, unless the line ends in a space or the text is hard-wrapped
 * there: the estimated wrap width W (the longest line in the 4 KiB blocks
 * around the break) lies between 40 and 160 columns and the next line's
 * first word would not have fitted on this line.
 */

#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lede.h"

#define NONE		((size_t)-1)
#define BLOCK		4096
#define NBLOCK		8
#define MAXTOK		256	/* how far back a token is read */
#define WRAPMIN		40
#define WRAPMAX		160

enum { A_ABBR = 1, A_TITLE = 2 };	/* abbreviation classes */

static struct lexicon *abbrevs, *starters, *labels, *timewords;

struct splitter {
	size_t	 cur;		/* start of the open sentence, or NONE */
	size_t	 scan;		/* next byte to look at */
	size_t	 prevend;	/* end of the last sentence emitted */
	int	 marktype;	/* list marker of the open list: 0, 1 digit, 2 letter */
	long	 markval;
	size_t	 markdot;	/* the . or ) of the sentence's own marker */
	/* The line-width frontier. */
	size_t	 fpos;		/* bytes before it are measured */
	size_t	 fline;		/* code points of the line at fpos */
	size_t	 fbytes;	/* its bytes */
	size_t	 fblock;	/* block of fpos */
	size_t	 bmax[NBLOCK];	/* longest line ending in each block */
	size_t	 bmaxb[NBLOCK];	/* the same in bytes */
	unsigned bhist[NBLOCK][WRAPMAX / 8 + 1];	/* line lengths / 8 */
	int	 wrapped;	/* -1 never, 0 guess, 1 always */
	int	 lines;		/* every line break is a boundary */
};

/* The window: absolute offsets [base, base + len). */
struct win {
	const unsigned char *b;
	size_t	 base, len;
	int	 eof;
	int	 out;		/* ran past the window before the end */
};

static int	 modewrap;	/* set by ss_mode */
static int	 spaceddash(struct win *, size_t);
static int	 fronted(struct splitter *, struct win *, size_t);
struct next;
static int	 follows(struct win *, const struct next *);

static int
at(struct win *w, size_t i)
{
	if (i < w->base)
		return -1;
	if (i - w->base >= w->len) {
		if (!w->eof)
			w->out = 1;
		return -1;
	}
	return w->b[i - w->base];
}

/* Decode the code point at i; its length in *k (0 past the end). */
static inline uint32_t
cpat(struct win *w, size_t i, size_t *k)
{
	uint32_t c;
	size_t	 avail;

	if (i >= w->base && i - w->base < w->len &&
	    w->b[i - w->base] < 0x80) {
		*k = 1;
		return w->b[i - w->base];
	}
	if (i < w->base || i - w->base >= w->len) {
		if (!w->eof && i >= w->base)
			w->out = 1;
		*k = 0;
		return UTF8_BAD;
	}
	avail = w->base + w->len - i;
	if (w->b[i - w->base] >= 0x80 && avail < 4 && !w->eof) {
		/* Maybe a sequence cut by the window. */
		*k = utf8_decode(w->b + (i - w->base), avail, &c);
		if (c == UTF8_BAD) {
			w->out = 1;
			*k = 0;
			return UTF8_BAD;
		}
		return c;
	}
	*k = utf8_decode(w->b + (i - w->base), avail, &c);
	return c;
}

/* The code point ending at i (exclusive); its start in *s. */
static uint32_t
cpbefore(struct win *w, size_t i, size_t *s)
{
	uint32_t c;
	size_t	 k;

	if (i <= w->base) {
		*s = i;
		return UTF8_BAD;
	}
	*s = w->base + utf8_back(w->b, i - w->base);
	c = cpat(w, *s, &k);
	if (*s + k != i) {
		*s = i - 1;
		return UTF8_BAD;
	}
	return c;
}

static int
isbullet(uint32_t c)
{
	return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25E6 ||
	    c == 0x25CF || c == 0x25AA || c == 0x25A0 || c == 0x2219;
}

static int
isopener(uint32_t c)
{
	return uc_isopenquote(c) || c == '(' || c == '[' || c == '{' ||
	    c == 0xBF || c == 0xA1;
}

static int
iscloser(uint32_t c)
{
	return uc_isclosequote(c) || c == ')' || c == ']' || c == '}';
}

static int
isterm(uint32_t c)
{
	return c == '.' || c == '?' || c == '!' || c == 0x2026 ||
	    c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049 ||
	    c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E;
}

/* ---- the line-width frontier ---- */

static void
blockreset(struct splitter *s, size_t blk)
{
	s->bmax[blk % NBLOCK] = 0;
	s->bmaxb[blk % NBLOCK] = 0;
	memset(s->bhist[blk % NBLOCK], 0, sizeof(s->bhist[0]));
}

static void
lineend(struct splitter *s, size_t blk)
{
	if (s->fline > s->bmax[blk % NBLOCK])
		s->bmax[blk % NBLOCK] = s->fline;
	if (s->fbytes > s->bmaxb[blk % NBLOCK])
		s->bmaxb[blk % NBLOCK] = s->fbytes;
	if (s->fline > 0)
		s->bhist[blk % NBLOCK][s->fline > WRAPMAX ? WRAPMAX / 8 :
		    s->fline / 8]++;
}

/*
 * Measure lines up to absolute offset to (or the end of the document).
 * Returns 0 when the window ran out first.
 */
static int
frontier(struct splitter *s, struct win *w, size_t to)
{
	const unsigned char *p, *nl, *end;
	size_t	 stop, blk;

	end = w->b + w->len;
	if (to > w->base + w->len) {
		if (!w->eof) {
			w->out = 1;
			return 0;
		}
		to = w->base + w->len;
	}
	while (s->fpos < to) {
		stop = to;
		if ((s->fpos / BLOCK + 1) * BLOCK < stop)
			stop = (s->fpos / BLOCK + 1) * BLOCK;
		p = w->b + (s->fpos - w->base);
		nl = memchr(p, '\n', stop - s->fpos);
		if (nl == NULL)
			nl = w->b + (stop - w->base);
		for (; p < nl; p++) {
			if ((*p & 0xC0) != 0x80 && *p != '\r')
				s->fline++;
			if (*p != '\r')
				s->fbytes++;
		}
		s->fpos = w->base + (size_t)(nl - w->b);
		if (nl < end && *nl == '\n' && s->fpos < to) {
			lineend(s, s->fpos / BLOCK);
			s->fline = s->fbytes = 0;
			s->fpos++;
		}
		blk = s->fpos / BLOCK;
		while (s->fblock < blk)
			blockreset(s, ++s->fblock);
	}
	if (w->eof && s->fpos == w->base + w->len)
		lineend(s, s->fpos / BLOCK);
	return 1;
}

/*
 * The wrap width around the line break at nl, in code points and in
 * bytes (wrappers count either); 0 to wait for more input.
 */
static size_t
wrapwidth(struct splitter *s, struct win *w, size_t nl, size_t *bytes)
{
	size_t	 k = nl / BLOCK, m = 0, mb = 0, b, h, n = 0, nlong = 0;

	if (!frontier(s, w, (k + 2) * BLOCK))
		return 0;
	for (b = k == 0 ? 0 : k - 1; b <= k + 1; b++) {
		if (b > s->fblock || s->fblock - b >= NBLOCK)
			continue;
		if (s->bmax[b % NBLOCK] > m)
			m = s->bmax[b % NBLOCK];
		if (s->bmaxb[b % NBLOCK] > mb)
			mb = s->bmaxb[b % NBLOCK];
	}
	/*
	 * Wrapped text has most of its lines near the width; lines of one
	 * paragraph each are spread out.  Count the lines of at least 4/5 W.
	 */
	for (b = k == 0 ? 0 : k - 1; b <= k + 1; b++) {
		if (b > s->fblock || s->fblock - b >= NBLOCK)
			continue;
		for (h = 0; h <= WRAPMAX / 8; h++) {
			n += s->bhist[b % NBLOCK][h];
			if ((h + 1) * 8 > m * 4 / 5)
				nlong += s->bhist[b % NBLOCK][h];
		}
	}
	if (nlong < 3 || nlong * 2 < n)
		m = WRAPMAX + 1;	/* not wrapped */
	*bytes = mb;
	return m == 0 ? 1 : m;
}

/* ---- the token before a terminator, the word after it ---- */

struct tok {
	size_t	 start, end;	/* the token, up to the terminator */
	char	 low[64];	/* lower-cased, when short enough */
	size_t	 lowlen;
	int	 nletters, ndigits, nperiods, nupper;
	int	 maxseg;	/* longest run between periods */
	int	 other;		/* @ / : or other marks inside */
	int	 bullet;	/* begins with a bullet */
};

static void
gettok(struct splitter *s, struct win *w, size_t end, struct tok *t)
{
	size_t	 i = end, st, lim;
	uint32_t c;
	int	 ok = 1;

	int	 seg = 0;

	memset(t, 0, sizeof(*t));
	lim = s->cur != NONE && s->cur > w->base ? s->cur : w->base;
	if (end > MAXTOK && end - MAXTOK > lim)
		lim = end - MAXTOK;
	while (i > lim) {
		if (w->b[i - 1 - w->base] < 0x80) {
			st = i - 1;
			c = w->b[st - w->base];
		} else
			c = cpbefore(w, i, &st);
		if (uc_isspace(c) || (c == UTF8_BAD && st < w->base))
			break;
		if (isopener(c) && c != '\'' && st == lim)
			break;
		i = st;
		if (c == '.')
			seg = 0;
		else if (++seg > t->maxseg)
			t->maxseg = seg;
		if (uc_isalpha(c)) {
			t->nletters++;
			if (uc_isupper(c))
				t->nupper++;
		} else if (uc_isdigit(c))
			t->ndigits++;
		else if (c == '.')
			t->nperiods++;
		else if (c == '@' || c == '/' || c == ':' || c == '\\' ||
		    c == '=' || c == '_')
			t->other = 1;
		else if (isbullet(c) || c == 0x2043)
			t->bullet = 1;
		else if (isopener(c))
			;	/* leading: stripped below */
		else if (c != '-' && c != '\'' && c != 0x2019 && c != ',' &&
		    c != '&' && c != 0xB0 && c != 0xBA)
			ok = 0;
	}
	/* Leading quotes and brackets are not part of the token. */
	while (i < end) {
		c = cpat(w, i, &st);
		if (!isopener(c) || st == 0)
			break;
		i += st;
	}
	t->start = i;
	t->end = end;
	if (ok && end - i < sizeof(t->low)) {
		for (st = i; st < end; st++) {
			c = (uint32_t)w->b[st - w->base];
			t->low[t->lowlen++] = (char)(c >= 'A' && c <= 'Z' ?
			    c + 32 : c);
		}
		t->low[t->lowlen] = '\0';
	}
}

enum nextkind { N_END, N_PARA, N_LOWER, N_UPPER, N_DIGIT, N_OTHER };

struct next {
	enum nextkind kind;
	size_t	 ws;		/* first byte after the terminator's marks */
	size_t	 word;		/* the next token's first byte */
	size_t	 nl;		/* first line break in the white space */
	int	 space;		/* there was white space */
	int	 starter;	/* the word usually starts a sentence */
	size_t	 wstart, wlen;	/* the word's letters, when it is one */
	int	 ellipsis;	/* the next token is a spaced ellipsis */
};

/* Look at what follows position i (after a terminator and its closers). */
static void
getnext(struct win *w, size_t i, struct next *n)
{
	uint32_t c, c2;
	size_t	 k, k2, j, wl;
	int	 nls = 0;
	char	 word[40];

	memset(n, 0, sizeof(*n));
	n->ws = i;
	n->nl = NONE;
	for (;;) {
		c = cpat(w, i, &k);
		if (k == 0) {
			n->kind = N_END;
			return;
		}
		if (!uc_isspace(c))
			break;
		n->space = 1;
		if (c == '\n') {
			if (n->nl == NONE)
				n->nl = i;
			nls++;
		}
		i += k;
	}
	if (nls >= 2) {
		n->kind = N_PARA;
		n->word = i;
		return;
	}
	n->word = i;
	if (c == '.' && at(w, i + 1) == ' ' && at(w, i + 2) == '.')
		n->ellipsis = 1;
	/* Skip opening quotes, brackets and dashes. */
	while (isopener(c) || uc_isdash(c) || c == '*') {
		i += k;
		c = cpat(w, i, &k);
		if (k == 0) {
			n->kind = N_OTHER;
			return;
		}
	}
	if (uc_isdigit(c)) {
		n->kind = N_DIGIT;
		return;
	}
	if (uc_islower(c)) {
		/* iPhone, eBay: a capital soon after counts as one. */
		n->kind = N_LOWER;
		for (j = i + k, wl = 0; wl < 6; wl++, j += k2) {
			c2 = cpat(w, j, &k2);
			if (k2 == 0 || !uc_isalpha(c2))
				break;
			if (uc_isupper(c2)) {
				n->kind = N_UPPER;
				break;
			}
		}
		return;
	}
	if (!uc_isupper(c) && !uc_isalpha(c)) {
		n->kind = c == '@' || c == '#' ? N_UPPER : N_OTHER;
		return;
	}
	n->kind = N_UPPER;
	for (wl = 0, j = i; wl < sizeof(word) - 1; j += k2) {
		c2 = cpat(w, j, &k2);
		if (k2 == 0 || !(uc_isalpha(c2) || c2 == '\'' ||
		    c2 == 0x2019))
			break;
		if (wl + k2 >= sizeof(word) - 1) {
			wl = 0;
			break;
		}
		memcpy(word + wl, w->b + (j - w->base), k2);
		wl += k2;
	}
	if (wl > 0 && lex_get(starters, word, wl) != NULL)
		n->starter = 1;
	n->wstart = i;
	n->wlen = wl;
	/* It's, He'd, They've: the word before the apostrophe. */
	for (j = 0; wl > 0 && !n->starter && j < wl; j++)
		if (word[j] == '\'' || (word[j] == '\xE2' && j + 2 < wl &&
		    word[j + 1] == '\x80' && word[j + 2] == '\x99')) {
			if (j > 0 && lex_get(starters, word, j) != NULL)
				n->starter = 1;
			break;
		}
}

/* A citation mark at i: [12], [3-5], [a]; its length, or 0. */
static size_t
citation(struct win *w, size_t i)
{
	size_t	 j;
	int	 b;

	if (at(w, i) != '[')
		return 0;
	for (j = i + 1; j - i < 16; j++) {
		b = at(w, j);
		if (b == ']')
			return j > i + 1 ? j + 1 - i : 0;
		if (!((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') ||
		    b == ' ' || b == ',' || b == '-' || b == 0xE2 ||
		    b == 0x80 || b == 0x93))
			return 0;
	}
	return 0;
}

/* ---- emitting ---- */

typedef void emitfn(void *, size_t, size_t);

/* End the open sentence at e (trailing white space trimmed). */
static void
endsent(struct splitter *s, struct win *w, size_t e, emitfn *emit,
    void *arg)
{
	uint32_t c;
	size_t	 st;

	if (s->cur == NONE)
		return;
	while (e > s->cur) {
		c = cpbefore(w, e, &st);
		if (!uc_isspace(c))
			break;
		e = st;
	}
	if (e > s->cur) {
		emit(arg, s->cur, e);
		s->prevend = e;
	}
	s->cur = NONE;
}

/*
 * A list marker at i: [bullet] (1-3 digits | one letter) ( . | ) | .) )
 * then white space.  Returns its value and type, 0 when none.
 */
static int
listmark(struct win *w, size_t i, long *val, size_t *dot)
{
	size_t	 k, j = i, nd = 0;
	uint32_t c;
	long	 v = 0;
	int	 type;

	c = cpat(w, j, &k);
	if (isbullet(c)) {
		j += k;
		while ((c = cpat(w, j, &k)) == ' ')
			j += k;
	}
	while (uc_isdigit(c) && nd < 4) {
		v = v * 10 + (long)(c - '0');
		nd++;
		j += k;
		c = cpat(w, j, &k);
		/* A section number: 2.1. */
		if (c == '.' && nd <= 3 && uc_isdigit((uint32_t)at(w, j + 1))) {
			j++;
			v = 0;
			nd = 0;
			c = cpat(w, j, &k);
		}
	}
	if (nd > 0 && nd <= 3)
		type = 1;
	else if (nd == 0 && c >= 'a' && c <= 'z') {
		v = (long)(c - 'a' + 1);
		type = 2;
		j += k;
		c = cpat(w, j, &k);
	} else
		return 0;
	if (dot != NULL)
		*dot = j;
	if (c == '.') {
		j++;
		c = cpat(w, j, &k);
	}
	if (c == ')') {
		j++;
		c = cpat(w, j, &k);
	}
	if (j == i + 1 || !(c == ' ' || c == '\t' || c == 0xA0 ||
	    c == 0x202F))
		return 0;
	if (at(w, j - 1) != '.' && at(w, j - 1) != ')')
		return 0;
	*val = v;
	return type;
}

/*
 * Does the window end inside a list marker at i?  Then a sentence must
 * not open there before the next read, or it would open with the
 * marker read wrong (the splits must not depend on the reads).
 */
static int
markcut(struct win *w, size_t i)
{
	long	 v;
	size_t	 d;
	int	 out = w->out;

	w->out = 0;
	(void)listmark(w, i, &v, &d);
	if (w->out)
		return 1;
	w->out = out;
	return 0;
}

static void
opensent(struct splitter *s, struct win *w, size_t i)
{
	s->cur = i;
	s->markdot = NONE;
	s->marktype = listmark(w, i, &s->markval, &s->markdot);
}

/* ---- the decisions ---- */

/*
 * The terminator run at i: dots, ?, ! and ellipses, spaced dots, then
 * closing quotes and brackets.  Sets *end past the run and returns the
 * dot count (3 for an ellipsis) and the kinds seen.
 */
struct run {
	size_t	 end;		/* past the closers */
	size_t	 markend;	/* past the terminators */
	int	 dots, qe, spaced, ell;
	int	 closers;
};

static void
getrun(struct win *w, size_t i, struct run *r)
{
	uint32_t c;
	size_t	 k;

	memset(r, 0, sizeof(*r));
	for (;;) {
		c = cpat(w, i, &k);
		if (k == 0)
			break;
		if (c == '.')
			r->dots++;
		else if (c == 0x2026 || c == 0xFF0E) {
			r->dots += 3;
			r->ell = 1;
		} else if (isterm(c))
			r->qe++;
		else if (c == ' ' && r->dots > 0 && r->qe == 0 &&
		    at(w, i + 1) == '.' && (at(w, i + 2) == ' ' ||
		    at(w, i + 2) == '.' || at(w, i + 2) == -1 ||
		    at(w, i + 2) == '\n' || iscloser((uint32_t)at(w, i + 2))))
			r->spaced = 1;
		else
			break;
		i += k;
	}
	r->markend = i;
	/* French spacing: "verrons. »" */
	c = cpat(w, i, &k);
	if (c == ' ' || c == 0xA0 || c == 0x202F) {
		size_t	 k2;
		uint32_t c2 = cpat(w, i + k, &k2);

		if (c2 == 0xBB || c2 == 0x203A)
			i += k;
	}
	for (;;) {
		c = cpat(w, i, &k);
		if (k == 0 || !iscloser(c))
			break;
		/* A closing quote after the terminator, or a bracket. */
		r->closers++;
		i += k;
	}
	r->end = i;
}

/*
 * Decide the candidate at i.  Returns the position scanning goes on
 * from, or NONE when the window ran out.
 */
static size_t
decide(struct splitter *s, struct win *w, size_t i, emitfn *emit,
    void *arg)
{
	struct run r;
	struct next n;
	struct tok t;
	const char *cls;
	uint32_t c, prev;
	size_t	 st, k, after;
	int	 split, attached;
	long	 v;

	c = cpat(w, i, &k);
	prev = i > s->cur ? cpbefore(w, i, &st) : ' ';
	attached = !uc_isspace(prev);

	/* "compounds. . . . The": the first dot ends it, the rest opens. */
	if (c == '.' && attached && at(w, i + 1) == ' ' &&
	    at(w, i + 2) == '.' && at(w, i + 3) == ' ' && at(w, i + 4) == '.') {
		getrun(w, i + 2, &r);
		getnext(w, r.end, &n);
		if (w->out)
			return NONE;
		if (r.dots >= 3 && n.kind == N_UPPER && !r.ell) {
			endsent(s, w, i + 1, emit, arg);
			opensent(s, w, i + 2);
			return r.end;
		}
	}
	getrun(w, i, &r);
	getnext(w, r.end, &n);
	if (w->out)
		return NONE;
	/* Citation marks after the stop stay with it: "done. [4] [5] Next" */
	while (n.space && n.kind != N_PARA && n.nl == NONE &&
	    (k = citation(w, n.word)) > 0) {
		r.end = n.word + k;
		getnext(w, r.end, &n);
		if (w->out)
			return NONE;
	}
	after = r.end;

	/* Before a lower-case word nothing ends, list markers aside. */
	if (n.kind == N_LOWER && n.space && s->marktype == 0)
		return after;
	if (c == '.' && r.dots == 1 && r.qe == 0)
		gettok(s, w, i, &t);
	else
		memset(&t, 0, sizeof(t));

	/* A list marker: at the start, it ends nothing; inside, it opens. */
	if (c == '.' && r.dots == 1 && r.qe == 0 && n.space &&
	    t.lowlen > 0 && t.lowlen <= 4 && !t.other) {
		if (i == s->markdot)
			return after;
		if (s->marktype != 0 && t.start > s->cur &&
		    listmark(w, t.start, &v, NULL) == s->marktype &&
		    v == s->markval + 1) {
			endsent(s, w, t.start, emit, arg);
			opensent(s, w, t.start);
			return after;
		}
	}

	if (!n.space) {
		/* "world.Today": no space, but a new sentence. */
		if (c != '.' || r.dots != 1 || r.closers > 0 ||
		    n.kind == N_END)
			return after;
		gettok(s, w, i, &t);
		if (t.other || t.nperiods > 0 || t.nletters + t.ndigits < 2 ||
		    (t.nupper == t.nletters && t.nletters > 0))
			return after;
		c = cpat(w, after, &k);
		if (k == 0 || !uc_isupper(c))
			return after;
		c = cpat(w, after + k, &st);
		if (st == 0 || !uc_islower(c))
			return after;
		/* Not a file name or a domain: the rest is a word. */
		endsent(s, w, after, emit, arg);
		opensent(s, w, after);
		return after;
	}

	split = 1;
	switch (n.kind) {
	case N_END:
		return after;
	case N_PARA:
		split = 1;
		break;
	case N_LOWER:
		split = 0;
		break;
	default:
		if (r.qe > 0 && r.dots == 0)
			break;		/* ? and ! */
		if (r.ell || r.dots >= 3) {
			/* "...": a new sentence only before a capital. */
			if (r.spaced && r.dots == 3)
				split = 0;
			else
				split = n.kind == N_UPPER || r.dots >= 4;
			break;
		}
		if (r.qe > 0)
			break;
		/* One period: what stands before it? */
		if (t.lowlen == 0)
			break;
		if (r.closers > 0 && n.kind != N_DIGIT)
			break;
		cls = lex_get(abbrevs, t.low, t.lowlen);
		/*
		 * BEND, Ore. — Residents: a short capitalised word and a
		 * spaced dash after its period is an abbreviation's
		 */
		if (cls == NULL && t.nupper > 0 && t.nletters <= 5 &&
		    t.ndigits == 0 && spaceddash(w, n.word))
			split = 0;
		else if (cls != NULL && *cls == 't')
			split = 0;		/* Mr. Dr. No. p. */
		else if (cls != NULL && *cls == 'c')
			/* "at 6 p.m. Police ...", not "p.m. Friday". */
			split = n.kind == N_UPPER && !follows(w, &n) &&
			    !fronted(s, w, t.start);
		else if (cls != NULL || (t.nperiods > 0 && t.maxseg <= 3 &&
		    t.ndigits == 0) ||
		    (t.nletters == 1 && t.ndigits == 0)) {
			/* Inc. U.S. J.: only before a sentence starter. */
			split = n.kind == N_UPPER && n.starter;
		} else if (t.nletters == 1 && t.ndigits == 0 &&
		    t.lowlen == 1)
			split = 0;
		break;
	}
	if (split) {
		endsent(s, w, r.end, emit, arg);
		/* The next sentence opens at its first byte. */
		return after;
	}
	return after;
}

/* Does a dash with white space after it stand at i? */
static int
spaceddash(struct win *w, size_t i)
{
	uint32_t c;
	size_t	 k;

	c = cpat(w, i, &k);
	return k > 0 && uc_isdash(c) && (at(w, i + k) == ' ' ||
	    at(w, i + k) == '\t');
}

/* A single line break at nl (not a blank line): a boundary? */
static int
hardbreak(struct splitter *s, struct win *w, size_t nl)
{
	size_t	 i, L = 0, N = 0, W, k, Lb = 0, Nb = 0, Wb;
	uint32_t c;
	int	 b;
	long	 v;

	if (s->lines)
		return 1;
	/* A line ending in a space or tab was broken by hand. */
	i = nl;
	if (at(w, i - 1) == '\r')
		i--;
	b = at(w, i - 1);
	if (b == ' ' || b == '\t')
		return 0;
	/* The next line: does a bullet or a list marker open it? */
	for (i = nl + 1; (b = at(w, i)) == ' ' || b == '\t'; i++)
		continue;
	c = cpat(w, i, &k);
	if (w->out)
		return -1;
	if (s->wrapped == 1)
		return isbullet(c) || listmark(w, i, &v, NULL) != 0 ||
		    (uc_isdash(c) && at(w, i + k) == ' ');
	for (; k > 0 && !uc_isspace(c); N++) {
		Nb += k;
		i += k;
		c = cpat(w, i, &k);
		if (N > WRAPMAX)
			break;
	}
	if (w->out)
		return -1;
	if (s->wrapped == -1)
		return 1;
	if ((W = wrapwidth(s, w, nl, &Wb)) == 0)
		return -1;
	if (W < WRAPMIN || W > WRAPMAX)
		return 1;
	/* This line's length in code points and in bytes. */
	for (i = nl; i > w->base && L <= WRAPMAX; i--) {
		b = w->b[i - 1 - w->base];
		if (b == '\n')
			break;
		if ((b & 0xC0) != 0x80 && b != '\r')
			L++;
		if (b != '\r')
			Lb++;
	}
	if (i == w->base && i > 0)
		return 0;
	/* Hard only when the next word would have fitted either way. */
	return L + 1 + N <= W && Lb + 1 + Nb <= Wb;
}

/*
 * The length of a full date at i, "Saturday, October 19, 2013", or 0.
 */
static size_t
datelen(struct win *w, size_t i)
{
	static const char *const days[] = { "Monday", "Tuesday",
	    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
	static const char *const months[] = { "January", "February",
	    "March", "April", "May", "June", "July", "August", "September",
	    "October", "November", "December" };
	size_t	 j = i, k, n;
	int	 b;

	for (k = 0; k < 7; k++) {
		n = strlen(days[k]);
		if (i + n <= w->base + w->len &&
		    memcmp(w->b + (i - w->base), days[k], n) == 0)
			break;
	}
	if (k == 7)
		return 0;
	j += n;
	if (at(w, j) != ',' || at(w, j + 1) != ' ')
		return 0;
	j += 2;
	for (k = 0; k < 12; k++) {
		n = strlen(months[k]);
		if (j + n <= w->base + w->len &&
		    memcmp(w->b + (j - w->base), months[k], n) == 0)
			break;
	}
	if (k == 12 || at(w, j + n) != ' ')
		return 0;
	j += n + 1;
	for (n = 0; (b = at(w, j)) >= '0' && b <= '9' && n < 3; n++)
		j++;
	if (n == 0 || n > 2 || at(w, j) != ',' || at(w, j + 1) != ' ')
		return 0;
	j += 2;
	for (n = 0; (b = at(w, j)) >= '0' && b <= '9' && n < 5; n++)
		j++;
	return n == 4 ? j - i : 0;
}

/*
 * A headline run into its date, both on one line ending at e: "Mayor
 * resigns Saturday, October 19, 2013".  The date opens a sentence of its
 * own unless the word before it usually starts a sentence: a preposition,
 * an article or a verb such as "on", "the", "was".
 */
static void
dateline(struct splitter *s, struct win *w, size_t e, emitfn *emit,
    void *arg)
{
	size_t	 i, j, d;
	char	 word[16];
	int	 b;

	if (s->cur == NONE)
		return;
	while (e > s->cur && ((b = at(w, e - 1)) == ' ' || b == '\t' ||
	    b == '\r'))
		e--;
	/* It ends in the year's four digits. */
	if (e < s->cur + 22 || (b = at(w, e - 1)) < '0' || b > '9')
		return;
	for (i = e > 40 ? e - 40 : 0; i < e; i++) {
		if (i <= s->cur + 1 || w->b[i - 1 - w->base] != ' ' ||
		    strchr("MTWFS", w->b[i - w->base]) == NULL)
			continue;
		if ((d = datelen(w, i)) == 0 || i + d != e)
			continue;
		/* The word before is no preposition, verb or article. */
		for (j = i - 1; j > s->cur && w->b[j - 1 - w->base] != ' '; j--)
			continue;
		if (i - 1 - j >= sizeof(word))
			break;
		memcpy(word, w->b + (j - w->base), i - 1 - j);
		if (word[0] >= 'a' && word[0] <= 'z')
			word[0] -= 'a' - 'A';
		if (lex_get(starters, word, i - 1 - j) != NULL)
			return;
		endsent(s, w, i, emit, arg);
		opensent(s, w, i);
		return;
	}
}

/*
 * A caption label before the colon at i ("Image:", "Photo:") that is not
 * the first word of the sentence: its start in *startp.
 */
static int
label(struct splitter *s, struct win *w, size_t i, size_t *startp)
{
	size_t	 j = i;
	int	 b;

	b = at(w, i + 1);
	if (b != ' ' && b != '\t' && b != '\n' && b != '\r')
		return 0;
	while (j > s->cur && j > w->base && i - j < 32 &&
	    ((b = w->b[j - 1 - w->base]) >= 'a' && b <= 'z'))
		j--;
	if (j == s->cur || j == w->base || i - j >= 32 ||
	    !((b = w->b[j - 1 - w->base]) >= 'A' && b <= 'Z'))
		return 0;
	j--;
	if (j == s->cur || (j > w->base && !uc_isspace(w->b[j - 1 - w->base])))
		return 0;
	if (lex_get(labels, (const char *)w->b + (j - w->base), i - j) ==
	    NULL)
		return 0;
	*startp = j;
	return 1;
}

static const unsigned char interesting[256] = {
	['.'] = 1, ['?'] = 1, ['!'] = 1, ['\n'] = 1, [':'] = 1, [')'] = 1,
	[0xE2] = 1, [0xE3] = 1, [0xEF] = 1
};

size_t
ss_feed(struct splitter *s, const char *buf, size_t len, size_t base,
    int eof, emitfn *emit, void *arg)
{
	struct win w = { (const unsigned char *)buf, base, len, eof, 0 };
	size_t	 i = s->scan, k, next, keep, j, para;
	const unsigned char *p, *e;
	struct next n;
	uint32_t c;
	int	 hb;
	long	 v;

	if (s->fpos < base)
		s->fpos = base;
	for (;;) {
		if (i >= base + len)
			break;
		if (s->cur == NONE) {
			c = cpat(&w, i, &k);
			if (k == 0)
				break;
			if (uc_isspace(c) || (c == 0xFEFF && i == 0)) {
				i += k;
				continue;
			}
			opensent(s, &w, i);
			if (w.out) {
				s->cur = NONE;	/* the marker is cut: again */
				break;
			}
		}
		/* Run to the next byte that may matter, four at a time. */
		for (p = w.b + (i - base), e = w.b + len; e - p >= 4 &&
		    !(interesting[p[0]] | interesting[p[1]] |
		    interesting[p[2]] | interesting[p[3]]); p += 4)
			continue;
		while (p < e && !interesting[*p])
			p++;
		i = base + (size_t)(p - w.b);
		if (i >= base + len)
			break;
		c = cpat(&w, i, &k);
		if (k == 0)
			break;
		if (c == '\n') {
			/* A blank line? */
			for (j = i + 1; (hb = at(&w, j)) == ' ' ||
			    hb == '\t' || hb == '\r' || hb == '\f' ||
			    hb == '\v'; j++)
				continue;
			if (w.out)
				break;
			para = hb == '\n' || hb == -1;
			if (para || i == s->cur)
				hb = 1;
			else if ((hb = hardbreak(s, &w, i)) == -1)
				break;
			if (hb == 1) {
				dateline(s, &w, i, emit, arg);
				endsent(s, &w, i, emit, arg);
				if (para)
					s->marktype = 0;
			}
			i += 1;
			continue;
		}
		if (c == ')' && s->marktype != 0 && i > s->cur) {
			/* "1) one 2) two": a list marker opens a sentence. */
			for (j = i; j > s->cur && j > base && i - j < 3 &&
			    uc_isalnum(w.b[j - 1 - base]); j--)
				continue;
			if (j > s->cur && j < i && uc_isspace(w.b[j - 1 - base]) &&
			    listmark(&w, j, &v, NULL) == s->marktype &&
			    v == s->markval + 1) {
				endsent(s, &w, j, emit, arg);
				opensent(s, &w, j);
			}
			if (w.out)
				break;
			i += k;
			continue;
		}
		if (c == ':' && i > s->cur) {
			/* "... Washington Image: Navy": a caption label. */
			if (label(s, &w, i, &j)) {
				if (markcut(&w, j))
					break;
				endsent(s, &w, j, emit, arg);
				opensent(s, &w, j);
			} else if (w.out)
				break;	/* the byte after it is not read yet */
			i += k;
			continue;
		}
		if (isbullet(c) && i > s->cur) {
			/* A bullet inside a sentence opens a new one. */
			c = cpbefore(&w, i, &j);
			if (uc_isspace(c)) {
				if (markcut(&w, i))
					break;
				endsent(s, &w, i, emit, arg);
				opensent(s, &w, i);
			}
			i += k;
			continue;
		}
		if (!isterm(c)) {
			i += k;
			continue;
		}
		/* Dots inside "[...]" and "(...)" end nothing. */
		if (c == '.' || c == 0x2026) {
			j = i;
			if (j > base && (w.b[j - 1 - base] == '[' ||
			    w.b[j - 1 - base] == '(')) {
				while (at(&w, j) == '.')
					j++;
				if (c == 0x2026)
					j += k;
				if (at(&w, j) == ']' || at(&w, j) == ')') {
					/* "[...] However": it may end one. */
					getnext(&w, j + 1, &n);
					if (w.out)
						break;
					if (n.space && n.kind == N_UPPER) {
						endsent(s, &w, j + 1, emit, arg);
					}
					i = j + 1;
					continue;
				}
				if (w.out)
					break;
			}
		}
		if ((next = decide(s, &w, i, emit, arg)) == NONE)
			break;
		i = next > i ? next : i + k;
	}
	if (eof && s->cur != NONE) {
		dateline(s, &w, base + len, emit, arg);
		endsent(s, &w, base + len, emit, arg);
		i = base + len;
	}
	s->scan = i;
	/* Keep the open sentence, the gap before it, and 4 KiB behind. */
	keep = i;
	if (s->cur != NONE && s->cur < keep)
		keep = s->cur;
	if (s->prevend < keep)
		keep = s->prevend;
	if (i - base < BLOCK)
		keep = base;		/* nothing: not yet 4 KiB behind */
	else if (i - BLOCK < keep)
		keep = i - BLOCK;
	if (keep < base)
		keep = base;
	return keep - base;
}

struct splitter *
ss_new(void)
{
	struct splitter *s;

	s = xcalloc(1, sizeof(*s));
	s->cur = NONE;
	s->wrapped = modewrap;
	s->lines = modewrap == 2;
	if (s->lines)
		s->wrapped = -1;
	return s;
}

void
ss_free(struct splitter *s)
{
	free(s);
}

void
ss_mode(int m)
{
	modewrap = m;
}

/* Merge every file matching pattern in the first directory that has one. */
static void
loadlists(struct lexicon *l, const char *pattern)
{
	const char *const *dirs;
	glob_t	 g;
	size_t	 i, j, nd;
	char	 pat[PATH_MAX];
	const char *base;
	int	 n;

	nd = data_dirs(&dirs);
	for (i = 0; i < nd; i++) {
		n = snprintf(pat, sizeof(pat), "%s/%s", dirs[i], pattern);
		if (n < 0 || (size_t)n >= sizeof(pat) ||
		    glob(pat, 0, NULL, &g) != 0)
			continue;
		for (j = 0; j < g.gl_pathc; j++) {
			base = strrchr(g.gl_pathv[j], '/') + 1;
			lex_merge(l, base);
		}
		globfree(&g);
		return;
	}
}

/* The next word goes on a time: "6 p.m. Friday", "9 a.m. EST". */
static int
follows(struct win *w, const struct next *n)
{
	const char *v;

	if (n->wlen == 0 || n->wstart < w->base ||
	    n->wstart + n->wlen > w->base + w->len)
		return 0;
	v = lex_get(timewords, (const char *)w->b + (n->wstart - w->base),
	    n->wlen);
	return v != NULL && *v == 'f';
}

/*
 * The open sentence so far is a fronted time phrase ending at e: a
 * preposition of time-words-*.txt and at most three words more ("At 5",
 * "Shortly after 10"), so a clock abbreviation after it ends nothing.
 */
static int
fronted(struct splitter *s, struct win *w, size_t e)
{
	size_t	 i, j, nw = 0;
	const char *v;
	char	 word[16];
	int	 b;

	if (s->cur == NONE || s->cur < w->base || e <= s->cur)
		return 0;
	for (i = s->cur; i < e && nw <= 4; i = j) {
		while (i < e && ((b = at(w, i)) == ' ' || b == '\t'))
			i++;
		for (j = i; j < e && (b = at(w, j)) != ' ' && b != '\t' &&
		    b != '\n' && b != '\r'; j++)
			continue;
		if (j == i)
			break;
		if (nw++ == 0) {
			if (j - i >= sizeof(word))
				return 0;
			memcpy(word, w->b + (i - w->base), j - i);
			v = lex_get(timewords, word, j - i);
			if (v == NULL || *v != 'p')
				return 0;
		}
	}
	return nw >= 2 && nw <= 4;
}

void
ss_init(void)
{
	if (abbrevs != NULL)
		return;
	abbrevs = lex_new(1);
	starters = lex_new(0);
	labels = lex_new(0);
	timewords = lex_new(1);
	loadlists(abbrevs, "abbreviations-*.txt");
	loadlists(starters, "sentence-starters-*.txt");
	loadlists(labels, "caption-labels-*.txt");
	loadlists(timewords, "time-words-*.txt");
	if (lex_size(abbrevs) == 0)
		lex_load("abbreviations-en.txt", 0, 1);	/* reports it */
}

void
ss_split(const char *p, size_t n, emitfn *emit, void *arg)
{
	struct splitter *s = ss_new();

	ss_feed(s, p, n, 0, 1, emit, arg);
	ss_free(s);
}
