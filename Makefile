# gripe: one hand-written GNU Makefile.
#
# make            build ./gripe
# make check      build and run every test (unit, CLI, man lint, datasets)
# make sanitize   the same tests built with ASan and UBSan (= make check SANITIZE=1)
# make deps       install the Debian packages that are missing (apt-get)
# make demo       deps, build, then run gripe on samples/
# make install    PREFIX=/usr/local DESTDIR= : binary and man pages

PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
CC ?= cc
CFLAGS ?= -O2 -g
PKG_CONFIG ?= pkg-config

WARN = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wold-style-definition -Wwrite-strings \
	-Wformat=2 -Wvla -Wpointer-arith
ifeq ($(WERROR),1)
WARN += -Werror
endif

PKGS = libpcre2-8 zlib
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null || echo -lpcre2-8 -lz)

ifeq ($(SANITIZE),1)
B = build/san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined
BIN = $(B)/gripe
else
B = build
SANFLAGS =
BIN = gripe
endif

ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE $(WARN) $(PKG_CFLAGS) -Isrc -I$(B) \
	$(SANFLAGS) $(CFLAGS)
LDLIBS = $(PKG_LIBS) -lcsv -lm

SRCS := $(sort $(wildcard src/*.c))
OBJS := $(SRCS:src/%.c=$(B)/%.o)
LIBOBJS := $(filter-out $(B)/main.o,$(OBJS))
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(B)/unit/%)

DEBS = libcsv-dev libpcre2-dev zlib1g-dev pkg-config gcc make gnuplot-nox \
	mandoc tzdata sqlite3 gawk

.PHONY: all check sanitize deps demo install uninstall clean unit samples

all: $(BIN)

$(BIN): $(OBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(B)/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/unit/%: tests/unit/%.c tests/unit/unit.h $(LIBOBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(LIBOBJS) $(LDLIBS)

unit: $(UNIT_BINS)

check: $(BIN) $(UNIT_BINS)
	@GRIPE=$(BIN) UNIT_DIR=$(B)/unit SANITIZE=$(SANITIZE) \
	    sh tests/run.sh $(UNIT_BINS)

sanitize:
	@$(MAKE) --no-print-directory check SANITIZE=1

deps:
	@missing=""; for p in $(DEBS); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | \
	    grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

demo: deps
	@$(MAKE) --no-print-directory all
	./gripe columns samples/tickets.csv
	./gripe columns samples/events.csv

install: $(BIN)
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	cp $(BIN) $(DESTDIR)$(BINDIR)/gripe
	cp man/gripe.1 $(DESTDIR)$(MANDIR)/man1/gripe.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/gripe $(DESTDIR)$(MANDIR)/man1/gripe.1

clean:
	rm -rf build gripe

-include $(OBJS:.o=.d)
