/*
 * verify: check the invariants of a record stream against the document
 * it came from.  Used by the property tests.
 *
 *	verify DOCUMENT < records
 *
 * Sentence records come in order, do not overlap, and their GAP and TEXT
 * rebuild the document byte for byte up to the last END; a GAP holds only
 * white space (and a BOM at the start); TEXT neither starts nor ends with
 * white space; what follows the last sentence is white space.  Every other
 * record's TEXT is the document's bytes at START..END and lies inside its
 * sentence SENT (a quote inside its sentences).  Prints what is wrong;
 * exits 1 on the first failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wspace.h"

static unsigned char *doc;
static size_t doclen;

static void
fail(unsigned long line, const char *what)
{
	printf("line %lu: %s\n", line, what);
	exit(1);
}

static size_t
unesc(char *s)
{
	char	*d = s, *p = s;

	while (*p != '\0') {
		if (*p == '\\') {
			p++;
			switch (*p) {
			case 'n': *d++ = '\n'; break;
			case 't': *d++ = '\t'; break;
			case 'r': *d++ = '\r'; break;
			case '0': *d++ = '\0'; break;
			case '\\': *d++ = '\\'; break;
			default: fail(0, "bad escape");
			}
			p++;
		} else
			*d++ = *p++;
	}
	return (size_t)(d - s);
}

int
main(int argc, char *argv[])
{
	FILE	*fp;
	char	*line = NULL, *f[16], *p;
	size_t	 cap = 0, n, pos = 0, k, i, nsent = 0;
	size_t	*ss = NULL, *se = NULL;
	ssize_t	 len;
	unsigned long ln = 0;
	int	 nf;

	if (argc != 2 || (fp = fopen(argv[1], "rb")) == NULL)
		return 2;
	doc = malloc(1 << 26);
	doclen = fread(doc, 1, 1 << 26, fp);
	fclose(fp);
	while ((len = getline(&line, &cap, stdin)) != -1) {
		ln++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		for (nf = 0, p = line; nf < 16; nf++) {
			f[nf] = p;
			if ((p = strchr(p, '\t')) == NULL) {
				nf++;
				break;
			}
			*p++ = '\0';
		}
		if (nf < 7)
			fail(ln, "too few fields");
		size_t sent = strtoul(f[1], NULL, 10);
		size_t s = strtoul(f[2], NULL, 10), e = strtoul(f[3], NULL, 10);
		size_t tl = unesc(f[5]);
		if (e < s || tl != e - s || e > doclen)
			fail(ln, "offsets do not match TEXT");
		if (memcmp(doc + s, f[5], tl) != 0)
			fail(ln, "TEXT is not the document's bytes");
		if (strcmp(f[4], "sentence") == 0) {
			size_t gl = unesc(f[6]);
			if (sent != nsent + 1)
				fail(ln, "sentence numbers out of order");
			if (s != pos + gl || memcmp(doc + pos, f[6], gl) != 0)
				fail(ln, "GAP does not rebuild the document");
			for (i = pos; i < s; i += k)
				if ((k = ws_len(doc + i, s - i, i)) == 0)
					fail(ln, "GAP holds more than white space");
			if (tl == 0 || ws_len(doc + s, tl, 1) ||
			    ws_end(doc + s, tl))
				fail(ln, "TEXT begins or ends with white space");
			ss = realloc(ss, (nsent + 1) * sizeof(*ss));
			se = realloc(se, (nsent + 1) * sizeof(*se));
			ss[nsent] = s;
			se[nsent] = e;
			nsent++;
			pos = e;
		} else {
			if (sent == 0 || sent > nsent)
				fail(ln, "record before its sentence");
			if (s < ss[sent - 1])
				fail(ln, "record starts before its sentence");
			if (strcmp(f[4], "quote") != 0 && e > se[sent - 1])
				fail(ln, "record ends after its sentence");
		}
	}
	for (i = pos; i < doclen; i += k)
		if ((k = ws_len(doc + i, doclen - i, i)) == 0)
			fail(ln, "bytes after the last sentence are lost");
	n = nsent;
	printf("ok %zu sentences\n", n);
	return 0;
}
