/*
 * entity.h: the named-entity tagger shared by tag-entities and the
 * quote extractor.
 */

#ifndef ENTITY_H
#define ENTITY_H

struct doc;
struct annlist;

/* Load the lexicons once; safe to call twice. */
void	entity_init(void);
/*
 * Add a K_ENTITY annotation for every proper-name mention of d to out,
 * with the attributes TYPE (PERSON ORG PLACE MISC) and NAME.
 */
void	entity_tag(struct doc *, struct annlist *);

#endif
