/* cmd_classify.c: gripe classify: CSV in, CSV out, with labels.
 *
 * Every record is written back with every input column unchanged (the
 * field bytes exactly; quoting is redone only where CSV needs it) and one
 * more column per dimension of the rules: the label (mode=first), the
 * labels joined by ';' (mode=all), or empty when the row is not in the
 * dimension's rows=.  A dimension column takes the dimension's name, or
 * "gripe_NAME" when the input already has a column of that name.  With
 * --explain each dimension also gets a NAME_rule column naming the rules
 * file line of each label, or "fallback".  Streaming: nothing is kept
 * between rows, so memory does not grow with the input.  Several files
 * are written under the first file's header, their columns matched by
 * name (a column the first file lacks is left out, with a warning).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "cpipe.h"
#include "opts.h"
#include "rules.h"
#include "util.h"

static const struct cmd_usage classify_usage = {
	"classify",
	"[-h] [-d delim] [-f csv|tsv] [-j jobs] [-o file]\n"
	"    [-r rules] [--col role=header] [--explain] [--match-limit n]\n"
	"    [--na value] [--outbound regex] [--rejects file] [--skip-bad]\n"
	"    [--strict] [--where dim=label] [file ...]",
	"\n"
	OPTS_HELP_FORMAT
	OPTS_HELP_JOBS
	"  -r, --rules FILE       rules file (repeatable; default: $GRIPE_RULES\n"
	"                         or the built-in rules)\n"
	"      --explain          add NAME_rule columns: the deciding rule\n"
	"      --match-limit N    PCRE2 match limit per row and rule\n"
	"      --no-prefilter     run every rule on every text (same labels)\n"
	"      --outbound REGEX   direction values that mean outbound\n"
	"      --rejects FILE     write bad records to FILE (implies "
	"--skip-bad)\n"
	"      --skip-bad         count bad records and go on\n"
	"      --strict           a stray quote is an error\n"
	"      --where DIM=LABEL  keep only rows with that label "
	"(repeatable)\n"
};

enum { OPT_EXPLAIN = OPT_CMD };

struct classify {
	int	 explain;
};

static int
own_option(void *ctx, int ch, const char *arg, struct gerr *e)
{
	struct classify *c = ctx;

	(void)arg;
	(void)e;
	if (ch != OPT_EXPLAIN)
		return 0;
	c->explain = 1;
	return 1;
}

/* Append one field of the output, CSV or TSV, to line. */
static void
put_field(struct buf *line, int tsv, const char *p, size_t n, int alone)
{
	(tsv ? out_tsv_field : out_csv_field)(line, p, n, alone);
}

/* The output header: the first file's columns, then the dimensions. */
static void
put_header(FILE *f, int tsv, const struct slice *hdr, size_t nhdr,
    const struct rule_set *s, int explain, struct buf *b)
{
	struct buf x, y, line;
	size_t ncols = nhdr + s->ndims * (explain ? 2 : 1), k = 0;

	buf_init(&x);
	buf_init(&y);
	buf_init(&line);
	for (size_t i = 0; i < nhdr; i++, k++) {
		if (k > 0)
			buf_addc(&line, tsv ? '\t' : ',');
		put_field(&line, tsv, hdr[i].p, hdr[i].len, ncols == 1);
	}
	for (size_t d = 0; d < s->ndims; d++) {
		int clash = 0;

		roles_normalize(slice_str(s->dims[d].name), &x);
		for (size_t i = 0; i < nhdr && !clash; i++) {
			roles_normalize(hdr[i], &y);
			clash = strcmp(buf_cstr(&x), buf_cstr(&y)) == 0;
		}
		buf_reset(b);
		buf_printf(b, "%s%s", clash ? "gripe_" : "", s->dims[d].name);
		if (k++ > 0)
			buf_addc(&line, tsv ? '\t' : ',');
		put_field(&line, tsv, b->p, b->len, ncols == 1);
		if (explain) {
			buf_addstr(b, "_rule");
			buf_addc(&line, tsv ? '\t' : ',');
			put_field(&line, tsv, b->p, b->len, 0);
		}
	}
	buf_addc(&line, '\n');
	fwrite(line.p, 1, line.len, f);
	buf_fini(&x);
	buf_fini(&y);
	buf_fini(&line);
}

/* What the sink of the classifying pipe writes each row with. */
struct csink {
	FILE			*out;
	int			 tsv;
	int			 explain;
	struct rule_set		*rs;
	const struct where	*w;
	size_t			 nw;
	const size_t		*map;		/* per first-file column */
	size_t			 nfirst;
	struct buf		 b;
	struct buf		 line;		/* rows not yet written */
	int			*werr;		/* the first write error */
};

#define OUT_CHUNK	(64 * 1024)

/* Write the lines gathered; -1 once the output is broken. */
static int
flush_rows(struct csink *k)
{
	errno = 0;
	fwrite(k->line.p, 1, k->line.len, k->out);
	buf_reset(&k->line);
	if (!ferror(k->out))
		return 0;
	if (*k->werr == 0)	/* for opts_out_close: EPIPE ends quietly */
		*k->werr = errno ? errno : EIO;
	return -1;
}

/* Write one classified row (unless --where leaves it out); -1 once the
 * output is broken (a closed pipe: stop reading). */
static int
put_row(void *ctx, const struct row *row, const struct rule_result *res,
    int dir)
{
	struct csink *k = ctx;
	struct rule_set *rs = k->rs;
	int sep = k->tsv ? '\t' : ',';

	(void)dir;
	if (k->nw > 0 && !opts_where_match(rs, res, k->w, k->nw))
		return 0;
	/* lines are gathered, then written some at once (flush_rows) */
	for (size_t i = 0; i < k->nfirst; i++) {
		if (i > 0)
			buf_addc(&k->line, sep);
		if (k->map[i] != (size_t)-1)
			put_field(&k->line, k->tsv, row->fields[k->map[i]].p,
			    row->fields[k->map[i]].len,
			    k->nfirst + rs->ndims == 1);
	}
	for (size_t d = 0; d < rs->ndims; d++) {
		if (k->nfirst > 0 || d > 0)
			buf_addc(&k->line, sep);
		rules_label_text(rs, res, d, &k->b);
		put_field(&k->line, k->tsv, buf_cstr(&k->b), k->b.len, 0);
		if (k->explain) {
			buf_addc(&k->line, sep);
			rules_explain_text(rs, res, d, &k->b);
			put_field(&k->line, k->tsv, buf_cstr(&k->b), k->b.len,
			    0);
		}
	}
	buf_addc(&k->line, '\n');
	if (k->line.len >= OUT_CHUNK)
		return flush_rows(k);
	return 0;
}

/* cmd_classify: gripe classify [options] [file ...]. */
int
cmd_classify(int argc, char **argv)
{
	static const struct option longopts[] = {
		OPTS_LONG,
		OPTS_LONG_RULES,
		OPTS_LONG_JOBS,
		{ "explain", no_argument, NULL, OPT_EXPLAIN },
		{ NULL, 0, NULL, 0 }
	};
	struct classify c = { 0 };
	struct gopts g;
	struct gerr e;
	struct reader_opts ro;
	struct reader *rd = NULL;
	struct rule_set *rs = NULL;
	struct rule_bind bind = { NULL, NULL, 0 };
	struct where *w = NULL;
	struct rx *outb = NULL;
	struct row row;
	struct buf b, warns;
	const struct slice *hdr;
	size_t nw = 0, nhdr, nfirst = 0, *map = NULL, curfile = (size_t)-1;
	struct cpipe *pipe = NULL;
	struct csink k;
	char **first = NULL;
	int st, rc, tsv;

	opts_init(&g);
	gerr_clear(&e);
	buf_init(&b);
	buf_init(&warns);
	memset(&k, 0, sizeof(k));
	buf_init(&k.b);
	buf_init(&k.line);
	rc = opts_parse(&g, argc, argv, longopts, OPTS_SHORT_JOBS,
	    &classify_usage, own_option, &c);
	if (rc != -1)
		goto out;
	rc = EXIT_USAGE;
	tsv = strcmp(g.fmt->name, "tsv") == 0;
	if (g.fmt_given && !tsv && strcmp(g.fmt->name, "csv") != 0) {
		diag_err("classify writes csv or tsv, not %s", g.fmt->name);
		goto out;
	}
	if ((rs = opts_rules(&g)) == NULL ||
	    opts_where(&g, rs, &w, &nw) == -1 ||
	    (outb = opts_outbound(&g)) == NULL)
		goto out;
	opts_reader(&g, &ro);
	rc = EXIT_DATA;
	rd = reader_new(&ro, &e);
	if (rd == NULL) {
		rc = diag_gerr(&e);
		goto out;
	}
	if (opts_out_open(&g, &e) == -1) {
		rc = diag_gerr(&e);
		goto out;
	}
	k.out = g.out;
	k.werr = &g.werr;
	k.tsv = tsv;
	k.explain = c.explain;
	k.rs = rs;
	k.w = w;
	k.nw = nw;
	pipe = cpipe_new(rs, g.jobs > 0 ? (unsigned)g.jobs :
	    cpipe_default_jobs(), put_row, &k);
	while ((st = reader_next(rd, &row, &e)) == 1) {
		if (row.fileno != curfile) {
			if (cpipe_drain(pipe) == -1)
				break;	/* a closed pipe */
			hdr = reader_header(rd, &nhdr);
			if (first == NULL) {
				nfirst = nhdr;
				first = xcalloc(nhdr ? nhdr : 1,
				    sizeof(*first));
				for (size_t i = 0; i < nhdr; i++)
					first[i] = xmemdup(hdr[i].p,
					    hdr[i].len);
				put_header(g.out, tsv, hdr, nhdr, rs,
				    c.explain, &b);
				if (row.rc->ntext == 0 &&
				    rules_use_text(rs))
					diag_warn("%s: no text column: rules "
					    "without field= match nothing; map "
					    "one with --col text=HEADER",
					    row.file);
			}
			free(map);
			map = xcalloc(nfirst ? nfirst : 1, sizeof(*map));
			k.map = map;
			k.nfirst = nfirst;
			for (size_t i = 0; i < nfirst; i++) {
				map[i] = (size_t)-1;
				for (size_t j = 0; j < nhdr; j++)
					if (slice_eq(hdr[j], first[i])) {
						map[i] = j;
						break;
					}
			}
			for (size_t j = 0; j < nhdr && row.fileno > 0; j++) {
				size_t i;

				for (i = 0; i < nfirst; i++)
					if (map[i] == j)
						break;
				if (i == nfirst)
					diag_warn("%s: column '%.*s' is not in "
					    "the first file's header; left out",
					    row.file, (int)hdr[j].len,
					    hdr[j].p);
			}
			rules_bind_fini(&bind);
			buf_reset(&warns);
			rules_bind(rs, hdr, nhdr, row.rc, row.file, &bind,
			    &warns);
			opts_warn_lines(&warns);
			curfile = row.fileno;
		}
		if (cpipe_push(pipe, &row, &bind, opts_direction(outb,
		    &row)) == -1)
			break;		/* a closed pipe: stop reading */
	}
	cpipe_drain(pipe);
	cpipe_free(pipe);	/* the workers' counts go to rs */
	pipe = NULL;
	(void)flush_rows(&k);	/* a broken output: opts_out_close says */
	if (st == -1 || reader_finish(rd, &e) == -1) {
		opts_out_close(&g, 0, &e);
		rc = diag_gerr(&e);
		goto out;
	}
	if (first == NULL) {
		/* no record: still a header, when there was one */
		hdr = reader_header(rd, &nhdr);
		if (nhdr > 0)
			put_header(g.out, tsv, hdr, nhdr, rs, c.explain, &b);
	}
	opts_report_limits(rs);
	opts_report_skips(rd);
	st = opts_out_close(&g, 1, &e);
	rc = st == -1 ? diag_gerr(&e) : EXIT_OK;
out:
	cpipe_free(pipe);
	buf_fini(&k.b);
	buf_fini(&k.line);
	if (first != NULL)
		for (size_t i = 0; i < nfirst; i++)
			free(first[i]);
	free(first);
	free(map);
	free(w);
	rx_free(outb);
	rules_bind_fini(&bind);
	rules_free(rs);
	reader_free(rd);
	buf_fini(&b);
	buf_fini(&warns);
	opts_fini(&g);
	return rc;
}
