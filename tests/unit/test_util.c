/* test_util.c: unit tests for util.c's growing arrays (xgrow).
 *
 * An array grown from nothing to 96 MB, a few bytes more each time and
 * then doubling, keeps every byte it held, across the step from malloc's
 * memory to a mapping of its own (1 MB) and each move of that mapping's
 * pages to a larger one; the bytes it gains are there to write; a zeroed
 * array reads as zeros below and above 1 MB; arrays freed at every size
 * leave nothing behind for valgrind or ASan to report.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "util.h"

/* The byte at i of the pattern the array holds. */
static unsigned char
pat(size_t i)
{
	return (unsigned char)(i * 2654435761u >> 13);
}

static void
test_grow(void)
{
	unsigned char *p = NULL;
	size_t n = 0, bad = 0;

	while (n < ((size_t)96 << 20)) {
		size_t m = n < ((size_t)1 << 20) ? n + 4093 : n * 2 + 17;

		p = xgrow(p, n, m);
		/* the old bytes survive; check a spread of them */
		for (size_t i = 0; i < n; i += 511)
			bad += p[i] != pat(i);
		if (n > 0)
			bad += p[n - 1] != pat(n - 1);
		for (size_t i = n; i < m; i++)
			p[i] = pat(i);
		n = m;
	}
	for (size_t i = 0; i < n; i++)
		bad += p[i] != pat(i);
	CHECK_INT(bad, 0);
	xgrow_free(p, n);
}

static void
test_zero(void)
{
	static const size_t sizes[] = { 1, 4096, ((size_t)1 << 20) - 1,
	    (size_t)1 << 20, (size_t)2 << 20, ((size_t)5 << 20) + 3 };
	size_t bad = 0;

	for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		unsigned char *p = xgrow_zero(sizes[k]);

		for (size_t i = 0; i < sizes[k]; i++)
			bad += p[i] != 0;
		memset(p, 0xab, sizes[k]);
		xgrow_free(p, sizes[k]);
	}
	CHECK_INT(bad, 0);
	xgrow_free(NULL, 0);
	xgrow_free(NULL, (size_t)8 << 20);
}

/* A zeroed array grown further: what it had is kept, zeros included. */
static void
test_zero_grow(void)
{
	size_t n = (size_t)3 << 20, m = (size_t)9 << 20, bad = 0;
	unsigned char *p = xgrow_zero(n);

	p[0] = 1;
	p[n - 1] = 2;
	p = xgrow(p, n, m);
	bad += p[0] != 1 || p[n - 1] != 2 || p[n / 2] != 0;
	p[m - 1] = 3;
	CHECK_INT(bad, 0);
	xgrow_free(p, m);
}

static const struct unit_test tests[] = {
	{ "grow", test_grow },
	{ "zero", test_zero },
	{ "zero then grow", test_zero_grow }
};

UNIT_MAIN(tests)
