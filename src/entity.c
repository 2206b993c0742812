/*
 * entity.c: the named-entity tagger (a stub for now).
 */

#include "lede.h"
#include "entity.h"

void
entity_init(void)
{
}

void
entity_tag(struct doc *d, struct annlist *out)
{
	(void)d;
	(void)out;
}
