/* cmd_trend.c: gripe trend: recurring issues over time, and what rises.
 *
 * Cases are counted by the period they were opened in and by their labels
 * in one dimension (--dim, default category; a case with several labels
 * of a mode=all dimension counts for each).  Every period from the first
 * case's to the as-of time's is there, so a quiet period counts as zero.
 * For each period and label: the cases, their share of the period's cases,
 * the previous period's count and the change from it.  The last complete
 * period (it ended at or before as-of) is judged against the --baseline N
 * periods before it: with x its count and mu their mean, a label is
 * "rising" when z = (x - mu) / sqrt(max(mu, 1)) >= 2 and x >= 5, and "new"
 * when mu = 0 and x >= 3.  A later, incomplete period is marked
 * "incomplete", never flagged.  With fewer baseline periods than N the
 * ones there are used; with none, nothing is flagged.
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
#include "table.h"
#include "util.h"
#include "views.h"

static const struct cmd_usage trend_usage = {
	"trend",
	"[-h] [-d delim] [-f format] [-j jobs] [-o file] [-r rules]\n"
	"    [--as-of time] [--baseline n] [--col role=header] [--dim name]\n"
	"    [--match-limit n] [--na value] [--outbound regex]\n"
	"    [--period unit] [--rejects file] [--since time] [--skip-bad]\n"
	"    [--strict] [--time-format fmt] [--top n] [--tz zone]\n"
	"    [--until time] [--image file] [--size WxH] [--terminal name]\n"
	"    [--save-state file] [--state file] [--where dim=label]\n"
	"    [file ...]",
	"\n"
	OPTS_HELP_FORMAT
	OPTS_HELP_JOBS
	"  -r, --rules FILE       rules file (repeatable; default: $GRIPE_RULES\n"
	"                         or the built-in rules)\n"
	"      --as-of TIME       the time 'now' is (default: the latest time\n"
	"                         in the data)\n"
	"      --baseline N       periods a count is judged against "
	"(default 4)\n"
	"      --dim NAME         the dimension counted (default category)\n"
	"      --match-limit N    PCRE2 match limit per row and rule\n"
	"      --no-prefilter     run every rule on every text (same labels)\n"
	"      --outbound REGEX   direction values that mean outbound\n"
	"      --period UNIT      day, week, month or quarter (default week)\n"
	"      --rejects FILE     write bad records to FILE (implies "
	"--skip-bad)\n"
	"      --save-state FILE  also write the aggregate state to FILE\n"
	"      --since TIME       only cases opened at or after TIME\n"
	"      --skip-bad         count bad records and go on\n"
	"      --state FILE       start from a state saved by --save-state\n"
	"                         (no file operands: read no input)\n"
	"      --strict           a stray quote is an error\n"
	OPTS_HELP_TIME
	"      --top N            only the N labels with the most cases\n"
	"                         (-f gnuplot: N lines; default 8)\n"
	"      --until TIME       only cases opened before TIME\n"
	"      --where DIM=LABEL  keep only cases with that label "
	"(repeatable)\n"
};

enum { OPT_DIM = OPT_CMD };

struct topts {
	struct vopts	 v;
	const char	*dim;
};

static int
own_option(void *ctx, int ch, const char *arg, struct gerr *e)
{
	struct topts *o = ctx;

	if (ch == OPT_DIM) {
		o->dim = arg;
		return 1;
	}
	return vopts_option(&o->v, ch, arg, e);
}

/* Labels of a period: by count, descending, then in label order. */
static const unsigned long *sort_cnt;

static int
by_count(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	if (sort_cnt[a] != sort_cnt[b])
		return sort_cnt[a] > sort_cnt[b] ? -1 : 1;
	return (a > b) - (a < b);
}

/* The z of label l in period p (an offset from the first period) against
 * the baseline periods before it; NaN when there are none. */
static double
zscore(const unsigned long *cnt, size_t L, int64_t p, size_t l,
    unsigned long baseline, double *mu)
{
	int64_t nb = p < (int64_t)baseline ? p : (int64_t)baseline;
	double m = 0;

	if (nb <= 0)
		return NAN;
	for (int64_t k = p - nb; k < p; k++)
		m += (double)cnt[k * L + l];
	m /= (double)nb;
	*mu = m;
	return ((double)cnt[p * L + l] - m) / sqrt(m > 1 ? m : 1);
}

/* The flag of label l in period p: "rising", "new" or NULL. */
static const char *
flag_of(const unsigned long *cnt, size_t L, int64_t p, size_t l,
    unsigned long baseline, double *z)
{
	double mu = 0;
	unsigned long x = cnt[p * L + l];

	*z = zscore(cnt, L, p, l, baseline, &mu);
	if (isnan(*z))
		return NULL;
	if (mu == 0 && x >= 3)
		return "new";
	if (*z >= 2 && x >= 5)
		return "rising";
	return NULL;
}

static int
is_flagged(const unsigned long *cnt, size_t L, int64_t p, size_t l,
    int64_t abs, int64_t last_complete, unsigned long baseline)
{
	double z;

	return abs == last_complete && flag_of(cnt, L, p, l, baseline, &z) !=
	    NULL;
}

/* Whether case ci is counted: opened by as-of, in [since, until), and
 * passing --where. */
static int
kept(const struct agg *a, const struct rule_set *rs, size_t ci,
    const struct where *w, size_t nw, int64_t asof, int64_t since,
    int64_t until)
{
	const struct agg_case cr = agg_case(a, ci), *c = &cr;

	return c->opened <= asof && (since == TIME_NONE ||
	    c->opened >= since) && (until == TIME_NONE || c->opened < until) &&
	    group_where(a, rs, ci, w, nw);
}

/*
 * trend_view: cases per label of dimension d and period (unit) of the
 * cases of v, with the flags of the last complete period judged against
 * baseline periods; flagged: only its rising and new rows.  Returns the
 * table (the caller frees it), or NULL with e set when there would be
 * more than 100000 periods.
 */
struct table *
trend_view(const struct view *v, size_t d, char unit, unsigned long baseline,
    int flagged, struct gerr *e)
{
	const struct agg *a = v->a;
	const struct rule_set *rs = v->rs;
	const struct rule_dim *dm = &rs->dims[d];
	struct table *t;
	unsigned long *cnt = NULL, *tot = NULL;
	size_t *ord = NULL, L;
	int64_t asof = v->asof, pmin = INT64_MAX, pmax, np, last_complete;
	int64_t end;
	char pb[32];

	/* The span of periods: the first kept case's to the end, which is
	 * as-of, or --until when that comes first (it is exclusive). */
	end = v->until != TIME_NONE && v->until <= asof ? v->until : asof;
	for (size_t ci = 0; ci < agg_ncases(a); ci++) {
		const struct agg_case cr = agg_case(a, ci), *c = &cr;
		int64_t p;

		if (!kept(a, rs, ci, v->w, v->nw, asof, v->since, v->until))
			continue;
		p = period_of(c->opened, v->tz, unit);
		if (p < pmin)
			pmin = p;
	}
	L = dm->nlabels + 1;		/* the last slot: (none) */
	t = table_new(NULL);
	table_add_col(t, "period", COL_TEXT);
	table_add_col(t, dm->name, COL_TEXT);
	table_add_col(t, "cases", COL_COUNT);
	table_add_col(t, "share", COL_RATE);
	table_add_col(t, "prev", COL_COUNT);
	table_add_col(t, "change", COL_RATE);
	table_add_col(t, "z", COL_NUM);
	table_add_col(t, "flag", COL_TEXT);
	{
		struct chart ch;

		chart_init(&ch, CHART_LINES);
		ch.label[ch.nlabel++] = 1;
		ch.x = 0;
		ch.y[ch.ny++] = 2;
		ch.flag = 7;
		table_set_chart(t, &ch);
	}
	if (pmin == INT64_MAX) {
		table_add_note(t, "no cases");
		return t;
	}
	pmax = period_of(end == v->until ? end - 1 : end, v->tz, unit);
	np = pmax - pmin + 1;
	if (np > 100000) {
		gerr_set(e, EXIT_DATA, "%lld periods from the first case to "
		    "the end; choose a longer --period, or --since",
		    (long long)np);
		table_free(t);
		return NULL;
	}
	cnt = xcalloc((size_t)np * L, sizeof(*cnt));
	tot = xcalloc((size_t)np, sizeof(*tot));
	for (size_t ci = 0; ci < agg_ncases(a); ci++) {
		const struct agg_case cr = agg_case(a, ci), *c = &cr;
		size_t p;
		int any = 0;

		if (!kept(a, rs, ci, v->w, v->nw, asof, v->since, v->until))
			continue;
		p = (size_t)(period_of(c->opened, v->tz, unit) - pmin);
		tot[p]++;
		for (size_t l = 0; l < dm->nlabels; l++)
			if (agg_case_has(a, ci, d, l)) {
				cnt[p * L + l]++;
				any = 1;
			}
		if (!any)
			cnt[p * L + dm->nlabels]++;
	}
	/* the last complete period: the latest that ended by the end */
	last_complete = period_start(pmax + 1, v->tz, unit) <= end ? pmax :
	    pmax - 1;

	ord = xcalloc(L, sizeof(*ord));
	for (int64_t p = 0; p < np; p++) {
		int64_t abs = p + pmin;

		period_label(abs, unit, pb, sizeof(pb));
		for (size_t l = 0; l < L; l++)
			ord[l] = l;
		sort_cnt = cnt + p * L;
		qsort(ord, L, sizeof(*ord), by_count);
		for (size_t oi = 0; oi < L; oi++) {
			size_t l = ord[oi];
			unsigned long x = cnt[p * L + l];
			unsigned long prev = p > 0 ? cnt[(p - 1) * L + l] : 0;
			size_t r;

			if (x == 0 && prev == 0)
				continue;
			if (flagged && !is_flagged(cnt, L, p, l, abs,
			    last_complete, baseline))
				continue;
			r = table_add_row(t);
			table_set_text(t, r, 0, pb, strlen(pb));
			if (l < dm->nlabels)
				table_set_text(t, r, 1, dm->labels[l],
				    strlen(dm->labels[l]));
			else
				table_set_text(t, r, 1, "(none)", 6);
			table_set_int(t, r, 2, (int64_t)x);
			if (tot[p] > 0)
				table_set_num(t, r, 3, (double)x /
				    (double)tot[p]);
			if (p > 0) {
				table_set_int(t, r, 4, (int64_t)prev);
				if (prev > 0)
					table_set_num(t, r, 5, ((double)x -
					    (double)prev) / (double)prev);
			}
			table_set_text(t, r, 7, "", 0);
			if (abs > last_complete)
				table_set_text(t, r, 7, "incomplete", 10);
			else if (abs == last_complete) {
				double z;
				const char *f = flag_of(cnt, L, p, l, baseline,
				    &z);

				table_set_num(t, r, 6, z);
				if (f != NULL)
					table_set_text(t, r, 7, f, strlen(f));
			}
		}
	}
	{
		struct buf b;
		char tb[64];

		int64_t nb = last_complete - pmin;

		buf_init(&b);
		time_format_iso(asof, v->tz, tb, sizeof(tb));
		buf_printf(&b, "as of %s (%s); ", tb, v->asof_from);
		if (nb > (int64_t)baseline)
			nb = (int64_t)baseline;
		if (last_complete < pmin)
			buf_addstr(&b, "no complete period yet");
		else {
			period_label(last_complete, unit, pb, sizeof(pb));
			if (nb > 0)
				buf_printf(&b, "the last complete period, %s, "
				    "is judged against the %lld before it", pb,
				    (long long)nb);
			else
				buf_printf(&b, "the last complete period, %s, "
				    "has no period before it to be judged "
				    "against", pb);
		}
		table_add_note(t, b.p);
		buf_fini(&b);
	}
	free(cnt);
	free(tot);
	free(ord);
	return t;
}

/*
 * keep_top: the rows of trend table t of its top labels, those with the
 * most cases over all its periods (ties: the label first in byte order),
 * and a chart of as many lines.  Frees t.
 */
static struct table *
keep_top(struct table *t, unsigned long top)
{
	size_t nr = table_nrows(t), nl = 0, *lab, *rows, nkeep = 0;
	const char **name;
	size_t *len;
	double *tot;
	char *keep;
	struct table *out;
	struct chart ch;

	lab = xcalloc(nr ? nr : 1, sizeof(*lab));
	name = xcalloc(nr ? nr : 1, sizeof(*name));
	len = xcalloc(nr ? nr : 1, sizeof(*len));
	tot = xcalloc(nr ? nr : 1, sizeof(*tot));
	keep = xcalloc(nr ? nr : 1, 1);
	rows = xcalloc(nr ? nr : 1, sizeof(*rows));
	for (size_t r = 0; r < nr; r++) {
		size_t l, k;
		const char *p = table_text(t, r, 1, &l);

		for (k = 0; k < nl; k++)
			if (len[k] == l && (l == 0 || memcmp(name[k], p, l) ==
			    0))
				break;
		if (k == nl) {
			name[nl] = p;
			len[nl++] = l;
		}
		lab[r] = k;
		if (!table_is_missing(t, r, 2))
			tot[k] += (double)table_int(t, r, 2);
	}
	for (unsigned long n = 0; n < top && n < nl; n++) {
		size_t best = (size_t)-1;

		for (size_t k = 0; k < nl; k++) {
			int c;

			if (keep[k])
				continue;
			if (best == (size_t)-1 || tot[k] > tot[best]) {
				best = k;
				continue;
			}
			if (tot[k] < tot[best])
				continue;
			c = memcmp(name[k], name[best], len[k] < len[best] ?
			    len[k] : len[best]);
			if (c < 0 || (c == 0 && len[k] < len[best]))
				best = k;
		}
		keep[best] = 1;
	}
	for (size_t r = 0; r < nr; r++)
		if (keep[lab[r]])
			rows[nkeep++] = r;
	out = table_select(t, rows, nkeep, NULL);
	ch = *table_chart(t);
	ch.maxseries = top;
	table_set_chart(out, &ch);
	free(lab);
	free(name);
	free(len);
	free(tot);
	free(keep);
	free(rows);
	table_free(t);
	return out;
}

/* cmd_trend: gripe trend [options] [file ...]. */
int
cmd_trend(int argc, char **argv)
{
	static const struct option longopts[] = {
		OPTS_LONG,
		OPTS_LONG_TIME,
		OPTS_LONG_RULES,
		OPTS_LONG_JOBS,
		VOPT_STATE, VOPT_SAVE_STATE,
		VOPT_AS_OF, VOPT_BASELINE, VOPT_PERIOD, VOPT_SINCE, VOPT_TOP,
		VOPT_UNTIL,
		{ "dim", required_argument, NULL, OPT_DIM },
		{ NULL, 0, NULL, 0 }
	};
	struct topts to;
	struct gopts g;
	struct gerr e;
	struct rule_set *rs = NULL;
	struct where *w = NULL;
	struct loaded ld;
	struct table *t = NULL;
	struct view v;
	size_t nw = 0, d;
	char unit;
	int rc;

	vopts_init(&to.v, 0);
	to.dim = "category";
	opts_init(&g);
	gerr_clear(&e);
	memset(&ld, 0, sizeof(ld));
	rc = opts_parse(&g, argc, argv, longopts, OPTS_SHORT_JOBS,
	    &trend_usage, own_option, &to);
	if (rc != -1)
		goto out;
	rc = EXIT_USAGE;
	if ((rs = opts_rules(&g)) == NULL ||
	    opts_where(&g, rs, &w, &nw) == -1)
		goto out;
	d = rules_find_dim(rs, to.dim, strlen(to.dim));
	if (d == RULE_NONE) {
		diag_err("no dimension '%s' in the rules", to.dim);
		goto out;
	}
	rc = vopts_setup(&to.v, &g, rs, w, nw, &ld, &v, &unit);
	if (rc != -1)
		goto out;
	t = trend_view(&v, d, unit, to.v.baseline, 0, &e);
	if (t != NULL && to.v.top > 0)
		t = keep_top(t, to.v.top);
	rc = t == NULL ? diag_gerr(&e) : opts_write(&g, &t, 1);
out:
	free(w);
	table_free(t);
	load_free(&ld);
	rules_free(rs);
	opts_fini(&g);
	return rc;
}
