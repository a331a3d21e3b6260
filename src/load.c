/* load.c: read a log into the aggregate state: rows, labels, cases.
 *
 * The views on cases (metrics, trend) share this one pass: every row of
 * the input is classified by the rules and folded into the case records of
 * agg.c; bad records are handled by the reader's policy, match-limit hits
 * and skipped records are reported once at the end.  --where is not
 * applied here: views keep cases by their case labels.
 */
#include <stdlib.h>
#include <string.h>

#include "cpipe.h"
#include "load.h"
#include "state.h"
#include "util.h"

#define DEFAULT_RESOLVED	"(?i)^(resolved|closed|solved|done|completed)$"
#define DEFAULT_ESCALATED	"(?i)escalat"

/* The sink of the classifying pipe: fold the row into the state. */
static int
fold(void *ctx, const struct row *w, const struct rule_result *res, int dir)
{
	agg_add_row(ctx, w, res, dir);
	return 0;
}

/* Tell the state of a row to come. */
static void
ahead(void *ctx, const struct row *w)
{
	agg_prefetch(ctx, w);
}

/* Read a --customers table or an --activity log into the state: its
 * roles are detected from its own header (--col is for the log).
 * Returns -1 when all went well, else the exit status after reporting. */
static int
load_side(struct gopts *g, const char *path, int activity, struct agg *a)
{
	struct reader_opts ro;
	struct reader *rd;
	struct row row;
	struct gerr e;
	char *files[1];
	int st, rc = -1;

	files[0] = (char *)path;
	memset(&ro, 0, sizeof(ro));
	ro.files = files;
	ro.nfiles = 1;
	ro.strict = g->strict;
	ro.skip_bad = g->skip_bad;
	ro.na = g->na;
	ro.nna = g->nna;
	ro.tz = g->tz;
	ro.max_field = g->max_field;
	ro.max_fields = g->max_columns;
	ro.decode_times = 1;
	ro.need_time = activity;
	rd = reader_new(&ro, &e);
	if (rd == NULL)
		return diag_gerr(&e);
	while ((st = reader_next(rd, &row, &e)) == 1) {
		if (row.rc->col[ROLE_CUSTOMER] < 0) {
			gerr_at(&e, EXIT_DATA, row.file, 1, "no customer column "
			    "in this %s", activity ? "activity log" :
			    "customer table");
			gerr_hint(&e, "its header needs a column such as "
			    "customer_id");
			st = -1;
			break;
		}
		if (activity)
			agg_add_activity(a, &row);
		else
			agg_add_customer(a, &row);
	}
	if (st == -1 || reader_finish(rd, &e) == -1)
		rc = diag_gerr(&e);
	else
		opts_report_skips(rd);
	reader_free(rd);
	return rc;
}

/*
 * load_state: read g's input into l (free it with load_free, also after a
 * failure).  Returns -1 when all went well, else the exit status after
 * reporting the error.
 */
int
load_state(struct gopts *g, struct rule_set *rs, const struct load_opts *lo,
    struct loaded *l)
{
	struct agg_opts ao;
	struct reader_opts ro;
	struct reader *rd = NULL;
	struct rule_bind bind = { NULL, NULL, 0 };
	struct cpipe *pipe = NULL;
	struct rx *outb = NULL;
	struct row row;
	struct gerr e;
	struct buf b, key;
	size_t curfile = (size_t)-1;
	int st, rc = -1, dir;

	memset(l, 0, sizeof(*l));
	buf_init(&b);
	buf_init(&key);
	if ((outb = opts_outbound(g)) == NULL)
		return EXIT_USAGE;
	if ((l->resolved = rx_new(lo->resolved != NULL ? lo->resolved :
	    DEFAULT_RESOLVED, &e)) == NULL || (l->escalated =
	    rx_new(lo->escalated != NULL ? lo->escalated : DEFAULT_ESCALATED,
	    &e)) == NULL) {
		rc = diag_gerr(&e);
		goto out;
	}
	memset(&ao, 0, sizeof(ao));
	ao.rules = rs;
	ao.resolved = l->resolved;
	ao.escalated = l->escalated;
	ao.repeat_window = lo->repeat_window;
	ao.esc_dim = rules_find_dim(rs, "signal", 6);
	ao.esc_label = ao.esc_dim == RULE_NONE ? RULE_NONE :
	    rules_find_label(&rs->dims[ao.esc_dim], "escalation_request", 18);
	if (ao.esc_label == RULE_NONE)
		ao.esc_dim = RULE_NONE;
	l->have_esc = ao.esc_dim != RULE_NONE;
	if (lo->state != NULL || lo->save_state != NULL)
		state_key(g, rs, lo, &key);
	if (lo->state != NULL) {
		l->a = state_load(lo->state, &ao, buf_cstr(&key), NULL, NULL,
		    &e);
		if (l->a == NULL) {
			rc = diag_gerr(&e);
			goto out;
		}
		if (g->nfiles == 0)
			goto side;	/* the state alone */
	} else
		l->a = agg_new(&ao);
	pipe = cpipe_new(rs, g->jobs > 0 ? (unsigned)g->jobs :
	    cpipe_default_jobs(), fold, l->a);
	cpipe_set_prefetch(pipe, ahead);
	opts_reader(g, &ro);
	ro.decode_times = 1;
	ro.need_time = 1;
	rd = reader_new(&ro, &e);
	if (rd == NULL) {
		rc = diag_gerr(&e);
		goto out;
	}
	while ((st = reader_next(rd, &row, &e)) == 1) {
		if (row.fileno != curfile) {
			size_t nhdr;
			const struct slice *hdr = reader_header(rd, &nhdr);

			cpipe_drain(pipe);	/* the rows bound before */
			rules_bind_fini(&bind);
			buf_reset(&b);
			rules_bind(rs, hdr, nhdr, row.rc, row.file, &bind, &b);
			opts_warn_lines(&b);
			curfile = row.fileno;
		}
		dir = opts_direction(outb, &row);
		cpipe_push(pipe, &row, &bind, dir);
	}
	cpipe_drain(pipe);
	cpipe_free(pipe);	/* the workers' counts go to rs */
	pipe = NULL;
	if (st == -1 || reader_finish(rd, &e) == -1) {
		rc = diag_gerr(&e);
		goto out;
	}
	opts_report_limits(rs);
	opts_report_skips(rd);
side:
	if (lo->customers != NULL &&
	    (rc = load_side(g, lo->customers, 0, l->a)) != -1)
		goto out;
	if (lo->activity != NULL) {
		for (size_t i = 0; i < g->nfiles; i++)
			if (strcmp(g->files[i], lo->activity) == 0)
				agg_set_activity_is_log(l->a);
		if ((rc = load_side(g, lo->activity, 1, l->a)) != -1)
			goto out;
	}
	if (lo->save_state != NULL && state_save(l->a, buf_cstr(&key),
	    lo->save_state, &e) == -1)
		rc = diag_gerr(&e);
out:
	cpipe_free(pipe);
	rx_free(outb);
	rules_bind_fini(&bind);
	reader_free(rd);
	buf_fini(&b);
	buf_fini(&key);
	return rc;
}

/* load_free: accepts a zeroed or failed one. */
void
load_free(struct loaded *l)
{
	agg_free(l->a);
	rx_free(l->resolved);
	rx_free(l->escalated);
	memset(l, 0, sizeof(*l));
}
