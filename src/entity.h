/*
 * entity.h: the named-entity tagger shared by tag-entities and the
 * quote extractor.
 */

#ifndef ENTITY_H
#define ENTITY_H

#include <stdio.h>

struct doc;
struct annlist;

/* Load the lexicons once; safe to call twice. */
void	entity_init(void);
/*
 * Add a K_ENTITY annotation for every proper-name mention of d to out,
 * with the attributes TYPE (PERSON ORG PLACE MISC) and NAME.
 */
void	entity_tag(struct doc *, struct annlist *);
/*
 * For the model's trainer: write each candidate mention, tagged or not,
 * to fp as "DOC<TAB>START<TAB>END<TAB> feature ..." (NULL: stop).
 * While tracing, the model is not used.
 */
void	entity_trace(FILE *);

#endif
