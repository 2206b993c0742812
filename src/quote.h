/*
 * quote.h: the direct-quotation extractor shared by extract-quotes
 * and any test driver.
 */

#ifndef QUOTE_H
#define QUOTE_H

struct doc;
struct annlist;

/* Load the cue verbs and word lists once; safe to call twice. */
void	quote_init(void);
/*
 * Add a K_QUOTE annotation for every direct quotation of d to out, with
 * the attributes SPEAKER and CUE.  The speakers come from the K_ENTITY
 * annotations of d->in, or from the entity tagger when there are none.
 */
void	quote_find(struct doc *, struct annlist *);

#endif
