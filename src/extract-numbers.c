/*
 * extract-numbers: add a number record (VALUE UNIT CLASS) for every
 * numeric expression: digits, number words, money, percentages, years,
 * ordinals and measures.  The rules are in number.c.
 */

#include "lede.h"
#include "number.h"

static void
run(struct doc *d)
{
	number_tag(d, &d->out);
}

static const struct filter f = {
	"extract-numbers", K_NUMBER, number_init, run
};

int
main(int argc, char *argv[])
{
	return filter_main(&f, argc, argv);
}
