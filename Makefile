# lede: small, fast, composable filters that pull structure out of news.
# GNU make.  make; make check; make install PREFIX=/usr/local

PREFIX =	/usr/local
BINDIR =	$(PREFIX)/bin
MANPREFIX =	$(PREFIX)/share/man
DATADIR =	$(PREFIX)/share/lede
DESTDIR =

CC =		cc
PKG_CONFIG =	pkg-config
PKGS =		libbsd-overlay libpcre2-8
WARN =		-Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
		-Wmissing-prototypes -Wwrite-strings -Wno-unused-parameter \
		-Werror=implicit-function-declaration
CFLAGS =	-O2 -g
CPPFLAGS =
LDFLAGS =
SAN =
WERROR =

LEDE_CFLAGS =	-std=c11 -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 \
		-DDATADIR='"$(DATADIR)"' $(WARN) $(if $(WERROR),-Werror) \
		$(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
LEDE_LIBS =	$(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null || \
		echo -lbsd -lpcre2-8)
SANFLAGS =	-fsanitize=address,undefined -fno-omit-frame-pointer \
		-fno-sanitize-recover=all

# A program is src/NAME-WITH-DASH.c; every other src/*.c is the library.
PROGSRC =	$(wildcard src/*-*.c)
PROGS =		$(patsubst src/%.c,%,$(PROGSRC))
LIBSRC =	$(filter-out $(PROGSRC),$(wildcard src/*.c))
HDR =		$(wildcard src/*.h)
DATA =		$(wildcard src/data/*.txt)
MAN1 =		$(wildcard man/*.1)
MAN7 =		$(wildcard man/*.7)

OUT =		bin$(if $(SAN),/san)
OBJDIR =	$(OUT)/obj
LIBOBJ =	$(patsubst src/%.c,$(OBJDIR)/%.o,$(LIBSRC))
BINS =		$(addprefix $(OUT)/,$(PROGS))
XFLAGS =	$(if $(SAN),$(SANFLAGS))

SHARED =	../shared
BATS =		bats

all: $(BINS)

$(OBJDIR)/%.o: src/%.c $(HDR)
	@mkdir -p $(OBJDIR)
	$(CC) $(LEDE_CFLAGS) $(CPPFLAGS) $(CFLAGS) $(XFLAGS) -c -o $@ $<

$(OUT)/%: $(OBJDIR)/%.o $(LIBOBJ)
	$(CC) $(CFLAGS) $(XFLAGS) $(LDFLAGS) -o $@ $^ $(LEDE_LIBS)

.PRECIOUS: $(OBJDIR)/%.o

# The tests run on the plain build, then again on the sanitizer build.
check: all
	$(MAKE) -s SAN=1 all
	@sh tests/run.sh "$(BATS)"

lint:
	mandoc -T lint -W warning $(MAN1) $(MAN7)
	-clang-format --dry-run src/*.c src/*.h 2>&1 | grep -c warning || true

eval: all
	@sh tests/eval.sh "$(SHARED)"

bench: all
	@sh tests/bench.sh

demo: all
	@sh tests/demo.sh

deps:
	@sh tests/deps.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANPREFIX)/man1 \
	    $(DESTDIR)$(MANPREFIX)/man7 $(DESTDIR)$(DATADIR)
	cp -f $(BINS) $(DESTDIR)$(BINDIR)/
	cp -f $(MAN1) $(DESTDIR)$(MANPREFIX)/man1/
	cp -f $(MAN7) $(DESTDIR)$(MANPREFIX)/man7/
	cp -f $(DATA) src/data/README $(DESTDIR)$(DATADIR)/

uninstall:
	rm -f $(addprefix $(DESTDIR)$(BINDIR)/,$(PROGS))
	rm -f $(addprefix $(DESTDIR)$(MANPREFIX)/man1/,$(notdir $(MAN1)))
	rm -f $(addprefix $(DESTDIR)$(MANPREFIX)/man7/,$(notdir $(MAN7)))
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf bin/obj bin/san $(addprefix bin/,$(PROGS))

.PHONY: all check lint eval bench demo deps install uninstall clean fuzz fuzz-smoke

# libFuzzer harnesses (tests/fuzz/fuzz-*.c) over the library built with
# clang, coverage and the sanitizers into bin/fuzz.  make fuzz SECS=N runs
# each for N seconds; make fuzz-smoke runs each briefly from its seeds with
# a fixed random seed, failing on a crash.
FUZZCC =	clang
FUZZFLAGS =	-g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZSAN =	address,undefined
SECS =		60
FUZZSRC =	$(wildcard tests/fuzz/fuzz-*.c)
FUZZERS =	$(patsubst tests/fuzz/%.c,bin/fuzz/%,$(FUZZSRC))
FUZZOBJ =	$(patsubst src/%.c,bin/fuzz/obj/%.o,$(LIBSRC))

.PRECIOUS: bin/fuzz/obj/%.o

bin/fuzz/obj/%.o: src/%.c $(HDR)
	@mkdir -p bin/fuzz/obj
	$(FUZZCC) $(LEDE_CFLAGS) $(CPPFLAGS) $(FUZZFLAGS) \
	    -fsanitize=fuzzer-no-link,$(FUZZSAN) -c -o $@ $<

bin/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h tests/wspace.h $(HDR) $(FUZZOBJ)
	$(FUZZCC) $(LEDE_CFLAGS) -Isrc -DFUZZ_DATA='"$(CURDIR)/src/data"' \
	    $(FUZZFLAGS) -fsanitize=fuzzer,$(FUZZSAN) -o $@ $< $(FUZZOBJ) \
	    $(LEDE_LIBS)

fuzz: $(FUZZERS)
	@sh tests/fuzz/run.sh $(SECS) $(FUZZERS)

fuzz-smoke: $(FUZZERS)
	@sh tests/fuzz/run.sh -s 10 $(FUZZERS)

# The feature dump for the entity model's trainer (not installed):
# see src/data/README, "entity-model.txt".
$(OBJDIR)/entfeat: tests/entfeat.c $(LIBOBJ) $(HDR)
	@mkdir -p $(OBJDIR)
	$(CC) $(LEDE_CFLAGS) $(CPPFLAGS) $(CFLAGS) $(XFLAGS) $(LDFLAGS) \
	    -Isrc -o $@ tests/entfeat.c $(LIBOBJ) $(LEDE_LIBS)
