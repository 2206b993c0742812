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

/*
 * The buffer goes out OUTSIZE bytes at a time, a whole number of pages,
 * which a pipe takes in fewer steps than a ragged size; between calls it
 * holds less than that.  The OUTSIZE bytes past it are room for one piece
 * of a record (a number, or a field of up to OUTSIZE / 2 bytes escaped),
 * which is written straight in with no check for room.
 */
static char	 obuf[2 * OUTSIZE];
static size_t	 olen;
static int	 unbuffered;

const char *const kind_names[K_NKINDS] = {
	"sentence", "entity", "quote", "number"
};
const size_t kind_len[K_NKINDS] = { 8, 6, 5, 6 };
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

/* Write out whole OUTSIZE pieces and keep the rest. */
static void
out_spill(void)
{
	while (olen >= OUTSIZE) {
		writeall(obuf, OUTSIZE);
		olen -= OUTSIZE;
		memmove(obuf, obuf + OUTSIZE, olen);
	}
}

void
out_write(const void *vp, size_t n)
{
	const char *p = vp;
	size_t	 k;

	while (n > 0) {
		k = n < OUTSIZE ? n : OUTSIZE;
		memcpy(obuf + olen, p, k);
		olen += k;
		out_spill();
		p += k;
		n -= k;
	}
}

void
out_putc(int c)
{
	obuf[olen++] = (char)c;
	if (olen == OUTSIZE)
		out_spill();
}

void
out_puts(const char *s)
{
	out_write(s, strlen(s));
}

static const char esc[256] = {
	['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\0'] = '0'
};

/* Is one of the eight bytes of x below 14 or a backslash? */
static int
special8(uint64_t x)
{
	uint64_t y = x ^ (ONES * '\\');

	return ((((x - ONES * 14) & ~x) | ((y - ONES) & ~y)) & HIGHS) != 0;
}

/*
 * Escape n bytes of p to d, which has room for 2n; return the end.  Eight
 * plain bytes are copied at a time; the eight that may hold a special go
 * one at a time.
 */
static char *
escape(char *d, const unsigned char *p, size_t n)
{
	const unsigned char *end = p + n, *stop;
	uint64_t x;

	for (;;) {
		for (; end - p >= 8; p += 8, d += 8) {
			memcpy(&x, p, 8);
			if (special8(x))
				break;
			memcpy(d, &x, 8);
		}
		stop = end - p > 8 ? p + 8 : end;
		for (; p < stop; p++) {
			if (esc[*p] != 0) {
				*d++ = '\\';
				*d++ = esc[*p];
			} else
				*d++ = (char)*p;
		}
		if (p == end)
			return d;
	}
}

/* Escape straight into the buffer, at most OUTSIZE / 2 bytes at a time. */
void
out_escaped(const void *vp, size_t n)
{
	const unsigned char *p = vp;
	size_t	 k;

	while (n > 0) {
		k = n < OUTSIZE / 2 ? n : OUTSIZE / 2;
		olen = (size_t)(escape(obuf + olen, p, k) - obuf);
		out_spill();
		p += k;
		n -= k;
	}
}

/*
 * Write v in decimal at p and return the end: the digits are counted,
 * then made from the last, two at a time.
 */
static char *
fmtsize(char *p, size_t v)
{
	static const char pairs[] =
	    "00010203040506070809101112131415161718192021222324"
	    "25262728293031323334353637383940414243444546474849"
	    "50515253545556575859606162636465666768697071727374"
	    "75767778798081828384858687888990919293949596979899";
	uint64_t x = v, t;
	uint32_t w;
	size_t	 n;
	char	*e;

	/* 10^19 still fits in 64 bits; the last t *= 10 may wrap unused. */
	for (n = 1, t = 10; n < 20 && x >= t; t *= 10)
		n++;
	e = p + n;
	for (; x > UINT32_MAX; x /= 100) {
		e -= 2;
		memcpy(e, pairs + x % 100 * 2, 2);
	}
	/* The rest (all of nearly every number) in cheaper 32-bit steps. */
	for (w = (uint32_t)x; w >= 100; w /= 100) {
		e -= 2;
		memcpy(e, pairs + w % 100 * 2, 2);
	}
	if (w >= 10)
		memcpy(e - 2, pairs + w * 2, 2);
	else
		e[-1] = (char)('0' + w);
	return p + n;
}

void
out_size(size_t v)
{
	olen = (size_t)(fmtsize(obuf + olen, v) - obuf);
	out_spill();
}

void
out_record(const char *doc, size_t sent, size_t start, size_t end,
    enum kind kind, const char *text, size_t textlen,
    const char *const *attr, const size_t *attrlen)
{
	char	*p;
	int	 i;

	out_puts(doc);		/* DOC comes escaped */
	/* TAB SENT TAB START TAB END TAB KIND TAB: 5 TABs, 60 digits. */
	p = obuf + olen;
	*p++ = '\t';
	p = fmtsize(p, sent);
	*p++ = '\t';
	p = fmtsize(p, start);
	*p++ = '\t';
	p = fmtsize(p, end);
	*p++ = '\t';
	memcpy(p, kind_names[kind], kind_len[kind]);
	p += kind_len[kind];
	*p++ = '\t';
	olen = (size_t)(p - obuf);
	out_spill();
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
	buf_grow(b, 2 * n);
	b->len = (size_t)(escape(b->p + b->len, (const unsigned char *)s, n) -
	    b->p);
	b->p[b->len] = '\0';
}
