/* unit.h: a one-page unit test runner.
 *
 * A test file defines static test functions that use the CHECK macros, a
 * table of them, and ends with UNIT_MAIN(table).  Each test function counts
 * once: it passes when none of its checks failed.  A failed check prints
 * "file:line: expected X, got Y" and the test goes on, so one run shows
 * every failure.  The binary's last line is "N passed, N failed" and its
 * exit status is 1 when anything failed; tests/run.sh adds the counts up.
 */
#ifndef GRIPE_UNIT_H
#define GRIPE_UNIT_H

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct unit_test {
	const char	*name;
	void		(*fn)(void);
};

static int unit_failed_checks;
static int unit_skip_flag;

/* UNIT_SKIP: the test cannot run here (say why); counted as skipped. */
#define UNIT_SKIP(why) do {						\
	printf("skipped: %s\n", (why));					\
	unit_skip_flag = 1;						\
} while (0)

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		printf("%s:%d: expected %s\n", __FILE__, __LINE__, #cond); \
		unit_failed_checks++;					\
	}								\
} while (0)

#define CHECK_INT(got, want) do {					\
	long long g_ = (long long)(got), w_ = (long long)(want);	\
	if (g_ != w_) {							\
		printf("%s:%d: %s: expected %lld, got %lld\n", __FILE__, \
		    __LINE__, #got, w_, g_);				\
		unit_failed_checks++;					\
	}								\
} while (0)

#define CHECK_DBL(got, want, eps) do {					\
	double g_ = (double)(got), w_ = (double)(want);			\
	if (!(g_ - w_ <= (eps) && w_ - g_ <= (eps))) {			\
		printf("%s:%d: %s: expected %.10g, got %.10g\n",	\
		    __FILE__, __LINE__, #got, w_, g_);			\
		unit_failed_checks++;					\
	}								\
} while (0)

#define CHECK_STR(got, want) do {					\
	const char *g_ = (got), *w_ = (want);				\
	if (g_ == NULL || strcmp(g_, w_) != 0) {			\
		printf("%s:%d: %s: expected \"%s\", got \"%s\"\n",	\
		    __FILE__, __LINE__, #got, w_, g_ ? g_ : "(null)");	\
		unit_failed_checks++;					\
	}								\
} while (0)

/* CHECK_MEM: n bytes at p equal the string want (which may hold no NUL). */
#define CHECK_MEM(p, n, want) do {					\
	const char *w_ = (want);					\
	size_t n_ = (n);						\
	if (n_ != strlen(w_) || memcmp((p), w_, n_) != 0) {		\
		printf("%s:%d: %s: expected \"%s\", got \"%.*s\"\n",	\
		    __FILE__, __LINE__, #p, w_, (int)n_, (const char *)(p)); \
		unit_failed_checks++;					\
	}								\
} while (0)

static int
unit_run(const struct unit_test *t, size_t n, const char *suite)
{
	int passed = 0, failed = 0, skipped = 0;

	for (size_t i = 0; i < n; i++) {
		int before = unit_failed_checks;

		unit_skip_flag = 0;
		t[i].fn();
		if (unit_failed_checks == before && unit_skip_flag)
			skipped++;
		else if (unit_failed_checks == before)
			passed++;
		else {
			printf("FAIL %s: %s\n", suite, t[i].name);
			failed++;
		}
	}
	if (skipped > 0)
		printf("%d passed, %d failed, %d skipped\n", passed, failed,
		    skipped);
	else
		printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}

#define UNIT_MAIN(table)						\
int									\
main(void)								\
{									\
	return unit_run(table, sizeof(table) / sizeof(table[0]),	\
	    __FILE__);							\
}

#endif
