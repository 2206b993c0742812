/*
 * extract-quotes: add a quote record for every direct quotation, with
 * who said it and the verb that says so.
 */

#include "lede.h"
#include "quote.h"

static void
run(struct doc *d)
{
	quote_find(d, &d->out);
}

static const struct filter f = { "extract-quotes", K_QUOTE, quote_init, run };

int
main(int argc, char *argv[])
{
	return filter_main(&f, argc, argv);
}
