/*
 * lexicon.c: word lists from the data directory, each kept in one open-
 * addressing hash table.  A file is read in one go and its lines are cut
 * in place: the table points into the file's bytes, so loading copies
 * nothing but the keys that folding changes.  A line is "entry" or
 * "entry<TAB>value"; '#' starts a comment line.
 */

#include <err.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lede.h"

#define HASVAL	0x80000000u

struct lexent {
	const char	*key;	/* NUL-terminated; its value follows the NUL */
	uint32_t	 hash;
	uint32_t	 len;	/* key length, HASVAL when a value follows */
};

struct lexbuf {
	struct lexbuf	*next;
	char		*p;
};

struct lexicon {
	struct lexent	*tab;
	size_t		 mask, n;
	int		 fold;
	struct lexbuf	*bufs;	/* the files' bytes, kept */
	struct arena	 arena;	/* folded copies */
	uint64_t	*filt;	/* a loaded list's filter, or NULL */
	size_t		 fmask;	/* its words, less one */
};

/*
 * A loaded list keeps a filter beside its table: two bits a key, set in
 * one 64-bit word chosen by the hash, at about 16 bits a key.  Most words
 * looked up are in no list, and the filter (small enough to stay in the
 * cache) answers them without touching the table: a lookup costs a cache
 * miss only for a key that is there, or one in about a hundred that is
 * not.
 */
#define FBITS(h)	((1ull << ((h) >> 20 & 63)) | (1ull << ((h) >> 26)))
#define FWORD(l, h)	((l)->filt[((h) >> 4) & (l)->fmask])

/* Make l's filter anew over the keys of the lists in v. */
static void
filter_build(struct lexicon *l, struct lexicon *const *v, size_t nv)
{
	size_t	 words = 1, n = 0, i, k;

	for (k = 0; k < nv; k++)
		n += v[k]->n;
	while (words * 4 < n)
		words *= 2;
	free(l->filt);
	l->filt = xcalloc(words, sizeof(*l->filt));
	l->fmask = words - 1;
	for (k = 0; k < nv; k++)
		for (i = 0; i <= v[k]->mask; i++)
			if (v[k]->tab[i].key != NULL)
				FWORD(l, v[k]->tab[i].hash) |=
				    FBITS(v[k]->tab[i].hash);
}

static uint32_t
hash(const char *s, size_t n)
{
	return hashmem(s, n);
}

static void
encode(struct buf *b, uint32_t c)
{
	char	 enc[4];

	if (c < 0x800) {
		enc[0] = (char)(0xC0 | (c >> 6));
		enc[1] = (char)(0x80 | (c & 0x3F));
		buf_add(b, enc, 2);
	} else if (c < 0x10000) {
		enc[0] = (char)(0xE0 | (c >> 12));
		enc[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		enc[2] = (char)(0x80 | (c & 0x3F));
		buf_add(b, enc, 3);
	} else {
		enc[0] = (char)(0xF0 | (c >> 18));
		enc[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		enc[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		enc[3] = (char)(0x80 | (c & 0x3F));
		buf_add(b, enc, 4);
	}
}

/*
 * Lower-case s (ASCII, Latin, Greek, Cyrillic).  Returns s itself when
 * nothing changes, else the folded copy in b.
 */
static const char *
foldkey(struct buf *b, const char *s, size_t n, size_t *outn)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t	 i, k;
	uint32_t c;

	*outn = n;
	for (i = 0; i < n; i++)
		if ((p[i] >= 'A' && p[i] <= 'Z') || p[i] >= 0x80)
			break;
	if (i == n)
		return s;
	b->len = 0;
	buf_add(b, s, i);
	/* ASCII a byte at a time straight into the buffer */
	buf_grow(b, n - i);
	for (; i < n && p[i] < 0x80; i++)
		b->p[b->len++] = (char)(p[i] >= 'A' && p[i] <= 'Z' ?
		    p[i] + 32 : p[i]);
	b->p[b->len] = '\0';
	for (; i < n; i += k) {
		if (p[i] < 0x80) {
			k = 1;
			buf_addc(b, p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 :
			    p[i]);
			continue;
		}
		k = utf8_decode(p + i, n - i, &c);
		if (c == UTF8_BAD)
			buf_addc(b, p[i]);
		else
			encode(b, uc_tolower(c));
	}
	*outn = b->len;
	return b->p;
}

static struct lexicon *
lex_sized(int fold, size_t n)
{
	struct lexicon *l;
	size_t	 size = 256;

	while (size < n + n / 3 + 1)
		size *= 2;
	l = xcalloc(1, sizeof(*l));
	l->fold = fold;
	l->mask = size - 1;
	l->tab = xcalloc(size, sizeof(*l->tab));
	return l;
}

struct lexicon *
lex_new(int fold)
{
	return lex_sized(fold, 0);
}

static void
rehash(struct lexicon *l)
{
	struct lexent *old = l->tab;
	size_t	 oldn = l->mask + 1, i, j;

	l->mask = l->mask * 2 + 1;
	l->tab = xcalloc(l->mask + 1, sizeof(*l->tab));
	for (i = 0; i < oldn; i++) {
		if (old[i].key == NULL)
			continue;
		for (j = old[i].hash & l->mask; l->tab[j].key != NULL;
		    j = (j + 1) & l->mask)
			continue;
		l->tab[j] = old[i];
	}
	free(old);
}

static struct buf foldbuf;

/*
 * Insert key (n bytes, NUL-terminated at n, followed by its value when
 * hasval) as it stands: the caller keeps the bytes alive.
 */
static void
inserth(struct lexicon *l, const char *key, size_t n, int hasval, uint32_t h)
{
	struct lexent *e;
	size_t	 j;

	for (j = h & l->mask; (e = &l->tab[j])->key != NULL;
	    j = (j + 1) & l->mask)
		if (e->hash == h && (e->len & ~HASVAL) == n &&
		    eqmem(e->key, key, n))
			return;		/* the first value wins */
	e->key = key;
	e->hash = h;
	e->len = (uint32_t)n | (hasval ? HASVAL : 0);
	if (l->filt != NULL)
		FWORD(l, h) |= FBITS(h);
	if (++l->n * 4 > (l->mask + 1) * 3)
		rehash(l);
}

static void
insert(struct lexicon *l, const char *key, size_t n, int hasval)
{
	if (n < HASVAL)
		inserth(l, key, n, hasval, hash(key, n));
}

/*
 * The key to insert for key (n bytes) and val: folded when the lexicon
 * folds, and copied (with val) when that changed it or the caller's
 * bytes do not stay.
 */
static const char *
addkey(struct lexicon *l, const char *key, size_t n, const char *val,
    int inplace, size_t *outn)
{
	const char *k = key;
	size_t	 kn = n, vn;
	char	*p;

	if (l->fold)
		k = foldkey(&foldbuf, key, n, &kn);
	*outn = kn;
	if (inplace && k == key)
		return key;
	vn = val != NULL ? strlen(val) + 1 : 0;
	p = arena_alloc(&l->arena, kn + 1 + vn);
	memcpy(p, k, kn);
	p[kn] = '\0';
	if (val != NULL)
		memcpy(p + kn + 1, val, vn);
	return p;
}

static void
add(struct lexicon *l, const char *key, size_t n, const char *val,
    int inplace)
{
	const char *k;
	size_t	 kn;

	k = addkey(l, key, n, val, inplace, &kn);
	insert(l, k, kn, val != NULL);
}

void
lex_add(struct lexicon *l, const char *key, size_t n, const char *val)
{
	add(l, key, n, val, 0);
}

/* Empty l for reuse: a table grown large shrinks back. */
void
lex_clear(struct lexicon *l)
{
	if (l->n == 0) {
		arena_reset(&l->arena);
		return;
	}
	if (l->mask > 1023) {
		free(l->tab);
		l->mask = 255;
		l->tab = xcalloc(l->mask + 1, sizeof(*l->tab));
	} else
		memset(l->tab, 0, (l->mask + 1) * sizeof(*l->tab));
	l->n = 0;
	arena_reset(&l->arena);
	free(l->filt);
	l->filt = NULL;
}

static const char *
lookup(const struct lexicon *l, const char *key, size_t n, uint32_t h)
{
	const struct lexent *e;
	size_t	 j;

	if (l->filt != NULL && (FWORD(l, h) & FBITS(h)) != FBITS(h))
		return NULL;
	for (j = h & l->mask; (e = &l->tab[j])->key != NULL;
	    j = (j + 1) & l->mask)
		if (e->hash == h && (e->len & ~HASVAL) == n &&
		    eqmem(e->key, key, n))
			return e->len & HASVAL ? e->key + n + 1 : "";
	return NULL;
}

const char *
lex_get(const struct lexicon *l, const char *key, size_t n)
{
	char	 tmp[64];
	size_t	 i;

	if (l == NULL)
		return NULL;
	if (l->fold) {
		/* A short ASCII key is folded on the stack, in one pass. */
		for (i = 0; i < n && i < sizeof(tmp); i++) {
			if ((unsigned char)key[i] >= 0x80)
				break;
			tmp[i] = (char)(key[i] >= 'A' && key[i] <= 'Z' ?
			    key[i] + 32 : key[i]);
		}
		if (i == n)
			return lookup(l, tmp, n, hash(tmp, n));
		key = foldkey(&foldbuf, key, n, &n);
	}
	return lookup(l, key, n, hash(key, n));
}

/* The hash lex_geth() wants for key (n bytes). */
uint32_t
lex_hash(const char *key, size_t n)
{
	return hash(key, n);
}

/*
 * lex_get() with the key's hash made once by lex_hash(), for looking one
 * key up in several lexicons; a folding lexicon folds and hashes again.
 */
const char *
lex_geth(const struct lexicon *l, const char *key, size_t n, uint32_t h)
{
	if (l == NULL)
		return NULL;
	if (l->fold)
		return lex_get(l, key, n);
	return lookup(l, key, n, h);
}

/*
 * An empty lexicon whose filter holds the keys of the lists in v (none
 * folding): lex_maybe() on it tells in one cache line that a key is in
 * none of them.
 */
struct lexicon *
lex_union(struct lexicon *const *v, size_t nv)
{
	struct lexicon *l = lex_new(0);
	size_t	 k;

	for (k = 0; k < nv; k++)
		if (v[k] == NULL || v[k]->fold)
			errx(1, "lex_union: a folding or missing list");
	filter_build(l, v, nv);
	return l;
}

/* Call fn with each key of l (as stored: lower-cased when l folds). */
void
lex_each(const struct lexicon *l, void (*fn)(const char *, size_t, void *),
    void *arg)
{
	size_t	 i;

	for (i = 0; i <= l->mask; i++)
		if (l->tab[i].key != NULL)
			fn(l->tab[i].key, l->tab[i].len & ~HASVAL, arg);
}

/* May a list of l (or of the lists l was made from) hold the key of hash h? */
int
lex_maybe(const struct lexicon *l, uint32_t h)
{
	return l->filt == NULL || (FWORD(l, h) & FBITS(h)) == FBITS(h);
}

size_t
lex_size(const struct lexicon *l)
{
	return l == NULL ? 0 : l->n;
}

/* Add the entries of DATA/name to l; -1 (errno set) when unreadable. */
int
lex_merge(struct lexicon *l, const char *name)
{
	/*
	 * Keys wait in a ring of RING while their slots are fetched: a
	 * large list's slots are cache misses, and this overlaps them.
	 */
	enum { RING = 16 };
	struct {
		const char	*key;
		size_t		 n;
		uint32_t	 h;
		int		 hasval;
	} ring[RING];
	struct reader r;
	struct lexbuf *lb;
	const char *k;
	char	*path, *p, *end, *nl, *tab, *all;
	size_t	 len, kn, lines = 0, head = 0, cnt = 0;
	uint32_t h;
	int	 rv = 0;

	path = data_path(name);
	if (rd_open(&r, path) == -1) {
		free(path);
		return -1;
	}
	all = rd_all(&r, &len);
	if (r.error != 0)
		rv = -1;
	/* Keep the bytes: the table points into them. */
	lb = xmalloc(sizeof(*lb));
	if (all == r.buf) {
		lb->p = r.buf;		/* taken over, not copied */
		r.buf = NULL;
	} else {
		lb->p = xmalloc(len + 1);
		memcpy(lb->p, all, len);
		lb->p[len] = '\0';
	}
	lb->next = l->bufs;
	l->bufs = lb;
	rd_close(&r);
	free(path);

	for (p = lb->p, end = p + len; (p = memchr(p, '\n', end - p)) != NULL;
	    p++)
		lines++;
	if (l->n == 0 && lines + 1 > (l->mask + 1) * 3 / 4) {
		/* An empty table is made at its final size at once. */
		free(l->tab);
		while (lines + 1 > (l->mask + 1) * 3 / 4)
			l->mask = l->mask * 2 + 1;
		l->tab = xcalloc(l->mask + 1, sizeof(*l->tab));
	}
	while (l->n + lines + 1 > (l->mask + 1) * 3 / 4)
		rehash(l);
	for (p = lb->p; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		*nl = '\0';
		len = (size_t)(nl - p);
		if (len > 0 && p[len - 1] == '\r')
			p[--len] = '\0';
		if (len == 0 || p[0] == '#')
			continue;
		if ((tab = memchr(p, '\t', len)) != NULL) {
			*tab = '\0';
			k = addkey(l, p, (size_t)(tab - p), tab + 1, 1, &kn);
		} else
			k = addkey(l, p, len, NULL, 1, &kn);
		if (kn >= HASVAL)
			continue;
		h = hash(k, kn);
		__builtin_prefetch(&l->tab[h & l->mask]);
		if (cnt == RING) {
			inserth(l, ring[head].key, ring[head].n,
			    ring[head].hasval, ring[head].h);
			head = (head + 1) % RING;
			cnt--;
		}
		ring[(head + cnt) % RING].key = k;
		ring[(head + cnt) % RING].n = kn;
		ring[(head + cnt) % RING].h = h;
		ring[(head + cnt) % RING].hasval = tab != NULL;
		cnt++;
	}
	for (; cnt > 0; cnt--, head = (head + 1) % RING)
		inserth(l, ring[head].key, ring[head].n, ring[head].hasval,
		    ring[head].h);
	filter_build(l, &l, 1);
	return rv;
}

struct lexicon *
lex_load(const char *name, int optional, int fold)
{
	struct lexicon *l;
	char	*path;

	l = lex_new(fold);
	if (lex_merge(l, name) == -1) {
		if (optional && errno == ENOENT)
			return l;
		path = data_path(name);
		err(1, "%s", path);
	}
	return l;
}
