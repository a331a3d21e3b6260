/* cmd_rules.c: gripe rules show | check: the rules, and whether they hold.
 *
 * "show" prints every rule of the effective rule set (the -r files, or
 * $GRIPE_RULES, or the built-in rules) with its dimension, label, kind,
 * pattern, flags, columns and source line.
 *
 * "check" compiles and lints the rules (duplicates, empty alternatives,
 * patterns that match the empty string: warnings on stderr), runs every
 * expect line (a failure names its FILE:LINE and makes the exit status 1),
 * and prints per dimension how many rules, labels and expectations there
 * are.  Given data it also evaluates every rule on every row on its own
 * (hits), counts the rows each rule decided, flags rules that never match
 * and rules that are shadowed (they match, but an earlier label of a
 * mode=first dimension always wins), gives the coverage of each dimension
 * (rows not on its fallback), and, when the data has a label column,
 * grades the --dim dimension against it: precision, recall, F1 and
 * support per label and a confusion matrix.  --label-map FILE maps the
 * data's labels to rule labels (a CSV of two columns: data label, rule
 * label); with a map, rows whose label it does not map are not graded.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "csvin.h"
#include "input.h"
#include "opts.h"
#include "rules.h"
#include "table.h"
#include "util.h"

static const struct cmd_usage rules_usage = {
	"rules",
	"show [-h] [-f format] [-o file] [-r rules]\n"
	"       gripe rules check [-h] [-d delim] [-f format] [-o file] "
	"[-r rules]\n"
	"    [--col role=header] [--dim name] [--label-map file] "
	"[--match-limit n]\n"
	"    [--na value] [--outbound regex] [--rejects file] [--skip-bad]\n"
	"    [--strict] [--where dim=label] [data ...]",
	"\n"
	OPTS_HELP_FORMAT
	"  -r, --rules FILE       rules file (repeatable; default: $GRIPE_RULES\n"
	"                         or the built-in rules)\n"
	"      --dim NAME         the dimension graded against the label column\n"
	"                         (default category)\n"
	"      --label-map FILE   CSV: data label, rule label\n"
	"      --match-limit N    PCRE2 match limit per row and rule\n"
	"      --no-prefilter     run every rule on every text (same labels)\n"
	"      --outbound REGEX   direction values that mean outbound\n"
	"      --rejects FILE     write bad records to FILE (implies "
	"--skip-bad)\n"
	"      --skip-bad         count bad records and go on\n"
	"      --strict           a stray quote is an error\n"
	"      --where DIM=LABEL  grade only rows with that label "
	"(repeatable)\n"
};

enum { OPT_DIM = OPT_CMD, OPT_LABEL_MAP };

struct rcheck {
	const char	*dim;
	int		 dim_given;
	const char	*label_map;
};

static int
own_option(void *ctx, int ch, const char *arg, struct gerr *e)
{
	struct rcheck *c = ctx;

	(void)e;
	if (ch == OPT_DIM) {
		c->dim = arg;
		c->dim_given = 1;
	}
	else if (ch == OPT_LABEL_MAP)
		c->label_map = arg;
	else
		return 0;
	return 1;
}

static void
set_str(struct table *t, size_t r, size_t c, const char *s)
{
	table_set_text(t, r, c, s, strlen(s));
}

static const char *
mode_name(enum rule_mode m)
{
	return m == MODE_FIRST ? "first" : "all";
}

static const char *
rows_name(enum rule_rows r)
{
	return r == ROWS_INBOUND ? "inbound" : r == ROWS_OUTBOUND ?
	    "outbound" : "all";
}

/* gripe rules show */
static int
show(struct gopts *g, struct rule_set *s)
{
	struct table *t = table_new(NULL);
	struct buf b;
	int rc;

	buf_init(&b);
	table_add_col(t, "dimension", COL_TEXT);
	table_add_col(t, "mode", COL_TEXT);
	table_add_col(t, "rows", COL_TEXT);
	table_add_col(t, "label", COL_TEXT);
	table_add_col(t, "kind", COL_TEXT);
	table_add_col(t, "pattern", COL_TEXT);
	table_add_col(t, "flags", COL_TEXT);
	table_add_col(t, "field", COL_TEXT);
	table_add_col(t, "source", COL_TEXT);
	for (size_t d = 0; d < s->ndims; d++) {
		const struct rule_dim *dm = &s->dims[d];
		size_t r;

		for (size_t i = 0; i < dm->nrules; i++) {
			const struct rule *ru = &s->rules[dm->rules[i]];

			r = table_add_row(t);
			set_str(t, r, 0, dm->name);
			set_str(t, r, 1, mode_name(dm->mode));
			set_str(t, r, 2, rows_name(dm->rows));
			set_str(t, r, 3, dm->labels[ru->label]);
			set_str(t, r, 4, ru->veto ? "veto" : "match");
			set_str(t, r, 5, ru->pattern);
			set_str(t, r, 6, ru->flags);
			buf_reset(&b);
			for (size_t k = 0; k < ru->nfields; k++)
				buf_printf(&b, "%s%s", k ? "," : "",
				    ru->fields[k]);
			table_set_text(t, r, 7, buf_cstr(&b), b.len);
			buf_reset(&b);
			buf_printf(&b, "%s:%lu", ru->file, ru->line);
			table_set_text(t, r, 8, b.p, b.len);
		}
		if (dm->fallback != RULE_NONE) {
			r = table_add_row(t);
			set_str(t, r, 0, dm->name);
			set_str(t, r, 1, mode_name(dm->mode));
			set_str(t, r, 2, rows_name(dm->rows));
			set_str(t, r, 3, dm->labels[dm->fallback]);
			set_str(t, r, 4, "fallback");
			buf_reset(&b);
			buf_printf(&b, "%s:%lu", dm->file, dm->line);
			table_set_text(t, r, 8, b.p, b.len);
		}
	}
	rc = opts_write(g, &t, 1);
	table_free(t);
	buf_fini(&b);
	return rc;
}

/* Warnings about rules that are legal but surely not meant. */
static void
lint(struct rule_set *s)
{
	for (size_t i = 0; i < s->nrules; i++) {
		const struct rule *r = &s->rules[i];
		const char *p = r->pattern;
		size_t n = strlen(p);
		int empty_alt = n > 0 && (p[0] == '|' || (p[n - 1] == '|' &&
		    (n < 2 || p[n - 2] != '\\')));

		for (size_t k = 0, cls = 0; k + 1 < n && !empty_alt; k++) {
			if (p[k] == '\\') {
				k++;
				continue;
			}
			if (cls) {		/* inside [...] */
				cls = p[k] != ']';
				continue;
			}
			if (p[k] == '[') {
				cls = 1;
				if (k + 1 < n && p[k + 1] == ']')
					k++;	/* []...] */
				continue;
			}
			if ((p[k] == '|' && p[k + 1] == '|') ||
			    (p[k] == '(' && p[k + 1] == '|') ||
			    (p[k] == '|' && p[k + 1] == ')'))
				empty_alt = 1;
		}
		if (empty_alt)
			diag_warn("%s:%lu: the pattern has an empty "
			    "alternative, which matches anywhere", r->file,
			    r->line);
		else if (rules_matches_empty(s, i))
			diag_warn("%s:%lu: the pattern matches the empty "
			    "string, so every row with text", r->file,
			    r->line);
		for (size_t j = 0; j < i; j++) {
			const struct rule *o = &s->rules[j];
			int same = o->dim == r->dim && o->label == r->label &&
			    o->veto == r->veto && o->nfields == r->nfields &&
			    strcmp(o->pattern, r->pattern) == 0 &&
			    strcmp(o->flags, r->flags) == 0;

			for (size_t k = 0; same && k < r->nfields; k++)
				same = strcmp(o->fields[k], r->fields[k]) == 0;
			if (same) {
				diag_warn("%s:%lu: the same rule as %s:%lu",
				    r->file, r->line, o->file, o->line);
				break;
			}
		}
	}
}

/* Run the expect lines; returns how many failed (each reported). */
static unsigned long
expectations(struct rule_set *s, unsigned long *per_dim_fail)
{
	struct rule_result res;
	struct buf got, why;
	unsigned long failed = 0;

	rules_result_init(s, &res);
	buf_init(&got);
	buf_init(&why);
	for (size_t i = 0; i < s->nexpects; i++) {
		const struct rule_expect *x = &s->expects[i];
		const struct rule_dim *dm = &s->dims[x->dim];
		int ok;

		rules_classify_text(s, x->text, strlen(x->text), &res);
		if (x->label == NULL)
			ok = rules_is_miss(s, &res, x->dim);
		else
			ok = rules_has_label(s, &res, x->dim,
			    rules_find_label(dm, x->label, strlen(x->label)));
		if (ok)
			continue;
		failed++;
		per_dim_fail[x->dim]++;
		rules_label_text(s, &res, x->dim, &got);
		rules_explain_text(s, &res, x->dim, &why);
		diag_at(x->file, x->line, "expect %s: got %s%s%s%s in [%s]",
		    x->label != NULL ? x->label : "-",
		    got.len ? got.p : "no label", why.len ? " (" : "",
		    buf_cstr(&why), why.len ? ")" : "", dm->name);
	}
	rules_result_fini(&res);
	buf_fini(&got);
	buf_fini(&why);
	return failed;
}

/* The per-dimension summary table. */
static struct table *
summary(const struct rule_set *s, const unsigned long *fail)
{
	struct table *t = table_new("rules");

	table_add_col(t, "dimension", COL_TEXT);
	table_add_col(t, "mode", COL_TEXT);
	table_add_col(t, "rows", COL_TEXT);
	table_add_col(t, "labels", COL_COUNT);
	table_add_col(t, "rules", COL_COUNT);
	table_add_col(t, "expects", COL_COUNT);
	table_add_col(t, "failed", COL_COUNT);
	for (size_t d = 0; d < s->ndims; d++) {
		const struct rule_dim *dm = &s->dims[d];
		size_t r = table_add_row(t), nx = 0;

		for (size_t i = 0; i < s->nexpects; i++)
			nx += s->expects[i].dim == d;
		set_str(t, r, 0, dm->name);
		set_str(t, r, 1, mode_name(dm->mode));
		set_str(t, r, 2, rows_name(dm->rows));
		table_set_int(t, r, 3, (int64_t)dm->nlabels);
		table_set_int(t, r, 4, (int64_t)dm->nrules);
		table_set_int(t, r, 5, (int64_t)nx);
		table_set_int(t, r, 6, (int64_t)fail[d]);
	}
	return t;
}

/* A --label-map: pairs of data label and rule label. */
struct lmap {
	char	**from;
	char	**to;
	size_t	  n;
};

static ssize_t
rd(void *ctx, void *p, size_t n, struct gerr *e)
{
	return input_read(ctx, p, n, e);
}

static int
load_map(const char *path, const struct rule_dim *dm, struct lmap *m)
{
	struct gerr e;
	struct input *in = input_open(path, &e);
	struct csvin_opts co = { ',', 0, 0, 0, 0, 0 };
	struct csvin *c;
	struct csvrec r;
	int st, rc = 0;

	memset(m, 0, sizeof(*m));
	if (in == NULL)
		return -diag_gerr(&e);
	c = csvin_new(rd, in, input_name(in), &co);
	while ((st = csvin_next(c, &r, &e)) == CSVIN_REC) {
		if (r.recno == 1)
			continue;	/* header */
		if (r.nfields != 2) {
			diag_at(input_name(in), r.line, "a label map has two "
			    "columns: data label, rule label");
			rc = -1;
			break;
		}
		if (rules_find_label(dm, r.fields[1].p, r.fields[1].len) ==
		    RULE_NONE) {
			diag_at(input_name(in), r.line, "'%.*s' is not a "
			    "label of [%s]", (int)r.fields[1].len,
			    r.fields[1].p, dm->name);
			rc = -1;
			break;
		}
		m->from = xreallocarray(m->from, m->n + 1, sizeof(char *));
		m->to = xreallocarray(m->to, m->n + 1, sizeof(char *));
		m->from[m->n] = xmemdup(r.fields[0].p, r.fields[0].len);
		m->to[m->n++] = xmemdup(r.fields[1].p, r.fields[1].len);
	}
	if (st == CSVIN_ERR || st == CSVIN_BAD) {
		diag_gerr(&e);
		rc = -1;
	}
	csvin_free(c);
	input_close(in);
	return rc;
}

static void
free_map(struct lmap *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->from[i]);
		free(m->to[i]);
	}
	free(m->from);
	free(m->to);
}

/* The rule label a data label stands for, or RULE_NONE (not graded). */
static size_t
truth_of(const struct rule_dim *dm, const struct lmap *m, int have_map,
    struct slice v)
{
	if (v.len == 0)
		return RULE_NONE;
	if (!have_map)
		return rules_find_label(dm, v.p, v.len);
	for (size_t i = 0; i < m->n; i++)
		if (slice_eq(v, m->from[i]))
			return rules_find_label(dm, m->to[i],
			    strlen(m->to[i]));
	return RULE_NONE;
}

struct tally {
	unsigned long	 rows;
	unsigned long	*hits;		/* per rule, on its own */
	unsigned long	*decided;	/* per rule */
	unsigned long	*applied;	/* per dim: rows in its rows= */
	unsigned long	*labelled;	/* per dim: rows not on fallback/none */
	unsigned long	*conf;		/* truth x predicted of the --dim */
	size_t		 w;		/* its width: labels + (none) */
	unsigned long	 graded;
	unsigned long	 ungraded;	/* rows with a label the map lacks */
	unsigned long	 textless;	/* rows left out: no text at all */
};

static void
rate(struct table *t, size_t r, size_t c, unsigned long num,
    unsigned long den)
{
	if (den > 0)
		table_set_num(t, r, c, (double)num / (double)den);
}

static struct table *
rule_table(const struct rule_set *s, const struct tally *ty)
{
	struct table *t = table_new("rules on the data");
	struct buf b;

	buf_init(&b);
	table_add_col(t, "dimension", COL_TEXT);
	table_add_col(t, "label", COL_TEXT);
	table_add_col(t, "kind", COL_TEXT);
	table_add_col(t, "source", COL_TEXT);
	table_add_col(t, "hits", COL_COUNT);
	table_add_col(t, "decided", COL_COUNT);
	table_add_col(t, "note", COL_TEXT);
	for (size_t d = 0; d < s->ndims; d++) {
		const struct rule_dim *dm = &s->dims[d];

		for (size_t i = 0; i < dm->nrules; i++) {
			size_t k = dm->rules[i], r = table_add_row(t);
			const struct rule *ru = &s->rules[k];
			const char *note = "";

			set_str(t, r, 0, dm->name);
			set_str(t, r, 1, dm->labels[ru->label]);
			set_str(t, r, 2, ru->veto ? "veto" : "match");
			buf_reset(&b);
			buf_printf(&b, "%s:%lu", ru->file, ru->line);
			table_set_text(t, r, 3, b.p, b.len);
			table_set_int(t, r, 4, (int64_t)ty->hits[k]);
			if (!ru->veto)
				table_set_int(t, r, 5,
				    (int64_t)ty->decided[k]);
			if (ty->hits[k] == 0)
				note = "never matches";
			else if (!ru->veto && dm->mode == MODE_FIRST &&
			    ty->decided[k] == 0)
				note = "shadowed";
			set_str(t, r, 6, note);
		}
	}
	buf_fini(&b);
	return t;
}

static struct table *
coverage_table(const struct rule_set *s, const struct tally *ty)
{
	struct table *t = table_new("coverage");

	table_add_col(t, "dimension", COL_TEXT);
	table_add_col(t, "rows", COL_COUNT);
	table_add_col(t, "labelled", COL_COUNT);
	table_add_col(t, "coverage", COL_RATE);
	for (size_t d = 0; d < s->ndims; d++) {
		size_t r = table_add_row(t);

		set_str(t, r, 0, s->dims[d].name);
		table_set_int(t, r, 1, (int64_t)ty->applied[d]);
		table_set_int(t, r, 2, (int64_t)ty->labelled[d]);
		rate(t, r, 3, ty->labelled[d], ty->applied[d]);
	}
	table_add_note(t, "coverage: share of the rows a dimension looks at "
	    "that get a label other than its fallback");
	return t;
}

static struct table *
grade_table(const struct rule_dim *dm, const struct tally *ty, int mapped)
{
	struct table *t = table_new("accuracy");
	size_t L = dm->nlabels, W = ty->w;
	struct buf b;

	buf_init(&b);
	table_add_col(t, "label", COL_TEXT);
	table_add_col(t, "precision", COL_RATE);
	table_add_col(t, "recall", COL_RATE);
	table_add_col(t, "f1", COL_NUM);
	table_add_col(t, "support", COL_COUNT);
	table_add_col(t, "predicted", COL_COUNT);
	for (size_t l = 0; l < L; l++) {
		unsigned long tp = ty->conf[l * W + l], support = 0, pred = 0;
		size_t r = table_add_row(t);

		for (size_t k = 0; k < W; k++) {
			support += ty->conf[l * W + k];
			pred += ty->conf[k * W + l];
		}
		set_str(t, r, 0, dm->labels[l]);
		rate(t, r, 1, tp, pred);
		rate(t, r, 2, tp, support);
		if (pred > 0 && support > 0 && tp > 0) {
			double p = (double)tp / (double)pred;
			double q = (double)tp / (double)support;

			table_set_num(t, r, 3, 2 * p * q / (p + q));
		} else if (pred > 0 && support > 0)
			table_set_num(t, r, 3, 0);
		table_set_int(t, r, 4, (int64_t)support);
		table_set_int(t, r, 5, (int64_t)pred);
	}
	{
		unsigned long agree = 0;

		for (size_t l = 0; l < L; l++)
			agree += ty->conf[l * W + l];
		buf_printf(&b, "graded against the label column: %lu row%s, "
		    "%lu agree (%.1f%%)", ty->graded, ty->graded == 1 ? "" :
		    "s", agree, 100.0 * (double)agree / (double)ty->graded);
	}
	table_add_note(t, b.p);
	if (ty->ungraded > 0) {
		buf_reset(&b);
		if (mapped)
			buf_printf(&b, "%lu row%s with a label the --label-map "
			    "does not map %s not graded", ty->ungraded,
			    ty->ungraded == 1 ? "" : "s", ty->ungraded == 1 ?
			    "is" : "are");
		else
			buf_printf(&b, "%lu row%s whose label is not a label "
			    "of [%s] %s not graded (map labels with "
			    "--label-map)", ty->ungraded, ty->ungraded == 1 ?
			    "" : "s", dm->name, ty->ungraded == 1 ? "is" :
			    "are");
		table_add_note(t, b.p);
	}
	table_add_note(t, "precision: of the rows given the label, the share "
	    "whose label column says so; recall: of the rows whose label "
	    "column says so, the share given it");
	buf_fini(&b);
	return t;
}

static struct table *
confusion_table(const struct rule_dim *dm, const struct tally *ty)
{
	struct table *t = table_new("confusion (rows: label column, "
	    "columns: rules)");
	size_t L = dm->nlabels, W = ty->w;
	size_t K = dm->fallback == RULE_NONE ? W : L;

	table_add_col(t, "label", COL_TEXT);
	for (size_t k = 0; k < L; k++)
		table_add_col(t, dm->labels[k], COL_COUNT);
	if (K > L)
		table_add_col(t, "(none)", COL_COUNT);
	for (size_t l = 0; l < L; l++) {
		size_t r = table_add_row(t);

		set_str(t, r, 0, dm->labels[l]);
		for (size_t k = 0; k < K; k++)
			table_set_int(t, r, 1 + k, (int64_t)ty->conf[l * W + k]);
	}
	return t;
}

/* gripe rules check [data ...] */
static int
check(struct gopts *g, struct rule_set *s, const struct rcheck *c)
{
	struct table *tabs[5] = { NULL };
	size_t ntabs = 0, gd = RULE_NONE, L = 0;
	unsigned long *fail = xcalloc(s->ndims ? s->ndims : 1,
	    sizeof(*fail)), failed;
	struct tally ty;
	struct lmap map = { NULL, NULL, 0 };
	struct reader_opts ro;
	struct reader *rd = NULL;
	struct rule_bind bind = { NULL, NULL, 0 };
	struct rule_result res;
	struct rx *outb = NULL;
	struct where *wh = NULL;
	size_t nw = 0, fvcap = 0;
	struct slice *fv = NULL;
	const struct slice *fields;
	struct buf warns;
	struct gerr e;
	struct row w;
	size_t curfile = (size_t)-1;
	int rc = EXIT_DATA, st, have_label = 0;

	memset(&ty, 0, sizeof(ty));
	memset(&res, 0, sizeof(res));
	buf_init(&warns);
	gd = rules_find_dim(s, c->dim, strlen(c->dim));
	if (c->dim_given && gd == RULE_NONE) {
		diag_err("no dimension '%s' in the rules", c->dim);
		rc = EXIT_USAGE;
		goto out;
	}
	if (gd != RULE_NONE && s->dims[gd].mode != MODE_FIRST) {
		if (c->dim_given) {
			diag_err("only a mode=first dimension can be graded; "
			    "[%s] is mode=all", c->dim);
			rc = EXIT_USAGE;
			goto out;
		}
		gd = RULE_NONE;
	}
	if ((outb = opts_outbound(g)) == NULL ||
	    opts_where(g, s, &wh, &nw) == -1) {
		rc = EXIT_USAGE;
		goto out;
	}
	lint(s);
	failed = expectations(s, fail);
	tabs[ntabs++] = summary(s, fail);
	if (g->nfiles == 0)
		goto done;

	L = gd != RULE_NONE ? s->dims[gd].nlabels : 0;
	ty.w = L + 1;
	if (c->label_map != NULL && gd != RULE_NONE && (st = load_map(
	    c->label_map, &s->dims[gd], &map)) < 0) {
		rc = st == -1 ? EXIT_DATA : -st;
		goto out;
	}
	ty.hits = xcalloc(s->nrules + 1, sizeof(*ty.hits));
	ty.decided = xcalloc(s->nrules + 1, sizeof(*ty.decided));
	ty.applied = xcalloc(s->ndims, sizeof(*ty.applied));
	ty.labelled = xcalloc(s->ndims, sizeof(*ty.labelled));
	ty.conf = xcalloc(ty.w * ty.w, sizeof(*ty.conf));
	rules_result_init(s, &res);
	opts_reader(g, &ro);
	rd = reader_new(&ro, &e);
	if (rd == NULL) {
		rc = diag_gerr(&e);
		goto out;
	}
	while ((st = reader_next(rd, &w, &e)) == 1) {
		int dir;

		if (w.fileno != curfile) {
			size_t nhdr;
			const struct slice *hdr = reader_header(rd, &nhdr);

			rules_bind_fini(&bind);
			buf_reset(&warns);
			rules_bind(s, hdr, nhdr, w.rc, w.file, &bind, &warns);
			opts_warn_lines(&warns);
			have_label = gd != RULE_NONE &&
			    w.rc->col[ROLE_LABEL] >= 0;
			curfile = w.fileno;
		}
		dir = opts_direction(outb, &w);
		fields = opts_fields(&w, &fv, &fvcap);
		if (w.rc->ntext > 0) {
			size_t k;

			for (k = 0; k < w.rc->ntext; k++)
				if (fields[w.rc->text[k]].len > 0)
					break;
			if (k == w.rc->ntext) {
				ty.textless++;
				continue;
			}
		}
		rules_classify(s, &bind, fields, w.nfields, dir, &res);
		if (nw > 0 && !opts_where_match(s, &res, wh, nw))
			continue;
		ty.rows++;
		for (size_t d = 0; d < s->ndims; d++) {
			const struct rule_dim *dm = &s->dims[d];

			if (!res.applies[d])
				continue;
			ty.applied[d]++;
			if (!rules_is_miss(s, &res, d))
				ty.labelled[d]++;
			for (size_t l = 0; l < dm->nlabels; l++) {
				size_t k = res.lrule[res.loff[d] + l];

				if (rules_has_label(s, &res, d, l) &&
				    k != RULE_NONE)
					ty.decided[k]++;
			}
			for (size_t i = 0; i < dm->nrules; i++)
				if (rules_match(s, &bind, dm->rules[i],
				    fields, w.nfields))
					ty.hits[dm->rules[i]]++;
		}
		if (have_label && res.applies[gd]) {
			struct slice v = row_role(&w, ROLE_LABEL);
			size_t truth = truth_of(&s->dims[gd], &map,
			    c->label_map != NULL, v);

			if (truth != RULE_NONE) {
				ty.graded++;
				ty.conf[truth * ty.w + (res.label[gd] ==
				    RULE_NONE ? L : res.label[gd])]++;
			} else if (v.len > 0)
				ty.ungraded++;
		}
	}
	if (st == -1 || reader_finish(rd, &e) == -1) {
		rc = diag_gerr(&e);
		goto out;
	}
	opts_report_limits(s);
	opts_report_skips(rd);
	tabs[ntabs++] = rule_table(s, &ty);
	if (ty.textless > 0) {
		struct buf b;

		buf_init(&b);
		buf_printf(&b, "%lu row%s with no value in any text column "
		    "%s left out of every table", ty.textless, ty.textless ==
		    1 ? "" : "s", ty.textless == 1 ? "is" : "are");
		table_add_note(tabs[ntabs - 1], b.p);
		buf_fini(&b);
	}
	tabs[ntabs++] = coverage_table(s, &ty);
	if (ty.graded > 0) {
		tabs[ntabs++] = grade_table(&s->dims[gd], &ty,
		    c->label_map != NULL);
		tabs[ntabs++] = confusion_table(&s->dims[gd], &ty);
	} else if (have_label)
		diag_warn("no row's label column names a label of [%s]; "
		    "nothing graded (map labels with --label-map)", c->dim);
done:
	rc = opts_write(g, tabs, ntabs);
	if (rc == EXIT_OK && failed > 0) {
		diag_err("%lu of %zu expectations failed", failed,
		    s->nexpects);
		rc = EXIT_DATA;
	}
out:
	for (size_t i = 0; i < ntabs; i++)
		table_free(tabs[i]);
	free(fail);
	free(ty.hits);
	free(ty.decided);
	free(ty.applied);
	free(ty.labelled);
	free(ty.conf);
	free_map(&map);
	rules_bind_fini(&bind);
	rules_result_fini(&res);
	rx_free(outb);
	free(wh);
	free(fv);
	reader_free(rd);
	buf_fini(&warns);
	return rc;
}

/* cmd_rules: gripe rules show|check [options] [data ...]. */
int
cmd_rules(int argc, char **argv)
{
	static const struct option longopts[] = {
		OPTS_LONG,
		OPTS_LONG_RULES,
		{ "dim", required_argument, NULL, OPT_DIM },
		{ "label-map", required_argument, NULL, OPT_LABEL_MAP },
		{ NULL, 0, NULL, 0 }
	};
	struct rcheck c = { "category", 0, NULL };
	struct gopts g;
	struct rule_set *s = NULL;
	const char *sub;
	int rc;

	opts_init(&g);
	if (argc >= 2 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0)) {
		rc = opts_usage(&rules_usage, EXIT_OK);
		goto out;
	}
	if (argc < 2 || (strcmp(argv[1], "show") != 0 &&
	    strcmp(argv[1], "check") != 0)) {
		if (argc >= 2)
			diag_err("unknown rules command '%s'", argv[1]);
		rc = opts_usage(&rules_usage, EXIT_USAGE);
		goto out;
	}
	sub = argv[1];
	rc = opts_parse(&g, argc - 1, argv + 1, longopts, OPTS_SHORT_RULES,
	    &rules_usage, own_option, &c);
	if (rc != -1)
		goto out;
	if (strcmp(sub, "show") == 0 && g.nfiles > 0) {
		diag_err("rules show takes no data files");
		rc = opts_usage(&rules_usage, EXIT_USAGE);
		goto out;
	}
	if ((s = opts_rules(&g)) == NULL) {
		rc = EXIT_USAGE;
		goto out;
	}
	rc = strcmp(sub, "show") == 0 ? show(&g, s) : check(&g, s, &c);
out:
	rules_free(s);
	opts_fini(&g);
	return rc;
}
