/*
 * entfeat: tag-entities that also writes the features of every
 * candidate mention to standard error, for src/data/train-entities.py.
 * Not installed.
 */

#include "lede.h"
#include "entity.h"

static void
init(void)
{
	entity_init();
	entity_trace(stderr);
}

static void
run(struct doc *d)
{
	entity_tag(d, &d->out);
}

static const struct filter f = { "entfeat", K_ENTITY, init, run };

int
main(int argc, char *argv[])
{
	return filter_main(&f, argc, argv);
}
