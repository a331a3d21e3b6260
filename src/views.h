/* views.h: the views on a finished aggregate state, as tables. */
#ifndef GRIPE_VIEWS_H
#define GRIPE_VIEWS_H

#include <stddef.h>
#include <stdint.h>

#include "agg.h"
#include "group.h"
#include "load.h"
#include "opts.h"
#include "rules.h"
#include "table.h"

/* The options of the commands that view cases; each command lists in its
 * getopt table the ones it takes (VOPT_*) and hands them to
 * vopts_option. */
enum {
	OPT_V_ACTIVITY = OPT_CMD + 100, OPT_V_AS_OF, OPT_V_BASELINE,
	OPT_V_CHURN_AFTER, OPT_V_CUSTOMERS, OPT_V_ESCALATED, OPT_V_PERIOD,
	OPT_V_REPEAT, OPT_V_RESOLVED, OPT_V_SINCE, OPT_V_SLA, OPT_V_TOP,
	OPT_V_UNTIL, OPT_V_STATE, OPT_V_SAVE_STATE
};

#define VOPT_ACTIVITY	{ "activity", required_argument, NULL, OPT_V_ACTIVITY }
#define VOPT_AS_OF	{ "as-of", required_argument, NULL, OPT_V_AS_OF }
#define VOPT_BASELINE	{ "baseline", required_argument, NULL, OPT_V_BASELINE }
#define VOPT_CHURN_AFTER \
	{ "churn-after", required_argument, NULL, OPT_V_CHURN_AFTER }
#define VOPT_CUSTOMERS	{ "customers", required_argument, NULL, OPT_V_CUSTOMERS }
#define VOPT_ESCALATED	{ "escalated", required_argument, NULL, OPT_V_ESCALATED }
#define VOPT_PERIOD	{ "period", required_argument, NULL, OPT_V_PERIOD }
#define VOPT_REPEAT \
	{ "repeat-window", required_argument, NULL, OPT_V_REPEAT }
#define VOPT_RESOLVED	{ "resolved", required_argument, NULL, OPT_V_RESOLVED }
#define VOPT_SINCE	{ "since", required_argument, NULL, OPT_V_SINCE }
#define VOPT_SLA	{ "sla", required_argument, NULL, OPT_V_SLA }
#define VOPT_TOP	{ "top", required_argument, NULL, OPT_V_TOP }
#define VOPT_STATE	{ "state", required_argument, NULL, OPT_V_STATE }
#define VOPT_SAVE_STATE \
	{ "save-state", required_argument, NULL, OPT_V_SAVE_STATE }
#define VOPT_UNTIL	{ "until", required_argument, NULL, OPT_V_UNTIL }

struct vopts {
	const char	*activity;
	const char	*as_of;
	const char	*churn_after;	/* a list for churn, one for others */
	const char	*customers;
	const char	*escalated;
	const char	*period;
	const char	*repeat;
	const char	*resolved;
	const char	*since;
	const char	*sla;
	const char	*until;
	const char	*state;		/* --state FILE */
	const char	*save_state;	/* --save-state FILE */
	unsigned long	 baseline;
	unsigned long	 top;
	int		 churn_list;	/* --churn-after may be a list */
	int		 no_repeats;	/* no view asks for repeats */
};

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
	unsigned		 jobs;		/* threads a view may use */
};

void	vopts_init(struct vopts *, unsigned long);
int	vopts_option(struct vopts *, int, const char *, struct gerr *);
int	vopts_setup(const struct vopts *, struct gopts *, struct rule_set *,
	    const struct where *, size_t, struct loaded *, struct view *,
	    char *);

/* A metrics table: the metrics (indexes of metrics_find) by the keys of
 * gk, sorted by metric number sort (or by key when sort_key), the first
 * top rows (0: all). */
struct table	*metrics_view(const struct view *, struct groups *,
		    const int *, size_t, size_t, int, unsigned long);
int		 metrics_find(const char *, size_t);
struct table	*atrisk_view(const struct view *, char, unsigned long);
struct table	*churn_outcome_view(const struct view *, int);
struct table	*service_recovery_view(const struct view *, int64_t);
struct table	*churn_survival_view(const struct view *, struct groups *);
struct table	*trend_view(const struct view *, size_t, char,
		    unsigned long, int, struct gerr *);
const char	*metrics_name(int);

#endif
