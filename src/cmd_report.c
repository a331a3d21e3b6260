/* cmd_report.c: gripe report: the weekly report, for cron.
 *
 * One pass over the input, then the views the report is made of, for the
 * last complete period (--period, default week) before as-of: headline
 * figures against the period before (with an arrow each), top categories,
 * rising and new issues, resolution and SLA by channel, churn by outcome,
 * agents by escalations and reopens, and the customers at risk now.
 * -f markdown is ready to mail; -f json is one document.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include "afile.h"
#include "out.h"

#include "cmd.h"
#include "group.h"
#include "load.h"
#include "opts.h"
#include "period.h"
#include "rules.h"
#include "table.h"
#include "util.h"
#include "views.h"

static const struct cmd_usage report_usage = {
	"report",
	"[-h] [-d delim] [-f format] [-j jobs] [-o file] [-r rules]\n"
	"    [--activity file] [--as-of time] [--baseline n]\n"
	"    [--churn-after duration] [--col role=header] [--customers file]\n"
	"    [--escalated regex] [--match-limit n] [--na value]\n"
	"    [--outbound regex] [--period unit] [--plots dir]\n"
	"    [--rejects file] [--resolved regex] [--skip-bad]\n"
	"    [--sla duration] [--strict] [--time-format fmt] [--top n]\n"
	"    [--save-state file] [--state file] [--tz zone]\n"
	"    [--where dim=label] [file ...]",
	"\n"
	OPTS_HELP_FORMAT
	OPTS_HELP_JOBS
	"  -r, --rules FILE       rules file (repeatable; default: $GRIPE_RULES\n"
	"                         or the built-in rules)\n"
	"      --activity FILE    customers' activity log, to infer churn\n"
	"      --as-of TIME       the time 'now' is (default: the latest time\n"
	"                         in the data)\n"
	"      --baseline N       periods a count is judged against "
	"(default 4)\n"
	"      --churn-after D    no activity for D after a case is churn\n"
	"                         (default 90d)\n"
	"      --customers FILE   customer table: churned, churn_date, value\n"
	"      --escalated REGEX  status/priority values that mean escalated\n"
	"      --match-limit N    PCRE2 match limit per row and rule\n"
	"      --no-prefilter     run every rule on every text (same labels)\n"
	"      --outbound REGEX   direction values that mean outbound\n"
	"      --period UNIT      day, week, month or quarter (default week)\n"
	"      --plots DIR        write the report's charts into DIR (gnuplot\n"
	"                         scripts, and pictures when gnuplot is here)\n"
	"      --rejects FILE     write bad records to FILE (implies "
	"--skip-bad)\n"
	"      --resolved REGEX   status values that mean resolved\n"
	"      --save-state FILE  also write the aggregate state to FILE\n"
	"      --skip-bad         count bad records and go on\n"
	"      --sla DURATION     the resolution target, e.g. 48h or 3d\n"
	"      --state FILE       start from a state saved by --save-state\n"
	"                         (no file operands: read no input)\n"
	"      --strict           a stray quote is an error\n"
	OPTS_HELP_TIME
	"      --top N            rows of each list (default 10)\n"
	"      --where DIM=LABEL  keep only cases with that label "
	"(repeatable)\n"
};

enum { OPT_PLOTS = OPT_CMD };

struct ropts {
	struct vopts	 v;
	const char	*plots;
};

static int
own_option(void *ctx, int ch, const char *arg, struct gerr *e)
{
	struct ropts *o = ctx;

	if (ch == OPT_PLOTS) {
		if (*arg == '\0') {
			gerr_set(e, EXIT_USAGE, "--plots needs a directory");
			return -1;
		}
		o->plots = arg;
		return 1;
	}
	return vopts_option(&o->v, ch, arg, e);
}

/* Whether an executable file named prog is in a directory of PATH (an
 * empty entry is the working directory), as execlp would find it. */
static int
on_path(const char *prog)
{
	const char *path = getenv("PATH"), *p;
	struct buf b;
	int found = 0;

	if (path == NULL)
		path = "/bin:/usr/bin";
	buf_init(&b);
	for (p = path; !found; p++) {
		size_t n = strcspn(p, ":");
		struct stat sb;

		buf_reset(&b);
		if (n > 0)
			buf_add(&b, p, n);
		else
			buf_addc(&b, '.');
		buf_printf(&b, "/%s", prog);
		found = stat(buf_cstr(&b), &sb) == 0 && S_ISREG(sb.st_mode) &&
		    access(buf_cstr(&b), X_OK) == 0;
		p += n;
		if (*p == '\0')
			break;
	}
	buf_fini(&b);
	return found;
}

/*
 * Run gnuplot on script (a name inside dir) with dir as its working
 * directory.  Returns 0; 1 when there is no gnuplot to run (looked for
 * before forking: a child that cannot exec is not started); -1 after
 * reporting that gnuplot failed.
 */
static int
run_gnuplot(const char *dir, const char *script)
{
	pid_t pid;
	int st;

	if (!on_path("gnuplot"))
		return 1;
	fflush(stdout);
	fflush(stderr);
	if ((pid = fork()) == -1) {
		diag_err("cannot run gnuplot: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		int fd = open("/dev/null", O_RDWR);

		if (fd != -1) {
			dup2(fd, STDIN_FILENO);
			dup2(fd, STDOUT_FILENO);
		}
		if (chdir(dir) == -1)
			_exit(126);
		execlp("gnuplot", "gnuplot", script, (char *)NULL);
		_exit(errno == ENOENT ? 127 : 126);
	}
	while (waitpid(pid, &st, 0) == -1)
		if (errno != EINTR) {
			diag_err("cannot run gnuplot: %s", strerror(errno));
			return -1;
		}
	if (WIFEXITED(st) && WEXITSTATUS(st) == 127)
		return 1;
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		diag_err("%s/%s: gnuplot failed", dir, script);
		return -1;
	}
	return 0;
}

/* One chart of the report. */
struct plot {
	const char	*name;		/* file name without extension */
	struct table	*t;
};

/*
 * Write each plot's script into dir (made when missing) and, when gnuplot
 * can be run, its picture; add to the report a table of the charts.
 * Returns the charts table, or NULL after reporting an error.
 */
static struct table *
write_plots(const char *dir, struct plot *pl, size_t n, int markdown)
{
	struct table *t = table_new("charts");
	struct buf b;
	int have_gnuplot = 1;

	buf_init(&b);
	if (mkdir(dir, 0777) == -1 && errno != EEXIST) {
		diag_err("%s: cannot make the directory: %s", dir,
		    strerror(errno));
		goto fail;
	}
	table_add_col(t, "chart", COL_TEXT);
	table_add_col(t, "script", COL_TEXT);
	table_add_col(t, "picture", COL_TEXT);
	for (size_t i = 0; i < n; i++) {
		struct emit_opts eo;
		struct afile af;
		struct gerr e;
		struct table *one[1];
		size_t r;
		int werr = 0;

		if (pl[i].t == NULL || !out_gnuplot_drawable(pl[i].t))
			continue;
		memset(&eo, 0, sizeof(eo));
		buf_reset(&b);
		buf_printf(&b, "%s.png", pl[i].name);
		eo.image = b.p;
		gerr_clear(&e);
		{
			struct buf path;

			buf_init(&path);
			buf_printf(&path, "%s/%s.gp", dir, pl[i].name);
			if (afile_open(&af, path.p, &e) == -1) {
				buf_fini(&path);
				diag_gerr(&e);
				goto fail;
			}
			buf_fini(&path);
		}
		one[0] = pl[i].t;
		errno = 0;
		if (out_gnuplot_emitter.emit(af.f, one, 1, &eo) == -1)
			werr = errno ? errno : EIO;
		if (afile_commit(&af, werr, &e) == -1) {
			diag_gerr(&e);
			goto fail;
		}
		r = table_add_row(t);
		table_set_text(t, r, 0, pl[i].name, strlen(pl[i].name));
		buf_reset(&b);
		buf_printf(&b, "%s/%s.gp", dir, pl[i].name);
		table_set_text(t, r, 1, b.p, b.len);
		if (have_gnuplot) {
			buf_reset(&b);
			buf_printf(&b, "%s.gp", pl[i].name);
			switch (run_gnuplot(dir, b.p)) {
			case 1:
				have_gnuplot = 0;
				diag_err("gnuplot is not on PATH: wrote the "
				    "scripts only");
				break;
			case -1:
				goto fail;
			default:
				break;
			}
		}
		if (have_gnuplot) {
			buf_reset(&b);
			if (markdown)
				buf_printf(&b, "![%s](%s/%s.png)", pl[i].name,
				    dir, pl[i].name);
			else
				buf_printf(&b, "%s/%s.png", dir, pl[i].name);
			table_set_text(t, r, 2, b.p, b.len);
		}
	}
	if (!have_gnuplot) {
		buf_reset(&b);
		buf_printf(&b, "no pictures: gnuplot is not on PATH; draw them "
		    "with: cd %s && gnuplot *.gp", dir);
		table_add_note(t, b.p);
	}
	buf_fini(&b);
	return t;
fail:
	buf_fini(&b);
	table_free(t);
	return NULL;
}

/* A metric, by name, as the report's list; -1 when unknown. */
static int
metric(const char *name)
{
	return metrics_find(name, strlen(name));
}

/* A figure of kind k rounded as table form shows it: counts whole,
 * rates to a tenth of a percent, hours and other numbers to 2 decimals. */
static double
shown(enum col_kind k, double x)
{
	switch (k) {
	case COL_RATE:
		return round(x * 1000);
	case COL_HOURS:
		return round(x / 3600 * 100);
	case COL_COUNT:
		return round(x);
	default:
		return round(x * 100);
	}
}

/* The headline figures: each metric in this period and the one before. */
static struct table *
headline(const struct view *v, int64_t p0, int64_t p1, int64_t p2,
    const char *label, int have_dir, int have_churn)
{
	static const char *const names[] = { "cases", "resolved_rate",
	    "ttr_p50", "frt_p50", "sla_met_rate", "escalation_rate",
	    "reopen_rate", "csat_mean", "churn_rate" };
	int m[9];
	size_t nm = 0;
	struct view cur = *v, prev = *v;
	struct groups gk;
	struct table *tc, *tp, *t;
	struct buf b;

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if ((strcmp(names[i], "frt_p50") == 0 && !have_dir) ||
		    (strcmp(names[i], "sla_met_rate") == 0 && !v->have_sla) ||
		    (strcmp(names[i], "churn_rate") == 0 && !have_churn))
			continue;
		m[nm++] = metric(names[i]);
	}
	buf_init(&b);
	/* each period seen as of its own end */
	cur.since = p1;
	cur.until = p2;
	cur.asof = p2 - 1 < v->asof ? p2 - 1 : v->asof;
	prev.since = p0;
	prev.until = p1;
	prev.asof = p1 - 1;
	group_init(&gk, v->rs, v->tz, 'w');
	tc = metrics_view(&cur, &gk, m, nm, 0, 1, 0);
	tp = metrics_view(&prev, &gk, m, nm, 0, 1, 0);
	group_fini(&gk);
	buf_printf(&b, "headline, %s", label);
	t = table_new(b.p);
	table_add_col(t, "metric", COL_TEXT);
	table_add_col(t, "this", COL_NUM);
	table_add_col(t, "previous", COL_NUM);
	table_add_col(t, "change", COL_NUM);
	table_add_col(t, "trend", COL_TEXT);
	table_add_col(t, "unit", COL_TEXT);
	{
		/* no chart: its figures are in different units */
		struct chart ch;

		chart_init(&ch, CHART_NONE);
		table_set_chart(t, &ch);
	}
	for (size_t i = 0; i < nm; i++) {
		size_t r = table_add_row(t), c = 1 + i;
		enum col_kind k = table_col_kind(tc, c);
		int hc = table_nrows(tc) > 0 && !table_is_missing(tc, 0, c);
		int hp = table_nrows(tp) > 0 && !table_is_missing(tp, 0, c);
		double x, y;

		/* a period without cases has 0 of them, not n/a */
		if (strcmp(metrics_name(m[i]), "cases") == 0) {
			hc = hp = 1;
			x = table_nrows(tc) > 0 ? table_num(tc, 0, c) : 0;
			y = table_nrows(tp) > 0 ? table_num(tp, 0, c) : 0;
		} else {
			x = hc ? table_num(tc, 0, c) : NAN;
			y = hp ? table_num(tp, 0, c) : NAN;
		}
		const char *name = metrics_name(m[i]), *arrow;

		/* each figure in its metric's kind: 159 cases, a rate as
		 * 0.3679 (csv) or 36.8% (table), hours from seconds */
		table_set_text(t, r, 0, name, strlen(name));
		table_set_value(t, r, 1, k, hc ? x : NAN);
		table_set_value(t, r, 2, k, hp ? y : NAN);
		table_set_value(t, r, 3, k, hc && hp ? x - y : NAN);
		if (hc && hp) {
			/* compared as table form shows them */
			double rx = shown(k, x), ry = shown(k, y);

			arrow = rx > ry ? "\xE2\x86\x91" : rx < ry ?
			    "\xE2\x86\x93" : "\xE2\x86\x92";
			table_set_text(t, r, 4, arrow, strlen(arrow));
		}
		name = k == COL_RATE ? "rate" : k == COL_HOURS ? "hours" :
		    k == COL_COUNT ? "cases" : "score";
		table_set_text(t, r, 5, name, strlen(name));
	}
	table_add_note(t, "each period is measured as of its own end; change "
	    "= this - previous, in the unit shown");
	if (!have_dir)
		table_add_note(t, "no first response times: no direction "
		    "column (map one with --col direction=HEADER)");
	if (!v->have_sla)
		table_add_note(t, "no SLA figures: give --sla, e.g. --sla 48h");
	if (!have_churn)
		table_add_note(t, "no churn figures: give a churned or "
		    "churn_date column, --customers FILE or --activity FILE");
	for (size_t i = 0; i < table_nnotes(tc); i++)
		if (strstr(table_note(tc, i), " is n/a: ") != NULL)
			table_add_note(t, table_note(tc, i));
	table_free(tc);
	table_free(tp);
	buf_fini(&b);
	return t;
}

/* A titled metrics table over the report period, by key, sorted by the
 * metric at index sort, the first top rows. */
static struct table *
by_key(const struct view *v, const char *key, const char *const *names,
    size_t n, size_t sort, unsigned long top, const char *title)
{
	struct groups gk;
	struct table *t, *out;
	int m[8];
	size_t nm = 0;

	for (size_t i = 0; i < n && nm < 8; i++)
		if (names[i] != NULL)
			m[nm++] = metric(names[i]);
	group_init(&gk, v->rs, v->tz, 'w');
	group_parse(&gk, key);
	t = metrics_view(v, &gk, m, nm, sort, 0, top);
	group_fini(&gk);
	out = table_select(t, NULL, 0, title);
	table_free(t);
	return out;
}

static struct table *
retitle(struct table *t, const char *title)
{
	struct table *out = table_select(t, NULL, 0, title);

	table_free(t);
	return out;
}

/* cmd_report: gripe report [options] [file ...]. */
int
cmd_report(int argc, char **argv)
{
	static const struct option longopts[] = {
		OPTS_LONG,
		OPTS_LONG_TIME,
		OPTS_LONG_RULES,
		OPTS_LONG_JOBS,
		VOPT_STATE, VOPT_SAVE_STATE,
		VOPT_ACTIVITY, VOPT_AS_OF, VOPT_BASELINE, VOPT_CHURN_AFTER,
		VOPT_CUSTOMERS, VOPT_ESCALATED, VOPT_PERIOD, VOPT_RESOLVED,
		VOPT_SLA, VOPT_TOP,
		{ "plots", required_argument, NULL, OPT_PLOTS },
		{ NULL, 0, NULL, 0 }
	};
	struct ropts ro;
	struct vopts *vop = &ro.v;
	struct plot pl[7];
	size_t npl = 0;
	struct gopts g;
	struct gerr e;
	struct rule_set *rs = NULL;
	struct where *w = NULL;
	struct loaded ld;
	struct table *tabs[9] = { NULL };
	struct view v, pv;
	struct buf b;
	size_t nw = 0, nt = 0, dcat;
	int64_t p, p0, p1, p2;
	char unit, label[32], tb[64];
	int rc, have_churn, have_dir;

	memset(&ro, 0, sizeof(ro));
	memset(pl, 0, sizeof(pl));
	vopts_init(vop, 10);
	memset(&ld, 0, sizeof(ld));
	opts_init(&g);
	gerr_clear(&e);
	buf_init(&b);
	rc = opts_parse(&g, argc, argv, longopts, OPTS_SHORT_JOBS,
	    &report_usage, own_option, &ro);
	if (rc != -1)
		goto out;
	rc = EXIT_USAGE;
	if ((rs = opts_rules(&g)) == NULL ||
	    opts_where(&g, rs, &w, &nw) == -1)
		goto out;
	rc = vopts_setup(vop, &g, rs, w, nw, &ld, &v, &unit);
	if (rc != -1)
		goto out;
	rc = EXIT_DATA;
	if (v.asof == TIME_NONE) {
		diag_err("no cases: the input has no row with a time");
		goto out;
	}
	have_churn = agg_have_churn(ld.a) || agg_have_activity(ld.a);
	have_dir = agg_have(ld.a, ROLE_DIRECTION);

	/* the last complete period, [p1, p2), and the one before, [p0, p1) */
	p = period_of(v.asof, g.tz, unit) - 1;
	p0 = period_start(p - 1, g.tz, unit);
	p1 = period_start(p, g.tz, unit);
	p2 = period_start(p + 1, g.tz, unit);
	period_label(p, unit, label, sizeof(label));
	pv = v;			/* the report period */
	pv.since = p1;
	pv.until = p2;
	pv.asof_from = NULL;	/* the headline says it */

	tabs[nt++] = headline(&v, p0, p1, p2, label, have_dir, have_churn);
	time_format_iso(v.asof, g.tz, tb, sizeof(tb));
	buf_printf(&b, "the report period is %s, the last complete %s before "
	    "as of %s (%s)", label, unit == 'd' ? "day" : unit == 'w' ?
	    "week" : unit == 'm' ? "month" : "quarter", tb, v.asof_from);
	table_add_note(tabs[0], b.p);
	dcat = rules_find_dim(rs, "category", 8);
	if (dcat != RULE_NONE) {
		static const char *const m[] = { "cases", "resolved_rate",
		    "ttr_p50", "escalation_rate" };

		buf_reset(&b);
		buf_printf(&b, "top categories, %s", label);
		tabs[nt++] = by_key(&pv, "category", m, 4, 0, vop->top, b.p);
		tabs[nt] = trend_view(&v, dcat, unit, vop->baseline, 1, &e);
		if (tabs[nt] == NULL) {
			rc = diag_gerr(&e);
			goto out;
		}
		tabs[nt] = retitle(tabs[nt], "rising and new issues");
		nt++;
	}
	{
		const char *m[] = { "cases", "resolved_rate", "ttr_p50",
		    v.have_sla ? "sla_met_rate" : NULL };

		buf_reset(&b);
		buf_printf(&b, "resolution by channel, %s", label);
		tabs[nt++] = by_key(&pv, "channel", m, 4, 0, vop->top, b.p);
	}
	if (have_churn)
		tabs[nt++] = churn_outcome_view(&v, 1);
	{
		static const char *const m[] = { "cases", "escalation_rate",
		    "reopen_rate" };

		buf_reset(&b);
		buf_printf(&b, "agents by escalations, %s", label);
		tabs[nt++] = by_key(&pv, "agent", m, 3, 1, vop->top, b.p);
	}
	tabs[nt++] = atrisk_view(&v, unit, vop->top);
	if (ro.plots != NULL) {
		static const char *const box[] = { "ttr_p10", "ttr_p25",
		    "ttr_p50", "ttr_p75", "ttr_p90" };
		static const char *const vol[] = { "cases" };
		static const char *const ag[] = { "escalation_rate",
		    "reopen_rate" };

		if (dcat != RULE_NONE) {
			pl[npl].name = "trend";
			pl[npl].t = trend_view(&v, dcat, unit, vop->baseline,
			    0, &e);
			if (pl[npl++].t == NULL) {
				rc = diag_gerr(&e);
				goto out;
			}
		}
		buf_reset(&b);
		buf_printf(&b, "cases by %s and channel, %s", dcat !=
		    RULE_NONE ? "category" : "status", label);
		pl[npl].name = "volume";
		pl[npl++].t = by_key(&pv, dcat != RULE_NONE ?
		    "category,channel" : "status,channel", vol, 1, 0, 0, b.p);
		buf_reset(&b);
		buf_printf(&b, "time to resolution by %s, %s", dcat !=
		    RULE_NONE ? "category" : "channel", label);
		pl[npl].name = "resolution";
		pl[npl++].t = by_key(&pv, dcat != RULE_NONE ? "category" :
		    "channel", box, 5, 2, 0, b.p);
		if (have_churn) {
			struct groups gk;

			pl[npl].name = "churn";
			pl[npl++].t = churn_outcome_view(&v, 1);
			if (vop->customers != NULL) {
				pl[npl].name = "recovery";
				pl[npl++].t = service_recovery_view(&v,
				    v.churn_after);
			}
			group_init(&gk, rs, g.tz, unit);
			if (dcat != RULE_NONE)
				group_parse(&gk, "category");
			pl[npl].name = "survival";
			pl[npl++].t = churn_survival_view(&v, &gk);
			group_fini(&gk);
		}
		buf_reset(&b);
		buf_printf(&b, "agents' escalation and reopen rates, %s",
		    label);
		pl[npl].name = "agents";
		pl[npl++].t = by_key(&pv, "agent", ag, 2, 0, vop->top, b.p);
		if ((tabs[nt] = write_plots(ro.plots, pl, npl,
		    g.fmt == &out_md_emitter)) == NULL) {
			rc = EXIT_DATA;
			goto out;
		}
		nt++;
	}
	rc = opts_write(&g, tabs, nt);
out:
	for (size_t i = 0; i < sizeof(tabs) / sizeof(tabs[0]); i++)
		table_free(tabs[i]);
	for (size_t i = 0; i < npl; i++)
		table_free(pl[i].t);
	free(w);
	load_free(&ld);
	rules_free(rs);
	buf_fini(&b);
	opts_fini(&g);
	return rc;
}
