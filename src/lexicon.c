/*
 * lexicon.c: word lists from the data directory, kept in one open-
 * addressing hash table each.  A file is read in one go; its lines are
 * "entry" or "entry<TAB>value", '#' starts a comment line.
 */

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lede.h"

struct lexent {
	const char	*key;
	const char	*val;
	uint32_t	 keylen;
	uint32_t	 hash;
};

struct lexicon {
	struct lexent	*tab;
	size_t		 mask, n;
	int		 fold;
	struct arena	 arena;
};

static uint32_t
hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n-- > 0) {
		h ^= (unsigned char)*s++;
		h *= 16777619u;
	}
	return h;
}

/* Lower-case s into b: ASCII, Latin-1, Greek, Cyrillic. */
static const char *
foldkey(struct buf *b, const char *s, size_t n, size_t *outn)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t	 i, k;
	uint32_t c;
	char	 enc[4];

	b->len = 0;
	for (i = 0; i < n; i += k) {
		if (p[i] < 0x80) {
			k = 1;
			buf_addc(b, p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 :
			    p[i]);
			continue;
		}
		k = utf8_decode(p + i, n - i, &c);
		if (c == UTF8_BAD) {
			buf_addc(b, p[i]);
			continue;
		}
		c = uc_tolower(c);
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
	*outn = b->len;
	return b->p != NULL ? b->p : "";
}

struct lexicon *
lex_new(int fold)
{
	struct lexicon *l;

	l = xcalloc(1, sizeof(*l));
	l->fold = fold;
	l->mask = 255;
	l->tab = xcalloc(l->mask + 1, sizeof(*l->tab));
	return l;
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

void
lex_add(struct lexicon *l, const char *key, size_t n, const char *val)
{
	struct lexent *e;
	uint32_t h;
	size_t	 j;

	if (l->fold)
		key = foldkey(&foldbuf, key, n, &n);
	if (n > UINT32_MAX)
		return;
	h = hash(key, n);
	for (j = h & l->mask; (e = &l->tab[j])->key != NULL;
	    j = (j + 1) & l->mask)
		if (e->hash == h && e->keylen == n &&
		    memcmp(e->key, key, n) == 0)
			return;		/* the first value wins */
	e->key = arena_strndup(&l->arena, key, n);
	e->keylen = (uint32_t)n;
	e->hash = h;
	e->val = val == NULL ? "" : arena_strndup(&l->arena, val,
	    strlen(val));
	if (++l->n * 2 > l->mask)
		rehash(l);
}

const char *
lex_get(const struct lexicon *l, const char *key, size_t n)
{
	const struct lexent *e;
	uint32_t h;
	size_t	 j;

	if (l == NULL)
		return NULL;
	if (l->fold)
		key = foldkey(&foldbuf, key, n, &n);
	h = hash(key, n);
	for (j = h & l->mask; (e = &l->tab[j])->key != NULL;
	    j = (j + 1) & l->mask)
		if (e->hash == h && e->keylen == n &&
		    memcmp(e->key, key, n) == 0)
			return e->val;
	return NULL;
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
	struct reader r;
	char	*path, *line, *tab;
	size_t	 len;
	int	 rv = 0;

	path = data_path(name);
	if (rd_open(&r, path) == -1) {
		free(path);
		return -1;
	}
	while ((line = rd_line(&r, &len)) != NULL) {
		if (len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		if ((tab = memchr(line, '\t', len)) != NULL) {
			*tab = '\0';
			lex_add(l, line, (size_t)(tab - line), tab + 1);
		} else
			lex_add(l, line, len, NULL);
	}
	if (r.error != 0)
		rv = -1;
	rd_close(&r);
	free(path);
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
