# random-text.awk: a deterministic random document for the property
# tests.  awk -v seed=N -v n=TOKENS -f random-text.awk | tr 'Z' '\000'
# Tokens mix words, terminators, quotes, brackets, abbreviations, digits,
# line breaks, tabs, NBSP, curly quotes, ellipses, invalid UTF-8 bytes
# (written as octal escapes) and NUL (written as Z, turned into NUL by tr).
BEGIN {
	srand(seed)
	split("the The Mr. Dr. U.S. Inc. said \" \" ' ( ) [ ] . . ? ! ... " \
	    "\342\200\234 \342\200\235 \342\200\231 \342\200\246 \302\240 " \
	    "3.5 1,000 42 No. e.g. www.example.com a@b.org @handle #tag " \
	    "J. R. Smith Kaspersky \n \n\n \r\n \t - \342\200\224 " \
	    "\377 \300\257 \355\240\200 \360\237\230\200 Z \302\253 \302\273 " \
	    "1. 2. a) b) \342\200\242 Jan. 5 p.m. word Word WORD",
	    tok, " ")
	ntok = 0
	for (i in tok)
		ntok++
	for (i = 0; i < n; i++) {
		t = tok[1 + int(rand() * ntok)]
		if (t == "") t = " "
		sep = rand() < 0.8 ? " " : ""
		printf "%s%s", t, sep
	}
}
