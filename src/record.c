/*
 * record.c: parsing the record stream.
 *
 *	DOC SENT START END KIND TEXT [ATTR ...]
 */

#include <stdio.h>
#include <string.h>

#include "lede.h"

/*
 * Unescape n bytes of src into dst; -1 on an unknown or cut escape.  In
 * place, the bytes before the first escape are not moved.
 */
ssize_t
unescape(char *dst, const char *src, size_t n)
{
	const char *p = src, *end = src + n, *q;
	char	*d = dst;

	while (p < end) {
		if ((q = memchr(p, '\\', (size_t)(end - p))) == NULL)
			q = end;
		if (d != p)
			memmove(d, p, (size_t)(q - p));
		d += q - p;
		if (q == end)
			break;
		if (q + 1 == end)
			return -1;
		switch (q[1]) {
		case '\\':
			*d++ = '\\';
			break;
		case 't':
			*d++ = '\t';
			break;
		case 'n':
			*d++ = '\n';
			break;
		case 'r':
			*d++ = '\r';
			break;
		case '0':
			*d++ = '\0';
			break;
		default:
			return -1;
		}
		p = q + 2;
	}
	return d - dst;
}

static int
getnum(const char *s, size_t n, size_t *v)
{
	size_t	 i, x = 0;

	if (n == 0 || n > 18)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		x = x * 10 + (size_t)(s[i] - '0');
	}
	*v = x;
	return 0;
}

static int
getkind(const char *s, size_t n)
{
	int	 k;

	for (k = 0; k < K_NKINDS; k++)
		if (kind_len[k] == n &&
		    memcmp(kind_names[k], s, n) == 0)
			return k;
	return -1;
}

/* Does this line look like a record (for telling records from text)? */
int
rec_looks_like(const char *line, size_t len)
{
	const char *p = line, *end = line + len, *q;
	size_t	 v;
	int	 i;

	for (i = 0; i < 5; i++) {
		if ((q = memchr(p, '\t', (size_t)(end - p))) == NULL)
			return 0;
		if (i >= 1 && i <= 3 && getnum(p, (size_t)(q - p), &v) == -1)
			return 0;
		if (i == 4 && getkind(p, (size_t)(q - p)) == -1)
			return 0;
		p = q + 1;
	}
	return 1;
}

const char *
rec_parse(struct rec *r, char *line, size_t len)
{
	char	*p = line, *end = line + len, *q;
	static char msg[64];
	ssize_t	 n;
	int	 i;

	r->nf = 0;
	r->kind = -1;
	for (;;) {
		if (r->nf == REC_MAXF)
			return "too many fields";
		if ((q = memchr(p, '\t', (size_t)(end - p))) == NULL)
			q = end;
		r->f[r->nf] = p;
		r->flen[r->nf] = (size_t)(q - p);
		r->nf++;
		if (q == end)
			break;
		*q = '\0';
		p = q + 1;
	}
	*end = '\0';
	if (r->nf < 6)
		return "too few fields";
	if (r->flen[0] == 0)
		return "empty DOC";
	if (getnum(r->f[1], r->flen[1], &r->sent) == -1 || r->sent == 0)
		return "SENT is not a number from 1 on";
	if (getnum(r->f[2], r->flen[2], &r->start) == -1)
		return "START is not a number";
	if (getnum(r->f[3], r->flen[3], &r->end) == -1)
		return "END is not a number";
	if (r->end < r->start)
		return "END before START";
	if ((r->kind = getkind(r->f[4], r->flen[4])) == -1)
		return "unknown KIND";
	if (r->nf != 6 + kind_nattr[r->kind]) {
		snprintf(msg, sizeof(msg), "%s record with %d fields, not %d",
		    kind_names[r->kind], r->nf, 6 + kind_nattr[r->kind]);
		return msg;
	}
	for (i = 5; i < r->nf; i++) {
		/* Unescaping never lengthens: do it in place. */
		if ((n = unescape(r->f[i], r->f[i], r->flen[i])) == -1)
			return "bad escape";
		r->flen[i] = (size_t)n;
		r->f[i][n] = '\0';
	}
	if (r->flen[5] != r->end - r->start)
		return "TEXT length does not match START and END";
	return NULL;
}
