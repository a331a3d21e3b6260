/* stats.c: exact percentiles, Wilson intervals, Kaplan-Meier.
 *
 * Percentiles are exact, by linear interpolation between the closest ranks
 * (R's type 7, DuckDB's quantile_cont): for sorted x[0..n-1] and p in
 * [0,1], h = (n-1)p and q = x[floor h] + (h - floor h)(x[floor h + 1] -
 * x[floor h]).  Example: the median of 1, 2, 4, 10 is 2 + 0.5 (4 - 2) = 3;
 * its 90th percentile is h = 2.7, 4 + 0.7 (10 - 4) = 8.2.
 * Missing results are NaN; callers turn NaN into a missing cell.
 */
#include <math.h>
#include <stdlib.h>

#include "stats.h"
#include "util.h"

/* Selection for percentiles (select_d): a quickselect specialised to
 * doubles (median of three, insertion sort below 16, heapsort when it
 * goes too deep); linear time, where a sort of a million values per
 * percentile took a tenth of a second. */
static void
insertion(double *x, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		double v = x[i];
		size_t j = i;

		for (; j > 0 && x[j - 1] > v; j--)
			x[j] = x[j - 1];
		x[j] = v;
	}
}

static void
sift(double *x, size_t i, size_t n)
{
	double v = x[i];

	for (size_t c; (c = 2 * i + 1) < n; i = c) {
		if (c + 1 < n && x[c + 1] > x[c])
			c++;
		if (!(x[c] > v))
			break;
		x[i] = x[c];
	}
	x[i] = v;
}

static void
heapsort_d(double *x, size_t n)
{
	for (size_t i = n / 2; i > 0; i--)
		sift(x, i - 1, n);
	for (size_t i = n; i > 1; i--) {
		double t = x[0];

		x[0] = x[i - 1];
		x[i - 1] = t;
		sift(x, 0, i - 1);
	}
}

static void
swapd(double *a, double *b)
{
	double t = *a;

	*a = *b;
	*b = t;
}

/* Put into x[k] the value sorting x[0..n-1] would put there, the values
 * before it no greater, those after no less: quickselect with the sort's
 * partition, heapsort when it goes too deep. */
static void
select_d(double *x, size_t n, size_t k)
{
	int depth = 0;

	for (size_t m = n; m > 1; m >>= 1)
		depth += 2;
	while (n > 16) {
		size_t i, j, m = n / 2;
		double p;

		if (depth-- == 0) {
			heapsort_d(x, n);
			return;
		}
		if (x[m] < x[0])
			swapd(&x[m], &x[0]);
		if (x[n - 1] < x[m])
			swapd(&x[n - 1], &x[m]);
		if (x[m] < x[0])
			swapd(&x[m], &x[0]);
		p = x[m];
		i = 0;
		j = n - 1;
		for (;;) {
			while (x[i] < p)
				i++;
			while (p < x[j])
				j--;
			if (i >= j)
				break;
			swapd(&x[i], &x[j]);
			i++;
			j--;
		}
		/* x[0..j] <= p <= x[j+1..n-1]: go on in k's part */
		if (k <= j)
			n = j + 1;
		else {
			x += j + 1;
			n -= j + 1;
			k -= j + 1;
		}
	}
	insertion(x, n);
}

/* stats_quantile: the p quantile (type 7) of the n values at x, which it
 * reorders (the two closest ranks by selection, not a sort: linear
 * time); NaN when n is 0. */
double
stats_quantile(double *x, size_t n, double p)
{
	double h, lo, next;
	size_t i;

	if (n == 0)
		return NAN;
	h = (double)(n - 1) * p;
	lo = floor(h);
	i = (size_t)lo;
	if (i + 1 >= n) {
		select_d(x, n, n - 1);
		return x[n - 1];
	}
	select_d(x, n, i);
	/* the next rank is the least of those after x[i] */
	next = x[i + 1];
	for (size_t j = i + 2; j < n; j++)
		if (x[j] < next)
			next = x[j];
	return x[i] + (h - lo) * (next - x[i]);
}

/* stats_mean: NaN when n is 0. */
double
stats_mean(const double *x, size_t n)
{
	double s = 0;

	if (n == 0)
		return NAN;
	for (size_t i = 0; i < n; i++)
		s += x[i];
	return s / (double)n;
}

/* stats_wilson: the 95% Wilson score interval of k successes in n trials
 * into *lo and *hi (NaN when n is 0). */
void
stats_wilson(unsigned long k, unsigned long n, double *lo, double *hi)
{
	const double z = 1.959963984540054;
	double p, den, mid, half;

	if (n == 0) {
		*lo = *hi = NAN;
		return;
	}
	p = (double)k / (double)n;
	den = 1 + z * z / (double)n;
	mid = (p + z * z / (2 * (double)n)) / den;
	half = z * sqrt(p * (1 - p) / (double)n + z * z /
	    (4 * (double)n * (double)n)) / den;
	*lo = mid - half < 0 ? 0 : mid - half;
	*hi = mid + half > 1 ? 1 : mid + half;
}

struct obs {
	double	t;
	int	event;
};

static int
cmpobs(const void *a, const void *b)
{
	const struct obs *x = a, *y = b;

	if (x->t != y->t)
		return (x->t > y->t) - (x->t < y->t);
	return y->event - x->event;	/* events before censorings */
}

/*
 * stats_km_median: the Kaplan-Meier median of n durations t[] with event[]
 * 1 (the event happened at t) or 0 (censored at t): the smallest t at
 * which the estimated survival falls to 0.5 or below; NaN when it never
 * does.  At a tie, events count before censorings.  Example: 2, 4+, 6, 8
 * (4 censored): S(2) = 3/4, S(6) = 3/4 * 1/2 = 3/8, so the median is 6.
 */
double
stats_km_median(double *t, int *event, size_t n)
{
	struct obs *o = xcalloc(n ? n : 1, sizeof(*o));
	double s = 1, med = NAN;
	size_t i = 0, at_risk = n;

	for (size_t k = 0; k < n; k++) {
		o[k].t = t[k];
		o[k].event = event[k];
	}
	qsort(o, n, sizeof(*o), cmpobs);
	while (i < n) {
		size_t d = 0, c = 0, j = i;

		while (j < n && o[j].t == o[i].t) {
			if (o[j].event)
				d++;
			else
				c++;
			j++;
		}
		if (d > 0) {
			s *= 1 - (double)d / (double)at_risk;
			if (s <= 0.5) {
				med = o[i].t;
				break;
			}
		}
		at_risk -= d + c;
		i = j;
	}
	free(o);
	return med;
}

/*
 * stats_km_steps: the Kaplan-Meier estimate of n durations t[] with
 * event[] (1 event, 0 censored), one step per distinct duration, in
 * order, into out (room for n steps); returns the number of steps.  Each
 * step has the duration, the number at risk just before it, the events
 * and censorings at it, the survival after it, and a 95% interval from
 * Greenwood's variance on the log(-log) scale (NaN where it is not
 * defined: survival 0 or 1).  At a tie, events count before censorings.
 */
size_t
stats_km_steps(const double *t, const int *event, size_t n,
    struct km_step *out)
{
	struct obs *o = xcalloc(n ? n : 1, sizeof(*o));
	const double z = 1.959963984540054;
	double s = 1, g = 0;	/* g: Greenwood's sum of d / (r (r - d)) */
	size_t i = 0, k = 0, at_risk = n;

	for (size_t j = 0; j < n; j++) {
		o[j].t = t[j];
		o[j].event = event[j];
	}
	qsort(o, n, sizeof(*o), cmpobs);
	while (i < n) {
		size_t d = 0, c = 0, j = i;
		struct km_step *st = &out[k++];

		while (j < n && o[j].t == o[i].t) {
			if (o[j].event)
				d++;
			else
				c++;
			j++;
		}
		st->t = o[i].t;
		st->at_risk = at_risk;
		st->events = d;
		st->censored = c;
		if (d > 0) {
			s *= 1 - (double)d / (double)at_risk;
			if (at_risk > d)
				g += (double)d / ((double)at_risk *
				    (double)(at_risk - d));
		}
		st->survival = s;
		st->lo = st->hi = NAN;
		if (s > 0 && s < 1 && g > 0) {
			double se = sqrt(g) / fabs(log(s));

			st->lo = pow(s, exp(z * se));
			st->hi = pow(s, exp(-z * se));
		}
		at_risk -= d + c;
		i = j;
	}
	free(o);
	return k;
}
