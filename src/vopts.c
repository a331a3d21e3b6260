/* vopts.c: the options of the commands that view cases, and their setup.
 *
 * metrics, trend, churn, atrisk and report share these options (each
 * takes the ones that mean something to it) and one setup: the period
 * unit, durations and times are checked before anything is read, then the
 * log (and the customer table and activity log) are read into the state,
 * the state is finished as of --as-of (default: the latest time in the
 * data), and a struct view says what the views look at.
 */
#include <stdlib.h>
#include <string.h>

#include "cpipe.h"
#include "period.h"
#include "util.h"
#include "views.h"

/* vopts_init: no options given; top as the command's default.  Cannot
 * fail. */
void
vopts_init(struct vopts *o, unsigned long top)
{
	memset(o, 0, sizeof(*o));
	o->baseline = 4;
	o->top = top;
}

/* vopts_option: take option ch when it is one of the view options:
 * returns 1, or -1 with a usage error in e for a bad number, or 0 when ch
 * is not a view option. */
int
vopts_option(struct vopts *o, int ch, const char *arg, struct gerr *e)
{
	switch (ch) {
	case OPT_V_ACTIVITY:
		o->activity = arg;
		return 1;
	case OPT_V_AS_OF:
		o->as_of = arg;
		return 1;
	case OPT_V_BASELINE:
		return opts_parse_uint("--baseline", arg, 1, 1000, &o->baseline,
		    e) == -1 ? -1 : 1;
	case OPT_V_CHURN_AFTER:
		o->churn_after = arg;
		return 1;
	case OPT_V_CUSTOMERS:
		o->customers = arg;
		return 1;
	case OPT_V_ESCALATED:
		o->escalated = arg;
		return 1;
	case OPT_V_PERIOD:
		o->period = arg;
		return 1;
	case OPT_V_REPEAT:
		o->repeat = arg;
		return 1;
	case OPT_V_RESOLVED:
		o->resolved = arg;
		return 1;
	case OPT_V_SINCE:
		o->since = arg;
		return 1;
	case OPT_V_SLA:
		o->sla = arg;
		return 1;
	case OPT_V_TOP:
		return opts_parse_uint("--top", arg, 1, 100000000, &o->top, e) ==
		    -1 ? -1 : 1;
	case OPT_V_UNTIL:
		o->until = arg;
		return 1;
	case OPT_V_STATE:
		o->state = arg;
		return 1;
	case OPT_V_SAVE_STATE:
		o->save_state = arg;
		return 1;
	default:
		return 0;
	}
}

/*
 * vopts_setup: check the options, read the input into ld (free it with
 * load_free), finish the state and fill v (its where conditions w, nw)
 * and *unit.  A --churn-after list gives v its first window.  Returns -1
 * when all went well, else the exit status after reporting.
 */
int
vopts_setup(const struct vopts *o, struct gopts *g, struct rule_set *rs,
    const struct where *w, size_t nw, struct loaded *ld, struct view *v,
    char *unit)
{
	struct load_opts lo;
	struct gerr e;
	int64_t repeat = 30 * 86400;
	int rc;

	memset(v, 0, sizeof(*v));
	v->asof = v->since = v->until = TIME_NONE;
	v->churn_after = 90 * 86400;
	*unit = 'w';
	if (o->period != NULL && period_unit(o->period, unit) == -1) {
		diag_err("bad --period '%s': day, week, month or quarter",
		    o->period);
		return EXIT_USAGE;
	}
	if (o->churn_after != NULL) {
		/* a list (churn) gives its first window; it was checked */
		char *first = xstrdup(o->churn_after);
		int bad;

		if (o->churn_list)
			first[strcspn(first, ",")] = '\0';
		bad = opts_parse_duration("--churn-after", first,
		    &v->churn_after, &e) == -1;
		free(first);
		if (bad)
			return diag_gerr(&e);
	}
	if ((o->sla != NULL && opts_parse_duration("--sla", o->sla, &v->sla,
	    &e) == -1) || (o->repeat != NULL && opts_parse_duration(
	    "--repeat-window", o->repeat, &repeat, &e) == -1) ||
	    (o->as_of != NULL && opts_parse_time(g, "--as-of", o->as_of,
	    &v->asof, &e) == -1) || (o->since != NULL && opts_parse_time(g,
	    "--since", o->since, &v->since, &e) == -1) || (o->until != NULL &&
	    opts_parse_time(g, "--until", o->until, &v->until, &e) == -1))
		return diag_gerr(&e);
	lo.resolved = o->resolved;
	lo.escalated = o->escalated;
	lo.repeat_window = repeat;
	lo.customers = o->customers;
	lo.activity = o->activity;
	lo.state = o->state;
	lo.save_state = o->save_state;
	rc = load_state(g, rs, &lo, ld);
	if (rc != -1)
		return rc;
	if (v->asof == TIME_NONE)
		v->asof = agg_max_time(ld->a);
	if (o->no_repeats)
		agg_no_repeats(ld->a);
	agg_finish(ld->a, v->asof);
	v->a = ld->a;
	v->rs = rs;
	v->tz = g->tz;
	v->w = w;
	v->nw = nw;
	v->asof_from = o->as_of != NULL ? "--as-of" :
	    "the latest time in the data";
	v->have_sla = o->sla != NULL;
	v->have_esc = ld->have_esc;
	v->jobs = g->jobs > 0 ? (unsigned)g->jobs : cpipe_default_jobs();
	return -1;
}
