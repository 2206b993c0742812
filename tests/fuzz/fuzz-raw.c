/*
 * fuzz-raw: raw text, as the filters read it with -R.  The input is one
 * document: split it (whole and streamed), check the sentences, run the
 * entity, quote and number engines and check their annotations.
 */

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t	 i, sum = 0;

	for (i = 0; i < size; i++)
		sum += data[i];
	fz_document((const char *)data, size, 1 + sum % 64);
	return 0;
}
