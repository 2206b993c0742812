/*
 * fuzz-records: the record stream.  Each line goes through rec_parse()
 * and unescape() with their promises checked; then the whole input goes
 * to the real driver as records (-r), for one of the three engines.
 */

#include "fuzz.h"

/* unescape() never lengthens, and undoes buf_addesc(). */
static void
check_unescape(const char *p, size_t n)
{
	static struct buf esc;
	char	*dst = xmalloc(n > 0 ? n : 1), *again;
	ssize_t	 m, m2;

	fz_what = "unescape";
	if ((m = unescape(dst, p, n)) == -1) {
		free(dst);
		return;
	}
	if ((size_t)m > n)
		violation("unescape made %zd bytes of %zu", m, n);
	esc.len = 0;
	buf_addesc(&esc, dst, (size_t)m);
	again = xmalloc(esc.len > 0 ? esc.len : 1);
	m2 = unescape(again, esc.p, esc.len);
	if (m2 != m || (m > 0 && memcmp(again, dst, (size_t)m) != 0))
		violation("unescape(escape(x)) is not x (%zd bytes, %zd)", m,
		    m2);
	free(again);
	free(dst);
}

static void
check_line(const char *p, size_t n)
{
	struct rec r;
	char	*line = xmalloc(n + 1);	/* rec_parse writes a NUL at n */
	const char *why;
	int	 i, looks;

	memcpy(line, p, n);
	looks = rec_looks_like(line, n);
	fz_what = "rec_parse";
	if ((why = rec_parse(&r, line, n)) == NULL) {
		if (!looks)
			violation("a good record does not look like one");
		if (r.kind < 0 || r.kind >= K_NKINDS ||
		    r.nf != 6 + kind_nattr[r.kind] || r.nf > REC_MAXF)
			violation("kind %d with %d fields", r.kind, r.nf);
		if (r.sent == 0 || r.start > r.end ||
		    r.flen[5] != r.end - r.start)
			violation("SENT %zu START %zu END %zu TEXT of %zu",
			    r.sent, r.start, r.end, r.flen[5]);
		for (i = 0; i < r.nf; i++)
			if (r.f[i] < line || r.f[i] + r.flen[i] > line + n ||
			    r.f[i][r.flen[i]] != '\0')
				violation("field %d is not a string in the "
				    "line", i);
	} else if (r.nf < 0 || r.nf > REC_MAXF)
		violation("%d fields", r.nf);
	free(line);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size, *nl;

	while (p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		check_line(p, (size_t)(nl - p));
		check_unescape(p, (size_t)(nl - p));
		p = nl + 1;
	}
	fz_driver(data, size, "-r");
	return 0;
}
