/*
 * fuzz-docs: docs-TSV, one document a line, ID<TAB>escaped text.  Each
 * line's text is unescaped (taken as it is on a bad escape, as the driver
 * does), split and run through the engines with every invariant checked;
 * then the whole input goes to the real driver with -t.
 */

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size, *nl, *tab;
	char	*text;
	ssize_t	 n;
	size_t	 len;

	while (p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		tab = memchr(p, '\t', (size_t)(nl - p));
		len = (size_t)(nl - (tab != NULL ? tab + 1 : p));
		text = xmalloc(len > 0 ? len : 1);
		fz_what = "unescape";
		if (tab == NULL) {
			/* No ID: the line is taken as text, as it is. */
			memcpy(text, p, len);
			n = (ssize_t)len;
		} else if ((n = unescape(text, tab + 1, len)) == -1) {
			memcpy(text, tab + 1, len);
			n = (ssize_t)len;
		} else if ((size_t)n > len)
			violation("unescape made %zd bytes of %zu", n, len);
		fz_document(text, (size_t)n, 1 + len % 61);
		free(text);
		p = nl + 1;
	}
	fz_driver(data, size, "-t");
	return 0;
}
