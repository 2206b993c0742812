/*
 * lede.h: the shared library of the lede filters.
 *
 * util.c	allocators that die, the growable byte buffer, the arena
 * utf8.c	UTF-8 decoding that never trusts its input, character classes
 * output.c	the buffered writer and the record printer (escaping)
 * record.c	record parsing and unescaping
 * input.c	the buffered reader (whole lines, absolute offsets)
 * lexicon.c	word lists from the data directory, hashed
 * sentence.c	the sentence splitter (streaming)
 * filter.c	the driver every downstream filter shares: options,
 *		input modes, one document at a time, pass-through, output
 */

#ifndef LEDE_H
#define LEDE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>

#define LEDE_VERSION	"1.0"

/* util.c */
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xmemdup(const void *, size_t);	/* NUL-terminated copy */
void	 sortv(void *, size_t, size_t, int (*)(const void *, const void *));

struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};
void	 buf_grow(struct buf *, size_t);	/* room for len + n more */
void	 buf_add(struct buf *, const void *, size_t);
static inline void
buf_addc(struct buf *b, int c)
{
	if (b->cap - b->len <= 1)
		buf_grow(b, 1);
	b->p[b->len++] = (char)c;
	b->p[b->len] = '\0';
}
void	 buf_adds(struct buf *, const char *);
void	 buf_free(struct buf *);

/*
 * The hash of n bytes, the hash tables' one hash: eight bytes at a time,
 * since the keys are words and a byte-at-a-time hash cost a tenth of
 * tag-entities' time.  A short key is read in two loads that may overlap.
 */
static inline uint32_t
hashmem(const char *s, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ull ^ n, w;
	uint32_t a, b;

	for (; n > 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdull;
		h ^= h >> 32;
	}
	if (n >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		w = (uint64_t)a << 32 | b;
	} else if (n > 0)
		w = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[n / 2] << 8 |
		    (unsigned char)s[n - 1];
	else
		w = 0;
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 29;
	h *= 0xff51afd7ed558ccdull;
	return (uint32_t)(h >> 32);
}

/* Are the n bytes at a and b the same?  memcmp() inline, in loads that
 * may overlap, for the short keys of the hash tables. */
static inline int
eqmem(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	uint32_t u, v;

	if (n >= 8) {
		for (; n > 8; a += 8, b += 8, n -= 8) {
			memcpy(&x, a, 8);
			memcpy(&y, b, 8);
			if (x != y)
				return 0;
		}
		memcpy(&x, a + n - 8, 8);
		memcpy(&y, b + n - 8, 8);
		return x == y;
	}
	if (n >= 4) {
		memcpy(&u, a, 4);
		memcpy(&v, b, 4);
		if (u != v)
			return 0;
		memcpy(&u, a + n - 4, 4);
		memcpy(&v, b + n - 4, 4);
		return u == v;
	}
	for (; n > 0; n--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

/*
 * An arena: strings that live as long as one document.  arena_reset()
 * keeps the largest block, so the steady state does not call malloc.
 */
struct arena {
	struct ablock	*head;
};
char	*arena_strndup(struct arena *, const char *, size_t);
void	*arena_alloc(struct arena *, size_t);
void	 arena_reset(struct arena *);

/*
 * The data directories: -L, then $LEDE_DATA, then the default one beside
 * the program or compiled in; a file is taken from the first that has it.
 */
void	 data_dir_set(const char *);
size_t	 data_dirs(const char *const **);
const char *data_dir(void);
char	*data_path(const char *);	/* xmalloc'ed "DIR/name" */

/* utf8.c */
#define UTF8_BAD	0xFFFFFFFFu	/* an invalid or truncated sequence */
size_t	 utf8_decode(const unsigned char *, size_t, uint32_t *);
size_t	 utf8_back(const unsigned char *, size_t);	/* start of previous */
int	 uc_isspace_(uint32_t);
int	 uc_isalpha_(uint32_t);
int	 uc_isupper_(uint32_t);
int	 uc_islower_(uint32_t);

/* A small function on a hot path that the compiler must inline. */
#ifdef __GNUC__
#define HOT_INLINE	inline __attribute__((always_inline))
#else
#define HOT_INLINE	inline
#endif

/*
 * The C locale's classes of a byte, inline (the filters never call
 * setlocale(), so these are what <ctype.h> answers, without its call).
 */
static inline int c_isupper(int c) { return (unsigned)c - 'A' < 26; }
static inline int c_islower(int c) { return (unsigned)c - 'a' < 26; }
static inline int c_isdigit(int c) { return (unsigned)c - '0' < 10; }
static inline int c_isalpha(int c) { return c_isupper(c) || c_islower(c); }
static inline int c_isalnum(int c) { return c_isalpha(c) || c_isdigit(c); }
static inline int c_tolower(int c) { return c_isupper(c) ? c + 32 : c; }
static inline int c_toupper(int c) { return c_islower(c) ? c - 32 : c; }

/* The classes, with the ASCII cases inline: they are on every hot path. */
static inline int
uc_isspace(uint32_t c)	/* white space, NBSP, U+2000..U+200A ... */
{
	return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') :
	    uc_isspace_(c);
}

static inline int
uc_isupper(uint32_t c)
{
	return c < 0x80 ? c - 'A' < 26 : uc_isupper_(c);
}

static inline int
uc_islower(uint32_t c)
{
	return c < 0x80 ? c - 'a' < 26 : uc_islower_(c);
}

static inline int
uc_isalpha(uint32_t c)
{
	return c < 0x80 ? (c | 0x20) - 'a' < 26 : uc_isalpha_(c);
}

static inline int
uc_isdigit(uint32_t c)	/* ASCII digits only */
{
	return c - '0' < 10;
}

static inline int
uc_isalnum(uint32_t c)
{
	return uc_isdigit(c) || uc_isalpha(c);
}

/* A combining mark, part of the letter before it: the grave of Adébáyọ̀ */
static inline int
uc_ismark(uint32_t c)
{
	return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
	    (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
	    (c >= 0xFE20 && c <= 0xFE2F);
}

int	 uc_isdash(uint32_t);	/* - and the Unicode dashes */
int	 uc_isopenquote(uint32_t);	/* " ' “ ‘ „ ‚ « ‹ and friends */
int	 uc_isclosequote(uint32_t);	/* " ' ” ’ » › and friends */
uint32_t uc_tolower(uint32_t);

/* output.c: one buffered writer on standard output */
void	 out_write(const void *, size_t);
void	 out_putc(int);
void	 out_puts(const char *);
void	 out_escaped(const void *, size_t);	/* \\ \t \n \r \0 */
void	 buf_addesc(struct buf *, const char *, size_t);	/* the same */
void	 out_size(size_t);
void	 out_flush(void);
void	 out_unbuffered(int);
int	 out_close(void);	/* 0, or 1 after reporting a write error */

enum kind {
	K_SENTENCE,
	K_ENTITY,
	K_QUOTE,
	K_NUMBER,
	K_NKINDS
};
extern const char *const kind_names[K_NKINDS];
extern const size_t kind_len[K_NKINDS];	/* strlen of kind_names */
extern const int kind_nattr[K_NKINDS];	/* ATTR count per kind: 1 2 2 3 */

/*
 * Print one record.  text is the span's bytes (escaped on output); attr
 * holds kind_nattr[kind] strings, escaped on output too.
 */
void	 out_record(const char *doc, size_t sent, size_t start, size_t end,
	    enum kind, const char *text, size_t textlen,
	    const char *const *attr, const size_t *attrlen);

/* record.c */
#define REC_MAXF	16
struct rec {
	char		*f[REC_MAXF];	/* fields, NUL-terminated in place */
	size_t		 flen[REC_MAXF];
	int		 nf;
	size_t		 sent, start, end;
	int		 kind;		/* enum kind, or -1 */
};
/*
 * Split a line (no LF; modified in place) into fields and check them.
 * Returns NULL, or what is wrong.
 */
const char *rec_parse(struct rec *, char *, size_t);
int	 rec_looks_like(const char *, size_t);	/* first line is a record? */
/* Unescape n bytes of src into dst (room for n); -1 on a bad escape. */
ssize_t	 unescape(char *, const char *, size_t);

/* input.c: a reader over one file (or standard input) */
struct reader {
	int		 fd;
	const char	*name;	/* as given; "-" for standard input */
	char		*buf;
	size_t		 len, cap, pos;
	unsigned long	 lineno;
	int		 eof;
	int		 error;	/* errno of a failed read, reported */
};
int	 rd_open(struct reader *, const char *);	/* -1 and errno */
void	 rd_close(struct reader *);
/* Next line without its LF (and with its CR kept); NULL at the end. */
char	*rd_line(struct reader *, size_t *);
/* Make at least n unread bytes available if the input has them. */
size_t	 rd_fill(struct reader *, size_t);
/* Read everything that is left (raw text): returns the bytes and length. */
char	*rd_all(struct reader *, size_t *);

/* lexicon.c: a set of strings (and optional values) from a data file */
struct lexicon;
/*
 * Load DATA/name: one entry a line, '#' comments, the entry and an
 * optional value separated by a TAB.  A missing file is an error unless
 * optional is set.  fold: compare lower-cased (ASCII and Latin-1).
 */
struct lexicon *lex_load(const char *, int optional, int fold);
struct lexicon *lex_new(int fold);
int	 lex_merge(struct lexicon *, const char *);
void	 lex_add(struct lexicon *, const char *, size_t, const char *);
void	 lex_clear(struct lexicon *);	/* entries added, not loaded */
/* The value (or "" when none), or NULL when absent. */
const char *lex_get(const struct lexicon *, const char *, size_t);
const char *lex_geth(const struct lexicon *, const char *, size_t, uint32_t);
uint32_t	 lex_hash(const char *, size_t);
struct lexicon *lex_union(struct lexicon *const *, size_t);
int	 lex_maybe(const struct lexicon *, uint32_t);
size_t	 lex_size(const struct lexicon *);
void	 lex_each(const struct lexicon *,
	    void (*)(const char *, size_t, void *), void *);

/* sentence.c: the streaming sentence splitter */
struct span {
	size_t	start, end;
};
void	 ss_init(void);	/* loads the abbreviation lists once */
void	 ss_mode(int);	/* 0 guess, 1 hard-wrapped, 2 a sentence a line break */
struct splitter;
struct splitter *ss_new(void);
void	 ss_free(struct splitter *);
/*
 * Feed the splitter a window of the document: bytes [0, len) of buf hold
 * the document from offset base on; eof is set when the document ends
 * there.  It calls emit for every sentence it is sure of, in order, and
 * returns how many bytes from the window's start it no longer needs.
 */
size_t	 ss_feed(struct splitter *, const char *buf, size_t len, size_t base,
	    int eof, void (*emit)(void *, size_t, size_t), void *arg);
/* Split a whole document in memory. */
void	 ss_split(const char *, size_t, void (*)(void *, size_t, size_t),
	    void *);

/* filter.c: the document model and driver of the downstream filters */
struct ann {
	enum kind	 kind;
	size_t		 seq;		/* order of addition */
	size_t		 sent;		/* 1-based */
	size_t		 start, end;
	const char	*attr[3];	/* unescaped, NUL-terminated */
};
struct annlist {
	struct ann	*v;
	size_t		 n, cap;
};
struct sent {
	size_t		 gap;		/* start of the white space before */
	size_t		 start, end;
	size_t		 line0, nline;	/* its input lines (pass-through) */
};
struct doc {
	const char	*name;		/* DOC */
	const char	*text;		/* the document's bytes [0, len) */
	size_t		 len;
	struct sent	*sent;
	size_t		 nsent, capsent;
	struct annlist	 in;		/* annotations read from the input */
	struct annlist	 out;		/* annotations this filter adds */
	struct arena	*arena;		/* strings that live one document */
};
/*
 * Add an annotation (copies the attribute strings); its sentence is the
 * one holding start.  nattr strings, NULL taken as "".
 */
void	 doc_add(struct doc *, struct annlist *, enum kind, size_t, size_t,
	    const char *const *);
/*
 * The same in sentence sent (1-based), the strings kept, not copied: they
 * must last until the document is written.
 */
void	 doc_addk(struct doc *, struct annlist *, enum kind, size_t, size_t,
	    size_t, const char *const *);
size_t	 doc_sent_of(const struct doc *, size_t);	/* 1-based */

struct filter {
	const char	*name;
	enum kind	 kind;
	void		(*init)(void);
	void		(*run)(struct doc *);
};
int	 filter_main(const struct filter *, int, char *[]);

/* Options every program takes: -d -h -L -u -V.  1 when ch was one. */
int	 common_option(int, const char *, const char **, void (*)(int));

#endif
