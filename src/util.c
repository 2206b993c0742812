/*
 * util.c: allocators that die, the growable buffer, the arena and the
 * data directory.
 */

#include <sys/stat.h>

#include <err.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lede.h"

void *
xmalloc(size_t n)
{
	void	*p;

	if ((p = malloc(n == 0 ? 1 : n)) == NULL)
		err(1, NULL);
	return p;
}

void *
xcalloc(size_t n, size_t m)
{
	void	*p;

	if ((p = calloc(n == 0 ? 1 : n, m == 0 ? 1 : m)) == NULL)
		err(1, NULL);
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t m)
{
	if ((p = reallocarray(p, n == 0 ? 1 : n, m == 0 ? 1 : m)) == NULL)
		err(1, NULL);
	return p;
}

char *
xstrdup(const char *s)
{
	return xmemdup(s, strlen(s));
}

/*
 * A stable sort for arrays nearly in order, as most are (records are
 * mostly made in text order): an array in order costs one pass, and an
 * element out of order is moved back to its place, after the last one
 * not greater, found by a binary search.  An array far from order, or of
 * elements too large to hold aside, goes to qsort() instead (that of
 * glibc is a merge sort, stable too): the moves allowed cost at most a
 * few passes.
 */
void
sortv(void *v, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	char	*p = v, tmp[256];
	size_t	 i, lo, hi, mid, moves = 0;

	for (i = 1; i < n; i++) {
		if (cmp(p + (i - 1) * size, p + i * size) <= 0)
			continue;
		for (lo = 0, hi = i - 1; lo < hi; ) {
			mid = lo + (hi - lo) / 2;
			if (cmp(p + mid * size, p + i * size) <= 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		moves += i - lo;
		if (size > sizeof(tmp) || moves > 8 * n) {
			qsort(v, n, size, cmp);
			return;
		}
		memcpy(tmp, p + i * size, size);
		memmove(p + (lo + 1) * size, p + lo * size, (i - lo) * size);
		memcpy(p + lo * size, tmp, size);
	}
}

char *
xmemdup(const void *s, size_t n)
{
	char	*p;

	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
buf_grow(struct buf *b, size_t n)
{
	size_t	 cap;

	if (b->cap - b->len > n)
		return;
	cap = b->cap ? b->cap : 256;
	while (cap - b->len <= n) {
		if (cap > SIZE_MAX / 2)
			errx(1, "buffer too large");
		cap *= 2;
	}
	b->p = xreallocarray(b->p, cap, 1);
	b->cap = cap;
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	buf_grow(b, n);
	memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

/* Arena: a list of blocks; reset keeps the first (largest) block. */
struct ablock {
	struct ablock	*next;
	size_t		 size, used;
	max_align_t	 data[];
};

void *
arena_alloc(struct arena *a, size_t n)
{
	struct ablock	*b;
	size_t		 size;
	char		*p;

	n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	if ((b = a->head) == NULL || b->size - b->used < n) {
		size = b == NULL ? 1 << 16 : b->size * 2;
		while (size < n)
			size *= 2;
		b = xmalloc(sizeof(*b) + size);
		b->size = size;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	p = (char *)b->data + b->used;
	b->used += n;
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p;

	p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
arena_reset(struct arena *a)
{
	struct ablock	*b, *next;

	if (a->head == NULL)
		return;
	/* Keep the newest block: it is the largest. */
	for (b = a->head->next; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head->next = NULL;
	a->head->used = 0;
}

/*
 * The data directories, searched in order for each file: -L DIR, then
 * $LEDE_DATA, then the default: ../share/lede beside the program (an
 * installed tree), else ../src/data beside it (the build tree), else the
 * directory compiled in.  A file found early hides the same name later,
 * so a directory may hold just the lists it changes.
 */
static char	*ldir;
static const char *dirs[3];
static size_t	 ndirs;

void
data_dir_set(const char *dir)
{
	struct stat st;

	if (stat(dir, &st) == -1)
		err(1, "%s", dir);
	if (!S_ISDIR(st.st_mode))
		errx(1, "%s: Not a directory", dir);
	free(ldir);
	ldir = xstrdup(dir);
	ndirs = 0;
}

static int
isdir_with(const char *dir, const char *file)
{
	char	 path[PATH_MAX];
	int	 n;

	n = snprintf(path, sizeof(path), "%s/%s", dir, file);
	return n > 0 && (size_t)n < sizeof(path) && access(path, R_OK) == 0;
}

static const char *
defaultdir(void)
{
	static const char *const rel[] = { "../share/lede", "../src/data" };
	static char *dflt;
	char	 exe[PATH_MAX], path[PATH_MAX];
	char	*slash;
	ssize_t	 n;
	size_t	 i;

	if (dflt != NULL)
		return dflt;
	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			for (i = 0; i < sizeof(rel) / sizeof(rel[0]); i++) {
				n = snprintf(path, sizeof(path), "%s/%s", exe,
				    rel[i]);
				if (n > 0 && (size_t)n < sizeof(path) &&
				    isdir_with(path, "abbreviations-en.txt")) {
					dflt = xstrdup(path);
					return dflt;
				}
			}
		}
	}
	dflt = xstrdup(DATADIR);
	return dflt;
}

size_t
data_dirs(const char *const **v)
{
	const char *env;

	if (ndirs == 0) {
		if (ldir != NULL)
			dirs[ndirs++] = ldir;
		if ((env = getenv("LEDE_DATA")) != NULL && *env != '\0')
			dirs[ndirs++] = env;
		dirs[ndirs++] = defaultdir();
	}
	*v = dirs;
	return ndirs;
}

const char *
data_dir(void)
{
	const char *const *v;

	data_dirs(&v);
	return v[0];
}

/* The first of the data directories that has name, or the first one. */
char *
data_path(const char *name)
{
	const char *const *v;
	size_t	 i, n, nd;
	char	*p;

	nd = data_dirs(&v);
	for (i = 0; i < nd; i++)
		if (isdir_with(v[i], name))
			break;
	if (i == nd)
		i = 0;
	n = strlen(v[i]) + strlen(name) + 2;
	p = xmalloc(n);
	snprintf(p, n, "%s/%s", v[i], name);
	return p;
}
