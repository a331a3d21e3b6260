/* views.h: the views on a finished aggregate state, as tables. */
#ifndef GRIPE_VIEWS_H
#define GRIPE_VIEWS_H

#include <stddef.h>
#include <stdint.h>

#include "agg.h"
#include "group.h"
#include "opts.h"
#include "rules.h"
#include "table.h"

/* What a view of cases is over and how. */
struct view {
	const struct agg	*a;
	const struct rule_set	*rs;
	const struct tz		*tz;
	const struct where	*w;
	size_t			 nw;
	int64_t			 asof;
	const char		*asof_from;	/* how asof was set, for the
						   note (NULL: no note) */
	int64_t			 since;		/* TIME_NONE: none */
	int64_t			 until;
	int64_t			 sla;
	int			 have_sla;
	int64_t			 churn_after;
	int			 have_esc;
};

/* A metrics table: the metrics (indexes of metrics_find) by the keys of
 * gk, sorted by metric number sort (or by key when sort_key), the first
 * top rows (0: all). */
struct table	*metrics_view(const struct view *, struct groups *,
		    const int *, size_t, size_t, int, unsigned long);
int		 metrics_find(const char *, size_t);
struct table	*atrisk_view(const struct view *, char, unsigned long);
struct table	*churn_outcome_view(const struct view *, int);
struct table	*trend_view(const struct view *, size_t, char,
		    unsigned long, int, struct gerr *);
const char	*metrics_name(int);

#endif
