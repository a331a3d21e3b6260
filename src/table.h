/* table.h: the typed result table every view builds and every emitter
 * prints. */
#ifndef GRIPE_TABLE_H
#define GRIPE_TABLE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Column kinds decide how a value is spelled, never the view:
 *   COL_TEXT   bytes as given (UTF-8 expected, any bytes kept)
 *   COL_COUNT  an integer (a count, or the change of one)
 *   COL_NUM    a real number (shown with up to 2 decimals in table form)
 *   COL_RATE   a fraction 0..1 (csv/tsv/json: the fraction with 4
 *              decimals; table/markdown: a percentage with 1 decimal)
 *   COL_HOURS  a duration given in seconds, printed in hours, 2 decimals
 *   COL_TIME   seconds since the epoch, printed as ISO 8601 in the
 *              emitter's time zone
 * Every cell may be missing: blank in CSV/TSV, null in JSON, "n/a" in
 * table and markdown.  One exception to a kind per column: a COL_NUM
 * column of a table with a figure per row (the report's headline) may
 * give each cell its own numeric kind (table_set_value).
 */
enum col_kind {
	COL_TEXT,
	COL_COUNT,
	COL_NUM,
	COL_RATE,
	COL_HOURS,
	COL_TIME
};

struct table;
struct tz;

/*
 * How a table is best drawn (-f gnuplot); a view sets it, the gnuplot
 * emitter follows it.  Column numbers are the table's; CHART_NOCOL marks
 * an unused one.
 *   CHART_AUTO   not set: horizontal bars of the first number column,
 *                labelled by the text columns
 *   CHART_BARS   horizontal bars, a row each, labelled by label[]; one bar
 *                per y[] column of the first one's unit side by side, or,
 *                with series, one bar per label stacked by series; lo and
 *                hi draw an interval around y[0]
 *   CHART_LINES  a line per label[] value over the periods in column x,
 *                height y[0]; the top ones by total, flag "rising" drawn
 *                bold, flag "incomplete" marks its period
 *   CHART_STEPS  a step curve per label[] value: x days, y[0] survival,
 *                lo and hi shaded
 *   CHART_BOX    a box per row, labelled by label[]: y[0] to y[2] the box
 *                (p25, p50, p75), lo and hi the whiskers (may be unused)
 *   CHART_NONE   nothing to draw
 */
#define CHART_NOCOL	((size_t)-1)
#define CHART_MAXY	8

enum chart_kind {
	CHART_AUTO,
	CHART_BARS,
	CHART_LINES,
	CHART_STEPS,
	CHART_BOX,
	CHART_NONE
};

struct chart {
	enum chart_kind	 kind;
	size_t		 label[4];
	size_t		 nlabel;
	size_t		 series;
	size_t		 x;
	size_t		 y[CHART_MAXY];
	size_t		 ny;
	size_t		 lo, hi;
	size_t		 flag;
	size_t		 n, n2;		/* BARS: the denominator n (+ n2),
					   shown as n=... */
	size_t		 maxseries;	/* LINES: lines drawn, 0 = 8 */
	const char	*xlabel;	/* the x axis title (static) */
};

struct table	*table_new(const char *);
void		 table_free(struct table *);
size_t		 table_add_col(struct table *, const char *, enum col_kind);
size_t		 table_add_row(struct table *);
void		 table_set_text(struct table *, size_t, size_t, const char *,
		    size_t);
void		 table_set_int(struct table *, size_t, size_t, int64_t);
void		 table_set_num(struct table *, size_t, size_t, double);
void		 table_set_value(struct table *, size_t, size_t, enum col_kind,
		    double);
void		 table_add_note(struct table *, const char *);
void		 chart_init(struct chart *, enum chart_kind);
void		 table_set_chart(struct table *, const struct chart *);
const struct chart *table_chart(const struct table *);
struct table	*table_select(const struct table *, const size_t *, size_t,
		    const char *);

const char	*table_title(const struct table *);
size_t		 table_ncols(const struct table *);
size_t		 table_nrows(const struct table *);
const char	*table_col_name(const struct table *, size_t);
enum col_kind	 table_col_kind(const struct table *, size_t);
enum col_kind	 table_cell_kind(const struct table *, size_t, size_t);
int		 table_is_missing(const struct table *, size_t, size_t);
const char	*table_text(const struct table *, size_t, size_t, size_t *);
int64_t		 table_int(const struct table *, size_t, size_t);
double		 table_num(const struct table *, size_t, size_t);
size_t		 table_nnotes(const struct table *);
const char	*table_note(const struct table *, size_t);

#endif
