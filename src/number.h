/*
 * number.h: the number engine of extract-numbers.
 */

#ifndef NUMBER_H
#define NUMBER_H

struct doc;

void	 num_init(void);		/* loads the word lists once */
void	 num_run(struct doc *);		/* adds the number records */

#endif
