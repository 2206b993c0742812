/*
 * fuzz.h: what the libFuzzer harnesses share.  Loading the lists, a
 * document built the way the driver builds one from raw text, the
 * engines run on it, and the invariants checked after each step; a
 * violation is printed and abort()ed on, so libFuzzer saves the input.
 *
 * Included once by each tests/fuzz/fuzz-*.c; every function is static.
 */

#define _GNU_SOURCE	/* memfd_create */
#include <sys/mman.h>

#include <fcntl.h>
#include <sanitizer/common_interface_defs.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lede.h"
#include "entity.h"
#include "number.h"
#include "quote.h"
#include "../wspace.h"

#ifndef FUZZ_DATA
#define FUZZ_DATA	"src/data"
#endif

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct doc fz_doc;
static struct arena fz_arena;
static const char *fz_what;	/* the step being checked, for messages */
static int	 fz_stream = 1;	/* compare streamed and whole splits */
static int	 fz_null = -1;	/* /dev/null */
static int	 fz_err = -1;	/* standard error, saved */

static void __attribute__((noreturn, format(printf, 1, 2)))
violation(const char *fmt, ...)
{
	va_list	 ap;
	int	 fd = fz_err != -1 ? fz_err : STDERR_FILENO;

	dprintf(fd, "INVARIANT VIOLATION (%s): ", fz_what);
	va_start(ap, fmt);
	vdprintf(fd, fmt, ap);
	va_end(ap);
	dprintf(fd, "\n");
	abort();
}

/* Load the word lists once: $LEDE_DATA, else the source tree's. */
static void
fz_init(void)
{
	const char *env = getenv("LEDE_DATA");

	if (env == NULL || *env == '\0')
		data_dir_set(FUZZ_DATA);
	/* LEDE_FUZZ_STREAM=0: skip the streaming check (a known bug). */
	if ((env = getenv("LEDE_FUZZ_STREAM")) != NULL && *env == '0')
		fz_stream = 0;
	ss_init();
	entity_init();
	quote_init();
	number_init();
}

/* libFuzzer's start-up hook, the same for every harness. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fz_init();
	return 0;
}

/* Every byte of [from, to) is white space. */
static void
fz_white(const struct doc *d, size_t from, size_t to, const char *where)
{
	const unsigned char *t = (const unsigned char *)d->text;
	size_t	 i, k;

	for (i = from; i < to; i += k)
		if ((k = ws_len(t + i, to - i, i)) == 0)
			violation("byte %zu (0x%02x) %s is in no sentence", i,
			    t[i], where);
}

/* ss_split's callback: a sentence of fz_doc, checked as it comes. */
static void
fz_emit(void *arg, size_t start, size_t end)
{
	struct doc *d = arg;
	struct sent *s;
	size_t	 prev = d->nsent > 0 ? d->sent[d->nsent - 1].end : 0;

	if (start >= end)
		violation("empty or reversed sentence [%zu, %zu)", start, end);
	if (start < prev)
		violation("sentence [%zu, %zu) overlaps or precedes the one "
		    "ending at %zu", start, end, prev);
	if (end > d->len)
		violation("sentence [%zu, %zu) ends past the document (%zu)",
		    start, end, d->len);
	if (d->nsent == d->capsent) {
		d->capsent = d->capsent ? d->capsent * 2 : 64;
		d->sent = xreallocarray(d->sent, d->capsent,
		    sizeof(*d->sent));
	}
	s = &d->sent[d->nsent++];
	s->gap = prev;
	s->start = start;
	s->end = end;
	s->line0 = s->nline = 0;
}

/* The sentence spans: trimmed, and together they hold every non-white
 * byte of the document. */
static void
fz_check_sentences(const struct doc *d)
{
	const unsigned char *t = (const unsigned char *)d->text;
	const struct sent *s;
	size_t	 i;

	for (i = 0; i < d->nsent; i++) {
		s = &d->sent[i];
		if (ws_len(t + s->start, s->end - s->start, 1) ||
		    ws_end(t + s->start, s->end - s->start))
			violation("sentence %zu [%zu, %zu) begins or ends with "
			    "white space", i + 1, s->start, s->end);
		fz_white(d, s->gap, s->start, "before a sentence");
	}
	fz_white(d, d->nsent > 0 ? d->sent[d->nsent - 1].end : 0, d->len,
	    "after the last sentence");
}

/* Split text [0, n) into fz_doc, and check the sentences. */
static void
fz_split(const char *text, size_t n)
{
	struct doc *d = &fz_doc;

	arena_reset(&fz_arena);
	d->name = "fuzz";
	d->text = text;
	d->len = n;
	d->nsent = 0;
	d->in.n = d->out.n = 0;
	d->arena = &fz_arena;
	fz_what = "ss_split";
	ss_split(text, n, fz_emit, d);
	fz_check_sentences(d);
}

/* What ss_feed emits when fed in windows of chunk more bytes at a time. */
struct fz_spans {
	struct span	*v;
	size_t		 n, cap;
};

static void
fz_collect(void *arg, size_t start, size_t end)
{
	struct fz_spans *l = arg;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof(*l->v));
	}
	l->v[l->n].start = start;
	l->v[l->n].end = end;
	l->n++;
}

/*
 * Streaming as split-sentences does it must split as the whole document
 * in memory does (the filters' raw mode): same spans.  The window is a
 * fresh exact-size copy each time, so a read outside it is caught.
 */
static void
fz_check_stream(const char *text, size_t n, size_t chunk)
{
	static struct fz_spans l;
	struct splitter *s;
	const struct doc *d = &fz_doc;
	size_t	 pos = 0, avail = 0, used, i;
	char	*win;
	int	 eof = 0;

	fz_what = "ss_feed";
	l.n = 0;
	s = ss_new();
	for (;;) {
		/* As split-sentences: the end is seen by a read of nothing. */
		if (avail == n)
			eof = 1;
		avail = avail + chunk < n ? avail + chunk : n;
		win = xmemdup(text + pos, avail - pos);
		used = ss_feed(s, win, avail - pos, pos, eof, fz_collect, &l);
		free(win);
		if (used > avail - pos)
			violation("ss_feed used %zu of a %zu-byte window",
			    used, avail - pos);
		pos += used;
		if (eof)
			break;
	}
	ss_free(s);
	if (l.n != d->nsent)
		violation("%zu sentences fed %zu bytes at a time, %zu whole",
		    l.n, chunk, d->nsent);
	for (i = 0; i < l.n; i++)
		if (l.v[i].start != d->sent[i].start ||
		    l.v[i].end != d->sent[i].end)
			violation("sentence %zu is [%zu, %zu) fed %zu bytes at "
			    "a time, [%zu, %zu) whole", i + 1, l.v[i].start,
			    l.v[i].end, chunk, d->sent[i].start,
			    d->sent[i].end);
}

/* The annotations of l: of kind k, inside the document and sentence. */
static void
fz_check_anns(const struct doc *d, const struct annlist *l, enum kind k)
{
	const struct ann *a;
	const struct sent *s;
	size_t	 i;
	int	 j;

	for (i = 0; i < l->n; i++) {
		a = &l->v[i];
		if (a->kind != k)
			violation("annotation %zu has kind %d, not %d", i,
			    (int)a->kind, (int)k);
		if (a->start > a->end || a->end > d->len)
			violation("annotation [%zu, %zu) is outside the "
			    "document (%zu bytes)", a->start, a->end, d->len);
		if (a->sent < 1 || a->sent > d->nsent)
			violation("annotation [%zu, %zu) in sentence %zu of "
			    "%zu", a->start, a->end, a->sent, d->nsent);
		s = &d->sent[a->sent - 1];
		if (a->start < s->start ||
		    (k != K_QUOTE && a->end > s->end))
			violation("annotation [%zu, %zu) is outside its "
			    "sentence %zu [%zu, %zu)", a->start, a->end,
			    a->sent, s->start, s->end);
		for (j = 0; j < 3; j++)
			if (a->attr[j] == NULL)
				violation("annotation [%zu, %zu) has a NULL "
				    "attribute %d", a->start, a->end, j);
		if (k == K_ENTITY && strcmp(a->attr[0], "PERSON") != 0 &&
		    strcmp(a->attr[0], "ORG") != 0 &&
		    strcmp(a->attr[0], "PLACE") != 0 &&
		    strcmp(a->attr[0], "MISC") != 0)
			violation("entity [%zu, %zu) has TYPE \"%s\"",
			    a->start, a->end, a->attr[0]);
	}
}

/*
 * Run every engine on fz_doc as the filters do: the entity tagger, the
 * quote finder alone and then with the entities as its input (as after
 * tag-entities), the number engine.
 */
static void
fz_engines(void)
{
	struct doc *d = &fz_doc;
	struct annlist tmp;

	fz_what = "entity_tag";
	d->out.n = 0;
	entity_tag(d, &d->out);
	fz_check_anns(d, &d->out, K_ENTITY);

	fz_what = "quote_find";
	tmp = d->in;
	d->in = d->out;
	d->out = tmp;
	d->out.n = 0;
	quote_find(d, &d->out);
	fz_check_anns(d, &d->out, K_QUOTE);

	fz_what = "quote_find without entities";
	tmp = d->in;
	d->in = d->out;
	d->out = tmp;
	d->in.n = d->out.n = 0;
	quote_find(d, &d->out);
	fz_check_anns(d, &d->out, K_QUOTE);

	fz_what = "number_tag";
	d->out.n = 0;
	number_tag(d, &d->out);
	fz_check_anns(d, &d->out, K_NUMBER);
	d->out.n = 0;
}

/*
 * The whole check of one document's bytes: an exact-size copy (no NUL
 * after it, so a read past the end is caught), split whole and streamed,
 * then the engines.
 */
static void __attribute__((unused))
fz_document(const char *p, size_t n, size_t chunk)
{
	char	*exact = xmalloc(n > 0 ? n : 1);

	if (n > 0)
		memcpy(exact, p, n);
	fz_split(exact, n);
	if (fz_stream)
		fz_check_stream(exact, n, chunk);
	fz_engines();
	free(exact);
}

/*
 * The real driver, filter_main(), over the input as a file (a memfd):
 * what the filters do with records or docs-TSV, pass-through included.
 * No -o: the driver never resets it.  Its output goes to /dev/null,
 * its warnings too (the sanitizers report
 * on the saved standard error).  The filter's run() checks the document
 * the driver built and the annotations the engine added to it.
 */
static enum kind fz_kind;

static void
fz_run(struct doc *d)
{
	const struct sent *s;
	const struct ann *a;
	size_t	 i, ordered = 1;

	if (d->len > 0 && d->text == NULL)
		violation("a document of %zu bytes without text", d->len);
	for (i = 0; i < d->nsent; i++) {
		s = &d->sent[i];
		if (s->gap > s->start || s->start > s->end || s->end > d->len ||
		    (i > 0 && s->gap < d->sent[i - 1].end))
			ordered = 0;
	}
	switch (fz_kind) {
	case K_ENTITY:
		entity_tag(d, &d->out);
		break;
	case K_QUOTE:
		quote_find(d, &d->out);
		break;
	default:
		number_tag(d, &d->out);
		break;
	}
	/* Sentences from hostile records may be anywhere: check what the
	 * engine added against the document, and against its sentence
	 * when the sentences are in order. */
	for (i = 0; i < d->out.n; i++) {
		a = &d->out.v[i];
		if (a->kind != fz_kind || a->start > a->end || a->end > d->len)
			violation("annotation [%zu, %zu) of kind %d is outside "
			    "the document (%zu bytes)", a->start, a->end,
			    (int)a->kind, d->len);
		if (!ordered || d->nsent == 0)
			continue;
		if (a->sent < 1 || a->sent > d->nsent)
			violation("annotation [%zu, %zu) in sentence %zu of "
			    "%zu", a->start, a->end, a->sent, d->nsent);
		s = &d->sent[a->sent - 1];
		if (a->start < s->start ||
		    (fz_kind != K_QUOTE && a->end > s->end))
			violation("annotation [%zu, %zu) is outside its "
			    "sentence %zu [%zu, %zu)", a->start, a->end,
			    a->sent, s->start, s->end);
	}
}

static void __attribute__((unused))
fz_driver(const uint8_t *data, size_t size, const char *modeflag)
{
	static const struct filter filters[] = {
		{ "tag-entities", K_ENTITY, NULL, fz_run },
		{ "extract-quotes", K_QUOTE, NULL, fz_run },
		{ "extract-numbers", K_NUMBER, NULL, fz_run },
	};
	const struct filter *f;
	char	 path[64], prog[] = "fuzz", mflag[8];
	char	*argv[4];
	int	 argc = 0, fd;
	size_t	 i, sum = 0;

	if (fz_null == -1) {
		if ((fz_null = open("/dev/null", O_RDWR)) == -1 ||
		    (fz_err = dup(STDERR_FILENO)) == -1)
			abort();
		__sanitizer_set_report_fd((void *)(intptr_t)fz_err);
	}
	for (i = 0; i < size; i++)
		sum += data[i];
	f = &filters[sum % 3];
	fz_kind = f->kind;
	fz_what = f->name;
	if ((fd = memfd_create("fuzz", 0)) == -1 ||
	    (size > 0 && write(fd, data, size) != (ssize_t)size))
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	snprintf(mflag, sizeof(mflag), "%s", modeflag);
	argv[argc++] = prog;
	argv[argc++] = mflag;
	argv[argc++] = path;
	argv[argc] = NULL;
	optind = 0;
	fflush(stderr);
	if (dup2(fz_null, STDOUT_FILENO) == -1 ||
	    dup2(fz_null, STDERR_FILENO) == -1)
		abort();
	filter_main(f, argc, argv);
	if (dup2(fz_err, STDERR_FILENO) == -1)
		abort();
	close(fd);
}
