/* opts.c: options shared by commands, and where output goes.
 *
 * Every command accepts the shared options (-d -f -o --col --na --rejects
 * --skip-bad --strict --time-format --tz, and -h) through OPTS_SHORT and
 * OPTS_LONG in its own getopt_long table and hands each option it does not
 * know to opts_common.  Output goes to standard output, or with -o FILE to
 * a temporary file beside FILE that opts_out_close renames into place only
 * when everything succeeded, so a failed run never leaves a half file that
 * looks complete.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "afile.h"
#include "input.h"
#include "opts.h"
#include "rules.h"
#include "util.h"

/* A size such as 1000, 64K, 256M or 2G (binary units), 1 byte to 64G. */
static int
parse_bytes(const char *arg, unsigned long *out, struct gerr *e)
{
	char *end;
	unsigned long long v;
	int shift = 0;

	errno = 0;
	v = strtoull(arg, &end, 10);
	if (end != arg && (*end == 'K' || *end == 'k'))
		shift = 10, end++;
	else if (end != arg && (*end == 'M' || *end == 'm'))
		shift = 20, end++;
	else if (end != arg && (*end == 'G' || *end == 'g'))
		shift = 30, end++;
	if (end == arg || *end != '\0' || errno != 0 || arg[0] == '-' ||
	    v == 0 || v > (64ULL << 30) >> shift) {
		gerr_set(e, EXIT_USAGE, "bad --max-field-size '%s'", arg);
		gerr_hint(e, "give bytes, or a number with K, M or G, as in "
		    "64M (at most 64G)");
		return -1;
	}
	*out = (unsigned long)(v << shift);
	return 0;
}

/* opts_init: defaults: table output, comma, UTC.  Cannot fail. */
void
opts_init(struct gopts *g)
{
	memset(g, 0, sizeof(*g));
	g->fmt = out_lookup("table");
	g->progress = -1;
	g->max_field = (unsigned long)256 << 20;
	g->max_columns = 100000;
}

/* opts_fini: free what parsing built; an output file not closed is
 * removed.  Accepts NULL. */
void
opts_fini(struct gopts *g)
{
	if (g == NULL)
		return;
	for (size_t i = 0; i < g->ncols; i++)
		free(g->cols[i].header);
	free(g->cols);
	free(g->na);
	free(g->rulefiles);
	free(g->where);
	tz_free(g->tz);
	afile_abort(&g->ofile);
}

static int
parse_delim(const char *arg, int *out, struct gerr *e)
{
	if (strcmp(arg, "\\t") == 0 || strcmp(arg, "tab") == 0 ||
	    strcmp(arg, "\t") == 0) {
		*out = '\t';
		return 0;
	}
	if (strlen(arg) != 1 || arg[0] == '"' || arg[0] == '\n' ||
	    arg[0] == '\r') {
		gerr_set(e, EXIT_USAGE, "bad delimiter '%s': give one "
		    "character, or '\\t' for tab", arg);
		return -1;
	}
	*out = (unsigned char)arg[0];
	return 0;
}

/* --size WxH: two whole numbers 10..20000.  Returns 0 or -1. */
static int
parse_size(const char *arg, unsigned *w, unsigned *h)
{
	unsigned long v[2];
	const char *p = arg;

	for (int i = 0; i < 2; i++) {
		char *end;

		if (*p < '0' || *p > '9')
			return -1;
		errno = 0;
		v[i] = strtoul(p, &end, 10);
		if (errno != 0 || v[i] < 10 || v[i] > 20000)
			return -1;
		p = end;
		if (i == 0 && *p++ != 'x')
			return -1;
	}
	if (*p != '\0')
		return -1;
	*w = (unsigned)v[0];
	*h = (unsigned)v[1];
	return 0;
}

/* --time-format [ROLE=]FMT: for one time role, or for all of them. */
static int
time_format(struct gopts *g, const char *arg, struct gerr *e)
{
	const char *eq = strchr(arg, '=');
	int r = eq != NULL ? role_lookup(arg, (size_t)(eq - arg)) : -1;

	if (r >= 0 && !role_is_time((enum role)r)) {
		gerr_set(e, EXIT_USAGE, "bad --time-format '%s': %s is not a "
		    "time role", arg, role_name((enum role)r));
		gerr_hint(e, "the time roles are time, opened, closed and "
		    "churn_date");
		return -1;
	}
	if (r < 0) {
		if (tfmt_compile(&g->tfmt_all, arg, e) == -1)
			return -1;
		g->have_tfmt_all = 1;
		return 1;
	}
	for (int tr = 0; tr < TR_COUNT; tr++)
		if (time_role_of(tr) == (enum role)r) {
			if (tfmt_compile(&g->tfmt[tr], eq + 1, e) == -1)
				return -1;
			g->have_tfmt[tr] = 1;
		}
	return 1;
}

/*
 * opts_common: apply shared option ch with argument arg.  Returns 1 when
 * it was a shared option, 0 when it is not one (the command handles it or
 * reports it), -1 with a usage error in e for a bad argument.
 */
int
opts_common(struct gopts *g, int ch, const char *arg, struct gerr *e)
{
	switch (ch) {
	case 'd':
		return parse_delim(arg, &g->delim, e) == -1 ? -1 : 1;
	case 'f':
		g->fmt_given = 1;
		g->fmt = out_lookup(arg);
		if (g->fmt == NULL) {
			gerr_set(e, EXIT_USAGE, "unknown format '%s'", arg);
			gerr_hint(e, "formats are %s", out_names());
			return -1;
		}
		return 1;
	case 'h':
		g->help = 1;
		return 1;
	case 'o':
		g->output = arg;
		return 1;
	case OPT_COL:
		g->cols = xreallocarray(g->cols, g->ncols + 1,
		    sizeof(*g->cols));
		if (roles_parse_col(arg, &g->cols[g->ncols], e) == -1)
			return -1;
		g->ncols++;
		return 1;
	case OPT_NA:
		g->na = xreallocarray(g->na, g->nna + 1, sizeof(*g->na));
		g->na[g->nna++] = (char *)arg;
		return 1;
	case OPT_REJECTS:
		g->rejects = arg;
		g->skip_bad = 1;
		return 1;
	case OPT_SKIP_BAD:
		g->skip_bad = 1;
		return 1;
	case OPT_STRICT:
		g->strict = 1;
		return 1;
	case OPT_TIME_FORMAT:
		return time_format(g, arg, e);
	case 'r':
		g->rulefiles = xreallocarray(g->rulefiles, g->nrulefiles + 1,
		    sizeof(*g->rulefiles));
		g->rulefiles[g->nrulefiles++] = (char *)arg;
		return 1;
	case OPT_MATCH_LIMIT:
		return opts_parse_uint("--match-limit", arg, 1, UINT32_MAX,
		    &g->match_limit, e) == -1 ? -1 : 1;
	case OPT_OUTBOUND:
		g->outbound = arg;
		return 1;
	case OPT_WHERE:
		g->where = xreallocarray(g->where, g->nwhere + 1,
		    sizeof(*g->where));
		g->where[g->nwhere++] = (char *)arg;
		return 1;
	case OPT_TERMINAL:
		if (strcmp(arg, "pngcairo") != 0 && strcmp(arg, "png") != 0 &&
		    strcmp(arg, "svg") != 0 && strcmp(arg, "pdfcairo") != 0 &&
		    strcmp(arg, "dumb") != 0) {
			gerr_set(e, EXIT_USAGE, "unknown terminal '%s'", arg);
			gerr_hint(e, "terminals are pngcairo, png, svg, "
			    "pdfcairo and dumb");
			return -1;
		}
		g->terminal = arg;
		g->chart_opt = "--terminal";
		return 1;
	case OPT_SIZE:
		if (parse_size(arg, &g->width, &g->height) == -1) {
			gerr_set(e, EXIT_USAGE, "bad --size '%s'", arg);
			gerr_hint(e, "write width x height, as in 800x500 "
			    "(each 10 to 20000)");
			return -1;
		}
		g->chart_opt = "--size";
		return 1;
	case OPT_IMAGE:
		if (*arg == '\0') {
			gerr_set(e, EXIT_USAGE, "--image needs a file name");
			return -1;
		}
		g->image = arg;
		g->chart_opt = "--image";
		return 1;
	case OPT_NO_PREFILTER:
		g->no_prefilter = 1;
		return 1;
	case 'j':
		return opts_parse_uint("-j", arg, 1, 64, &g->jobs, e) == -1 ?
		    -1 : 1;
	case OPT_MAX_COLUMNS:
		return opts_parse_uint("--max-columns", arg, 1, 100000000,
		    &g->max_columns, e) == -1 ? -1 : 1;
	case OPT_MAX_FIELD:
		return parse_bytes(arg, &g->max_field, e) == -1 ? -1 : 1;
	case OPT_PROGRESS:
	case OPT_NO_PROGRESS:
		g->progress = ch == OPT_PROGRESS;
		return 1;
	case OPT_TZ:
		tz_free(g->tz);
		g->tz = tz_load(arg, e);
		return g->tz == NULL ? -1 : 1;
	default:
		return 0;
	}
}

/* opts_files: take the operands left after option parsing as input
 * files.  Returns 0.  Cannot fail. */
int
opts_files(struct gopts *g, int argc, char **argv, struct gerr *e)
{
	(void)e;
	g->files = argv + optind;
	g->nfiles = (size_t)(argc - optind);
	return 0;
}

/* opts_reader: reader options from the shared options.  Cannot fail. */
void
opts_reader(const struct gopts *g, struct reader_opts *ro)
{
	memset(ro, 0, sizeof(*ro));
	ro->files = g->files;
	ro->nfiles = g->nfiles;
	ro->delim = g->delim;
	ro->strict = g->strict;
	ro->skip_bad = g->skip_bad;
	ro->rejects = g->rejects;
	ro->cols = g->cols;
	ro->ncols = g->ncols;
	ro->na = g->na;
	ro->nna = g->nna;
	ro->tz = g->tz;
	ro->max_field = g->max_field;
	ro->max_fields = g->max_columns;
	ro->progress = g->progress >= 0 ? g->progress :
	    isatty(STDERR_FILENO);
	for (int tr = 0; tr < TR_COUNT; tr++)
		ro->tfmt[tr] = g->have_tfmt[tr] ? &g->tfmt[tr] :
		    g->have_tfmt_all ? &g->tfmt_all : NULL;
}

/*
 * opts_usage: print the command's usage; for --help (status 0) with the
 * option list to stdout, for a usage error (status 2) the synopsis to
 * stderr.  Returns status.
 */
int
opts_usage(const struct cmd_usage *u, int status)
{
	FILE *f = status == EXIT_OK ? stdout : stderr;

	fprintf(f, "usage: gripe %s %s\n", u->name, u->synopsis);
	if (status == EXIT_OK && u->options != NULL)
		fputs(u->options, f);
	return status;
}

/*
 * opts_parse_uint: parse a whole decimal number for option name within
 * [min, max].  Returns 0, or -1 with a usage error naming the option.
 */
int
opts_parse_uint(const char *name, const char *arg, unsigned long min,
    unsigned long max, unsigned long *out, struct gerr *e)
{
	char *end;
	unsigned long v;

	errno = 0;
	if (arg[0] < '0' || arg[0] > '9') {
		gerr_set(e, EXIT_USAGE, "%s '%s': not a number", name, arg);
		return -1;
	}
	v = strtoul(arg, &end, 10);
	if (*end != '\0') {
		gerr_set(e, EXIT_USAGE, "%s '%s': not a number", name, arg);
		return -1;
	}
	if (errno == ERANGE || v < min || v > max) {
		gerr_set(e, EXIT_USAGE, "%s '%s': out of range %lu..%lu",
		    name, arg, min, max);
		return -1;
	}
	*out = v;
	return 0;
}

/* opts_out_open: open the output: stdout, or -o FILE through afile.
 * Returns 0, or -1 with e set. */
int
opts_out_open(struct gopts *g, struct gerr *e)
{
	g->werr = 0;
	if (g->output == NULL || strcmp(g->output, "-") == 0) {
		g->out = stdout;
		return 0;
	}
	if (afile_open(&g->ofile, g->output, e) == -1)
		return -1;
	g->out = g->ofile.f;
	return 0;
}

/*
 * opts_out_close: finish the output.  With ok set, flush it and (for -o)
 * put the file in place; otherwise (or on any error) remove it.  Returns
 * 0; 1 when output went to a closed pipe (the caller ends quietly); -1
 * with e set on a write error.
 */
int
opts_out_close(struct gopts *g, int ok, struct gerr *e)
{
	int failed, err;

	if (g->out == NULL)
		return 0;
	if (g->out != stdout) {
		g->out = NULL;
		if (!ok) {
			afile_abort(&g->ofile);
			return 0;
		}
		return afile_commit(&g->ofile, g->werr, e);
	}
	g->out = NULL;
	errno = 0;
	failed = fflush(stdout) != 0 || ferror(stdout);
	err = g->werr != 0 ? g->werr : errno;
	if (!failed)
		return 0;
	if (err == EPIPE)
		return 1;
	gerr_set(e, EXIT_DATA, "write error: %s", strerror(err ? err : EIO));
	return -1;
}

/* opts_report_skips: under --skip-bad, one line on stderr that accounts
 * for the rejected records, when there were any. */
void
opts_report_skips(const struct reader *r)
{
	unsigned long total = 0, n;
	struct buf b;
	int first = 1;

	for (int i = 0; i < BAD_COUNT; i++)
		total += reader_nbad(r, i);
	if (total == 0)
		return;
	buf_init(&b);
	buf_printf(&b, "skipped %lu of %lu records (", total,
	    reader_nrecords(r));
	for (int i = 0; i < BAD_COUNT; i++) {
		n = reader_nbad(r, i);
		if (n == 0)
			continue;
		buf_printf(&b, "%s%s %lu", first ? "" : ", ",
		    reader_bad_name(i), n);
		first = 0;
	}
	buf_addc(&b, ')');
	if (reader_rejects(r) != NULL)
		buf_printf(&b, "; see %s", reader_rejects(r));
	diag_err("%s", b.p);
	buf_fini(&b);
}

/*
 * opts_parse: parse a command's options: shared ones into g, others
 * through own(ctx, ch, optarg, e) (which returns 1 when it took the
 * option, -1 with e set for a bad argument; own may be NULL), then the
 * operands as files.  Returns -1 when the command should go on, else the
 * exit status to return at once (after --help, or a usage error, which it
 * reports).
 */
int
opts_parse(struct gopts *g, int argc, char **argv,
    const struct option *longopts, const char *shortopts,
    const struct cmd_usage *u, int (*own)(void *, int, const char *,
    struct gerr *), void *ctx)
{
	struct gerr e;
	int ch, st;

	gerr_clear(&e);
	opterr = 0;
	while ((ch = getopt_long(argc, argv, shortopts, longopts, NULL)) !=
	    -1) {
		if (ch == '?' || ch == ':') {
			const char *bad = argv[optind - 1];

			if (ch == ':')
				diag_err("option '%s' needs an argument", bad);
			else if (optopt != 0)
				diag_err("unknown option '-%c'", optopt);
			else
				diag_err("unknown option '%.*s'",
				    (int)strcspn(bad, "="), bad);
			return opts_usage(u, EXIT_USAGE);
		}
		st = opts_common(g, ch, optarg, &e);
		if (st == 0 && own != NULL)
			st = own(ctx, ch, optarg, &e);
		if (st == 1)
			continue;
		if (st == -1)
			return diag_gerr(&e);
		return opts_usage(u, EXIT_USAGE);
	}
	if (g->help)
		return opts_usage(u, EXIT_OK);
	if (g->chart_opt != NULL && g->fmt != &out_gnuplot_emitter) {
		diag_err("%s is for -f gnuplot", g->chart_opt);
		return opts_usage(u, EXIT_USAGE);
	}
	opts_files(g, argc, argv, &e);
	return -1;
}

/*
 * opts_write: write n tables in the chosen format to the output, then
 * close it.  Returns the exit status: EXIT_OK, also when the output was a
 * closed pipe (quietly), or EXIT_DATA after reporting a write error.
 */
int
opts_write(struct gopts *g, struct table *const *t, size_t n)
{
	struct emit_opts eo;
	struct gerr e;

	gerr_clear(&e);
	if (opts_out_open(g, &e) == -1)
		return diag_gerr(&e);
	memset(&eo, 0, sizeof(eo));
	eo.tz = g->tz;
	eo.terminal = g->terminal;
	eo.width = g->width;
	eo.height = g->height;
	eo.image = g->image;
	if (g->fmt == &out_gnuplot_emitter) {
		size_t i;

		for (i = 0; i < n && !out_gnuplot_drawable(t[i]); i++)
			;
		if (i == n) {
			diag_err("-f gnuplot: nothing to draw: no table with "
			    "numbers and rows");
			return EXIT_DATA;
		}
	}
	errno = 0;
	g->werr = 0;
	if (g->fmt->emit(g->out, t, n, &eo) == -1 && g->werr == 0)
		g->werr = errno;
	if (opts_out_close(g, 1, &e) == -1)
		return diag_gerr(&e);
	return EXIT_OK;
}

#define DEFAULT_OUTBOUND "(?i)^(out|outbound|agent|false|0|no)$"

/* Read a whole rules file into b.  Returns 0, or -1 after reporting. */
static int
slurp(const char *path, struct buf *b)
{
	struct gerr e;
	struct input *in = input_open(path, &e);
	char chunk[65536];
	ssize_t n;

	if (in == NULL) {
		diag_gerr(&e);
		return -1;
	}
	while ((n = input_read(in, chunk, sizeof(chunk), &e)) > 0)
		buf_add(b, chunk, (size_t)n);
	input_close(in);
	if (n < 0) {
		diag_gerr(&e);
		return -1;
	}
	return 0;
}

/*
 * opts_rules: the rules to use: the -r files in order, else the file
 * $GRIPE_RULES names, else the built-in default.  Every error of every
 * file is reported ("gripe: FILE:LINE:COL: message"); then NULL is
 * returned and the command exits with EXIT_USAGE.
 */
struct rule_set *
opts_rules(const struct gopts *g)
{
	struct rule_set *s = rules_new();
	struct buf errs, text;
	const char *env = getenv("GRIPE_RULES");
	int nerr = 0, bad = 0;

	buf_init(&errs);
	buf_init(&text);
	if (g->nrulefiles > 0 || (env != NULL && *env != '\0')) {
		size_t n = g->nrulefiles > 0 ? g->nrulefiles : 1;

		for (size_t i = 0; i < n && !bad; i++) {
			const char *path = g->nrulefiles > 0 ?
			    g->rulefiles[i] : env;

			buf_reset(&text);
			if (slurp(path, &text) == -1)
				bad = 1;
			else
				nerr += rules_add(s, path, buf_cstr(&text),
				    text.len, &errs);
		}
	} else
		nerr += rules_add(s, "(default rules)", rules_default,
		    rules_default_len, &errs);
	if (!bad)
		nerr += rules_finish(s, &errs);
	if (!bad && nerr == 0 && s->ndims == 0)
		diag_warn("the rules have no [section]: nothing is labelled");
	if (g->match_limit > 0)
		rules_set_limits(s, (uint32_t)g->match_limit,
		    (uint32_t)g->match_limit);
	if (nerr > 0) {
		const char *p = buf_cstr(&errs), *nl;

		while ((nl = strchr(p, '\n')) != NULL) {
			diag_err("%.*s", (int)(nl - p), p);
			p = nl + 1;
		}
	}
	buf_fini(&errs);
	buf_fini(&text);
	if (nerr > 0 || bad) {
		rules_free(s);
		return NULL;
	}
	rules_set_prefilter(s, !g->no_prefilter);
	return s;
}

/*
 * opts_where: resolve the --where DIM=LABEL options against the rules
 * ("DIM=" or "DIM=-" for rows with no label in DIM).  Returns 0 with a
 * heap array in *w (the caller frees it), or -1 after reporting a usage
 * error (an unknown dimension or label).
 */
int
opts_where(const struct gopts *g, const struct rule_set *s,
    struct where **w, size_t *nw)
{
	*w = xcalloc(g->nwhere ? g->nwhere : 1, sizeof(**w));
	*nw = 0;
	for (size_t i = 0; i < g->nwhere; i++) {
		const char *arg = g->where[i], *eq = strchr(arg, '=');
		const struct rule_dim *dm;
		size_t d, l;

		if (eq == NULL) {
			diag_err("bad --where '%s': expected DIMENSION=LABEL",
			    arg);
			goto fail;
		}
		d = rules_find_dim(s, arg, (size_t)(eq - arg));
		if (d == RULE_NONE) {
			struct buf b;

			buf_init(&b);
			for (size_t k = 0; k < s->ndims; k++)
				buf_printf(&b, "%s%s", k ? ", " : "",
				    s->dims[k].name);
			diag_err("bad --where '%s': no dimension '%.*s'", arg,
			    (int)(eq - arg), arg);
			diag_hint("the dimensions are %s", buf_cstr(&b));
			buf_fini(&b);
			goto fail;
		}
		dm = &s->dims[d];
		if (eq[1] == '\0' || strcmp(eq + 1, "-") == 0)
			l = RULE_NONE;
		else if ((l = rules_find_label(dm, eq + 1, strlen(eq + 1))) ==
		    RULE_NONE) {
			diag_err("bad --where '%s': no label '%s' in [%s]", arg,
			    eq + 1, dm->name);
			diag_hint("'gripe rules show' lists the labels");
			goto fail;
		}
		(*w)[*nw].dim = d;
		(*w)[(*nw)++].label = l;
	}
	return 0;
fail:
	free(*w);
	*w = NULL;
	return -1;
}

/*
 * opts_where_match: whether a row's labels pass the --where conditions:
 * conditions on the same dimension are alternatives, conditions on
 * different dimensions must all hold.  Cannot fail.
 */
int
opts_where_match(const struct rule_set *s, const struct rule_result *res,
    const struct where *w, size_t nw)
{
	for (size_t i = 0; i < nw; i++) {
		int any = 0;

		for (size_t j = 0; j < nw && !any; j++) {
			size_t d = w[j].dim, l = w[j].label;

			if (d != w[i].dim)
				continue;
			if (l == RULE_NONE)
				any = rules_is_empty(s, res, d);
			else
				any = rules_has_label(s, res, d, l);
		}
		if (!any)
			return 0;
	}
	return 1;
}

/* opts_outbound: the --outbound regex (or the default).  Returns NULL
 * after reporting a bad one. */
struct rx *
opts_outbound(const struct gopts *g)
{
	struct gerr e;
	struct rx *x = rx_new(g->outbound != NULL ? g->outbound :
	    DEFAULT_OUTBOUND, &e);

	if (x == NULL)
		diag_gerr(&e);
	return x;
}

/* opts_direction: 1 for an outbound row, 0 for inbound, -1 when the row
 * has no direction (no direction column, or an empty value). */
int
opts_direction(struct rx *x, const struct row *w)
{
	struct slice v = row_role(w, ROLE_DIRECTION);

	if (w->rc->col[ROLE_DIRECTION] < 0 || v.len == 0)
		return -1;
	return rx_match(x, v.p, v.len) ? 1 : 0;
}

/* opts_report_limits: one warning per rule whose match limit was hit,
 * naming the rule and the number of rows; such rows did not match it.
 * Also any match that failed for another reason. */
void
opts_report_limits(const struct rule_set *s)
{
	if (s->errors > 0)
		diag_warn("%lu matches failed with an unexpected PCRE2 error "
		    "and counted as no match", s->errors);
	for (size_t i = 0; i < s->nrules; i++)
		if (s->rules[i].limits > 0)
			diag_warn("%s:%lu: the match limit was hit in %lu "
			    "row%s; those rows did not match the rule",
			    s->rules[i].file, s->rules[i].line,
			    s->rules[i].limits, s->rules[i].limits == 1 ?
			    "" : "s");
}

/* opts_fields: the row's fields with the missing ones (blank, or a --na
 * marker) made empty, so rules never match them; *buf (grown as needed,
 * *cap slots) holds the copy.  Cannot fail. */
const struct slice *
opts_fields(const struct row *w, struct slice **buf, size_t *cap)
{
	if (w->nfields > *cap) {
		*cap = w->nfields;
		*buf = xreallocarray(*buf, *cap, sizeof(**buf));
	}
	for (size_t i = 0; i < w->nfields; i++)
		(*buf)[i] = row_value(w, (int)i);
	return *buf;
}

/* opts_warn_lines: each line of w as a warning. */
void
opts_warn_lines(const struct buf *w)
{
	const char *p = buf_cstr(w), *nl;

	while ((nl = strchr(p, '\n')) != NULL) {
		diag_warn("%.*s", (int)(nl - p), p);
		p = nl + 1;
	}
}

/*
 * opts_parse_duration: a duration for option name: one or more of a
 * number and a unit, s m h d w ("48h", "3d", "1d12h", "90m").  Returns 0
 * with the seconds in *out, or -1 with a usage error.
 */
int
opts_parse_duration(const char *name, const char *arg, int64_t *out,
    struct gerr *e)
{
	const char *p = arg;
	int64_t total = 0;

	if (*p == '\0')
		goto bad;
	while (*p != '\0') {
		int64_t n = 0, unit;

		if (*p < '0' || *p > '9')
			goto bad;
		while (*p >= '0' && *p <= '9') {
			if (n > INT64_MAX / 10 - 10)
				goto bad;
			n = n * 10 + (*p++ - '0');
		}
		switch (*p++) {
		case 's':
			unit = 1;
			break;
		case 'm':
			unit = 60;
			break;
		case 'h':
			unit = 3600;
			break;
		case 'd':
			unit = 86400;
			break;
		case 'w':
			unit = 7 * 86400;
			break;
		default:
			goto bad;
		}
		if (n > (INT64_MAX - total) / unit)
			goto bad;
		total += n * unit;
	}
	*out = total;
	return 0;
bad:
	gerr_set(e, EXIT_USAGE, "%s '%s': not a duration", name, arg);
	gerr_hint(e, "write a number and a unit (s, m, h, d, w), as in 48h, "
	    "3d or 1d12h");
	return -1;
}

/*
 * opts_parse_time: a point in time for option name, in any format gripe
 * detects (ISO 8601 is the plain choice), naive times read in --tz.
 * Returns 0, or -1 with a usage error.
 */
int
opts_parse_time(const struct gopts *g, const char *name, const char *arg,
    int64_t *out, struct gerr *e)
{
	struct tfmt f;
	size_t len = strlen(arg), np;

	if (tfmt_detect(&arg, &len, 1, 1, &f, &np) != TDETECT_OK ||
	    time_parse(&f, g->tz, arg, len, out) == -1) {
		gerr_set(e, EXIT_USAGE, "%s '%s': not a time", name, arg);
		gerr_hint(e, "write it as 2026-11-23 or 2026-11-23T08:00 "
		    "(day and month must not be in doubt)");
		return -1;
	}
	return 0;
}
