/*
 * split-sentences: raw text in, one sentence record per sentence out.
 * It streams: memory is bounded by the longest sentence, not by the
 * document.
 */

#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lede.h"

struct ctx {
	const char	*doc;		/* escaped */
	const char	*buf;		/* the window */
	size_t		 base;
	size_t		 prevend;
	size_t		 nsent;
};

static int	 tflag;
static const char *dflag;
static int	 status;

static void
usage(int to_stdout)
{
	FILE	*fp = to_stdout ? stdout : stderr;

	fprintf(fp, "usage: %s [-ltuVw] [-d name] [-L dir] [file ...]\n",
	    getprogname());
	if (!to_stdout)
		exit(2);
	fputs("  -d, --doc=NAME      DOC for standard input\n"
	    "  -h, --help          print this help and exit\n"
	    "  -L, --data=DIR      read the data files from DIR\n"
	    "  -l, --lines         every line break ends a sentence\n"
	    "  -t, --docs          read docs-TSV: one document a line, "
	    "ID<TAB>escaped text\n"
	    "  -u, --unbuffered    write each record at once\n"
	    "  -V, --version       print the version and exit\n"
	    "  -w, --wrapped       the text is hard-wrapped: a single line "
	    "break ends nothing\n", fp);
	exit(0);
}

static void
emit(void *arg, size_t start, size_t end)
{
	struct ctx *c = arg;
	const char *gap[1];
	size_t	 gaplen;

	gap[0] = c->buf + (c->prevend - c->base);
	gaplen = start - c->prevend;
	out_record(c->doc, ++c->nsent, start, end, K_SENTENCE,
	    c->buf + (start - c->base), end - start, gap, &gaplen);
	c->prevend = end;
}

static char *
escname(const char *s, size_t n)
{
	struct buf b = { 0 };

	buf_addesc(&b, s, n);
	buf_addc(&b, '\0');
	return b.p;
}

static void
docsfile(struct reader *r)
{
	struct ctx c;
	char	*line, *tab, *text;
	size_t	 len, n;
	ssize_t	 m;

	while ((line = rd_line(r, &len)) != NULL) {
		memset(&c, 0, sizeof(c));
		if ((tab = memchr(line, '\t', len)) == NULL) {
			warnx("%s:%lu: no TAB after the document ID; the line "
			    "is taken as text", r->name, r->lineno);
			status = 1;
			c.doc = escname(r->name, strlen(r->name));
			text = line;
			n = len;
		} else {
			c.doc = xmemdup(line, (size_t)(tab - line));
			text = tab + 1;
			n = len - (size_t)(text - line);
			if ((m = unescape(text, text, n)) == -1) {
				warnx("%s:%lu: bad escape; the text is taken "
				    "as it is", r->name, r->lineno);
				status = 1;
			} else
				n = (size_t)m;
		}
		c.buf = text;
		ss_split(text, n, emit, &c);
		free((char *)c.doc);
	}
}

static void
dofile(const char *path)
{
	struct reader r;
	struct splitter *s;
	struct ctx c;
	size_t	 used;

	if (rd_open(&r, path) == -1) {
		warn("%s", path);
		status = 1;
		return;
	}
	if (tflag) {
		docsfile(&r);
	} else {
		memset(&c, 0, sizeof(c));
		if (dflag != NULL && strcmp(path, "-") == 0)
			c.doc = escname(dflag, strlen(dflag));
		else
			c.doc = escname(path, strlen(path));
		s = ss_new();
		for (;;) {
			rd_fill(&r, r.len - r.pos + 1);
			c.buf = r.buf + r.pos;
			used = ss_feed(s, r.buf + r.pos, r.len - r.pos, c.base,
			    r.eof, emit, &c);
			r.pos += used;
			c.base += used;
			if (r.eof)
				break;
		}
		ss_free(s);
		free((char *)c.doc);
	}
	if (r.error != 0)
		status = 1;
	rd_close(&r);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "doc",	required_argument,	NULL,	'd' },
		{ "help",	no_argument,		NULL,	'h' },
		{ "data",	required_argument,	NULL,	'L' },
		{ "lines",	no_argument,		NULL,	'l' },
		{ "docs",	no_argument,		NULL,	't' },
		{ "unbuffered",	no_argument,		NULL,	'u' },
		{ "version",	no_argument,		NULL,	'V' },
		{ "wrapped",	no_argument,		NULL,	'w' },
		{ NULL,		0,			NULL,	0 }
	};
	int	 ch;

	while ((ch = getopt_long(argc, argv, "d:hL:ltuVw", longopts,
	    NULL)) != -1) {
		if (common_option(ch, optarg, &dflag, usage))
			continue;
		switch (ch) {
		case 'l':
			ss_mode(2);
			break;
		case 't':
			tflag = 1;
			break;
		case 'w':
			ss_mode(1);
			break;
		default:
			usage(0);
		}
	}
	argc -= optind;
	argv += optind;

	ss_init();
	if (argc == 0)
		dofile("-");
	for (; argc > 0; argc--, argv++)
		dofile(*argv);
	return out_close() | status;
}
