# gripe: one hand-written GNU Makefile.
#
# make            build ./gripe
# make check      build and run every test (unit, CLI, man lint, datasets)
# make sanitize   the same tests built with ASan and UBSan (= make check SANITIZE=1)
# make tsan       the threaded (-j) cases built with ThreadSanitizer
# make fuzz       each libFuzzer harness for FUZZ_SECONDS (default 60)
# make valgrind   the CLI cases under memcheck (CASES= to pick some)
# make deps       install the Debian packages that are missing (apt-get)
# make demo       deps, build, then run gripe on samples/
# make install    PREFIX=/usr/local DESTDIR= : binary and man pages
# make bench      the benchmark (ROWS=, RUNS=); make bench-peers: DuckDB,
#                 Miller and python3 on the same workload, when present

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

ifeq ($(TSAN),1)
B = build/tsan
SANFLAGS = -fsanitize=thread
BIN = $(B)/gripe
else ifeq ($(SANITIZE),1)
B = build/san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined
BIN = $(B)/gripe
else
B = build
SANFLAGS =
BIN = gripe
endif

ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE -pthread $(WARN) $(PKG_CFLAGS) \
	-Isrc -I$(B) $(SANFLAGS) $(CFLAGS)
LDLIBS = $(PKG_LIBS) -lcsv -lm -pthread

SRCS := $(sort $(wildcard src/*.c))
OBJS := $(SRCS:src/%.c=$(B)/%.o) $(B)/rules_default.o
LIBOBJS := $(filter-out $(B)/main.o,$(OBJS))
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(B)/unit/%)
# the fuzz harnesses, built with $(CC) and a small driver to replay the
# regression corpus tests/fuzz/regress/NAME in make check
FUZZERS = csv time rules metrics
REGRESS_BINS := $(FUZZERS:%=$(B)/regress/fuzz_%)

# what building and every test need, as Debian 12 packages
DEBS = gcc make pkg-config libcsv-dev libpcre2-dev zlib1g-dev tzdata gzip \
	mandoc gnuplot-nox sqlite3 parallel clang libclang-rt-14-dev valgrind

.PHONY: all check sanitize tsan fuzz valgrind deps demo install uninstall clean unit samples \
	pictures bench bench-peers

all: $(BIN)

$(BIN): $(OBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(B)/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# The default rules, samples/rules.conf, become a byte array in the binary.
$(B)/rules_default.c: samples/rules.conf
	@mkdir -p $(@D)
	{ echo '/* generated from samples/rules.conf by the Makefile */'; \
	  echo '#include "rules.h"'; \
	  echo 'const char rules_default[] = {'; \
	  od -An -v -tx1 samples/rules.conf | \
	      awk '{ for (i = 1; i <= NF; i++) printf "0x%s,", $$i; print "" }'; \
	  echo '0 };'; \
	  echo 'const size_t rules_default_len = sizeof(rules_default) - 1;'; \
	} > $@

$(B)/rules_default.o: $(B)/rules_default.c src/rules.h
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/unit/%: tests/unit/%.c tests/unit/unit.h $(LIBOBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(LIBOBJS) $(LDLIBS)

unit: $(UNIT_BINS)

$(B)/regress/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/driver.c $(LIBOBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) '-DREGRESS_DIR="tests/fuzz/regress/$*"' \
	    $(LDFLAGS) -o $@ $< tests/fuzz/driver.c $(LIBOBJS) $(LDLIBS)

check: $(BIN) $(UNIT_BINS) $(REGRESS_BINS)
	@GRIPE=$(BIN) ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    sh tests/run.sh $(UNIT_BINS) $(REGRESS_BINS)

sanitize:
	@$(MAKE) --no-print-directory check SANITIZE=1

# The CLI cases with gripe under valgrind's memcheck (slow: about an hour
# for all of them; CASES= picks some): any error or definite leak fails.
# Cases that kill gripe with a signal are checked without the leak check
# (a process that dies mid-run holds blocks only a register points to).
# A forked child that only runs exec or _exit (report --plots starting
# gnuplot) is not checked: it leaks its parent's blocks by design, and
# its exit status must stay its own.
CASES ?= tests/cli/*.t tests/bad/*.t
VG_SIGNAL_CASES = tests/cli/signal-no-partial.t
VG_OPTS = -q --error-exitcode=99 --errors-for-leak-kinds=definite,indirect \
	--child-silent-after-fork=yes
valgrind: $(BIN)
	@mkdir -p build/valgrind build/valgrind-noleak
	@printf '#!/bin/sh\nexec %s %s --leak-check=full %s "$$@"\n' \
	    "$$(command -v valgrind)" "$(VG_OPTS)" "$(CURDIR)/$(BIN)" \
	    > build/valgrind/gripe
	@printf '#!/bin/sh\nexec %s %s --leak-check=no %s "$$@"\n' \
	    "$$(command -v valgrind)" "$(VG_OPTS)" "$(CURDIR)/$(BIN)" \
	    > build/valgrind-noleak/gripe
	@chmod +x build/valgrind/gripe build/valgrind-noleak/gripe
	@set -- $(filter-out $(VG_SIGNAL_CASES),$(wildcard $(CASES))); \
	st=0; if [ $$# -gt 0 ]; then GRIPE_CASE_TIMEOUT=1800 \
	    sh tests/cli/run.sh build/valgrind/gripe "$$@" || st=1; fi; \
	set -- $(filter $(VG_SIGNAL_CASES),$(wildcard $(CASES))); \
	if [ $$# -gt 0 ]; then GRIPE_CASE_TIMEOUT=1800 \
	    sh tests/cli/run.sh build/valgrind-noleak/gripe "$$@" || st=1; fi; \
	exit $$st

# Fuzzing with libFuzzer (clang): each harness runs FUZZ_SECONDS under
# ASan and UBSan from a seed corpus made of the tests' and samples' files
# and the regression corpus; what it finds lands in build/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_CC = clang
FUZZ_FLAGS = -std=c11 -D_DEFAULT_SOURCE -pthread -g -O1 $(PKG_CFLAGS) \
	-Isrc -Ibuild/fuzz -fsanitize=address,undefined \
	-fno-sanitize-recover=undefined
FUZZ_OBJS := $(filter-out build/fuzz/main.o,$(SRCS:src/%.c=build/fuzz/%.o)) \
	build/fuzz/rules_default.o

build/fuzz/%.o: src/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

build/fuzz/rules_default.c: build/rules_default.c
	@mkdir -p $(@D)
	cp build/rules_default.c $@

build/fuzz/rules_default.o: build/fuzz/rules_default.c
	$(FUZZ_CC) $(FUZZ_FLAGS) -c -o $@ $<

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJS) \
	    $(PKG_LIBS) -lcsv -lm

.SECONDARY: $(FUZZ_OBJS)

fuzz: $(FUZZERS:%=build/fuzz/fuzz_%)
	@sh tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS) $(FUZZERS)

# The threaded runs (-j) under ThreadSanitizer: the CLI cases that compare
# thread counts, and the threaded merge recipe.
tsan:
	@$(MAKE) --no-print-directory TSAN=1 build/tsan/gripe
	@TSAN_OPTIONS=halt_on_error=1:exitcode=66 sh tests/cli/run.sh \
	    build/tsan/gripe tests/cli/jobs-same.t \
	    tests/cli/dataset-jobs-same.t tests/cli/state-incremental.t \
	    tests/cli/view-threads.t

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
	./gripe check samples/events.csv
	./gripe report --customers samples/customers.csv --sla 48h \
	    samples/events.csv

# The samples are generated by a seeded program of our own; the output is
# committed, so this is only needed after changing samples/generate.c.
samples: build/generate
	build/generate samples

# The benchmark (not a test): a seeded 1,000,000-row ticket log, the
# libcsv floor, classify, metrics and report, each timed RUNS times.
ROWS ?= 1000000
RUNS ?= 3
BENCH_TOOLS := $(B)/bench/gen $(B)/bench/floor $(B)/bench/measure

bench: $(BIN) $(BENCH_TOOLS)
	sh tests/bench/run.sh ./$(BIN) $(B)/bench $(ROWS) $(RUNS)

# The same metrics workload through DuckDB, Miller and python3 when they
# are here (nothing is installed; see tests/bench/peers.sh).
bench-peers: $(BIN) $(BENCH_TOOLS)
	sh tests/bench/peers.sh ./$(BIN) $(B)/bench $(ROWS) $(RUNS)

$(B)/bench/gen: tests/bench/gen.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_DEFAULT_SOURCE $(WARN) -O2 -o $@ $<

$(B)/bench/floor: tests/bench/floor.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_DEFAULT_SOURCE $(WARN) -O2 -o $@ $< -lcsv

$(B)/bench/measure: tests/bench/measure.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_DEFAULT_SOURCE $(WARN) -O2 -o $@ $<

# The two pictures the README shows, drawn from the samples by gripe and
# gnuplot; committed, so this is only needed when the charts change.
pictures: $(BIN)
	./gripe trend -f gnuplot --size 800x450 --image samples/trend.png \
	    samples/events.csv | gnuplot
	./gripe metrics --by category --sort ttr_p50 \
	    -m ttr_p10,ttr_p25,ttr_p50,ttr_p75,ttr_p90 -f gnuplot \
	    --size 800x450 --image samples/resolution.png samples/events.csv | \
	    gnuplot

build/generate: samples/generate.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) -o $@ $<

install: $(BIN)
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5
	cp $(BIN) $(DESTDIR)$(BINDIR)/gripe
	cp man/gripe.1 $(DESTDIR)$(MANDIR)/man1/gripe.1
	if [ -f man/gripe-rules.5 ]; then \
	    cp man/gripe-rules.5 $(DESTDIR)$(MANDIR)/man5/gripe-rules.5; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/gripe $(DESTDIR)$(MANDIR)/man1/gripe.1 \
	    $(DESTDIR)$(MANDIR)/man5/gripe-rules.5

clean:
	rm -rf build gripe

-include $(OBJS:.o=.d) $(FUZZ_OBJS:.o=.d)
