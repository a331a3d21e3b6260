/* table.c: the typed result table every view builds and every emitter
 * prints.
 *
 * Cells live in one row-major array that grows geometrically, one row of
 * ncols cells at a time; a fresh row is all missing.  Text cells hold an
 * offset and a length into one byte arena (a struct buf) shared by the
 * whole table, so filling a table costs no allocation per cell beyond the
 * amortised growth of the two arrays.  Each text is stored followed by a
 * NUL byte, so text without NUL bytes may also be read as a C string.
 * Columns are fixed before the first row.  Misuse (a row or column out of
 * range, a value of the wrong kind for its column, a column added after a
 * row) is a bug in the caller: it is reported and the program aborts.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "table.h"
#include "timeparse.h"
#include "util.h"

struct col {
	char		*name;
	enum col_kind	 kind;
};

struct cell {
	union {
		int64_t	 i;	/* COL_COUNT, COL_TIME */
		double	 d;	/* COL_NUM, COL_RATE, COL_HOURS */
		size_t	 off;	/* COL_TEXT: offset in the arena */
	} v;
	size_t		 len;	/* COL_TEXT: bytes */
	unsigned char	 set;	/* 0: missing */
	unsigned char	 kind;	/* 0: the column's; else the cell's + 1
				   (table_set_value) */
};

struct table {
	char		*title;
	struct col	*cols;
	size_t		 ncols;
	size_t		 colcap;
	struct cell	*cells;
	size_t		 nrows;
	size_t		 rowcap;
	struct buf	 arena;
	char		**notes;
	size_t		 nnotes;
	size_t		 notecap;
	struct chart	 chart;
};

static void
misuse(const char *fn, const char *what)
{
	diag_err("internal error: %s: %s", fn, what);
	abort();
}

static const struct cell *
cell_get(const struct table *t, size_t r, size_t c, const char *fn)
{
	if (r >= t->nrows || c >= t->ncols)
		misuse(fn, "cell out of range");
	return &t->cells[r * t->ncols + c];
}

static struct cell *
cell_put(struct table *t, size_t r, size_t c, const char *fn)
{
	if (r >= t->nrows || c >= t->ncols)
		misuse(fn, "cell out of range");
	return &t->cells[r * t->ncols + c];
}

static int
is_int_kind(enum col_kind k)
{
	return k == COL_COUNT || k == COL_TIME;
}

static int
is_num_kind(enum col_kind k)
{
	return k == COL_NUM || k == COL_RATE || k == COL_HOURS;
}

/* The kind cell cl of column c is spelled in. */
static enum col_kind
kind_of(const struct table *t, const struct cell *cl, size_t c)
{
	return cl->kind ? (enum col_kind)(cl->kind - 1) : t->cols[c].kind;
}

/* table_new: an empty table with a copy of title (NULL: none).  Cannot
 * fail (out of memory exits). */
struct table *
table_new(const char *title)
{
	struct table *t;

	t = xcalloc(1, sizeof(*t));
	t->title = title != NULL ? xstrdup(title) : NULL;
	buf_init(&t->arena);
	chart_init(&t->chart, CHART_AUTO);
	return t;
}

/* chart_init: a chart of kind k with every column unused. */
void
chart_init(struct chart *ch, enum chart_kind k)
{
	memset(ch, 0, sizeof(*ch));
	ch->kind = k;
	ch->series = ch->x = ch->lo = ch->hi = ch->flag = ch->n = ch->n2 =
	    CHART_NOCOL;
}

/* table_set_chart: how t is best drawn; see table.h.  Cannot fail. */
void
table_set_chart(struct table *t, const struct chart *ch)
{
	t->chart = *ch;
}

/* table_chart: how t is best drawn (kind CHART_AUTO when not said). */
const struct chart *
table_chart(const struct table *t)
{
	return &t->chart;
}

/* table_free: release the table and everything it owns; accepts NULL. */
void
table_free(struct table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->ncols; i++)
		free(t->cols[i].name);
	for (i = 0; i < t->nnotes; i++)
		free(t->notes[i]);
	free(t->notes);
	free(t->cols);
	free(t->cells);
	buf_fini(&t->arena);
	free(t->title);
	free(t);
}

/* table_add_col: append a column named name (copied) of the given kind
 * and return its index.  Columns must all come before the first row.
 * Cannot fail. */
size_t
table_add_col(struct table *t, const char *name, enum col_kind kind)
{
	if (t->nrows > 0)
		misuse("table_add_col", "column added after a row");
	if ((unsigned)kind > (unsigned)COL_TIME)
		misuse("table_add_col", "unknown column kind");
	if (t->ncols == t->colcap) {
		t->colcap = t->colcap ? t->colcap * 2 : 8;
		t->cols = xreallocarray(t->cols, t->colcap, sizeof(*t->cols));
	}
	t->cols[t->ncols].name = xstrdup(name);
	t->cols[t->ncols].kind = kind;
	return t->ncols++;
}

/* table_add_row: append a row of missing cells and return its index.
 * Cannot fail. */
size_t
table_add_row(struct table *t)
{
	size_t cap;

	if (t->nrows == t->rowcap) {
		cap = t->rowcap ? t->rowcap * 2 : 16;
		if (t->ncols > 0)
			t->cells = xreallocarray(t->cells, cap,
			    t->ncols * sizeof(*t->cells));
		t->rowcap = cap;
	}
	if (t->ncols > 0)
		memset(&t->cells[t->nrows * t->ncols], 0,
		    t->ncols * sizeof(*t->cells));
	return t->nrows++;
}

/* table_set_text: set the COL_TEXT cell (r, c) to a copy of the len bytes
 * at p (any bytes, NUL included).  Cannot fail. */
void
table_set_text(struct table *t, size_t r, size_t c, const char *p,
    size_t len)
{
	struct cell *cl = cell_put(t, r, c, "table_set_text");

	if (t->cols[c].kind != COL_TEXT)
		misuse("table_set_text", "not a text column");
	cl->v.off = t->arena.len;
	cl->len = len;
	cl->set = 1;
	buf_add(&t->arena, p, len);
	buf_addc(&t->arena, '\0');
}

/* table_set_int: set the COL_COUNT or COL_TIME cell (r, c) to v; TIME_NONE
 * in a COL_TIME cell leaves it missing.  Cannot fail. */
void
table_set_int(struct table *t, size_t r, size_t c, int64_t v)
{
	struct cell *cl = cell_put(t, r, c, "table_set_int");

	if (!is_int_kind(t->cols[c].kind))
		misuse("table_set_int", "not a count or time column");
	cl->kind = 0;
	if (t->cols[c].kind == COL_TIME && v == TIME_NONE) {
		cl->set = 0;
		return;
	}
	cl->v.i = v;
	cl->set = 1;
}

/* table_set_num: set the COL_NUM, COL_RATE or COL_HOURS cell (r, c) to v
 * (hours are given in seconds); NaN makes the cell missing.  Cannot fail. */
void
table_set_num(struct table *t, size_t r, size_t c, double v)
{
	struct cell *cl = cell_put(t, r, c, "table_set_num");

	if (!is_num_kind(t->cols[c].kind))
		misuse("table_set_num", "not a number, rate or hours column");
	cl->kind = 0;
	if (isnan(v)) {
		cl->set = 0;
		return;
	}
	cl->v.d = v;
	cl->set = 1;
}

/*
 * table_set_value: set the cell (r, c) of a COL_NUM column whose rows
 * hold figures of different kinds (a row per metric) to v, spelled as
 * kind: COL_COUNT (v rounded), COL_NUM, COL_RATE or COL_HOURS (given in
 * seconds).  NaN makes the cell missing.  Cannot fail.
 */
void
table_set_value(struct table *t, size_t r, size_t c, enum col_kind kind,
    double v)
{
	struct cell *cl = cell_put(t, r, c, "table_set_value");

	if (t->cols[c].kind != COL_NUM)
		misuse("table_set_value", "not a number column");
	if (kind != COL_COUNT && !is_num_kind(kind))
		misuse("table_set_value", "not a count, number, rate or "
		    "hours kind");
	cl->kind = (unsigned char)(kind + 1);
	if (isnan(v)) {
		cl->set = 0;
		return;
	}
	if (kind == COL_COUNT)
		cl->v.i = (int64_t)llround(v);
	else
		cl->v.d = v;
	cl->set = 1;
}

/* table_add_note: append a copy of the note s.  Cannot fail. */
void
table_add_note(struct table *t, const char *s)
{
	if (t->nnotes == t->notecap) {
		t->notecap = t->notecap ? t->notecap * 2 : 4;
		t->notes = xreallocarray(t->notes, t->notecap,
		    sizeof(*t->notes));
	}
	t->notes[t->nnotes++] = xstrdup(s);
}

/* table_title: the title, or NULL when the table has none.  Cannot fail. */
const char *
table_title(const struct table *t)
{
	return t->title;
}

/* table_ncols: the number of columns.  Cannot fail. */
size_t
table_ncols(const struct table *t)
{
	return t->ncols;
}

/* table_nrows: the number of rows.  Cannot fail. */
size_t
table_nrows(const struct table *t)
{
	return t->nrows;
}

/* table_col_name: the name of column c.  Cannot fail. */
const char *
table_col_name(const struct table *t, size_t c)
{
	if (c >= t->ncols)
		misuse("table_col_name", "column out of range");
	return t->cols[c].name;
}

/* table_col_kind: the kind of column c.  Cannot fail. */
enum col_kind
table_col_kind(const struct table *t, size_t c)
{
	if (c >= t->ncols)
		misuse("table_col_kind", "column out of range");
	return t->cols[c].kind;
}

/* table_cell_kind: the kind cell (r, c) is spelled in: its column's,
 * or the one table_set_value gave it.  Cannot fail. */
enum col_kind
table_cell_kind(const struct table *t, size_t r, size_t c)
{
	return kind_of(t, cell_get(t, r, c, "table_cell_kind"), c);
}

/* table_is_missing: whether cell (r, c) has no value.  Cannot fail. */
int
table_is_missing(const struct table *t, size_t r, size_t c)
{
	return !cell_get(t, r, c, "table_is_missing")->set;
}

/*
 * table_text: the bytes of the COL_TEXT cell (r, c), their count in *len;
 * a NUL byte follows them.  The pointer is valid until the next
 * table_set_text or table_free.  A missing cell gives NULL and *len 0.
 */
const char *
table_text(const struct table *t, size_t r, size_t c, size_t *len)
{
	const struct cell *cl = cell_get(t, r, c, "table_text");

	if (t->cols[c].kind != COL_TEXT)
		misuse("table_text", "not a text column");
	if (!cl->set) {
		*len = 0;
		return NULL;
	}
	*len = cl->len;
	return t->arena.p + cl->v.off;
}

/* table_int: the value of the COL_COUNT or COL_TIME cell (r, c); 0 when
 * missing.  Cannot fail. */
int64_t
table_int(const struct table *t, size_t r, size_t c)
{
	const struct cell *cl = cell_get(t, r, c, "table_int");

	if (!is_int_kind(kind_of(t, cl, c)))
		misuse("table_int", "not a count or time cell");
	return cl->set ? cl->v.i : 0;
}

/* table_num: the value of a numeric cell (r, c) as a double (hours in
 * seconds; counts and times converted); NaN when missing.  Cannot fail. */
double
table_num(const struct table *t, size_t r, size_t c)
{
	const struct cell *cl = cell_get(t, r, c, "table_num");

	if (t->cols[c].kind == COL_TEXT)
		misuse("table_num", "a text column");
	if (!cl->set)
		return NAN;
	if (is_int_kind(kind_of(t, cl, c)))
		return (double)cl->v.i;
	return cl->v.d;
}

/* table_nnotes: the number of notes.  Cannot fail. */
size_t
table_nnotes(const struct table *t)
{
	return t->nnotes;
}

/* table_note: note i.  Cannot fail. */
const char *
table_note(const struct table *t, size_t i)
{
	if (i >= t->nnotes)
		misuse("table_note", "note out of range");
	return t->notes[i];
}

/*
 * table_select: a new table with t's columns and notes, title title (NULL:
 * t's), and the rows of t listed in rows[0..n-1], in that order (rows NULL:
 * all of them).  The caller frees both.  Cannot fail.
 */
struct table *
table_select(const struct table *t, const size_t *rows, size_t n,
    const char *title)
{
	struct table *out = table_new(title != NULL ? title :
	    table_title(t));

	if (rows == NULL)
		n = table_nrows(t);
	for (size_t c = 0; c < table_ncols(t); c++)
		table_add_col(out, table_col_name(t, c), table_col_kind(t, c));
	for (size_t i = 0; i < n; i++) {
		size_t src = rows != NULL ? rows[i] : i;
		size_t r = table_add_row(out);

		for (size_t c = 0; c < table_ncols(t); c++) {
			size_t len;
			const char *txt;

			enum col_kind k = table_cell_kind(t, src, c);

			if (k != table_col_kind(t, c)) {
				table_set_value(out, r, c, k,
				    table_num(t, src, c));
				continue;
			}
			if (table_is_missing(t, src, c))
				continue;
			switch (k) {
			case COL_TEXT:
				txt = table_text(t, src, c, &len);
				table_set_text(out, r, c, txt, len);
				break;
			case COL_COUNT:
			case COL_TIME:
				table_set_int(out, r, c, table_int(t, src, c));
				break;
			default:
				table_set_num(out, r, c, table_num(t, src, c));
			}
		}
	}
	for (size_t i = 0; i < table_nnotes(t); i++)
		table_add_note(out, table_note(t, i));
	out->chart = t->chart;
	return out;
}
