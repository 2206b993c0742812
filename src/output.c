/*
 * output.c: one buffered writer on standard output, flushed with a loop
 * over short writes, and the record printer with its escapes.  A failed
 * write ends the program with a message and status 1: nothing is lost
 * silently.
 */

#include <err.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "lede.h"

#define OUTSIZE	(1 << 16)
#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

static char	 obuf[OUTSIZE];
static size_t	 olen;
static int	 unbuffered;

const char *const kind_names[K_NKINDS] = {
	"sentence", "entity", "quote", "number"
};
const int kind_nattr[K_NKINDS] = { 1, 2, 2, 3 };

static void
writeall(const char *p, size_t n)
{
	ssize_t	 w;

	while (n > 0) {
		if ((w = write(STDOUT_FILENO, p, n)) == -1) {
			if (errno == EINTR)
				continue;
			err(1, "write error");
		}
		p += w;
		n -= (size_t)w;
	}
}

void
out_flush(void)
{
	writeall(obuf, olen);
	olen = 0;
}

void
out_unbuffered(int on)
{
	unbuffered = on;
}

void
out_write(const void *p, size_t n)
{
	if (n > OUTSIZE - olen) {
		out_flush();
		if (n >= OUTSIZE) {
			writeall(p, n);
			return;
		}
	}
	memcpy(obuf + olen, p, n);
	olen += n;
}

void
out_putc(int c)
{
	if (olen == OUTSIZE)
		out_flush();
	obuf[olen++] = (char)c;
}

void
out_puts(const char *s)
{
	out_write(s, strlen(s));
}

/* Copy runs of plain bytes at once; escape the five specials. */
void
out_escaped(const void *vp, size_t n)
{
	static const char esc[256] = {
		['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r',
		['\0'] = '0'
	};
	const unsigned char *p = vp, *q, *end = p + n;
	uint64_t x;
	char	 e[2];

	while (p < end) {
		/* Eight bytes at a time while none is below 14 or a \\. */
		for (q = p; end - q >= 8; q += 8) {
			memcpy(&x, q, 8);
			if (((x - ONES * 14) & ~x & HIGHS) != 0 ||
			    (((x ^ (ONES * '\\')) - ONES) &
			    ~(x ^ (ONES * '\\')) & HIGHS) != 0)
				break;
		}
		for (; q < end && esc[*q] == 0; q++)
			continue;
		out_write(p, (size_t)(q - p));
		if (q == end)
			break;
		e[0] = '\\';
		e[1] = esc[*q];
		out_write(e, 2);
		p = q + 1;
	}
}

void
out_size(size_t v)
{
	char	 b[24], *p = b + sizeof(b);

	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	out_write(p, (size_t)(b + sizeof(b) - p));
}

void
out_record(const char *doc, size_t sent, size_t start, size_t end,
    enum kind kind, const char *text, size_t textlen,
    const char *const *attr, const size_t *attrlen)
{
	int	 i;

	out_puts(doc);		/* DOC comes escaped */
	out_putc('\t');
	out_size(sent);
	out_putc('\t');
	out_size(start);
	out_putc('\t');
	out_size(end);
	out_putc('\t');
	out_puts(kind_names[kind]);
	out_putc('\t');
	out_escaped(text, textlen);
	for (i = 0; i < kind_nattr[kind]; i++) {
		out_putc('\t');
		if (attr[i] != NULL)
			out_escaped(attr[i], attrlen != NULL ? attrlen[i] :
			    strlen(attr[i]));
	}
	out_putc('\n');
	if (unbuffered)
		out_flush();
}

int
out_close(void)
{
	out_flush();
	if (close(STDOUT_FILENO) == -1 && errno != EBADF && errno != EINTR) {
		warn("write error");
		return 1;
	}
	return 0;
}

/* Append n bytes of s to b with the escapes of out_escaped(). */
void
buf_addesc(struct buf *b, const char *s, size_t n)
{
	size_t	 i;

	buf_grow(b, n);
	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '\\':
			buf_add(b, "\\\\", 2);
			break;
		case '\t':
			buf_add(b, "\\t", 2);
			break;
		case '\n':
			buf_add(b, "\\n", 2);
			break;
		case '\r':
			buf_add(b, "\\r", 2);
			break;
		case '\0':
			buf_add(b, "\\0", 2);
			break;
		default:
			buf_addc(b, s[i]);
		}
	}
}
