/*
 * filter.c: what every downstream filter shares.  Options, the file
 * loop, telling records from raw text, one document at a time in memory,
 * pass-through of every input line in order, and the output of the
 * filter's own records after those of the sentence they belong to.
 */

#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lede.h"

enum mode { M_AUTO, M_RECORDS, M_RAW, M_DOCS };

/* How far a sentence may start past the text known so far. */
#define MAXHOLE	((size_t)1 << 24)

struct line {
	size_t	 off, len;
};

static const struct filter *F;
static enum mode mode = M_AUTO;
static int	 oflag;
static const char *dflag;
static int	 status;

/* The current document. */
static struct doc D;
static struct arena arena;
static struct buf lines;	/* the input lines, verbatim */
static struct line *linev;
static size_t	 nline, capline;
static size_t	 npre;		/* lines before the first sentence */
static struct buf text;		/* the document, rebuilt from records */
static struct buf name;		/* DOC, escaped */
static int	 raw;		/* the document came as raw text */
static int	 indoc;
static int	 seenown;	/* input has records of our kind */

static void
usage(int to_stdout)
{
	FILE	*fp = to_stdout ? stdout : stderr;

	fprintf(fp, "usage: %s [-orRtuV] [-d name] [-L dir] [file ...]\n",
	    getprogname());
	if (!to_stdout)
		exit(2);
	fprintf(fp,
	    "  -d, --doc=NAME      DOC for raw text read from standard input\n"
	    "  -h, --help          print this help and exit\n"
	    "  -L, --data=DIR      read the data files from DIR\n"
	    "  -o, --only          print only the %s records added here\n"
	    "  -r, --records       read the input as records\n"
	    "  -R, --raw           read the input as raw text, one document a file\n"
	    "  -t, --docs          read docs-TSV: one document a line, "
	    "ID<TAB>escaped text\n"
	    "  -u, --unbuffered    write each record at once\n"
	    "  -V, --version       print the version and exit\n",
	    kind_names[F->kind]);
	exit(0);
}

size_t
doc_sent_of(const struct doc *d, size_t off)
{
	size_t	 lo = 0, hi = d->nsent, mid;

	/* The last sentence that starts at or before off. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->sent[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? 1 : lo;
}

/* Append an annotation to l; attr as they are, or copied to the arena. */
static void
addann(struct doc *d, struct annlist *l, enum kind k, size_t sent,
    size_t start, size_t end, const char *const *attr, int copy)
{
	struct ann *a;
	int	 i;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof(*l->v));
	}
	a = &l->v[l->n];
	a->seq = l->n++;
	a->kind = k;
	a->start = start;
	a->end = end;
	a->sent = sent;
	for (i = 0; i < 3; i++) {
		if (i >= kind_nattr[k] || attr == NULL || attr[i] == NULL)
			a->attr[i] = "";
		else
			a->attr[i] = copy ? arena_strndup(d->arena, attr[i],
			    strlen(attr[i])) : attr[i];
	}
}

void
doc_add(struct doc *d, struct annlist *l, enum kind k, size_t start,
    size_t end, const char *const *attr)
{
	addann(d, l, k, doc_sent_of(d, start), start, end, attr, 1);
}

void
doc_addk(struct doc *d, struct annlist *l, enum kind k, size_t sent,
    size_t start, size_t end, const char *const *attr)
{
	addann(d, l, k, sent, start, end, attr, 0);
}

static void
addline(const char *p, size_t n)
{
	if (nline == capline) {
		capline = capline ? capline * 2 : 256;
		linev = xreallocarray(linev, capline, sizeof(*linev));
	}
	linev[nline].off = lines.len;
	linev[nline].len = n;
	nline++;
	buf_add(&lines, p, n);
	buf_addc(&lines, '\n');
}

static struct sent *
newsent(void)
{
	if (D.nsent == D.capsent) {
		D.capsent = D.capsent ? D.capsent * 2 : 64;
		D.sent = xreallocarray(D.sent, D.capsent, sizeof(*D.sent));
	}
	return &D.sent[D.nsent++];
}

static void
beginname(const char *s, size_t n, int escape)
{
	name.len = 0;
	if (escape)
		buf_addesc(&name, s, n);
	else
		buf_add(&name, s, n);
	buf_addc(&name, '\0');
	name.len--;
}

static void
begindoc(int israw)
{
	arena_reset(&arena);
	D.in.n = D.out.n = 0;
	D.nsent = 0;
	D.arena = &arena;
	D.name = name.p;
	D.text = NULL;
	D.len = 0;
	lines.len = 0;
	nline = npre = 0;
	text.len = 0;
	raw = israw;
	indoc = 1;
	seenown = 0;
}

/*
 * begindoc() empties lines, but the line that began the document was
 * added at off before: move it to the front as the document's first.
 */
static void
keepline(size_t off, size_t n)
{
	memmove(lines.p, lines.p + off, n + 1);
	lines.len = n + 1;
	linev[0].off = 0;
	linev[0].len = n;
	nline = 1;
}

static int
anncmp(const void *va, const void *vb)
{
	const struct ann *a = va, *b = vb;

	if (a->sent != b->sent)
		return a->sent < b->sent ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static void
printann(const struct ann *a)
{
	out_record(D.name, a->sent, a->start, a->end, a->kind,
	    D.text + a->start, a->end - a->start, a->attr, NULL);
}

static void
printlines(size_t from, size_t n)
{
	if (n > 0)
		out_write(lines.p + linev[from].off,
		    linev[from + n - 1].off + linev[from + n - 1].len + 1 -
		    linev[from].off);
}

static void
enddoc(void)
{
	const char *gap[1];
	size_t	 i, j;
	struct sent *s;

	if (!indoc)
		return;
	indoc = 0;
	if (!raw) {
		D.text = text.p != NULL ? text.p : "";
		D.len = text.len;
	}
	if (!seenown)
		F->run(&D);
	/* Annotations are sorted within the sentence they belong to. */
	if (D.out.n > 1)
		sortv(D.out.v, D.out.n, sizeof(*D.out.v), anncmp);
	if (!oflag)
		printlines(0, npre);
	for (i = 0, j = 0; i < D.nsent; i++) {
		s = &D.sent[i];
		if (!oflag && raw) {
			gap[0] = D.text + s->gap;
			out_record(D.name, i + 1, s->start, s->end,
			    K_SENTENCE, D.text + s->start, s->end - s->start,
			    gap, &(size_t){ s->start - s->gap });
		} else if (!oflag)
			printlines(s->line0, s->nline);
		for (; j < D.out.n && D.out.v[j].sent <= i + 1; j++)
			printann(&D.out.v[j]);
	}
	for (; j < D.out.n; j++)
		printann(&D.out.v[j]);
}

/* Raw text: split it here, as split-sentences would. */
static size_t	 rawprev;

static void
rawsent(void *arg, size_t start, size_t end)
{
	struct sent *s = newsent();

	s->gap = rawprev;
	s->start = start;
	s->end = end;
	s->line0 = s->nline = 0;
	rawprev = end;
}

static void
rawdoc(const char *p, size_t n)
{
	begindoc(1);
	D.text = p;
	D.len = n;
	rawprev = 0;
	ss_split(p, n, rawsent, NULL);
	enddoc();
}

static void
bad(const struct reader *r, const char *what)
{
	warnx("%s:%lu: %s", r->name, r->lineno, what);
	status = 1;
}

/* Put bytes at [off, off + n) of the rebuilt document. */
static void
textput(size_t off, const char *p, size_t n)
{
	if (off + n > text.len) {
		buf_grow(&text, off + n - text.len);
		if (off > text.len)
			memset(text.p + text.len, ' ', off - text.len);
		text.len = off + n;
		text.p[text.len] = '\0';
	}
	if (n > 0)
		memcpy(text.p + off, p, n);
}

static void
recordline(struct reader *r, char *line, size_t len)
{
	static struct rec rec;
	const char *why;
	struct sent *s;
	const char *attr[3];
	size_t	 off = lines.len;
	int	 i;

	/* The line goes out as it came: keep it before rec_parse() cuts it. */
	addline(line, len);
	why = rec_parse(&rec, line, len);
	if (rec.nf >= 6 && rec.flen[0] > 0 && (!indoc ||
	    name.len != rec.flen[0] ||
	    memcmp(name.p, rec.f[0], name.len) != 0)) {
		enddoc();
		beginname(rec.f[0], rec.flen[0], 0);
		begindoc(0);
		keepline(off, len);
	} else if (!indoc) {
		beginname("-", 1, 0);
		begindoc(0);
		keepline(off, len);
	}
	if (why == NULL && rec.kind == K_SENTENCE) {
		if (rec.flen[6] > rec.start) {
			why = "GAP is longer than START";
		} else if (D.nsent > 0 &&
		    rec.start - rec.flen[6] < D.sent[D.nsent - 1].end) {
			why = "sentence overlaps the one before";
		} else if (rec.start - rec.flen[6] > text.len + MAXHOLE) {
			why = "START is far beyond the sentence before";
		} else {
			s = newsent();
			s->gap = rec.start - rec.flen[6];
			s->start = rec.start;
			s->end = rec.end;
			s->line0 = nline - 1;	/* this line */
			s->nline = 0;
			textput(s->gap, rec.f[6], rec.flen[6]);
			textput(rec.start, rec.f[5], rec.flen[5]);
		}
	} else if (why == NULL) {
		if (rec.end <= text.len && memcmp(text.p + rec.start,
		    rec.f[5], rec.flen[5]) != 0)
			why = "TEXT does not match the document at START";
		else {
			if ((int)F->kind == rec.kind)
				seenown = 1;
			for (i = 0; i < 3; i++)
				attr[i] = i < kind_nattr[rec.kind] ?
				    rec.f[6 + i] : NULL;
			addann(&D, &D.in, rec.kind, rec.sent, rec.start,
			    rec.end, attr, 1);
		}
	}
	if (why != NULL)
		bad(r, why);
	if (D.nsent == 0)
		npre++;
	else
		D.sent[D.nsent - 1].nline++;
}

static void
docsline(struct reader *r, char *line, size_t len)
{
	char	*tab;
	ssize_t	 n;

	if ((tab = memchr(line, '\t', len)) == NULL) {
		bad(r, "no TAB after the document ID; the line is taken as "
		    "text");
		beginname(r->name, strlen(r->name), 1);
		rawdoc(line, len);
		return;
	}
	beginname(line, (size_t)(tab - line), 0);
	if ((n = unescape(tab + 1, tab + 1, len - (size_t)(tab + 1 - line)))
	    == -1) {
		bad(r, "bad escape; the text is taken as it is");
		n = (ssize_t)(len - (size_t)(tab + 1 - line));
	}
	rawdoc(tab + 1, (size_t)n);
}

static void
dofile(const char *path)
{
	struct reader r;
	char	*line, *p;
	size_t	 len, avail;
	enum mode m = mode;

	if (rd_open(&r, path) == -1) {
		warn("%s", path);
		status = 1;
		return;
	}
	if (m == M_AUTO) {
		/* Look at the first line (or the first MiB of it). */
		avail = 0;
		do {
			len = avail;
			avail = rd_fill(&r, len + 1);
		} while (avail > len && avail < (1 << 20) &&
		    memchr(r.buf + r.pos, '\n', avail) == NULL);
		p = memchr(r.buf + r.pos, '\n', avail);
		len = p != NULL ? (size_t)(p - (r.buf + r.pos)) : avail;
		m = rec_looks_like(r.buf + r.pos, len) ? M_RECORDS : M_RAW;
	}
	switch (m) {
	case M_RAW:
		p = rd_all(&r, &len);
		if (dflag != NULL && strcmp(path, "-") == 0)
			beginname(dflag, strlen(dflag), 1);
		else
			beginname(path, strlen(path), 1);
		if (len > 0)
			rawdoc(p, len);
		break;
	case M_DOCS:
		while ((line = rd_line(&r, &len)) != NULL)
			docsline(&r, line, len);
		break;
	default:
		while ((line = rd_line(&r, &len)) != NULL)
			recordline(&r, line, len);
		enddoc();
		break;
	}
	if (r.error != 0)
		status = 1;
	rd_close(&r);
}

int
filter_main(const struct filter *f, int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "doc",	required_argument,	NULL,	'd' },
		{ "help",	no_argument,		NULL,	'h' },
		{ "data",	required_argument,	NULL,	'L' },
		{ "only",	no_argument,		NULL,	'o' },
		{ "records",	no_argument,		NULL,	'r' },
		{ "raw",	no_argument,		NULL,	'R' },
		{ "docs",	no_argument,		NULL,	't' },
		{ "unbuffered",	no_argument,		NULL,	'u' },
		{ "version",	no_argument,		NULL,	'V' },
		{ NULL,		0,			NULL,	0 }
	};
	int	 ch;

	F = f;
	while ((ch = getopt_long(argc, argv, "d:hL:orRtuV", longopts,
	    NULL)) != -1) {
		if (common_option(ch, optarg, &dflag, usage))
			continue;
		switch (ch) {
		case 'o':
			oflag = 1;
			break;
		case 'r':
			mode = M_RECORDS;
			break;
		case 'R':
			mode = M_RAW;
			break;
		case 't':
			mode = M_DOCS;
			break;
		default:
			usage(0);
		}
	}
	argc -= optind;
	argv += optind;

	ss_init();
	if (f->init != NULL)
		f->init();
	if (argc == 0)
		dofile("-");
	for (; argc > 0; argc--, argv++)
		dofile(*argv);
	return out_close() | status;
}

/*
 * The options of every program: -d name, -h, -L dir, -u, -V.  usage(1)
 * prints the help on standard output and exits 0.
 */
int
common_option(int ch, const char *arg, const char **dflagp,
    void (*usagefn)(int))
{
	switch (ch) {
	case 'd':
		*dflagp = arg;
		return 1;
	case 'h':
		usagefn(1);
		return 1;
	case 'L':
		data_dir_set(arg);
		return 1;
	case 'u':
		out_unbuffered(1);
		return 1;
	case 'V':
		printf("%s (lede) %s\n", getprogname(), LEDE_VERSION);
		exit(0);
	default:
		return 0;
	}
}
