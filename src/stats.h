/* stats.h: exact percentiles, Wilson intervals, Kaplan-Meier. */
#ifndef GRIPE_STATS_H
#define GRIPE_STATS_H

#include <stddef.h>

double	stats_quantile(double *, size_t, double);
double	stats_mean(const double *, size_t);
void	stats_wilson(unsigned long, unsigned long, double *, double *);
double	stats_km_median(double *, int *, size_t);

/* One step of a Kaplan-Meier table (stats_km_steps). */
struct km_step {
	double	t;
	size_t	at_risk;
	size_t	events;
	size_t	censored;
	double	survival;
	double	lo;
	double	hi;
};

size_t	stats_km_steps(const double *, const int *, size_t,
	    struct km_step *);

#endif
