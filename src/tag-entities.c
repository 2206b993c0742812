/*
 * tag-entities: add an entity record for every proper-name mention.
 */

#include "lede.h"
#include "entity.h"

static void
run(struct doc *d)
{
	entity_tag(d, &d->out);
}

static const struct filter f = { "tag-entities", K_ENTITY, entity_init, run };

int
main(int argc, char *argv[])
{
	return filter_main(&f, argc, argv);
}
