/*
 * extract-numbers: number records (VALUE UNIT CLASS) for every numeric
 * expression of the text: digits, number words, money, percentages,
 * years, ordinals and measures.  The rules are in number.c.
 */

#include "lede.h"
#include "number.h"

static const struct filter f = {
	"extract-numbers", K_NUMBER, num_init, num_run
};

int
main(int argc, char *argv[])
{
	return filter_main(&f, argc, argv);
}
