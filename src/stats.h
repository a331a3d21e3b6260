/* stats.h: exact percentiles, Wilson intervals, Kaplan-Meier. */
#ifndef GRIPE_STATS_H
#define GRIPE_STATS_H

#include <stddef.h>

double	stats_quantile(double *, size_t, double);
double	stats_mean(const double *, size_t);
void	stats_wilson(unsigned long, unsigned long, double *, double *);
double	stats_km_median(double *, int *, size_t);

#endif
