/* cmd_columns.c: gripe columns: what gripe sees in a log's columns.
 *
 * For every column: its header, the roles gripe gives it and why (auto,
 * guess, --col), the share of empty values (empty or a --na marker), the
 * first two distinct values, and for columns that hold times the format
 * gripe detects from their first values, the same detection the other
 * commands use.  Several files are one stream: columns are matched by
 * header name, and a column only some files have counts only their rows.
 * columns is for looking at a file before trusting it, so bad records do
 * not stop it: they are counted, and reported on stderr as under
 * --skip-bad.  Memory grows with the number of columns, never with rows.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "intern.h"
#include "opts.h"
#include "table.h"
#include "util.h"

#define SAMPLE_MAX	80	/* bytes kept of a sample value */
#define TSAMPLE_MAX	64	/* bytes kept of a time sample */
#define TSAMPLES	1000	/* as the reader's detection */
#define MAX_WARN	10	/* bad records shown one by one */

struct colstat {
	char		*name;
	size_t		 namelen;
	size_t		 dup;		/* the dup-th column of its name */
	unsigned long	 rows;
	unsigned long	 empty;
	struct buf	 sample[2];
	int		 nsamples;
	char		 roles[64];
	const char	*how;
	int		 timeish;	/* -1 unknown yet, 0 no, 1 yes */
	int		 time_role;
	const struct tfmt *given;	/* --time-format for its role */
	enum tdetect	 det;
	struct tfmt	 fmt;
	size_t		 nparsed;
	int		 amb;		/* day/month order unknown */
	char		**tvals;
	size_t		*tlens;
	size_t		 ntvals;
};

static const struct cmd_usage columns_usage = {
	"columns",
	"[-h] [-d delim] [-f format] [-o file] [--col role=header]\n"
	"    [--na value] [--rejects file] [--strict] [--time-format fmt]\n"
	"    [--image file] [--size WxH] [--terminal name]\n"
	"    [--tz zone] [file ...]",
	"\n"
	OPTS_HELP_FORMAT
	"      --rejects FILE     write bad records to FILE\n"
	"      --strict           a stray quote is an error\n"
	OPTS_HELP_TIME
};

static void
add_sample(struct colstat *c, struct slice v)
{
	size_t n = v.len < SAMPLE_MAX ? v.len : SAMPLE_MAX;

	/* cut at a UTF-8 character boundary */
	while (n < v.len && n > 0 && ((unsigned char)v.p[n] & 0xC0) == 0x80)
		n--;
	for (int i = 0; i < c->nsamples; i++)
		if (c->sample[i].len == n + (n < v.len ? 3 : 0) &&
		    memcmp(c->sample[i].p, v.p, n) == 0)
			return;
	buf_add(&c->sample[c->nsamples], v.p, n);
	if (n < v.len)
		buf_addstr(&c->sample[c->nsamples], "\xE2\x80\xA6");
	c->nsamples++;
}

static void
add_tvalue(struct colstat *c, struct slice v)
{
	size_t n = v.len < TSAMPLE_MAX ? v.len : TSAMPLE_MAX;

	if (c->ntvals == TSAMPLES)
		return;
	if (c->tvals == NULL) {
		c->tvals = xcalloc(TSAMPLES, sizeof(*c->tvals));
		c->tlens = xcalloc(TSAMPLES, sizeof(*c->tlens));
	}
	c->tvals[c->ntvals] = xmemdup(v.p, n);
	c->tlens[c->ntvals++] = n;
}

/* Where a header's columns go: colstat per (name, k) where the column is
 * the k-th of its name in its header, found by interning "name\0k";
 * files are joined by column name.  Linear in the header's size. */
struct colset {
	struct colstat	*v;
	size_t		 n, cap;
	struct intern	*keys;		/* key id = index in v */
};

static void
map_header(struct colset *cs, const struct slice *hdr, size_t nhdr,
    size_t *map)
{
	struct intern *seen = intern_new();
	size_t *dups = xcalloc(nhdr ? nhdr : 1, sizeof(*dups));
	struct buf k;

	buf_init(&k);
	for (size_t i = 0; i < nhdr; i++) {
		struct slice h = hdr[i];
		size_t dup = dups[intern_id(seen, h.p, h.len)]++;
		uint32_t id;

		buf_reset(&k);
		buf_add(&k, h.p, h.len);
		buf_addc(&k, '\0');
		buf_printf(&k, "%zu", dup);
		id = intern_id(cs->keys, k.p, k.len);
		if (id == cs->n) {
			struct colstat *c;

			if (cs->n == cs->cap) {
				cs->cap = cs->cap ? cs->cap * 2 : 32;
				cs->v = xreallocarray(cs->v, cs->cap,
				    sizeof(*cs->v));
			}
			c = &cs->v[cs->n++];
			memset(c, 0, sizeof(*c));
			c->name = xmemdup(h.p, h.len);
			c->namelen = h.len;
			c->dup = dup;
			buf_init(&c->sample[0]);
			buf_init(&c->sample[1]);
			c->timeish = -1;
			c->how = "";
		}
		map[i] = id;
	}
	buf_fini(&k);
	free(dups);
	intern_free(seen);
}

static const char *
how_name(enum role_how h)
{
	switch (h) {
	case ROLE_HOW_AUTO:
		return "auto";
	case ROLE_HOW_GUESS:
		return "guess";
	case ROLE_HOW_COL:
		return "--col";
	default:
		return "";
	}
}

/* Record the roles of the columns of a file's header (first file wins). */
static void
note_roles(struct colstat *cols, const size_t *map, size_t nhdr,
    const struct rolemap *m, const struct rolecols *rc,
    const struct reader_opts *ro)
{
	enum role rs[ROLE_COUNT];

	for (size_t i = 0; i < nhdr; i++) {
		struct colstat *c = &cols[map[i]];
		int k;

		if (c->roles[0] != '\0')
			continue;
		k = roles_of_column(m, rc, i, rs, ROLE_COUNT);
		for (int j = 0; j < k; j++) {
			size_t len = strlen(c->roles);

			snprintf(c->roles + len, sizeof(c->roles) - len,
			    "%s%s", j ? "," : "", role_name(rs[j]));
			if (!role_is_time(rs[j]))
				continue;
			c->time_role = 1;
			for (int tr = 0; tr < TR_COUNT; tr++)
				if (time_role_of(tr) == rs[j] &&
				    ro->tfmt[tr] != NULL)
					c->given = ro->tfmt[tr];
		}
		if (k > 0)
			c->how = how_name(m->how[rs[0]]);
	}
}

/* Detect the format of every time-like column, then settle day/month
 * ambiguities as the reader does: by an AM/PM clock, or like another
 * column of the same separator whose order is known. */
static void
detect_all(struct colstat *cols, size_t ncols)
{
	for (size_t i = 0; i < ncols; i++) {
		struct colstat *c = &cols[i];

		c->det = TDETECT_NONE;
		if (c->ntvals == 0 || c->given != NULL)
			continue;
		c->det = tfmt_detect((const char *const *)c->tvals, c->tlens,
		    c->ntvals, c->time_role, &c->fmt, &c->nparsed);
		c->amb = c->fmt.alt[0] != '\0' && !reader_settle(&c->fmt);
	}
	for (size_t i = 0; i < ncols; i++) {
		struct colstat *c = &cols[i];

		for (size_t j = 0; c->amb && j < ncols; j++) {
			const struct colstat *o = &cols[j];

			if (j == i || o->amb || o->det == TDETECT_NONE ||
			    o->fmt.sep != c->fmt.sep ||
			    (o->fmt.kind != TFMT_DMY &&
			    o->fmt.kind != TFMT_MDY))
				continue;
			if (o->fmt.kind != c->fmt.kind) {
				char tmp[sizeof(c->fmt.desc)];

				c->fmt.kind = o->fmt.kind;
				memcpy(tmp, c->fmt.desc, sizeof(tmp));
				memcpy(c->fmt.desc, c->fmt.alt,
				    sizeof(c->fmt.desc));
				memcpy(c->fmt.alt, tmp, sizeof(c->fmt.alt));
			}
			c->amb = 0;
		}
	}
}

/* The time format column's words for one column. */
static void
time_format(const struct colstat *c, struct buf *b)
{
	buf_reset(b);
	if (c->given != NULL) {
		buf_printf(b, "%s (--time-format)", c->given->desc);
		return;
	}
	if (c->det == TDETECT_NONE)
		return;
	if (c->amb)
		buf_printf(b, "ambiguous: %s or %s", c->fmt.desc, c->fmt.alt);
	else
		buf_addstr(b, c->fmt.desc);
	if (c->det == TDETECT_PARTIAL)
		buf_printf(b, " (fits %zu of %zu values)", c->nparsed,
		    c->ntvals);
}

static struct table *
build(struct colstat *cols, size_t ncols, const struct rolemap *m,
    unsigned long nrows, size_t nfiles)
{
	struct table *t = table_new(NULL);
	struct buf b;
	size_t row;

	buf_init(&b);
	detect_all(cols, ncols);
	table_add_col(t, "column", COL_COUNT);
	table_add_col(t, "header", COL_TEXT);
	table_add_col(t, "role", COL_TEXT);
	table_add_col(t, "source", COL_TEXT);
	table_add_col(t, "empty", COL_RATE);
	table_add_col(t, "sample1", COL_TEXT);
	table_add_col(t, "sample2", COL_TEXT);
	table_add_col(t, "time_format", COL_TEXT);
	{
		struct chart ch;

		chart_init(&ch, CHART_BARS);
		ch.label[ch.nlabel++] = 1;
		ch.label[ch.nlabel++] = 2;
		ch.y[ch.ny++] = 4;
		ch.xlabel = "empty values (%)";
		table_set_chart(t, &ch);
	}
	for (size_t i = 0; i < ncols; i++) {
		struct colstat *c = &cols[i];

		row = table_add_row(t);
		table_set_int(t, row, 0, (int64_t)i + 1);
		table_set_text(t, row, 1, c->name, c->namelen);
		table_set_text(t, row, 2, c->roles, strlen(c->roles));
		table_set_text(t, row, 3, c->how, strlen(c->how));
		if (c->rows > 0)
			table_set_num(t, row, 4, (double)c->empty /
			    (double)c->rows);
		for (int s = 0; s < c->nsamples; s++)
			table_set_text(t, row, 5 + (size_t)s, c->sample[s].p,
			    c->sample[s].len);
		time_format(c, &b);
		table_set_text(t, row, 7, buf_cstr(&b), b.len);
	}
	buf_reset(&b);
	buf_printf(&b, "%lu record%s used from %zu file%s", nrows,
	    nrows == 1 ? "" : "s", nfiles, nfiles == 1 ? "" : "s");
	table_add_note(t, b.p);
	if (m != NULL && m->name[ROLE_TIME] == NULL)
		table_add_note(t, "no time column: map one with --col "
		    "time=HEADER");
	buf_fini(&b);
	return t;
}

static void
free_cols(struct colstat *cols, size_t ncols)
{
	for (size_t i = 0; i < ncols; i++) {
		free(cols[i].name);
		buf_fini(&cols[i].sample[0]);
		buf_fini(&cols[i].sample[1]);
		for (size_t j = 0; j < cols[i].ntvals; j++)
			free(cols[i].tvals[j]);
		free(cols[i].tvals);
		free(cols[i].tlens);
	}
	free(cols);
}

/* cmd_columns: gripe columns [options] [file ...]. */
int
cmd_columns(int argc, char **argv)
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
	struct colset cs;
	struct table *t = NULL;
	size_t *map = NULL, nhdr = 0, curfile = (size_t)-1;
	unsigned long nrows = 0, nwarned = 0;
	int st, rc;

	opts_init(&g);
	memset(&cs, 0, sizeof(cs));
	cs.keys = intern_new();
	gerr_clear(&e);
	rc = opts_parse(&g, argc, argv, longopts, OPTS_SHORT, &columns_usage,
	    NULL, NULL);
	if (rc != -1)
		goto out;
	rc = EXIT_DATA;
	opts_reader(&g, &ro);
	ro.skip_bad = 1;
	ro.report_bad = 1;
	rd = reader_new(&ro, &e);
	if (rd == NULL) {
		rc = diag_gerr(&e);
		goto out;
	}
	while ((st = reader_next(rd, &w, &e)) > 0) {
		if (st == 2) {
			if (nwarned++ < MAX_WARN)
				diag_gerr(&e);
			continue;
		}
		if (w.fileno != curfile) {
			const struct slice *hdr = reader_header(rd, &nhdr);

			free(map);
			map = xcalloc(nhdr ? nhdr : 1, sizeof(*map));
			map_header(&cs, hdr, nhdr, map);
			note_roles(cs.v, map, nhdr, reader_roles(rd), w.rc,
			    &ro);
			curfile = w.fileno;
		}
		nrows++;
		for (size_t i = 0; i < w.nfields; i++) {
			struct colstat *c = &cs.v[map[i]];
			struct slice v = w.fields[i];

			c->rows++;
			if (reader_is_na(w.na, w.nna, v)) {
				c->empty++;
				continue;
			}
			if (c->nsamples < 2)
				add_sample(c, v);
			if (c->timeish == -1)
				c->timeish = c->time_role ||
				    time_looks_like(v.p, v.len);
			if (c->timeish == 1)
				add_tvalue(c, v);
		}
	}
	if (st == -1) {
		rc = diag_gerr(&e);
		goto out;
	}
	if (reader_finish(rd, &e) == -1) {
		rc = diag_gerr(&e);
		goto out;
	}
	if (cs.n == 0) {
		/* header only: still show the columns */
		const struct slice *hdr = reader_header(rd, &nhdr);
		struct rolecols rcs;

		free(map);
		map = xcalloc(nhdr ? nhdr : 1, sizeof(*map));
		map_header(&cs, hdr, nhdr, map);
		if (reader_roles(rd) != NULL && roles_bind(reader_roles(rd),
		    hdr, nhdr, &rcs, "", &e) == 0) {
			note_roles(cs.v, map, nhdr, reader_roles(rd), &rcs,
			    &ro);
			rolecols_fini(&rcs);
		}
	}
	if (nwarned > MAX_WARN)
		diag_err("%lu more bad records not shown", nwarned - MAX_WARN);
	t = build(cs.v, cs.n, reader_roles(rd), nrows, ro.nfiles ?
	    ro.nfiles : 1);
	opts_report_skips(rd);
	rc = opts_write(&g, &t, 1);
out:
	table_free(t);
	free(map);
	free_cols(cs.v, cs.n);
	intern_free(cs.keys);
	reader_free(rd);
	opts_fini(&g);
	return rc;
}
