/*
 * entity.c: the named-entity tagger.
 *
 * A document is cut into tokens; runs of capitalised tokens (with the
 * connectors of names: "of", "de", "van", "&") make chains; a chain is
 * cut into mentions at titles and roles, which stay outside; each
 * mention is typed by the lexicons, by its first and last word, and by
 * its context.  Then the document is read again in order: a mention
 * with weak evidence takes the type of a stronger one with the same
 * text, of the person whose surname it is, or of the name it is part
 * of, and NAME is the fullest earlier mention of the same entity.
 * Headlines and sentence-initial common words are tagged only when the
 * rest of the document or a lexicon knows them.
 */

#include <err.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lede.h"
#include "entity.h"

enum etype {
	E_NONE,
	E_PERSON,
	E_ORG,
	E_PLACE,
	E_MISC
};
static const char *const tnames[] = { "", "PERSON", "ORG", "PLACE", "MISC" };

/* Token flags. */
#define TF_WORD		0x0001
#define TF_CAP		0x0002	/* starts with a capital */
#define TF_UPPER	0x0004	/* all capitals, two letters or more */
#define TF_CAMEL	0x0008	/* iPhone, eBay */
#define TF_FIRST	0x0010	/* first word of its sentence or quote */
#define TF_HEAD		0x0020	/* in a headline */
#define TF_NL		0x0040	/* a line break before it */
#define TF_SP		0x0080	/* white space before it */
#define TF_POSS		0x0100	/* followed by a possessive 's */
#define TF_DIGIT	0x0200
#define TF_HYPH		0x0400	/* may hold a hyphen */
#define TF_CURLY	0x0800	/* may hold a curly apostrophe: I’m */
#define TF_NAMEY	(TF_CAP | TF_UPPER | TF_CAMEL)

struct tok {
	size_t		 s, e;
	unsigned	 f;
	unsigned	 sent;
	unsigned	 wc;	/* entity-words.txt classes */
	signed char	 lt[2];	/* lextype() alone, lax and strict; LTNONE */
	signed char	 common, given, title; /* iscommon() ...; -1 unknown */
	unsigned char	 mok;	/* m is looked up */
	struct memo	*m;	/* memo() of the token, or NULL */
};
#define LTNONE	127

/* A mention: tokens [t0, t1). */
struct ment {
	size_t		 t0, t1;
	size_t		 s, e;
	int		 type;
	int		 strength;	/* 0 unknown .. 3 sure */
	int		 unrel;		/* capitalisation says nothing */
	int		 guess;		/* one unknown word, no cue: kept only
					   if the document knows it */
	const char	*name;
	long		 sc[4];		/* type, strength saved for the passes */
	struct nent	*ne;		/* mlook() of [nes, nee), of ngen */
	size_t		 nes, nee;
	unsigned long	 ngen;
};

/* Classes of entity-words.txt. */
#define W_TIME		0x001
#define W_NOT		0x002
#define W_TITLE		0x004
#define W_MOD		0x008
#define W_ORGHEAD	0x010
#define W_ORGPRE	0x020
#define W_PLACEHEAD	0x040
#define W_PLACEPRE	0x080
#define W_PERSON	0x100
#define W_ORG		0x200
#define W_PLACE		0x400
#define W_MISC		0x800
#define W_MATCHV	0x1000
#define W_MATCHP	0x2000
#define W_MISCHEAD	0x4000
#define W_MISCPRE	0x8000
#define W_ORGCUE	0x10000
#define W_PLACECUE	0x20000
#define W_MISCCUE	0x40000
#define W_TEAMCUE	0x80000
#define W_SPORT		0x100000
#define W_COFORM	0x200000
#define W_TEAMPRE	0x400000
#define W_PRODHEAD	0x800000
#define W_TEAMHEAD	0x1000000
#define W_ROAD		0x2000000
#define W_SURNAME	0x4000000
#define W_STATE		0x8000000
#define W_GENERIC	0x10000000

/*
 * Classes of entity-words.txt for a word in lower case, kept in the
 * high half of wclassh()'s answer: lwc() reads them.
 */
#define L_PARTICLE	0x0001
#define L_SAINT		0x0002
#define L_COMPASS	0x0004
#define L_CREDIT	0x0008
#define L_HEADLOW	0x0010
#define L_REPORT	0x0020
#define L_PLACEIN	0x0040
#define L_PLACEAT	0x0080
#define L_VERSUS	0x0100
#define L_MULT		0x0200
#define L_MODELEND	0x0400
#define L_ABBRDOT	0x0800
#define L_SPELLED	0x1000
#define L_WORKCUE	0x2000
#define L_AND		0x4000
#define L_ARTICLE	0x8000
#define L_PUBLISH	0x10000
#define L_SOURCE	0x20000
#define L_TITLEIN	0x40000
#define L_TLD		0x80000
#define L_SPORTWORD	0x100000
#define L_PRODCUE	0x200000
#define LBIT(b)		((uint64_t)(b) << 32)

static struct lexicon *lwords, *lorgs, *lcountries, *lregions, *lcities,
    *lgiven, *ldemonyms, *lcommon, *ltitles, *lsuffixes;
static struct lexicon *lmodel;
static struct lexicon *ltitle1;		/* first words of titles of more */
static struct lexicon *lacr;		/* common acronyms of the document */
static struct lexicon *ldefacr;		/* titles it spells out as bodies */
static struct lexicon *lprod;		/* products it names before a PRODCUE */
static struct lexicon *lcurrencies;
static struct lexicon *lunits, *ltimes;	/* of extract-numbers, split-sentences */
static struct lexicon *lpeople;
static struct lexicon *lspan;	/* the filter of the lists lexbytes() reads */
static int usemodel;		/* entity-model.txt has weights */
static int inited;
static FILE *tracefp;		/* the trainer's feature dump, or NULL */

static struct tok *tv;
static size_t ntv, captv;
static size_t *sfirst, capsf;	/* each sentence's first token */
static struct ment *mv;
static size_t nmv, capmv;
static const char *T;		/* the document's text */
static struct buf kbuf, tbuf, dbuf;

/* The document's table of names: text -> type, strength. */
struct nent {
	char		*key;
	size_t		 klen;
	int		 type, strength;
	int		 person_part;	/* a surname of a known person */
	int		 org_part;	/* the first word of a company's */
	long		 sc[4];		/* the model's scores, summed */
};
static struct nent *ntab;
static size_t	*nused, nusedcap;	/* the slots in use */
static size_t nmask, nn;
static unsigned long ngen;	/* one more at each rehash and reset */

/* Clusters: the distinct entities of the document, in order. */
struct clu {
	const char	*name;
	size_t		 len;
	int		 type;
	const char	*key;	/* the words it is found by: name or a short form */
	size_t		 klen;
};
static struct clu *cv;
static size_t ncv, capcv;

/*
 * An index of the clusters by the words of their names (and by their
 * initials), newest first, so a mention looks only at the clusters that
 * share its first word.
 */
struct cword {
	uint32_t	 h;
	size_t		 clu;
	size_t		 next;	/* (size_t)-1 ends the chain */
};
#define CWHEADS	4096
static size_t cwhead[CWHEADS];
static size_t cwmask = CWHEADS - 1;	/* the heads in use: fewer for a short text */
static struct cword *cwv;
static size_t ncwv, capcwv;

static struct arena darena;

/* How many of the latest entities a mention may refer back to. */
#define NRECENT	256

/* lex_each() of the titles: the first word of one of more words. */
static void
firstword(const char *k, size_t n, void *l)
{
	const char *sp = memchr(k, ' ', n);

	if (sp != NULL)
		lex_add(l, k, (size_t)(sp - k), NULL);
}

/*
 * lex_each() of entity-words.txt: the first letters of the legal forms
 * written in small letters (plc), one bit each, so that chains() asks
 * the lists only of a word that may be one.
 */
static uint32_t smallform;

static void
smallforms(const char *k, size_t n, void *arg)
{
	const char *v;

	if (n > 0 && k[0] >= 'a' && k[0] <= 'z' &&
	    (v = lex_get(arg, k, n)) != NULL && strstr(v, "COFORM") != NULL)
		smallform |= (uint32_t)1 << (k[0] - 'a');
}

/*
 * lex_each() of entity-words.txt: two bits for each word of sport, one by
 * its length and first and last letters, one by its length and second and
 * last but one, so that sportwords() asks the lists only of a word that
 * may be one.
 */
static uint64_t sportform[64];
static size_t nsportform;	/* the document's words that may be */
#define SPORTKEY1(s, n)	(((n) * 97 + (unsigned char)(s)[0] * 31 + \
			    (unsigned char)(s)[(n) - 1]) & 4095)
#define SPORTKEY2(s, n)	(((n) * 13 + (unsigned char)(s)[1] * 101 + \
			    (unsigned char)(s)[(n) - 2] * 17) & 4095)
#define SPORTBIT(k)	(sportform[(k) >> 6] >> ((k) & 63) & 1)
#define SPORTSET(k)	(sportform[(k) >> 6] |= (uint64_t)1 << ((k) & 63))
#define SPORTFORM(s, n)	(SPORTBIT(SPORTKEY1(s, n)) && \
			    SPORTBIT(SPORTKEY2(s, n)))

static void
sportforms(const char *k, size_t n, void *arg)
{
	const char *v;

	if (n >= 4 && (v = lex_get(arg, k, n)) != NULL &&
	    strstr(v, "SPORTWORD") != NULL) {
		SPORTSET(SPORTKEY1(k, n));
		SPORTSET(SPORTKEY2(k, n));
	}
}

void
entity_init(void)
{
	if (inited)
		return;
	inited = 1;
	lwords = lex_load("entity-words.txt", 1, 0);
	lorgs = lex_load("organizations.txt", 1, 0);
	lcountries = lex_load("countries.txt", 1, 0);
	lregions = lex_load("regions.txt", 1, 0);
	lcities = lex_load("cities.txt", 1, 0);
	lgiven = lex_load("given-names.txt", 1, 0);
	ldemonyms = lex_load("demonyms.txt", 1, 0);
	lcommon = lex_load("common-words.txt", 1, 1);
	ltitles = lex_load("person-titles.txt", 1, 1);
	ltitle1 = lex_new(1);
	lex_each(ltitles, firstword, ltitle1);
	lsuffixes = lex_load("org-suffixes.txt", 1, 1);
	lcurrencies = lex_load("currencies.txt", 1, 0);
	lunits = lex_load("units.txt", 1, 0);
	ltimes = lex_load("time-words-en.txt", 1, 1);
	lpeople = lex_load("people.txt", 1, 0);
	lmodel = lex_load("entity-model.txt", 1, 0);
	usemodel = lex_size(lmodel) > 0;
	{
		struct lexicon *v[] = { lwords, lorgs, lcountries, ldemonyms,
		    lregions, lcities };

		lspan = lex_union(v, sizeof(v) / sizeof(v[0]));
	}
	lex_each(lwords, smallforms, lwords);
	lex_each(lwords, sportforms, lwords);
}

void
entity_trace(FILE *fp)
{
	tracefp = fp;
}

static uint64_t	wclassh(const char *, size_t, uint32_t);
static unsigned	wclassm(struct memo *, const char *, size_t);
static int	credited(size_t);
static int	ticker(size_t);
static int	nickname(size_t);
static int	currsign(size_t);
static int	inlineup(size_t), lineupline(size_t);
static int	ofperson(size_t), syllables(size_t), commonof(size_t);
static int	coofplace(size_t, size_t), placesuffix(size_t);
static int	compassof(size_t), ofplace(size_t, size_t);
static size_t	runplace(size_t);
static int	bracketafter(const struct ment *);
static int	titlepair(size_t, size_t);
static int	scorer(size_t, size_t);
static int	reinitials(size_t, size_t, size_t, size_t);
static int	shortform(const struct ment *);
static int	prodname(size_t, size_t, int);
static int	adherent(const char *, size_t);
static int	modelcode(size_t, int);

/*
 * What the lists say of a string, remembered for the whole run: news
 * repeats its words and names, and one hash and one probe here stand
 * for the several lookups of lexbytes(), wclass() and the tests of one
 * list.  The table is bounded, so memory does not grow with the input:
 * it is emptied between documents when half full, and within one it
 * takes no more strings when three quarters full; a token keeps its
 * slot for the document.  A string longer than a slot's key is not
 * remembered.
 */
#define MEMOBITS	15
#define MEMOKEY		37	/* a slot is 64 bytes, a cache line */
struct memo {
	uint32_t	 h;
	unsigned	 wc;		/* wclass(), when wcok */
	unsigned	 lwc;		/* lwc(), when lwcok */
	uint16_t	 known, in;	/* the lists of ML_ asked, and said yes */
	signed char	 lb[2][4];	/* lexbytes() by strict, ntok class */
	unsigned char	 n, wcok, lwcok;
	char		 key[MEMOKEY];
};
_Static_assert(sizeof(struct memo) == 64, "a memo slot is a cache line");
static struct memo *memov;
static size_t nmemo;
static struct memo *memoh(const char *, size_t, uint32_t);
/*
 * The lists whose answers a memo keeps, one bit each, by the names of
 * their variables, for tokin() and inlex(); ML_lacr and ML_ldefacr, the
 * document's own, are not kept.
 */
enum { ML_lcommon, ML_lgiven, ML_ltitles, ML_lsuffixes, ML_ldemonyms,
    ML_lcountries, ML_lcities, ML_lregions, ML_lorgs, ML_lpeople,
    ML_ltitle1, ML_N,
    ML_lacr = -1, ML_ldefacr = -1 };
_Static_assert(ML_N <= 16, "a memo keeps 16 lists' answers");

#define MEMOMASK	(((size_t)1 << MEMOBITS) - 1)

static struct memo *
memo(const char *s, size_t n)
{
	return memoh(s, n, hashmem(s, n));
}

/* memo() of s (n bytes) whose hashmem() is h. */
static struct memo *
memoh(const char *s, size_t n, uint32_t h)
{
	const size_t mask = MEMOMASK;
	struct memo *m;
	size_t	 j;

	if (n == 0 || n > MEMOKEY || memov == NULL)
		return NULL;	/* memov is made by memotrim() */
	for (j = h & mask; (m = &memov[j])->n != 0;
	    j = (j + 1) & mask)
		if (m->h == h && m->n == n && eqmem(m->key, s, n))
			return m;
	if (nmemo * 4 >= (mask + 1) * 3)
		return NULL;
	nmemo++;
	m->h = h;
	m->n = (unsigned char)n;
	memcpy(m->key, s, n);
	m->wc = m->lwc = 0;
	m->wcok = m->lwcok = 0;
	m->known = m->in = 0;
	memset(m->lb, LTNONE, sizeof(m->lb));
	return m;
}

/* Between documents: empty the memo when it is half full. */
static void
memotrim(void)
{
	const size_t mask = MEMOMASK;

	if (memov == NULL) {
		/* each slot in one cache line */
		if ((memov = aligned_alloc(64, (mask + 1) *
		    sizeof(*memov))) == NULL)
			err(1, NULL);
		memset(memov, 0, (mask + 1) * sizeof(*memov));
	}
	if (nmemo * 2 > mask) {
		memset(memov, 0, (mask + 1) * sizeof(*memov));
		nmemo = 0;
	}
}

/* The classes of a word in entity-words.txt. */
static unsigned
wclass(const char *s, size_t n)
{
	return wclassm(memo(s, n), s, n);
}

/* wclass() of s (n bytes), whose memo() is m or NULL. */
static unsigned
wclassm(struct memo *m, const char *s, size_t n)
{
	if (m == NULL)
		return (unsigned)wclassh(s, n, lex_hash(s, n));
	if (!m->wcok) {
		m->wc = (unsigned)wclassh(s, n, lex_hash(s, n));
		m->wcok = 1;
	}
	return m->wc;
}

/*
 * The classes of entity-words.txt for s (n bytes): those of W_* in the
 * low half, those of L_* in the high.
 */
static uint64_t
wclassh(const char *s, size_t n, uint32_t h)
{
	static const struct {
		const char	*name;
		uint64_t	 bit;
	} cl[] = {
		{ "TIME", W_TIME }, { "NOT", W_NOT }, { "TITLE", W_TITLE },
		{ "MOD", W_MOD }, { "ORGHEAD", W_ORGHEAD },
		{ "ORGPRE", W_ORGPRE }, { "PLACEHEAD", W_PLACEHEAD },
		{ "PLACEPRE", W_PLACEPRE }, { "PERSON", W_PERSON },
		{ "ORG", W_ORG }, { "PLACE", W_PLACE }, { "MISC", W_MISC },
		{ "MATCHV", W_MATCHV }, { "MATCHP", W_MATCHP },
		{ "MISCHEAD", W_MISCHEAD }, { "MISCPRE", W_MISCPRE },
		{ "ORGCUE", W_ORGCUE }, { "PLACECUE", W_PLACECUE },
		{ "MISCCUE", W_MISCCUE }, { "TEAMCUE", W_TEAMCUE },
		{ "SPORT", W_SPORT }, { "COFORM", W_COFORM },
		{ "TEAMPRE", W_TEAMPRE }, { "PRODHEAD", W_PRODHEAD },
		{ "TEAMHEAD", W_TEAMHEAD }, { "ROAD", W_ROAD },
		{ "SURNAME", W_SURNAME }, { "STATE", W_STATE },
		{ "GENERIC", W_GENERIC },
		{ "PARTICLE", LBIT(L_PARTICLE) }, { "SAINT", LBIT(L_SAINT) },
		{ "COMPASS", LBIT(L_COMPASS) }, { "CREDIT", LBIT(L_CREDIT) },
		{ "HEADLOW", LBIT(L_HEADLOW) }, { "REPORT", LBIT(L_REPORT) },
		{ "PLACEIN", LBIT(L_PLACEIN) }, { "PLACEAT", LBIT(L_PLACEAT) },
		{ "VERSUS", LBIT(L_VERSUS) }, { "MULT", LBIT(L_MULT) },
		{ "MODELEND", LBIT(L_MODELEND) }, { "ABBRDOT", LBIT(L_ABBRDOT) },
		{ "SPELLED", LBIT(L_SPELLED) }, { "WORKCUE", LBIT(L_WORKCUE) },
		{ "AND", LBIT(L_AND) }, { "ARTICLE", LBIT(L_ARTICLE) },
		{ "PUBLISH", LBIT(L_PUBLISH) }, { "SOURCE", LBIT(L_SOURCE) },
		{ "TITLEIN", LBIT(L_TITLEIN) }, { "TLD", LBIT(L_TLD) },
		{ "SPORTWORD", LBIT(L_SPORTWORD) },
		{ "PRODCUE", LBIT(L_PRODCUE) }
	};
	/* The classes of a value string, read once: by its address. */
	static struct {
		const char	*v;
		uint64_t	 bits;
	} vmemo[1024];
	const char *v, *p, *q;
	uint64_t bits = 0;
	size_t	 i, k, m;

	if ((v = lex_geth(lwords, s, n, h)) == NULL)
		return 0;
	m = ((uintptr_t)v >> 2) % (sizeof(vmemo) / sizeof(vmemo[0]));
	if (vmemo[m].v == v)
		return vmemo[m].bits;
	for (p = v; *p != '\0'; p = *q == ',' ? q + 1 : q) {
		for (q = p; *q != '\0' && *q != ','; q++)
			continue;
		k = (size_t)(q - p);
		for (i = 0; i < sizeof(cl) / sizeof(cl[0]); i++)
			if (strlen(cl[i].name) == k &&
			    memcmp(cl[i].name, p, k) == 0)
				bits |= cl[i].bit;
	}
	vmemo[m].v = v;
	vmemo[m].bits = bits;
	return bits;
}

static unsigned
twc(size_t i)
{
	return tv[i].wc;
}

/* Is token i the n bytes of w? */
static inline int
teqn(size_t i, const char *w, size_t n)
{
	return i < ntv && tv[i].e - tv[i].s == n &&
	    eqmem(T + tv[i].s, w, n);
}

/* Is token i the string literal w? */
#define teq(i, w)	teqn((i), "" w, sizeof(w) - 1)

/* Token i in lower case into w (cap bytes): its length, 0 if it won't fit. */
static size_t
tlower(size_t i, char *w, size_t cap)
{
	size_t	 n, k;

	if (i >= ntv || (n = tv[i].e - tv[i].s) >= cap)
		return 0;
	for (k = 0; k < n; k++)
		w[k] = (char)c_tolower((unsigned char)T[tv[i].s + k]);
	w[n] = '\0';
	return n;
}

/* The memo() of token i, looked up once. */
static HOT_INLINE struct memo *
tokmemo(size_t i)
{
	if (!tv[i].mok) {
		tv[i].m = memo(T + tv[i].s, tv[i].e - tv[i].s);
		tv[i].mok = 1;
	}
	return tv[i].m;
}

/* The L_* classes of token i in lower case. */
static unsigned
lwc(size_t i)
{
	struct memo *m;
	size_t	 n;
	char	 w[MEMOKEY + 1];
	unsigned bits = 0;

	if (i >= ntv)
		return 0;
	if ((m = tokmemo(i)) != NULL && m->lwcok)
		return m->lwc;
	if ((n = tlower(i, w, sizeof(w))) > 0)
		bits = (unsigned)(wclassh(w, n, lex_hash(w, n)) >> 32);
	if (m != NULL) {
		m->lwc = bits;
		m->lwcok = 1;
	}
	return bits;
}

/* s with each right single quotation mark made an apostrophe, in b. */
static size_t
straightapos(const char *s, size_t n, char *b, size_t cap)
{
	size_t	 i, k = 0;
	int	 any = 0;

	if (memchr(s, 0xE2, n) == NULL)
		return 0;
	for (i = 0; i < n; i++) {
		if (k + 1 >= cap)
			return 0;
		if (i + 2 < n && memcmp(s + i, "\xE2\x80\x99", 3) == 0) {
			b[k++] = '\'';
			i += 2;
			any = 1;
		} else
			b[k++] = s[i];
	}
	return any ? k : 0;
}

/*
 * Is s (n bytes), as written, in the list l?  m is its memo() or NULL,
 * k the index of l (ML_ of its name), or -1 for a list the
 * memo does not keep.
 */
static int
inmemo(struct memo *m, int k, const struct lexicon *l, const char *s,
    size_t n)
{
	unsigned bit;

	if (m == NULL || k < 0)
		return lex_get(l, s, n) != NULL;
	bit = 1u << k;
	if (!(m->known & bit)) {
		m->known |= bit;
		if (lex_get(l, s, n) != NULL)
			m->in |= bit;
	}
	return (m->in & bit) != 0;
}

static int
inlex_(int k, const struct lexicon *l, const char *s, size_t n)
{
	return inmemo(memo(s, n), k, l, s, n);
}

/* Is token i, as written, in the list l? */
static int
tokin_(int k, const struct lexicon *l, size_t i)
{
	return inmemo(tokmemo(i), k, l, T + tv[i].s, tv[i].e - tv[i].s);
}
#define inlex(l, s, n)	inlex_(ML_##l, l, s, n)
#define tokin(l, i)	tokin_(ML_##l, l, i)

static int
iscommon(size_t i)
{
	char	 b[64];
	size_t	 k;

	if (tv[i].common >= 0)
		return tv[i].common;
	tv[i].common = 1;
	if (tokin(lcommon, i))
		return 1;
	if (!(tv[i].f & TF_CURLY))
		return tv[i].common = 0;
	k = straightapos(T + tv[i].s, tv[i].e - tv[i].s, b, sizeof(b));
	return tv[i].common = k > 0 && lex_get(lcommon, b, k) != NULL;
}

/*
 * Is token i a given name once its Latin-1 letters lose their accents
 * (María, Zoë), when the list has the name without them?
 */
static int
givenfolded(size_t i)
{
	/* U+00C0 .. U+00FF, their letters without the marks; 0: none */
	static const char base[] =
	    "AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUY\0s"
	    "aaaaaaaceeeeiiii" "dnooooo\0ouuuuy\0y";
	const unsigned char *p = (const unsigned char *)T + tv[i].s;
	size_t	 n = tv[i].e - tv[i].s, k, j = 0;
	char	 b[48];
	int	 any = 0;

	if (n >= sizeof(b) || !(tv[i].f & TF_CAP))
		return 0;
	for (k = 0; k < n; k++) {
		if (p[k] < 0x80) {
			b[j++] = (char)p[k];
			continue;
		}
		if (p[k] != 0xC3 || k + 1 == n || p[k + 1] < 0x80 ||
		    p[k + 1] > 0xBF || base[p[k + 1] - 0x80] == '\0')
			return 0;
		b[j++] = base[p[k + 1] - 0x80];
		k++;
		any = 1;
	}
	return any && lex_get(lgiven, b, j) != NULL;
}

/*
 * A romanised given name of two syllables joined by a hyphen, the second
 * in small letters: Jun-seo, Ji-hoon, Hsiao-mei; not a prefix's word
 * (Co-op, Pre-war) nor one the common words know.
 */
static int
syllablegiven(size_t i)
{
	static const char *const pre[] = { "co", "ex", "re", "pre", "non",
	    "pro", "anti", "mid", "sub", "post", "semi", "self", "well",
	    "half", "all", "in", "on", "de", "bi", "tri", "multi", NULL };
	static const char *const post[] = { "ri", "dong", "gu", "si", "do",
	    "eup", "myeon", "gun", NULL };
	const char *p = T + tv[i].s, *h;
	size_t	 n = tv[i].e - tv[i].s, a, k;

	if (!(tv[i].f & TF_HYPH) || n < 5 || n > 11 || !syllables(i))
		return 0;
	h = memchr(p, '-', n);
	a = (size_t)(h - p);
	if (a < 2 || a > 5 || n - a - 1 < 2 || n - a - 1 > 5)
		return 0;
	for (k = 1; k < n; k++)
		if (k != a && !c_islower((unsigned char)p[k]))
			return 0;
	for (k = 0; pre[k] != NULL; k++)
		if (strlen(pre[k]) == a && strncasecmp(p, pre[k], a) == 0)
			return 0;
	/* Scrum-half; Hado-ri, Sinchon-dong: a village, a ward */
	for (k = 0; post[k] != NULL; k++)
		if (strlen(post[k]) == n - a - 1 &&
		    memcmp(h + 1, post[k], n - a - 1) == 0)
			return 0;
	return !iscommon(i) && (n - a - 1 < 3 ||
	    lex_get(lcommon, h + 1, n - a - 1) == NULL);
}

static int
isgiven(size_t i)
{
	if (tv[i].given < 0)
		tv[i].given = tokin(lgiven, i) || givenfolded(i) ||
		    syllablegiven(i);
	return tv[i].given;
}

/*
 * A hyphenated title: Lieutenant-Colonel as Lieutenant Colonel, or a
 * prefix and a title (Co-founder, Vice-Chairman, Ex-Minister).
 */
static int
hyphentitle(const char *p, size_t n)
{
	static const char *const pre[] = { "co", "vice", "ex", "deputy",
	    "acting", "sub", "under", "assistant", NULL };
	char	 b[48];
	const char *h;
	size_t	 i;

	if (n >= sizeof(b) || (h = memchr(p, '-', n)) == NULL)
		return 0;
	for (i = 0; i < n; i++)
		b[i] = p[i] == '-' ? ' ' : p[i];
	if (lex_get(ltitles, b, n) != NULL)
		return 1;
	/* Prosecutor-General, Director-General */
	if (n - (size_t)(h + 1 - p) == 7 && strncasecmp(h + 1, "general", 7) ==
	    0 && lex_get(ltitles, p, (size_t)(h - p)) != NULL)
		return 1;
	if (memchr(h + 1, '-', n - (size_t)(h + 1 - p)) != NULL ||
	    lex_get(ltitles, h + 1, n - (size_t)(h + 1 - p)) == NULL)
		return 0;
	for (i = 0; pre[i] != NULL; i++)
		if (strlen(pre[i]) == (size_t)(h - p) &&
		    strncasecmp(pre[i], p, (size_t)(h - p)) == 0)
			return 1;
	return 0;
}

static int
istitle(size_t i)
{
	if (!(tv[i].f & TF_WORD) || !(tv[i].f & (TF_CAP | TF_UPPER)))
		return 0;
	if (tv[i].title < 0) {
		tv[i].title = (twc(i) & W_TITLE) || tokin(ltitles, i) ||
		    ((tv[i].f & TF_HYPH) &&
		    hyphentitle(T + tv[i].s, tv[i].e - tv[i].s));
		/* the second word of a pair is one too, when it is asked */
		if (titlepair(i, i + 1))
			tv[i].title = tv[i + 1].title = 1;
	}
	return tv[i].title;
}

/*
 * Are tokens i and j, capitalised and one space apart, a title of two
 * words whose second is none alone: Tan Sri, Puan Sri, Datuk Wira (not
 * High Commissioner, which may open a body's name)?
 */
static int
titlepair(size_t i, size_t j)
{
	if (j >= ntv || tv[i].sent != tv[j].sent || !(tv[i].f & TF_CAP) ||
	    !(tv[j].f & TF_CAP) || tv[j].s != tv[i].e + 1 ||
	    T[tv[i].e] != ' ' || !tokin(ltitle1, i) || (twc(j) & W_TITLE) ||
	    tokin(ltitles, j))
		return 0;
	return lex_get(ltitles, T + tv[i].s, tv[j].e - tv[i].s) != NULL;
}

static int	ismod(size_t), lextok(size_t, int);

/*
 * Assistant District Attorney, Deputy Police Commissioner: is token i
 * (before t1) a capitalised common word, a head too, between a word that
 * only forms a role and a title?
 */
static int
rolemid(size_t i, size_t t1)
{
	return i > 0 && i + 1 < t1 && ismod(i - 1) && istitle(i + 1) &&
	    (tv[i].f & TF_CAP) && !(tv[i].f & TF_UPPER) && iscommon(i) &&
	    lextok(i, 0) <= 0;
}

/* Mines and Energy Minister: "and" between two role words in t0..t1 */
static int
modand(size_t i, size_t t0, size_t t1)
{
	return i > t0 && i + 1 < t1 && teq(i, "and") && ismod(i - 1) &&
	    ismod(i + 1);
}

static int
ismod(size_t i)
{
	return (tv[i].f & TF_CAP) && (twc(i) & W_MOD);
}

/* Tokens. */

/* W_TIME if s (n bytes) in capitals is a time word (MONDAY), else 0. */
static unsigned
captime(const char *s, size_t n)
{
	char	 b[16];
	size_t	 k;

	if (n < 3 || n >= sizeof(b) || !c_isupper((unsigned char)s[1]))
		return 0;
	b[0] = s[0];
	for (k = 1; k < n; k++)
		b[k] = (char)c_tolower((unsigned char)s[k]);
	return wclass(b, n) & W_TIME;
}

/* Is s (n bytes) a time word, in title case or in capitals (MON)? */
static int
timeword(const char *s, size_t n)
{
	return (wclass(s, n) & W_TIME) || captime(s, n);
}

/*
 * W_TIME if s (n bytes) is two time words joined by a hyphen (April-June,
 * MON-FRI), else 0.
 */
static unsigned
timespan(const char *s, size_t n)
{
	const char *h;

	if ((h = memchr(s, '-', n)) == NULL)
		return 0;
	return timeword(s, (size_t)(h - s)) &&
	    timeword(h + 1, n - (size_t)(h - s) - 1) ? W_TIME : 0;
}

/* The word classes of token t, a capitalised word. */
static void
newtokwc(struct tok *t)
{
	char	 b[64];
	size_t	 k;

	t->wc = !(t->f & TF_DIGIT) ? wclassm(tokmemo((size_t)(t - tv)),
	    T + t->s, t->e - t->s) : 0;
	if (t->wc == 0 && (t->f & TF_CURLY) && (k = straightapos(T + t->s,
	    t->e - t->s, b, sizeof(b))) > 0)
		t->wc = wclass(b, k);	/* I’m */
	/* MONDAY, JANUARY: a time word in capitals, a listing's heading */
	if (t->wc == 0 && (t->f & TF_UPPER) && t->e - t->s <= 9)
		t->wc = captime(T + t->s, t->e - t->s);
	/* April-June, Monday-Friday: a span of time */
	if (t->wc == 0 && (t->f & TF_HYPH))
		t->wc = timespan(T + t->s, t->e - t->s);
}

static HOT_INLINE struct tok *
newtok(size_t s, size_t e, unsigned f, unsigned sent)
{
	struct tok *t;

	if (ntv == captv) {
		captv = captv ? captv * 2 : 1024;
		tv = xreallocarray(tv, captv, sizeof(*tv));
	}
	t = &tv[ntv++];
	t->s = s;
	t->e = e;
	t->f = f;
	t->sent = sent;
	t->mok = 0;
	t->wc = 0;
	t->lt[0] = t->lt[1] = LTNONE;
	t->common = t->given = t->title = -1;
	if (f & TF_NAMEY)
		newtokwc(t);
	else if ((f & TF_WORD) && e - s >= 4 && SPORTFORM(T + s, e - s))
		nsportform++;
	return t;
}

static uint32_t
cat(const unsigned char *p, size_t i, size_t n, size_t *k)
{
	uint32_t c;

	if (i >= n) {
		*k = 0;
		return 0;
	}
	if (p[i] < 0x80) {
		*k = 1;
		return p[i];
	}
	*k = utf8_decode(p + i, n - i, &c);
	if (*k == 0)
		*k = 1;
	return c;
}

static inline int
isal(uint32_t c)
{
	if (c < 0x80)
		return uc_isalnum(c);
	return c != UTF8_BAD && (uc_isalnum(c) || uc_ismark(c));
}

static int
isapos(uint32_t c)
{
	return c == '\'' || c == 0x2019;
}

/* ASCII letters and digits, for the tokenizer's fast path. */
enum { A_UP = 1, A_LO = 2, A_DIG = 4 };
static const unsigned char acls[256] = {
	['0'] = A_DIG, ['1'] = A_DIG, ['2'] = A_DIG, ['3'] = A_DIG,
	['4'] = A_DIG, ['5'] = A_DIG, ['6'] = A_DIG, ['7'] = A_DIG,
	['8'] = A_DIG, ['9'] = A_DIG,
	['A'] = A_UP, ['B'] = A_UP, ['C'] = A_UP, ['D'] = A_UP, ['E'] = A_UP,
	['F'] = A_UP, ['G'] = A_UP, ['H'] = A_UP, ['I'] = A_UP, ['J'] = A_UP,
	['K'] = A_UP, ['L'] = A_UP, ['M'] = A_UP, ['N'] = A_UP, ['O'] = A_UP,
	['P'] = A_UP, ['Q'] = A_UP, ['R'] = A_UP, ['S'] = A_UP, ['T'] = A_UP,
	['U'] = A_UP, ['V'] = A_UP, ['W'] = A_UP, ['X'] = A_UP, ['Y'] = A_UP,
	['Z'] = A_UP,
	['a'] = A_LO, ['b'] = A_LO, ['c'] = A_LO, ['d'] = A_LO, ['e'] = A_LO,
	['f'] = A_LO, ['g'] = A_LO, ['h'] = A_LO, ['i'] = A_LO, ['j'] = A_LO,
	['k'] = A_LO, ['l'] = A_LO, ['m'] = A_LO, ['n'] = A_LO, ['o'] = A_LO,
	['p'] = A_LO, ['q'] = A_LO, ['r'] = A_LO, ['s'] = A_LO, ['t'] = A_LO,
	['u'] = A_LO, ['v'] = A_LO, ['w'] = A_LO, ['x'] = A_LO, ['y'] = A_LO,
	['z'] = A_LO
};
/* Bytes that end a word of small letters and can start no part of it. */
static const unsigned char plainend[256] = {
	[' '] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1, [','] = 1, ['.'] = 1,
	[';'] = 1, [':'] = 1, ['?'] = 1, ['!'] = 1, [')'] = 1, ['('] = 1,
	['"'] = 1, ['/'] = 1
};

/*
 * The short words English writes after a name and a hyphen
 * (Paris-based, Putin-era): the name stops before them.
 */
static int
hyphenword(const unsigned char *w, size_t n)
{
	static const char *const hw[] = { "based", "born", "bred", "led",
	    "owned", "run", "backed", "funded", "made", "built", "style",
	    "like", "type", "era", "wide", "bound", "held", "linked",
	    "listed", "allied", "themed", "only", "free", "proof", "area",
	    "zone", "level", "class", "sized", "shaped", "esque", "ish",
	    "born", "native", "hating", "loving", "baiting", "centric",
	    "facing", "leaning", "heavy", "light", "weary", "ready", "size",
	    "year", "day", "week", "month", "old", "long", "high", "low",
	    "plus", "minus", "bashing", "era", "ese", "ian", "ist", "ism",
	    "ization", "isation", "ize", "ise", "style", "driven", "grown",
	    "known", "drawn", "torn", "hit", "struck", "stricken", "ridden",
	    "given", "written", "spun", NULL };
	size_t	 i;

	for (i = 0; hw[i] != NULL; i++)
		if (strlen(hw[i]) == n && memcmp(hw[i], w, n) == 0)
			return 1;
	/* and any participle: Kremlin-controlled, Trump-supporting */
	return (n >= 5 && memcmp(w + n - 2, "ed", 2) == 0) ||
	    (n >= 6 && memcmp(w + n - 3, "ing", 3) == 0);
}

/* The end of a dotted acronym (U.S., D.C.) at i, or 0. */
static size_t
acronym(const unsigned char *p, size_t i, size_t n)
{
	size_t	 j = i, k = 0;

	while (j + 1 < n && c_isupper(p[j]) && p[j + 1] == '.') {
		j += 2;
		k++;
	}
	/* U.S government: the last stop left out */
	if (k >= 1 && j < n && c_isupper(p[j]) && (j + 1 == n ||
	    p[j + 1] == ' ' || p[j + 1] == ',')) {
		j++;
		k++;
	}
	return k >= 2 ? j : 0;
}

static int	byline(size_t);

/*
 * Are the letters p[i, j) and the lower-case ASCII run from h (to *qp)
 * one common word when written without the hyphen: Co-operation?
 */
static int
cojoined(const unsigned char *p, size_t i, size_t j, size_t h, size_t se,
    size_t *qp)
{
	char	 b[40];
	size_t	 n = 0, q;

	for (q = i; q < j; q++)
		if (n < sizeof(b))
			b[n++] = (char)c_tolower(p[q]);
	for (q = h; q < se && p[q] >= 'a' && p[q] <= 'z'; q++)
		if (n < sizeof(b))
			b[n++] = (char)p[q];
	if (n >= sizeof(b) || q - h < 2 || (q < se && (c_isalnum(p[q]) ||
	    p[q] >= 0x80)))
		return 0;
	*qp = q;
	return lex_get(lcommon, b, n) != NULL;
}

/* Is a single quotation mark open among the tokens from first on? */
static int
opensquote(size_t first)
{
	size_t	 i;
	int	 open = 0;

	for (i = first; i < ntv; i++) {
		if (teq(i, "\xe2\x80\x98"))
			open = 1;
		else if (!teq(i, "'") && !teq(i, "\xe2\x80\x99"))
			continue;
		else if (i == first || (tv[i].f & TF_SP) ||
		    !(tv[i - 1].f & TF_WORD))
			open = 1;
		else
			open = 0;
	}
	return open;
}

/*
 * Is p[i, j) the letter of an American party, after a comma or a bracket,
 * before a hyphen and a capital: "Pat Roberts, R-Kan.", "(D-Vt.)"?
 */
static int
partytag(const unsigned char *p, size_t i, size_t j)
{
	return j == i + 1 && (p[i] == 'R' || p[i] == 'D' || p[i] == 'I') &&
	    i >= 2 && ((p[i - 1] == ' ' && p[i - 2] == ',') ||
	    p[i - 1] == '(') && c_isupper(p[j + 1]);
}

/*
 * Are p[i, j) and the n small letters after its hyphen two short
 * syllables after a capitalised word of two to five letters, a space
 * apart: the given name in "Park Sung-min", "Kang Min-ho"?  Not "Fly-half",
 * "Sit-in", "Set-up", which end in a common word of their own kind.
 */
static int
aftersurname(const unsigned char *p, size_t i, size_t j, size_t n,
    unsigned ws, unsigned sn)
{
	static const char *const end[] = { "in", "up", "on", "off", "out",
	    "by", "half", "back", "down", "away", "over", "way", "time",
	    "day", "man", "men", NULL };
	const struct tok *t;
	size_t	 k;

	if (ntv == 0 || !(ws & TF_SP) || j - i > 4 || n > 3)
		return 0;
	t = &tv[ntv - 1];
	if (t->sent != sn || (t->f & (TF_CAP | TF_UPPER | TF_WORD)) !=
	    (TF_CAP | TF_WORD) || t->e - t->s < 2 || t->e - t->s > 5 ||
	    t->e + 1 != i)
		return 0;
	for (k = 0; end[k] != NULL; k++)
		if (strlen(end[k]) == n && memcmp(end[k], p + j + 1, n) == 0)
			return 0;
	return 1;
}

/*
 * Does the line that the line break at p[i] ends hold text and fewer
 * than SHORTLINE bytes?  Text wrapped to a width has longer lines.
 */
#define SHORTLINE	40
static int
shortline(const unsigned char *p, size_t i)
{
	size_t	 k;

	for (k = i; k > 0 && i - k < SHORTLINE && p[k - 1] != '\n'; k--)
		continue;
	return i - k < SHORTLINE && i > k;
}

/*
 * The end of the TLD word (com, net) of small letters at p[j, se) that
 * no letter, digit or hyphen follows, or 0.
 */
static size_t
tld(const unsigned char *p, size_t j, size_t se)
{
	size_t	 k;

	for (k = j; k < se && k - j <= 4 && p[k] >= 'a' && p[k] <= 'z'; k++)
		continue;
	if (k - j < 2 || k - j > 4 || (k < se && (acls[p[k]] != 0 ||
	    p[k] == '-' || p[k] >= 0x80)))
		return 0;
	return (wclassh((const char *)p + j, k - j,
	    lex_hash((const char *)p + j, k - j)) >> 32) & L_TLD ? k : 0;
}

static void
tokenize_sent(const unsigned char *p, size_t ss, size_t se, unsigned sn)
{
	size_t	 i, j, k, k2, k3, first = ntv;
	uint32_t c, c2, c3;
	unsigned f, ws = 0, nlrun = 0, hy;
	int	 expect_first = 1, up, lo, slow, glued = 0;
	struct tok *t;

	if (sn >= capsf) {
		capsf = sn < 64 ? 64 : (size_t)sn * 2;
		sfirst = xreallocarray(sfirst, capsf, sizeof(*sfirst));
	}
	sfirst[sn] = ntv;
	for (i = ss; i < se; ) {
		/*
		 * The common cases first: a space, and a word of ASCII small
		 * letters that ends at a space or a plain stop.  Any other
		 * word goes to the general scan below.
		 */
		if (p[i] == ' ') {
			ws |= TF_SP;
			i++;
			continue;
		}
		if (p[i] >= 'a' && p[i] <= 'z') {
			for (j = i + 1; j < se && acls[p[j]] == A_LO; j++)
				continue;
			if (j == se || plainend[p[j]]) {
				newtok(i, j, ws | TF_WORD | (expect_first ||
				    (ws & TF_NL) ? TF_FIRST : 0), sn);
				nlrun = 0;
				ws = 0;
				expect_first = 0;
				i = j;
				continue;
			}
		}
		c = cat(p, i, se, &k);
		if (c != UTF8_BAD && uc_isspace(c)) {
			/*
			 * A single line break inside a sentence is a wrapped
			 * line (the splitter ended nothing there): a space.
			 * A blank line counts as a break, and so does the
			 * end of a short line, which no wrapping makes: a
			 * signature over a town ("Chen Li-hua\nChanghua").
			 */
			if (c == '\n' && (((ws & TF_SP) && nlrun > 0) ||
			    (nlrun == 0 && shortline(p, i))))
				ws |= TF_NL;
			if (c == '\n')
				nlrun++;
			ws |= TF_SP;
			i += k;
			continue;
		}
		nlrun = 0;
		if ((c == '@' || c == '#') && isal(cat(p, i + 1, se, &k2))) {
			/* An @handle or a #hashtag is no name: one token. */
			for (j = i + 1; j < se; j += k2)
				if (!isal(c = cat(p, j, se, &k2)) && c != '_')
					break;
			newtok(i, j, ws, sn);
			ws = 0;
			expect_first = 0;
			i = j;
			continue;
		}
		if (!isal(c)) {
			t = newtok(i, i + k, ws, sn);
			ws = 0;
			if (glued)	/* the hyphen of anti-Trump */
				glued = 0;
			else if (uc_isopenquote(c) || c == ':' || c == '(' ||
			    c == '[' || uc_isdash(c) || c == '|')
				expect_first = 1;
			(void)t;
			i += k;
			continue;
		}
		if ((j = acronym(p, i, se)) != 0) {
			newtok(i, j, ws | TF_WORD | TF_CAP | TF_UPPER |
			    (expect_first ? TF_FIRST : 0), sn);
			ws = 0;
			expect_first = 0;
			i = j;
			continue;
		}
		/*
		 * The common word is ASCII letters and digits alone: it is
		 * scanned and counted in one pass; any other byte in it
		 * sends the count to the general loop below.
		 */
		j = i;
		up = lo = 0;
		f = ws | TF_WORD;
		hy = 0;
		for (slow = 0;; slow = 1) {
			unsigned a, acc = 0;

			while (j < se && (a = acls[p[j]]) != 0) {
				up += a & A_UP;
				acc |= a;
				j++;
			}
			if (acc & A_LO)
				lo = 1;
			if (acc & A_DIG)
				f |= TF_DIGIT;
			c = cat(p, j, se, &k);
			if (isal(c)) {
				j += k;
				continue;
			}
			c2 = cat(p, j + k, se, &k2);
			if (k2 == 0 || !isal(c2))
				break;
			if (isapos(c)) {
				c3 = cat(p, j + k + k2, se, &k3);
				if ((c2 == 's' || c2 == 'S') &&
				    (k3 == 0 || !isal(c3)))
					break;		/* possessive */
				if (c != '\'')
					hy |= TF_CURLY;
				j += k + k2;
				continue;
			}
			if (c == '-' && partytag(p, i, j)) {
				glued = 1;	/* R-Kan.: no new sentence */
				break;
			}
			if (c == '-') {
				hy |= TF_HYPH;
				/*
				 * Paris-based: the name stops there; not
				 * Crans-sur-Sierre, Inzamam-ul-Haq.
				 */
				if (c_isupper(p[i]) && c2 != UTF8_BAD &&
				    uc_islower(c2)) {
					size_t	 q = j + k;

					/*
					 * Co-operation, Co-op: a prefix and
					 * a word that are one common word
					 */
					if (j - i <= 3 && cojoined(p, i, j,
					    j + k, se, &q)) {
						j = q;
						continue;
					}
					q = j + k;

					/* also Pointe-à-Pierre */
					while (q < se && q - j <= 7) {
						if (p[q] >= 'a' && p[q] <= 'z')
							q++;
						else if (p[q] >= 0x80 &&
						    uc_islower(cat(p, q, se,
						    &k3)))
							q += k3;
						else
							break;
					}
					if (q + 1 < se && p[q] == '-' &&
					    c_isupper(p[q + 1]) && q - j <= 6) {
						j = q + 1;
						continue;
					}
					/*
					 * Kim Young-sam, Lau Kin-ming: a short
					 * syllable that no English compound
					 * ends in stays on the name; not two
					 * common words (Fly-half) unless a
					 * surname goes before two syllables
					 * (Park Sung-min), nor a letter
					 * (T-shirt).
					 */
					if (q - j - k >= 2 && q - j <= 7 &&
					    j - i >= 2 && (q == se ||
					    !isal(cat(p, q, se, &k3))) &&
					    !hyphenword(p + j + k, q - j - k) &&
					    (aftersurname(p, i, j, q - j - k,
					    ws, sn) || !(lex_get(lcommon,
					    (const char *)p + i, j - i) != NULL &&
					    lex_get(lcommon, (const char *)p + j +
					    k, q - j - k) != NULL))) {
						j = q;
						continue;
					}
					break;
				}
				/*
				 * anti-Trump, pro-EU, mid-July: a lower-case
				 * prefix is no part of the name after it; a
				 * particle is (al-Assad, bin-Talal).
				 */
				if (!slow && p[i] >= 'a' && p[i] <= 'z' &&
				    up == 0 && !(f & TF_DIGIT) && j - i >= 2 &&
				    c2 != UTF8_BAD && uc_isupper(c2) &&
				    !((wclassh((const char *)p + i, j - i,
				    lex_hash((const char *)p + i, j - i)) >>
				    32) & L_PARTICLE)) {
					glued = 1;
					break;
				}
				/*
				 * 1-Natalia Orlova, 5-Tamara Bulic: a seed's
				 * number is no part of the name after it
				 */
				if (!slow && (f & TF_DIGIT) && up == 0 &&
				    !lo && j - i <= 2 && c2 != UTF8_BAD &&
				    uc_isupper(c2) && j + k + k2 < se &&
				    (c_islower(p[j + k + k2]) ||
				    p[j + k + k2] >= 0x80)) {
					glued = 1;
					break;
				}
				j += k + k2;
				continue;
			}
			if (c == '&' && j > i && c_isupper(p[j - 1]) &&
			    c2 != UTF8_BAD && uc_isupper(c2)) {
				j += k + k2;
				continue;
			}
			/* Amazon.com, JD.com: a web address's end is the name's */
			if (c == '.' && (k3 = tld(p, j + 1, se)) != 0) {
				j = k3;
				break;
			}
			break;
		}
		for (k = i; slow && k < j; k += k2) {
			if (k == i) {
				up = lo = 0;
				f = ws | TF_WORD;
			}
			c = cat(p, k, j, &k2);
			if (c == UTF8_BAD)
				continue;
			if (uc_isupper(c))
				up++;
			else if (uc_islower(c))
				lo++;
			else if (uc_isdigit(c))
				f |= TF_DIGIT;
		}
		c = cat(p, i, j, &k2);
		if (c != UTF8_BAD && uc_isupper(c)) {
			f |= TF_CAP;
			if (lo == 0 && up >= 2)
				f |= TF_UPPER;
		} else if (c != UTF8_BAD && uc_islower(c) && up > 0 &&
		    !(f & TF_DIGIT))
			f |= TF_CAMEL;
		if (expect_first)
			f |= TF_FIRST;
		if (ws & TF_NL)
			f |= TF_FIRST;
		expect_first = 0;
		ws = 0;
		c = cat(p, j, se, &k);
		if (isapos(c)) {
			c2 = cat(p, j + k, se, &k2);
			if (c2 == 's' || c2 == 'S')
				f |= TF_POSS;
			/*
			 * Galois' paper: the possessive of a name in s, not
			 * the close of a quotation opened in the sentence
			 */
			else if ((f & TF_CAP) && p[j - 1] == 's' &&
			    (k2 == 0 || !isal(c2)) && !opensquote(first))
				f |= TF_POSS;
		}
		newtok(i, j, f | hy, sn);
		i = j;
	}
	/* A headline: no final stop, and its content words capitalised. */
	{
		size_t	 nw = 0, ncap = 0, nlow = 0, nup = 0, ndig = 0;
		int	 head;

		if (ntv == first)
			return;
		c = p[tv[ntv - 1].s];
		/* Wins Prize for "The Salt Road": a title closes it */
		if ((c == '"' || teq(ntv - 1, "\xE2\x80\x9D")) &&
		    ntv - 1 > first && (tv[ntv - 2].f & TF_WORD) &&
		    !(tv[ntv - 1].f & TF_SP))
			c = p[tv[ntv - 2].s];
		for (j = first; j < ntv; j++) {
			/*
			 * Kresic (Lazio) 2, Ruiz (Hiroshima) .348: a line of
			 * scores or figures after bracketed sides, no headline
			 */
			if (teq(j, ")") && j + 1 < ntv && ((tv[j + 1].f &
			    TF_DIGIT) || (teq(j + 1, ".") && j + 2 < ntv &&
			    (tv[j + 2].f & TF_DIGIT) && !(tv[j + 2].f &
			    TF_SP)))) {
				nlow = 1;
				break;
			}
			if (!(tv[j].f & TF_WORD))
				continue;
			/* Europe's: the s of a possessive */
			if (j >= first + 2 && (tv[j - 2].f & TF_POSS) &&
			    !(tv[j].f & TF_SP) && teq(j, "s"))
				continue;
			nw++;
			if ((tv[j].f & TF_UPPER) || ((tv[j].f & TF_CAP) &&
			    tv[j].e - tv[j].s == 1))
				nup++;		/* ENGLAND V PAKISTAN */
			else if (tv[j].f & TF_DIGIT)
				ndig++;
			if (tv[j].f & (TF_CAP | TF_DIGIT))
				ncap++;
			else if (!(lwc(j) & L_HEADLOW)) {
				nlow++;
				break;	/* a lower-case content word: no */
			}
		}
		/* NEW YORK 1996-08-29: a dateline in capitals */
		head = nw >= 2 && nup >= 1 && nup + ndig == nw;
		/*
		 * By Anna Smith and Lee Chan: a byline is no headline, nor
		 * is a credit line (Reporting by Anna Smith)
		 */
		if (byline(first))
			nlow = 1;
		/* (Anna Smith/Reuters): a credit in brackets is no headline */
		if (teq(first, "(") && teq(ntv - 1, ")"))
			nlow = 1;
		/* Madrid: Illgner; Panucci, Sanchís ...: a line-up */
		if (nlow == 0 && lineupline(ntv - 1))
			nlow = 1;
		/*
		 * "Chelsea 1 Leeds 1" is a line of results; the document's
		 * first line in Title Case is a headline though it has
		 * stops: "Ortega Wants Less. Her Biennale Agrees."
		 */
		if (!head && nw >= 2 && nlow == 0 && ncap >= 2 &&
		    (ndig < 2 || ndig * 4 <= nw) &&
		    ((c != '.' && c != '?' && c != '!' && c != '"' &&
		    !(c & 0x80)) || (ncap == nw && nw >= 3 &&
		    memchr(T, '\n', tv[first].s) == NULL)))
			for (head = 1, j = first; j < ntv &&
			    tv[j].sent == tv[first].sent && head; j++)
				if ((tv[j].f & TF_NAMEY) && credited(j))
					head = 0;
		if (head)
			for (j = first; j < ntv; j++)
				tv[j].f |= TF_HEAD;
	}
}

/*
 * Is the sentence that starts at token t a byline: "By" and names, apart
 * by commas and "and", and nothing more?
 */
static int
byline(size_t t)
{
	size_t	 i;
	int	 names = 0;

	if (t >= ntv || !(teq(t, "By") || teq(t, "BY")))
		return 0;
	for (i = t + 1; i < ntv && tv[i].sent == tv[t].sent; i++) {
		if (teq(i, ",") || teq(i, "and") || teq(i, ".") || teq(i, "&"))
			continue;
		if ((teq(i, "in") || teq(i, "|") || teq(i, "\xc2\xb7") ||
		    teq(i, "\xe2\x80\xa2")) && names >= 2)
			break;	/* By Anna Smith in Lutsk, By Anna Smith | Lutsk */
		if (!(tv[i].f & TF_WORD) || !(tv[i].f & TF_CAP) ||
		    (tv[i].f & TF_DIGIT))
			return 0;
		names++;
	}
	return names >= 2 && names <= 12;
}

/* Is a REPORT word right after the name [t0, t1), past one comma? */
static int
reportafter(size_t t0, size_t t1)
{
	size_t	 i = t1;

	if (i < ntv && tv[i].sent == tv[t0].sent && teq(i, ","))
		i++;
	return i < ntv && tv[i].sent == tv[t0].sent && (lwc(i) & L_REPORT);
}

/*
 * Is [t0, t1) a given name and another word where a person is cued: in
 * a byline, before a REPORT word, or credited?
 */
static int
personcued(size_t t0, size_t t1)
{
	size_t	 i;

	if (!isgiven(t0) || (tv[t0].f & TF_UPPER) || iscommon(t0))
		return 0;
	/* not "operators on Hamilton Island said" */
	if (reportafter(t0, t1) && !(t0 > 0 && ((lwc(t0 - 1) &
	    (L_PLACEIN | L_PLACEAT)) || teq(t0 - 1, "on") ||
	    teq(t0 - 1, "of") || teq(t0 - 1, "to"))))
		return 1;
	i = sfirst[tv[t0].sent];
	return (i < t0 && byline(i)) || credited(t0);
}

/*
 * Is token i a double-barrelled name: two capitalised parts of two
 * letters or more, each with a small letter, joined by a hyphen
 * (Kavanagh-Lee, not Hewlett-PACKARD nor Stratford-upon-Avon)?
 */
static int
barrelled(size_t i)
{
	const char *p = T + tv[i].s, *h;
	size_t	 n = tv[i].e - tv[i].s, a;

	if (!(tv[i].f & TF_CAP) || (h = memchr(p, '-', n)) == NULL)
		return 0;
	a = (size_t)(h - p);
	if (a < 2 || n - a - 1 < 2 || memchr(h + 1, '-', n - a - 1) != NULL)
		return 0;
	return c_isupper((unsigned char)h[1]) &&
	    c_islower((unsigned char)h[2]) && c_islower((unsigned char)p[1]);
}

/* Lexicons on a byte span. */

static int	allcaps(const char *, size_t);
static int	lexlists(const char *, size_t, int, int);
static int	lexmemo(struct memo *, const char *, size_t, int, int);
static int	lexstop(size_t, int);
static int	wideplace(size_t);
static int	dateline(const struct ment *);
static int	datelinet(size_t, size_t);
static int	datelineplace(size_t, size_t);
static int	datelineagency(size_t, size_t);
static size_t	agency(size_t);
static int	stopplace(size_t);
static int	particlename(size_t, size_t), placetail(size_t, size_t);
static int	rolelike(size_t);
static int	titlecase_n(char *, size_t);
static int	titlecase_x(char *, size_t, int);
static int	shortcaps(const char *);
static int	namey_(size_t);

/* Can token i be a word of a name?  Most tokens fail the first test. */
static inline int
namey(size_t i)
{
	return i < ntv && (tv[i].f & TF_WORD) && (tv[i].f & TF_NAMEY) &&
	    namey_(i);
}
static int	opensname(size_t, size_t);
static int	prefixword(size_t);
static unsigned	anywc(size_t);
static int	demonym(const char *, size_t);

/*
 * The type the lists give the text p (n bytes) of ntok words, strict
 * when one common word is no name: E_NONE, -1 for a word that is no
 * name, or a type; remembered by memo().
 */
static int
lexbytes(const char *p, size_t n, int ntok, int strict)
{
	return lexmemo(memo(p, n), p, n, ntok, strict);
}

/* lexbytes() of p (n bytes), whose memo() is m or NULL. */
static int
lexmemo(struct memo *m, const char *p, size_t n, int ntok, int strict)
{
	int	 cl = ntok == 0 ? 0 : ntok == 1 ? 1 : ntok <= 4 ? 2 : 3;

	if (m == NULL)
		return lexlists(p, n, ntok, strict);
	if (m->lb[strict][cl] == LTNONE)
		m->lb[strict][cl] = (signed char)lexlists(p, n, ntok, strict);
	return m->lb[strict][cl];
}

static int
lexlists(const char *p, size_t n, int ntok, int strict)
{
	unsigned w;
	uint32_t h;
	char	 b[64];
	size_t	 k;

	/* The lists write an apostrophe straight: O’Brien, Christie’s. */
	if (n >= 3 && (k = straightapos(p, n, b, sizeof(b))) > 0)
		return lexlists(b, k, ntok, strict);
	h = lex_hash(p, n);

	if (!lex_maybe(lspan, h)) {
		/* In none of the lists below: skip to the end. */
		if (strict && ntok == 1 && lex_get(lcommon, p, n) != NULL)
			return E_NONE;
		goto caps;
	}
	w = wclassh(p, n, h);
	if (w & W_PERSON)
		return E_PERSON;
	if (w & W_ORG)
		return E_ORG;
	if (w & W_PLACE)
		return E_PLACE;
	if (w & W_MISC)
		return E_MISC;
	if (w & (W_TIME | W_NOT | W_TITLE))
		return -1;
	if (lex_geth(lorgs, p, n, h) != NULL)
		return E_ORG;
	if (lex_geth(lcountries, p, n, h) != NULL)
		return E_PLACE;
	if (lex_geth(ldemonyms, p, n, h) != NULL)
		return E_MISC;
	if (strict && ntok == 1 && lex_get(lcommon, p, n) != NULL)
		return E_NONE;
	if (lex_geth(lregions, p, n, h) != NULL)
		return E_PLACE;
	if (lex_geth(lcities, p, n, h) != NULL)
		return E_PLACE;		/* Phoenix: a big city's name */
caps:
	if (ntok == 1 && (demonym(p, n) || adherent(p, n)))
		return E_MISC;
	if ((ntok == 1 ? n > 3 : n > 4 && ntok <= 4) && n < 48 &&
	    allcaps(p, n)) {
		/*
		 * A dateline or headline in capitals: STOCKHOLM, NEW YORK,
		 * RIO DE JANEIRO (the short words of a name in lower case).
		 */
		char	 tc[48];

		memcpy(tc, p, n);
		(void)titlecase_n(tc, n);
		h = lex_hash(tc, n);
		if (lex_maybe(lspan, h) && (lex_geth(lcountries, tc, n, h) !=
		    NULL || lex_geth(lcities, tc, n, h) != NULL ||
		    lex_geth(lregions, tc, n, h) != NULL))
			return E_PLACE;
		if (ntok == 1 && lex_maybe(lspan, h) &&
		    lex_geth(ldemonyms, tc, n, h) != NULL)
			return E_MISC;		/* ISRAELI-PALESTINIAN */
	}
	return E_NONE;
}

/*
 * Zairean, Kashmiri, Taiwanese: a word the lists lack that is a country's
 * or a region's name with the ending of a people (and a plural's s).
 */
static int
demonym(const char *p, size_t n)
{
	static const struct { const char *end, *add; } e[] = {
		{ "n", "" }, { "an", "" }, { "ian", "" }, { "ese", "" },
		{ "ese", "a" }, { "i", "" }
	};
	char	 b[48];
	size_t	 i, k, m;

	if (n < 6 || n >= sizeof(b) || !c_isupper((unsigned char)p[0]) ||
	    !c_islower((unsigned char)p[1]) || lex_get(lcommon, p, n) != NULL)
		return 0;
	if (p[n - 1] == 's' && p[n - 2] == 'n')
		n--;				/* Zaireans */
	for (i = 0; i < sizeof(e) / sizeof(e[0]); i++) {
		k = strlen(e[i].end);
		if (n - k < 4 || memcmp(p + n - k, e[i].end, k) != 0)
			continue;
		m = n - k;
		memcpy(b, p, m);
		memcpy(b + m, e[i].add, strlen(e[i].add));
		m += strlen(e[i].add);
		if (lex_get(lcountries, b, m) != NULL ||
		    lex_get(lregions, b, m) != NULL)
			return 1;
	}
	return 0;
}

/*
 * Kirchnerist, Corbynists: a word the lists lack for the followers of a
 * leader or a movement, capitalised, in -ist or -ists and no common word;
 * not a Nordic surname in -qvist.
 */
static int
adherent(const char *p, size_t n)
{
	if (n >= 8 && p[n - 1] == 's')
		n--;
	return n >= 7 && n < 48 && memcmp(p + n - 3, "ist", 3) == 0 &&
	    p[n - 4] != 'v' && c_isupper((unsigned char)p[0]) &&
	    c_islower((unsigned char)p[1]) && lex_get(lcommon, p, n) == NULL;
}

static int
lextype(size_t s, size_t e, int ntok, int strict)
{
	return lexbytes(T + s, e - s, ntok, strict);
}

/* lextype() of token i alone, remembered. */
static int
lextok(size_t i, int strict)
{
	if (tv[i].lt[strict] == LTNONE) {
		tv[i].lt[strict] = (signed char)lexmemo(tokmemo(i),
		    T + tv[i].s, tv[i].e - tv[i].s, 1, strict);
		if (tv[i].lt[strict] <= 0 && (tv[i].f & TF_UPPER) &&
		    T[tv[i].e - 2] == '.' && T[tv[i].e - 1] != '.')
			tv[i].lt[strict] = (signed char)lexstop(i, strict);
	}
	return tv[i].lt[strict];
}

/* U.S government: token i, a short form without its last stop, as U.S. */
static int
lexstop(size_t i, int strict)
{
	const char *p = T + tv[i].s;
	size_t	 n = tv[i].e - tv[i].s;
	char	 b[16];

	if (n < 3 || n + 1 > sizeof(b))
		return tv[i].lt[strict];
	memcpy(b, p, n);
	b[n] = '.';
	return lexbytes(b, n + 1, 1, strict);
}

/*
 * Only ASCII capitals (and the hyphens of a name, and single spaces
 * between its words)?
 */
static int
allcaps(const char *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if ((unsigned char)p[i] == 0xC3 && i + 1 < n &&
		    (unsigned char)p[i + 1] >= 0x80 &&
		    (unsigned char)p[i + 1] <= 0x9E)
			i++;		/* SÃO PAULO: a Latin-1 capital */
		else if (!(p[i] >= 'A' && p[i] <= 'Z') && p[i] != '-' &&
		    !(p[i] == ' ' && i > 0 && i + 1 < n && p[i - 1] != ' '))
			return 0;
	return 1;
}


/* The document's table of names. */


static struct nent *
nlook(const char *k, size_t n, int add)
{
	struct nent *e, *old;
	size_t	 j, i, oldn;

	if (ntab == NULL) {
		nmask = 255;
		ntab = xcalloc(nmask + 1, sizeof(*ntab));
	}
	for (j = hashmem(k, n) & nmask; (e = &ntab[j])->key != NULL;
	    j = (j + 1) & nmask)
		if (e->klen == n && eqmem(e->key, k, n))
			return e;
	if (!add)
		return NULL;
	if (nn == nusedcap) {
		nusedcap = nusedcap ? nusedcap * 2 : 256;
		nused = xreallocarray(nused, nusedcap, sizeof(*nused));
	}
	nused[nn] = j;
	e->key = arena_strndup(&darena, k, n);
	e->klen = n;
	e->type = E_NONE;
	e->strength = 0;
	e->person_part = 0;
	e->org_part = 0;
	memset(e->sc, 0, sizeof(e->sc));
	if (++nn * 2 > nmask) {
		old = ntab;
		oldn = nmask + 1;
		nmask = nmask * 2 + 1;
		ngen++;
		ntab = xcalloc(nmask + 1, sizeof(*ntab));
		for (i = 0; i < oldn; i++) {
			if (old[i].key == NULL)
				continue;
			for (j = hashmem(old[i].key, old[i].klen) & nmask;
			    ntab[j].key != NULL; j = (j + 1) & nmask)
				continue;
			ntab[j] = old[i];
		}
		free(old);
		for (i = 0, j = 0; i <= nmask; i++)
			if (ntab[i].key != NULL)
				nused[j++] = i;
		return nlook(k, n, 0);
	}
	return e;
}

static void
nreset(void)
{
	size_t	 i;

	/* Clear the slots in use, not the whole table (small documents). */
	for (i = 0; i < nn; i++)
		ntab[nused[i]].key = NULL;
	nn = 0;
	ngen++;
}

/* The text of tokens [t0, t1) with white space folded, in kbuf. */
static void
foldtext(struct buf *b, size_t s, size_t e)
{
	size_t	 i;
	int	 sp = 0;

	b->len = 0;
	buf_grow(b, e - s + 1);		/* never longer than the span */
	/* Most spans hold single spaces between words: copied whole. */
	for (i = s; i < e; i++)
		if ((unsigned char)T[i] <= ' ' && (T[i] != ' ' || i == s ||
		    i + 1 == e || T[i + 1] == ' '))
			break;
	if (i == e) {
		memcpy(b->p, T + s, e - s);
		b->len = e - s;
		b->p[b->len] = '\0';
		return;
	}
	for (i = s; i < e; i++) {
		unsigned char c = (unsigned char)T[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			sp = 1;
			continue;
		}
		if (sp && b->len > 0)
			b->p[b->len++] = ' ';
		sp = 0;
		b->p[b->len++] = (char)c;
	}
	b->p[b->len] = '\0';
}

/*
 * nlook() of the folded text of mention m, which is left in kbuf; the
 * entry is remembered in m while its span and the table stay the same.
 */
static struct nent *
mlook(struct ment *m, int add)
{
	struct nent *e;

	if (m->ne != NULL && m->ngen == ngen && m->nes == m->s &&
	    m->nee == m->e) {
		kbuf.len = 0;
		buf_add(&kbuf, m->ne->key, m->ne->klen);
		return m->ne;
	}
	foldtext(&kbuf, m->s, m->e);
	if ((e = nlook(kbuf.p, kbuf.len, add)) != NULL) {
		m->ne = e;
		m->nes = m->s;
		m->nee = m->e;
		m->ngen = ngen;
	}
	return e;
}

/* Is token i a plus that ends a name, touching it: Canal+, OPEC+? */
static int
plusend(size_t i)
{
	return i > 0 && i < ntv && teq(i, "+") && !(tv[i].f & TF_SP) &&
	    (tv[i - 1].f & TF_WORD) && !(tv[i - 1].f & TF_DIGIT) &&
	    (i + 1 >= ntv || (tv[i + 1].f & TF_SP) ||
	    !(tv[i + 1].f & TF_WORD));
}

/* Mentions. */

static struct ment *
addment(size_t t0, size_t t1, int type, int strength, int unrel)
{
	struct ment *m;

	/*
	 * a name ends in a word or a plus (Canal+), never in "and" or "of"
	 * left by a cut
	 */
	while (t1 > t0 && (!(tv[t1 - 1].f & TF_WORD) ? !plusend(t1 - 1) :
	    !(tv[t1 - 1].f & TF_CAP) && (teq(t1 - 1, "and") ||
	    teq(t1 - 1, "of") || teq(t1 - 1, "for") || teq(t1 - 1, "the"))))
		t1--;
	if (t1 <= t0)
		return NULL;
	if (nmv == capmv) {
		capmv = capmv ? capmv * 2 : 256;
		mv = xreallocarray(mv, capmv, sizeof(*mv));
	}
	m = &mv[nmv++];
	m->t0 = t0;
	m->t1 = t1;
	m->s = tv[t0].s;
	m->e = tv[t1 - 1].e;
	m->type = type;
	m->strength = strength;
	m->unrel = unrel;
	m->guess = 0;
	m->name = NULL;
	m->ne = NULL;
	return m;
}

static int
nwords(size_t t0, size_t t1)
{
	int	 n = 0;

	for (; t0 < t1; t0++)
		if (tv[t0].f & TF_WORD)
			n++;
	return n;
}


/*
 * The first k bytes of a word are a surname's prefix before a capital:
 * McAfee, MacLeod, FitzGerald, DeLuca, DiMaggio, LaGuardia, LeBlanc,
 * VanDyke, DuBois.
 */
static int
surnamepre(const char *p, size_t k)
{
	static const char *const pre[] = { "Mc", "Mac", "Fitz", "De", "Di",
	    "Da", "Du", "La", "Le", "Van", "Von", NULL };
	size_t	 j;

	for (j = 0; pre[j] != NULL; j++)
		if (strlen(pre[j]) == k && memcmp(p, pre[j], k) == 0)
			return 1;
	return 0;
}

/* A capital inside a word, as in NoMoreRansom (but not McAfee, O'Brien) */
static int
camel(size_t i)
{
	const char *p = T + tv[i].s;
	size_t	 n = tv[i].e - tv[i].s, k;

	for (k = 1; k + 1 < n; k++)
		if (c_islower((unsigned char)p[k - 1]) &&
		    c_isupper((unsigned char)p[k]))
			return !surnamepre(p, k);
	if (n > 2 && p[1] == '-')
		return 1;		/* F-Secure */
	return 0;
}

static int	roman(size_t);
static int	goals(size_t);

/*
 * Does the name [t0, t1) of two words or more end in an acronym of three
 * capitals or more, no title and no Roman number (Brennock ISD, Moycullen
 * GAA), as no person's name does?
 */
static int
acronymend(size_t t0, size_t t1)
{
	return t1 > t0 + 1 && (tv[t1 - 1].f & TF_UPPER) &&
	    tv[t1 - 1].e - tv[t1 - 1].s >= 3 && !roman(t1 - 1) &&
	    !istitle(t1 - 1);
}

/* Type a reliable mention [t0, t1) by its words and context. */
static size_t	commonexp(size_t);
static int	abstract(size_t);
static int	particle(size_t);

/* An ISO 4217 code: DKK, USD. */
static int
iscurrency(size_t i)
{
	const char *v;

	if (tv[i].e - tv[i].s != 3)
		return 0;
	v = lex_get(lcurrencies, T + tv[i].s, 3);
	return v != NULL && memcmp(v, T + tv[i].s, 3) == 0;
}

/* A Roman numeral of two letters or more standing alone: "part XVII". */
static int
roman(size_t i)
{
	static const char *const dig[4][10] = {
		{ "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" },
		{ "", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC" },
		{ "", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM" },
		{ "", "M", "MM", "MMM", "", "", "", "", "", "" }
	};
	const char *p = T + tv[i].s;
	size_t	 n = tv[i].e - tv[i].s, k, j;
	int	 place, small = 0;

	if (n < 2 || n > 12 || !(tv[i].f & TF_UPPER))
		return 0;
	for (k = 0; k < n; k++) {
		if (strchr("IVXLCDM", p[k]) == NULL)
			return 0;
		if (strchr("IVX", p[k]) != NULL)
			small = 1;
	}
	if (!small)
		return 0;		/* DC, CD, MC: more often names */
	/* Canonical form only, read from the thousands down. */
	for (place = 3, k = 0; place >= 0; place--) {
		for (j = 9; j > 0; j--) {
			size_t	 dl = strlen(dig[place][j]);

			if (dl > 0 && dl <= n - k &&
			    memcmp(p + k, dig[place][j], dl) == 0)
				break;
		}
		k += strlen(dig[place][j]);
	}
	return k == n;
}

/*
 * A capitalised prefix or common word before a hyphen and a lower-case
 * word, at a sentence start or itself common: "Co-founder", "Anti-war".
 */
static int
prefixword(size_t i)
{
	unsigned char c;

	if (i + 2 >= ntv || !teq(i + 1, "-") || (tv[i + 1].f & TF_SP) ||
	    (tv[i + 2].f & TF_SP) || !(tv[i + 2].f & TF_WORD))
		return 0;
	c = (unsigned char)T[tv[i + 2].s];
	if (c < 'a' || c > 'z')
		return 0;
	if (lextok(i, 0) > 0)
		return 0;		/* Russia-based, EU-wide */
	return (tv[i].f & TF_FIRST) || iscommon(i) || tv[i].e - tv[i].s <= 3;
}

/*
 * Is token i a nationality that is the surname of the given name t0,
 * with at most initials between (Mike French, Mark J. English; not
 * Roman Catholic, Borg El Arab)?
 */
static int
givendemonym(size_t t0, size_t i)
{
	size_t	 k;

	if (!isgiven(t0) || !tokin(ldemonyms, i) || tokin(ldemonyms, t0) ||
	    lextype(tv[t0].s, tv[i].e, nwords(t0, i + 1), 0) > 0)
		return 0;
	for (k = t0 + 1; k < i; k++)
		if ((tv[k].f & TF_WORD) && tv[k].e - tv[k].s > 1)
			return 0;
	return 1;
}

/* Does token i open with the Arabic article and a capital: Al-Hilal? */
static int
arabicart(size_t i)
{
	const char *p = T + tv[i].s;

	return tv[i].e - tv[i].s > 4 && (p[0] == 'A' || p[0] == 'a' ||
	    p[0] == 'E' || p[0] == 'e') && p[1] == 'l' && p[2] == '-' &&
	    c_isupper((unsigned char)p[3]);
}

/*
 * A product, event or work: the chain ends in a word that heads one
 * (Festival, Cup, War), or in such a word and places or numbers after
 * it (Fan Expo Canada), or ends in a MISC name (Google Chrome, FIFA World
 * Cup), or begins with one and goes on with short capitals and numbers
 * (Windows XP, PlayStation VR).
 */
static int
miscname(size_t t0, size_t t1)
{
	size_t	 i, k;
	int	 rest;

	for (i = t1; i-- > t0 + 1;) {
		if (!(tv[i].f & TF_WORD))
			continue;
		/*
		 * Day heads a holiday (Boxing Day), but is a surname, a
		 * SURNAME word, after a given name no list types otherwise
		 * (Doris Day; not Victoria Day)
		 */
		if ((twc(i) & W_MISCHEAD) && !(i == t0 + 1 &&
		    (twc(i) & W_SURNAME) && isgiven(t0) &&
		    lextok(t0, 1) <= 0)) {
			for (k = i + 1, rest = 1; k < t1 && rest; k++)
				rest = !(tv[k].f & TF_WORD) ||
				    (tv[k].f & TF_DIGIT) || roman(k) ||
				    lextok(k, 1) ==
				    E_PLACE;
			if (rest)
				return 1;
		}
		if ((i + 1 == t1 ? lextok(i, 1) : lextype(tv[i].s,
		    tv[t1 - 1].e, (int)(t1 - i), 1)) ==
		    E_MISC && !(i + 1 == t1 && (isgiven(i) ||
		    givendemonym(t0, i))))
			return 1;	/* not Jordan, Mike French */
	}
	if (!(twc(t0) & W_MISC) || ldemonyms == NULL ||
	    tokin(ldemonyms, t0))
		return 0;
	for (k = t0 + 1; k < t1; k++)
		if ((tv[k].f & TF_WORD) && !(tv[k].f & (TF_UPPER | TF_DIGIT)) &&
		    tv[k].e - tv[k].s > 2)
			return 0;
	return 1;
}

/*
 * The type that a common noun of entity-words.txt's ORGCUE or PLACECUE
 * right before the name [t0, t1) (also with "of" between) or right after
 * it (also after one more lower-case word: "Antara news agency"), or of
 * MISCCUE right after it, gives.
 */
static int	appositive(size_t, size_t);
static int	rolenoun(size_t, size_t);

/*
 * The word before "known as", "also known as", "called", "named" or
 * "such as" and a comma, if any, before token k, also past the names
 * of a list before k: "the regulator, known as", "districts such as
 * Thanh Phu and"; or 0.
 */
static size_t
aliasof(size_t k)
{
	size_t	 j, n, sn = tv[k].sent;

	for (n = 0; ; n++) {
		if (k < 2 || tv[k - 2].sent != sn)
			return 0;
		if (k >= 3 && teq(k - 1, "as") && (teq(k - 2, "known") ||
		    teq(k - 2, "such"))) {
			j = k - 3;
			break;
		}
		/* streams such as the Suhu */
		if (n == 0 && k >= 4 && teq(k - 1, "the") &&
		    teq(k - 2, "as") && teq(k - 3, "such")) {
			j = k - 4;
			break;
		}
		if (n == 0 && (teq(k - 1, "called") || teq(k - 1, "named"))) {
			j = k - 2;
			break;
		}
		/* past the name before: ", Defne and" */
		if (n >= 4 || !(teq(k - 1, ",") || teq(k - 1, "and") ||
		    teq(k - 1, "or")) || !namey(k - 2))
			return 0;
		for (k -= 2; k > 0 && tv[k - 1].sent == sn && namey(k - 1); k--)
			continue;
	}
	if (j >= 1 && teq(j, "also"))
		j--;
	if (j >= 1 && teq(j, ","))
		j--;
	return j;
}

/*
 * The plural noun in small letters after a list of names that the name
 * [t0, t1) opens, "and" or commas between: "Surma and Kushiyara rivers";
 * or 0.
 */
static size_t
listend(size_t t0, size_t t1)
{
	size_t	 k = t1, n, sn = tv[t0].sent;

	for (n = 0; n < 4 && k + 1 < ntv && tv[k + 1].sent == sn &&
	    (teq(k, "and") || teq(k, ",")) && namey(k + 1); n++)
		for (k++; k < ntv && tv[k].sent == sn && namey(k); k++)
			continue;
	if (n == 0 || k >= ntv || tv[k].sent != sn ||
	    !(tv[k].f & TF_WORD) || (tv[k].f & (TF_CAP | TF_UPPER)) ||
	    T[tv[k].e - 1] != 's')
		return 0;
	return k;
}

static int
cue(size_t t0, size_t t1)
{
	size_t	 j, k;
	unsigned w = 0;
	int	 appos;

	k = t0;
	if (k >= 2 && teq(k - 1, "of") && tv[k - 2].sent == tv[t0].sent)
		k--;
	/* a cue opens the sentence too: "Residents of Kelby said" */
	if (k >= 1 && tv[k - 1].sent == tv[t0].sent &&
	    (!(tv[k - 1].f & TF_NAMEY) || (k < t0 &&
	    (tv[k - 1].f & TF_FIRST) && !(tv[k - 1].f & TF_UPPER) &&
	    iscommon(k - 1))))
		w = anywc(k - 1);
	/*
	 * A cue noun, a comma and a name that a comma or stop ends: "the
	 * largest mobile operator, Viettel," (a body), "her first
	 * collection, Marram Grass," (a work)
	 */
	appos = w == 0 && k == t0 && k >= 2 && teq(k - 1, ",") &&
	    tv[k - 2].sent == tv[t0].sent && (tv[k - 2].f & TF_WORD) &&
	    !(tv[k - 2].f & (TF_NAMEY | TF_CAP)) && (t1 >= ntv ||
	    tv[t1].sent != tv[t0].sent || teq(t1, ",") || teq(t1, ".")) &&
	    !isgiven(t0);
	if (appos)
		w = anywc(k - 2) & W_ORGCUE;
	/*
	 * "the regulator, known as Cocobod", "a town called Kelby",
	 * "districts such as Thanh Phu and Ba Tri": the cue noun names the
	 * names after "known as", "called", "named", "such as"
	 */
	if (w == 0 && k == t0 && (j = aliasof(k)) != 0 &&
	    tv[j].sent == tv[t0].sent && (tv[j].f & TF_WORD) &&
	    !(tv[j].f & (TF_NAMEY | TF_CAP)))
		w = anywc(j);
	w &= W_ORGCUE | W_PLACECUE;
	/* the novel Brideshead Revisited, her film Jaws: a work */
	if (w == 0 && k == t0 && k >= 1 && tv[k - 1].sent == tv[t0].sent &&
	    (lwc(k - 1) & L_WORKCUE) && !(tv[k - 1].f & TF_CAP))
		return E_MISC;
	if (w == 0 && appos && (lwc(k - 2) & L_WORKCUE))
		return E_MISC;
	if (w == 0 && t1 < ntv &&
	    tv[t1].sent == tv[t0].sent && !(tv[t1 - 1].f & TF_POSS) &&
	    (tv[t1].f & TF_WORD) && !(tv[t1].f & TF_NAMEY)) {
		w = anywc(t1);
		/* Antara news agency; not "Ruth Kamau said insurers" */
		if (!(w & (W_ORGCUE | W_PLACECUE | W_MISCCUE)) &&
		    !(lwc(t1) & L_REPORT) && t1 + 1 < ntv &&
		    tv[t1 + 1].sent == tv[t0].sent &&
		    (tv[t1 + 1].f & TF_WORD) && !(tv[t1 + 1].f & TF_NAMEY))
			w = anywc(t1 + 1) & W_ORGCUE;
	}
	/* the Surma and Kushiyara rivers: a plural cue after a list */
	if (w == 0 && (j = listend(t0, t1)) != 0)
		w = anywc(j) & (W_ORGCUE | W_PLACECUE);
	if (w == 0)
		return appositive(t0, t1);
	if (w & W_ORGCUE)
		return E_ORG;
	if (w & W_PLACECUE)
		return E_PLACE;
	if (w & W_MISCCUE)
		return E_MISC;
	return E_NONE;
}

/*
 * The type the head of an appositive after the name [t0, t1) gives it:
 * "Kontor, a Berlin-based startup that ...", "Palanan, a small town in
 * ...", "Ana Ruiz, the group's policy director,": a comma, "a", "an" or
 * "the", a few modifiers, and a cue noun or a title that ends the phrase
 * (before a stop, or a word that opens what follows).  A possessive is
 * no head.
 */
static int
appositive(size_t t0, size_t t1)
{
	static const char *const after[] = { "that", "which", "who", "with",
	    "in", "based", "of", "for", "from", "and", "on", "at", "whose",
	    "founded", "owned", "backed", "run", "headquartered", "known",
	    "set", "listed", "controlled", "led", "near", "outside", NULL };
	static const char *const prep[] = { "with", "of", "in", "for",
	    "from", "on", "at", "near", "that", "which", "who", NULL };
	size_t	 k, j, sn = tv[t0].sent;
	unsigned w;
	int	 type;

	if (t1 + 2 >= ntv || !teq(t1, ",") || tv[t1 + 1].sent != sn ||
	    !(teq(t1 + 1, "a") || teq(t1 + 1, "an") || teq(t1 + 1, "the")))
		return E_NONE;
	for (k = t1 + 2; k < ntv && k < t1 + 9 && tv[k].sent == sn; k++) {
		if (!(tv[k].f & TF_WORD)) {
			if (teq(k, "-"))
				continue;
			return E_NONE;
		}
		if (tv[k].f & TF_POSS)
			continue;	/* the group's director */
		/*
		 * a medic with the volunteer network, a member of the
		 * association: the phrase's head came before a preposition
		 */
		if (k > t1 + 2 && !(tv[k].f & TF_NAMEY)) {
			for (j = 0; prep[j] != NULL && !teqn(k, prep[j],
			    strlen(prep[j])); j++)
				continue;
			if (prep[j] != NULL)
				return E_NONE;
		}
		if (rolenoun(k, t0))
			type = E_PERSON;
		else if ((w = anywc(k) & (W_ORGCUE | W_PLACECUE)) != 0)
			type = w & W_ORGCUE ? E_ORG : E_PLACE;
		else
			continue;
		if (k + 1 >= ntv || tv[k + 1].sent != sn ||
		    !(tv[k + 1].f & TF_WORD))
			return type;
		for (j = 0; after[j] != NULL && !teqn(k + 1, after[j],
		    strlen(after[j])); j++)
			continue;
		if (after[j] != NULL)
			return type;
		if (type == E_PERSON)
			return E_NONE;
	}
	return E_NONE;
}

/*
 * Is token i capitals and digits alone that name an event or a model:
 * three capitals or more and two to four digits (COP28), or one or two
 * and three or four (A350); not CO2, G7, M25?
 */
static int
eventcode(size_t i)
{
	const char *p = T + tv[i].s;
	size_t	 n = tv[i].e - tv[i].s, k, d;

	for (k = 0; k < n && p[k] >= 'A' && p[k] <= 'Z'; k++)
		continue;
	for (d = k; d < n && c_isdigit((unsigned char)p[d]); d++)
		continue;
	if (d != n || k == 0)
		return 0;
	/* an amount in a currency's letters: N412.6 billion, RM900 million */
	if (i + 1 < ntv && tv[i + 1].sent == tv[i].sent &&
	    ((teq(i + 1, ".") && i + 2 < ntv && tv[i + 2].s == tv[i + 1].e &&
	    (tv[i + 2].f & TF_DIGIT)) || (lwc(i + 1) & L_MULT)))
		return 0;
	d = n - k;
	return (k >= 3 && d >= 2 && d <= 4) || (k <= 2 && d >= 3 && d <= 4);
}

/* Is token k a year of a reference: 1500 to 2099, maybe with a letter? */
static int
refyear(size_t k)
{
	const char *p;
	size_t	 n;

	if (k >= ntv)
		return 0;
	p = T + tv[k].s;
	n = tv[k].e - tv[k].s;
	if (n != 4 && !(n == 5 && p[4] >= 'a' && p[4] <= 'e'))
		return 0;
	if (!c_isdigit((unsigned char)p[0]) || !c_isdigit((unsigned char)p[1]) ||
	    !c_isdigit((unsigned char)p[2]) || !c_isdigit((unsigned char)p[3]))
		return 0;
	return (p[0] == '1' && p[1] >= '5') || (p[0] == '2' && p[1] == '0');
}

/*
 * Does a reference's tail start at token k: "et al.", a year, or a year
 * after a comma or in brackets (Quilis (1964), Moretti, 2013)?
 */
static int
cites(size_t k)
{
	if (k >= ntv)
		return 0;
	if (teq(k, "et") && k + 1 < ntv && teq(k + 1, "al"))
		return 1;
	/* Baron & Beresford 2014); not the Species Regulations 2017 */
	if (refyear(k) && (tv[k].f & TF_SP) && k + 1 < ntv &&
	    (teq(k + 1, ")") || teq(k + 1, ";")))
		return 1;
	return k + 1 < ntv && tv[k + 1].sent == tv[k].sent &&
	    (teq(k, ",") || teq(k, "(")) && refyear(k + 1);
}

/*
 * Does a reference's tail follow token k, after other authors' names
 * (Li, Polat, Scalzo, & Bavelier, 2010)?
 */
static int
citelist(size_t k)
{
	size_t	 i;
	unsigned char c;

	for (i = k; i < ntv && i < k + 16 && tv[i].sent == tv[k].sent; i++) {
		c = T[tv[i].s];
		if ((c == 'e' || c == ',' || c == '(' || c_isdigit(c)) &&
		    cites(i))
			return 1;
		if (!(tv[i].f & TF_CAP) && !(tv[i].e - tv[i].s == 1 &&
		    (c == ',' || c == '&' || c == '.')) && !teq(i, "and"))
			return 0;
	}
	return 0;
}

/*
 * Is the word before t0 a preposition of list (lower case or opening),
 * also across a compass word in lower case (in central Whanganui)?
 */
static int
placeword(size_t t0, unsigned cls)
{
	size_t	 k = t0;

	if (k >= 2 && !(tv[k - 1].f & TF_NAMEY) && (tv[k - 1].f & TF_WORD) &&
	    (lwc(k - 1) & L_COMPASS) && tv[k - 1].sent == tv[k].sent)
		k--;
	return k >= 1 && (lwc(k - 1) & cls) &&
	    !(tv[t0].f & TF_UPPER) && tv[k - 1].sent == tv[t0].sent &&
	    (!(tv[k - 1].f & TF_CAP) || (tv[k - 1].f & TF_FIRST));
}

/*
 * Do the tokens from j hold a nickname in quotes and a surname, after a
 * given name: Geoffrey "Geoff" Tilbury?
 */
static int
nickname(size_t j)
{
	static const char *const open[] = { "\"", "\xE2\x80\x9C", "'",
	    "\xE2\x80\x98", NULL };
	static const char *const close[] = { "\"", "\xE2\x80\x9D", "'",
	    "\xE2\x80\x99", NULL };
	size_t	 k, c;
	int	 q;

	if (j < 1 || j + 3 >= ntv || (tv[j].f & TF_WORD) ||
	    (tv[j + 1].f & TF_SP))
		return 0;
	for (q = 0; open[q] != NULL; q++)
		if (teqn(j, open[q], strlen(open[q])))
			break;
	/* a given name, or a word no list knows: Kwabena "Kobby" Asante */
	if (open[q] == NULL || !(isgiven(j - 1) || ((tv[j - 1].f & TF_CAP) &&
	    !(tv[j - 1].f & TF_UPPER) && !iscommon(j - 1) &&
	    lextok(j - 1, 0) == E_NONE)))
		return 0;
	/* up to three words in the marks, no title: Ewan "Wee Man" Gallacher */
	for (c = j + 1; c < ntv && c <= j + 4 && (tv[c].f & TF_WORD) &&
	    (tv[c].f & TF_CAP) && !istitle(c); c++)
		continue;
	if (c == j + 1 || c > j + 4 || c + 1 >= ntv ||
	    !teqn(c, close[q], strlen(close[q])) || (tv[c].f & TF_SP) ||
	    tv[c + 1].sent != tv[j - 1].sent || !namey(c + 1) ||
	    !(tv[c + 1].f & TF_SP))
		return 0;
	for (k = j; k <= c + 1; k++)
		if (tv[k].f & TF_NL)
			return 0;
	return (int)(c + 2 - j);
}

/*
 * Is the name [t0, t1) a later name of a list after a place word: in
 * Leeds and Selby, in Kothrud, Hadapsar and Wagholi (up to five names of
 * up to four words)?
 */
/*
 * Is the name t0..t1 no place in the lists, with a place of its own after
 * it: "Kavya Ramesh in Bengaluru"?  Then in "in London and Kavya Ramesh
 * in Bengaluru" it is listed with what went before London, not London.
 */
static int
placeafter(size_t t0, size_t t1)
{
	return t1 + 1 < ntv && tv[t1 + 1].sent == tv[t0].sent &&
	    (teq(t1, "in") || teq(t1, "at")) && (tv[t1 + 1].f & TF_CAP) &&
	    lextype(tv[t0].s, tv[t1 - 1].e, nwords(t0, t1), 0) != E_PLACE;
}

static int
placelist(size_t t0, size_t t1)
{
	size_t	 k = t0, j, names;
	int	 comma = 0, and = 0;

	/*
	 * Hadapsar in "in Kothrud, Hadapsar and Wagholi", Logan in "across
	 * Brisbane, Logan and the Gold Coast"
	 */
	if (t1 + 2 < ntv && tv[t1 + 2].sent == tv[t0].sent &&
	    (teq(t1, "and") || teq(t1, "or")) && ((tv[t1 + 1].f & TF_NAMEY) ||
	    (teq(t1 + 1, "the") && (tv[t1 + 2].f & TF_NAMEY))))
		and = 1;
	/* "Hart in London and Joost Verhagen in Amsterdam", a credit line */
	if (t1 == t0 + 2 && !iscommon(t0) && !iscommon(t0 + 1) &&
	    placeafter(t0, t1))
		return 0;

	for (names = 0; names < 5; names++) {
		if (k < 3 || tv[k - 1].sent != tv[t0].sent)
			return 0;
		if (teq(k - 1, "and") || teq(k - 1, "or"))
			and = 1;
		else if (teq(k - 1, ","))
			comma = 1;
		else
			return 0;
		for (j = k - 1; j > 0 && (tv[j - 1].f & TF_NAMEY) &&
		    tv[j - 1].sent == tv[t0].sent && k - j < 5; j--)
			continue;
		if (j == k - 1 || !(tv[j].f & TF_NAMEY))
			return 0;
		/*
		 * "In Paris, Dupont said": a comma after a place that opens
		 * the sentence ends a phrase, not a list; and the list's
		 * first name is a place the lists hold or one word no list
		 * knows: not "in Linguistics and Philosophy", "from
		 * Andreessen Horowitz and Kleiner Perkins", "in Carrano and
		 * Biewener's experiments"
		 */
		if (placeword(j, L_PLACEIN))
			return (!comma || (and && !(tv[j - 1].f & TF_FIRST))) &&
			    !(tv[t1 - 1].f & TF_POSS) &&
			    (lextype(tv[j].s, tv[k - 2].e, nwords(j, k - 1),
			    0) == E_PLACE || (j + 2 == k && !iscommon(j) &&
			    lextok(j, 0) <= 0) || (comma && and &&
			    teq(j - 1, "in") && j + 4 >= k && !isgiven(j) &&
			    !iscommon(j) && lextype(tv[j].s, tv[k - 2].e,
			    nwords(j, k - 1), 0) <= 0));
		k = j;
	}
	return 0;
}

/* Is token i initials with full stops: M.N., J.R.R.? */
static int
initialtok(size_t i)
{
	const char *p = T + tv[i].s;
	size_t	 n = tv[i].e - tv[i].s, k;

	if (n < 4 || n > 8 || n % 2 != 0)
		return 0;
	for (k = 0; k < n; k += 2)
		if (!c_isupper((unsigned char)p[k]) || p[k + 1] != '.')
			return 0;
	return 1;
}

/* A given name in syllables: Ji-hoon, Kin-ming (a capital, a hyphen, small). */
static int
syllables(size_t i)
{
	const char *p = T + tv[i].s, *h;
	size_t	 n = tv[i].e - tv[i].s;

	if (!(tv[i].f & TF_CAP) || (tv[i].f & TF_UPPER) ||
	    (h = memchr(p, '-', n)) == NULL || h + 1 >= p + n)
		return 0;
	return h[1] >= 'a' && h[1] <= 'z' && memchr(h + 1, '-',
	    (size_t)(p + n - h - 1)) == NULL;
}

/*
 * Does a known place open the name [t0, t1) and leave words after it?
 * The end of the place, or 0.
 */
static size_t
placefirst(size_t t0, size_t t1)
{
	size_t	 k;

	if (lextok(t0, 1) == E_PLACE)
		return t0 + 1;
	for (k = t1 - 1; k > t0 + 1; k--)
		if ((tv[k - 1].f & TF_WORD) && lextype(tv[t0].s, tv[k - 1].e,
		    nwords(t0, k), 1) == E_PLACE)
			return k;
	return 0;
}

/* Is token k a lower-case role noun (analyst) in the sentence of t? */
static int
rolenoun(size_t k, size_t t)
{
	return tv[k].sent == tv[t].sent && (tv[k].f & TF_WORD) &&
	    !(tv[k].f & (TF_CAP | TF_UPPER)) && tokin(ltitles, k);
}

/*
 * Is token i the plural of a common noun, in title case: Devices, Homes
 * (its singular a common word too)?
 */
static int
pluralnoun(size_t i)
{
	char	 b[32];
	size_t	 n;

	if (!(tv[i].f & TF_CAP) || (tv[i].f & TF_UPPER) || !iscommon(i) ||
	    (n = tlower(i, b, sizeof(b))) < 4 || b[n - 1] != 's' ||
	    b[n - 2] == 's' || b[n - 2] == '\'' || lextok(i, 0) > 0 ||
	    isgiven(i))
		return 0;
	return lex_get(lcommon, b, n - 1) != NULL;
}

/*
 * Are tokens t0 to t1 (n words) common words in title case and no more,
 * with no head word nor a small word between (Property Rights; not the
 * Global Alliance Against Hunger, Green Park)?
 */
static int
plaincommon(size_t t0, size_t t1, int n, int allcommon)
{
	size_t	 i;

	if (n < 2 || !allcommon)
		return 0;
	for (i = t0; i < t1; i++)
		if ((tv[i].f & TF_WORD) && (!(tv[i].f & TF_CAP) ||
		    (twc(i) & (W_ORGHEAD | W_PLACEHEAD | W_MISCHEAD))))
			return 0;
	return 1;
}

/* Is token t a comma, and after it an age (1 to 119) in commas? */
static int
aged(size_t t)
{
	size_t	 k, n;
	int	 v = 0;

	if (t + 1 >= ntv || !teq(t, ",") || !(tv[t + 1].f & TF_DIGIT) ||
	    tv[t + 1].sent != tv[t].sent ||
	    (n = tv[t + 1].e - tv[t + 1].s) > 3)
		return 0;
	for (k = 0; k < n; k++) {
		if (!c_isdigit(T[tv[t + 1].s + k]))
			return 0;
		v = v * 10 + T[tv[t + 1].s + k] - '0';
	}
	return v >= 1 && v < 120 && T[tv[t + 1].s] != '0' &&
	    (t + 2 >= ntv || tv[t + 2].sent != tv[t].sent ||
	    teq(t + 2, ",") || teq(t + 2, ")"));
}

/*
 * Are the capitalised words of tokens [t0, t1) no common word, head,
 * legal form, acronym or number, and none of them listed as other than
 * a person?  The words between may be small particles (da, von der).
 */
/*
 * Is "to" before token t0 the one of a prize given: awarded to, presented
 * to, handed to; and after a prize, award, medal or title in the sentence,
 * ("best actor") went to, goes to, given to?  Who gets it is no place.
 */
static int
prizeto(size_t t0)
{
	static const char *const prize[] = { "prize", "award", "medal",
	    "trophy", "title", "honour", "honor", "accolade", "prizes",
	    "awards", "medals", "titles", "honours", "honors", "jersey",
	    "best",
	    NULL };
	char	 b[16];
	size_t	 k, n, j, first;

	if (t0 < 2 || !teq(t0 - 1, "to"))
		return 0;
	if (teq(t0 - 2, "awarded") || teq(t0 - 2, "presented") ||
	    teq(t0 - 2, "handed"))
		return 1;
	if (!teq(t0 - 2, "went") && !teq(t0 - 2, "goes") &&
	    !teq(t0 - 2, "go") && !teq(t0 - 2, "given"))
		return 0;
	first = sfirst[tv[t0].sent];
	for (k = t0 - 2; k-- > first; ) {
		if ((n = tlower(k, b, sizeof(b))) == 0)
			continue;
		for (j = 0; prize[j] != NULL; j++)
			if (strlen(prize[j]) == n && memcmp(prize[j], b, n) == 0)
				return 1;
	}
	return 0;
}

/*
 * Is the number j the version of the product named by token j - 1, no
 * body or place by the lists (lt), and one space before it: a kind of
 * machine after it, or the document's product of that name before (the
 * Ariane 6 rocket, then the Ariane 6)?  The name may follow a nationality
 * (a European Ariane 6 rocket).
 */
static int
prodname(size_t k, size_t j, int lt)
{
	if (tv[j].e - tv[j].s > 2 || tv[j].s != tv[j - 1].e + 1 ||
	    (j != k + 1 && !(j == k + 2 && tokin(ldemonyms, k))) ||
	    ((lt == E_ORG || lt == E_PLACE) && j == k + 1) ||
	    !modelcode(j, 1))
		return 0;
	if (lex_get(lprod, T + tv[j - 1].s, tv[j].e - tv[j - 1].s) != NULL)
		return 1;
	if (j + 1 >= ntv || tv[j + 1].sent != tv[j].sent ||
	    !(lwc(j + 1) & L_PRODCUE))
		return 0;
	lex_add(lprod, T + tv[j - 1].s, tv[j].e - tv[j - 1].s, NULL);
	return 1;
}

/*
 * Are tokens t0 to t1 a coined word and up to two more, capitalised and
 * in no list: no given name, title, head or listed name, and the first
 * no common word?  With a version number after them they are a product
 * (Abeja 3, Tempo Band 4).
 */
static int
coinedname(size_t t0, size_t t1)
{
	size_t	 i;

	for (i = t0; i < t1; i++)
		if (!(tv[i].f & TF_CAP) || (tv[i].f & (TF_UPPER | TF_DIGIT |
		    TF_POSS)) || (i == t0 && iscommon(i)) || isgiven(i) ||
		    twc(i) != 0 || tokin(lsuffixes, i) || tokin(ltitles, i) ||
		    lextok(i, 0) > 0)
			return 0;
	return 1;
}

/*
 * Is token i a coined word, a hyphen and one to three digits: Sentinel-2,
 * ICESat-2; not a common word's (Top-10, Under-21) unless a capital
 * inside it makes it a name, nor a NOT word's (Covid-19)?
 */
static int
missioncode(size_t i)
{
	const char *p = T + tv[i].s;
	size_t	 n = tv[i].e - tv[i].s, h, k;
	int	 lo = 0, inner = 0;

	for (h = 0; h < n && c_isalpha((unsigned char)p[h]); h++)
		if (c_islower((unsigned char)p[h]))
			lo = 1;
		else if (h > 0 && lo)
			inner = 1;
	if (h < 3 || !lo || h + 2 > n || n - h - 1 > 3 || p[h] != '-')
		return 0;
	for (k = h + 1; k < n; k++)
		if (!c_isdigit((unsigned char)p[k]))
			return 0;
	if (wclass(p, h) & (W_NOT | W_TIME))
		return 0;
	return inner || lex_get(lcommon, p, h) == NULL;
}

/* Is there a colon in tokens [a, b) of a's sentence, by its bytes? */
static int
colonin(size_t a, size_t b)
{
	size_t	 z = (b < ntv ? b : ntv) - 1;

	while (z > a && tv[z].sent != tv[a].sent)
		z--;
	return memchr(T + tv[a].s, ':', tv[z].e - tv[a].s) != NULL;
}

/*
 * Is token t in the list of a line-up: a label and a colon in the line's
 * first twelve tokens, then only names apart by commas and semicolons,
 * brackets and minutes, five or more, at most a third of them names the
 * lists type ("Hearts (4-2-3-1): Imrie; Ó Ceallaigh, Drysdale, Kinnear;
 * ... Sinclair (Mackay 80), Baird")?  The colon of the last line asked
 * is kept.
 */
static unsigned lineupsn = UINT_MAX;
static size_t	 lineupc;	/* its colon, or 0: none */

static int
lineup(size_t t)
{
	return lineupline(t) && inlineup(t);
}

/*
 * Is token t, in a line-up's list, a player: not in brackets, or in
 * brackets with a minute (Sinclair (Mackay 80)); not a side in brackets
 * (Ruiz (Hiroshima) .348)?
 */
static int
inlineup(size_t t)
{
	size_t	 k;

	for (k = t; k > lineupc && !teq(k, "(") && !teq(k, ")"); k--)
		continue;
	if (!teq(k, "("))
		return 1;
	for (k = t; k < ntv && tv[k].sent == tv[t].sent && !teq(k, ")"); k++)
		if (tv[k].f & TF_DIGIT)
			return 1;
	return 0;
}

static int
lineupline(size_t t)
{
	unsigned sn = tv[t].sent;
	size_t	 a = sfirst[sn], c, k, k0;
	int	 names = 0, known = 0;

	if (sn == lineupsn)
		return lineupc != 0 && t > lineupc;
	lineupsn = sn;
	lineupc = 0;
	if (!colonin(a, a + 12))
		return 0;
	for (c = a; c < ntv && c < a + 12 && tv[c].sent == sn &&
	    !teq(c, ":"); c++)
		continue;
	if (c >= ntv || c == a + 12 || tv[c].sent != sn)
		return 0;
	for (k = c + 1; k < ntv && tv[k].sent == sn; ) {
		if (tv[k].f & TF_NAMEY) {
			for (k0 = k; k < ntv && tv[k].sent == sn &&
			    ((tv[k].f & TF_NAMEY) || teq(k, ".") ||
			    (lwc(k) & L_PARTICLE)); k++)
				continue;
			names++;
			if (lextype(tv[k0].s, tv[k - 1].e, nwords(k0, k),
			    0) > 0)
				known++;
			continue;
		}
		if (!teq(k, ",") && !teq(k, ";") && !teq(k, "(") &&
		    !teq(k, ")") && !teq(k, ".") && goals(k) < 0)
			return 0;
		/* a score between two names: results (A 2 B 1; C 0 D 0) */
		if (goals(k) >= 0 && k + 1 < ntv && tv[k + 1].sent == sn &&
		    (tv[k + 1].f & TF_NAMEY))
			return 0;
		k++;
	}
	if (names >= 5 && known * 3 <= names)
		lineupc = c;
	return lineupc != 0 && t > lineupc;
}

/*
 * Does a cricket card's fielder or bowler start at token t: after a word,
 * "c", "b" or "st" in lower case (c Gunawardena b Senanayake 45, lbw b
 * Karunaratne 9, c and b Dube 12)?
 */
static int
dismissal(size_t t)
{
	return t >= 2 && tv[t - 1].e - tv[t - 1].s <= 2 &&
	    (teq(t - 1, "b") || teq(t - 1, "c") || teq(t - 1, "st")) &&
	    tv[t - 2].sent == tv[t].sent && (tv[t - 2].f & TF_WORD) &&
	    (tv[t].f & TF_CAP);
}

/*
 * Is the number j after the coined name [k, j) its version, not a
 * player's minute or runs in a list of them (Mutale 80, Baig 74)?  One
 * space before it, no bracket before the name, no bracket, dash, number
 * or name after it (and no unit: modelcode()), no other name after a
 * comma, no bowler's (b Senanayake 45), and the word in no longer name
 * anywhere in the document (Aisea Tuilevu, Tariq Hameed) but another
 * product's (Quorvel Aero 2).
 */
static int
versionof(size_t k, size_t j)
{
	size_t	 i, a = sfirst[tv[j].sent];

	if (tv[j].s != tv[j - 1].e + 1 || T[tv[j].s - 1] != ' ' ||
	    (k > a && teq(k - 1, "(")) || dismissal(k))
		return 0;
	if (j + 1 < ntv && tv[j + 1].sent == tv[j].sent &&
	    !(tv[j + 1].f & TF_WORD) && !teq(j + 1, ",") && !teq(j + 1, ".") &&
	    !teq(j + 1, "?") && !teq(j + 1, "!"))
		return 0;
	/* Castlebay 1 Korea Republic 1: a line of results */
	if (j + 1 < ntv && tv[j + 1].sent == tv[j].sent &&
	    ((tv[j + 1].f & TF_DIGIT) || ((tv[j + 1].f & TF_CAP) &&
	    !(tv[j + 1].f & TF_HEAD) && !(lwc(j + 1) & L_MODELEND)) ||
	    (anywc(j + 1) & (W_PLACECUE | W_ORGCUE))))
		return 0;	/* the Ruta 68 highway */
	/* a list: Baig 74, Ashworth 88; Josua Vakaloloma 2, Semi Ravouvou */
	if (j + 2 < ntv && (teq(j + 1, ",") || teq(j + 1, ";")) &&
	    tv[j + 2].sent == tv[j].sent && (tv[j + 2].f & TF_CAP) &&
	    !(tv[j + 2].f & TF_HEAD))
		return 0;
	if (k >= a + 2 && (teq(k - 1, ",") || teq(k - 1, ";")) &&
	    goals(k - 2) >= 0)
		return 0;
	for (i = 1; i < ntv; i++)
		if (i != k && tv[i].e - tv[i].s == tv[k].e - tv[k].s &&
		    eqmem(T + tv[i].s, T + tv[k].s, tv[k].e - tv[k].s) &&
		    (((tv[i - 1].f & TF_CAP) && tv[i - 1].sent == tv[i].sent &&
		    (!(tv[i - 1].f & TF_FIRST) || !iscommon(i - 1))) ||
		    (i + 1 < ntv &&
		    (tv[i + 1].f & TF_CAP) && tv[i + 1].sent == tv[i].sent &&
		    !(tv[i + 1].f & TF_DIGIT) && !(i + 2 < ntv &&
		    (tv[i + 2].f & TF_DIGIT)))))
			return 0;
	return 1;
}

/*
 * Is the year j after the name [k, j) part of an event's, a programme's
 * or a product's name: Paris 2024, Expo 2030, Cyberpunk 2077?  Not a
 * date (Tanzania 1996-08-30) or a citation (Polio and Gass 1997), nor
 * after a dateline's capitals, a month, a person or a common word that
 * opens the sentence (Summer 2024).
 */
static int
eventyear(size_t k, size_t j)
{
	const char *p = T + tv[j].s;
	size_t	 i;

	if (tv[j].e - tv[j].s != 4 || !(eqmem(p, "19", 2) ||
	    eqmem(p, "20", 2)) || !c_isdigit((unsigned char)p[2]) ||
	    !c_isdigit((unsigned char)p[3]) || tv[j].s != tv[j - 1].e + 1)
		return 0;
	if (j + 1 < ntv && tv[j + 1].sent == tv[j].sent &&
	    ((!(tv[j + 1].f & TF_SP) && !teq(j + 1, ",") && !teq(j + 1, ".") &&
	    !teq(j + 1, "'") && !teq(j + 1, "\xE2\x80\x99")) ||
	    (tv[j + 1].f & TF_DIGIT) || (teq(j + 1, ",") && j + 2 < ntv &&
	    (tv[j + 2].f & TF_DIGIT))))
		return 0;
	/* Polio and Gass 1997, (Cross 2017): a citation */
	if (isgiven(k) || (k > 0 && tv[k - 1].sent == tv[k].sent &&
	    (((teq(k - 1, "and") || teq(k - 1, "&")) && k > 1 &&
	    (tv[k - 2].f & TF_CAP)) || teq(k - 1, ",") ||
	    teq(k - 1, "("))) || (j + 1 < ntv && (teq(j + 1, ")") ||
	    teq(j + 1, ";"))))
		return 0;
	for (i = k; i < j; i++)
		if (!(tv[i].f & TF_CAP) || (tv[i].f & (TF_UPPER | TF_POSS |
		    TF_HYPH)) || (twc(i) & (W_TIME | W_TITLE | W_NOT)) ||
		    ((tv[i].f & TF_FIRST) && iscommon(i) && lextok(i, 0) <= 0))
			return 0;
	return 1;
}

/*
 * Is the "X" at token i the service: "wrote on X", "posted to X", not
 * "on X Street" nor "on X-ray"?
 */
static int
onx(size_t i)
{
	if (i == 0 || tv[i - 1].sent != tv[i].sent || !(teq(i - 1, "on") ||
	    teq(i - 1, "to") || teq(i - 1, "via")))
		return 0;
	return i + 1 >= ntv || tv[i + 1].sent != tv[i].sent ||
	    ((tv[i + 1].f & TF_SP) && !(tv[i + 1].f & (TF_CAP | TF_DIGIT))) ||
	    teq(i + 1, ",") || teq(i + 1, ".") || teq(i + 1, ";") ||
	    teq(i + 1, ")");
}

/*
 * Are the tokens [t0, t1) words a person's name could be made of:
 * capitalised, no common word, no head and no name of a body or a place
 * the lists know (but a place after a given name), or small particles?
 */
static int
plainnames(size_t t0, size_t t1)
{
	size_t	 i;
	int	 lt;

	for (i = t0; i < t1; i++) {
		if (!(tv[i].f & TF_WORD))
			return 0;
		if (!(tv[i].f & TF_CAP)) {
			if (!(lwc(i) & L_PARTICLE))
				return 0;
			continue;
		}
		if ((tv[i].f & (TF_UPPER | TF_DIGIT)) || iscommon(i) ||
		    (twc(i) & (W_ORGHEAD | W_PLACEHEAD | W_MISCHEAD |
		    W_ORGPRE | W_PLACEPRE | W_MISCPRE)) ||
		    tokin(lsuffixes, i) ||
		    ((lt = lextok(i, 0)) > 0 && lt != E_PERSON &&
		    !(lt == E_PLACE && i > t0 && isgiven(t0))))
			return 0;
	}
	return 1;
}

static void
classify(struct ment *m, int titled)
{
	size_t	 t0 = m->t0, t1 = m->t1, i, k;
	int	 n = nwords(t0, t1), lt, allcommon = 1;
	unsigned wl, wf;
	char	 rb[32];

	if (titled) {
		m->type = E_PERSON;
		m->strength = 3;
		return;
	}
	/* Kwame "KayBee" Boateng-Smith: a nickname inside makes a person */
	for (i = t0 + 1; i + 2 < t1 && i <= t0 + 2; i++)
		if (!(tv[i].f & TF_WORD) && nickname(i) != 0) {
			m->type = E_PERSON;
			m->strength = 3;
			return;
		}
	if ((tv[t0].f & TF_UPPER) && datelineplace(t0, t1)) {
		m->type = E_PLACE;	/* PINE HOLLOW, Texas - */
		m->strength = 3;
		return;
	}

	/*
	 * Bend, Ore.: a town, a comma and a state with its stop; also after
	 * a party's letter (Pat Roberts, R-Kan.)
	 */
	if (n == 1 && t0 >= 2 && ((teq(t0 - 1, ",") && namey(t0 - 2)) ||
	    (teq(t0 - 1, "-") && partytag((const unsigned char *)T,
	    tv[t0 - 2].s, tv[t0 - 2].e))) && stopplace(t0)) {
		m->type = E_PLACE;
		m->strength = 3;
		return;
	}
	if (n <= 3 && t1 + 1 < ntv && teq(t1, ",") && stopplace(t1 + 1) &&
	    !isgiven(t0)) {
		m->type = E_PLACE;
		m->strength = 2;
		return;
	}
	/* Team Leader, Department Head: a body's head word and a role */
	if (n == 1 && (twc(t0) & W_ORGHEAD) && iscommon(t0) && t1 < ntv &&
	    tv[t1].sent == tv[t0].sent && (tv[t1].f & TF_CAP) &&
	    (i = tlower(t1, rb, sizeof(rb))) > 0 &&
	    lex_get(ltitles, rb, i) != NULL) {
		m->type = E_NONE;
		m->strength = 0;
		return;
	}
	if (n == 1 && (tv[t0].f & TF_DIGIT) && eventcode(t0) &&
	    lextok(t0, 0) <= 0) {
		m->type = E_MISC;	/* COP28, A350 */
		m->strength = 2;
		return;
	}
	if (n == 1 && ticker(t0)) {
		m->type = E_NONE;	/* Nestle SA <NESZ.S> */
		m->strength = 3;
		return;
	}
	if (n <= 3 && tv[t1 - 1].e - tv[t0].s > 1 && lineup(t0)) {
		m->type = E_PERSON;	/* Hearts: Imrie; Drysdale */
		m->strength = 3;
		return;
	}
	/*
	 * Kenya Medical Research Institute (KEMRI): capitals in brackets
	 * with the first letter of the name of three words or more before
	 * them are its short form, whatever town the lists know by them
	 */
	if (n == 1 && (tv[t0].f & TF_UPPER) && bracketafter(m) &&
	    m[-1].t1 - m[-1].t0 >= 3 && T[m[-1].s] == T[m->s]) {
		m->type = m[-1].type;
		m->strength = 3;
		return;
	}
	lt = t1 == t0 + 1 ? lextok(t0, 0) : lextype(m->s, m->e, n, 0);
	if (lt > 0) {
		m->type = lt;
		m->strength = 3;
		return;
	}
	if (n <= 2 && t0 >= 2 && !(tv[t0 - 1].f & TF_CAP) && dismissal(t0)) {
		m->type = E_PERSON;	/* c Gunawardena b Senanayake 45 */
		m->strength = 2;
		return;
	}

	/*
	 * The Commission on Elections, known as Comelec: a name known as
	 * another is of its type
	 */
	if (t0 >= 3 && teq(t0 - 1, "as") && teq(t0 - 2, "known") && m > mv &&
	    (m[-1].t1 == t0 - 2 || (m[-1].t1 == t0 - 3 && teq(t0 - 3, ","))) &&
	    m[-1].type > E_NONE && m[-1].strength >= 2 &&
	    tv[m[-1].t0].sent == tv[t0].sent) {
		m->type = m[-1].type;
		m->strength = 2;
		return;
	}
	/*
	 * REGINA -- Students ..., ILOILO CITY -: a dateline's town the lists
	 * lack
	 */
	for (i = t0; i < t1 && (!(tv[i].f & TF_WORD) || ((tv[i].f &
	    TF_UPPER) && (!iscommon(i) || (i > t0 && (anywc(i) &
	    (W_PLACEHEAD | W_PLACECUE)))))); i++)
		continue;
	if (i == t1 && datelinet(t0, t1)) {
		m->type = E_PLACE;
		m->strength = 2;
		return;
	}
	if ((n == 1 && (roman(t0) || prefixword(t0) ||
	    (twc(t0) & (W_MISCHEAD | W_MISCPRE)) ||
	    ((tv[t0].f & TF_UPPER) && (tokin(lacr, t0) || iscurrency(t0))))) ||
	    (n == 1 && commonexp(t0) != (size_t)-1) || (t1 + 1 < ntv &&
	    commonexp(t1 + 1) == t0)) {
		m->type = E_NONE;	/* Compact Fluorescent Light (CFL) */
		m->strength = 1;
		return;
	}
	/*
	 * a Series B round, Plan B: a common word and a letter; not a head's
	 * (Group F)
	 */
	if (t1 == t0 + 2 && tv[t1 - 1].e == tv[t1 - 1].s + 1 &&
	    c_isupper((unsigned char)T[tv[t1 - 1].s]) && iscommon(t0) &&
	    !isgiven(t0) && !(twc(t0) & W_ORGHEAD) &&
	    lextype(m->s, m->e, 2, 0) <= 0) {
		m->type = E_NONE;
		m->strength = 1;
		return;
	}
	wl = twc(t1 - 1);
	/* King Street West: a place's head and a compass word */
	if (n > 2 && (lwc(t1 - 1) & L_COMPASS) && (twc(t1 - 2) & W_PLACEHEAD))
		wl |= W_PLACEHEAD;
	wf = twc(t0);
	/* Boeing 737, Apple Music: a maker's product */
	for (i = t0 + 1; n > 1 && i < t1 && !(tv[i].f & TF_DIGIT); i++)
		continue;
	if (n > 1 && (i < t1 || ((wl & W_PRODHEAD) &&
	    lextype(m->s, tv[t1 - 2].e, n - 1, 0) == E_ORG))) {
		m->type = E_MISC;
		m->strength = 3;
		return;
	}
	/* Quilis (1964), (Moretti, 2013), Li, Polat, & Bavelier, 2010 */
	if (n <= 3 && !(tv[t0].f & TF_UPPER) && citelist(t1)) {
		m->type = E_PERSON;
		m->strength = 2;
		return;
	}
	/*
	 * Faber & Faber, Wachtell, Lipton, Rosen & Katz: a firm; not the
	 * authors of a paper (Dye & Bavelier, 2010)
	 */
	for (i = t0 + 1; n > 1 && i + 1 < t1 && !teq(i, "&"); i++)
		continue;
	if (n > 1 && i + 1 < t1 && !(t1 + 1 < ntv && (teq(t1, "(") ||
	    teq(t1, ",")) && (tv[t1 + 1].f & TF_DIGIT))) {
		m->type = E_ORG;
		m->strength = 2;
		return;
	}
	/*
	 * Samsung Electronics, Mannesmann Anlagenbau, Deutsche Bank
	 * Research: a company's part
	 */
	if (n > 1 && !isgiven(t0) && (lextok(t0, 0) == E_ORG || (n > 2 &&
	    !(t1 < ntv && tv[t1].sent == tv[t0].sent && istitle(t1)) &&
	    lextype(m->s, tv[t1 - 2].e, n - 1, 0) == E_ORG)) &&
	    !(wl & (W_PLACEHEAD | W_MISCHEAD)) && lextok(t1 - 1, 0) !=
	    E_MISC && !(lwc(t1 - 1) & L_CREDIT)) {
		m->type = E_ORG;
		m->strength = 3;
		return;
	}
	/*
	 * Real Betis, Dynamo Kiev: a club; Banco Quintela: a body word of
	 * a language other than English opens the name; Union Berlin,
	 * Bank Austria: a body word before a known place
	 */
	if (n > 1 && ((wf & W_TEAMPRE) || ((wf & W_ORGPRE) &&
	    (!iscommon(t0) || (t1 == t0 + 2 && lextok(t0 + 1, 0) ==
	    E_PLACE))))) {
		m->type = E_ORG;
		m->strength = 3;
		return;
	}
	/*
	 * Isla Drummond in a byline, "Jun-seo Park said": a given name and
	 * a place's word are a person where a person is cued, and anywhere
	 * when the given name is in syllables (Hyun-woo Park)
	 */
	if (n == 2 && t1 == t0 + 2 && ((wf & W_PLACEPRE) ||
	    (wl & W_PLACEHEAD)) && (personcued(t0, t1) ||
	    ((wl & W_PLACEHEAD) && syllables(t0)))) {
		m->type = E_PERSON;
		m->strength = 3;
		return;
	}
	/* Praça Roma, Palazzo Chigi: a place word of another language */
	if (n > 1 && (wf & W_PLACEPRE) && !iscommon(t0)) {
		m->type = E_PLACE;
		m->strength = 3;
		return;
	}
	if (n > 1 && ((wl & W_ORGHEAD) || (!(wl & W_PLACEHEAD) &&
	    tokin(lsuffixes, t1 - 1)))) {
		m->type = E_ORG;
		m->strength = 3;
		return;
	}
	/*
	 * Fremantle coach Grant Hollioake, Collingwood defender Jesse
	 * Mavromatis: a name before a team's role and a person's name is
	 * a team's, not a person's
	 */
	if (n <= 3 && t1 + 1 < ntv && tv[t1 + 1].sent == tv[t0].sent &&
	    (tv[t1].f & TF_WORD) && !(tv[t1].f & (TF_CAP | TF_UPPER)) &&
	    (tv[t1 + 1].f & TF_CAP) && (anywc(t1) & W_TEAMCUE) &&
	    !isgiven(t0) && namey(t1 + 1) &&
	    (isgiven(t1 + 1) || lextok(t1 + 1, 0) <= 0)) {
		m->type = E_ORG;
		m->strength = 2;
		return;
	}
	/* Bayero University Kano: a body's head word and its town */
	for (k = t0 + 1; n > 2 && k + 1 < t1; k++)
		if ((twc(k) & W_ORGHEAD) && (tv[k + 1].f & TF_WORD) &&
		    lextype(tv[k + 1].s, m->e, nwords(k + 1, t1), 0) ==
		    E_PLACE) {
			m->type = E_ORG;
			m->strength = 3;
			return;
		}
	/* U.S. Federal Reserve, British Labour Party: a country's body */
	if (n > 1 && (tv[t0 + 1].f & TF_WORD) && (lextok(t0, 0) == E_PLACE ||
	    tokin(ldemonyms, t0)) &&
	    lextype(tv[t0 + 1].s, m->e, n - 1, 0) == E_ORG) {
		m->type = E_ORG;
		m->strength = 3;
		return;
	}
	if (n > 1 && (wl & W_PLACEHEAD)) {
		/* Irving Independent School District: a body, no place */
		m->type = teq(t1 - 1, "District") && teq(t1 - 2, "School") ?
		    E_ORG : E_PLACE;
		m->strength = 3;
		return;
	}
	/* Nazi Germany, Soviet Russia: a state of a time, a place */
	if (n == 2 && t1 == t0 + 2 && !isgiven(t0) &&
	    tokin(ldemonyms, t0) && tokin(lcountries, t0 + 1)) {
		m->type = E_PLACE;
		m->strength = 3;
		return;
	}
	/* Tropical Storm Irene: a MISCPRE of two words */
	if (n > 2 && (tv[t0 + 1].f & TF_WORD) && (wclass(T + tv[t0].s,
	    tv[t0 + 1].e - tv[t0].s) & W_MISCPRE))
		wf |= W_MISCPRE;
	/* Artemis III, Vatican II: a mission, a model, a council */
	if (n == 2 && t1 == t0 + 2 && !isgiven(t0) && roman(t0 + 1) &&
	    tv[t0 + 1].e - tv[t0 + 1].s >= 2)
		wf |= W_MISCPRE;
	if (n > 1 && ((wf & W_MISCPRE) || miscname(t0, t1))) {
		m->type = E_MISC;	/* Cannes Film Festival, Windows XP */
		m->strength = 3;
		return;
	}
	if (n > 1 && !isgiven(t0) && (tokin(ldemonyms, t0) ||
	    (wideplace(t1 - 1) && !(lwc(t0) & L_COMPASS)) ||
	    ((tv[t0].f & TF_UPPER) && tokin(lcities, t1 - 1)))) {
		/* British Red Cross, Hitwise UK, IFK Gothenburg */
		m->type = E_ORG;
		m->strength = 2;
		return;
	}
	/*
	 * The word before the name's first "of", "for", "on" or "to" types
	 * it: Bank of England, Joint Council for the Welfare of Immigrants;
	 * and before a particle of another language: Rue de Varenne.
	 */
	for (i = t0 + 1; n > 1 && i + 1 < t1 && !teq(i, "of") &&
	    !teq(i, "for") && !teq(i, "on") && !teq(i, "to") &&
	    !(teq(i, "in") && (twc(i - 1) & W_MISCHEAD)) &&
	    !(i == t0 + 1 && (lwc(i) & L_PARTICLE)); i++)
		continue;
	if (n > 1 && i + 1 < t1) {
		/* Council to Restore Wetlands: chains() joins after a head */
		if ((twc(i - 1) & W_ORGPRE) || teq(i, "to")) {
			m->type = E_ORG;
			m->strength = 3;
			return;
		}
		if (twc(i - 1) & W_PLACEPRE) {
			m->type = E_PLACE;
			m->strength = 3;
			return;
		}
		/* Women's Prize for Fiction, Nobel Prize in Physics */
		if ((twc(i - 1) & W_MISCHEAD) && !(twc(i - 1) & W_ORGHEAD)) {
			m->type = E_MISC;
			m->strength = 3;
			return;
		}
	}
	/*
	 * published in Nature, in Geophysical Research Letters: a journal,
	 * not a place the lists lack
	 */
	if (t0 >= 2 && teq(t0 - 1, "in") && (lwc(t0 - 2) & L_PUBLISH) &&
	    !(tv[t0].f & TF_UPPER) && lextype(m->s, m->e, n, 0) <= 0) {
		m->type = E_ORG;
		m->strength = 2;
		return;
	}
	if (placesuffix(t1)) {
		m->type = E_PLACE;
		m->strength = 3;
		return;
	}
	/*
	 * Ilse Marten of Kiel: a lone word after a person's name and "of"
	 * is where the person is from, though a given name too
	 */
	if (n == 1 && t0 >= 3 && teq(t0 - 1, "of") && isgiven(t0) &&
	    !(tv[t0].f & TF_UPPER) && lextok(t0, 0) <= 0 &&
	    (t1 >= ntv || tv[t1].sent != tv[t0].sent || !namey(t1)) &&
	    ofperson(t0 - 2)) {
		m->type = E_PLACE;
		m->strength = 2;
		return;
	}
	/* the daily Handelsblatt, the town of Palanan, Hunan province */
	if ((lt = cue(t0, t1)) > 0) {
		m->type = lt;
		m->strength = 2;
		return;
	}
	/* Vitesse 2 (Hoekstra 20, Lindqvist 64): the scorers of a result */
	if (n <= 3 && scorer(t0, t1)) {
		m->type = E_PERSON;
		m->strength = 2;
		return;
	}
	/* Nguyen Thi Mai Anh, 29, an accountant: an age after the name */
	if (aged(t1)) {
		m->type = E_PERSON;
		m->strength = 2;
		return;
	}
	for (i = t0; i < t1; i++)
		if ((tv[i].f & TF_WORD) && !iscommon(i))
			allcommon = 0;
	/* Your Honor, His Excellency: an address, no name */
	if (n == 2 && (teq(t0, "Your") || teq(t0, "His") || teq(t0, "Her") ||
	    teq(t0, "YOUR") || teq(t0, "HIS") || teq(t0, "HER"))) {
		m->type = E_NONE;
		m->strength = 1;
		return;
	}
	/* in Figure 2, at Wave 3, Room 101: a common word numbers a part */
	if (n == 1 && allcommon && !(tv[t0].f & TF_UPPER) && t1 < ntv &&
	    tv[t1].sent == tv[t0].sent && (tv[t1].f & TF_DIGIT) &&
	    (tv[t1].f & TF_SP)) {
		m->type = E_NONE;
		m->strength = 1;
		return;
	}
	/* South Karelia, Upper Egypt: a part of a place */
	if (n == 2 && t1 == t0 + 2 && (lwc(t0) & L_COMPASS) &&
	    lextok(t0 + 1, 0) == E_PLACE) {
		m->type = E_PLACE;
		m->strength = 3;
		return;
	}
	if (n >= 2 && (teq(t0, "Lake") || teq(t0, "Mount") || teq(t0, "Mt") ||
	    teq(t0, "River") ||
	    teq(t0, "Cape") || teq(t0, "Fort") || teq(t0, "Port") ||
	    teq(t0, "Isle"))) {
		m->type = E_PLACE;
		m->strength = 3;
		return;
	}
	/* L.S. Lowry, H.S. Venkatesh Murthy: initials and a name */
	if (n >= 2 && n <= 4 && initialtok(t0) && lextok(t0, 0) <= 0 &&
	    (tv[t0 + 1].f & TF_CAP) && !(tv[t0 + 1].f & TF_UPPER)) {
		m->type = E_PERSON;
		m->strength = 2;
		return;
	}
	/* Park Ji-hoon, Lau Kin-ming: a surname and a given name in syllables */
	if (n == 2 && t1 == t0 + 2 && tv[t0].e - tv[t0].s <= 5 &&
	    !(tv[t0].f & TF_UPPER) && syllables(t1 - 1)) {
		m->type = E_PERSON;
		m->strength = 2;
		return;
	}
	/* By Le Hoang Anh and Rachel Kim */
	i = sfirst[tv[t0].sent];
	if (n <= 4 && i < t0 && !allcommon && byline(i)) {
		m->type = E_PERSON;
		m->strength = 2;
		return;
	}
	/*
	 * (Reporting by Anna Smith; Editing by Lee Chan), translated from
	 * the Polish by Marta Zielinska, (AP Photo/Lucien Ferrand)
	 */
	/*
	 * Photo: Anna Smith/Gazeta Krakowska, Supplied/DOC: the agency after
	 * a name of two words or more, or in capitals; not Picture: AAP/Anna
	 * Smith
	 */
	/* Photo: Anna Smith/Staff, AP/File: a source that names no one */
	if (n == 1 && t0 >= 2 && (teq(t0 - 1, "/") || (teq(t0 - 1, ":") &&
	    credited(t0))) && (lwc(t0) & L_SOURCE)) {
		m->type = E_NONE;
		m->strength = 3;
		return;
	}
	if (t0 >= 3 && teq(t0 - 1, "/") && tv[t0 - 1].sent == tv[t0].sent) {
		for (k = t0 - 2; k > 0 && (tv[k].f & TF_WORD) &&
		    (tv[k].f & TF_CAP) && tv[k].sent == tv[t0].sent; k--)
			continue;
		if ((k + 3 < t0 || (tv[t0].f & TF_UPPER)) && k > 0 &&
		    teq(k, ":") && (lwc(k - 1) & L_CREDIT)) {
			m->type = E_ORG;
			m->strength = 3;
			return;
		}
	}
	if (n <= 4 && !(tv[t0].f & TF_UPPER) && credited(t0)) {
		/* Photo: Shutterstock; a word alone there is an agency */
		m->type = n == 1 ? E_ORG : E_PERSON;
		m->strength = 3;
		return;
	}
	/* financier Warwick Dunleavy, analyst Howard Lin */
	if (n >= 2 && n <= 4 && t0 >= 1 && rolenoun(t0 - 1, t0) &&
	    !(tv[t0].f & TF_UPPER) && lextype(tv[t0].s, tv[t1 - 1].e,
	    n, 0) <= 0) {
		m->type = E_PERSON;
		m->strength = 3;
		return;
	}
	/*
	 * Pittsburgh Pirates, New York Yankees, Osaka Gas, Manitoba Hydro;
	 * not a person with a town's name (Sinan Ogan): an unknown last
	 * word in the singular after a town (but not after a country or a
	 * region that is no town nor a given name); nor two words after
	 * it a person's name could be made of (Bambang Hartono Wijaya).
	 */
	if (n >= 2 && !(wl & W_PLACEHEAD) && (k = placefirst(t0, t1)) != 0 &&
	    ((n >= 3 && !(t1 - k >= 2 && plainnames(k, t1))) ||
	    iscommon(t1 - 1) || (tv[t1 - 1].f & TF_UPPER) ||
	    T[tv[t1 - 1].e - 1] == 's' || (!isgiven(t0) &&
	    !tokin(lcities, t0) && (tokin(lcountries, t0) ||
	    tokin(lregions, t0))))) {
		m->type = E_ORG;
		m->strength = 2;
		return;
	}
	/*
	 * "an analyst at Hoare Govett", "an analyst at Hartwell Benson": a
	 * role at a body, though a given name opens it
	 */
	if (t0 >= 2 && teq(t0 - 1, "at") && rolenoun(t0 - 2, t0)) {
		m->type = E_ORG;
		m->strength = 2;
		return;
	}
	if (n >= 2 && n <= 4 && isgiven(t0) && !(tv[t0].f & TF_UPPER)) {
		m->type = E_PERSON;
		m->strength = iscommon(t0) ? 2 : 3;
		return;
	}
	if (n >= 2 && tv[t0].e - tv[t0].s == 1 && teq(t0 + 1, ".")) {
		m->type = E_PERSON;		/* J. Smith */
		m->strength = 2;
		return;
	}
	if (n == 1 && isgiven(t0) && !iscommon(t0) &&
	    !(tv[t0].f & TF_UPPER)) {
		/* "in Tadcaster and Selby": the place word wins */
		lt = placelist(t0, t1) || (placeword(t0, L_PLACEIN) &&
		    /* not in Shaw's Pygmalion, in Kennedy v. Ohio */
		    !(tv[t0].f & TF_POSS) && !(t1 < ntv &&
		    (lwc(t1) & L_VERSUS)));
		m->type = lt ? E_PLACE : E_PERSON;
		m->strength = lt ? 1 : 2;
		return;
	}
	if (n == 1 && (lt = particle(t0)) > 0) {
		m->type = lt;		/* Inzamam-ul-Haq, Crans-sur-Sierre */
		m->strength = 2;
		return;
	}
	if (n == 1 && (twc(t0) & W_GENERIC)) {
		m->type = E_NONE;	/* the Government: house style */
		m->strength = 1;
		return;
	}
	if (n == 1 && abstract(t0)) {
		m->type = E_ORG;	/* Scientology, Wikinews */
		m->strength = 1;
		return;
	}
	/* Beverley Tuimavave, 67, of Thuringowa: where one lives */
	if (t0 >= 5 && teq(t0 - 1, "of") && aged(t0 - 4) &&
	    tv[t0 - 5].sent == tv[t0].sent && namey(t0 - 5)) {
		m->type = E_PLACE;
		m->strength = 2;
		return;
	}
	/* of Bramhall Lane, Davenport: the town of an address */
	if (t0 >= 3 && teq(t0 - 1, ",") && m > mv && m[-1].t1 == t0 - 1 &&
	    m[-1].type == E_PLACE && m[-1].t0 >= 1 &&
	    teq(m[-1].t0 - 1, "of") && (twc(m[-1].t1 - 1) & W_PLACEHEAD) &&
	    !reportafter(t0, t1)) {
		m->type = E_PLACE;
		m->strength = 2;
		return;
	}
	/* Umlazi, south of Durban: a place that a place locates */
	if (compassof(t1) && !(tv[t0].f & TF_UPPER) &&
	    lextype(tv[t0].s, tv[t1 - 1].e, n, 0) <= 0) {
		m->type = E_PLACE;
		m->strength = 2;
		return;
	}
	/* Context: "a trader from Ujung Pandang, told" is no speaker. */
	if (placeword(t0, L_PLACEIN) || placelist(t0, t1)) {
		m->type = E_PLACE;
		m->strength = 1;
		m->guess = plaincommon(t0, t1, n, allcommon);
		return;
	}
	/*
	 * El Poblado, Los Faroles: a Spanish article opens a place's name,
	 * or a body's that speaks (El Colombiano reported), not a person's
	 */
	if (n >= 2 && (lwc(t0) & L_ARTICLE) && !isgiven(t0 + 1) &&
	    !(tv[t0].f & TF_UPPER)) {
		m->type = reportafter(t0, t1) ? E_ORG : E_PLACE;
		m->strength = 1;
		return;
	}
	/*
	 * Metro de Medellín, Conservatoire de Paris: a word that is no
	 * given name nor title, a particle and a known place are no
	 * person's name but a body's
	 */
	if (n >= 2 && t1 >= t0 + 3 && !istitle(t0) &&
	    !(tv[t0].f & (TF_UPPER | TF_HYPH)) && (tv[t0 + 1].f & TF_WORD) &&
	    !(tv[t0 + 1].f & TF_CAP) && (lwc(t0 + 1) & L_PARTICLE) &&
	    placetail(t0, t1)) {
		m->type = E_ORG;
		m->strength = 2;
		return;
	}
	if (reportafter(t0, t1) && !(tv[t0].f & TF_UPPER) &&
	    !acronymend(t0, t1) && !(n == 1 && allcommon &&
	    (wf & (W_ORGHEAD | W_PLACEHEAD))) &&
	    !(n > 1 && (wf & W_PLACEPRE)) && !pluralnoun(t1 - 1)) {
		m->type = E_PERSON;
		m->strength = 2;
		return;
	}
	if (t0 >= 2 && teq(t0 - 1, "to") && teq(t0 - 2, "according") &&
	    !(tv[t0].f & TF_UPPER)) {
		m->type = E_PERSON;
		m->strength = 2;
		return;
	}
	/*
	 * spoke to Ruairí Kavanagh-Lee: a word and a double-barrelled
	 * surname that the lists know of no place or body are a person
	 */
	if (n == 2 && t1 == t0 + 2 && !(tv[t0].f & (TF_UPPER | TF_HYPH)) &&
	    barrelled(t0 + 1) && lextok(t0, 0) <= 0 &&
	    !(twc(t0) & (W_PLACEPRE | W_ORGPRE | W_MISCPRE)) &&
	    !(lwc(t0) & L_COMPASS) && !iscommon(t0) &&
	    lextype(tv[t0].s, tv[t1 - 1].e, n, 0) <= 0) {
		m->type = E_PERSON;
		m->strength = 2;
		return;
	}
	if (placeword(t0, L_PLACEIN | L_PLACEAT) && !prizeto(t0)) {
		/* a gift to Putin: a public figure the lists know */
		if (n == 1 && (teq(t0 - 1, "to") || teq(t0 - 1, "for")) &&
		    inlex(lpeople, m->s + T, m->e - m->s)) {
			m->type = E_PERSON;
			m->strength = 1;
			return;
		}
		m->type = E_PLACE;
		m->strength = 1;
		/*
		 * successor to Pachomius: "to" and one unknown word, a place
		 * only if the document says so elsewhere
		 */
		m->guess = plaincommon(t0, t1, n, allcommon) ||
		    (n == 1 && teq(t0 - 1, "to"));
		return;
	}
	if (n == 1 && (tv[t0].f & TF_UPPER) && tv[t0].e - tv[t0].s >= 5 &&
	    iscommon(t0)) {
		m->type = E_NONE;	/* shouted: "UNLESS", "NEVER" */
		m->strength = 1;
		return;
	}
	/* ALSO READ:, SEE ALSO: a label of common words in capitals */
	if ((tv[t0].f & TF_UPPER) && t0 < sfirst[tv[t0].sent] + 3 &&
	    t1 < ntv && teq(t1, ":")) {
		for (i = sfirst[tv[t0].sent]; i < t1 &&
		    (tv[i].f & TF_UPPER) && iscommon(i) && lextok(i, 0) <= 0;
		    i++)
			continue;
		if (i == t1) {
			m->type = E_NONE;
			m->strength = 1;
			return;
		}
	}
	if (tv[t0].f & TF_UPPER) {
		m->type = E_ORG;
		m->strength = 1;
		/* compact fluorescent lamps (CFL): a common noun's */
		if (n == 1 && t0 >= 2 && teq(t0 - 1, "(") &&
		    (tv[t0 - 2].f & TF_WORD) && !(tv[t0 - 2].f & TF_NAMEY))
			m->type = E_NONE;
		return;
	}
	if (n == 1 && (tv[t0].f & TF_CAMEL || camel(t0))) {
		m->type = E_ORG;
		m->strength = 1;
		return;
	}
	if (n == 1 && allcommon && (wf & W_ORGHEAD)) {
		m->type = E_ORG;
		m->strength = 1;
		return;
	}
	if (n == 1 && allcommon && (wf & W_PLACEHEAD)) {
		m->type = E_PLACE;
		m->strength = 1;
		return;
	}
	/* Gerrit van der Merwe, Ramon de los Santos: a person's */
	if (n >= 3 && particlename(t0, t1) && !isgiven(t0 + 1) &&
	    !placeword(t0, L_PLACEIN | L_PLACEAT)) {
		m->type = E_PERSON;
		m->strength = 2;
		return;
	}
	/* County Galway, Lake Orvo: a place's first word */
	if (n >= 2 && n <= 3 && (wf & W_PLACEPRE) && !allcommon) {
		m->type = E_PLACE;
		m->strength = 2;
		return;
	}
	/* Advanced Micro Devices, Charnwood Homes: no one's name */
	if (n >= 2 && n <= 3 && !allcommon && pluralnoun(t1 - 1)) {
		m->type = E_ORG;
		m->strength = 1;
		return;
	}
	/*
	 * Northwall Security, Drishti Orbital, PlayStation Plus: an unknown
	 * first word and a common last one, or a word with a capital
	 * inside, name a body or a product, not a person
	 */
	for (i = t0; n >= 2 && i < t1 && !((tv[i].f & TF_CAP) &&
	    camel(i)); i++)
		continue;
	for (k = t0; n >= 2 && k < t1 && !isgiven(k); k++)
		continue;
	if (n >= 2 && n <= 3 && !allcommon && k == t1 && (i < t1 ||
	    acronymend(t0, t1) ||
	    (iscommon(t1 - 1) && !(tv[t1 - 1].f & (TF_UPPER | TF_HYPH)) &&
	    memchr(T + tv[t1 - 1].s, '\'', tv[t1 - 1].e - tv[t1 - 1].s) ==
	    NULL))) {
		m->type = E_ORG;
		m->strength = 1;
		return;
	}
	if (n >= 2 && n <= 3 && !allcommon) {
		m->type = E_PERSON;
		m->strength = 1;
		/*
		 * at the San Siro, the Nihon Keizai Shimbun: after "the",
		 * no one's name but a place's (after "at", "in") or a body's
		 */
		if (t0 > 0 && (teq(t0 - 1, "the") || teq(t0 - 1, "The")))
			m->type = t0 > 1 && (lwc(t0 - 2) &
			    (L_PLACEAT | L_PLACEIN)) ? E_PLACE : E_ORG;
		return;
	}
	/*
	 * Trần Thị Bích Ngọc, Mian Tariq Mehmood Qureshi: four words or
	 * more, none a common word, a head, a legal form, an acronym or a
	 * number, are a person's names; a body's long name has a word
	 * of its language's prose in it
	 */
	if (n >= 4 && n <= 6 && plainnames(t0, t1)) {
		m->type = E_PERSON;
		m->strength = 1;
		return;
	}
	/*
	 * Al-Qadsiah, El-Gouna: the Arabic article joined to a capital is
	 * a name, most often a body's (a club, a paper); a person's is known
	 * by the full name elsewhere
	 */
	if (n == 1 && arabicart(t0)) {
		m->type = E_ORG;
		m->strength = 1;
		return;
	}
	m->type = n == 1 ? E_PERSON : E_ORG;
	m->strength = n == 1 && allcommon ? 0 : 1;
	/*
	 * An unknown word: a name if a public figure's or the document's;
	 * so are common words in title case that no head word makes a
	 * name (Natural Language Processing, Property Rights)
	 */
	m->guess = n == 1 || plaincommon(t0, t1, n, allcommon);
	if (inlex(lpeople, m->s + T, m->e - m->s)) {
		m->strength = 1;
		m->guess = 0;
	}
	/*
	 * American College of Pediatricians (ACPeds): a short form in
	 * brackets after a name, with its first letter, is that name's
	 */
	if (n == 1 && m->guess && bracketafter(m) &&
	    (T[m[-1].s] == T[m->s] || reinitials(m[-1].s, m[-1].e,
	    m->s, m->e))) {
		m->type = m[-1].type;
		m->strength = 2;
		m->guess = 0;
	}
	/* Galois' paper, Mbeki's plan: who owns a thing is named */
	if (n == 1 && !allcommon && (tv[t0].f & TF_POSS) &&
	    !(tv[t0].f & (TF_FIRST | TF_HEAD)) && !istitle(t0) &&
	    !(twc(t0) & (W_ORGHEAD | W_PLACEHEAD | W_MISCHEAD)))
		m->guess = 0;
}

/*
 * Are the capitals of T[s, e) the initials of the name T[ns, ne) in
 * another order, as a translated short form's are: National Action
 * Party (PAN), Democratic Alliance (AD)?
 */
static int
reinitials(size_t ns, size_t ne, size_t s, size_t e)
{
	unsigned char cnt[26] = { 0 };
	size_t	 i, k = 0;

	for (i = s; i < e; i++)
		if (c_isupper((unsigned char)T[i]) && k++ < 8)
			cnt[T[i] - 'A']++;
	if (k < 2 || k > 8)
		return 0;
	for (i = ns; i < ne; i++)
		if ((i == ns || T[i - 1] == ' ') &&
		    c_isupper((unsigned char)T[i])) {
			if (cnt[T[i] - 'A'] == 0)
				return 0;
			cnt[T[i] - 'A']--;
			k--;
		}
	return k == 0;
}

/*
 * The type a lower-case particle between hyphens gives a word: Arabic and
 * Urdu ones a person (Inzamam-ul-Haq, Ata-ur-Rehman), French and English
 * ones a place (Crans-sur-Sierre, Stratford-upon-Avon).
 */
static int
particle(size_t i)
{
	static const char *const pers[] = { "ul", "ur", "ud", "us", "al",
	    "el", "bin", "ibn", "abu", "ad", "as", "un", NULL };
	static const char *const plac[] = { "sur", "sous", "en", "upon",
	    "on", "la", "le", "les", "de", "du", "des", "lès", "à", "am", "an",
	    "im", "bei", "under", "in", NULL };
	const char *p = T + tv[i].s, *h, *q;
	size_t	 n = tv[i].e - tv[i].s, k, j;

	for (h = p; (h = memchr(h, '-', (size_t)(p + n - h))) != NULL; h++) {
		for (q = h + 1; q < p + n && *q != '-'; q++)
			continue;
		if (q >= p + n || q == h + 1)
			return 0;
		k = (size_t)(q - h - 1);
		for (j = 0; pers[j] != NULL; j++)
			if (strlen(pers[j]) == k && memcmp(pers[j], h + 1, k) == 0)
				return E_PERSON;
		for (j = 0; plac[j] != NULL; j++)
			if (strlen(plac[j]) == k && memcmp(plac[j], h + 1, k) == 0)
				return E_PLACE;
	}
	return 0;
}

/* No one's name ends so: Scientology, Taoism, Wikinews, Infosoft. */
static int
abstract(size_t i)
{
	static const char *const suf[] = { "ology", "ism", "isms", "ness",
	    "ment", "tion", "sion", "ity", "news", "media", "soft", "tech",
	    "corp", "ware", NULL };
	size_t	 n = tv[i].e - tv[i].s, k, j;

	for (j = 0; suf[j] != NULL; j++)
		if ((k = strlen(suf[j])) + 3 <= n &&
		    memcmp(T + tv[i].e - k, suf[j], k) == 0)
			return 1;
	return 0;
}

/*
 * The acronym at token a, in brackets, spelled out by the words before
 * them in common words that head no organisation or place: "Compact
 * Fluorescent Light (CFL)", "system under test (SUT)".  Neither is a
 * name.  The first token of the spelling, or (size_t)-1.
 */
static size_t
commonexp(size_t a)
{
	const char *p;
	size_t	 n, k, j;

	if (a < 3 || a + 1 >= ntv || !teq(a - 1, "(") || !teq(a + 1, ")") ||
	    !(tv[a].f & TF_UPPER))
		return (size_t)-1;
	p = T + tv[a].s;
	n = tv[a].e - tv[a].s;
	if (n > 1 && p[n - 1] == 's')
		n--;			/* CFLs */
	if (n < 2 || n > 8)
		return (size_t)-1;
	for (k = a - 2, j = n;; k--) {
		if (!(tv[k].f & TF_WORD) || tv[k].sent != tv[a].sent)
			return (size_t)-1;
		if (c_toupper((unsigned char)T[tv[k].s]) == p[j - 1]) {
			if (!iscommon(k) || lextok(k, 0) >
			    0 || ((j == n || (tv[k].f & TF_CAP)) &&
			    (twc(k) & (W_ORGHEAD | W_PLACEHEAD |
			    W_MISCHEAD))))
				return (size_t)-1;
			if (--j == 0)
				return k;
		} else if (!(lwc(k) & L_SPELLED))
			return (size_t)-1;
		if (k == 0)
			return (size_t)-1;
	}
}

/* The number a token of 1 to 3 digits stands for, else -1. */
static int
goals(size_t i)
{
	size_t	 k;
	int	 v = 0;

	if (i >= ntv || tv[i].e - tv[i].s > 3)
		return -1;
	for (k = tv[i].s; k < tv[i].e; k++) {
		if (!c_isdigit((unsigned char)T[k]))
			return -1;
		v = v * 10 + T[k] - '0';
	}
	return v;
}

/* Two sides' goals or points: 2-1, 24-17, 102-99 (not Case 22-506). */
static int
scorepair(int a, int b)
{
	if (a < 0 || b < 0)
		return 0;
	return (a < 100 && b < 100) || (a >= 50 && b >= 50 && a < 200 &&
	    b < 200);
}

/* Tokens [i, j) a match score: "2-1", "2 – 1"? */
static int
isscore(size_t i, size_t j)
{
	const char *p;
	size_t	 n, k;
	uint32_t c;
	int	 a, b;

	if (j > ntv || i >= j || tv[i].sent != tv[j - 1].sent)
		return 0;
	if (j - i == 3)
		return scorepair(goals(i), goals(i + 2)) &&
		    (c = cat((const unsigned char *)T, tv[i + 1].s,
		    tv[i + 1].e, &k)) != UTF8_BAD &&
		    k == tv[i + 1].e - tv[i + 1].s && uc_isdash(c);
	if (j - i != 1)
		return 0;
	p = T + tv[i].s;
	n = tv[i].e - tv[i].s;
	for (k = 0, a = 0; k < n && k < 4 && c_isdigit((unsigned char)p[k]); k++)
		a = a * 10 + p[k] - '0';
	if (k == 0 || k > 3 || k + 1 >= n || p[k] != '-')
		return 0;
	for (k++, b = 0; k < n && c_isdigit((unsigned char)p[k]); k++)
		b = b * 10 + p[k] - '0';
	return k == n && n <= 7 && scorepair(a, b);
}

/*
 * Is token a the first of a line of results "Arsenal 2 Everton 0": a
 * name, a score, a name, a score, and nothing more in the sentence?
 * The first token of the second name, or 0.
 */
static size_t
skipparen(size_t i, unsigned sn)
{
	if (i < ntv && tv[i].sent == sn && teq(i, "(")) {
		while (i < ntv && tv[i].sent == sn && !teq(i, ")"))
			i++;
		if (i < ntv && tv[i].sent == sn)
			i++;
	}
	return i;
}

/*
 * The first token of line sn's results: its first, or the one after a
 * label of the place or the group: "In Swansea:", "Pool A:", "Group 3:".
 */
static unsigned startsn = UINT_MAX;	/* the last line asked, */
static size_t	 startv;		/* and its answer */

static size_t
linestart(unsigned sn)
{
	size_t	 a = sfirst[sn], k;

	if (sn == startsn)
		return startv;
	startsn = sn;
	startv = a;
	if (!colonin(a, a + 7))
		return a;
	for (k = a + 2; k < ntv && k < a + 7 && tv[k].sent == sn &&
	    !teq(k, ":"); k++)
		continue;
	if (k >= ntv || k == a + 7 || tv[k].sent != sn ||
	    !(tv[a].f & TF_CAP) || (tv[a + 1].f & TF_NL))
		return a;
	if (k == a + 2 && (goals(a + 1) >= 0 ||
	    (tv[a + 1].e - tv[a + 1].s == 1 && (tv[a + 1].f & TF_CAP))))
		return startv = a + 3;		/* Pool A: */
	if (!(lwc(a) & (L_PLACEIN | L_PLACEAT)))
		return a;
	for (k = a + 1; k < ntv && k < a + 5 && tv[k].sent == sn &&
	    namey(k); k++)
		continue;
	return startv = k < ntv && tv[k].sent == sn && teq(k, ":") ? k + 1 : a;
}

static size_t
resline(size_t a)
{
	size_t	 i = a, first, second;
	unsigned sn = tv[a].sent;

	/* at the line's start, after a label (Results:), or a result */
	if (a != sfirst[sn] && !(teq(a - 1, ":") && (a == linestart(sn) ||
	    a <= sfirst[sn] + 3)) && !(a >= 2 && tv[a - 2].sent == sn &&
	    (teq(a - 1, ";") || teq(a - 1, ",")) && goals(a - 2) >= 0))
		return 0;
	while (i < ntv && tv[i].sent == sn && namey(i))
		i++;
	if (i == a || goals(i) < 0 || tv[i].sent != sn)
		return 0;
	first = i;
	second = i = skipparen(i + 1, sn);	/* 1 (Shkvyrin 48) */
	while (i < ntv && tv[i].sent == sn && namey(i))
		i++;
	if (i == second || goals(i) < 0 || tv[i].sent != sn)
		return 0;
	/*
	 * A headline may go on after a colon: "Leinster 31 Toulouse 24:
	 * Osborne double ...", two scores a match's.
	 */
	if (teq(skipparen(i + 1, sn), ":") && scorepair(goals(first),
	    goals(i)))
		return second;
	/* Results: A 2 B 1; C 0 D 0 -- one of a line's results */
	i = skipparen(i + 1, sn);
	if (i + 1 < ntv && tv[i + 1].sent == sn && (teq(i, ";") ||
	    teq(i, ",")) && (tv[i + 1].f & TF_WORD))
		return resline(i + 1) != 0 ? second : 0;
	for (; i < ntv && tv[i].sent == sn; i++)
		if (tv[i].f & TF_WORD)
			return 0;
	return second;
}

/*
 * Are tokens [t0, t1) a scorer in the brackets after a side's score,
 * before the minute: "Vitesse Arnhem 2 (Hoekstra 20, Lindqvist 64)"?
 */
static int
scorer(size_t t0, size_t t1)
{
	size_t	 k;

	if (t0 < 3 || t1 + 1 >= ntv || tv[t1].sent != tv[t0].sent ||
	    goals(t1) < 0 || !(teq(t0 - 1, "(") || teq(t0 - 1, ",")))
		return 0;
	for (k = t0; k + 40 > t0 && k > 1 && tv[k - 1].sent == tv[t0].sent &&
	    !teq(k - 1, "("); k--)
		if (teq(k - 1, ")") || teq(k - 1, ";"))
			return 0;
	return k > 1 && teq(k - 1, "(") && tv[k - 2].sent == tv[t0].sent &&
	    goals(k - 2) >= 0;
}

/* Is token a the second side of a line's result: "C" of "A 2 B 1; C 0"? */
static int
ressecond(size_t a)
{
	size_t	 i;

	if (a < 2 || goals(a - 1) < 0 || tv[a - 1].sent != tv[a].sent)
		return 0;
	for (i = a - 1; i > 0 && tv[i - 1].sent == tv[a].sent &&
	    namey(i - 1); i--)
		continue;
	return i < a - 1 && resline(i) == a;
}

/*
 * A line of a table: "Aston Villa 4 2 1 1 5 3 7", a name and numbers; or
 * an entry of several on a line, apart by commas or semicolons: "Pool A:
 * Toulouse 3 3 0 0 98 45 6, Swansea 3 2 0 1 64 58 4".
 */
static int
tableline(size_t a)
{
	size_t	 i = a;
	unsigned sn = tv[a].sent;
	int	 n = 0;

	if (a != sfirst[sn] && !(a >= 2 && tv[a - 2].sent == sn &&
	    (((teq(a - 1, ",") || teq(a - 1, ";")) && goals(a - 2) >= 0) ||
	    (teq(a - 1, ":") && a == linestart(sn)))))
		return 0;
	while (i < ntv && tv[i].sent == sn && namey(i))
		i++;
	if (i == a)
		return 0;
	for (; i < ntv && tv[i].sent == sn; i++) {
		if (goals(i) >= 0)
			n++;
		else if (teq(i, ",") || teq(i, ";"))
			break;
		else if (tv[i].f & TF_WORD)
			return 0;
	}
	return n >= 4;
}

/* The word class of any token, lower-case words too. */
static unsigned
anywc(size_t i)
{
	char	 b[32];
	size_t	 n;
	unsigned w;

	if (i >= ntv || !(tv[i].f & TF_WORD))
		return 0;
	w = wclassm(tokmemo(i), T + tv[i].s, tv[i].e - tv[i].s);
	/*
	 * BEAT in a headline in capitals as "beat", and a sentence's
	 * first word as written inside it: "Residents of ..."
	 */
	if (w != 0 || !(tv[i].f & (TF_UPPER | TF_FIRST)) ||
	    (n = tlower(i, b, sizeof(b))) == 0)
		return w;
	return wclass(b, n);
}

/*
 * Sport: where a place stands beside a match score ("Sweden 1 - 0 Korea
 * Republic"), the places beside a score, a match verb ("Belgium defeated
 * Panama") or a preposition ("against Tunisia") are teams, organisations,
 * in every mention of the document.
 */
static int	holds(const char *, size_t, const char *, size_t);

/*
 * Make m the club of tokens [a, b), in every mention of the document, and
 * drop the mention of the word it takes in.
 */
static void
clubspan(struct ment *m, size_t a, size_t b)
{
	struct nent *e;
	size_t	 i;

	for (i = 0; i < nmv; i++)
		if (&mv[i] != m && mv[i].t0 >= a && mv[i].t1 <= b)
			mv[i].strength = -1;
	m->t0 = a;
	m->t1 = b;
	m->s = tv[a].s;
	m->e = tv[b - 1].e;
	m->type = E_ORG;
	m->strength = 4;
	m->unrel = 0;
	e = mlook(m, 1);
	e->type = E_ORG;
	e->strength = 4;
}

/*
 * Does a cricket score start at token k: 383 (, 186 and, 402-8 declared,
 * 97-4 at the end of a sentence?
 */
static int
cricket(size_t k)
{
	const char *p;
	size_t	 n, i, d = 0, h = 0;

	if (k + 1 >= ntv || (tv[k].f & TF_NL) || tv[k + 1].sent != tv[k].sent)
		return 0;
	/* 383, or 402-8 (a token of its own) */
	p = T + tv[k].s;
	n = tv[k].e - tv[k].s;
	for (i = 0; i < n; i++)
		if (c_isdigit((unsigned char)p[i]))
			d++;
		else if (p[i] == '-' && i > 0 && i + 1 < n && h++ == 0)
			continue;
		else
			return 0;
	if (d == 0 || n > 6 || (h == 0 && n > 3))
		return 0;
	return k + 1 < ntv && tv[k + 1].sent == tv[k].sent &&
	    (teq(k + 1, "(") || teq(k + 1, "declared") ||
	    (teq(k + 1, "and") && k + 2 < ntv && goals(k + 2) >= 0) ||
	    (teq(k + 1, ".") && (k + 2 >= ntv || tv[k + 2].sent !=
	    tv[k].sent || (tv[k + 2].f & TF_NAMEY))));
}


static int	listed(const struct ment *, const struct ment *);
static size_t	sportline(size_t);

/* Has the document made the text of m a team? */
static int
isteam(const struct ment *m)
{
	struct nent *e;

	foldtext(&kbuf, m->s, m->e);
	e = nlook(kbuf.p, kbuf.len, 0);
	return e != NULL && e->type == E_ORG && e->strength == 4;
}

/*
 * After the name that ends before token t: a match verb, the other side's
 * name and its score (beat Anadolu Efes 94-91), not a match of sets
 * (6-4 6-2)?  The first token of the other side's name, or 0.
 */
static size_t
matchline(size_t t)
{
	size_t	 k, b = t + 1;

	if (t + 2 >= ntv || !(tv[t].f & TF_WORD) || (tv[t].f & TF_NAMEY))
		return 0;
	/* the other side may have its "the": beat the Boston Red Sox 5-3 */
	if (!(tv[b].f & TF_NAMEY) && b + 2 < ntv && teq(b, "the"))
		b++;
	if (b + 1 >= ntv || tv[t].sent != tv[t - 1].sent ||
	    tv[b].sent != tv[t].sent || !(tv[b].f & TF_NAMEY) ||
	    !(anywc(t) & W_MATCHV) || !namey(b))
		return 0;
	for (k = b + 1; k < ntv && tv[k].sent == tv[t].sent && namey(k) &&
	    !(tv[k - 1].f & TF_POSS); k++)
		continue;
	/* not a match of sets, a player's: 6-4 6-2 */
	if (isscore(k, k + 1))
		return isscore(k + 1, k + 2) ? 0 : b;
	return isscore(k, k + 3) && !isscore(k + 3, k + 4) ? b : 0;
}

/*
 * Is m one word, the last of a person's name of two words or more in
 * the document (the surname of Fergal O'Brien, however weakly typed)?
 */
static int
playername(const struct ment *m)
{
	size_t	 i, n = m->e - m->s;
	const struct ment *p;

	if (m->t1 != m->t0 + 1)
		return 0;
	for (i = 0; i < nmv; i++) {
		p = &mv[i];
		if (p->type == E_PERSON && p->strength >= 1 &&
		    p->t1 >= p->t0 + 2 && p != m &&
		    tv[p->t1 - 1].e - tv[p->t1 - 1].s == n &&
		    memcmp(T + tv[p->t1 - 1].s, T + m->s, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * Has a person's name that holds m, one word, come before m (Gary
 * Lincoln, then Lincoln; Carlos Herrera Soto, then Herrera; not the
 * Lincoln seat before)?
 */
static int
namedbefore(const struct ment *m)
{
	size_t	 i, k, n = m->e - m->s;
	const struct ment *p;

	for (i = 0; i < nmv && mv[i].t1 <= m->t0; i++) {
		p = &mv[i];
		if (p->type != E_PERSON)
			continue;
		for (k = p->t0; k < p->t1; k++)
			if (tv[k].e - tv[k].s == n &&
			    memcmp(T + tv[k].s, T + m->s, n) == 0)
				return 1;
	}
	return 0;
}

/*
 * Does the document talk sport: four words of sport in lower case, three
 * of them different (innings, wickets, playoffs)?
 */
static int
sportwords(void)
{
	const struct memo *seen[3];
	size_t	 i, k, n0, n = 0, nseen = 0;

	if (nsportform < 4)
		return 0;

	for (i = 0; i < ntv; i++) {
		n0 = tv[i].e - tv[i].s;
		if ((tv[i].f & (TF_WORD | TF_NAMEY)) != TF_WORD || n0 < 4 ||
		    !SPORTFORM(T + tv[i].s, n0) || !(lwc(i) & L_SPORTWORD))
			continue;
		for (k = 0; k < nseen && seen[k] != tv[i].m; k++)
			continue;
		if (k == nseen && nseen < 3)
			seen[nseen++] = tv[i].m;
		if (++n >= 4 && nseen == 3)
			return 1;
	}
	return 0;
}

/* Make the name of m a team's, and keep it in v (n of NTEAM). */
#define NTEAM	256
static void
maketeam(struct ment *m, struct nent **v, size_t *n)
{
	struct nent *e;

	e = mlook(m, 1);
	e->type = E_ORG;
	e->strength = 4;
	if (*n < NTEAM)
		v[(*n)++] = e;
}

/*
 * Sevilla have agreed, Lyon, who are under watch: does a verb in the
 * plural, right after the name [t0, t1) or after its comma and "who",
 * make the town a club?  Not a country, whose players' countries in a
 * list of results are places, nor a name in the plural (the
 * Philippines), nor one after "in" or "at", nor the last of a list
 * (Wembley and Riyadh were).
 */
static int
pluralverb(size_t t0, size_t t1)
{
	size_t	 k = t1;

	if (T[tv[t1 - 1].e - 1] == 's' ||
	    inlex(lcountries, T + tv[t0].s, tv[t1 - 1].e - tv[t0].s) ||
	    (t0 >= 1 &&
	    ((lwc(t0 - 1) & (L_PLACEIN | L_PLACEAT)) || teq(t0 - 1, "and") ||
	    teq(t0 - 1, "or") || teq(t0 - 1, ","))))
		return 0;
	if (teq(k, ",") && teq(k + 1, "who"))
		k += 2;
	return k < ntv && tv[k].sent == tv[t0].sent && (teq(k, "have") ||
	    teq(k, "are") || teq(k, "were")) && k + 1 < ntv &&
	    !teq(k + 1, "been") && (tv[k + 1].f & TF_WORD);
}

static void
teams(void)
{
	struct ment *m;
	struct nent *e, *team_v[NTEAM];
	size_t	 i, k, t0, t1, nteam = 0;
	int	 sport = 0, weak, team, changed;

	/* A wire headline opened by a sport: "RUGBY UNION - ITALY HOLD ON" */
	sport = sportline(0) != 0;
	for (i = 0; i < nmv && !sport; i++) {
		m = &mv[i];
		if (resline(m->t0) != 0)
			sport = 1;
		/* England v Pakistan */
		if ((m->type == E_PLACE || (m->unrel && lextype(m->s, m->e,
		    nwords(m->t0, m->t1), 0) == E_PLACE)) && m->t1 + 1 < ntv &&
		    (lwc(m->t1) & L_VERSUS) && namey(m->t1 + 1) &&
		    lextok(m->t1 + 1, 0) == E_PLACE)
			sport = 1;
		/* Toulouse captain Antoine Dupont, Italy coach Sacchi */
		if (m->type == E_PLACE && m->t1 + 1 < ntv &&
		    tv[m->t1 + 1].sent == tv[m->t0].sent &&
		    !(tv[m->t1].f & TF_NAMEY) && (tv[m->t1].f & TF_WORD) &&
		    namey(m->t1 + 1) && (anywc(m->t1) & W_TEAMCUE) &&
		    lextok(m->t1 + 1, 0) <= 0)
			sport = 1;
		if (m->type == E_PLACE &&
		    (isscore(m->t1, m->t1 + 1) || isscore(m->t1, m->t1 + 3) ||
		    (m->t0 >= 1 && isscore(m->t0 - 1, m->t0)) ||
		    (m->t0 >= 3 && isscore(m->t0 - 3, m->t0))))
			sport = 1;
		/* Zalgiris Kaunas beat Anadolu Efes 94-91 */
		if (matchline(m->t1) != 0)
			sport = 1;
	}
	/*
	 * Words of sport alone are weaker evidence: there a country stays a
	 * place (qualifiers against Uganda), a club's town is a team.
	 */
	weak = 0;
	if (!sport) {
		if (!sportwords())
			return;
		weak = 1;
	}
	/*
	 * Stoke City, Sheffield Wednesday: a TEAMHEAD word after a name is
	 * the last word of a club, unless the lists know the two as a
	 * place (Mexico City).
	 */
	for (i = 0; i < nmv; i++) {
		m = &mv[i];
		k = m->t1;
		t0 = m->t0;
		if (m->strength < 0 || k >= ntv || tv[k].sent != tv[t0].sent ||
		    !(tv[k].f & TF_CAP) || (tv[k].f & TF_NL) ||
		    !(tv[k].f & TF_SP) || !(anywc(k) & W_TEAMHEAD) ||
		    !(tv[k - 1].f & TF_WORD) || (tv[k - 1].f & TF_POSS))
			continue;
		/* "Stoke" cut off as a common first word: "City" alone */
		if (t0 + 1 == m->t1 && (twc(t0) & W_TEAMHEAD))
			continue;
		if (lextype(m->s, tv[k].e, nwords(t0, k + 1), 0) == E_PLACE)
			continue;
		clubspan(m, t0, k + 1);
	}
	/* the same after a common word that opens the sentence */
	for (i = 0; i < nmv; i++) {
		m = &mv[i];
		t0 = m->t0;
		if (m->strength < 0 || m->t1 != t0 + 1 || t0 == 0 ||
		    !(twc(t0) & W_TEAMHEAD) || !(tv[t0 - 1].f & TF_FIRST) ||
		    !(tv[t0 - 1].f & TF_CAP) || tv[t0 - 1].sent != tv[t0].sent ||
		    lextype(tv[t0 - 1].s, m->e, 2, 0) == E_PLACE)
			continue;
		clubspan(m, t0 - 1, m->t1);
	}
	for (i = 0; i < nmv; i++) {
		m = &mv[i];
		t0 = m->t0;
		t1 = m->t1;
		k = linestart(tv[t0].sent);
		team = m->strength >= 0 && (resline(t0) != 0 ||
		    (k < t0 && resline(k) == t0) || ressecond(t0) ||
		    tableline(t0));
		if (team) {
			maketeam(m, team_v, &nteam);
			continue;
		}
		/*
		 * Zalgiris Kaunas beat Anadolu Efes 94-91: the sides of a
		 * match line are teams, when no given name, title or known
		 * person's surname makes one a player
		 */
		if (m->type != E_PLACE && m->strength >= 0 &&
		    (m->strength <= 2 || m->type == E_ORG) &&
		    (matchline(t1) != 0 ||
		    (i > 0 && matchline(mv[i - 1].t1) == t0)) &&
		    ((m->type == E_ORG && (m->strength >= 3 ||
		    lextok(t0, 0) == E_PLACE)) ||
		    (!isgiven(t0) && !(t0 > 0 && istitle(t0 - 1)) &&
		    ((e = mlook(m, 0)) == NULL || !e->person_part) &&
		    !playername(m)))) {
			maketeam(m, team_v, &nteam);
			continue;
		}
		if ((m->type != E_PLACE && !(m->unrel && lextype(m->s, m->e,
		    nwords(m->t0, m->t1), 0) == E_PLACE)) || (weak != 0 &&
		    (inlex(lcountries, T + m->s, m->e - m->s) || (t0 >= 1 &&
		    (lwc(t0 - 1) & (L_PLACEIN | L_PLACEAT))))))
			continue;
		/*
		 * Not "Ada Okonjo of Nigeria 6-4 7-5": a player's country,
		 * and the sets of a match.
		 */
		team = !(t0 >= 1 && teq(t0 - 1, "of")) &&
		    !isscore(t1 + 1, t1 + 2) && (isscore(t1, t1 + 1) ||
		    isscore(t1, t1 + 3) || (t0 >= 1 && isscore(t0 - 1, t0)) ||
		    (t0 >= 3 && isscore(t0 - 3, t0)));
		/* Pérec of France won; Marie Pérec (France): a country */
		if (!team && t0 >= 1 && (teq(t0 - 1, "of") || teq(t0 - 1, "(")))
			continue;
		if (!team && t1 < ntv && tv[t1].sent == tv[t0].sent &&
		    ((anywc(t1) & (W_MATCHV | W_TEAMCUE)) ||
		    ((anywc(t1) & W_MATCHP) && !teq(t1, "against"))))
			team = 1;	/* Belgium beat, England v, Italy coach */
		/* Sevilla have agreed, Lyon, who are: a town as a plural */
		if (!team && pluralverb(t0, t1))
			team = 1;
		/* Leinster head coach Declan Maher */
		if (!team && t1 + 2 < ntv && tv[t1 + 2].sent == tv[t0].sent &&
		    (tv[t1].f & TF_WORD) && !(tv[t1].f & TF_NAMEY) &&
		    (anywc(t1 + 1) & W_TEAMCUE) && namey(t1 + 2))
			team = 1;
		/* Essex 402-8 declared, Middlesex 186 (D. Kettering 71) */
		if (!team && cricket(t1))
			team = 1;
		/* Essex first innings */
		if (!team && t1 + 1 < ntv && tv[t1 + 1].sent == tv[t0].sent &&
		    (teq(t1, "first") || teq(t1, "second")) &&
		    (anywc(t1 + 1) & W_TEAMCUE))
			team = 1;
		if (!team && t0 >= 1 && tv[t0 - 1].sent == tv[t0].sent &&
		    (anywc(t0 - 1) & (W_MATCHV | W_MATCHP)))
			team = 1;
		/* "defeated debutants Panama", not "lost in Mexico City" */
		if (!team && t0 >= 2 && tv[t0 - 2].sent == tv[t0].sent &&
		    (tv[t0 - 1].f & TF_WORD) && !(tv[t0 - 1].f & TF_NAMEY) &&
		    !(lwc(t0 - 1) & (L_PLACEIN | L_PLACEAT)) &&
		    (anywc(t0 - 2) & W_MATCHV))
			team = 1;
		/* lost to Drago 9-6, after Tony Drago: a player */
		if (!team || (m->strength <= 1 && playername(m)))
			continue;
		maketeam(m, team_v, &nteam);
	}
	/*
	 * the Hurricanes, the Bulldogs: a common noun's plural in capitals
	 * after "the" is a team's name
	 */
	for (i = 0; i < nmv; i++) {
		m = &mv[i];
		t0 = m->t0;
		if (m->t1 != t0 + 1 || t0 == 0 || m->strength < 0 ||
		    (tv[t0].f & (TF_FIRST | TF_HEAD | TF_UPPER)) ||
		    !(tv[t0].f & TF_CAP) || m->e - m->s < 5 ||
		    T[m->e - 1] != 's' || !teq(t0 - 1, "the") ||
		    (twc(t0) & (W_MISCHEAD | W_MISC)) || teq(m->t1, "of") ||
		    (m->t1 < ntv && namey(m->t1) &&
		    tv[m->t1].sent == tv[t0].sent) || !iscommon(t0) ||
		    lextok(t0, 0) > 0 || tokin(ldemonyms, t0))
			continue;
		m->type = E_ORG;
		m->guess = 0;
		maketeam(m, team_v, &nteam);
	}
	/* Italy, Poland and Georgia: a list that holds a team is of teams */
	for (changed = 1; changed; ) {
		changed = 0;
		for (i = 0; i + 1 < nmv; i++) {
			if (mv[i].strength < 0 || mv[i + 1].strength < 0 ||
			    !listed(&mv[i], &mv[i + 1]))
				continue;
			for (k = 0; k < 2; k++) {
				m = &mv[i + k];
				if (isteam(m) || !isteam(&mv[i + 1 - k]) ||
				    (weak != 0 && inlex(lcountries, T + m->s,
				    m->e - m->s)) || (m->type != E_PLACE && !(m->unrel &&
				    lextype(m->s, m->e, nwords(m->t0, m->t1),
				    0) == E_PLACE)))
					continue;
				e = mlook(m, 1);
				e->type = E_ORG;
				e->strength = 4;
				changed = 1;
			}
		}
	}
	/* "Korea's Kim" after "Korea Republic" or "South Korea" the team */
	for (i = 0; i < nmv; i++) {
		m = &mv[i];
		/*
		 * not "in Kaunas" after Zalgiris Kaunas: the town; nor
		 * "Sunrise, Florida" after the Florida Panthers
		 */
		if (m->type != E_PLACE || m->strength < 0 ||
		    placeword(m->t0, L_PLACEIN) ||
		    (m->t0 > 0 && teq(m->t0 - 1, ",")))
			continue;
		foldtext(&kbuf, m->s, m->e);
		if ((e = nlook(kbuf.p, kbuf.len, 0)) != NULL &&
		    e->type == E_ORG && e->strength == 4)
			continue;
		for (k = 0; k < nteam; k++)
			if (team_v[k]->klen > kbuf.len && holds(team_v[k]->key,
			    team_v[k]->klen, kbuf.p, kbuf.len))
				break;
		if (k == nteam)
			continue;
		e = nlook(kbuf.p, kbuf.len, 1);
		e->type = E_ORG;
		e->strength = 4;
	}
}

/*
 * A hyphenated pair of known names (EU-Russia) gives two mentions; the
 * second may go on over the tokens after the first's (CNN-USA Today):
 * the pair is tokens [t, t1).
 */
static int
hyphen_pair(size_t t, size_t t1)
{
	const char *p = T + tv[t].s, *h;
	size_t	 n = tv[t].e - tv[t].s;
	int	 a, b;

	if (!(tv[t].f & TF_HYPH) || (h = memchr(p, '-', n)) == NULL ||
	    h == p || h == p + n - 1)
		return 0;
	if (lextype(tv[t].s, tv[t1 - 1].e, nwords(t, t1), 0) > 0)
		return 0;		/* Timor-Leste, Rhineland-Palatinate */
	a = lextype(tv[t].s, tv[t].s + (size_t)(h - p), 1, 1);
	b = lextype(tv[t].s + (size_t)(h - p) + 1, tv[t1 - 1].e,
	    nwords(t, t1), 1);
	if (a <= 0 || b <= 0)
		return 0;
	if (nmv + 2 > capmv) {
		capmv = capmv ? capmv * 2 : 256;
		mv = xreallocarray(mv, capmv, sizeof(*mv));
	}
	mv[nmv] = (struct ment){ .t0 = t, .t1 = t + 1, .s = tv[t].s,
	    .e = tv[t].s + (size_t)(h - p), .type = a, .strength = 3 };
	mv[nmv + 1] = (struct ment){ .t0 = t, .t1 = t1,
	    .s = tv[t].s + (size_t)(h - p) + 1, .e = tv[t1 - 1].e, .type = b,
	    .strength = 3 };
	nmv += 2;
	return 1;
}

/*
 * Could tokens [i, t1) be a person's name: two or three capitalised
 * words, none common or a head, unknown to the lexicons?
 */
static int
personlike(size_t i, size_t t1)
{
	size_t	 k;
	int	 n = nwords(i, t1);

	if (n < 2 || n > 3)
		return 0;
	for (k = i; k < t1; k++) {
		if (!(tv[k].f & TF_WORD))
			continue;
		if (!(tv[k].f & TF_CAP) || (tv[k].f & (TF_UPPER | TF_DIGIT)) ||
		    iscommon(k) || (twc(k) & (W_ORGHEAD | W_PLACEHEAD |
		    W_MISCHEAD | W_TITLE)) || lextok(k, 1) != E_NONE)
			return 0;
	}
	return 1;
}

/*
 * Is token i a common noun the word list lacks, made of common words:
 * Carmaker, Chipmakers, Left-hander, Unseeded; and before a name of two
 * words, Frontwoman, Scrum-half?
 */
static int
rolelike(size_t i)
{
	static const char *const sfx[] = { "woman", "women", "man", "men",
	    "person", "people" };
	char	 b[40];
	size_t	 n, k, a;
	int	 given;

	if (!(tv[i].f & TF_CAP) || (tv[i].f & (TF_UPPER | TF_DIGIT)) ||
	    tv[i].e - tv[i].s < 6 || (n = tlower(i, b, sizeof(b))) == 0 ||
	    isgiven(i) || lextok(i, 1) != E_NONE)
		return 0;
	if (b[n - 1] == 's')
		n--;
	if (n > 5 && memcmp(b + n - 5, "maker", 5) == 0)
		return 1;			/* Carmaker */
	if ((memcmp(b, "un", 2) == 0 && lex_get(lcommon, b + 2, n - 2) !=
	    NULL) || (memcmp(b, "non", 3) == 0 && lex_get(lcommon, b + 3,
	    n - 3) != NULL))
		return 1;			/* Unseeded */
	/*
	 * Before a name of two words, a role may be a word the list lacks:
	 * Frontwoman (a common word and -man, -woman, -person) and
	 * Scrum-half (a compound whose last word is common)
	 */
	given = i + 2 < ntv && tv[i + 2].sent == tv[i].sent &&
	    (tv[i + 1].f & TF_CAP) && (tv[i + 2].f & TF_CAP) &&
	    !(tv[i + 1].f & (TF_UPPER | TF_NL | TF_DIGIT)) &&
	    (isgiven(i + 1) || !iscommon(i + 1));
	if (given)
		for (k = 0; k < sizeof(sfx) / sizeof(sfx[0]); k++) {
			a = strlen(sfx[k]);
			if (n >= a + 4 && memcmp(b + n - a, sfx[k], a) == 0 &&
			    lex_get(lcommon, b, n - a) != NULL)
				return 1;
		}
	for (a = 0, k = 0; k <= n; k++) {	/* Left-hander */
		if (k < n && b[k] != '-')
			continue;
		if (k == a || (lex_get(lcommon, b + a, k - a) == NULL &&
		    !(k - a > 4 && b[k - 1] == 'r' && b[k - 2] == 'e' &&
		    lex_get(lcommon, b + a, k - a - 2) != NULL) &&
		    !(given && a == 0 && memchr(b, '-', n) == b + k)))
			return 0;
		if (k == n)
			return a > 0;
		a = k + 1;
	}
	return 0;
}

/* Does token i head or open a body, a place or an event, or is it a title? */
static int
headword(size_t i)
{
	return (twc(i) & (W_ORGHEAD | W_PLACEHEAD | W_MISCHEAD | W_ORGPRE |
	    W_PLACEPRE | W_TITLE)) != 0;
}

/*
 * Are tokens [i, t1) two or three capitalised words with no head, title
 * or capitals among them, the last one neither common nor listed
 * (Blessing Adekunle, Wilson Kiprono; not Red Cross)?
 */
static int
surnamed(size_t i, size_t t1)
{
	size_t	 k;
	int	 n = nwords(i, t1);

	if (n < 2 || n > 3 || iscommon(t1 - 1) || lextok(t1 - 1, 0) > 0 ||
	    isgiven(t1 - 1))
		return 0;
	for (k = i; k < t1; k++)
		if (!(tv[k].f & TF_WORD) || !(tv[k].f & TF_CAP) ||
		    (tv[k].f & (TF_UPPER | TF_DIGIT)) || headword(k) ||
		    (twc(k) & W_COFORM) || tokin(lsuffixes, k))
			return 0;
	return 1;
}

/*
 * Do the words [i, t1) end in a place the lists know, after a particle,
 * with no given name first: Conservatoire de Paris, Metro de Medellín,
 * Lomas de Santa Fe (not Juan de León)?
 */
static int
placetail(size_t i, size_t t1)
{
	size_t	 k;

	if (isgiven(i) || !(tv[t1 - 1].f & TF_CAP))
		return 0;
	if (lextok(t1 - 1, 0) == E_PLACE)
		return 1;
	for (k = t1 - 1; k > i + 1 && (tv[k - 1].f & TF_CAP); k--)
		continue;
	return k > i + 1 && k < t1 - 1 && (lwc(k - 1) & L_PARTICLE) &&
	    !(tv[k - 1].f & TF_CAP) && lextype(tv[k].s, tv[t1 - 1].e,
	    nwords(k, t1), 0) == E_PLACE;
}

/*
 * Are tokens [i, t1) a name with particles between its capitalised
 * words, and no head: Jeroen van der Laan, Ramon de los Santos?
 */
static int
particlename(size_t i, size_t t1)
{
	size_t	 k;
	int	 part = 0;

	if (!(tv[i].f & TF_CAP) || !(tv[t1 - 1].f & TF_CAP) ||
	    placetail(i, t1))
		return 0;		/* not Conservatoire de Paris */
	for (k = i; k < t1; k++) {
		if (!(tv[k].f & TF_WORD))
			return 0;
		if (!(tv[k].f & TF_CAP) && (lwc(k) & L_PARTICLE))
			part = 1;
		else if (!(tv[k].f & TF_CAP) || (tv[k].f & TF_UPPER) ||
		    headword(k))
			return 0;
	}
	return part;
}

/*
 * A role word inside the name of a body: "Muslim Student Association",
 * "Teachers Union" (the chain [.., t1) ends in a head after it).
 */
static int	initials(const char *, size_t, const char *, size_t);

static int
orgtitle(size_t i, size_t t1)
{
	size_t	 k = t1 - 1;

	/*
	 * Central Bank of Egypt (CBE): a body's initials, though a title's,
	 * there and in the rest of the document
	 */
	if (i + 1 == t1 && (tv[i].f & TF_UPPER)) {
		if (tokin(ldefacr, i))
			return 1;
		if (i >= 2 && teq(i - 1, "(") && nmv > 0 &&
		    mv[nmv - 1].t1 == i - 1 && initials(T + mv[nmv - 1].s,
		    mv[nmv - 1].e - mv[nmv - 1].s, T + tv[i].s,
		    tv[i].e - tv[i].s)) {
			lex_add(ldefacr, T + tv[i].s, tv[i].e - tv[i].s, NULL);
			return 1;
		}
	}

	/*
	 * Office of the Electoral Commissioner: a role that ends a name
	 * after "of the" is the body's
	 */
	if (i + 1 == t1)
		for (k = i + 1; k-- > 2 && (namey(k) || k == i); )
			if (teq(k - 1, "the") && teq(k - 2, "of"))
				return 1;
	/*
	 * Fiscalía General de la República: a title after another
	 * language's first word of a body is the body's
	 */
	if (i > 0 && (twc(i - 1) & W_ORGPRE) && (tv[i - 1].f & TF_CAP) &&
	    !iscommon(i - 1))
		return 1;
	k = t1 - 1;
	if (k <= i || !(tv[k].f & TF_WORD))
		return 0;
	if ((twc(k) & W_ORGHEAD) || tokin(lsuffixes, k))
		return 1;
	/*
	 * on King Street, on King Street West, at the Justice Center: no
	 * President Park
	 */
	if (k == i + 2 && (lwc(k) & L_COMPASS))
		k--;
	if (k == i + 1 && (twc(k) & W_PLACEHEAD) && i > 0 &&
	    (teq(i - 1, "the") || teq(i - 1, "on") ||
	    (lwc(i - 1) & (L_PLACEIN | L_PLACEAT))))
		return 1;
	/* General Authority for Statistics: a head before "for" */
	for (k = i + 1; k < t1 && namey(k); k++)
		if (twc(k) & W_ORGHEAD)
			return teq(k + 1, "of") || teq(k + 1, "for");
	return 0;
}

/*
 * Is [i, j) headed: a body's head word anywhere in it (or a company's
 * legal suffix, with sfx), or a word of the classes last at its end?
 * The Bank of England after a role, not Justice, nor State for Sport.
 */
static int
headin(size_t i, size_t j, unsigned last, int sfx)
{
	if (j > i && (twc(j - 1) & last))
		return 1;
	for (; i < j; i++)
		if ((twc(i) & W_ORGHEAD) || (sfx && tokin(lsuffixes, i)))
			return 1;
	return 0;
}

/* Do the lists hold the name [t0, t1) with "The" before it as a body? */
static int
thebody(size_t t0, size_t t1)
{
	char	 b[64];
	size_t	 n = tv[t1 - 1].e - tv[t0].s;

	if (n + 4 > sizeof(b))
		return 0;
	memcpy(b, "The ", 4);
	memcpy(b + 4, T + tv[t0].s, n);
	return lexbytes(b, n + 4, nwords(t0, t1) + 1, 0) == E_ORG;
}

/*
 * Does the document name token t's word alone as a place elsewhere, after
 * a place preposition or a compass word (in Tokyo, south Kolkata)?  Then
 * a company named after it (Tokyo Electric Power Co) does not own it.
 */
static int
placeuse(size_t t)
{
	size_t	 i, n = tv[t].e - tv[t].s;

	if (lextok(t, 0) != E_PLACE)
		return 0;
	for (i = 1; i < ntv; i++)
		if (i != t && tv[i].e - tv[i].s == n &&
		    eqmem(T + tv[i].s, T + tv[t].s, n) &&
		    tv[i - 1].sent == tv[i].sent &&
		    (lwc(i - 1) & (L_PLACEIN | L_PLACEAT | L_COMPASS)) &&
		    !(tv[i - 1].f & TF_CAP) && !(i + 1 < ntv &&
		    tv[i + 1].sent == tv[i].sent && namey(i + 1) &&
		    !(tv[i + 1].f & TF_NL)))
			return 1;
	return 0;
}

/* The end of the run of name words from k. */
static size_t
runend(size_t k)
{
	size_t	 j;

	for (j = k; j < ntv && namey(j); j++)
		continue;
	return j;
}

/*
 * Does a sport open the line at token i, in capitals before a dash
 * (ICE HOCKEY - OILERS DOWN PANTHERS)?  The dash's token, or 0.
 */
static size_t
sportline(size_t i)
{
	size_t	 k;

	if (i >= ntv || !(twc(i) & W_SPORT) || (i > 0 &&
	    tv[i - 1].sent == tv[i].sent && !(tv[i].f & TF_NL)))
		return 0;
	for (k = i + 1; k < ntv && k < i + 5 && tv[k].sent == tv[i].sent; k++)
		if (teq(k, "-") || teq(k, "\xE2\x80\x93"))
			return k;
	return 0;
}

/* Is the word k the last word of a person's name of two or more words? */
static int
surnameof(size_t k)
{
	const struct ment *m;
	size_t	 i, n = tv[k].e - tv[k].s;

	for (i = 0; i < nmv; i++) {
		m = &mv[i];
		if (m->type == E_PERSON && m->t1 > m->t0 + 1 &&
		    m->t1 - 1 != k && tv[m->t1 - 1].e - tv[m->t1 - 1].s == n &&
		    memcmp(T + tv[m->t1 - 1].s, T + tv[k].s, n) == 0)
			return 1;
	}
	return 0;
}

/* Cut a chain [t0, t1) into mentions. */
static void
chain(size_t t0, size_t t1)
{
	size_t	 i, i2, j, k, lasttitle;
	int	 titled = 0, lt, cut, demo, headed;
	struct ment *m;

	/* Palais de (Justice cut off as a title): no name ends in a particle */
	while (t1 > t0 + 1 && (tv[t1 - 1].f & TF_WORD) &&
	    !(tv[t1 - 1].f & (TF_CAP | TF_UPPER | TF_DIGIT)) &&
	    (lwc(t1 - 1) & L_PARTICLE))
		t1--;
	while (t0 < t1) {
		if (!(tv[t0].f & TF_WORD)) {
			t0++;
			continue;
		}
		/* ICE HOCKEY - ...: the sport that opens a wire headline */
		if ((tv[t0].f & TF_UPPER) && (twc(t0) & W_SPORT) &&
		    sportline(t0) != 0) {
			t0++;
			continue;
		}
		/* sub-Saharan Africa: a lower-case prefix the lists know */
		if (t0 >= 2 && teq(t0 - 1, "-") && !(tv[t0 - 1].f & TF_SP) &&
		    !(tv[t0].f & TF_SP) && (tv[t0 - 2].f & TF_WORD) &&
		    !(tv[t0 - 2].f & (TF_CAP | TF_DIGIT)) &&
		    (lt = lextype(tv[t0 - 2].s, tv[t1 - 1].e,
		    nwords(t0 - 2, t1), 1)) > 0) {
			addment(t0 - 2, t1, lt, 3, 0);
			return;
		}
		/* A name the lexicons know whole. */
		lt = t1 == t0 + 1 ? lextok(t0, 1) :
		    lextype(tv[t0].s, tv[t1 - 1].e, nwords(t0, t1), 1);
		/*
		 * McDonald's, Sainsbury’s: a body the lists know with its 's
		 * keeps it, for it is no possessive
		 */
		if (lt <= 0 && (tv[t1 - 1].f & TF_POSS) && t1 + 1 < ntv &&
		    tv[t1].s == tv[t1 - 1].e && tv[t1 + 1].s == tv[t1].e &&
		    lextype(tv[t0].s, tv[t1 + 1].e, nwords(t0, t1), 0) ==
		    E_ORG) {
			addment(t0, t1 + 2, E_ORG, 3, 0);
			return;
		}
		/* the Guardian: a body the lists hold with its "The" */
		if (lt <= 0 && t0 > 0 && teq(t0 - 1, "the") &&
		    tv[t0 - 1].sent == tv[t0].sent && thebody(t0, t1) &&
		    !(t1 == t0 + 1 && lextok(t0, 0) > 0)) {	/* the Sun */
			addment(t0, t1, E_ORG, 3, 0);
			return;
		}
		if (lt > 0 && nwords(t0, t1) > 1) {
			/* The Guardian: a body's leading "the" stays out */
			if (lt == E_ORG && teq(t0, "The") && t1 > t0 + 1)
				t0++;
			if ((m = addment(t0, t1, lt, 3, 0)) != NULL &&
			    (tv[t0].f & TF_HEAD))
				m->strength = 3;
			return;
		}
		if (teq(t0, "The")) {
			t0++;
			continue;
		}
		/*
		 * Estonian Foreign Ministry, Thai Ministry of Commerce, the
		 * Colombian Senate: a nationality stays outside the name of
		 * a state's body
		 */
		for (i = t0 + 1; i < t1 && !(twc(i) & W_STATE); i++)
			continue;
		if (i < t1 && !(tv[t0].f & TF_UPPER) &&
		    tokin(ldemonyms, t0)) {
			for (i = t0 + 1; i < t1 && !(twc(i) & W_STATE) &&
			    (tv[i].f & TF_WORD) && iscommon(i) &&
			    lextok(i, 0) <= 0; i++)
				continue;
			/* not the Hungarian Parliament Building */
			if (i < t1 && (twc(i) & W_STATE) && (i + 1 == t1 ||
			    teq(i + 1, "of"))) {
				addment(t0, t0 + 1, E_MISC, 3, 0);
				t0++;
				continue;
			}
		}
		/*
		 * Kenyan Wilson Kiprono, Dutchman Jeroen van der Laan: a
		 * nationality before a person's given name stays outside
		 */
		if (t1 > t0 + 2 && !(tv[t0].f & TF_UPPER) && !isgiven(t0) &&
		    (tv[t0 + 1].f & TF_WORD) && tokin(ldemonyms, t0) &&
		    (isgiven(t0 + 1) || personlike(t0 + 1, t1) ||
		    particlename(t0 + 1, t1) || surnamed(t0 + 1, t1)) &&
		    lextype(tv[t0].s,
		    tv[t1 - 1].e, nwords(t0, t1), 0) <= 0) {
			addment(t0, t0 + 1, E_MISC, 3, 0);
			t0++;
			continue;
		}
		/* AP Photo/Lucien Ferrand: the agency without the word */
		if (t1 - 1 > t0 && t1 < ntv && teq(t1, "/") &&
		    (lwc(t1 - 1) & L_CREDIT)) {
			t1--;
			continue;
		}
		/*
		 * Titles and roles; not the title a place or a body is
		 * named after (King Baudouin Stadium, Queen Mary Hospital).
		 */
		lasttitle = (size_t)-1;
		headed = nwords(t0, t1) >= 3 &&
		    (twc(t1 - 1) & (W_PLACEHEAD | W_ORGHEAD | W_MISCHEAD));
		/* nor a title's 's: the Prime Minister's Literary Awards */
		for (i = t0 + 1; headed && istitle(t0 + 1) && i < t1; i++)
			if (tv[i].f & TF_POSS)
				break;
		if (i >= t1)
			headed = 0;
		for (i = t0; i < t1 && !headed; i++) {
			if (istitle(i) && !orgtitle(i, t1))
				lasttitle = i;
			else if (ismod(i) || teq(i, ".") ||
			    (teq(i, "-") && lasttitle != (size_t)-1) ||
			    modand(i, t0, t1) || rolemid(i, t1))
				continue;
			else
				break;
		}
		if (lasttitle != (size_t)-1) {
			i = lasttitle + 1;
			while (i < t1 && teq(i, "."))
				i++;
			if (i < t1 && (teq(i, "of") || teq(i, "for"))) {
				/* Minister of Justice Ferdinand Grapperhaus */
				k = i + 1;
				if (teq(k, "the"))
					k++;
				for (j = k; j < t1; j++)
					if (isgiven(j) && j + 1 < t1)
						break;
				if (j == t1) {
					j = t1 - k >= 3 ? t1 - 2 : t1;
					/* "of the National Iodine Nutrition
					 * study": common words are no one;
					 * "of the Bank of England": nor is
					 * "of England" */
					if (j < t1 && ((iscommon(j) &&
					    iscommon(j + 1)) ||
					    !(tv[j].f & TF_CAP) ||
					    teq(j - 1, "of") || teq(j - 1, "and")))
						j = t1;
				}
				if (j > k) {
					lt = lextype(tv[k].s, tv[j - 1].e,
					    nwords(k, j), 1);
					if (lt > 0)
						addment(k, j, lt, 3, 0);
					else if (nwords(k, j) > 1 &&
					    headin(k, j, W_PLACEHEAD, 0))
						chain(k, j);
				}
				i = j;
			}
			if (i >= t1)
				return;
			titled = 1;
			t0 = i;
			continue;
		}
		/* A name before a title: Kaspersky Lab CEO Eugene Kaspersky */
		cut = 0;
		for (i = t0 + 1; i < t1 && !cut; i++) {
			if (!istitle(i) || orgtitle(i, t1))
				continue;
			/* Stephanie Pope, Carole King: a surname */
			if (i + 1 == t1 && isgiven(i - 1) &&
			    !(tv[i].f & TF_UPPER))
				continue;
			for (j = i; j > t0 && (ismod(j - 1) ||
			    modand(j - 1, t0, t1)); j--)
				continue;
			/*
			 * EU Farm Commissioner: a common word that heads
			 * nothing, between a name and a role, is the role's;
			 * not United Kingdom Home Secretary, a listed name;
			 * nor Sarah Bell MP, letters after a given name and a
			 * surname
			 */
			for (k = j; k > t0 + 1 && !(j + 1 == t1 && j == i &&
			    (tv[i].f & TF_UPPER) && isgiven(k - 2)) &&
			    (tv[k - 1].f & TF_CAP) &&
			    !(tv[k - 1].f & TF_UPPER) && iscommon(k - 1) &&
			    !(twc(k - 1) & (W_ORGHEAD | W_PLACEHEAD |
			    W_MISCHEAD | W_TITLE)) && lextok(k - 1, 0) <= 0 &&
			    lextype(tv[t0].s, tv[k - 1].e, nwords(t0, k),
			    0) <= 0; k--)
				continue;
			/* not Award for Best Actress */
			for (i2 = t0; k < j && i2 < k; i2++)
				if ((tv[i2].f & TF_WORD) &&
				    !(tv[i2].f & TF_NAMEY))
					k = j;
			j = k;
			if (j == t0)
				continue;
			/* US President: the name ends before the role. */
			k = j;
			while (k > t0 && !(tv[k - 1].f & TF_WORD))
				k--;
			if (k > t0 && !teq(k - 1, "of") && !teq(k - 1, "for") &&
			    !teq(k - 1, "and") && !teq(k - 1, "the")) {
				chain(t0, k);
				t0 = j;
				cut = 1;
			}
		}
		if (cut)
			continue;
		/*
		 * A known place or a body, then a person: "ambassador to the
		 * United States Hamdullah Mohib".
		 */
		for (i = t0 + 1; i + 1 < t1 && !cut; i++) {
			if (!(tv[i].f & TF_CAP) || !(tv[i + 1].f & TF_CAP) ||
			    !(tv[i - 1].f & TF_WORD) || (tv[i].f & TF_UPPER))
				continue;
			/*
			 * "Swede Maria Lindqvist", "American Todd Martin",
			 * "New Zealander Aldous Harding"
			 */
			demo = tokin(ldemonyms, i - 1) || (i >= t0 + 2 &&
			    (tv[i - 2].f & TF_WORD) && lex_get(ldemonyms,
			    T + tv[i - 2].s, tv[i - 1].e - tv[i - 2].s) !=
			    NULL);
			if (!(isgiven(i) && (demo || !iscommon(i + 1))) &&
			    !((nwords(t0, i) > 1 || demo ||
			    tokin(lcountries, t0)) &&
			    personlike(i, t1)))
				continue;
			if (demo || (lt = lextype(tv[t0].s, tv[i - 1].e,
			    nwords(t0, i), 1)) == E_PLACE || lt == E_ORG ||
			    (i - t0 > 1 && ((twc(i - 1) & W_ORGHEAD) ||
			    tokin(lsuffixes, i - 1)))) {
				chain(t0, i);
				t0 = i;
				cut = 1;
			}
		}
		if (cut)
			continue;
		/* A common word opens the sentence: Yesterday Microsoft */
		if ((tv[t0].f & TF_FIRST) && !(tv[t0].f & TF_HEAD) &&
		    t0 + 1 < t1 && (iscommon(t0) || rolelike(t0)) &&
		    !teq(t0 + 1, "of") && !teq(t0 + 1, "for") &&
		    !teq(t0 + 1, "on") && !teq(t0 + 1, "and") &&
		    !teq(t0 + 1, "&") && !isgiven(t0) &&
		    !(twc(t0) & (W_MISCPRE | W_TEAMPRE)) &&
		    !((twc(t0) & W_ORGPRE || (lwc(t0) & L_COMPASS)) &&
		    t1 == t0 + 2 && lextok(t0 + 1, 0) == E_PLACE) &&
		    /* Union Berlin, North Kazakhstan */
		    !(lwc(t0 + 1) & L_PARTICLE) &&	/* Van der Hoorn */
		    /* Justice Department: a head word needs the word before */
		    !(t1 == t0 + 2 && (twc(t0 + 1) & (W_ORGHEAD |
		    W_PLACEHEAD)) && !(twc(t0) & W_TIME) &&
		    !(lwc(t0) & L_HEADLOW) && T[tv[t0 + 1].e - 1] != 's') &&
		    /* Next plc: nor does a legal form in small letters */
		    (tv[t1 - 1].f & TF_NAMEY) &&
		    lextok(t0, 1) <= 0 && !opensname(t0, t1) &&
		    !(tv[t0].e - tv[t0].s == 1 && teq(t0 + 1, ".")) &&
		    /* Park Ji-won, Moon Jae-in: a surname, a given name */
		    !(t1 == t0 + 2 && tv[t0].e - tv[t0].s <= 5 &&
		    syllables(t0 + 1))) {
			addment(t0, t0 + 1, E_NONE, 0, 1);
			t0++;
			continue;
		}
		if (t1 - t0 <= 3 && hyphen_pair(t0, t1))
			return;
		/*
		 * US$ 20,000, (A$5 million), HK$5: a currency, for this
		 * mention only (a later "the US" is a place)
		 */
		if (t1 - t0 == 1 && ((tv[t0].f & TF_UPPER) ||
		    tv[t0].e - tv[t0].s == 1) && t1 < ntv &&
		    !(tv[t1].f & TF_SP) && currsign(t1)) {
			addment(t0, t1, E_NONE, 3, 0);
			return;
		}
		m = addment(t0, t1, E_NONE, 0, 0);
		if (m == NULL)
			return;
		/* (Baker, 2015): an author's name is no opening word */
		if ((tv[t0].f & TF_HEAD) || ((tv[t0].f & TF_FIRST) &&
		    m->t1 - m->t0 == 1 && !titled && !placesuffix(t1) &&
		    (iscommon(t0) || (twc(t0) & W_MOD)) &&
		    !(t0 > 0 && teq(t0 - 1, "(") && (citelist(m->t1) ||
		    shortform(m))))) {
			m->unrel = 1;
			return;
		}
		classify(m, titled);
		return;
	}
}

/*
 * Is mention m, after a bracket, one word in capitals that the bracket
 * closes right after another mention: "National Action Party (PAN)"?
 */
static int
shortform(const struct ment *m)
{
	return m > mv && (tv[m->t0].f & TF_UPPER) && m->t1 == m->t0 + 1 &&
	    m->t1 < ntv && teq(m->t1, ")") && m[-1].t1 + 1 == m->t0;
}

/*
 * Is token t a currency sign: $, the cent, pound, yen signs, or one of
 * Unicode's block of them (€, ₦, ₹, ₵)?
 */
static int
currsign(size_t t)
{
	uint32_t c;
	size_t	 k;

	c = cat((const unsigned char *)T, tv[t].s, tv[t].e, &k);
	return k == tv[t].e - tv[t].s && (c == '$' || (c >= 0xA2 &&
	    c <= 0xA5) || (c >= 0x20A0 && c <= 0x20CF));
}

/* Do the words from t0 (up to t1) begin with a name the lists hold? */
static int
opensname(size_t t0, size_t t1)
{
	size_t	 j;

	for (j = t0 + 2; j <= t1 && j <= t0 + 4; j++)
		if (lextype(tv[t0].s, tv[j - 1].e, nwords(t0, j), 0) > 0)
			return 1;
	return 0;
}

/*
 * Is the capitalised word i a number's unit (300 MW) or a clock time's
 * zone (10.15 BST, 2 p.m. ET): a unit of units.txt right after a
 * number, a "follow" word of time-words-en.txt after a number or a.m.
 */
/* Is token k a piece of a.m. or PM: up to three of a, p, m and dots? */
static int
clockmark(size_t k)
{
	size_t	 j;

	if (tv[k].e - tv[k].s > 3)
		return 0;
	for (j = tv[k].s; j < tv[k].e; j++)
		if (T[j] == '\0' || strchr("apmAPM.", T[j]) == NULL)
			return 0;
	return 1;
}

static int
unitafter(size_t i)
{
	const char *v;
	size_t	 k;

	if (i == 0 || tv[i - 1].sent != tv[i].sent || !(tv[i].f & TF_SP))
		return 0;
	if ((tv[i - 1].f & TF_DIGIT) && lex_get(lunits, T + tv[i].s,
	    tv[i].e - tv[i].s) != NULL)
		return 1;
	/* back over "p.m." or "PM" to the number */
	for (k = i; k > 0 && i - k < 5 && tv[k - 1].sent == tv[i].sent &&
	    !(tv[k - 1].f & TF_DIGIT); k--)
		if (!clockmark(k - 1))
			return 0;
	if (k == 0 || !(tv[k - 1].f & TF_DIGIT) ||
	    tv[k - 1].sent != tv[i].sent)
		return 0;
	v = lex_get(ltimes, T + tv[i].s, tv[i].e - tv[i].s);
	return v != NULL && strcmp(v, "follow") == 0;
}

/* Is time word i the last of a holiday the lists hold: Good Friday? */
static int
holiday(size_t i)
{
	return i > 0 && (tv[i - 1].f & TF_CAP) && (tv[i - 1].f & TF_WORD) &&
	    tv[i - 1].sent == tv[i].sent && tv[i - 1].e + 1 == tv[i].s &&
	    (wclass(T + tv[i - 1].s, tv[i].e - tv[i - 1].s) & W_MISC);
}

static int
namey_(size_t i)
{
	unsigned w;

	if (tv[i].f & TF_DIGIT)		/* but G20, 3M, COP28 */
		return (tv[i].f & TF_CAP) && (lextok(i, 0) > 0 ||
		    eventcode(i));
	w = twc(i);
	if (w & W_NOT)
		return 0;
	if ((tv[i].f & TF_UPPER) && unitafter(i))
		return 0;
	if ((w & W_TIME) && holiday(i))
		return 1;
	/* Jan Berg, June Carter: a month that is a given name */
	if ((w & W_TIME) && !(isgiven(i) && i + 1 < ntv &&
	    (tv[i + 1].f & TF_WORD) && (tv[i + 1].f & TF_CAP) &&
	    !(tv[i + 1].wc & W_TIME)))
		return 0;
	return 1;
}


static int
ofhead(size_t i)
{
	return (twc(i) & (W_ORGPRE | W_PLACEPRE | W_MISCPRE)) || istitle(i);
}

/*
 * Is "of" at token j between two capitalised common words, the one
 * after it no name of the lists: the Marion Chamber of Commerce is a
 * body though Marion is a given name; not Mariana Camara of Lisbon.
 */
static int
commonof(size_t j)
{
	return j + 1 < ntv && tv[j + 1].sent == tv[j].sent &&
	    (tv[j + 1].f & TF_CAP) && !(tv[j + 1].f & TF_UPPER) &&
	    iscommon(j - 1) && iscommon(j + 1) && lextok(j + 1, 0) <= 0;
}

/*
 * Does a given name, with initials or none after it, come right before
 * token k: Mariana D. before Câmara, a surname then and no body's head.
 */
static int
aftergiven(size_t k)
{
	size_t	 i = k, n;

	while (i > 0 && tv[i - 1].sent == tv[k].sent) {
		i--;
		n = tv[i].e - tv[i].s;
		if (isgiven(i))	/* not "Cleveland Museum of Art" */
			return lextok(i, 0) != E_PLACE && !iscommon(i);
		if (!teq(i, ".") && !(c_isupper(T[tv[i].s]) && (n == 1 ||
		    (n == 2 && T[tv[i].s + 1] == '.'))))
			return 0;
	}
	return 0;
}

/*
 * Does token k end a person's name of two words or more that a given
 * name opens, in k's sentence?
 */
static int
ofperson(size_t k)
{
	size_t	 a = k;

	if (!namey(k) || istitle(k))
		return 0;
	while (a > 0 && tv[a - 1].sent == tv[k].sent && namey(a - 1) &&
	    !istitle(a - 1))
		a--;
	return a < k && isgiven(a) && !(tv[a].f & TF_UPPER);
}

/* Find the chains of capitalised tokens. */
/*
 * Does the run of name words from k hold a head of its own ("... of
 * Technology and Colorado State University"): then "and" joins two names,
 * not the parts of one.
 */
static int
ownhead(size_t k)
{
	return headin(k, runend(k), 0, 1);
}

/*
 * University of Gothenburg (in Sweden): does the name from token i to j
 * end in "of" or "for" and a place the lists know?  Then "in" and a
 * country after it say where that place is.
 */
static int
ofplace(size_t i, size_t j)
{
	size_t	 o;

	for (o = j; o > i + 1 && !teq(o - 1, "of") && !teq(o - 1, "for");
	    o--)
		continue;
	if (o <= i + 1)
		return 0;
	if (teq(o, "the"))
		o++;
	return o < j && lextype(tv[o].s, tv[j - 1].e, nwords(o, j), 0) ==
	    E_PLACE;
}

/*
 * Paris-based, Paris-born, Phoenix-area, Paris-bound: does a hyphen and
 * a word that makes a place of the name before it open at token j?
 */
static int
placesuffix(size_t j)
{
	return j + 1 < ntv && teq(j, "-") && !(tv[j].f & TF_SP) &&
	    (teq(j + 1, "based") || teq(j + 1, "born") ||
	    teq(j + 1, "area") || teq(j + 1, "bound"));
}

/*
 * The end of the run of name words from token k when the lists know
 * the run as a place, else 0.
 */
static size_t
runplace(size_t k)
{
	size_t	 e = runend(k);

	return e > k && lextype(tv[k].s, tv[e - 1].e, nwords(k, e), 0) ==
	    E_PLACE ? e : 0;
}

/*
 * Is mention m in brackets right after a typed mention of some weight
 * (Kenya Medical Research Institute (KEMRI)), m[-1]?
 */
static int
bracketafter(const struct ment *m)
{
	return m->t0 >= 2 && teq(m->t0 - 1, "(") && teq(m->t1, ")") &&
	    m > mv && m[-1].t1 == m->t0 - 1 && m[-1].type > E_NONE &&
	    m[-1].strength >= 2;
}

/*
 * Does a comma at token j open ", south of Durban", a compass word in
 * small letters, "of" and a place the lists know?
 */
static int
compassof(size_t j)
{
	if (j + 3 >= ntv || !teq(j, ",") || !teq(j + 2, "of") ||
	    (tv[j + 1].f & TF_CAP) || !(lwc(j + 1) & L_COMPASS) ||
	    tv[j + 3].sent != tv[j].sent)
		return 0;
	return runplace(j + 3) != 0;
}

/*
 * Aldar Properties of Abu Dhabi, Skyroot Aerospace of Hyderabad: is "of"
 * at token j after a company's name, a word that is no common word and
 * a head that takes no "of" (not the Bank of, the University of), and
 * before a place the lists know?  Then the two are a body and its town.
 */
static int
coofplace(size_t i, size_t j)
{
	size_t	 a = i + teq(i, "The"), e;

	if (j < a + 2 || !(twc(j - 1) & W_ORGHEAD) || (twc(j - 1) &
	    (W_ORGPRE | W_PLACEHEAD | W_COFORM)) || iscommon(a) ||
	    (twc(a) & (W_ORGPRE | W_PLACEPRE | W_MISCPRE | W_MOD)) ||
	    istitle(a) || j + 1 >= ntv || tv[j + 1].sent != tv[j].sent)
		return 0;
	e = runplace(j + 1);
	return e != 0 && e <= j + 4 && (e >= ntv ||
	    tv[e].sent != tv[j].sent || !teq(e, "of"));
}

/*
 * Freedom of Information Act, Proceeds of Crime Act: is "of" at token j
 * between a capitalised common word that heads nothing, not the first of
 * its sentence (Fans of Star Wars) nor of a headline nor a surname
 * after a given name (Nathaniel Brooks of the Exoneration Project), and
 * a run of name words, after "the" too, that an event's or a law's head
 * ends?
 */
static int
lawof(size_t j)
{
	size_t	 k = j + 1, e;

	if (j < 1 || !(tv[j - 1].f & TF_CAP) ||
	    (tv[j - 1].f & (TF_UPPER | TF_FIRST | TF_HEAD)) ||
	    !iscommon(j - 1) || aftergiven(j - 1) ||
	    (twc(j - 1) & (W_ORGHEAD | W_PLACEHEAD |
	    W_MISCHEAD | W_ORGPRE | W_PLACEPRE)))
		return 0;
	if (teq(k, "the"))
		k++;
	e = runend(k);
	return e > k && tv[e - 1].sent == tv[j].sent &&
	    (twc(e - 1) & W_MISCHEAD) && !(twc(e - 1) & W_ORGHEAD);
}

/*
 * Does the run of name words from k end in a body's head, with no such
 * head before it nor a known place or body first (District Labour
 * Council; not Delta Air Lines, Bradford City Council)?
 */
static int
andbody(size_t k)
{
	size_t	 e = runend(k), i;

	if (e < k + 2 || !(twc(e - 1) & W_ORGHEAD) || lextok(k, 0) == E_PLACE ||
	    lextok(k, 0) == E_ORG)
		return 0;	/* not Leeds and Bradford City Council */
	for (i = k; i + 1 < e; i++)
		if (!(tv[i].f & TF_WORD) || (twc(i) & W_ORGHEAD))
			return 0;
	return 1;
}

/*
 * Does the run of name words from k hold a body's head, or end in a
 * place's or an event's or a law's (Exhibition Centre, Data Act)?
 */
static int
anyhead(size_t k)
{
	return headin(k, runend(k), W_PLACEHEAD | W_MISCHEAD, 1);
}

/*
 * People's Liberation Army, Women's World Cup: a common word with a
 * possessive inside a name that a head word ends.  Token p is the word;
 * the name goes on at p + 3, after the ' and the s.
 */
static int
possname(size_t p)
{
	const char *w;
	size_t	 k, n, q;
	int	 saint, plural;

	if (!(tv[p].f & TF_POSS) || p + 2 >= ntv ||
	    tv[p + 1].s != tv[p].e)
		return 0;
	/* the first word after it: Commissioner's Office, Workers' Party */
	q = tv[p + 2].s == tv[p + 1].e ? p + 3 : p + 2;
	/* Clare's Law, Ryan's Rule, Moore's Law: a law named for someone */
	if (q == p + 3 && q < ntv && tv[q].sent == tv[p].sent &&
	    (teq(q, "Law") || teq(q, "Rule")) && (tv[p].f & TF_CAP) &&
	    !(tv[p].f & TF_UPPER) && !(q + 1 < ntv && namey(q + 1) &&
	    tv[q + 1].sent == tv[p].sent))
		return 3;
	/*
	 * St Mary's Hospital: the saint's name is no common word (nor is
	 * a body's, below)
	 */
	saint = p > 0 && ((lwc(p - 1) & L_SAINT) || ((teq(p - 1, ".") &&
	    p > 1 && teq(p - 2, "St"))));
	/* a plural of people: not "Trump's Republican Party" */
	w = T + tv[p].s;
	n = tv[p].e - tv[p].s;
	plural = n > 3 && (w[n - 1] == 's' || memcmp(w + n - 3, "men", 3) ==
	    0 || memcmp(w + n - 3, "ren", 3) == 0 || teq(p, "People"));
	/*
	 * or a common word and a head right after it, a body's own name:
	 * Information Commissioner's Office, King's Fund
	 */
	if (!plural && q < ntv && (twc(q) & (W_ORGHEAD | W_MISCHEAD |
	    W_PLACEHEAD)) && (tv[q].f & TF_CAP))
		plural = 1;
	/* a title's prize: the Governor General's Literary Award */
	for (k = q; !plural && istitle(p) && k < q + 4 && k < ntv &&
	    tv[k].sent == tv[p].sent && namey(k); k++)
		if (twc(k) & W_MISCHEAD)
			plural = 1;
	/* and a body the lists know with its 's: Moody's Investors Service */
	if (!saint && q == p + 3)
		saint = lextype(tv[p].s, tv[p + 2].e, 1, 0) == E_ORG;
	/* or whole, with words after its 's: Lloyd's List */
	for (k = q; q == p + 3 && k < ntv && k < q + 3 &&
	    tv[k].sent == tv[p].sent && namey(k); k++)
		if (lextype(tv[p].s, tv[k].e, nwords(p, k + 1), 0) > 0)
			return (int)(q - p);
	if (!(tv[p].f & TF_CAP) ||
	    (tv[p].f & TF_UPPER) || (!saint && (!iscommon(p) || !plural ||
	    lextok(p, 0) > 0 || isgiven(p))) ||
	    (twc(p) & (W_ORGHEAD | W_MISCHEAD | W_PLACEHEAD)) ||
	    q >= ntv || tv[q].sent != tv[p].sent || (tv[q].f & TF_NL))
		return 0;
	/*
	 * Not after a body's head and "of" or "for": the Department for
	 * Transport's Network North
	 */
	for (k = p; k > 0 && tv[k - 1].sent == tv[p].sent; k--)
		if (namey(k - 1)) {
			if ((twc(k - 1) & W_ORGHEAD) &&
			    (teq(k, "of") || teq(k, "for")))
				return 0;
		} else if (!teq(k - 1, "of") && !teq(k - 1, "for") &&
		    !teq(k - 1, "and"))
			break;
	for (k = q; k < ntv && tv[k].sent == tv[p].sent && namey(k); k++)
		if (twc(k) & (W_ORGHEAD | W_MISCHEAD | W_PLACEHEAD))
			return (int)(q - p);
	return 0;
}

/*
 * The digits of token j when it is a code after a space on its line:
 * letters and digits with one digit or more (and hyphens, when hyphen);
 * -1 otherwise.
 */
static int
codeshape(size_t j, int hyphen)
{
	const char *p = T + tv[j].s;
	size_t	 n = tv[j].e - tv[j].s, k;
	int	 nd = 0;

	if (!(tv[j].f & TF_DIGIT) || !(tv[j].f & TF_SP) || (tv[j].f & TF_NL))
		return -1;
	for (k = 0; k < n; k++)
		if (c_isdigit((unsigned char)p[k]))
			nd++;
		else if (!c_isalpha((unsigned char)p[k]) &&
		    !(hyphen && p[k] == '-'))
			return -1;
	return nd;
}

/*
 * A model's number after its maker: a word of letters and digits with a
 * digit (A320, 747-400), or three or four digits; not the score of a
 * line of results (Arsenal 102 Chelsea 99).  After a product (version),
 * one or two digits too.
 */
static int
modelcode(size_t j, int version)
{
	const char *p = T + tv[j].s;
	size_t	 n = tv[j].e - tv[j].s;
	int	 nd, score;

	if (j >= ntv || n > 8 || (nd = codeshape(j, 1)) < 0)
		return 0;
	if (isscore(j, j + 1))
		return 0;	/* Real Madrid 78-71 */
	/* Olympic 1,500 metres: part of a larger number */
	if (j + 2 < ntv && !(tv[j + 1].f & TF_SP) && !(tv[j + 2].f & TF_SP) &&
	    (teq(j + 1, ",") || teq(j + 1, ".")) && (tv[j + 2].f & TF_DIGIT))
		return 0;
	/* "Apple 105 Samsung 99": a count beside another name's */
	score = j + 2 < ntv && tv[j + 2].sent == tv[j].sent &&
	    namey(j + 1) && goals(j + 2) >= 0;
	/* a product's version: iPhone 16, Windows 11; not a year */
	if (version && (size_t)nd == n && n <= 2 && !score &&
	    !(lwc(j + 1) & L_MULT))
		return 1;
	if ((size_t)nd == n && (n < 3 || (n == 4 && (p[0] == '1' ||
	    p[0] == '2')) || n > 4 || (lwc(j + 1) & L_MULT) || score))
		return 0;
	return 1;
}

/*
 * Is token t the first of a name that a credit line gives: "Reporting by",
 * "translated from the Polish by", "AP Photo/", "REUTERS/", "Photo:",
 * "(Antara/"?
 */
static int
credited(size_t t)
{
	size_t	 i;

	if (t < 2 || tv[t - 1].sent != tv[t].sent)
		return 0;
	/* Photo: Anna Smith */
	if (teq(t - 1, ":"))
		return (lwc(t - 2) & L_CREDIT) != 0;
	/* (Antara/Anna Smith), Photo: Antara/Anna Smith */
	if (teq(t - 1, "/"))
		return (lwc(t - 2) & L_CREDIT) || (tv[t - 2].f & TF_UPPER) ||
		    ((tv[t - 2].f & TF_CAP) && t >= 3 && (teq(t - 3, "(") ||
		    teq(t - 3, ":")));
	if (!teq(t - 1, "by"))
		return 0;
	for (i = t - 1; i-- > 0 && i + 6 > t && tv[i].sent == tv[t].sent &&
	    (tv[i].f & TF_WORD); )
		if (lwc(i) & L_CREDIT)
			return 1;
	return 0;
}

/*
 * Is token i in a stock code: <NESZ.S>, (HPHG.DE), <0016.HK>, or the
 * symbol after an exchange's name and a colon, (Nasdaq: DLMR)?
 */
static int
ticker(size_t i)
{
	size_t	 a, b;

	/* the code's tokens touch: find its brackets */
	for (a = i; a > 0 && !(tv[a].f & TF_SP) && i - a < 4 &&
	    !teq(a - 1, "<") && !teq(a - 1, "("); a--)
		continue;
	for (b = i + 1; b < ntv && !(tv[b].f & TF_SP) && b - i < 4 &&
	    !teq(b, ">") && !teq(b, ")"); b++)
		continue;
	if (a > 0 && b < ntv && ((teq(a - 1, "<") && teq(b, ">")) ||
	    (teq(a - 1, "(") && teq(b, ")") && b > a + 2 &&
	    teq(a + 1, "."))))
		return 1;
	/* (Nasdaq: DLMR), (NYSE: DE) */
	return i >= 3 && i + 1 < ntv && (tv[i].f & TF_UPPER) &&
	    teq(i - 1, ":") && teq(i + 1, ")") && namey(i - 2) &&
	    (teq(i - 3, "(") || (i >= 4 && teq(i - 4, "(") && namey(i - 3)));
}

/*
 * Is token j a model code of a capital, letters and digits (S25, A320,
 * G5), after a space and not a name's last letter and number alone?
 */
static int
mixedcode(size_t j)
{
	size_t	 n = tv[j].e - tv[j].s;
	int	 nd;

	return n >= 2 && n <= 6 && c_isupper((unsigned char)T[tv[j].s]) &&
	    (nd = codeshape(j, 0)) > 0 && (size_t)nd < n;
}

/*
 * The end of a name the lists know whole that goes on from token i over
 * the short word j and up to three words after it (Marks and Spencer,
 * Commonwealth of Independent States), or 0.
 */
static size_t
knownover(size_t i, size_t j)
{
	size_t	 k;

	for (k = j + 1; k < ntv && k < j + 4 && namey(k) &&
	    tv[k].sent == tv[i].sent && !(tv[k].f & TF_NL); k++)
		if (lextype(tv[i].s, tv[k].e, nwords(i, k + 1), 0) > 0)
			return k + 1;
	return 0;
}

/*
 * Is token i a country or a region of several (Europe, Middle East)?  The
 * Organisation for Security and Cooperation in Europe is named so; the
 * Centre for Energy Studies in London is in London.
 */
static int
wideplace(size_t i)
{
	const char *p = T + tv[i].s, *v;
	size_t	 n = tv[i].e - tv[i].s;

	return inlex(lcountries, p, n) ||
	    ((v = lex_get(lregions, p, n)) != NULL && strcmp(v, "--") == 0);
}

/*
 * The end of a list of common words in title case from the comma at
 * token j, ", A, B and C", that goes on the name from token i: a body's
 * name of "of" or "for" (Ministry of Trade, Industry and Energy) or one
 * its last word heads (Coffee, Sugar and Cocoa Exchange); else 0.
 */
static size_t
commalist(size_t i, size_t j)
{
	size_t	 k = j, n;
	int	 and = 0, of, headed;

	/* each a body of its own: Delta Air Lines and Southwest Airlines */
	headed = (twc(j - 1) & W_ORGHEAD) || lextok(j - 1, 0) > 0;
	while (k + 1 < ntv && tv[k + 1].sent == tv[i].sent && !and) {
		if (teq(k, "and"))
			and = 1;
		else if (!teq(k, ","))
			return 0;
		/* Sequoia Capital, Index Ventures and Insight Partners */
		if (k > j)
			headed |= (twc(k - 1) & W_ORGHEAD) != 0;
		k++;
		if (!namey(k) || !iscommon(k) || (tv[k].f & TF_UPPER) ||
		    lextok(k, 0) > 0)
			return 0;
		for (k++; k < ntv && tv[k].sent == tv[i].sent && namey(k) &&
		    iscommon(k) && !(tv[k].f & TF_UPPER); k++)
			continue;
		if (k >= ntv || tv[k].sent != tv[i].sent)
			break;
	}
	if (!and || (k < ntv && tv[k].sent == tv[i].sent && namey(k)))
		return 0;
	if (teq(i, "The"))
		i++;
	for (of = 0, n = i + 1; n < j && !of; n++)
		of = teq(n, "of") || teq(n, "for");
	if ((of && (twc(i) & (W_ORGHEAD | W_ORGPRE))) ||
	    ((twc(k - 1) & W_ORGHEAD) && !headed))
		return k;
	return 0;
}

/*
 * AI Act, AI Safety Institute: an acronym of a common noun opens a name
 * of capitalised words that a head of a work or an event ends, or a
 * body's head after two words (not "the IT Department").
 */
static int
acronymhead(size_t i)
{
	size_t	 k;

	if (i >= ntv || !(tv[i].f & TF_UPPER) || !(twc(i) & W_NOT) ||
	    istitle(i) || (tv[i].f & TF_HEAD))
		return 0;
	for (k = i + 1; k < ntv && tv[k].sent == tv[i].sent && namey(k) &&
	    !(tv[k].f & TF_UPPER); k++)
		if ((twc(k) & W_MISCHEAD) ||
		    ((twc(k) & W_ORGHEAD) && k > i + 1))
			return 1;
	return 0;
}

/* Is token j the closing mark of a double (dbl) or a single quotation? */
static int
closes(size_t j, int dbl)
{
	return dbl ? teq(j, "\"") || teq(j, "\xe2\x80\x9d") :
	    teq(j, "\xe2\x80\x99") || teq(j, "'");
}

/*
 * A work's title in quotation marks: her novel "The Salt Orchard", the
 * film 'A Grammar of Ice', "The Witcher 3: Wild Hunt".  Token i opens
 * the quotation; its words, up to the closing mark (or a comma or stop
 * just inside it), are all capitalised but for small words inside, and
 * there are one to seven of them; one alone must be no common word.
 * Returns the end of the title (exclusive), or 0.
 */
static size_t
worktitle(size_t i)
{
	size_t	 j, k, n = 0;
	int	 dbl, caps = 0;

	if (i + 2 >= ntv || (tv[i].f & TF_WORD))
		return 0;
	if (teq(i, "\"") || teq(i, "\xe2\x80\x9c"))
		dbl = 1;
	else if (teq(i, "\xe2\x80\x98") || (teq(i, "'") &&
	    (i == sfirst[tv[i].sent] || (tv[i].f & TF_SP))))
		dbl = 0;
	else
		return 0;
	if ((tv[i + 1].f & TF_SP) || !(tv[i + 1].f & (TF_CAP | TF_UPPER)))
		return 0;
	for (j = i + 1; j < ntv && tv[j].sent == tv[i].sent &&
	    !(tv[j].f & TF_NL); j++) {
		if (closes(j, dbl))
			break;
		if (!(tv[j].f & TF_WORD)) {
			/* a colon inside, a comma or stop at the end */
			if (teq(j, ":") && j > i + 1)
				continue;
			if ((teq(j, ",") || teq(j, ".")) && j + 1 < ntv &&
			    !(tv[j + 1].f & TF_SP) && closes(j + 1, dbl))
				continue;
			return 0;
		}
		if (++n > 7)
			return 0;
		if (tv[j].f & TF_UPPER)
			caps++;
		/* a small word of a headline or a name inside */
		if (!(tv[j].f & (TF_CAP | TF_UPPER | TF_DIGIT)) &&
		    !(lwc(j) & (L_HEADLOW | L_PARTICLE)))
			return 0;
	}
	if (j >= ntv || tv[j].sent != tv[i].sent || (tv[j].f & TF_NL) ||
	    (tv[j].f & TF_SP) || n == 0 || (caps == (int)n && n > 1))
		return 0;
	/* the closing mark ends a word: not "it's" */
	if (j + 1 < ntv && (tv[j + 1].f & TF_WORD) && !(tv[j + 1].f & TF_SP))
		return 0;
	for (k = j; k > i + 1 && !(tv[k - 1].f & TF_WORD); k--)
		continue;
	/* the last word is no small word */
	if (!(tv[k - 1].f & (TF_CAP | TF_UPPER | TF_DIGIT)))
		return 0;
	if (n == 1 && (iscommon(i + 1) || tv[i + 1].e - tv[i + 1].s < 3))
		return 0;
	return k;
}

/*
 * The end of a work's title that a capitalised "The" opens inside a
 * sentence, after a word in small letters or a comma ("won for The
 * Weight of Bread", "Treacy's The Salt Road"), or first in a sentence
 * when the document has had it so, or 0: capitalised words
 * up to seven, small words of a title between them, no head of a body
 * or a place, no title, given name, nationality or known name first, and
 * neither it nor its words after "The" a name the lists know (The Hague,
 * The Irish Times, The Rev Anne Lee, The Brooklyn Paper).
 */
static size_t
thetitle(size_t i)
{
	size_t	 j, k, e = 0, n = 0;
	int	 poss, mid;

	mid = i > 0 && tv[i - 1].sent == tv[i].sent &&
	    !(tv[i].f & (TF_FIRST | TF_HEAD | TF_NL)) &&
	    (((tv[i - 1].f & TF_WORD) &&
	    !(tv[i - 1].f & (TF_CAP | TF_UPPER | TF_DIGIT))) ||
	    teq(i - 1, ","));
	if (!mid && (tv[i].f & (TF_FIRST | TF_HEAD)) != TF_FIRST)
		return 0;
	/* after a person's 's a head is the title's: Lee's The Salt Road */
	poss = i >= 3 && teq(i - 1, "s") && (tv[i - 3].f & TF_POSS) &&
	    !(tv[i - 3].f & TF_UPPER);
	for (j = i + 1; j < ntv && tv[j].sent == tv[i].sent &&
	    !(tv[j].f & TF_NL); j++) {
		if ((tv[j].f & TF_WORD) && (tv[j].f & TF_CAP) &&
		    !(tv[j].f & (TF_UPPER | TF_DIGIT))) {
			for (k = tv[j].s + 1; k < tv[j].e &&
			    !c_isupper((unsigned char)T[k]); k++)
				continue;
			if (k < tv[j].e)
				return 0;	/* The MongolZ: a brand */
			if (++n > 7 || (!poss && ((twc(j) & (W_ORGHEAD |
			    W_PLACEHEAD | W_ORGPRE | W_PLACEPRE)) ||
			    tokin(lsuffixes, j))))
				return 0;
			/* the Ferryman's Daughter: the 's inside */
			if ((tv[j].f & TF_POSS) && j + 2 < ntv &&
			    tv[j + 1].s == tv[j].e &&
			    tv[j + 2].s == tv[j + 1].e && teq(j + 2, "s"))
				j += 2;
			e = j + 1;
			continue;
		}
		/* of, and: not "in March", "by Anna Lee", "of London" */
		if (e == j && (tv[j].f & TF_WORD) &&
		    !(tv[j].f & (TF_CAP | TF_UPPER | TF_DIGIT)) &&
		    (lwc(j) & L_TITLEIN) && j + 1 < ntv &&
		    (tv[j + 1].f & TF_CAP) && tv[j + 1].sent == tv[i].sent &&
		    !(twc(j + 1) & W_TIME) && !isgiven(j + 1) &&
		    lextok(j + 1, 0) <= 0)
			continue;
		break;
	}
	k = i + 1;
	if (n == 0 || istitle(k) || isgiven(k) || tokin(ldemonyms, k) ||
	    lextok(k, 0) > 0 ||
	    lextype(tv[i].s, tv[e - 1].e, nwords(i, e), 0) > 0 ||
	    lextype(tv[k].s, tv[e - 1].e, nwords(k, e), 0) > 0)
		return 0;
	if (mid)
		return e;
	/* first in its sentence: a title the document has had */
	for (j = 0; j < nmv; j++)
		if (mv[j].type == E_MISC && mv[j].t1 - mv[j].t0 == e - i &&
		    mv[j].e - mv[j].s == tv[e - 1].e - tv[i].s &&
		    memcmp(T + mv[j].s, T + tv[i].s, mv[j].e - mv[j].s) == 0)
			return e;
	return 0;
}

/*
 * The end of a firm named by its partners from token i: one capitalised
 * word each, apart by commas, the last after "&" ("Keefe, Bruyette &
 * Woods", "Morris, Nichols, Arsht & Tunnell"), none a title or a place
 * the lists know; or 0.
 */
static size_t
firmname(size_t i)
{
	size_t	 k, n, e;

	/* the shape first, by the tokens' flags alone */
	for (k = i, n = 0; k + 1 < ntv && n < 6; k += 2, n++) {
		if (tv[k].sent != tv[i].sent || !(tv[k].f & TF_CAP) ||
		    (tv[k].f & (TF_UPPER | TF_DIGIT | TF_POSS)))
			return 0;
		if (teq(k + 1, "&"))
			break;
		if (!teq(k + 1, ",") || tv[k + 1].sent != tv[i].sent)
			return 0;
	}
	e = k + 2;
	if (n == 0 || n == 6 || e >= ntv || tv[e].sent != tv[i].sent ||
	    !(tv[e].f & TF_CAP) || (tv[e].f & (TF_UPPER | TF_DIGIT)) ||
	    cites(e + 1))
		return 0;	/* not authors: Tarvenko, Quell & Amsbury, 2011 */
	for (k = i; k <= e; k += 2)
		if (istitle(k) || lextok(k, 0) == E_PLACE)
			return 0;
	return e + 1;
}

/*
 * Highway 403, State Route 20, Interstate 69: a road's word, after
 * "State" or "US" too, and its number make a place.  The end of the
 * name from token i, or 0.
 */
/* Is token k digits alone from its byte i on? */
static int
numeric(size_t k, size_t i)
{
	size_t	 j;

	for (j = tv[k].s + i; j < tv[k].e; j++)
		if (!c_isdigit((unsigned char)T[j]))
			return 0;
	return tv[k].e > tv[k].s + i;
}

/* Does a token follow token k with no space, a word or a hyphen? */
static int
glued(size_t k)
{
	return k + 1 < ntv && tv[k + 1].s == tv[k].e &&
	    ((tv[k + 1].f & TF_WORD) || teq(k + 1, "-") ||
	    teq(k + 1, "%"));
}

static size_t
roadname(size_t i)
{
	size_t	 k = i;

	/* I-35: an Interstate's letter glued to its number */
	if ((tv[k].f & TF_DIGIT) && tv[k].e - tv[k].s >= 3 &&
	    tv[k].e - tv[k].s <= 5 && T[tv[k].s] == 'I' &&
	    T[tv[k].s + 1] == '-' && numeric(k, 2) && !glued(k))
		return k + 1;
	/* U.S. 20: a number right after the country is its highway */
	if (T[tv[k].s] == 'U' && (teq(k, "U.S.") || teq(k, "US")) &&
	    k + 1 < ntv &&
	    (tv[k + 1].f & TF_SP) && goals(k + 1) >= 0 && !glued(k + 1) &&
	    tv[k + 1].sent == tv[k].sent &&
	    !(k + 2 < ntv && (lwc(k + 2) & L_MULT)))
		return k + 2;
	if (!(twc(k) & W_ROAD)) {
		if (k + 1 >= ntv || !(twc(k + 1) & W_ROAD) ||
		    tv[k + 1].sent != tv[i].sent || !(teq(k, "State") ||
		    teq(k, "US") || teq(k, "U.S.")))
			return 0;
		k++;
	}
	if (k + 1 >= ntv || !(tv[k].f & TF_CAP) || (tv[k].f & TF_UPPER) ||
	    tv[k + 1].sent != tv[i].sent ||
	    !(tv[k + 1].f & TF_DIGIT) || !(tv[k + 1].f & TF_SP) ||
	    !c_isdigit((unsigned char)T[tv[k + 1].s]) ||
	    tv[k + 1].e - tv[k + 1].s > 4)
		return 0;
	return k + 2;
}

/*
 * Harlan Wexford, R-Kan., (D-Morris): after a US party's letter and its
 * hyphen, after a name's comma or bracket, a state or a town is a
 * place, the letter left outside.  Adds the mention and gives the end
 * of the label from token i, or 0.
 */
static size_t
partylabel(size_t i)
{
	size_t	 k;

	if (i < 2 || i + 2 >= ntv || tv[i].e - tv[i].s != 1 ||
	    (T[tv[i].s] != 'D' && T[tv[i].s] != 'R' && T[tv[i].s] != 'I') ||
	    !(teq(i - 1, "(") || teq(i - 1, ",")) || !(tv[i - 2].f & TF_CAP) ||
	    !teq(i + 1, "-") || (tv[i + 1].f & TF_SP) ||
	    (tv[i + 2].f & TF_SP) || !namey(i + 2) ||
	    tv[i + 2].sent != tv[i].sent || tv[i + 2].e - tv[i + 2].s < 2)
		return 0;		/* not Dynamic Equivalence (D-E) */
	for (k = i + 3; k < ntv && tv[k].sent == tv[i].sent && namey(k) &&
	    (tv[k].f & TF_SP); k++)
		continue;
	if (k >= ntv || tv[k].sent != tv[i].sent || !(teq(k, ")") ||
	    teq(k, ",") || teq(k, ".")))
		return 0;
	addment(i + 2, k, E_PLACE, 3, 0);
	return k;
}

static void
chains(void)
{
	size_t	 i, j, k;
	int	 of, lt;

	for (i = 0; i < ntv; ) {
		if (!(tv[i].f & TF_WORD) && (k = worktitle(i)) != 0) {
			lt = lextype(tv[i + 1].s, tv[k - 1].e,
			    nwords(i + 1, k), 0);
			addment(i + 1, k, lt > 0 ? lt : E_MISC, 2, 0);
			i = k;
			continue;
		}
		/* OSLO, May 2 (Norska Wire) -: the agency */
		if (!(tv[i].f & TF_WORD) && T[tv[i].s] == '(' &&
		    (k = agency(i)) != 0) {
			addment(i + 1, k, E_ORG, 3, 0);
			i = k;
			continue;
		}
		if ((tv[i].f & TF_UPPER) == 0 && (tv[i].f & TF_CAP) &&
		    tv[i].e == tv[i].s + 1 && (k = partylabel(i)) != 0) {
			i = k;
			continue;
		}
		if ((tv[i].f & TF_CAP) && T[tv[i].s] == 'T' &&
		    teq(i, "The") && (k = thetitle(i)) != 0) {
			addment(i, k, E_MISC, 2, 0);
			i = k;
			continue;
		}
		if ((tv[i].f & TF_CAP) && (T[tv[i].s] == 'I' ||
		    T[tv[i].s] == 'U' || T[tv[i].s] == 'S' ||
		    (twc(i) & W_ROAD)) && (k = roadname(i)) != 0) {
			addment(i, k, E_PLACE, 3, 0);
			i = k;
			continue;
		}
		/* the V9 Pro, an X7 Ultra: a model's code and its edition */
		k = i + ((tv[i].f & TF_CAP) && teq(i, "The") && i + 1 < ntv &&
		    !(tv[i + 1].f & TF_NL));
		if ((tv[k].f & TF_DIGIT) && (tv[k].f & TF_WORD) &&
		    c_isupper((unsigned char)T[tv[k].s]) && !namey(k) &&
		    mixedcode(k) &&
		    k + 1 < ntv && tv[k + 1].sent == tv[k].sent &&
		    (tv[k + 1].f & TF_CAP) && !(tv[k + 1].f & TF_NL) &&
		    (lwc(k + 1) & L_MODELEND)) {
			for (j = k + 2; j < ntv && tv[j].sent == tv[k].sent &&
			    (tv[j].f & TF_CAP) && !(tv[j].f & TF_NL) &&
			    (lwc(j) & L_MODELEND); j++)
				continue;
			addment(k, j, E_MISC, 2, 0);
			i = j;
			continue;
		}
		if (!namey(i) && !((tv[i].f & TF_UPPER) && acronymhead(i))) {
			/* Varuni-3, ICESat-2: a mission's or a model's */
			if ((tv[i].f & (TF_HYPH | TF_DIGIT | TF_CAP)) ==
			    (TF_HYPH | TF_DIGIT | TF_CAP) && missioncode(i))
				addment(i, i + 1, E_MISC, 2, 0);

			i++;
			continue;
		}
		/* Keefe, Bruyette & Woods: a firm of partners' names */
		if (i + 1 < ntv && T[tv[i + 1].s] == ',' &&
		    (k = firmname(i)) != 0) {
			addment(i, k, E_ORG, 3, 0);
			i = k;
			continue;
		}
		/* "wrote on X": the service */
		if (tv[i].e == tv[i].s + 1 && T[tv[i].s] == 'X' && onx(i)) {
			addment(i, i + 1, E_MISC, 2, 0);
			i++;
			continue;
		}
		of = 0;
		for (j = i + 1; j < ntv; ) {
			if ((tv[j - 1].f & TF_POSS) && (k = (size_t)possname(j -
			    1)) > 0) {
				j += k;
				continue;
			}
			if (tv[j].sent != tv[i].sent || (tv[j].f & TF_NL) ||
			    (tv[j - 1].f & TF_POSS))
				break;
			/* Canal+, OPEC+: a plus that ends the name */
			if (T[tv[j].s] == '+' && plusend(j)) {
				j++;
				break;
			}
			/*
			 * Geoffrey "Geoff" Tilbury, Maria Cristina "Tin"
			 * Dela Cruz: a nickname
			 */
			if (j <= i + 2 && !(tv[j].f & TF_WORD) &&
			    (k = (size_t)nickname(j)) != 0) {
				j += k;
				continue;
			}
			if (tv[j].f & TF_WORD) {
				/* Boeing 737 MAX, Airbus A320: a model of a maker */
				k = i + (teq(i, "The") && j > i + 1);
				lt = (tv[j].f & TF_DIGIT) ? lextype(tv[k].s,
				    tv[j - 1].e, nwords(k, j), 0) : 0;
				/*
				 * Galaxy S25, Tensor G5: a model code of
				 * letters and digits after any name; not a
				 * score (Tottenham 1 Wimbledon 2)
				 */
				if ((((lt == E_ORG || lt == E_MISC) &&
				    modelcode(j, lt == E_MISC)) ||
				    (lt <= 0 && j <= k + 2 &&
				    tv[j].e - tv[j].s <= 2 &&
				    tv[j].s == tv[j - 1].e + 1 &&
				    coinedname(k, j) && modelcode(j, 1) &&
				    versionof(k, j)) ||
				    ((tv[j].f & TF_DIGIT) &&
				    prodname(k, j, lt)) ||
				    (tv[j].e - tv[j].s == 4 && lt != E_ORG &&
				    lt != E_PERSON && j <= k + 2 &&
				    eventyear(k, j)) ||
				    mixedcode(j)) && !(i > 1 &&
				    tv[i - 2].sent == tv[i].sent &&
				    goals(i - 1) >= 0 && namey(i - 2))) {
					j++;
					if (j < ntv && tv[j].sent ==
					    tv[i].sent && ((tv[j].f & TF_UPPER) ||
					    (lwc(j) & L_MODELEND)) &&
					    !(tv[j].f & TF_NL))
						j++;
					break;
				}
				/*
				 * Marks and Spencer, Dar es Salaam: a name
				 * the lists know goes on over a short word,
				 * or over a word that is no name alone
				 * (Amazon Web Services)
				 */
				if (((!(tv[j].f & (TF_CAP | TF_UPPER)) &&
				    tv[j].e - tv[j].s <= 3) || ((tv[j].f &
				    TF_CAP) && (twc(j) & W_NOT))) &&
				    (k = knownover(i, j)) != 0) {
					/* Ministry of Health and Social Care */
					if (teq(j, "of") || teq(j, "for"))
						of = 1;
					j = k;
					continue;
				}
				/*
				 * Instituto Nacional de Antropología e
				 * Historia: "and" of another language goes
				 * on inside a body's or a place's name that
				 * such a language's word opened
				 */
				if (!(tv[j].f & (TF_CAP | TF_UPPER)) &&
				    (lwc(j) & L_AND) && (tv[j - 1].f & TF_CAP) &&
				    (twc(i + teq(i, "The")) & (W_ORGPRE |
				    W_PLACEPRE)) && !iscommon(i + teq(i, "The"))) {
					for (k = j + 1; k < j + 3 &&
					    (lwc(k) & L_PARTICLE); k++)
						continue;	/* e da Atmosfera */
					if (namey(k) && tv[k].sent == tv[i].sent) {
						j = k + 1;
						continue;
					}
				}
				/* Aldermoor Group plc: a legal form in small letters */
				if (!(tv[j].f & (TF_CAP | TF_UPPER)) &&
				    (tv[j - 1].f & TF_NAMEY) &&
				    tv[j].e - tv[j].s <= 3 &&
				    c_islower((unsigned char)T[tv[j].s]) &&
				    (smallform >> (T[tv[j].s] - 'a') & 1) &&
				    (anywc(j) & W_COFORM)) {
					j++;
					break;
				}
				if (prefixword(j))
					break;		/* NASA T-shirt */
				/*
				 * Mistral AI, Scale AI: a firm's name ends in
				 * "AI"; not a headline's Generative AI
				 */
				if (teq(j, "AI") && j <= i + 2 &&
				    !(tv[j].f & TF_HEAD) &&
				    !((tv[i].f & TF_FIRST) && iscommon(i)) &&
				    lextype(tv[i].s, tv[j - 1].e, nwords(i, j),
				    0) <= 0) {
					j++;
					break;
				}
				if (namey(j) || (twc(j) & W_TIME)) {
					/* a month can't open, and "May" in
					 * "Theresa May" is no month */
					if ((twc(j) & W_TIME) &&
					    !isgiven(j - 1) && !holiday(j))
						break;
					j++;
					continue;
				}
				if ((lwc(j) & L_PARTICLE) &&
				    ((tv[j - 1].f & TF_CAP) || (j >= 2 &&
				    teq(j - 1, ".") && tv[j - 2].e -
				    tv[j - 2].s == 1 && (tv[j - 2].f &
				    TF_CAP))) &&	/* E. van Rensburg */
				    /* not "Later von der Leyen" */
				    !((tv[j - 1].f & TF_FIRST) && j - 1 == i &&
				    iscommon(j - 1) && !isgiven(j - 1) &&
				    !(lwc(j - 1) & L_PARTICLE))) {
					/*
					 * van den Broek, de la Rosa; Viña del
					 * Mar, whose last word is no month
					 */
					for (k = j + 1; k < j + 3 &&
					    (lwc(k) & L_PARTICLE); k++)
						continue;
					if ((namey(k) || (k < ntv &&
					    (tv[k].f & TF_CAP) &&
					    !(tv[k].f & TF_UPPER) &&
					    (twc(k) & W_TIME))) &&
					    tv[k].sent == tv[i].sent) {
						j = k + 1;
						continue;
					}
				}
				/*
				 * Organisation for Security and Cooperation
				 * in Europe: a place ends a name of "for"
				 */
				if (teq(j, "in") && of && j + 1 < ntv &&
				    tv[j + 1].sent == tv[i].sent &&
				    wideplace(j + 1) && !namey(j + 2) &&
				    !ofplace(i, j) && (ownhead(i) ||
				    (twc(i) & W_ORGPRE))) {
					j += 2;
					break;
				}
				/*
				 * Siemens AG of Germany: a company, a place;
				 * but the Credit Guarantee Corporation of
				 * Malaysia, a word and no short form
				 */
				if (teq(j, "of") && (twc(j - 1) & W_COFORM) &&
				    tv[j - 1].e - tv[j - 1].s <= 4 &&
				    j + 1 < ntv && lextok(j + 1, 0) == E_PLACE)
					break;
				if (teq(j, "of") && coofplace(i, j))
					break;
				if ((teq(j, "of") || teq(j, "for") ||
				    (teq(j, "on") && (twc(j - 1) & W_ORGPRE)) ||
				    /* Nobel Prize in Physics */
				    (teq(j, "in") && (twc(j - 1) & W_MISCHEAD)) ||
				    /* not the Republic of Congo and Rwanda */
				    (teq(j, "and") && of && lextype(tv[i +
				    teq(i, "The")].s, tv[j - 1].e, nwords(i +
				    teq(i, "The"), j), 0) != E_PLACE)) &&
				    (of || (ofhead(j - 1) && !(!istitle(j - 1) &&
				    aftergiven(j - 1) && !commonof(j))) ||
				    /* Freedom of Information Act */
				    (teq(j, "of") && lawof(j)) ||
				    ((twc(j - 1) &
				    W_ORGHEAD) && !teq(j, "and")) ||
				    /* Women's Prize for Fiction, not for Leeds */
				    ((twc(j - 1) & W_MISCHEAD) && !teq(j, "and") &&
				    j + 1 < ntv && (tv[j + 1].f & TF_CAP) &&
				    iscommon(j + 1) && !ownhead(j + 1) &&
				    lextok(j + 1, 0) <= 0))) {
					k = j + 1;
					/* not "Bank of England and the ..." */
					if (teq(k, "the") && !teq(j, "and"))
						k++;
					if (namey(k) && tv[k].sent ==
					    tv[i].sent && !(teq(j, "and") &&
					    (ownhead(k) || isgiven(k) ||
					    lextok(k, 0) == E_ORG ||
					    (istitle(k) && namey(k + 1 +
					    teq(k + 1, ".")) && tv[k + 1 +
					    teq(k + 1, ".")].sent ==
					    tv[i].sent)))) {
						of = 1;
						j = k + 1;
						continue;
					}
				}
				/*
				 * Committee to Protect Journalists: a body's
				 * head goes on over "to" and a common word in
				 * capitals; not in a headline's title case, nor before a name with a
				 * head of its own (US Weekly to Time Magazine)
				 */
				if (teq(j, "to") && (twc(j - 1) & W_ORGHEAD) &&
				    !(tv[j].f & TF_HEAD) && j + 1 < ntv &&
				    tv[j + 1].sent == tv[i].sent &&
				    (tv[j + 1].f & TF_CAP) && iscommon(j + 1) &&
				    !(twc(j + 1) & W_PLACEHEAD) &&
				    !ownhead(j + 1) && lextok(j + 1, 0) <= 0) {
					j += 2;
					continue;
				}
				/*
				 * National Search and Rescue Agency, Online
				 * Safety and Accountability Act, Convention
				 * and Exhibition Centre; not after a name the
				 * lists know (Gaza Strip and West Bank, the
				 * Treasury and Downing Street)
				 */
				if (teq(j, "and") && iscommon(j - 1) &&
				    namey(j + 1) && iscommon(j + 1) &&
				    tv[j + 1].sent == tv[i].sent &&
				    anyhead(j + 1) && (nwords(i + teq(i, "The"),
				    j) == 1 ||
				    (!(twc(j - 1) & (W_ORGHEAD | W_PLACEHEAD |
				    W_MISCHEAD)) &&
				    !tokin(lsuffixes, j - 1))) &&
				    lextype(tv[i + teq(i, "The")].s,
				    tv[j - 1].e, nwords(i + teq(i, "The"),
				    j), 0) <= 0) {
					j += 2;
					continue;
				}
				/*
				 * Hamilton and District Labour Council, Albert
				 * and Mary Lasker Foundation: "the", one word
				 * no list holds as a body or a person, "and",
				 * and a name a body's head ends; not Torvane
				 * AG of Germany and Quillon SA
				 */
				if (teq(j, "and") && j == i + 1 +
				    teq(i, "The") && !iscommon(j - 1) &&
				    (teq(i, "The") || (i > 0 &&
				    teq(i - 1, "the"))) &&
				    !(tv[j - 1].f & TF_UPPER) &&
				    namey(j + 1) && tv[j + 1].sent ==
				    tv[i].sent && !(tv[j + 1].f & TF_UPPER) &&
				    andbody(j + 1) &&
				    lextok(j - 1, 0) != E_ORG &&
				    lextok(j - 1, 0) != E_PERSON) {
					j += 2;
					continue;
				}
				break;
			}
			/* Ministry of Trade, Industry and Energy */
			if (teq(j, ",") && (k = commalist(i, j)) != 0) {
				j = k;
				continue;
			}
			/*
			 * & and the dot of an initial or a title; not between
			 * authors (Dye & Bavelier, 2010)
			 */
			if (teq(j, "&") && namey(j + 1) && !cites(j + 2)) {
				j += 2;
				continue;
			}
			if (teq(j, ".") && !(tv[j].f & TF_SP) &&
			    (tv[j - 1].e - tv[j - 1].s == 1 || istitle(j - 1) ||
			    teq(j - 1, "St") || teq(j - 1, "Mt") ||
			    teq(j - 1, "Ft"))
			    && namey(j + 1) && (tv[j + 1].f & TF_SP)) {
				j += 2;
				continue;
			}
			/* E. van Rensburg: the particle goes on below */
			if (teq(j, ".") && !(tv[j].f & TF_SP) &&
			    tv[j - 1].e - tv[j - 1].s == 1 && j + 2 < ntv &&
			    (tv[j + 1].f & TF_SP) && !(tv[j + 1].f & TF_CAP) &&
			    (lwc(j + 1) & L_PARTICLE) &&
			    tv[j + 2].sent == tv[i].sent) {
				j++;
				continue;
			}
			break;
		}
		chain(i, j);
		i = j;
	}
}

/*
 * The type of the name in b (n bytes, ntok words) if the document (with
 * a type it vouches for) or a lexicon knows it, with its strength.
 */
static int
known(const char *b, size_t n, int ntok, int *strength)
{
	struct nent *e;
	int	 type;

	e = nlook(b, n, 0);
	if (e != NULL && e->type != E_NONE &&
	    (e->strength >= 2 || e->person_part ||
	    (ntok > 1 && e->strength >= 1))) {
		*strength = e->strength;
		return e->type;
	}
	if ((type = lexbytes(b, n, ntok, 1)) > 0) {
		*strength = 3;
		return type;
	}
	if (inlex(lpeople, b, n)) {
		*strength = 2;
		return E_PERSON;
	}
	return E_NONE;
}

/*
 * A name in capitals made as it is written in running text: each word's
 * first letter (and the one after a hyphen or an apostrophe) kept, the
 * others small; "of", "the", "and" small.  Changed anything?
 */
/*
 * Title case, in place, for a name written in capitals: HARLOW V DUNMORE,
 * RIO DE JANEIRO, SÃO PAULO (Latin-1 capitals too), with the small words
 * inside it in lower case and a word with a dot (U.S.) as it is.  Did
 * anything change?
 */
static int
titlecase_n(char *p, size_t n)
{
	return titlecase_x(p, n, 0);
}

/* Are the two bytes at p capitals of no small or common word (UK, EU)? */
static int
shortcaps(const char *p)
{
	static const char two[] = "amanasatbebydogoheifinisitmemynoofohok"
	    "onorsotoupwestmtftdrmrmsjrsrlanaeldedudodadilealenmaim";
	char	 lw[2];
	size_t	 k;

	if (!c_isupper((unsigned char)p[0]) || !c_isupper((unsigned char)p[1]))
		return 0;
	lw[0] = (char)c_tolower((unsigned char)p[0]);
	lw[1] = (char)c_tolower((unsigned char)p[1]);
	for (k = 0; two[k] != '\0'; k += 2)
		if (memcmp(two + k, lw, 2) == 0)
			return 0;
	return 1;
}

/*
 * titlecase_n(), and when keep2, a word of two capitals that is no
 * small or common word keeps them: REFORM UK is "Reform UK"; then the
 * answer is whether a word kept them.
 */
static int
titlecase_x(char *p, size_t n, int keep2)
{
	/* the small words, of two, three and four letters */
	static const char *const small[] = { "", "",
	    "ofondedudodadilaleelalenamanimes",
	    "theandfordosdasdellesvonvansur", "upon" };
	char	 lw[4];
	size_t	 i, w, k;
	int	 changed = 0, kept = 0, up;
	unsigned char c;

	for (i = 0; i < n; i = w + 1) {
		for (w = i; w < n && p[w] != ' '; w++)
			continue;
		if (memchr(p + i, '.', w - i) != NULL)
			continue;	/* U.S. */
		/* REFORM UK, UN SECURITY COUNCIL: a short form stays */
		if (keep2 && w - i == 2 && shortcaps(p + i)) {
			kept = 1;
			continue;
		}
		up = 1;
		if (i > 0 && w - i >= 2 && w - i <= 4) {
			for (k = 0; k < w - i; k++)
				lw[k] = (char)c_tolower((unsigned char)p[i + k]);
			for (k = 0; small[w - i][k] != '\0'; k += w - i)
				if (memcmp(small[w - i] + k, lw, w - i) == 0)
					up = 0;
		}
		for (k = i; k < w; k++) {
			c = (unsigned char)p[k];
			if (c >= 'A' && c <= 'Z' && !up) {
				p[k] = (char)(c - 'A' + 'a');
				changed = 1;
			} else if (c == 0xC3 && k + 1 < w && !up &&
			    (unsigned char)p[k + 1] >= 0x80 &&
			    (unsigned char)p[k + 1] <= 0x9E) {
				p[k + 1] = (char)(p[k + 1] + 0x20);
				changed = 1;
			}
			up = c == '-' || c == '\'';
		}
	}
	return keep2 ? kept : changed;
}

static int
titlecase(struct buf *b)
{
	return titlecase_n(b->p, b->len);
}

/*
 * Do tokens t0 to t1 fill a line of their own: a signature, a credit?
 */
static int
aline(size_t t0, size_t t1)
{
	unsigned sn = tv[t0].sent;

	return (t0 == sfirst[sn] || (tv[t0].f & TF_NL)) && (t1 >= ntv ||
	    tv[t1].sent != sn || (tv[t1].f & TF_NL));
}

/*
 * Are tokens [t0, t1) capitalised words no list knows, but for what
 * follows a given name, and does a dateline open the next line?
 */
static int
bylineover(size_t t0, size_t t1)
{
	size_t	 k;

	/* Peter Blackburn: after a given name, a town's name too */
	for (k = t0; k < t1; k++)
		if (!(tv[k].f & TF_WORD) || !(tv[k].f & TF_CAP) ||
		    (tv[k].f & (TF_UPPER | TF_DIGIT)) ||
		    (iscommon(k) && !(k == t0 && isgiven(k))) ||
		    (lextok(k, 0) > 0 && (k == t0 || !isgiven(t0))) ||
		    istitle(k))
			return 0;
	if (t1 >= ntv || (tv[t1].sent == tv[t0].sent && !(tv[t1].f & TF_NL)))
		return 0;
	for (k = t1 + 1; k < ntv && k < t1 + 5 && tv[k].sent == tv[t1].sent &&
	    ((tv[k].f & TF_UPPER) || !(tv[k].f & TF_WORD)) &&
	    !teq(k, ","); k++)
		continue;
	return datelinet(t1, k);
}

/* Mentions the capitalisation can't vouch for: known names only. */
static void
resolve_unreliable(size_t mi)
{
	size_t	 t0 = mv[mi].t0, t1 = mv[mi].t1, i, j, k, top;
	int	 type, strength, two;

	mv[mi].type = E_NONE;
	mv[mi].strength = -1;		/* dropped */
	for (i = t0, two = 0; i < t1 && !two; i++)
		two = tv[i].e - tv[i].s == 2 && shortcaps(T + tv[i].s);
	for (i = t0; i < t1; ) {
		if (!(tv[i].f & TF_WORD) || teq(i, "The") || istitle(i) ||
		    hyphen_pair(i, i + 1)) {	/* EU-RUSSIA: two names */
			i++;
			continue;
		}
		top = t1 < i + 6 ? t1 : i + 6;
		type = E_NONE;
		strength = 0;
		for (j = top; j > i; j--) {
			if (!(tv[j - 1].f & TF_WORD))
				continue;
			/* SAMPRAS BEATS IVANISEVIC: as "Sampras" first */
			for (k = i; k < j && (!(tv[k].f & TF_WORD) ||
			    (tv[k].f & TF_UPPER)); k++)
				continue;
			if (k == j) {
				foldtext(&kbuf, tv[i].s, tv[j - 1].e);
				if (titlecase(&kbuf) && (type = known(kbuf.p,
				    kbuf.len, nwords(i, j), &strength)) > 0)
					break;
				/* REFORM UK: the body's short form kept */
				if (two) {
					foldtext(&kbuf, tv[i].s, tv[j - 1].e);
					if (titlecase_x(kbuf.p, kbuf.len, 1) &&
					    (type = known(kbuf.p, kbuf.len,
					    nwords(i, j), &strength)) > 0)
						break;
				}
			}
			foldtext(&kbuf, tv[i].s, tv[j - 1].e);
			if ((type = known(kbuf.p, kbuf.len, nwords(i, j),
			    &strength)) > 0)
				break;
			type = E_NONE;
		}
		/*
		 * 2 - Oliver Brandt (Inter): a given name and a surname no
		 * list holds, in a line of results or a headline
		 */
		if (type <= 0 && i + 1 < t1 && isgiven(i) &&
		    (tv[i].f & TF_CAP) && !(tv[i].f & TF_UPPER)) {
			for (j = i + 1; j < t1 && j < i + 3 &&
			    (tv[j].f & TF_CAP) && !(tv[j].f & TF_UPPER) &&
			    (!iscommon(j) || isgiven(j) ||
			    (aline(i, t1) && !pluralnoun(j))) &&
			    !istitle(j) &&
			    lextok(j, 0) <= 0; j++)
				continue;
			if (j > i + 1 && (j == t1 || !aline(i, t1))) {
				type = E_PERSON;
				strength = 2;
			}
		}
		/* Chen Li-hua: a surname and a given name in syllables */
		if ((type <= 0 || j == i + 1) && i + 1 < t1 &&
		    (tv[i].f & TF_CAP) && !(tv[i].f & TF_UPPER) &&
		    !iscommon(i) && syllablegiven(i + 1)) {
			j = i + 2;
			type = E_PERSON;
			strength = 2;
		}
		/*
		 * Nadim Ladki over "AL-AIN, United Arab Emirates 1996-12-06":
		 * two or three words no list knows, a line of their own
		 * right before a dateline, are the reporter's byline
		 */
		if (type <= 0 && i == t0 && t1 >= t0 + 2 && t1 <= t0 + 3 &&
		    aline(t0, t1) && bylineover(t0, t1)) {
			j = t1;
			type = E_PERSON;
			strength = 2;
		}
		/*
		 * WELLINGTON (Reuters) -, SHANGHAI 1996-08-22: a dateline's
		 * place, though named like a common word; any name before
		 * a news agency or a region
		 */
		for (j = type > 0 || !(tv[i].f & TF_UPPER) || (i > 0 &&
		    tv[i - 1].sent == tv[i].sent && !(tv[i].f & TF_NL)) ? j :
		    i + 5 < ntv ? i + 5 : ntv; type <= 0 && j > i; j--)
			if (tv[j - 1].sent == tv[i].sent &&
			    datelineplace(i, j)) {
				type = E_PLACE;
				strength = 3;
				break;
			}
		if (type > 0) {
			addment(i, j, type, strength, 0);
			i = j;
		} else
			i++;
	}
}

/*
 * Does m, in capitals, open a dateline: "MILAN 1996-12-04", "BATH,
 * England 1996-11-16", "PARIS (AP) -"?
 */
static int
dateline(const struct ment *m)
{
	return datelinet(m->t0, m->t1);
}

/*
 * Are tokens t0 to t1, in capitals, a dateline's place: one the lists
 * know, though named like a common word (WELLINGTON -, SHANGHAI
 * 1996-08-22), or any name before a news agency or a region (PINE
 * HOLLOW, Texas -)?
 */
static int
datelineplace(size_t t0, size_t t1)
{
	size_t	 k;

	if (!(tv[t0].f & TF_UPPER) || (t0 > 0 && tv[t0 - 1].sent ==
	    tv[t0].sent && !(tv[t0].f & TF_NL)))
		return 0;
	for (k = t0; k < t1; k++)
		if ((tv[k].f & TF_WORD) && !(tv[k].f & TF_UPPER))
			return 0;
	if (!datelinet(t0, t1))
		return 0;
	foldtext(&dbuf, tv[t0].s, tv[t1 - 1].e);
	(void)titlecase(&dbuf);
	if (lexbytes(dbuf.p, dbuf.len, nwords(t0, t1), 0) == E_PLACE ||
	    (t1 + 1 < ntv && (teq(t1, "(") || (teq(t1, ",") &&
	    (lextok(t1 + 1, 0) == E_PLACE || stopplace(t1 + 1) ||
	    /* GORKHA, Sept 12: an unknown town, not NASA */
	    ((twc(t1 + 1) & W_TIME) && lextype(tv[t0].s, tv[t1 - 1].e,
	    nwords(t0, t1), 0) <= 0))))))
		return 1;
	/* AL-AIN, United Arab Emirates 1996-12-06: a place of more words */
	if (t1 + 2 >= ntv || !teq(t1, ","))
		return 0;
	for (k = t1 + 1; k < ntv && k < t1 + 5 && tv[k].sent == tv[t0].sent &&
	    (tv[k].f & TF_CAP) && !(tv[k].f & TF_DIGIT); k++)
		continue;
	return k > t1 + 2 && lextype(tv[t1 + 1].s, tv[k - 1].e,
	    nwords(t1 + 1, k), 0) == E_PLACE;
}

/*
 * The end of the capitalised words, common too, after the bracket at
 * token i when they are a dateline's agency (datelineagency()), or 0;
 * out of line, off the hot path of chains().
 */
static __attribute__((noinline)) size_t
agency(size_t i)
{
	size_t	 k;

	if (i < 2 || !(tv[i - 1].f & (TF_UPPER | TF_CAP | TF_DIGIT)))
		return 0;
	for (k = i + 1; k < ntv && k < i + 5 && (tv[k].f & TF_CAP) &&
	    !(tv[k].f & TF_DIGIT) && tv[k].sent == tv[i].sent; k++)
		continue;
	return k > i + 1 && datelineagency(i + 1, k) ? k : 0;
}

/*
 * Is the name [t0, t1) in brackets the agency of a dateline, a dash
 * after it and before it from the line's start only words in capitals,
 * capitalised words, numbers, commas, stops and slashes, the first in
 * capitals: "OSLO, May 2 (Norska Wire) -", "TOKYO/SEOUL (Hanam Press) -"?
 */
static int
datelineagency(size_t t0, size_t t1)
{
	size_t	 k;

	if (t1 + 1 >= ntv || !teq(t1, ")") || tv[t1 + 1].sent != tv[t0].sent ||
	    !(teq(t1 + 1, "-") || teq(t1 + 1, "\xe2\x80\x94") ||
	    teq(t1 + 1, "\xe2\x80\x93")))
		return 0;
	for (k = t0 - 1; k > 0 && tv[k - 1].sent == tv[t0].sent &&
	    !(tv[k].f & TF_NL); k--)
		if (!(tv[k - 1].f & (TF_UPPER | TF_CAP | TF_DIGIT)) &&
		    !teq(k - 1, ",") && !teq(k - 1, ".") && !teq(k - 1, "/"))
			return 0;
	return k < t0 - 1 && (tv[k].f & TF_UPPER) &&
	    (k == 0 || tv[k - 1].sent != tv[t0].sent || (tv[k].f & TF_NL));
}

/*
 * The same for tokens t0 to t1: "MILAN 1996-12-04", "BATH, England
 * 1996-11-16", "PARIS (AP) -", "BEND, Ore. -", "WELLINGTON -".
 */
static int
datelinet(size_t t0, size_t t1)
{
	size_t	 t = t1, k;

	if (!(tv[t0].f & TF_UPPER) || (t0 > 0 &&
	    tv[t0 - 1].sent == tv[t0].sent && !(tv[t0].f & TF_NL)))
		return 0;
	if (t < ntv && teq(t, ","))
		for (t++; t < ntv && t < t1 + 5 && ((tv[t].f & TF_CAP) ||
		    (teq(t, ".") && t > t1 + 1 && (tv[t - 1].f & TF_CAP))) &&
		    !(tv[t].f & TF_DIGIT); t++)
			continue;
	/* SHANGHAI, Aug 22 (Reuters), GORKHA, Sept 12: the day */
	if (t > t1 + 1 && t + 3 < ntv && (tv[t].f & TF_DIGIT) &&
	    tv[t].e - tv[t].s <= 2 && (teq(t + 1, "(") || teq(t + 1, ":")))
		t++;
	if (t > t1 + 2 && t < ntv && teq(t, ":") && (twc(t1 + 1) & W_TIME))
		return 1;
	if (t + 2 < ntv && teq(t, "(") && (tv[t + 1].f & TF_NAMEY) &&
	    teq(t + 2, ")"))
		return 1;
	if (t < ntv && tv[t].sent == tv[t0].sent && !(tv[t].f & TF_NL) &&
	    (teq(t, "-") || teq(t, "\xe2\x80\x94") ||
	    teq(t, "\xe2\x80\x93")) && (tv[t].f & TF_SP))
		return 1;
	if (t >= ntv || tv[t].sent != tv[t0].sent || (tv[t].f & TF_NL) ||
	    !(tv[t].f & TF_DIGIT) || tv[t].e - tv[t].s != 10)
		return 0;
	for (k = tv[t].s; k < tv[t].e; k++)
		if (!c_isdigit((unsigned char)T[k]) && T[k] != '-')
			return 0;
	return 1;
}

/*
 * Acme Inc. (Nasdaq: ACME), Samuel Jones Jr. said, led by BYD Co.: 1
 * when the full stop after the name is its last word's, the
 * abbreviation of a company's form or of a generation, also where the
 * stop ends the sentence too.
 */
static int
abbrdot(const struct ment *m)
{
	size_t	 t = m->t1;

	if (t >= ntv || tv[t].s != m->e || !teq(t, "."))
		return 0;
	return (lwc(t - 1) & L_ABBRDOT) != 0;
}

/*
 * Is token k, with the stop right after it, a place the lists hold with
 * its stop: the state in "Bend, Ore."?
 */
static int
stopplace(size_t k)
{
	char	 b[16];
	size_t	 n = tv[k].e - tv[k].s;

	if (k + 1 >= ntv || !teq(k + 1, ".") || tv[k + 1].s != tv[k].e ||
	    n + 1 > sizeof(b) || !(tv[k].f & TF_CAP) || (tv[k].f & TF_UPPER))
		return 0;
	memcpy(b, T + tv[k].s, n);
	b[n] = '.';
	return lexbytes(b, n + 1, 1, 0) == E_PLACE;
}

static int
mcmp(const void *a, const void *b)
{
	const struct ment *x = a, *y = b;

	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	if (x->e != y->e)
		return x->e > y->e ? -1 : 1;
	return 0;
}

/* Does name (n bytes) hold the words w (k bytes)? */
static int
holds(const char *name, size_t n, const char *w, size_t k)
{
	size_t	 i;

	if (k == 0 || k > n)
		return 0;
	for (i = 0; i + k <= n; i++) {
		/* only at the start of a word */
		if ((i > 0 && name[i - 1] != ' ') || name[i] != w[0])
			continue;
		if ((i + k == n || name[i + k] == ' ') &&
		    memcmp(name + i, w, k) == 0)
			return 1;
	}
	return 0;
}

/* Is w (k bytes) the first or the last word of name (n bytes)? */
static int
edgeword(const char *name, size_t n, const char *w, size_t k)
{
	if (k >= n)
		return 0;
	return (memcmp(name, w, k) == 0 && name[k] == ' ') ||
	    (memcmp(name + n - k, w, k) == 0 && name[n - k - 1] == ' ');
}

/* Is w (all capitals) the initials of name? */
static int
initials(const char *name, size_t n, const char *w, size_t k)
{
	size_t	 i, m = 0;
	int	 start = 1;

	if (k < 2)
		return 0;
	for (i = 0; i < n; i++) {
		if (name[i] == ' ') {
			start = 1;
			continue;
		}
		if (start && c_isupper((unsigned char)name[i])) {
			if (m >= k || w[m] != name[i])
				return 0;
			m++;
		}
		start = 0;
	}
	return m == k;
}

/* Are mentions a and b (a first) in a list: "A, B and C"? */
static int
listed(const struct ment *a, const struct ment *b)
{
	size_t	 i;
	int	 conj;

	if (b->t0 < a->t1 || b->t0 - a->t1 > 2 || tv[a->t0].sent !=
	    tv[b->t0].sent)
		return 0;
	if (a->t0 >= 1 && (lwc(a->t0 - 1) & (L_PLACEIN | L_PLACEAT)) &&
	    placeafter(b->t0, b->t1))
		return 0;
	for (i = a->t1, conj = 0; i < b->t0; i++)
		if (teq(i, "and") || teq(i, "or"))
			conj = 1;
		else if (!teq(i, ","))
			return 0;
	if (conj)
		return 1;
	/*
	 * A comma alone is as often an apposition ("Gomez, Panama coach",
	 * "Paris, Texas"): a list needs a third name after a comma or "and".
	 */
	i = b->t1;
	if (i < ntv && teq(i, ","))
		i++;
	if (i < ntv && (teq(i, "and") || teq(i, "or")))
		i++;
	return i > b->t1 && i < ntv && namey(i) && tv[i].sent == tv[b->t0].sent;
}

/* A weak mention in a list takes the type of a sure neighbour. */
/*
 * A nationality is no kind of the name listed beside it: "Dane Bjarne
 * Holm and Spaniard ...", a name of two words.
 */
static int
nomisc(const struct ment *m, const struct ment *by)
{
	return by->type == E_MISC && nwords(m->t0, m->t1) >= 2 &&
	    lex_get(ldemonyms, T + by->s, by->e - by->s) != NULL;
}

/*
 * Eugene in "Madison, Tacoma, Eugene and Boise": a given name alone is
 * a person only weakly; a list of sure places outweighs it.
 */
static int
lonegiven(const struct ment *m)
{
	return m->type == E_PERSON && m->strength == 2 &&
	    m->t1 == m->t0 + 1 && isgiven(m->t0);
}

static int
outweighs(const struct ment *m, const struct ment *by)
{
	if (by->type == E_NONE || by->strength < 2 || nomisc(m, by))
		return 0;
	if (m->strength == 1)
		return 1;
	return lonegiven(m) && by->strength >= 3 && by->type == E_PLACE;
}

static void
coordinate(void)
{
	size_t	 i, j;
	int	 changed = 1;

	while (changed) {
		changed = 0;
		for (i = 0; i < nmv; i++) {
			if ((mv[i].strength != 1 && !lonegiven(&mv[i])) ||
			    mv[i].unrel)
				continue;
			for (j = i + 1; j < nmv && mv[j].strength < 0; j++)
				continue;
			if (j < nmv && listed(&mv[i], &mv[j]) &&
			    outweighs(&mv[i], &mv[j])) {
				mv[i].type = mv[j].type;
				mv[i].strength = 2;
				changed = 1;
				continue;
			}
			for (j = i; j-- > 0 && mv[j].strength < 0; )
				continue;
			if (j < i && listed(&mv[j], &mv[i]) &&
			    outweighs(&mv[i], &mv[j])) {
				mv[i].type = mv[j].type;
				mv[i].strength = 2;
				changed = 1;
			}
		}
	}
}

static void
addcword(uint32_t h, size_t clu)
{
	if (ncwv == capcwv) {
		capcwv = capcwv ? capcwv * 2 : 256;
		cwv = xreallocarray(cwv, capcwv, sizeof(*cwv));
	}
	cwv[ncwv].h = h;
	cwv[ncwv].clu = clu;
	cwv[ncwv].next = cwhead[h & cwmask];
	cwhead[h & cwmask] = ncwv++;
}

/* The hash of the initials of name, as initials() reads them. */
static uint32_t
inithash(const char *name, size_t n)
{
	uint32_t h = 2166136261u ^ 1u;
	size_t	 i;
	int	 start = 1;

	for (i = 0; i < n; i++) {
		if (name[i] == ' ') {
			start = 1;
			continue;
		}
		if (start && c_isupper((unsigned char)name[i])) {
			h ^= (unsigned char)name[i];
			h *= 16777619u;
		}
		start = 0;
	}
	return h;
}

/*
 * A cluster for the entity called name, found by the words of key (its
 * name, or a short form of it).
 */
static void
addclu(const char *name, size_t len, const char *key, size_t klen, int type)
{
	size_t	 i, w;

	if (ncv == capcv) {
		capcv = capcv ? capcv * 2 : 128;
		cv = xreallocarray(cv, capcv, sizeof(*cv));
	}
	cv[ncv].name = name;
	cv[ncv].len = len;
	cv[ncv].key = key;
	cv[ncv].klen = klen;
	cv[ncv].type = type;
	for (i = 0; i < klen; i = w + 1) {
		for (w = i; w < klen && key[w] != ' '; w++)
			continue;
		if (w > i)
			addcword(hashmem(key + i, w - i), ncv);
	}
	if (key == name)
		addcword(inithash(name, len), ncv);
	ncv++;
}

/* The first word of s (n bytes). */
static uint32_t
firsthash(const char *s, size_t n)
{
	const char *sp;

	if ((sp = memchr(s, ' ', n)) != NULL)
		n = (size_t)(sp - s);
	return hashmem(s, n);
}

/*
 * The learned typer: an averaged perceptron over the features of a
 * candidate mention (entity-model.txt, made by train-entities.py from
 * the feature dump of entity_trace()).  Classes in the model's order.
 */
enum { C_PERSON, C_ORG, C_PLACE, C_NONE, NCLASS };
static const int c2type[NCLASS] = { E_PERSON, E_ORG, E_PLACE, E_NONE };
static struct buf fbuf;		/* the features, NUL-separated */
static long fscore[NCLASS];

/* Add feature pre+s (lower-cased when low) to the scores or the dump. */
static void
feat(const char *pre, const char *s, size_t n, int low)
{
	size_t	 k;
	const char *v;
	long	 x;
	int	 c, neg;

	fbuf.len = 0;
	buf_adds(&fbuf, pre);
	for (k = 0; k < n && k < 32; k++)
		buf_addc(&fbuf, low ? c_tolower((unsigned char)s[k]) : s[k]);
	for (k = 0; k < fbuf.len; k++)
		if (fbuf.p[k] == ' ' || fbuf.p[k] == '\t' ||
		    fbuf.p[k] == '\n' || fbuf.p[k] == '\r')
			fbuf.p[k] = '_';
	if (tracefp != NULL) {
		fputc(' ', tracefp);
		fwrite(fbuf.p, 1, fbuf.len, tracefp);
		return;
	}
	if ((v = lex_get(lmodel, fbuf.p, fbuf.len)) == NULL)
		return;
	for (c = 0; c < NCLASS && *v != '\0'; c++) {
		while (*v == ' ')
			v++;
		neg = *v == '-';
		if (neg)
			v++;
		for (x = 0; *v >= '0' && *v <= '9'; v++)
			x = x * 10 + (*v - '0');
		fscore[c] += neg ? -x : x;
	}
}

static void
feats(const char *pre, const char *s)
{
	feat(pre, s, strlen(s), 0);
}

/* The shape of token i: Xx, X, x, 9, X.X. */
static size_t
shape(size_t i, char *w, size_t cap)
{
	const unsigned char *p = (const unsigned char *)T + tv[i].s;
	size_t	 n = tv[i].e - tv[i].s, k, m = 0;
	char	 c, last = 0;

	for (k = 0; k < n && m + 1 < cap; k++) {
		if (c_isupper(p[k]))
			c = 'X';
		else if (c_islower(p[k]) || p[k] >= 0x80)
			c = 'x';
		else if (c_isdigit(p[k]))
			c = '9';
		else
			c = (char)p[k];
		if (c != last)
			w[m++] = c;
		last = c;
	}
	w[m] = '\0';
	return m;
}

/* Token i (lower-cased) and its shape under the prefix pre. */
static void
tokfeats(const char *pre, const char *shpre, size_t i)
{
	char	 sh[16];

	if (i >= ntv || i == (size_t)-1) {
		feats(pre, "</s>");
		return;
	}
	feat(pre, T + tv[i].s, tv[i].e - tv[i].s, 1);
	if (shpre != NULL) {
		shape(i, sh, sizeof(sh));
		feats(shpre, sh);
	}
}

/*
 * The features of candidate m: its words, shape, lexicons, context and
 * what the rules and the document say of it.
 */
static void
mfeats(const struct ment *m, int rtype, int rstr, int anytype, int anylong)
{
	static const char *const rs[] = { "0", "1", "2", "3" };
	char	 sh[64], b[40];
	size_t	 t0 = m->t0, t1 = m->t1, i, k, n;
	int	 nw = nwords(t0, t1), allc = 1;
	const char *rt = rtype >= 0 && rtype <= E_MISC ? tnames[rtype] : "";

	feats("b", "");
	feats("rt=", rt);
	(void)snprintf(b, sizeof(b), "%s%s", rt,
	    rstr >= 0 && rstr <= 3 ? rs[rstr] : "x");
	feats("rs=", b);
	(void)snprintf(b, sizeof(b), "%d", nw > 5 ? 5 : nw);
	feats("n=", b);
	if (m->unrel)
		feats("unrel", "");
	feat("s=", T + m->s, m->e - m->s, 0);
	feat("sl=", T + m->s, m->e - m->s, 1);
	k = 0;
	for (i = t0; i < t1; i++) {
		if (!(tv[i].f & TF_WORD))
			continue;
		tokfeats("w=", NULL, i);
		if (!iscommon(i))
			allc = 0;
		if (k + 1 < sizeof(sh) && k > 0)
			sh[k++] = '_';
		k += shape(i, sh + k, sizeof(sh) - k);
	}
	sh[k] = '\0';
	feats("sh=", sh);
	tokfeats("f=", NULL, t0);
	tokfeats("l=", NULL, t1 - 1);
	n = tv[t1 - 1].e - tv[t1 - 1].s;
	if (n >= 3)
		feat("x3=", T + tv[t1 - 1].e - 3, 3, 1);
	if (n >= 2)
		feat("x2=", T + tv[t1 - 1].e - 2, 2, 1);
	if (allc)
		feats("allc", "");
	if (nw == 1 && iscommon(t0))
		feats("c1", "");
	if (isgiven(t0))
		feats("g", "");
	if (nw > 1 && isgiven(t1 - 1))
		feats("gl", "");
	(void)snprintf(b, sizeof(b), "%d", lextype(m->s, m->e, nw, 0));
	feats("lex=", b);
	n = m->e - m->s;
	if (lex_get(lcities, T + m->s, n) != NULL)
		feats("city", "");
	if (lex_get(lcountries, T + m->s, n) != NULL)
		feats("ctry", "");
	if (lex_get(lregions, T + m->s, n) != NULL)
		feats("reg", "");
	if (lex_get(lorgs, T + m->s, n) != NULL)
		feats("org", "");
	if (lex_get(ldemonyms, T + m->s, n) != NULL)
		feats("dem", "");
	if (tokin(lsuffixes, t1 - 1))
		feats("osuf", "");
	(void)snprintf(b, sizeof(b), "%x", twc(t0));
	feats("wf=", b);
	(void)snprintf(b, sizeof(b), "%x", twc(t1 - 1));
	feats("wl=", b);
	/* Context. */
	i = t0 > 0 && tv[t0 - 1].sent == tv[t0].sent ? t0 - 1 : (size_t)-1;
	tokfeats("p=", "psh=", i);
	if (i != (size_t)-1) {
		if (istitle(i))
			feats("pt", "");
		(void)snprintf(b, sizeof(b), "%s|", rt);
		feat(b, T + tv[i].s, tv[i].e - tv[i].s, 1);
		i = i > 0 && tv[i - 1].sent == tv[t0].sent ? i - 1 :
		    (size_t)-1;
		tokfeats("pp=", NULL, i);
	}
	i = t1 < ntv && tv[t1].sent == tv[t0].sent ? t1 : (size_t)-1;
	tokfeats("nx=", "nsh=", i);
	if (i != (size_t)-1) {
		i = i + 1 < ntv && tv[i + 1].sent == tv[t0].sent ? i + 1 :
		    (size_t)-1;
		tokfeats("nn=", NULL, i);
	}
	if (tv[t0].f & TF_FIRST)
		feats("first", "");
	if (tv[t0].f & TF_HEAD)
		feats("head", "");
	if (tv[t1 - 1].f & TF_POSS)
		feats("poss", "");
	feats("any=", anytype >= 0 && anytype <= E_MISC ? tnames[anytype] :
	    "");
	if (anylong)
		feats("anylong", "");
}

/* The class of m by the model, or -1 without one. */
static int
mclass(const struct ment *m, int rtype, int rstr, int anytype, int anylong)
{
	int	 c, best;

	if (!usemodel && tracefp == NULL)
		return -1;
	memset(fscore, 0, sizeof(fscore));
	mfeats(m, rtype, rstr, anytype, anylong);
	if (tracefp != NULL)
		return -1;
	for (best = 0, c = 1; c < NCLASS; c++)
		if (fscore[c] > fscore[best])
			best = c;
	return best;
}

static int
argmax(const long *v)
{
	int	 c, best;

	for (best = 0, c = 1; c < NCLASS; c++)
		if (v[c] > v[best])
			best = c;
	return best;
}

/*
 * The fullest of the latest clusters of type t holding the text of m
 * (in kbuf), or as its initials; *anyp: the latest of any type.
 */
static size_t
findclu(const struct ment *m, int t, size_t *anyp)
{
	size_t	 best = (size_t)-1, any = (size_t)-1, c, j;
	uint32_t h;

	h = firsthash(kbuf.p, kbuf.len);
	for (c = cwhead[h & cwmask]; c != (size_t)-1 &&
	    cwv[c].clu + NRECENT >= ncv; c = cwv[c].next) {
		j = cwv[c].clu;
		if (cwv[c].h != h || !holds(cv[j].key, cv[j].klen,
		    kbuf.p, kbuf.len))
			continue;
		if (any == (size_t)-1 || j > any)
			any = j;
		if (cv[j].type == t && (best == (size_t)-1 ||
		    cv[j].len > cv[best].len))
			best = j;
	}
	if ((tv[m->t0].f & TF_UPPER) && m->t1 - m->t0 == 1) {
		h = 2166136261u ^ 1u;
		for (j = 0; j < kbuf.len; j++) {
			h ^= (unsigned char)kbuf.p[j];
			h *= 16777619u;
		}
		for (c = cwhead[h & cwmask]; c != (size_t)-1 &&
		    cwv[c].clu + NRECENT >= ncv; c = cwv[c].next) {
			j = cwv[c].clu;
			if (cwv[c].h != h || !initials(cv[j].name,
			    cv[j].len, kbuf.p, kbuf.len))
				continue;
			if (any == (size_t)-1 || j > any)
				any = j;
			if (cv[j].type == t && (best == (size_t)-1 ||
			    cv[j].len > cv[best].len))
				best = j;
		}
	}
	*anyp = any;
	return best;
}

/*
 * For a place whose fullest earlier holder is cluster best: the cluster
 * of the document's own earlier mention of the same words, or none
 * (-1) when the lists know the words as a place, or best.  A place
 * the text or the lists name alone is that place, not the longer name
 * that holds it: Tulsa after Tulsa International Airport, Senegal after
 * Southern Senegal.
 */
static size_t
ownplace(size_t best)
{
	size_t	 c, j, own = (size_t)-1;
	uint32_t h;

	h = firsthash(kbuf.p, kbuf.len);
	for (c = cwhead[h & cwmask]; c != (size_t)-1 &&
	    cwv[c].clu + NRECENT >= ncv; c = cwv[c].next) {
		j = cwv[c].clu;
		if (cwv[c].h == h && cv[j].type == E_PLACE &&
		    cv[j].klen == kbuf.len &&
		    memcmp(cv[j].key, kbuf.p, kbuf.len) == 0 &&
		    (own == (size_t)-1 || j > own))
			own = j;
	}
	if (own != (size_t)-1)
		return own;
	if (lex_get(lcountries, kbuf.p, kbuf.len) != NULL ||
	    lex_get(lcities, kbuf.p, kbuf.len) != NULL ||
	    lex_get(lregions, kbuf.p, kbuf.len) != NULL)
		return (size_t)-1;
	return best;
}

/*
 * Is mention m a short form in brackets right after mention prev, of the
 * same type and first letter or its initials in another order: Coastal
 * Society of Surveyors (CSSurv), National Action Party (PAN)?
 */
static int
shortof(const struct ment *m, const struct ment *prev)
{
	return prev != NULL && m->t1 == m->t0 + 1 && m->t1 < ntv &&
	    prev->t1 + 1 == m->t0 && teq(m->t0 - 1, "(") && teq(m->t1, ")") &&
	    prev->type == m->type && nwords(prev->t0, prev->t1) > 1 &&
	    (T[prev->s] == T[m->s] || reinitials(prev->s, prev->e, m->s,
	    m->e));
}

void
entity_tag(struct doc *d, struct annlist *out)
{
	const unsigned char *p = (const unsigned char *)d->text;
	const char *attr[2];
	struct nent *e;
	struct ment *m, *lastm;
	size_t	 i, j, n, best, any, lastend, c, e1, sn, lastclu = 0;
	uint32_t h;
	int	 skip, rtype, type, cl, pass, dl, xpre, inplace;
	char	*name;

	entity_init();
	T = d->text;
	ntv = nmv = ncv = ncwv = 0;
	nsportform = 0;
	lineupsn = startsn = UINT_MAX;
	memotrim();
	nreset();
	arena_reset(&darena);
	for (i = 0; i < d->nsent; i++)
		tokenize_sent(p, d->sent[i].start, d->sent[i].end,
		    (unsigned)i);
	/* Acronyms the document spells out in common words: never names. */
	if (lacr == NULL) {
		lacr = lex_new(0);
		ldefacr = lex_new(0);
		lprod = lex_new(0);
	}
	lex_clear(lacr);
	lex_clear(ldefacr);
	lex_clear(lprod);
	for (i = 3; i + 1 < ntv; i++)
		if ((tv[i].f & TF_UPPER) && teq(i - 1, "(") &&
		    commonexp(i) != (size_t)-1)
			lex_add(lacr, T + tv[i].s, tv[i].e - tv[i].s, NULL);
	chains();

	/* The table of the names the document vouches for. */
	for (i = 0; i < nmv; i++) {
		m = &mv[i];
		if (m->unrel)
			continue;
		if (m->type == E_NONE) {
			if (m->strength == 1) {
				e = mlook(m, 1);
				e->strength = 9;
			}
			continue;
		}
		e = mlook(m, 1);
		if (e->type == E_NONE && e->strength == 9)
			continue;
		if (e->type == E_NONE || m->strength > e->strength) {
			e->type = m->type;
			e->strength = m->strength;
		}
		if (m->type == E_PERSON && m->strength >= 2 &&
		    nwords(m->t0, m->t1) > 1 &&
		    !(tv[m->t1 - 1].f & TF_UPPER)) {
			/*
			 * Tan Mei Lin: the surname first, before a given
			 * name of two short syllables
			 */
			if (nwords(m->t0, m->t1) == 3 && m->t1 == m->t0 + 3 &&
			    !isgiven(m->t0) && tv[m->t0 + 1].e -
			    tv[m->t0 + 1].s <= 5 && tv[m->t0 + 2].e -
			    tv[m->t0 + 2].s <= 5) {
				e = nlook(T + tv[m->t0].s, tv[m->t0].e -
				    tv[m->t0].s, 1);
				e->person_part = 1;
				if (e->type == E_NONE || e->strength < 2) {
					e->type = E_PERSON;
					e->strength = 2;
				}
			}
			/*
			 * The surname, and the words between it and the
			 * given name: Carlos Herrera Soto is "Herrera".
			 */
			for (j = m->t1; j-- > m->t0; ) {
				/* the surname first: Lau of Lau Kin-ming */
				if (j == m->t0 && !(m->t1 == m->t0 + 2 &&
				    syllables(m->t1 - 1)))
					break;
				if (j < m->t1 - 1 && j > m->t0 &&
				    (!(tv[j].f & TF_CAP) || isgiven(j) ||
				    !isgiven(m->t0)))
					break;
				e = nlook(T + tv[j].s, tv[j].e - tv[j].s, 1);
				e->person_part = 1;
				if (e->type == E_NONE || e->strength < 2) {
					e->type = E_PERSON;
					e->strength = 2;
				}
			}
		}
	}
	/*
	 * A company named with its suffix (Pinecrest Software Inc) is
	 * also named without it, and its first word alone is the company,
	 * not the town of that name the lexicons hold.
	 */
	/*
	 * the unseeded Canadian Dufresne, after Marie-Claire Dufresne: a
	 * nationality before a word the document has as a person's last
	 * name stays outside
	 */
	n = nmv;
	for (i = 0; i < n; i++) {
		m = &mv[i];
		if (m->t1 != m->t0 + 2 || m->type == E_PERSON ||
		    (tv[m->t0].f & TF_UPPER) || !(tv[m->t0 + 1].f & TF_WORD) ||
		    !tokin(ldemonyms, m->t0) || !surnameof(m->t0 + 1))
			continue;
		m->t0++;
		m->s = tv[m->t0].s;
		m->type = E_PERSON;
		m->strength = 2;
		addment(m->t0 - 1, m->t0, E_MISC, 3, 0);
	}
	for (i = 0; i < nmv; i++) {
		m = &mv[i];
		if (m->unrel || m->type != E_ORG || m->strength < 2 ||
		    nwords(m->t0, m->t1) < 2 || !(twc(m->t1 - 1) & W_COFORM))
			continue;
		for (j = m->t1 - 1; j > m->t0 && !(tv[j - 1].f & TF_WORD); j--)
			continue;
		/*
		 * and without the heads before it too: Calder Hartley,
		 * after Calder Hartley Investments Ltd
		 */
		for (; j > m->t0 && nwords(m->t0, j) >= 2; j--) {
			foldtext(&kbuf, m->s, tv[j - 1].e);
			e = nlook(kbuf.p, kbuf.len, 1);
			if (e->type == E_NONE || e->strength < 3) {
				e->type = E_ORG;
				e->strength = 3;
			}
			if (!(twc(j - 1) & W_ORGHEAD) ||
			    !(tv[j - 1].f & TF_WORD))
				break;
		}
		if ((tv[m->t0].f & TF_CAP) && !iscommon(m->t0) &&
		    !tokin(lcountries, m->t0) && !placeuse(m->t0)) {
			e = nlook(T + tv[m->t0].s, tv[m->t0].e - tv[m->t0].s, 1);
			e->org_part = 1;
		}
	}
	/*
	 * A name the document has with its "The" (a work's title, "The
	 * Salt Orchard") takes it back where it was left off
	 */
	for (i = 0; i < nmv; i++) {
		m = &mv[i];
		if (m->unrel || m->t0 == 0 || !teq(m->t0 - 1, "The") ||
		    tv[m->t0 - 1].sent != tv[m->t0].sent)
			continue;
		foldtext(&kbuf, tv[m->t0 - 1].s, m->e);
		e = nlook(kbuf.p, kbuf.len, 0);
		if (e != NULL && e->type != E_NONE && e->strength >= 2) {
			m->t0--;
			m->s = tv[m->t0].s;
			m->type = e->type;
		}
	}
	teams();	/* before the headlines: HARLOW V DUNMORE */
	n = nmv;
	for (i = 0; i < n; i++) {
		/*
		 * "Dries Mertens's attempt": a common first word cut off a
		 * name the document knows whole.
		 */
		if (mv[i].unrel && i + 1 < n && mv[i + 1].t0 == mv[i].t1 &&
		    mv[i].t1 == mv[i].t0 + 1 && (tv[mv[i].t0].f & TF_FIRST) &&
		    !(tv[mv[i].t0].f & TF_HEAD) && !mv[i + 1].unrel) {
			foldtext(&kbuf, mv[i].s, mv[i + 1].e);
			e = nlook(kbuf.p, kbuf.len, 0);
			if (e != NULL && e->type != E_NONE && e->strength >= 1) {
				mv[i + 1].t0 = mv[i].t0;
				mv[i + 1].s = mv[i].s;
				mv[i + 1].type = e->type;
				mv[i + 1].strength = e->strength;
				mv[i].unrel = 0;
				mv[i].strength = -1;
				continue;
			}
		}
		if (mv[i].unrel)
			resolve_unreliable(i);
	}
	if (nmv > 1)
		sortv(mv, nmv, sizeof(*mv), mcmp);
	coordinate();

	/*
	 * With a model, a first pass scores every candidate and sums the
	 * scores of each text, so all mentions of a name in the document
	 * vote on its type; the second pass decides and names.
	 */
	for (i = 0; i < nmv; i++) {
		mv[i].sc[0] = mv[i].type;
		mv[i].sc[1] = mv[i].strength;
	}
	pass = usemodel && tracefp == NULL ? 0 : 1;
again:
	lastend = 0;
	lastm = NULL;
	ncv = ncwv = 0;
	for (cwmask = 63; cwmask < CWHEADS - 1 && cwmask < 2 * nmv;
	    cwmask = cwmask * 2 + 1)
		continue;
	memset(cwhead, 0xff, (cwmask + 1) * sizeof(*cwhead));
	for (i = 0; i < nmv; i++) {
		m = &mv[i];
		if (pass == 1 && usemodel && tracefp == NULL) {
			m->type = (int)m->sc[2];
			m->strength = (int)m->sc[3];
		} else if (pass == 0) {
			m->sc[2] = m->type = (int)m->sc[0];
			m->sc[3] = m->strength = (int)m->sc[1];
		}
		if (m->strength < 0 || m->s < lastend)
			continue;
		e = mlook(m, 0);
		if (e == NULL && (tv[m->t0].f & TF_UPPER)) {
			/* HARLOW as the team Harlow of the body */
			foldtext(&tbuf, m->s, m->e);
			if (titlecase(&tbuf))
				e = nlook(tbuf.p, tbuf.len, 0);
		}
		skip = e != NULL && e->type == E_NONE && e->strength == 9;
		/* the X of X-ray is no mention of the name X */
		xpre = m->type == E_NONE && m->t1 == m->t0 + 1 &&
		    prefixword(m->t0);
		if (xpre)
			e = NULL;
		/*
		 * The document's type of the name, when its evidence is
		 * stronger, or as strong as this mention's and earlier:
		 * "Kudira, a Lagos-based startup, ..." then "Kudira said";
		 * but not over a mention found to be no name (US$20).
		 */
		if (e != NULL && e->type != E_NONE &&
		    (e->strength > m->strength || (e->person_part &&
		    m->strength < 2) || (e->strength == m->strength &&
		    m->strength >= 2 && m->type != E_NONE))) {
			m->type = e->type;
			m->strength = e->strength;
		}
		/* MILAN 1996-12-04 in a report on Milan the club */
		dl = (tv[m->t0].f & TF_UPPER) && dateline(m) &&
		    lextype(m->s, m->e, nwords(m->t0, m->t1), 0) == E_PLACE;
		/*
		 * "In Swansea: Swansea 22 Treviso 13": the town in the label
		 * of a line of results, then the club
		 */
		dl = dl || (e != NULL && e->type == E_ORG && e->strength == 4 &&
		    m->t1 < ntv && teq(m->t1, ":") &&
		    linestart(tv[m->t0].sent) == m->t1 + 1 &&
		    lextype(m->s, m->e, nwords(m->t0, m->t1), 0) == E_PLACE);
		if (dl) {
			e = NULL;
			m->type = E_PLACE;
		}
		/*
		 * Pinecrest after Pinecrest Software Inc, not the town;
		 * Delmar after Delmar Biologics Inc., not a man so named;
		 * but the town after "in", "at" or a compass word (in north
		 * Kolkata after Kolkata Municipal Corporation)
		 */
		inplace = e != NULL && (e->org_part || e->person_part) &&
		    m->t1 == m->t0 + 1 && m->type == E_PLACE &&
		    placeword(m->t0, L_PLACEIN | L_PLACEAT | L_COMPASS);
		if (e != NULL && e->org_part && !e->person_part &&
		    m->t1 == m->t0 + 1 && ((m->type == E_PLACE && !inplace) ||
		    (m->type == E_PERSON && m->strength <= 2)))
			m->type = E_ORG;
		/*
		 * Herrera after Carlos Herrera Soto, not the town, or in a
		 * headline before him; not the Lincoln seat before Gary
		 * Lincoln; Matsushita after Yasuo Matsushita, not the company
		 * no one named
		 */
		if (e != NULL && e->person_part && m->t1 == m->t0 + 1 &&
		    ((m->type == E_PLACE && !inplace &&
		    lex_get(lcountries, T + m->s, m->e - m->s) == NULL &&
		    ((tv[m->t0].f & (TF_HEAD | TF_UPPER)) ||
		    namedbefore(m))) ||
		    (m->type == E_ORG && !e->org_part && m->strength <= 3)))
			m->type = E_PERSON;
		/* The fullest earlier mention of the same entity. */
		best = findclu(m, m->type, &any);
		/*
		 * A lone common word is a short form of a person's name or
		 * the first word of another's, not any word of it: "Iodine"
		 * is no short form of "National Iodine Nutrition Study".
		 */
		if (any != (size_t)-1 && m->strength == 0 &&
		    m->t1 == m->t0 + 1 && cv[any].type != E_PERSON &&
		    iscommon(m->t0) && ((twc(m->t0) & (W_ORGHEAD |
		    W_PLACEHEAD)) || !edgeword(cv[any].name, cv[any].len,
		    kbuf.p, kbuf.len)))
			any = (size_t)-1;
		if (xpre)
			any = (size_t)-1;
		if (m->strength <= 1 && any != (size_t)-1 &&
		    (best == (size_t)-1 || cv[any].len > kbuf.len)) {
			m->type = cv[any].type;
			best = any;
			h = firsthash(kbuf.p, kbuf.len);
			for (c = cwhead[h & cwmask]; c != (size_t)-1;
			    c = cwv[c].next) {
				j = cwv[c].clu;
				if (j <= any && cwv[c].h == h &&
				    cv[j].type == m->type && holds(cv[j].key,
				    cv[j].klen, kbuf.p, kbuf.len) &&
				    cv[j].len > cv[best].len)
					best = j;
			}
		}
		rtype = m->type;
		if (skip || m->type == E_NONE || ((m->strength == 0 ||
		    (m->guess && m->strength <= 1)) && best == (size_t)-1))
			rtype = E_NONE;
		if (tracefp != NULL)
			fprintf(tracefp, "%s\t%zu\t%zu\t", d->name, m->s,
			    m->e);
		cl = -1;
		if (pass == 0 || tracefp != NULL) {
			cl = mclass(m, rtype, m->strength, any == (size_t)-1 ?
			    -1 : cv[any].type, any != (size_t)-1 &&
			    cv[any].len > kbuf.len);
			if (tracefp != NULL)
				fputc('\n', tracefp);
			if (cl >= 0) {
				e = nlook(kbuf.p, kbuf.len, 1);
				for (j = 0; j < NCLASS; j++)
					e->sc[j] += fscore[j];
			}
		} else if (usemodel) {
			e = nlook(kbuf.p, kbuf.len, 0);
			cl = e != NULL ? argmax(e->sc) : -1;
		}
		if (cl >= 0) {
			type = c2type[cl];
			if (type == E_NONE && rtype == E_MISC)
				type = E_MISC;
			if (dl)
				type = E_PLACE;
			if (type != rtype && type != E_NONE)
				best = findclu(m, type, &j);
			m->type = rtype = type;
		}
		if (rtype == E_NONE)
			continue;
		if (m->type == E_PLACE && best != (size_t)-1 &&
		    cv[best].klen > kbuf.len && holds(cv[best].key,
		    cv[best].klen, kbuf.p, kbuf.len))
			best = ownplace(best);
		e1 = m->e + (abbrdot(m) || (m->type == E_PLACE &&
		    m->t1 == m->t0 + 1 && stopplace(m->t0)));
		if (best == (size_t)-1 && shortof(m, lastm)) {
			/* Coastal Society of Surveyors (CSSurv) */
			best = lastclu;
			addclu(cv[best].name, cv[best].len, arena_strndup(&darena,
			    kbuf.p, kbuf.len), kbuf.len, m->type);
		}
		if (best != (size_t)-1)
			name = (char *)cv[best].name;
		else {
			if (e1 > m->e)
				buf_addc(&kbuf, '.');
			name = arena_strndup(&darena, kbuf.p, kbuf.len);
			addclu(name, kbuf.len, name, kbuf.len, m->type);
		}
		lastm = m;
		lastclu = best != (size_t)-1 ? best : ncv - 1;
		/*
		 * "von der Leyen told": the particles before a surname, when
		 * the person's full name has them too
		 */
		if (m->type == E_PERSON && best != (size_t)-1 &&
		    m->t0 > 0 && (lwc(m->t0 - 1) & L_PARTICLE) &&
		    tv[m->t0 - 1].sent == tv[m->t0].sent) {
			for (j = m->t0 - 1; j > 0 && (lwc(j - 1) &
			    L_PARTICLE) && tv[j - 1].sent == tv[j].sent; j--)
				continue;
			n = m->e - tv[j].s;
			if (tv[j].s >= lastend && cv[best].len > n &&
			    cv[best].name[cv[best].len - n - 1] == ' ' &&
			    strncasecmp(cv[best].name + cv[best].len - n,
			    T + tv[j].s, n) == 0)
				m->s = tv[j].s;
		}
		if (pass == 1) {
			attr[0] = tnames[m->type];
			attr[1] = name;
			/* Never across the end of its sentence. */
			sn = tv[m->t0].sent + 1;	/* m->s is in it */
			/* name lives in darena until the next document */
			if (e1 > m->s && e1 <= d->sent[sn - 1].end)
				doc_addk(d, out, K_ENTITY, sn, m->s, e1, attr);
		}
		lastend = m->e;
	}
	if (pass++ == 0)
		goto again;
}
