/* cmd_atrisk.c: gripe atrisk: the customers to follow up now.
 *
 * A customer is at risk when, as of --as-of, they have an open case (one
 * reopened and open again shows as "reopened"), or a case opened in the
 * last period (the last complete
 * --period and the current one) with one of the signals churn_intent,
 * public_threat or hostile; and they have not churned (relative to their
 * latest case, as gripe churn judges it).  Each customer is shown once,
 * with their most recent such case: its id, opened time, age, state and
 * signals, and the number of their open cases.  Ranked by value
 * (highest first, unknown last), then by recency, then by id.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "group.h"
#include "load.h"
#include "opts.h"
#include "period.h"
#include "rules.h"
#include "table.h"
#include "util.h"
#include "views.h"

static const struct cmd_usage atrisk_usage = {
	"atrisk",
	"[-h] [-d delim] [-f format] [-j jobs] [-o file] [-r rules]\n"
	"    [--activity file] [--as-of time] [--churn-after duration]\n"
	"    [--col role=header] [--customers file] [--escalated regex]\n"
	"    [--match-limit n] [--na value] [--outbound regex]\n"
	"    [--period unit] [--rejects file] [--resolved regex] [--skip-bad]\n"
	"    [--strict] [--time-format fmt] [--top n] [--save-state file]\n"
	"    [--state file] [--tz zone] [--where dim=label] [file ...]",
	"\n"
	OPTS_HELP_FORMAT
	OPTS_HELP_JOBS
	"  -r, --rules FILE       rules file (repeatable; default: $GRIPE_RULES\n"
	"                         or the built-in rules)\n"
	"      --activity FILE    customers' activity log, to infer churn\n"
	"      --as-of TIME       the time 'now' is (default: the latest time\n"
	"                         in the data)\n"
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
	"      --resolved REGEX   status values that mean resolved\n"
	"      --save-state FILE  also write the aggregate state to FILE\n"
	"      --skip-bad         count bad records and go on\n"
	"      --state FILE       start from a state saved by --save-state\n"
	"                         (no file operands: read no input)\n"
	"      --strict           a stray quote is an error\n"
	OPTS_HELP_TIME
	"      --top N            show the first N customers\n"
	"      --where DIM=LABEL  keep only cases with that label "
	"(repeatable)\n"
};

static int
own_option(void *ctx, int ch, const char *arg, struct gerr *e)
{
	return vopts_option(ctx, ch, arg, e);
}

struct pick {
	size_t		cust;
	size_t		cs;
	unsigned long	nopen;
};

static const struct agg *sort_a;

static int
by_value(const void *x, const void *y)
{
	const struct pick *p = x, *q = y;
	const struct agg_cust av = agg_cust(sort_a, p->cust), *a = &av;
	const struct agg_cust bv = agg_cust(sort_a, q->cust), *b = &bv;
	int64_t ta = agg_case(sort_a, p->cs).opened;
	int64_t tb = agg_case(sort_a, q->cs).opened;

	if (a->has_value != b->has_value)
		return a->has_value ? -1 : 1;
	if (a->has_value && a->value != b->value)
		return a->value > b->value ? -1 : 1;
	if (ta != tb)
		return ta > tb ? -1 : 1;
	return strcmp(agg_cust_name(sort_a, p->cust),
	    agg_cust_name(sort_a, q->cust));
}

/*
 * atrisk_view: the at-risk customers of v (see the head comment), the
 * last period by unit, the first top (0: all).  The caller frees the
 * table.  Cannot fail.
 */
struct table *
atrisk_view(const struct view *v, char unit, unsigned long top)
{
	static const char *const sigs[] = { "churn_intent", "public_threat",
	    "hostile" };
	const struct agg *a = v->a;
	size_t nc = agg_ncust(a), sd = rules_find_dim(v->rs, "signal", 6);
	size_t sl[3], npick = 0, keep;
	struct pick *pk = xcalloc(nc ? nc : 1, sizeof(*pk));
	size_t *latest = xcalloc(nc ? nc : 1, sizeof(*latest));
	struct table *t = table_new("at risk");
	int64_t recent = TIME_NONE, when;
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < 3; i++)
		sl[i] = sd == RULE_NONE ? RULE_NONE :
		    rules_find_label(&v->rs->dims[sd], sigs[i], strlen(sigs[i]));
	if (v->asof != TIME_NONE)
		recent = period_start(period_of(v->asof, v->tz, unit) - 1,
		    v->tz, unit);
	for (size_t k = 0; k < nc; k++) {
		pk[k].cs = (size_t)-1;
		latest[k] = (size_t)-1;
	}
	for (size_t ci = 0; ci < agg_ncases(a); ci++) {
		const struct agg_case cr = agg_case(a, ci), *c = &cr;
		int open, signal = 0;

		if (c->cust == INTERN_NONE || c->opened > v->asof)
			continue;
		if (latest[c->cust] == (size_t)-1 ||
		    agg_case(a, latest[c->cust]).opened < c->opened)
			latest[c->cust] = ci;
		if (!group_where(a, v->rs, ci, v->w, v->nw))
			continue;
		open = !((c->flags & CASE_RESOLVED) && c->resolved <= v->asof);
		if (open)
			pk[c->cust].nopen++;
		for (size_t i = 0; i < 3; i++)
			if (sl[i] != RULE_NONE && agg_case_has(a, ci, sd, sl[i]))
				signal = 1;
		if (!(open || (signal && c->opened >= recent)))
			continue;
		if (pk[c->cust].cs == (size_t)-1 ||
		    agg_case(a, pk[c->cust].cs).opened < c->opened)
			pk[c->cust].cs = ci;
	}
	for (size_t k = 0; k < nc; k++) {
		if (pk[k].cs == (size_t)-1)
			continue;
		/* not churned, judged from the customer's latest case */
		if (agg_churn(a, k, agg_case(a, latest[k]).opened,
		    v->churn_after, v->asof, &when) == CHURN_CHURNED)
			continue;
		pk[npick].cust = k;
		pk[npick].cs = pk[k].cs;
		pk[npick++].nopen = pk[k].nopen;
	}
	sort_a = a;
	qsort(pk, npick, sizeof(*pk), by_value);
	table_add_col(t, "customer", COL_TEXT);
	table_add_col(t, "value", COL_NUM);
	table_add_col(t, "case", COL_TEXT);
	table_add_col(t, "opened", COL_TIME);
	table_add_col(t, "age", COL_HOURS);
	table_add_col(t, "state", COL_TEXT);
	table_add_col(t, "signals", COL_TEXT);
	table_add_col(t, "open_cases", COL_COUNT);
	keep = top > 0 && top < npick ? top : npick;
	for (size_t i = 0; i < keep; i++) {
		const struct agg_cust cuv = agg_cust(a, pk[i].cust), *cu = &cuv;
		const struct agg_case cr = agg_case(a, pk[i].cs), *c = &cr;
		const char *state = !((c->flags & CASE_RESOLVED) &&
		    c->resolved <= v->asof) ? (c->flags & CASE_REOPENED ?
		    "reopened" : "open") : "resolved";
		size_t r = table_add_row(t);
		const char *s;

		s = agg_cust_name(a, pk[i].cust);
		table_set_text(t, r, 0, s, strlen(s));
		if (cu->has_value)
			table_set_num(t, r, 1, cu->value);
		s = agg_case_name(a, pk[i].cs);
		table_set_text(t, r, 2, s, strlen(s));
		table_set_int(t, r, 3, c->opened);
		table_set_num(t, r, 4, (double)(v->asof - c->opened));
		table_set_text(t, r, 5, state, strlen(state));
		buf_reset(&b);
		for (size_t k = 0; k < 3; k++)
			if (sl[k] != RULE_NONE && agg_case_has(a, pk[i].cs, sd,
			    sl[k]))
				buf_printf(&b, "%s%s", b.len ? ";" : "",
				    sigs[k]);
		table_set_text(t, r, 6, buf_cstr(&b), b.len);
		table_set_int(t, r, 7, (int64_t)pk[i].nopen);
	}
	buf_reset(&b);
	if (agg_have(a, ROLE_CUSTOMER))
		buf_printf(&b, "%zu customer%s at risk", npick, npick == 1 ?
		    "" : "s");
	else
		buf_addstr(&b, "no customer column: nobody to list (map one "
		    "with --col customer=HEADER)");
	table_add_note(t, b.p);
	free(pk);
	free(latest);
	buf_fini(&b);
	return t;
}

/* cmd_atrisk: gripe atrisk [options] [file ...]. */
int
cmd_atrisk(int argc, char **argv)
{
	static const struct option longopts[] = {
		OPTS_LONG,
		OPTS_LONG_TIME,
		OPTS_LONG_RULES,
		OPTS_LONG_JOBS,
		VOPT_STATE, VOPT_SAVE_STATE,
		VOPT_ACTIVITY, VOPT_AS_OF, VOPT_CHURN_AFTER, VOPT_CUSTOMERS,
		VOPT_ESCALATED, VOPT_PERIOD, VOPT_RESOLVED, VOPT_TOP,
		{ NULL, 0, NULL, 0 }
	};
	struct vopts vo;
	struct gopts g;
	struct rule_set *rs = NULL;
	struct where *w = NULL;
	struct loaded ld;
	struct table *t = NULL;
	struct view v;
	size_t nw = 0;
	char unit;
	int rc;

	vopts_init(&vo, 0);
	memset(&ld, 0, sizeof(ld));
	opts_init(&g);
	rc = opts_parse(&g, argc, argv, longopts, OPTS_SHORT_JOBS,
	    &atrisk_usage, own_option, &vo);
	if (rc != -1)
		goto out;
	rc = EXIT_USAGE;
	if ((rs = opts_rules(&g)) == NULL ||
	    opts_where(&g, rs, &w, &nw) == -1)
		goto out;
	rc = vopts_setup(&vo, &g, rs, w, nw, &ld, &v, &unit);
	if (rc != -1)
		goto out;
	t = atrisk_view(&v, unit, vo.top);
	rc = opts_write(&g, &t, 1);
out:
	free(w);
	table_free(t);
	load_free(&ld);
	rules_free(rs);
	opts_fini(&g);
	return rc;
}
