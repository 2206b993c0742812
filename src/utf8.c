/*
 * utf8.c: UTF-8 decoding that never trusts its input, and the few
 * character classes the rule engines need.  Invalid, overlong, surrogate
 * and truncated sequences decode as UTF8_BAD, one byte at a time, so
 * offsets always advance and every byte stays where it was.
 */

#include "lede.h"

size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c, min;
	size_t	 len, i;

	if (n == 0) {
		*cp = UTF8_BAD;
		return 0;
	}
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		c &= 0x1F;
		min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		c &= 0x0F;
		min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		c &= 0x07;
		min = 0x10000;
	} else {
		*cp = UTF8_BAD;
		return 1;
	}
	if (n < len) {
		*cp = UTF8_BAD;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = UTF8_BAD;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = UTF8_BAD;
		return 1;
	}
	*cp = c;
	return len;
}

/* The start of the code point that ends before pos (pos > 0). */
size_t
utf8_back(const unsigned char *s, size_t pos)
{
	size_t	 i, k;
	uint32_t c;

	if (pos == 0)
		return 0;
	/* Up to three continuation bytes back, if they decode. */
	for (k = 1; k <= 4 && k <= pos; k++) {
		i = pos - k;
		if ((s[i] & 0xC0) != 0x80) {
			if (utf8_decode(s + i, k, &c) == k && c != UTF8_BAD)
				return i;
			break;
		}
	}
	return pos - 1;
}

int
uc_isspace_(uint32_t c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	return c == 0x85 || c == 0xA0 || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
	    c == 0x202F || c == 0x205F || c == 0x3000;
}

int
uc_isupper_(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	if (c >= 0x100 && c <= 0x137)
		return (c & 1) == 0;
	if (c >= 0x139 && c <= 0x148)
		return (c & 1) == 1;
	if (c >= 0x14A && c <= 0x177)
		return (c & 1) == 0;
	if (c == 0x178 || c == 0x179 || c == 0x17B || c == 0x17D)
		return 1;
	if (c >= 0x180 && c <= 0x24F)
		return c == 0x181 || c == 0x186 || c == 0x18A ||
		    c == 0x18E || c == 0x18F || c == 0x190 || c == 0x193 ||
		    c == 0x196 || c == 0x197 || c == 0x19C || c == 0x19D ||
		    c == 0x1C4 || c == 0x1C7 || c == 0x1CA ||
		    (c >= 0x1CD && c <= 0x1DB && (c & 1)) ||
		    (c >= 0x1DE && c <= 0x1EE && !(c & 1)) ||
		    (c >= 0x200 && c <= 0x232 && !(c & 1));
	if (c >= 0x386 && c <= 0x3AB)
		return c != 0x387 && c != 0x38B && c != 0x38D && c != 0x3A2;
	if (c >= 0x400 && c <= 0x42F)
		return 1;
	if (c >= 0x460 && c <= 0x4FF)
		return (c & 1) == 0;
	if (c >= 0x1E00 && c <= 0x1EFF)
		return (c & 1) == 0;
	return c >= 0xFF21 && c <= 0xFF3A;
}

int
uc_islower_(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	if (c == 0xAA || c == 0xB5 || c == 0xBA)
		return 1;
	if (c >= 0xDF && c <= 0xFF)
		return c != 0xF7;
	if (c >= 0x100 && c <= 0x24F)
		return !uc_isupper(c);
	if (c >= 0x250 && c <= 0x2AF)
		return 1;
	if (c >= 0x3AC && c <= 0x3CE)
		return 1;
	if (c >= 0x430 && c <= 0x45F)
		return 1;
	if (c >= 0x460 && c <= 0x4FF)
		return (c & 1) == 1;
	if (c >= 0x1E00 && c <= 0x1EFF)
		return (c & 1) == 1;
	return c >= 0xFF41 && c <= 0xFF5A;
}

int
uc_isalpha_(uint32_t c)
{
	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	if (c == UTF8_BAD)
		return 0;
	if (c < 0xC0)
		return c == 0xAA || c == 0xB5 || c == 0xBA;
	if (c <= 0x24F)
		return c != 0xD7 && c != 0xF7;
	if (c < 0x2000)		/* IPA, Greek, Cyrillic ... Latin Ext. Add. */
		return c < 0x2B0 || c >= 0x370;
	if (c < 0x3040)		/* punctuation, symbols, CJK punctuation */
		return c >= 0x2C00 && c <= 0x2DFF;
	if (c < 0xD800)
		return 1;
	if (c >= 0xF900 && c <= 0xFDFF)
		return 1;
	if (c >= 0xFE70 && c <= 0xFEFE)
		return 1;
	if (c >= 0xFF00 && c <= 0xFFEF)
		return uc_isupper(c) || uc_islower(c) || c >= 0xFF66;
	return c >= 0x10000;
}

int
uc_isdash(uint32_t c)
{
	return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 ||
	    c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

int
uc_isopenquote(uint32_t c)
{
	return c == '"' || c == '\'' || c == 0x2018 || c == 0x201A ||
	    c == 0x201B || c == 0x201C || c == 0x201E || c == 0x201F ||
	    c == 0xAB || c == 0xBB || c == 0x2039 || c == 0x203A ||
	    c == 0x300C || c == 0x300E;
}

int
uc_isclosequote(uint32_t c)
{
	return c == '"' || c == '\'' || c == 0x2019 || c == 0x201D ||
	    c == 0x201C || c == 0x2018 || c == 0xBB || c == 0xAB ||
	    c == 0x203A || c == 0x2039 || c == 0x300D || c == 0x300F;
}

uint32_t
uc_tolower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
	if (!uc_isupper(c))
		return c;
	if (c >= 0xC0 && c <= 0xDE)
		return c + 0x20;
	if (c >= 0x391 && c <= 0x3AB)
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	if (c >= 0x410 && c <= 0x42F)
		return c + 0x20;
	if (c >= 0xFF21 && c <= 0xFF3A)
		return c + 0x20;
	if (c == 0x178)
		return 0xFF;
	if (c == 0x386)
		return 0x3AC;
	return c + 1;	/* the alternating blocks */
}
