/* test_stats.c: percentiles, Wilson intervals, Kaplan-Meier medians. */
#include <stdlib.h>
#include <math.h>

#include "unit.h"

#include "stats.h"

/* Type 7 by hand: 1, 2, 4, 10 -> median 2 + 0.5 * 2 = 3; p90: h = 2.7,
 * 4 + 0.7 * 6 = 8.2; p0 1, p100 10; one value is every quantile. */
static void
test_quantile(void)
{
	double x[] = { 10, 4, 1, 2 }, y[] = { 7 }, z[] = { 3, 1, 2 };

	CHECK_DBL(stats_quantile(x, 4, 0.5), 3, 1e-12);
	CHECK_DBL(stats_quantile(x, 4, 0.9), 8.2, 1e-12);
	CHECK_DBL(stats_quantile(x, 4, 0), 1, 1e-12);
	CHECK_DBL(stats_quantile(x, 4, 1), 10, 1e-12);
	CHECK_DBL(stats_quantile(y, 1, 0.9), 7, 1e-12);
	CHECK_DBL(stats_quantile(z, 3, 0.5), 2, 1e-12);
	CHECK(isnan(stats_quantile(x, 0, 0.5)));
	CHECK_DBL(stats_mean(x, 4), 4.25, 1e-12);
	CHECK(isnan(stats_mean(x, 0)));
}

/* Wilson 95%: 8 of 10 gives [0.4902, 0.9433] (Wilson 1927; the usual
 * worked example); 0 of 10 gives [0, 0.2775]; n = 0 gives NaN. */
static void
test_wilson(void)
{
	double lo, hi;

	stats_wilson(8, 10, &lo, &hi);
	CHECK_DBL(lo, 0.4902, 1e-4);
	CHECK_DBL(hi, 0.9433, 1e-4);
	stats_wilson(0, 10, &lo, &hi);
	CHECK_DBL(lo, 0, 1e-12);
	CHECK_DBL(hi, 0.2775, 1e-4);
	stats_wilson(0, 0, &lo, &hi);
	CHECK(isnan(lo) && isnan(hi));
}

/* Kaplan-Meier: 2, 4+, 6, 8: S(2) = 3/4, S(6) = 3/4 * 1/2 = 3/8 -> 6.
 * All censored: never reaches 0.5.  A tie of an event and a censoring at
 * 5 counts the event first: 5, 5+ -> S(5) = 1/2 -> 5. */
static void
test_km(void)
{
	double t1[] = { 8, 4, 6, 2 }, t2[] = { 3, 4 }, t3[] = { 5, 5 };
	int e1[] = { 1, 0, 1, 1 }, e2[] = { 0, 0 }, e3[] = { 0, 1 };

	CHECK_DBL(stats_km_median(t1, e1, 4), 6, 1e-12);
	CHECK(isnan(stats_km_median(t2, e2, 2)));
	CHECK_DBL(stats_km_median(t3, e3, 2), 5, 1e-12);
	CHECK(isnan(stats_km_median(NULL, NULL, 0)));
}

/* The 6-MP arm of the Freireich leukemia trial, the textbook example of
 * Kaplan-Meier: S(6) = 18/21 = 0.857, S(7) = 0.807, S(10) = 0.753,
 * S(13) = 0.690, S(16) = 0.627, S(22) = 0.538, S(23) = 0.448; at 6 the
 * log(-log) 95% interval is (0.620, 0.952) (Greenwood: g = 3/(21*18)). */
static void
test_km_steps(void)
{
	double t[] = { 6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22,
	    23, 25, 32, 32, 34, 35 };
	int e[] = { 1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0,
	    0, 0 };
	struct km_step st[21];
	size_t n = stats_km_steps(t, e, 21, st);

	CHECK_INT(n, 16);
	CHECK_DBL(st[0].t, 6, 0);
	CHECK_INT(st[0].at_risk, 21);
	CHECK_INT(st[0].events, 3);
	CHECK_INT(st[0].censored, 1);
	CHECK_DBL(st[0].survival, 18.0 / 21, 1e-9);
	CHECK_DBL(st[0].lo, 0.6197, 1e-4);
	CHECK_DBL(st[0].hi, 0.9516, 1e-4);
	CHECK_DBL(st[1].survival, 0.8067, 1e-4);	/* 7 */
	CHECK_INT(st[1].at_risk, 17);
	CHECK_DBL(st[3].survival, 0.7529, 1e-4);	/* 10 */
	CHECK_DBL(st[5].survival, 0.6902, 1e-4);	/* 13 */
	CHECK_DBL(st[6].survival, 0.6275, 1e-4);	/* 16 */
	CHECK_DBL(st[10].survival, 0.5378, 1e-4);	/* 22 */
	CHECK_DBL(st[11].survival, 0.4482, 1e-4);	/* 23 */
	CHECK_INT(st[15].at_risk, 1);			/* 35 */
}

static int
cmp_dbl(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* stats_quantile (by selection) against the type 7 formula on a sorted
 * copy, bit for bit: sizes around the insertion-sort cut, few and many distinct values,
 * sorted, reversed, all equal, organ pipe; eight p each. */
static void
test_quantile_select(void)
{
	static const size_t sizes[] = { 1, 2, 3, 15, 16, 17, 33, 100, 1000,
	    4097, 200000 };
	static const double ps[] = { 0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1 };
	uint64_t r = 777;
	size_t bad = 0;

	for (size_t si = 0; si < sizeof(sizes) / sizeof(sizes[0]); si++)
		for (int shape = 0; shape < 7; shape++) {
			size_t n = sizes[si];
			double *x = malloc(n * sizeof(*x));
			double *y = malloc(n * sizeof(*y));

			for (size_t i = 0; i < n; i++) {
				r = r * 6364136223846793005ULL +
				    1442695040888963407ULL;
				switch (shape) {
				case 0: y[i] = (double)(r >> 11); break;
				case 1: y[i] = (double)((r >> 33) % 5); break;
				case 2: y[i] = (double)i; break;
				case 3: y[i] = (double)(n - i); break;
				case 4: y[i] = 7; break;
				case 5: y[i] = (double)(i < n / 2 ? i : n - i);
					break;
				default: y[i] = (double)(int64_t)(r >> 20) -
				    1e12 + 0.25; break;
				}
			}
			for (size_t pi = 0; pi < sizeof(ps) / sizeof(ps[0]);
			    pi++) {
				double h = (double)(n - 1) * ps[pi], lo = floor(h);
				size_t i = (size_t)lo;
				double want, got;

				memcpy(x, y, n * sizeof(*x));
				got = stats_quantile(x, n, ps[pi]);
				memcpy(x, y, n * sizeof(*x));
				qsort(x, n, sizeof(*x), cmp_dbl);
				want = i + 1 >= n ? x[n - 1] : x[i] + (h - lo) *
				    (x[i + 1] - x[i]);
				bad += memcmp(&got, &want, sizeof(got)) != 0;
			}
			free(x);
			free(y);
		}
	CHECK_INT(bad, 0);
}

static const struct unit_test tests[] = {
	{ "quantile by selection", test_quantile_select },
	{ "kaplan-meier steps", test_km_steps },
	{ "quantile", test_quantile },
	{ "wilson", test_wilson },
	{ "kaplan-meier", test_km },
};

UNIT_MAIN(tests)
