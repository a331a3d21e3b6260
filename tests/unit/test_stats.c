/* test_stats.c: percentiles, Wilson intervals, Kaplan-Meier medians. */
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

static const struct unit_test tests[] = {
	{ "quantile", test_quantile },
	{ "wilson", test_wilson },
	{ "kaplan-meier", test_km },
};

UNIT_MAIN(tests)
