/*
 * number.h: the number engine of extract-numbers.
 */

#ifndef NUMBER_H
#define NUMBER_H

struct doc;
struct annlist;

/* Load the word lists once; safe to call twice. */
void	number_init(void);
/*
 * Add a K_NUMBER annotation for every numeric expression of d to out,
 * with the attributes VALUE, UNIT and CLASS.
 */
void	number_tag(struct doc *, struct annlist *);
/*
 * Write v as a plain decimal into buf (size n): integers exactly, other
 * values with up to 15 significant digits and no trailing zeros.
 */
void	number_format(double, char *, size_t);

#endif
