/* cmd_churn.c: gripe churn: who left after which complaint and outcome.
 *
 * A customer's churn is judged relative to their latest case in the group
 * being measured (agg_churn): from an explicit churned flag or churn date
 * (in the log or a --customers table), else from an --activity log and the
 * --churn-after window; without any signal every churn number is n/a.
 * Tables: churn by --by key (default category); churn by the outcome of
 * the customer's last case (resolved within --sla, resolved late,
 * unresolved; resolved or unresolved without --sla); and, with
 * --customers, the service-recovery table: customers with no complaint
 * against those whose complaint was resolved or not, split by first and
 * repeat complaint, with 95% Wilson intervals and a plain-words verdict.
 * churn_rate = churned / (churned + retained); censored customers are
 * shown, never in the denominator.  With several --churn-after windows the
 * first table shows the rate under each.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "group.h"
#include "load.h"
#include "opts.h"
#include "period.h"
#include "rules.h"
#include "stats.h"
#include "table.h"
#include "util.h"
#include "views.h"

static const struct cmd_usage churn_usage = {
	"churn",
	"[-h] [-d delim] [-f format] [-j jobs] [-o file] [-r rules]\n"
	"    [--activity file] [--as-of time] [--by key] [--churn-after list]\n"
	"    [--ci] [--col role=header] [--customers file]\n"
	"    [--escalated regex] [--match-limit n] [--na value]\n"
	"    [--outbound regex] [--period unit] [--rejects file]\n"
	"    [--resolved regex] [--skip-bad] [--sla duration] [--strict]\n"
	"    [--survival] [--image file] [--size WxH] [--terminal name]\n"
	"    [--save-state file] [--state file] [--time-format fmt]\n"
	"    [--tz zone] [--where dim=label] [file ...]",
	"\n"
	OPTS_HELP_FORMAT
	OPTS_HELP_JOBS
	"  -r, --rules FILE       rules file (repeatable; default: $GRIPE_RULES\n"
	"                         or the built-in rules)\n"
	"      --activity FILE    customers' activity log, to infer churn\n"
	"      --as-of TIME       the time 'now' is (default: the latest time\n"
	"                         in the data)\n"
	"      --by KEY           group the first table by KEY (default "
	"category)\n"
	"      --churn-after LIST no activity for that long after a case is\n"
	"                         churn; several, comma-separated, compare\n"
	"                         (default 90d)\n"
	"      --ci               add 95% Wilson intervals\n"
	"      --customers FILE   customer table: churned, churn_date, value\n"
	"      --escalated REGEX  status/priority values that mean escalated\n"
	"      --match-limit N    PCRE2 match limit per row and rule\n"
	"      --no-prefilter     run every rule on every text (same labels)\n"
	"      --outbound REGEX   direction values that mean outbound\n"
	"      --period UNIT      for --by period: day, week, month, quarter\n"
	"      --rejects FILE     write bad records to FILE (implies "
	"--skip-bad)\n"
	"      --resolved REGEX   status values that mean resolved\n"
	"      --save-state FILE  also write the aggregate state to FILE\n"
	"      --skip-bad         count bad records and go on\n"
	"      --sla DURATION     split resolved cases by the target\n"
	"      --state FILE       start from a state saved by --save-state\n"
	"                         (no file operands: read no input)\n"
	"      --strict           a stray quote is an error\n"
	"      --survival         a Kaplan-Meier table per group instead\n"
	OPTS_HELP_TIME
	"      --where DIM=LABEL  keep only cases with that label "
	"(repeatable)\n"
};

enum { OPT_BY = OPT_CMD, OPT_CI, OPT_SURVIVAL };

#define MAXWIN	8

struct copts {
	struct vopts	 v;
	const char	*by;
	int		 ci;
	int		 survival;
};

static int
own_option(void *ctx, int ch, const char *arg, struct gerr *e)
{
	struct copts *o = ctx;

	if (ch == OPT_BY)
		o->by = arg;
	else if (ch == OPT_CI)
		o->ci = 1;
	else if (ch == OPT_SURVIVAL)
		o->survival = 1;
	else
		return vopts_option(&o->v, ch, arg, e);
	return 1;
}

struct windows {
	int64_t		 w[MAXWIN];
	const char	*name[MAXWIN];
	size_t		 len[MAXWIN];
	size_t		 n;
};

static int
add_window(void *ctx, const char *s, size_t n)
{
	struct windows *ws = ctx;
	struct gerr e;
	char buf[32];

	if (ws->n == MAXWIN) {
		diag_err("--churn-after takes at most %d windows", MAXWIN);
		return -1;
	}
	if (n >= sizeof(buf)) {
		diag_err("--churn-after '%.*s': not a duration", (int)n, s);
		return -1;
	}
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (opts_parse_duration("--churn-after", buf, &ws->w[ws->n], &e) ==
	    -1) {
		diag_gerr(&e);
		return -1;
	}
	ws->name[ws->n] = s;
	ws->len[ws->n++] = n;
	return 0;
}

/* Counts of one group of customers. */
struct tally {
	unsigned long	churned;
	unsigned long	retained;
	unsigned long	censored;
	unsigned long	unknown;
	double		value;
};

static void
count(struct tally *t, enum churn_status st, struct agg_cust c)
{
	switch (st) {
	case CHURN_CHURNED:
		t->churned++;
		if (c.has_value)
			t->value += c.value;
		break;
	case CHURN_RETAINED:
		t->retained++;
		break;
	case CHURN_CENSORED:
		t->censored++;
		break;
	default:
		t->unknown++;
	}
}

/* The columns of a churn row after the key: customers, churned, retained,
 * censored, churn_rate, [ci_low, ci_high], value_at_risk. */
static void
cols(struct table *t, int ci)
{
	table_add_col(t, "customers", COL_COUNT);
	table_add_col(t, "churned", COL_COUNT);
	table_add_col(t, "retained", COL_COUNT);
	table_add_col(t, "censored", COL_COUNT);
	table_add_col(t, "churn_rate", COL_RATE);
	if (ci) {
		table_add_col(t, "ci_low", COL_RATE);
		table_add_col(t, "ci_high", COL_RATE);
	}
	table_add_col(t, "value_at_risk", COL_NUM);
}

/* Draw a table of cols() after kc key columns as bars of churn_rate with
 * their intervals, labelled with the rate's denominator. */
static void
churn_chart(struct table *t, size_t kc, int ci)
{
	struct chart ch;

	chart_init(&ch, CHART_BARS);
	for (size_t k = 0; k < kc && k < 4; k++)
		ch.label[ch.nlabel++] = k;
	ch.y[ch.ny++] = kc + 4;
	if (ci) {
		ch.lo = kc + 5;
		ch.hi = kc + 6;
	}
	ch.n = kc + 1;
	ch.n2 = kc + 2;
	table_set_chart(t, &ch);
}

static void
put(struct table *t, size_t r, size_t c, const struct tally *ty, int ci,
    int known, int have_value)
{
	unsigned long den = ty->churned + ty->retained;
	double lo, hi;

	table_set_int(t, r, c++, (int64_t)(ty->churned + ty->retained +
	    ty->censored + ty->unknown));
	if (known) {
		table_set_int(t, r, c, (int64_t)ty->churned);
		table_set_int(t, r, c + 1, (int64_t)ty->retained);
		table_set_int(t, r, c + 2, (int64_t)ty->censored);
		if (den > 0)
			table_set_num(t, r, c + 3, (double)ty->churned /
			    (double)den);
	}
	c += 4;
	if (ci) {
		stats_wilson(ty->churned, den, &lo, &hi);
		if (known && den > 0) {
			table_set_num(t, r, c, lo);
			table_set_num(t, r, c + 1, hi);
		}
		c += 2;
	}
	if (known && have_value)
		table_set_num(t, r, c, ty->value);
}

/* Groups by customers, descending, then by their keys. */
static const struct tally *sort_gt;
static size_t sort_nw;
static const struct groups *sort_gk;

static int
by_customers(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	const struct tally *ta = &sort_gt[a * sort_nw];
	const struct tally *tb = &sort_gt[b * sort_nw];
	unsigned long na = ta->churned + ta->retained + ta->censored +
	    ta->unknown;
	unsigned long nb = tb->churned + tb->retained + tb->censored +
	    tb->unknown;

	if (na != nb)
		return na > nb ? -1 : 1;
	for (size_t k = 0; k < sort_gk->nk; k++) {
		const char *pa, *pb;
		size_t la = group_field(sort_gk, (uint32_t)a, k, &pa);
		size_t lb = group_field(sort_gk, (uint32_t)b, k, &pb);
		int c = memcmp(pa, pb, la < lb ? la : lb);

		if (c != 0)
			return c;
		if (la != lb)
			return la < lb ? -1 : 1;
	}
	return 0;
}

/*
 * The last moment whose cases count for a customer's outcome: their
 * explicit churn date when it comes before as-of (a case opened after a
 * customer left cannot explain why they left), else as-of.
 */
static int64_t
outcome_cutoff(const struct agg *a, uint32_t cust, int64_t asof)
{
	const struct agg_cust cuv = agg_cust(a, cust), *cu = &cuv;

	return cu->churn == 1 && cu->churn_time != TIME_NONE &&
	    cu->churn_time < asof ? cu->churn_time : asof;
}

/*
 * churn_outcome_view: churn by the outcome of each customer's last case
 * (not opened after as-of or their churn date, passing --where): resolved
 * (within the SLA or late, when v has one) or unresolved, as of as-of;
 * with Wilson intervals when ci.  The caller frees the table.  Cannot
 * fail.
 */
struct table *
churn_outcome_view(const struct view *v, int ci)
{
	static const char *const outcomes[] = { "resolved_in_sla",
	    "resolved_late", "unresolved", "resolved" };
	static const int show[] = { 3, 0, 1, 2 };
	const struct agg *a = v->a;
	size_t nc = agg_ncust(a), *last = xcalloc(nc ? nc : 1, sizeof(*last));
	struct table *t = table_new("churn by outcome of the last case");
	struct tally ot[4];
	int known = agg_have_churn(a) || agg_have_activity(a), have_value = 0;

	memset(ot, 0, sizeof(ot));
	for (size_t k = 0; k < nc; k++) {
		last[k] = (size_t)-1;
		have_value |= agg_cust(a, k).has_value;
	}
	for (size_t i = 0; i < agg_ncases(a); i++) {
		const struct agg_case cr = agg_case(a, i), *c = &cr;

		if (c->cust == INTERN_NONE || c->opened > outcome_cutoff(a,
		    c->cust, v->asof) ||
		    !group_where(a, v->rs, i, v->w, v->nw))
			continue;
		if (last[c->cust] == (size_t)-1 ||
		    agg_case(a, last[c->cust]).opened < c->opened)
			last[c->cust] = i;
	}
	for (size_t k = 0; k < nc; k++) {
		struct agg_case cr;
		const struct agg_case *c = &cr;
		enum churn_status st;
		int64_t when;
		int o;

		if (last[k] == (size_t)-1)
			continue;
		cr = agg_case(a, last[k]);
		st = agg_churn(a, k, c->opened, v->churn_after, v->asof, &when);
		if (!((c->flags & CASE_RESOLVED) && c->resolved <= v->asof))
			o = 2;
		else if (!v->have_sla || c->resolved < c->opened)
			o = 3;	/* no SLA, or a closed time before opened */
		else
			o = c->resolved - c->opened <= v->sla ? 0 : 1;
		count(&ot[o], st, agg_cust(a, k));
	}
	table_add_col(t, "outcome", COL_TEXT);
	cols(t, ci);
	churn_chart(t, 1, ci);
	for (int oi = 0; oi < 4; oi++) {
		int o = show[oi];
		size_t r;

		if ((!v->have_sla && (o == 0 || o == 1)) ||
		    (v->have_sla && o == 3 && ot[3].churned + ot[3].retained +
		    ot[3].censored + ot[3].unknown == 0))
			continue;
		r = table_add_row(t);
		table_set_text(t, r, 0, outcomes[o], strlen(outcomes[o]));
		put(t, r, 1, &ot[o], ci, known, have_value);
	}
	free(last);
	return t;
}

/*
 * service_recovery_view: churn of customers with no complaint (from the
 * customer table) against customers whose first or repeat complaint (the
 * latest case, not opened after as-of or their churn date, passing
 * --where) was resolved or not, under churn window window, with Wilson
 * intervals and a verdict in a note.  The caller frees the table.  Cannot fail.
 */
struct table *
service_recovery_view(const struct view *v, int64_t window)
{
	static const char *const names[] = { "no complaint",
	    "first complaint, resolved", "first complaint, unresolved",
	    "repeat complaint, resolved", "repeat complaint, unresolved" };
	const struct agg *a = v->a;
	size_t nc = agg_ncust(a);
	size_t *last_case = xcalloc(nc ? nc : 1, sizeof(*last_case));
	size_t *ncases = xcalloc(nc ? nc : 1, sizeof(*ncases));
	int64_t *last_all = xcalloc(nc ? nc : 1, sizeof(*last_all));
	int known = agg_have_churn(a) || agg_have_activity(a), have_value = 0;
	double lo0, hi0, lo1, hi1, p0, p1;
	unsigned long d0, d1;
	struct table *t = table_new("service recovery");
	struct tally sr[5];
	struct buf b;

	memset(sr, 0, sizeof(sr));
	buf_init(&b);
	for (size_t k = 0; k < nc; k++) {
		last_all[k] = TIME_NONE;
		have_value |= agg_cust(a, k).has_value;
	}
	for (size_t ci = 0; ci < agg_ncases(a); ci++) {
		const struct agg_case cr = agg_case(a, ci), *c = &cr;

		if (c->cust == INTERN_NONE || c->opened > outcome_cutoff(a,
		    c->cust, v->asof) ||
		    !group_where(a, v->rs, ci, v->w, v->nw))
			continue;
		ncases[c->cust]++;
		if (last_all[c->cust] == TIME_NONE ||
		    c->opened > last_all[c->cust]) {
			last_all[c->cust] = c->opened;
			last_case[c->cust] = ci;
		}
	}
	for (size_t k = 0; k < nc; k++) {
		const struct agg_cust cuv = agg_cust(a, k), *cu = &cuv;
		struct agg_case cr;
		const struct agg_case *c = &cr;
		enum churn_status st;
		int64_t when;
		int resolved;

		if (last_all[k] == TIME_NONE) {
			if (cu->listed)
				count(&sr[0], cu->churn == 1 &&
				    (cu->churn_time == TIME_NONE ||
				    cu->churn_time <= v->asof) ?
				    CHURN_CHURNED : cu->churn != -1 ?
				    CHURN_RETAINED : CHURN_UNKNOWN, *cu);
			continue;
		}
		cr = agg_case(a, last_case[k]);
		st = agg_churn(a, k, last_all[k], window, v->asof, &when);
		resolved = (c->flags & CASE_RESOLVED) &&
		    c->resolved <= v->asof;
		count(&sr[(ncases[k] > 1 ? 2 : 0) + (resolved ? 1 : 2)], st,
		    *cu);
	}
	table_add_col(t, "group", COL_TEXT);
	cols(t, 1);
	churn_chart(t, 1, 1);
	for (int i = 0; i < 5; i++) {
		size_t r = table_add_row(t);

		table_set_text(t, r, 0, names[i], strlen(names[i]));
		put(t, r, 1, &sr[i], 1, known, have_value);
	}
	d0 = sr[0].churned + sr[0].retained;
	d1 = sr[1].churned + sr[1].retained;
	stats_wilson(sr[0].churned, d0, &lo0, &hi0);
	stats_wilson(sr[1].churned, d1, &lo1, &hi1);
	if (d0 == 0 || d1 == 0)
		buf_addstr(&b, "verdict: not enough customers with a known "
		    "churn to compare resolved first complaints with no "
		    "complaint");
	else {
		p0 = (double)sr[0].churned / (double)d0;
		p1 = (double)sr[1].churned / (double)d1;
		if (hi1 < lo0)
			buf_printf(&b, "verdict: customers whose first "
			    "complaint was resolved churn less than customers "
			    "with no complaint (%.1f%% vs %.1f%%; the 95%% "
			    "intervals do not overlap)", 100 * p1, 100 * p0);
		else if (lo1 > hi0)
			buf_printf(&b, "verdict: customers whose first "
			    "complaint was resolved churn more than customers "
			    "with no complaint (%.1f%% vs %.1f%%; the 95%% "
			    "intervals do not overlap)", 100 * p1, 100 * p0);
		else
			buf_printf(&b, "verdict: no clear difference between "
			    "customers whose first complaint was resolved and "
			    "customers with no complaint (%.1f%% vs %.1f%%; "
			    "the 95%% intervals overlap)", 100 * p1, 100 * p0);
	}
	table_add_note(t, b.p);
	table_add_note(t, "customers with no complaint need an explicit "
	    "churned flag or churn date in the customer table");
	buf_fini(&b);
	free(last_case);
	free(ncases);
	free(last_all);
	return t;
}

/* A customer in a group: the opened time of their first and latest case
 * there. */
struct gcust {
	uint32_t	group;
	uint32_t	cust;
	int64_t		first;
	int64_t		latest;
};

static int
cmp_gcust(const void *x, const void *y)
{
	const struct gcust *p = x, *q = y;

	if (p->group != q->group)
		return p->group < q->group ? -1 : 1;
	return (p->cust > q->cust) - (p->cust < q->cust);
}

/*
 * The Kaplan-Meier table of churn per group: a customer's time runs from
 * their first case in the group; churn (with its time) is the event,
 * retained and censored customers are censored at as-of.  Churned
 * customers without a churn time, or with one before their first case,
 * and customers of unknown churn are left out and counted in notes.
 */
static struct table *
survival(const struct view *v, struct groups *gk, const struct gcust *gc,
    const size_t *goff, size_t ngroups, size_t nc)
{
	struct table *t = table_new("churn survival");
	double *dur = xcalloc(nc ? nc : 1, sizeof(*dur));
	int *ev = xcalloc(nc ? nc : 1, sizeof(*ev));
	struct km_step *st = xcalloc(nc ? nc : 1, sizeof(*st));
	unsigned long undated = 0, early = 0, unknown = 0;
	struct buf b;

	buf_init(&b);
	for (size_t k = 0; k < gk->nk; k++)
		table_add_col(t, gk->k[k].name, COL_TEXT);
	table_add_col(t, "days", COL_NUM);
	table_add_col(t, "at_risk", COL_COUNT);
	table_add_col(t, "churned", COL_COUNT);
	table_add_col(t, "censored", COL_COUNT);
	table_add_col(t, "survival", COL_RATE);
	table_add_col(t, "ci_low", COL_RATE);
	table_add_col(t, "ci_high", COL_RATE);
	{
		struct chart ch;

		chart_init(&ch, CHART_STEPS);
		for (size_t k = 0; k < gk->nk && k < 4; k++)
			ch.label[ch.nlabel++] = k;
		ch.x = gk->nk;
		ch.y[ch.ny++] = gk->nk + 4;
		ch.lo = gk->nk + 5;
		ch.hi = gk->nk + 6;
		ch.xlabel = "days since first complaint";
		table_set_chart(t, &ch);
	}
	for (size_t gi = 0; gi < ngroups; gi++) {
		size_t n = 0, ns;

		for (size_t j = goff[gi]; j < goff[gi + 1]; j++) {
			int64_t f = gc[j].first, when;

			switch (agg_churn(v->a, gc[j].cust, gc[j].latest,
			    v->churn_after, v->asof, &when)) {
			case CHURN_CHURNED:
				if (when == TIME_NONE) {
					undated++;
					continue;
				}
				if (when < f) {
					early++;
					continue;
				}
				dur[n] = (double)(when - f) / 86400;
				ev[n++] = 1;
				break;
			case CHURN_RETAINED:
			case CHURN_CENSORED:
				dur[n] = (double)(v->asof - f) / 86400;
				ev[n++] = 0;
				break;
			default:
				unknown++;
			}
		}
		ns = stats_km_steps(dur, ev, n, st);
		for (size_t i = 0; i < ns; i++) {
			size_t r = table_add_row(t);

			for (size_t k = 0; k < gk->nk; k++) {
				const char *val;
				size_t vl = group_field(gk, (uint32_t)gi, k,
				    &val);

				table_set_text(t, r, k, val, vl);
			}
			table_set_num(t, r, gk->nk, st[i].t);
			table_set_int(t, r, gk->nk + 1, (int64_t)st[i].at_risk);
			table_set_int(t, r, gk->nk + 2, (int64_t)st[i].events);
			table_set_int(t, r, gk->nk + 3,
			    (int64_t)st[i].censored);
			table_set_num(t, r, gk->nk + 4, st[i].survival);
			table_set_num(t, r, gk->nk + 5, st[i].lo);
			table_set_num(t, r, gk->nk + 6, st[i].hi);
		}
	}
	table_add_note(t, "days from the customer's first case in the group; "
	    "churn is the event, customers still there are censored at as-of;"
	    " 95% log(-log) intervals from Greenwood's variance");
	if (undated > 0) {
		buf_printf(&b, "%lu churned customer%s without a churn date "
		    "left out", undated, undated == 1 ? "" : "s");
		table_add_note(t, b.p);
	}
	if (early > 0) {
		buf_reset(&b);
		buf_printf(&b, "%lu customer%s who churned before their first "
		    "case left out", early, early == 1 ? "" : "s");
		table_add_note(t, b.p);
	}
	if (unknown > 0) {
		buf_reset(&b);
		buf_printf(&b, "%lu customer%s of unknown churn left out",
		    unknown, unknown == 1 ? "" : "s");
		table_add_note(t, b.p);
	}
	free(dur);
	free(ev);
	free(st);
	buf_fini(&b);
	return t;
}

/*
 * group_times: for each group of gk, its customers (those of its cases
 * with a customer, not opened after as-of, passing --where) in index
 * order with the opened time of their first and latest case in the
 * group: group gi's are (*gc)[(*goff)[gi] .. (*goff)[gi + 1] - 1] (the
 * caller frees both).  As many entries as cases at most, whatever the
 * number of groups (a table of groups x customers would not fit for
 * --by customer).  Returns the number of groups.  Cannot fail.
 */
static size_t
group_times(const struct view *v, struct groups *gk, struct gcust **gc,
    size_t **goff)
{
	const struct agg *a = v->a;
	size_t ngroups, cgcap = 0, n = 0, cap = 0, k = 0;
	uint32_t *cg = NULL;
	struct gcust *e = NULL;
	size_t *off;
	struct buf b;

	buf_init(&b);
	for (size_t ci = 0; ci < agg_ncases(a); ci++) {
		const struct agg_case cr = agg_case(a, ci), *c = &cr;
		size_t ng;

		if (c->cust == INTERN_NONE || c->opened > v->asof ||
		    !group_where(a, v->rs, ci, v->w, v->nw))
			continue;
		ng = group_of(gk, a, ci, &b, &cg, &cgcap);
		for (size_t i = 0; i < ng; i++) {
			if (n == cap) {
				cap = cap ? cap * 2 : 1024;
				e = xreallocarray(e, cap, sizeof(*e));
			}
			e[n].group = cg[i];
			e[n].cust = c->cust;
			e[n].first = e[n].latest = c->opened;
			n++;
		}
	}
	free(cg);
	buf_fini(&b);
	ngroups = intern_count(gk->ids);
	if (n > 0)
		qsort(e, n, sizeof(*e), cmp_gcust);
	/* one entry per group and customer: the earliest and latest */
	for (size_t i = 0; i < n; i++) {
		if (k > 0 && e[k - 1].group == e[i].group &&
		    e[k - 1].cust == e[i].cust) {
			if (e[i].first < e[k - 1].first)
				e[k - 1].first = e[i].first;
			if (e[i].latest > e[k - 1].latest)
				e[k - 1].latest = e[i].latest;
		} else
			e[k++] = e[i];
	}
	off = xcalloc(ngroups + 1, sizeof(*off));
	for (size_t i = 0; i < k; i++)
		off[e[i].group + 1]++;
	for (size_t g = 0; g < ngroups; g++)
		off[g + 1] += off[g];
	*gc = e;
	*goff = off;
	return ngroups;
}

/* churn_survival_view: the Kaplan-Meier table of churn per group of gk,
 * described at survival().  The caller frees it.  Cannot fail. */
struct table *
churn_survival_view(const struct view *v, struct groups *gk)
{
	struct gcust *gc;
	size_t *goff;
	size_t ngroups = group_times(v, gk, &gc, &goff);
	struct table *t = survival(v, gk, gc, goff, ngroups,
	    agg_ncust(v->a));

	free(gc);
	free(goff);
	return t;
}

/* cmd_churn: gripe churn [options] [file ...]. */
int
cmd_churn(int argc, char **argv)
{
	static const struct option longopts[] = {
		OPTS_LONG,
		OPTS_LONG_TIME,
		OPTS_LONG_RULES,
		OPTS_LONG_JOBS,
		VOPT_STATE, VOPT_SAVE_STATE,
		VOPT_ACTIVITY, VOPT_AS_OF, VOPT_CHURN_AFTER, VOPT_CUSTOMERS,
		VOPT_ESCALATED, VOPT_PERIOD, VOPT_RESOLVED, VOPT_SLA,
		{ "by", required_argument, NULL, OPT_BY },
		{ "ci", no_argument, NULL, OPT_CI },
		{ "survival", no_argument, NULL, OPT_SURVIVAL },
		{ NULL, 0, NULL, 0 }
	};
	struct copts co;
	struct windows ws;
	struct gopts g;
	struct gerr e;
	struct rule_set *rs = NULL;
	struct where *w = NULL;
	struct loaded ld;
	struct groups gk;
	struct table *tabs[3] = { NULL, NULL, NULL };
	struct buf b;
	struct agg *a;
	int64_t asof;
	struct gcust *gc = NULL;
	size_t *goff = NULL;
	struct view v;
	size_t nw = 0, ntabs = 0, nc, ngroups, *order = NULL, kc;
	struct tally *gt = NULL;
	char unit = 'w';
	int rc, known, have_value = 0;

	memset(&co, 0, sizeof(co));
	vopts_init(&co.v, 0);
	co.v.churn_list = 1;
	memset(&ws, 0, sizeof(ws));
	memset(&ld, 0, sizeof(ld));
	memset(&gk, 0, sizeof(gk));
	opts_init(&g);
	gerr_clear(&e);
	buf_init(&b);
	rc = opts_parse(&g, argc, argv, longopts, OPTS_SHORT_JOBS,
	    &churn_usage, own_option, &co);
	if (rc != -1)
		goto out;
	if (g.fmt == &out_gnuplot_emitter)
		co.ci = 1;		/* charts draw the intervals */
	rc = EXIT_USAGE;
	if ((rs = opts_rules(&g)) == NULL ||
	    opts_where(&g, rs, &w, &nw) == -1)
		goto out;
	if (co.v.period != NULL && period_unit(co.v.period, &unit) == -1) {
		diag_err("bad --period '%s': day, week, month or quarter",
		    co.v.period);
		goto out;
	}
	group_init(&gk, rs, g.tz, unit);
	if (co.by != NULL ? group_parse(&gk, co.by) == -1 :
	    rules_find_dim(rs, "category", 8) != RULE_NONE &&
	    group_parse(&gk, "category") == -1)
		goto out;
	if (each_item(co.v.churn_after != NULL ? co.v.churn_after : "90d",
	    add_window, &ws) == -1)
		goto out;
	rc = vopts_setup(&co.v, &g, rs, w, nw, &ld, &v, &unit);
	if (rc != -1)
		goto out;
	rc = EXIT_DATA;
	a = ld.a;
	asof = v.asof;
	known = agg_have_churn(a) || agg_have_activity(a);
	nc = agg_ncust(a);
	for (size_t k = 0; k < nc; k++)
		have_value |= agg_cust(a, k).has_value;

	if (co.survival) {
		tabs[ntabs++] = churn_survival_view(&v, &gk);
		rc = opts_write(&g, tabs, ntabs);
		goto out;
	}
	ngroups = group_times(&v, &gk, &gc, &goff);

	/* table 1: by key, under each window */
	tabs[ntabs] = table_new("churn by key");
	for (size_t k = 0; k < gk.nk; k++)
		table_add_col(tabs[ntabs], gk.k[k].name, COL_TEXT);
	if (gk.nk == 0)
		table_add_col(tabs[ntabs], "group", COL_TEXT);
	kc = gk.nk ? gk.nk : 1;
	if (ws.n == 1) {
		cols(tabs[ntabs], co.ci);
		churn_chart(tabs[ntabs], kc, co.ci);
	} else {
		table_add_col(tabs[ntabs], "customers", COL_COUNT);
		for (size_t wi = 0; wi < ws.n; wi++) {
			buf_reset(&b);
			buf_printf(&b, "churn_rate_%.*s", (int)ws.len[wi],
			    ws.name[wi]);
			table_add_col(tabs[ntabs], b.p, COL_RATE);
			buf_reset(&b);
			buf_printf(&b, "n_%.*s", (int)ws.len[wi], ws.name[wi]);
			table_add_col(tabs[ntabs], b.p, COL_COUNT);
		}
		{
			/* the rates under each window side by side */
			struct chart ch;

			chart_init(&ch, CHART_BARS);
			for (size_t k = 0; k < kc && k < 4; k++)
				ch.label[ch.nlabel++] = k;
			for (size_t wi = 0; wi < ws.n && wi < CHART_MAXY; wi++)
				ch.y[ch.ny++] = kc + 1 + 2 * wi;
			table_set_chart(tabs[ntabs], &ch);
		}
	}
	gt = xcalloc(ngroups * ws.n + 1, sizeof(*gt));
	order = xcalloc(ngroups + 1, sizeof(*order));
	for (size_t gi = 0; gi < ngroups; gi++) {
		order[gi] = gi;
		for (size_t wi = 0; wi < ws.n; wi++) {
			int64_t when;

			for (size_t j = goff[gi]; j < goff[gi + 1]; j++)
				count(&gt[gi * ws.n + wi], agg_churn(a,
				    gc[j].cust, gc[j].latest, ws.w[wi], asof,
				    &when), agg_cust(a, gc[j].cust));
		}
	}
	sort_gt = gt;
	sort_nw = ws.n;
	sort_gk = &gk;
	qsort(order, ngroups, sizeof(*order), by_customers);
	for (size_t oi = 0; oi < ngroups; oi++) {
		size_t gi = order[oi], r = table_add_row(tabs[ntabs]);

		for (size_t k = 0; k < gk.nk; k++) {
			const char *val;
			size_t vl = group_field(&gk, (uint32_t)gi, k, &val);

			table_set_text(tabs[ntabs], r, k, val, vl);
		}
		if (gk.nk == 0)
			table_set_text(tabs[ntabs], r, 0, "all", 3);
		for (size_t wi = 0; wi < ws.n; wi++) {
			struct tally ty = gt[gi * ws.n + wi];

			if (ws.n == 1)
				put(tabs[ntabs], r, kc, &ty, co.ci, known,
				    have_value);
			else {
				unsigned long den = ty.churned + ty.retained;

				if (wi == 0)
					table_set_int(tabs[ntabs], r, kc,
					    (int64_t)(den + ty.censored +
					    ty.unknown));
				if (known && den > 0)
					table_set_num(tabs[ntabs], r, kc +
					    1 + 2 * wi, (double)ty.churned /
					    (double)den);
				if (known)
					table_set_int(tabs[ntabs], r, kc +
					    2 + 2 * wi, (int64_t)den);
			}
		}
	}
	ntabs++;

	/* table 2: by the outcome of the customer's last case; table 3:
	 * service recovery */
	tabs[ntabs++] = churn_outcome_view(&v, co.ci);
	if (agg_have_custtable(a))
		tabs[ntabs++] = service_recovery_view(&v, ws.w[0]);
	{
		char tb[64];

		buf_reset(&b);
		if (asof != TIME_NONE) {
			time_format_iso(asof, g.tz, tb, sizeof(tb));
			buf_printf(&b, "as of %s; ", tb);
		}
		if (!known)
			buf_addstr(&b, "churn is n/a: no churn signal (give a "
			    "churned or churn_date column, --customers FILE "
			    "with one, or --activity FILE)");
		else if (agg_have_activity(a))
			buf_printf(&b, "churn from explicit flags where given, "
			    "else from activity: none within %.*s after the "
			    "customer's latest case%s", (int)ws.len[0],
			    ws.name[0], agg_activity_is_log(a) ? "; the "
			    "activity is the log itself: every interaction "
			    "counts" : "");
		else
			buf_addstr(&b, "churn from the churned flags and churn "
			    "dates; customers with neither are not counted");
		table_add_note(tabs[0], b.p);
	}
	rc = opts_write(&g, tabs, ntabs);
out:
	for (size_t i = 0; i < 3; i++)
		table_free(tabs[i]);
	free(gt);
	free(order);
	free(gc);
	free(goff);
	free(w);
	group_fini(&gk);
	load_free(&ld);
	rules_free(rs);
	buf_fini(&b);
	opts_fini(&g);
	return rc;
}
