/*
 * input.c: a reader over one file descriptor, in the manner of ripgrep's
 * line buffer: read(2) into a 64 KiB buffer, hand out whole lines, roll
 * the partial tail to the front before each refill, and grow only when
 * one line outgrows the buffer.
 */

#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lede.h"

#define RDSIZE	(1 << 16)

int
rd_open(struct reader *r, const char *name)
{
	memset(r, 0, sizeof(*r));
	r->name = name;
	if (strcmp(name, "-") == 0)
		r->fd = STDIN_FILENO;
	else if ((r->fd = open(name, O_RDONLY)) == -1)
		return -1;
	r->cap = RDSIZE;
	r->buf = xmalloc(r->cap + 1);
	return 0;
}

void
rd_close(struct reader *r)
{
	if (r->fd != STDIN_FILENO && r->fd != -1)
		close(r->fd);
	free(r->buf);
	r->buf = NULL;
}

/* One read(2) more; 0 at the end of input (or after a read error). */
static int
rd_more(struct reader *r)
{
	ssize_t	 n;

	if (r->eof)
		return 0;
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->len - r->pos);
		r->len -= r->pos;
		r->pos = 0;
	}
	if (r->len == r->cap) {
		if (r->cap > SIZE_MAX / 4)
			errx(1, "%s: line too long", r->name);
		r->cap *= 2;
		r->buf = xreallocarray(r->buf, r->cap + 1, 1);
	}
	for (;;) {
		n = read(r->fd, r->buf + r->len, r->cap - r->len);
		if (n == -1 && errno == EINTR)
			continue;
		break;
	}
	if (n == -1) {
		r->error = errno;
		warn("%s", r->name);
		r->eof = 1;
		return 0;
	}
	if (n == 0) {
		r->eof = 1;
		return 0;
	}
	r->len += (size_t)n;
	return 1;
}

char *
rd_line(struct reader *r, size_t *lenp)
{
	char	*p, *nl;
	size_t	 scanned = 0;

	for (;;) {
		p = r->buf + r->pos;
		nl = memchr(p + scanned, '\n', r->len - r->pos - scanned);
		if (nl != NULL) {
			*lenp = (size_t)(nl - p);
			*nl = '\0';
			r->pos += *lenp + 1;
			r->lineno++;
			return p;
		}
		scanned = r->len - r->pos;
		if (!rd_more(r)) {
			if (r->len == r->pos)
				return NULL;
			/* A last line without its LF. */
			p = r->buf + r->pos;
			*lenp = r->len - r->pos;
			p[*lenp] = '\0';
			r->pos = r->len;
			r->lineno++;
			return p;
		}
	}
}

size_t
rd_fill(struct reader *r, size_t n)
{
	while (r->len - r->pos < n && rd_more(r))
		continue;
	return r->len - r->pos;
}

char *
rd_all(struct reader *r, size_t *lenp)
{
	struct stat st;

	/* A regular file is read into a buffer of its size at once. */
	if (fstat(r->fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_size > 0 && (uintmax_t)st.st_size < SIZE_MAX / 4 &&
	    (size_t)st.st_size + 1 > r->cap - (r->len - r->pos)) {
		size_t	 want = (size_t)st.st_size + 1 + (r->len - r->pos);

		if (r->pos > 0) {
			memmove(r->buf, r->buf + r->pos, r->len - r->pos);
			r->len -= r->pos;
			r->pos = 0;
		}
		r->buf = xreallocarray(r->buf, want + 1, 1);
		r->cap = want;
	}
	while (rd_more(r))
		continue;
	*lenp = r->len - r->pos;
	r->buf[r->len] = '\0';
	return r->buf + r->pos;
}
