/* cmd_metrics.c: gripe metrics: resolution metrics by any grouping.
 *
 * One pass folds every row into the case records of agg.c; then each case
 * is put in its groups (the values of the --by keys: a dimension's labels,
 * the label column, channel, agent, priority, status, period of opening,
 * customer; a case with several labels of a mode=all dimension is in each
 * of their groups), and every metric of a group is computed from the
 * group's cases, so percentiles are exact.  --where keeps cases by their
 * case labels (not rows by theirs, which would cut cases apart).  Each
 * metric has one definition, in the METRICS section of gripe(1); a metric
 * that the input cannot give (a role is missing) is n/a, with a note
 * saying what to map.
 */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cmd.h"
#include "group.h"
#include "intern.h"
#include "load.h"
#include "opts.h"
#include "period.h"
#include "rules.h"
#include "stats.h"
#include "table.h"
#include "util.h"
#include "views.h"

static const struct cmd_usage metrics_usage = {
	"metrics",
	"[-h] [-d delim] [-f format] [-j jobs] [-m metric,...]\n"
	"    [-o file] [-r rules] [--activity file] [--as-of time]\n"
	"    [--by key,...] [--churn-after duration] [--col role=header]\n"
	"    [--customers file] [--escalated regex] [--match-limit n]\n"
	"    [--na value] [--outbound regex] [--period unit] [--rejects file]\n"
	"    [--repeat-window duration] [--resolved regex] [--since time]\n"
	"    [--skip-bad] [--sla duration] [--sort metric] [--strict]\n"
	"    [--time-format fmt] [--top n] [--tz zone] [--until time]\n"
	"    [--image file] [--size WxH] [--terminal name]\n"
	"    [--save-state file] [--state file] [--where dim=label]\n"
	"    [file ...]",
	"\n"
	OPTS_HELP_FORMAT
	OPTS_HELP_JOBS
	"  -m, --metrics LIST     metrics to show, comma-separated (see the\n"
	"                         METRICS section of gripe(1))\n"
	"  -r, --rules FILE       rules file (repeatable; default: $GRIPE_RULES\n"
	"                         or the built-in rules)\n"
	"      --activity FILE    customers' activity log, to infer churn\n"
	"      --as-of TIME       the time 'now' is (default: the latest time\n"
	"                         in the data)\n"
	"      --by KEYS          group by dimension names, label, channel,\n"
	"                         agent, priority, status, period, customer\n"
	"      --churn-after D    no activity for D after a case is churn\n"
	"                         (default 90d)\n"
	"      --customers FILE   customer table: churned, churn_date, value\n"
	"      --escalated REGEX  status/priority values that mean escalated\n"
	"      --match-limit N    PCRE2 match limit per row and rule\n"
	"      --no-prefilter     run every rule on every text (same labels)\n"
	"      --outbound REGEX   direction values that mean outbound\n"
	"      --period UNIT      day, week, month or quarter (default week)\n"
	"      --rejects FILE     write bad records to FILE (implies "
	"--skip-bad)\n"
	"      --repeat-window D  how far back a repeat looks (default 30d)\n"
	"      --resolved REGEX   status values that mean resolved\n"
	"      --save-state FILE  also write the aggregate state to FILE\n"
	"      --since TIME       only cases opened at or after TIME\n"
	"      --skip-bad         count bad records and go on\n"
	"      --sla DURATION     the resolution target, e.g. 48h or 3d\n"
	"      --sort METRIC      sort by METRIC (descending) or by key\n"
	"      --state FILE       start from a state saved by --save-state\n"
	"                         (no file operands: read no input)\n"
	"      --strict           a stray quote is an error\n"
	OPTS_HELP_TIME
	"      --top N            show the first N groups\n"
	"      --until TIME       only cases opened before TIME\n"
	"      --where DIM=LABEL  keep only cases with that label "
	"(repeatable)\n"
};


enum { OPT_BY = OPT_CMD, OPT_SORT };

enum metric {
	M_ROWS, M_CASES, M_CUSTOMERS, M_RESOLVED_RATE, M_TTR_P50, M_TTR_P90,
	M_TTR_P10, M_TTR_P25, M_TTR_P75, M_TTR_MEAN, M_TTR_KM_P50, M_FRT_P50,
	M_FRT_P90, M_ONE_TOUCH,
	M_REOPEN, M_ESCALATION, M_FOLLOWUP, M_SLA_MET, M_BACKLOG,
	M_BACKLOG_AGE, M_CSAT_MEAN, M_CSAT_GOOD, M_REPEAT, M_CHURN_RATE,
	M_VALUE_AT_RISK, M_COUNT
};

static const struct {
	const char	*name;
	enum col_kind	 kind;
} metrics[M_COUNT] = {
	{ "rows", COL_COUNT }, { "cases", COL_COUNT },
	{ "customers", COL_COUNT }, { "resolved_rate", COL_RATE },
	{ "ttr_p50", COL_HOURS }, { "ttr_p90", COL_HOURS },
	{ "ttr_p10", COL_HOURS }, { "ttr_p25", COL_HOURS },
	{ "ttr_p75", COL_HOURS },
	{ "ttr_mean", COL_HOURS }, { "ttr_km_p50", COL_HOURS },
	{ "frt_p50", COL_HOURS }, { "frt_p90", COL_HOURS },
	{ "one_touch_rate", COL_RATE }, { "reopen_rate", COL_RATE },
	{ "escalation_rate", COL_RATE }, { "followup_rate", COL_RATE },
	{ "sla_met_rate", COL_RATE }, { "backlog", COL_COUNT },
	{ "backlog_age_p50", COL_HOURS }, { "csat_mean", COL_NUM },
	{ "csat_good", COL_RATE }, { "repeat_rate", COL_RATE },
	{ "churn_rate", COL_RATE }, { "value_at_risk", COL_NUM },
};

/* With ttr_p25, ttr_p50 and ttr_p75 among the metrics, draw boxes (the
 * whiskers at ttr_p10 and ttr_p90 when present) instead of bars; the
 * keys all label the boxes. */
static void
box_chart(struct chart *ch, const int *m, size_t nm, size_t nkc)
{
	size_t at[M_COUNT];

	for (size_t i = 0; i < M_COUNT; i++)
		at[i] = CHART_NOCOL;
	for (size_t i = 0; i < nm; i++)
		at[m[i]] = nkc + i;
	if (at[M_TTR_P25] == CHART_NOCOL || at[M_TTR_P50] == CHART_NOCOL ||
	    at[M_TTR_P75] == CHART_NOCOL)
		return;
	ch->kind = CHART_BOX;
	if (ch->series != CHART_NOCOL && ch->nlabel < 4)
		ch->label[ch->nlabel++] = ch->series;
	ch->series = CHART_NOCOL;
	ch->y[0] = at[M_TTR_P25];
	ch->y[1] = at[M_TTR_P50];
	ch->y[2] = at[M_TTR_P75];
	ch->ny = 3;
	if (at[M_TTR_P10] != CHART_NOCOL && at[M_TTR_P90] != CHART_NOCOL) {
		ch->lo = at[M_TTR_P10];
		ch->hi = at[M_TTR_P90];
	}
}

struct mopts {
	struct vopts	 v;
	const char	*by;
	const char	*metrics;
	const char	*sort;
};

static int
own_option(void *ctx, int ch, const char *arg, struct gerr *e)
{
	struct mopts *m = ctx;

	switch (ch) {
	case 'm':
		m->metrics = arg;
		return 1;
	case OPT_BY:
		m->by = arg;
		return 1;
	case OPT_SORT:
		m->sort = arg;
		return 1;
	default:
		return vopts_option(&m->v, ch, arg, e);
	}
}

static int
find_metric(const char *s, size_t n)
{
	for (int i = 0; i < M_COUNT; i++)
		if (strlen(metrics[i].name) == n &&
		    memcmp(metrics[i].name, s, n) == 0)
			return i;
	return -1;
}

struct parsed {
	int		 m[M_COUNT];
	size_t		 nm;
};

static int
add_metric(void *ctx, const char *s, size_t n)
{
	struct parsed *p = ctx;
	int m = find_metric(s, n);

	if (m < 0) {
		diag_err("unknown metric '%.*s'", (int)n, s);
		diag_hint("the metrics are listed in the METRICS section of "
		    "gripe(1)");
		return -1;
	}
	if (p->nm == M_COUNT) {
		diag_err("-m names more than %d metrics", M_COUNT);
		return -1;
	}
	p->m[p->nm++] = m;
	return 0;
}

/*
 * The memberships of cases in groups, in case order: membership i puts
 * case cs[i] in group group[i].  While every case is in exactly one
 * group (no case left out, none in two), case i is membership i and cs
 * is not kept (NULL): at 4M cases that is 16 MB less at the views' peak.
 */
struct members {
	uint32_t	*group;
	uint32_t	*cs;
	size_t		 n;
	size_t		 cap;
};

static void
add_member(struct members *m, uint32_t group, size_t ci)
{
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 1024;

		m->group = xgrowarray(m->group, m->cap, cap, sizeof(*m->group));
		if (m->cs != NULL)
			m->cs = xgrowarray(m->cs, m->cap, cap, sizeof(*m->cs));
		m->cap = cap;
	}
	if (m->cs == NULL && ci != m->n) {
		m->cs = xgrow_zero(m->cap * sizeof(*m->cs));
		for (size_t i = 0; i < m->n; i++)
			m->cs[i] = (uint32_t)i;
	}
	m->group[m->n] = group;
	if (m->cs != NULL)
		m->cs[m->n] = (uint32_t)ci;
	m->n++;
}

/* The cases of m (filled in case order) by group, then case: a stable
 * counting sort by group into the returned array (m->n of them, at least
 * one: free it with xgrow_free); (*offp)[g] is where group g starts,
 * (*offp)[g + 1] where it ends.  m is emptied. */
static uint32_t *
sort_members(struct members *m, size_t ngroups, size_t **offp)
{
	size_t *off = xcalloc(ngroups + 2, sizeof(*off));
	uint32_t *cs = xgrow_zero((m->n ? m->n : 1) * sizeof(*cs));

	for (size_t i = 0; i < m->n; i++)
		off[m->group[i] + 2]++;
	for (size_t g = 0; g < ngroups; g++)
		off[g + 2] += off[g + 1];
	for (size_t i = 0; i < m->n; i++)
		cs[off[m->group[i] + 1]++] = m->cs != NULL ? m->cs[i] :
		    (uint32_t)i;
	xgrow_free(m->group, m->cap * sizeof(*m->group));
	xgrow_free(m->cs, m->cap * sizeof(*m->cs));
	memset(m, 0, sizeof(*m));
	*offp = off;
	return cs;
}

/* What a metric needs that the input may lack; NULL when it is there. */
static const char *
missing(enum metric m, const struct agg *a, int have_sla, int have_esc,
    int have_repeat)
{
	int res = agg_have(a, ROLE_CLOSED) || agg_have(a, ROLE_STATUS);

	switch (m) {
	case M_CUSTOMERS:
		return agg_have(a, ROLE_CUSTOMER) ? NULL :
		    "no customer column (map one with --col customer=HEADER)";
	case M_RESOLVED_RATE:
	case M_TTR_P50:
	case M_TTR_P90:
	case M_TTR_P10:
	case M_TTR_P25:
	case M_TTR_P75:
	case M_TTR_MEAN:
	case M_TTR_KM_P50:
	case M_BACKLOG:
	case M_BACKLOG_AGE:
		return res ? NULL : "no closed or status column (map one with "
		    "--col closed=HEADER or --col status=HEADER)";
	case M_FRT_P50:
	case M_FRT_P90:
		return agg_have(a, ROLE_DIRECTION) ? NULL : "no direction "
		    "column (map one with --col direction=HEADER)";
	case M_ONE_TOUCH:
	case M_FOLLOWUP:
		if (!res)
			return "no closed or status column";
		return agg_have(a, ROLE_DIRECTION) ? NULL : "no direction "
		    "column (map one with --col direction=HEADER)";
	case M_REOPEN:
		return agg_have(a, ROLE_STATUS) ? NULL : "no status column "
		    "(map one with --col status=HEADER)";
	case M_ESCALATION:
		return agg_have(a, ROLE_STATUS) || agg_have(a, ROLE_PRIORITY) ||
		    have_esc ? NULL : "no status or priority column and no "
		    "escalation_request signal";
	case M_SLA_MET:
		if (!have_sla)
			return "no --sla given";
		return res ? NULL : "no closed or status column";
	case M_CSAT_MEAN:
	case M_CSAT_GOOD:
		return agg_have(a, ROLE_CSAT) ? NULL : "no csat column (map "
		    "one with --col csat=HEADER)";
	case M_CHURN_RATE:
		return agg_have_churn(a) || agg_have_activity(a) ? NULL :
		    "no churn signal (give a churned or churn_date column, "
		    "--customers FILE with one, or --activity FILE)";
	case M_VALUE_AT_RISK:
		if (!agg_have_churn(a) && !agg_have_activity(a))
			return "no churn signal (give a churned or churn_date "
			    "column, --customers FILE with one, or --activity "
			    "FILE)";
		for (size_t k = 0; k < agg_ncust(a); k++)
			if (agg_cust(a, k).has_value)
				return NULL;
		return "no value column (map one with --col value=HEADER, or "
		    "give --customers FILE with one)";
	case M_REPEAT:
		(void)have_repeat;
		if (!agg_have(a, ROLE_CUSTOMER))
			return "no customer column (map one with --col "
			    "customer=HEADER)";
		return agg_repeat_dim(a) != RULE_NONE ? NULL : "no mode=first "
		    "dimension in the rules to compare categories by";
	default:
		return NULL;
	}
}

struct gstats {
	double	*dur;		/* scratch */
	int	*ev;
	size_t	 cap;
	/* dur holds the resolution times of cases ttr_cs[0..ttr_n-1] at
	 * ttr_asof, ttr_k of them (in some order), when ttr_cs is set: the
	 * next ttr percentile of the same cases selects from them again */
	const uint32_t	*ttr_cs;
	size_t		 ttr_n;
	size_t		 ttr_k;
	int64_t		 ttr_asof;
	/* per customer, between uses all TIME_NONE and all clear */
	int64_t		*latest;
	uint64_t	*seen;
	size_t		 ncust;
};

static void
scratch(struct gstats *g, size_t n)
{
	if (n <= g->cap)
		return;
	g->dur = xgrowarray(g->dur, g->cap, n, sizeof(*g->dur));
	g->ev = xgrowarray(g->ev, g->cap, n, sizeof(*g->ev));
	g->cap = n;
}

/* Room for nc customers in g->latest and g->seen (kept between groups:
 * each use leaves them as it found them). */
static void
scratch_cust(struct gstats *g, size_t nc)
{
	if (g->latest != NULL && nc <= g->ncust)
		return;
	xgrow_free(g->latest, (g->ncust ? g->ncust : 1) * sizeof(*g->latest));
	free(g->seen);
	g->ncust = nc;
	g->latest = xgrow_zero((nc ? nc : 1) * sizeof(*g->latest));
	g->seen = xcalloc(nc / 64 + 1, sizeof(*g->seen));
	for (size_t i = 0; i < nc; i++)
		g->latest[i] = TIME_NONE;
}

static int
cmp_u32(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;

	return (a > b) - (a < b);
}

/* The cases of a group lie scattered in the records: case cs[i] of n,
 * with the one MEMBER_AHEAD further on asked for already. */
#define MEMBER_AHEAD	16

/* Threads that compute a table's rows, and the cases that pay for one. */
#define ROW_THREADS	7
#define ROW_THREAD_MIN	50000

static inline __attribute__((always_inline)) struct agg_case
member(const struct agg *a, const uint32_t *cs, size_t n, size_t i)
{
	if (i + MEMBER_AHEAD < n)
		agg_case_prefetch(a, cs[i + MEMBER_AHEAD]);
	return agg_case(a, cs[i]);
}

/* Whether case c counts as resolved at asof. */
static int
resolved_at(const struct agg_case *c, int64_t asof)
{
	return (c->flags & CASE_RESOLVED) && c->resolved <= asof;
}

/* Compute metric m over the cases cs[0..n-1] into row r, column col; a
 * case resolved after asof counts as open. */
static void
compute(struct table *t, size_t r, size_t col, enum metric m,
    const struct agg *a, const uint32_t *cs, size_t n, int64_t asof,
    int64_t sla, int64_t churn_after, double csat_good_at,
    struct gstats *g)
{
	unsigned long num = 0, den = 0;
	size_t k = 0;
	int reuse = g->ttr_cs == cs && g->ttr_n == n && g->ttr_asof == asof &&
	    m != M_TTR_MEAN;

	g->ttr_cs = NULL;	/* dur is about to change, unless reused */
	scratch(g, n + 1);
	switch (m) {
	case M_ROWS:
		for (size_t i = 0; i < n; i++)
			num += agg_case_rows(a, cs[i]);
		table_set_int(t, r, col, (int64_t)num);
		return;
	case M_CASES:
		table_set_int(t, r, col, (int64_t)n);
		return;
	case M_CUSTOMERS: {
		uint32_t *ids = xcalloc(n ? n : 1, sizeof(*ids));
		size_t u = 0;

		for (size_t i = 0; i < n; i++) {
			uint32_t cu = member(a, cs, n, i).cust;

			if (cu != INTERN_NONE)
				ids[k++] = cu;
		}
		qsort(ids, k, sizeof(*ids), cmp_u32);
		for (size_t i = 0; i < k; i++)
			u += i == 0 || ids[i] != ids[i - 1];
		free(ids);
		table_set_int(t, r, col, (int64_t)u);
		return;
	}
	case M_RESOLVED_RATE:
		for (size_t i = 0; i < n; i++) {
			const struct agg_case c = member(a, cs, n, i);

			num += resolved_at(&c, asof);
		}
		if (n > 0)
			table_set_num(t, r, col, (double)num / (double)n);
		return;
	case M_REOPEN:
	case M_ESCALATION:
	case M_REPEAT: {
		uint32_t flag = m == M_REOPEN ? CASE_REOPENED :
		    m == M_ESCALATION ? CASE_ESCALATED : CASE_REPEAT;

		if (m == M_REPEAT && !agg_repeats_judged(a)) {
			diag_err("internal error: repeats were not judged");
			abort();
		}

		for (size_t i = 0; i < n; i++)
			num += (member(a, cs, n, i).flags & flag) != 0;
		if (n > 0)
			table_set_num(t, r, col, (double)num / (double)n);
		return;
	}
	case M_TTR_P50:
	case M_TTR_P90:
	case M_TTR_P10:
	case M_TTR_P25:
	case M_TTR_P75:
	case M_TTR_MEAN:
		if (reuse) {
			k = g->ttr_k;
		} else {
			for (size_t i = 0; i < n; i++) {
				const struct agg_case cr = member(a, cs,
				    n, i), *c = &cr;

				if (resolved_at(c, asof) &&
				    c->resolved >= c->opened)
					g->dur[k++] = (double)(c->resolved -
					    c->opened);
			}
		}
		if (m != M_TTR_MEAN) {
			/* a percentile keeps the values (in another order);
			 * the mean sums them in input order, as before */
			g->ttr_cs = cs;
			g->ttr_n = n;
			g->ttr_k = k;
			g->ttr_asof = asof;
		}
		table_set_num(t, r, col, m == M_TTR_MEAN ? stats_mean(g->dur,
		    k) : stats_quantile(g->dur, k, m == M_TTR_P50 ? 0.5 :
		    m == M_TTR_P90 ? 0.9 : m == M_TTR_P10 ? 0.1 :
		    m == M_TTR_P25 ? 0.25 : 0.75));
		return;
	case M_TTR_KM_P50:
		for (size_t i = 0; i < n; i++) {
			const struct agg_case cr = member(a, cs, n, i), *c = &cr;

			if (resolved_at(c, asof)) {
				if (c->resolved < c->opened)
					continue;
				g->dur[k] = (double)(c->resolved - c->opened);
				g->ev[k++] = 1;
			} else if (asof >= c->opened) {
				g->dur[k] = (double)(asof - c->opened);
				g->ev[k++] = 0;
			}
		}
		table_set_num(t, r, col, stats_km_median(g->dur, g->ev, k));
		return;
	case M_FRT_P50:
	case M_FRT_P90:
		for (size_t i = 0; i < n; i++) {
			const struct agg_case cr = member(a, cs, n, i), *c = &cr;
			int64_t fo = agg_case_first_out(a, cs[i]);

			if (fo != TIME_NONE && fo >= c->opened)
				g->dur[k++] = (double)(fo - c->opened);
		}
		table_set_num(t, r, col, stats_quantile(g->dur, k,
		    m == M_FRT_P50 ? 0.5 : 0.9));
		return;
	case M_ONE_TOUCH:
	case M_FOLLOWUP:
		for (size_t i = 0; i < n; i++) {
			const struct agg_case cr = member(a, cs, n, i), *c = &cr;

			if (!resolved_at(c, asof))
				continue;
			den++;
			if (m == M_ONE_TOUCH ? agg_case_outbound(a, cs[i]) <=
			    1 : (c->flags & CASE_FOLLOWED) != 0)
				num++;
		}
		if (den > 0)
			table_set_num(t, r, col, (double)num / (double)den);
		return;
	case M_SLA_MET:
		for (size_t i = 0; i < n; i++) {
			const struct agg_case cr = member(a, cs, n, i), *c = &cr;

			if (resolved_at(c, asof)) {
				if (c->resolved < c->opened)
					continue;
				den++;
				num += c->resolved - c->opened <= sla;
			} else if (asof - c->opened > sla)
				den++;		/* open past the SLA */
		}
		if (den > 0)
			table_set_num(t, r, col, (double)num / (double)den);
		return;
	case M_BACKLOG:
	case M_BACKLOG_AGE:
		for (size_t i = 0; i < n; i++) {
			const struct agg_case cr = member(a, cs, n, i), *c = &cr;

			if (!resolved_at(c, asof))
				g->dur[k++] = (double)(asof - c->opened);
		}
		if (m == M_BACKLOG)
			table_set_int(t, r, col, (int64_t)k);
		else
			table_set_num(t, r, col, stats_quantile(g->dur, k,
			    0.5));
		return;
	case M_CHURN_RATE:
	case M_VALUE_AT_RISK: {
		/* each customer once, relative to their latest case here;
		 * the customers met are marked in a bitmap and visited in
		 * index order (as a loop over all would), so a group costs
		 * its cases, not every customer */
		size_t nc = agg_ncust(a);
		double var = 0;
		int64_t when;

		scratch_cust(g, nc);
		for (size_t i = 0; i < n; i++) {
			const struct agg_case cr = member(a, cs, n, i), *c = &cr;

			if (c->cust == INTERN_NONE)
				continue;
			g->seen[c->cust / 64] |= (uint64_t)1 << (c->cust % 64);
			if (g->latest[c->cust] == TIME_NONE ||
			    c->opened > g->latest[c->cust])
				g->latest[c->cust] = c->opened;
		}
		for (size_t w = 0; w < (nc + 63) / 64; w++) {
			while (g->seen[w] != 0) {
				size_t i = w * 64 + (size_t)__builtin_ctzll(
				    g->seen[w]);
				int64_t lt = g->latest[i];

				g->seen[w] &= g->seen[w] - 1;
				g->latest[i] = TIME_NONE;
				if (lt == TIME_NONE)
					continue;
				switch (agg_churn(a, i, lt, churn_after, asof,
				    &when)) {
				case CHURN_CHURNED:
					num++;
					den++;
					if (agg_cust(a, i).has_value)
						var += agg_cust(a, i).value;
					break;
				case CHURN_RETAINED:
					den++;
					break;
				default:
					break;
				}
			}
		}
		if (m == M_VALUE_AT_RISK)
			table_set_num(t, r, col, var);
		else if (den > 0)
			table_set_num(t, r, col, (double)num / (double)den);
		return;
	}
	case M_CSAT_MEAN:
	case M_CSAT_GOOD:
		for (size_t i = 0; i < n; i++) {
			const struct agg_case cr = member(a, cs, n, i), *c = &cr;

			if (!(c->flags & CASE_HAS_CSAT))
				continue;
			g->dur[k++] = c->csat;
			num += c->csat >= csat_good_at;
		}
		if (m == M_CSAT_MEAN)
			table_set_num(t, r, col, stats_mean(g->dur, k));
		else if (k > 0)
			table_set_num(t, r, col, (double)num / (double)k);
		return;
	default:
		return;
	}
}

/* Sorting the result rows: by the sort column descending (missing last),
 * then by the key columns. */
static const struct table *sort_tab;
static size_t sort_col, sort_nkeys;

static int
cmp_rows(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	const struct table *t = sort_tab;

	if (sort_col != (size_t)-1) {
		int ma = table_is_missing(t, a, sort_col);
		int mb = table_is_missing(t, b, sort_col);
		double va, vb;

		if (ma != mb)
			return ma - mb;
		if (!ma) {
			va = table_num(t, a, sort_col);
			vb = table_num(t, b, sort_col);
			if (va != vb)
				return va > vb ? -1 : 1;
		}
	}
	for (size_t k = 0; k < sort_nkeys; k++) {
		size_t la, lb;
		const char *sa = table_text(t, a, k, &la);
		const char *sb = table_text(t, b, k, &lb);
		int c = memcmp(sa, sb, la < lb ? la : lb);

		if (c != 0)
			return c;
		if (la != lb)
			return la < lb ? -1 : 1;
	}
	return (a > b) - (a < b);
}

/* A table row's metrics to compute: over the cases cs[0..n-1]. */
struct rowjob {
	size_t		 row;
	const uint32_t	*cs;
	size_t		 n;
};

/* The rows' metrics, shared by the threads that compute them: each
 * takes the next row not yet taken, the largest groups first. */
struct rowjobs {
	struct rowjob		*j;
	size_t			 n;
	size_t			 next;
	pthread_mutex_t		 mu;
	struct table		*t;
	const struct agg	*a;
	const struct view	*v;
	const int		*m;
	size_t			 nm;
	size_t			 col0;		/* the first metric column */
	int64_t			 asof;
	double			 good_at;
};

static int
cmp_rowjob(const void *x, const void *y)
{
	const struct rowjob *a = x, *b = y;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return (a->row > b->row) - (a->row < b->row);
}

/* Compute rows until none is left, with scratch of its own: rows are
 * independent (the cases are only read, each row's cells are its own),
 * so the table is the same whichever thread computes which. */
static void *
row_worker(void *arg)
{
	struct rowjobs *w = arg;
	struct gstats gs = { NULL, NULL, 0, NULL, 0, 0, 0, NULL, NULL, 0 };

	for (;;) {
		struct rowjob *j;

		pthread_mutex_lock(&w->mu);
		j = w->next < w->n ? &w->j[w->next++] : NULL;
		pthread_mutex_unlock(&w->mu);
		if (j == NULL)
			break;
		for (size_t k = 0; k < w->nm; k++) {
			if (missing((enum metric)w->m[k], w->a, w->v->have_sla,
			    w->v->have_esc, 1) != NULL)
				continue;
			compute(w->t, j->row, w->col0 + k, (enum metric)w->m[k],
			    w->a, j->cs, j->n, w->asof, w->v->sla,
			    w->v->churn_after, w->good_at, &gs);
		}
	}
	xgrow_free(gs.dur, gs.cap * sizeof(*gs.dur));
	xgrow_free(gs.ev, gs.cap * sizeof(*gs.ev));
	xgrow_free(gs.latest, (gs.ncust ? gs.ncust : 1) * sizeof(*gs.latest));
	free(gs.seen);
	return NULL;
}

/* Compute the rows of w on up to jobs threads (this one among them): a
 * metric's pass reads a group's cases scattered over the records, and
 * with a million cases that took a tenth of a second on one thread. */
static void
run_rows(struct rowjobs *w, unsigned jobs)
{
	pthread_t th[ROW_THREADS];
	size_t nth = 0, cases = 0;

	if (w->n > 1)
		qsort(w->j, w->n, sizeof(*w->j), cmp_rowjob);
	for (size_t i = 0; i < w->n; i++)
		cases += w->j[i].n;
	/* a thread of its own only for work worth starting one */
	if (jobs > 1 && w->n > 1 && cases >= ROW_THREAD_MIN)
		for (unsigned i = 1; i < jobs && nth < ROW_THREADS; i++) {
			if (pthread_create(&th[nth], NULL, row_worker, w) != 0)
				break;
			nth++;
		}
	row_worker(w);
	for (size_t i = 0; i < nth; i++)
		pthread_join(th[i], NULL);
	pthread_mutex_destroy(&w->mu);
}

/*
 * metrics_view: the metrics m[0..nm-1] of the cases of v grouped by gk,
 * with the notes that say what is n/a and why; sorted by the metric at
 * index sort (descending, missing last; by the keys when sort_key), cut
 * to top rows (0: all).  The caller frees the table.  Cannot fail.
 */
struct table *
metrics_view(const struct view *v, struct groups *gk, const int *m,
    size_t nm, size_t sort_metric, int sort_key, unsigned long top)
{
	const struct agg *a = v->a;
	const struct rule_set *rs = v->rs;
	struct members mem = { NULL, NULL, 0, 0 };
	struct rowjob *rj = NULL;
	size_t nrj = 0, rjcap = 0;
	struct table *t;
	struct buf b, prefix;
	uint32_t *cgroups = NULL, *cs = NULL;
	size_t ncg = 0, cgcap = 0, *order = NULL;
	size_t ngroups, nmem, *goff = NULL;
	int64_t asof = v->asof;
	unsigned long nneg = 0, nfrtneg = 0;
	double good_at = 4;

	buf_init(&b);
	buf_init(&prefix);
	/* every case into its groups */
	for (size_t ci = 0; ci < agg_ncases(a); ci++) {
		const struct agg_case cr = agg_case(a, ci), *c = &cr;
		int64_t fo;

		if ((v->since != TIME_NONE && c->opened < v->since) ||
		    (v->until != TIME_NONE && c->opened >= v->until) ||
		    c->opened > asof || !group_where(a, rs, ci, v->w, v->nw))
			continue;
		if (c->flags & CASE_HAS_CSAT && c->csat > 5)
			good_at = 8;
		if (resolved_at(c, asof) && c->resolved < c->opened)
			nneg++;
		fo = agg_case_first_out(a, ci);
		if (fo != TIME_NONE && fo < c->opened)
			nfrtneg++;
		ncg = group_of(gk, a, ci, &prefix, &cgroups, &cgcap);
		for (size_t k = 0; k < ncg; k++)
			add_member(&mem, cgroups[k], ci);
	}
	ngroups = intern_count(gk->ids);
	nmem = mem.n;
	cs = sort_members(&mem, ngroups, &goff);

	t = table_new(NULL);
	for (size_t k = 0; k < gk->nk; k++)
		table_add_col(t, gk->k[k].name, COL_TEXT);
	if (gk->nk == 0)
		table_add_col(t, "group", COL_TEXT);
	for (size_t i = 0; i < nm; i++)
		table_add_col(t, metrics[m[i]].name, metrics[m[i]].kind);
	{
		/* bars of the metrics; a second key stacks counts */
		struct chart ch;
		size_t nkc = gk->nk ? gk->nk : 1;

		chart_init(&ch, CHART_BARS);
		for (size_t k = 0; k < nkc && k < 4; k++)
			ch.label[ch.nlabel++] = k;
		if (nkc >= 2) {
			ch.series = nkc - 1;
			ch.nlabel--;
		}
		for (size_t i = 0; i < nm && i < CHART_MAXY; i++)
			ch.y[ch.ny++] = nkc + i;
		box_chart(&ch, m, nm, nkc);
		table_set_chart(t, &ch);
	}
	for (size_t gi = 0; gi < ngroups; gi++) {
		size_t lo = goff[gi], n = goff[gi + 1] - lo, r;

		if (n == 0)
			continue;
		r = table_add_row(t);
		if (gk->nk == 0)
			table_set_text(t, r, 0, "all", 3);
		for (size_t k = 0; k < gk->nk; k++) {
			const char *val;
			size_t vl = group_field(gk, (uint32_t)gi, k, &val);

			table_set_text(t, r, k, val, vl);
		}
		if (nrj == rjcap) {
			rjcap = rjcap ? 2 * rjcap : 64;
			rj = xreallocarray(rj, rjcap, sizeof(*rj));
		}
		rj[nrj].row = r;
		rj[nrj].cs = cs + lo;
		rj[nrj++].n = n;
	}
	{
		struct rowjobs w = { rj, nrj, 0, PTHREAD_MUTEX_INITIALIZER, t,
		    a, v, m, nm, gk->nk ? gk->nk : 1, asof, good_at };

		run_rows(&w, v->jobs);
	}

	/* notes: as-of, what is n/a and why, what was left out */
	if (asof != TIME_NONE && v->asof_from != NULL) {
		char tb[64];

		time_format_iso(asof, v->tz, tb, sizeof(tb));
		buf_reset(&b);
		buf_printf(&b, "as of %s (%s)", tb, v->asof_from);
		table_add_note(t, b.p);
	} else if (asof == TIME_NONE)
		table_add_note(t, "no cases: the input has no row with a "
		    "time");
	for (size_t k2 = 0; k2 < nm; k2++) {
		const char *why = missing((enum metric)m[k2], a, v->have_sla,
		    v->have_esc, 1);

		if (why == NULL)
			continue;
		buf_reset(&b);
		buf_printf(&b, "%s is n/a: %s", metrics[m[k2]].name, why);
		table_add_note(t, b.p);
	}
	if (nneg > 0) {
		buf_reset(&b);
		buf_printf(&b, "%lu case%s resolved before %s opened: left out "
		    "of the resolution times", nneg, nneg == 1 ? "" : "s",
		    nneg == 1 ? "it was" : "they were");
		table_add_note(t, b.p);
	}
	if (nfrtneg > 0) {
		buf_reset(&b);
		buf_printf(&b, "%lu case%s answered before %s opened: left out "
		    "of the first response times", nfrtneg, nfrtneg == 1 ?
		    "" : "s", nfrtneg == 1 ? "it was" : "they were");
		table_add_note(t, b.p);
	}
	if (agg_untimed(a) > 0) {
		buf_reset(&b);
		buf_printf(&b, "%lu row%s without a time left out",
		    agg_untimed(a), agg_untimed(a) == 1 ? "" : "s");
		table_add_note(t, b.p);
	}

	/* sort and cut */
	{
		size_t nr = table_nrows(t), keep, base = gk->nk ? gk->nk : 1;
		struct table *sorted;

		sort_col = base + sort_metric;	/* the first by default */
		if (sort_key)
			sort_col = (size_t)-1;
		sort_tab = t;
		sort_nkeys = base;
		order = xcalloc(nr ? nr : 1, sizeof(*order));
		for (size_t i = 0; i < nr; i++)
			order[i] = i;
		qsort(order, nr, sizeof(*order), cmp_rows);
		keep = top > 0 && top < nr ? top : nr;
		sorted = table_select(t, order, keep, NULL);
		table_free(t);
		t = sorted;
	}
	free(order);
	xgrow_free(cs, (nmem ? nmem : 1) * sizeof(*cs));
	free(goff);
	free(cgroups);
	xgrow_free(mem.group, mem.cap * sizeof(*mem.group));
	xgrow_free(mem.cs, mem.cap * sizeof(*mem.cs));
	free(rj);
	buf_fini(&b);
	buf_fini(&prefix);
	return t;
}

/* metrics_find: the metric named by n bytes at s, or -1. */
int
metrics_find(const char *s, size_t n)
{
	return find_metric(s, n);
}

/* metrics_name: the name of metric m.  Cannot fail. */
const char *
metrics_name(int m)
{
	return metrics[m].name;
}

/* cmd_metrics: gripe metrics [options] [file ...]. */
int
cmd_metrics(int argc, char **argv)
{
	static const struct option longopts[] = {
		OPTS_LONG,
		OPTS_LONG_TIME,
		OPTS_LONG_RULES,
		OPTS_LONG_JOBS,
		VOPT_STATE, VOPT_SAVE_STATE,
		VOPT_ACTIVITY, VOPT_AS_OF, VOPT_CHURN_AFTER, VOPT_CUSTOMERS,
		VOPT_ESCALATED, VOPT_PERIOD, VOPT_REPEAT, VOPT_RESOLVED,
		VOPT_SINCE, VOPT_SLA, VOPT_TOP, VOPT_UNTIL,
		{ "by", required_argument, NULL, OPT_BY },
		{ "metrics", required_argument, NULL, 'm' },
		{ "sort", required_argument, NULL, OPT_SORT },
		{ NULL, 0, NULL, 0 }
	};
	static const enum metric defaults[] = { M_CASES, M_RESOLVED_RATE,
	    M_TTR_P50, M_TTR_P90, M_FRT_P50, M_REOPEN, M_ESCALATION,
	    M_CSAT_MEAN };
	struct mopts mo;
	struct parsed pz;
	struct gopts g;
	struct rule_set *rs = NULL;
	struct where *w = NULL;
	struct loaded ld;
	struct groups gk;
	struct table *t = NULL;
	struct view v;
	size_t nw = 0, sort_metric = 0;
	char unit = 'w';
	int rc;

	memset(&mo, 0, sizeof(mo));
	vopts_init(&mo.v, 0);
	memset(&pz, 0, sizeof(pz));
	memset(&ld, 0, sizeof(ld));
	memset(&gk, 0, sizeof(gk));
	opts_init(&g);
	rc = opts_parse(&g, argc, argv, longopts, ":d:f:hj:m:o:r:",
	    &metrics_usage, own_option, &mo);
	if (rc != -1)
		goto out;
	rc = EXIT_USAGE;
	if ((rs = opts_rules(&g)) == NULL ||
	    opts_where(&g, rs, &w, &nw) == -1)
		goto out;
	if (mo.v.period != NULL && period_unit(mo.v.period, &unit) == -1) {
		diag_err("bad --period '%s': day, week, month or quarter",
		    mo.v.period);
		goto out;
	}
	group_init(&gk, rs, g.tz, unit);
	if (mo.metrics != NULL) {
		if (each_item(mo.metrics, add_metric, &pz) == -1)
			goto out;
	} else
		for (size_t i = 0; i < sizeof(defaults) / sizeof(*defaults);
		    i++)
			pz.m[pz.nm++] = (int)defaults[i];
	if (mo.by != NULL && group_parse(&gk, mo.by) == -1)
		goto out;
	mo.v.no_repeats = 1;
	for (size_t i = 0; i < pz.nm; i++)
		if (pz.m[i] == M_REPEAT)
			mo.v.no_repeats = 0;
	if (mo.sort != NULL && strcmp(mo.sort, "key") != 0) {
		int sm = find_metric(mo.sort, strlen(mo.sort));

		for (sort_metric = 0; sort_metric < pz.nm &&
		    pz.m[sort_metric] != sm; sort_metric++)
			;
		if (sm < 0 || sort_metric == pz.nm) {
			diag_err("--sort '%s' is not one of the metrics shown, "
			    "nor key", mo.sort);
			goto out;
		}
	}
	rc = vopts_setup(&mo.v, &g, rs, w, nw, &ld, &v, &unit);
	if (rc != -1)
		goto out;
	t = metrics_view(&v, &gk, pz.m, pz.nm, sort_metric,
	    mo.sort != NULL && strcmp(mo.sort, "key") == 0, mo.v.top);
	rc = opts_write(&g, &t, 1);
out:
	free(w);
	table_free(t);
	group_fini(&gk);
	load_free(&ld);
	rules_free(rs);
	opts_fini(&g);
	return rc;
}
