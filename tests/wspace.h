/*
 * White space as split-sentences sees it, for the test checkers
 * (tests/verify.c and the fuzz harnesses): ASCII, NEL, NBSP,
 * U+2000..U+200B, U+2028 U+2029 U+202F U+205F U+3000 U+1680, and a BOM
 * at offset 0.  Written apart from src/ on purpose: the checkers must not
 * share the code they check.
 */

/* The length of the white-space character at p (offset at), or 0. */
static size_t
ws_len(const unsigned char *p, size_t n, size_t at)
{
	if (n == 0)
		return 0;
	if (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		return 1;
	if (n >= 2 && p[0] == 0xC2 && (p[1] == 0xA0 || p[1] == 0x85))
		return 2;
	if (n < 3)
		return 0;
	if (p[0] == 0xE2 && p[1] == 0x80 && ((p[2] >= 0x80 && p[2] <= 0x8B) ||
	    p[2] == 0xA8 || p[2] == 0xA9 || p[2] == 0xAF))
		return 3;
	if ((p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F) ||
	    (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) ||
	    (p[0] == 0xE1 && p[1] == 0x9A && p[2] == 0x80))
		return 3;
	if (at == 0 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
		return 3;
	return 0;
}

/* The n bytes at p end in a white-space character. */
static int
ws_end(const unsigned char *p, size_t n)
{
	size_t	 k;

	for (k = 1; k <= 3 && k <= n; k++)
		if (ws_len(p + n - k, k, 1) == k)
			return 1;
	return 0;
}
