/* cmd_check: gripe check: does a log read cleanly, and what is in it.
 *
 * check reads the input exactly as every analysis command does: header and
 * roles, the format of each mapped time column, every record and every
 * mapped time.  By default the first bad record ends the run with exit
 * status 1 and FILE:LINE; with --skip-bad the run goes on and the table
 * accounts for every record: read = used + rejected, per file.  first and
 * last are the earliest and latest value of the time role among the used
 * rows.  Notes name the column of each role and the time formats in use.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "opts.h"
#include "table.h"
#include "util.h"

static const struct cmd_usage check_usage = {
	"check",
	"[-h] [-d delim] [-f format] [-o file] [--col role=header]\n"
	"    [--na value] [--rejects file] [--skip-bad] [--strict]\n"
	"    [--time-format fmt] [--tz zone] [file ...]",
	"\n"
	OPTS_HELP_FORMAT
	"      --rejects FILE     write bad records to FILE (implies "
	"--skip-bad)\n"
	"      --skip-bad         count bad records and go on\n"
	"      --strict           a stray quote is an error\n"
	OPTS_HELP_TIME
};

struct span {
	int64_t		 first;
	int64_t		 last;
	unsigned long	 used;
};

static void
add_file_row(struct table *t, const char *name, unsigned long nrec,
    unsigned long nbad, const struct span *s)
{
	size_t r = table_add_row(t);

	table_set_text(t, r, 0, name, strlen(name));
	table_set_int(t, r, 1, (int64_t)nrec);
	table_set_int(t, r, 2, (int64_t)s->used);
	table_set_int(t, r, 3, (int64_t)nbad);
	if (s->used > 0 && s->first != TIME_NONE) {
		table_set_int(t, r, 4, s->first);
		table_set_int(t, r, 5, s->last);
	}
}

static void
span_add(struct span *s, int64_t t)
{
	s->used++;
	if (t == TIME_NONE)
		return;
	if (s->first == TIME_NONE || t < s->first)
		s->first = t;
	if (s->last == TIME_NONE || t > s->last)
		s->last = t;
}

/* Notes: the column of each role, and the detected time formats. */
static void
role_notes(struct table *t, const struct rolemap *m, const struct tfmt
    *const *fmts)
{
	struct buf b;

	if (m == NULL)
		return;
	buf_init(&b);
	buf_addstr(&b, "roles:");
	for (int r = 0; r < ROLE_COUNT; r++) {
		if (r == ROLE_TEXT) {
			for (size_t i = 0; i < m->ntext; i++)
				buf_printf(&b, "%s text=%s", i ? "," : "",
				    m->text[i]);
			if (m->ntext > 0)
				buf_addc(&b, ';');
			continue;
		}
		if (m->name[r] != NULL)
			buf_printf(&b, " %s=%s;", role_name((enum role)r),
			    m->name[r]);
	}
	if (b.p[b.len - 1] == ';')
		b.p[--b.len] = '\0';
	table_add_note(t, b.p);
	for (int tr = 0; tr < TR_COUNT; tr++) {
		if (fmts[tr] == NULL)
			continue;
		buf_reset(&b);
		buf_printf(&b, "%s format: %s", role_name(time_role_of(tr)),
		    fmts[tr]->desc);
		table_add_note(t, b.p);
	}
	buf_fini(&b);
}

/* cmd_check: gripe check [options] [file ...]. */
int
cmd_check(int argc, char **argv)
{
	static const struct option longopts[] = {
		OPTS_LONG,
		OPTS_LONG_TIME,
		{ NULL, 0, NULL, 0 }
	};
	struct gopts g;
	struct gerr e;
	struct reader_opts ro;
	struct reader *rd = NULL;
	struct row w;
	struct table *t = NULL;
	struct span *spans = NULL, total;
	const struct tfmt *fmts[TR_COUNT] = { NULL };
	unsigned long nrec, nbad, trec = 0, tbad = 0;
	size_t nfiles;
	int st, rc;

	opts_init(&g);
	gerr_clear(&e);
	rc = opts_parse(&g, argc, argv, longopts, OPTS_SHORT, &check_usage,
	    NULL, NULL);
	if (rc != -1)
		goto out;
	opts_reader(&g, &ro);
	ro.decode_times = 1;
	ro.need_time = 1;
	rd = reader_new(&ro, &e);
	if (rd == NULL) {
		rc = diag_gerr(&e);
		goto out;
	}
	nfiles = reader_nfiles(rd);
	spans = xcalloc(nfiles, sizeof(*spans));
	for (size_t i = 0; i < nfiles; i++)
		spans[i].first = spans[i].last = TIME_NONE;
	while ((st = reader_next(rd, &w, &e)) == 1) {
		if (w.fileno == 0)
			for (int tr = 0; tr < TR_COUNT; tr++)
				if (fmts[tr] == NULL)
					fmts[tr] = reader_tfmt(rd, tr);
		span_add(&spans[w.fileno], w.t[TR_TIME]);
	}
	if (st == -1 || reader_finish(rd, &e) == -1) {
		rc = diag_gerr(&e);
		goto out;
	}

	t = table_new(NULL);
	table_add_col(t, "file", COL_TEXT);
	table_add_col(t, "records", COL_COUNT);
	table_add_col(t, "used", COL_COUNT);
	table_add_col(t, "rejected", COL_COUNT);
	table_add_col(t, "first", COL_TIME);
	table_add_col(t, "last", COL_TIME);
	total.first = total.last = TIME_NONE;
	total.used = 0;
	for (size_t i = 0; i < nfiles; i++) {
		const char *name = reader_file_name(rd, i);

		reader_file_counts(rd, i, &nrec, &nbad);
		add_file_row(t, strcmp(name, "-") == 0 ? "<stdin>" : name,
		    nrec, nbad, &spans[i]);
		trec += nrec;
		tbad += nbad;
		total.used += spans[i].used;
		if (spans[i].first != TIME_NONE) {
			span_add(&total, spans[i].first);
			span_add(&total, spans[i].last);
			total.used -= 2;
		}
	}
	if (nfiles > 1)
		add_file_row(t, "total", trec, tbad, &total);
	role_notes(t, reader_roles(rd), fmts);
	opts_report_skips(rd);
	rc = opts_write(&g, &t, 1);
out:
	table_free(t);
	free(spans);
	reader_free(rd);
	opts_fini(&g);
	return rc;
}
