/* out_gnuplot.c: the gnuplot emitter: tables as one gnuplot 5 script.
 *
 * The script is self-contained: it chooses the terminal (pngcairo, or png
 * where gnuplot lacks cairo, unless told otherwise), sizes the picture,
 * holds every value in datablocks ($gN << EOD) and draws each table the
 * way its view asked (table_chart): horizontal bars, lines over periods or
 * survival steps.  Several tables become a multiplot, one panel each.
 *
 * Text from the input never becomes script code.  Labels go only into
 * datablocks, as double-quoted data strings, and reach the picture through
 * `using ...:ytic(1)` or as a datablock line read as a string ($gNn[i]);
 * gnuplot evaluates neither.  In them '"' becomes "'", '\' becomes '/',
 * control characters become spaces and bytes that are not UTF-8 become
 * U+FFFD, so a label cannot end its string, its line or its datablock.
 * Strings the script needs as code (titles, axis titles, --image) are
 * single-quoted, where gnuplot does no backquote or macro substitution,
 * with "'" doubled.  Every number is written by printf in the C locale.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "period.h"
#include "table.h"
#include "timeparse.h"
#include "util.h"
#include "uwidth.h"

#define MAXBARS		30	/* bars drawn; the first ones in table order */
#define MAXSERIES	8	/* lines, stacks and curves drawn */
#define MAXLINES	50	/* lines drawn when asked for more */
#define REPLACEMENT	"\xef\xbf\xbd"

/* Set per document: the dumb terminal has no room beside the plot. */
static const char *keypos = "outside right top";
static int dumb;

/* Write s[0..n) made safe: quote q is replaced, control bytes dropped. */
static void
safe_text(FILE *f, const char *s, size_t n, int quote)
{
	uint32_t cp;
	size_t i = 0, k;

	while (i < n) {
		k = uw_decode(s + i, n - i, &cp);
		if (cp == UW_INVALID)
			fputs(REPLACEMENT, f);
		else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
			putc(' ', f);
		else if (quote == '\'' && cp == '\'')
			fputs("''", f);
		else if (quote == '"' && cp == '"')
			putc('\'', f);
		else if (quote == '"' && cp == '\\')
			putc('/', f);
		else
			fwrite(s + i, 1, k, f);
		i += k;
	}
}

/* A single-quoted script string. */
static void
qstr(FILE *f, const char *s)
{
	putc('\'', f);
	safe_text(f, s, strlen(s), '\'');
	putc('\'', f);
}

/* A double-quoted datablock string. */
static void
dstr(FILE *f, const char *s, size_t n)
{
	putc('"', f);
	safe_text(f, s, n, '"');
	putc('"', f);
}

static int
is_number(enum col_kind k)
{
	return k == COL_COUNT || k == COL_NUM || k == COL_RATE ||
	    k == COL_HOURS;
}

/* The unit a kind is drawn in: counts and numbers share one. */
static int
unit_of(enum col_kind k)
{
	return k == COL_RATE ? 1 : k == COL_HOURS ? 2 : 0;
}

/* Cell (r, c) in drawing units: rates in percent, durations in hours;
 * NAN when missing. */
static double
value(const struct table *t, size_t r, size_t c)
{
	if (c == CHART_NOCOL || table_is_missing(t, r, c))
		return NAN;
	switch (table_col_kind(t, c)) {
	case COL_COUNT:
	case COL_TIME:
		return (double)table_int(t, r, c);
	case COL_RATE:
		return table_num(t, r, c) * 100.0;
	case COL_HOURS:
		return table_num(t, r, c) / 3600.0;
	default:
		return table_num(t, r, c);
	}
}

/* The smallest and largest number written to the current chart's data,
 * so a chart whose values are all equal gets a range gnuplot need not
 * widen (which it does with a warning on stderr). */
static double vmin, vmax;

static void
track_reset(void)
{
	vmin = INFINITY;
	vmax = -INFINITY;
}

/* A number for a datablock: NaN when missing (gnuplot skips it). */
static void
num(FILE *f, double v)
{
	if (isnan(v) || isinf(v)) {
		fputs(" NaN", f);
		return;
	}
	fprintf(f, " %.6g", v);
	if (v < vmin)
		vmin = v;
	if (v > vmax)
		vmax = v;
}

/* Bars and lines start at 0: when every value is 0 (or none is known),
 * give the value axis a range of its own. */
static void
zero_guard(FILE *f, const char *axis)
{
	if (!(vmax > 0) && !(vmin < 0))
		fprintf(f, "set %srange [0:1]\n", axis);
}

/* The label of row r: its label columns joined by " / ". */
static void
row_label(const struct table *t, const struct chart *ch, size_t r,
    struct buf *b)
{
	buf_reset(b);
	for (size_t k = 0; k < ch->nlabel; k++) {
		size_t c = ch->label[k], len;
		const char *p;

		if (k > 0)
			buf_addstr(b, " / ");
		if (table_col_kind(t, c) != COL_TEXT) {
			char v[OUT_VALSZ];

			if (out_value(t, r, c, OUT_HUMAN, NULL, v) == 0)
				buf_addstr(b, "n/a");
			else
				buf_addstr(b, v);
			continue;
		}
		p = table_text(t, r, c, &len);
		if (p == NULL)
			buf_addstr(b, "n/a");
		else
			buf_add(b, p, len);
	}
	if (b->len == 0)
		buf_addstr(b, "all");
}

/* The axis title of column c: its name and unit. */
static void
axis_title(FILE *f, const char *what, const struct table *t, size_t c,
    const char *given)
{
	static const char *const unit[] = { "", " (%)", " (hours)" };
	struct buf b;

	buf_init(&b);
	if (given != NULL)
		buf_addstr(&b, given);
	else
		buf_printf(&b, "%s%s", table_col_name(t, c),
		    unit[unit_of(table_col_kind(t, c))]);
	fprintf(f, "set %s ", what);
	qstr(f, b.p);
	putc('\n', f);
	buf_fini(&b);
}

/* Decide what to draw of t; returns the kind, CHART_NONE for nothing. */
static enum chart_kind
resolve(const struct table *t, struct chart *ch)
{
	*ch = *table_chart(t);
	if (ch->kind == CHART_AUTO) {
		chart_init(ch, CHART_BARS);
		for (size_t c = 0; c < table_ncols(t); c++) {
			enum col_kind k = table_col_kind(t, c);

			if (k == COL_TEXT && ch->nlabel < 4)
				ch->label[ch->nlabel++] = c;
			else if (is_number(k) && ch->ny == 0)
				ch->y[ch->ny++] = c;
		}
	}
	if (ch->kind == CHART_NONE || ch->ny == 0 || table_nrows(t) == 0)
		return CHART_NONE;
	return ch->kind;
}

/* The datablock line i (1-based) of $gNn without its quotes. */
static void
name_expr(FILE *f, unsigned g, const char *idx)
{
	fprintf(f, "($g%un[%s][2:strlen($g%un[%s])-1])", g, idx, g, idx);
}

/* Distinct labels of the rows in first-seen order; index per row. */
struct labels {
	struct buf	 text;		/* the labels, NUL-separated */
	size_t		*off;		/* where each starts in text */
	double		*total;		/* sum of y[0] over its rows */
	size_t		 n;
	size_t		*of_row;	/* label index of each row */
};

static void
labels_build(const struct table *t, const struct chart *ch,
    const size_t *cols, size_t ncols, struct labels *L)
{
	struct chart sub = *ch;
	struct buf b;
	size_t nr = table_nrows(t);

	memcpy(sub.label, cols, ncols * sizeof(*cols));
	sub.nlabel = ncols;
	buf_init(&b);
	buf_init(&L->text);
	L->off = xcalloc(nr ? nr : 1, sizeof(*L->off));
	L->total = xcalloc(nr ? nr : 1, sizeof(*L->total));
	L->of_row = xcalloc(nr ? nr : 1, sizeof(*L->of_row));
	L->n = 0;
	for (size_t r = 0; r < nr; r++) {
		size_t i;
		double v = value(t, r, ch->y[0]);

		row_label(t, &sub, r, &b);
		for (i = 0; i < L->n; i++)
			if (strcmp(L->text.p + L->off[i], b.p) == 0)
				break;
		if (i == L->n) {
			L->off[L->n++] = L->text.len;
			buf_add(&L->text, b.p, b.len + 1);
		}
		L->of_row[r] = i;
		if (!isnan(v))
			L->total[i] += v;
	}
	buf_fini(&b);
}

static void
labels_free(struct labels *L)
{
	buf_fini(&L->text);
	free(L->off);
	free(L->total);
	free(L->of_row);
}

static const char *
label_at(const struct labels *L, size_t i)
{
	return L->text.p + L->off[i];
}

/* Indices of the (at most) max labels with the largest totals, in their
 * first-seen order; returns how many. */
static size_t
top_labels(const struct labels *L, size_t max, size_t *pick)
{
	char *chosen = xcalloc(L->n ? L->n : 1, 1);
	size_t n = 0;

	for (size_t k = 0; k < max && k < L->n; k++) {
		size_t best = (size_t)-1;

		for (size_t i = 0; i < L->n; i++)
			if (!chosen[i] && (best == (size_t)-1 ||
			    L->total[i] > L->total[best]))
				best = i;
		chosen[best] = 1;
	}
	for (size_t i = 0; i < L->n; i++)
		if (chosen[i])
			pick[n++] = i;
	free(chosen);
	return n;
}

/* Write the names datablock $gNn, one quoted name per line. */
static void
names_block(FILE *f, unsigned g, const char *const *names, size_t n,
    const char *suffix, const char *flags)
{
	fprintf(f, "$g%un << EOD\n", g);
	for (size_t i = 0; i < n; i++) {
		struct buf b;

		buf_init(&b);
		buf_addstr(&b, names[i]);
		if (flags != NULL && flags[i])
			buf_addstr(&b, suffix);
		dstr(f, b.p, b.len);
		putc('\n', f);
		buf_fini(&b);
	}
	fputs("EOD\n", f);
}

/* Horizontal bars. */
static void
draw_bars(FILE *f, const struct table *t, const struct chart *chin,
    unsigned g)
{
	struct chart ch = *chin;
	size_t nr = table_nrows(t), ny = 0, y[CHART_MAXY];
	int unit = unit_of(table_col_kind(t, ch.y[0]));
	struct buf b;

	buf_init(&b);
	for (size_t j = 0; j < ch.ny; j++)
		if (unit_of(table_col_kind(t, ch.y[j])) == unit)
			y[ny++] = ch.y[j];
	if (ch.series != CHART_NOCOL && (unit != 0 || ny > 1)) {
		/* stacking adds up; rates and hours do not: one label */
		ch.label[ch.nlabel++] = ch.series;
		ch.series = CHART_NOCOL;
	}
	if (ch.series != CHART_NOCOL) {
		struct labels L, S;
		size_t pick[MAXSERIES], ns, nl, *row_of;
		const char *names[MAXSERIES + 1];
		double *cell;
		int other = 0;

		labels_build(t, &ch, ch.label, ch.nlabel, &L);
		labels_build(t, &ch, &ch.series, 1, &S);
		ns = top_labels(&S, S.n > MAXSERIES ? MAXSERIES - 1 :
		    MAXSERIES, pick);
		other = ns < S.n;
		nl = L.n < MAXBARS ? L.n : MAXBARS;
		/* bars in order of their totals, largest on top */
		row_of = xcalloc(L.n ? L.n : 1, sizeof(*row_of));
		for (size_t i = 0; i < L.n; i++)
			row_of[i] = i;
		for (size_t i = 1; i < L.n; i++)
			for (size_t k = i; k > 0 && L.total[row_of[k]] >
			    L.total[row_of[k - 1]]; k--) {
				size_t tmp = row_of[k];

				row_of[k] = row_of[k - 1];
				row_of[k - 1] = tmp;
			}
		cell = xcalloc((L.n ? L.n : 1) * (MAXSERIES + 1),
		    sizeof(*cell));
		for (size_t r = 0; r < nr; r++) {
			size_t s = S.of_row[r], j;
			double v = value(t, r, ch.y[0]);

			for (j = 0; j < ns && pick[j] != s; j++)
				;
			if (!isnan(v))
				cell[L.of_row[r] * (MAXSERIES + 1) + j] += v;
		}
		for (size_t j = 0; j < ns; j++)
			names[j] = label_at(&S, pick[j]);
		if (other)
			names[ns] = "other";
		names_block(f, g, names, ns + (size_t)other, NULL, NULL);
		fprintf(f, "$g%u << EOD\n", g);
		for (size_t i = 0; i < nl; i++) {
			size_t l = row_of[i];
			double cum = 0;

			dstr(f, label_at(&L, l), strlen(label_at(&L, l)));
			fprintf(f, " %zu", nl - i);
			for (size_t j = 0; j < ns + (size_t)other; j++) {
				cum += cell[l * (MAXSERIES + 1) + j];
				num(f, cum);
			}
			putc('\n', f);
		}
		fputs("EOD\n", f);
		axis_title(f, "xlabel", t, ch.y[0], ch.xlabel);
		fprintf(f, "set yrange [0.4:%zu.6]\nset ytics nomirror\n"
		    "set xrange [0:*]\nset grid xtics\n"
		    "set style fill solid 0.85 border -1\n", nl);
		zero_guard(f, "x");
		fprintf(f, "set key %s title ", keypos);
		qstr(f, table_col_name(t, ch.series));
		fprintf(f, "\nplot for [j=%zu:1:-1] $g%u using "
		    "(column(2+j)/2):2:(column(2+j)/2):(0.38):ytic(1) "
		    "with boxxyerror lc j title ", ns + (size_t)other, g);
		name_expr(f, g, "j");
		putc('\n', f);
		free(cell);
		free(row_of);
		labels_free(&L);
		labels_free(&S);
		buf_fini(&b);
		return;
	}
	{
		size_t nl = nr < MAXBARS ? nr : MAXBARS;
		const char *names[CHART_MAXY];
		int errs = ny == 1 && ch.lo != CHART_NOCOL &&
		    ch.hi != CHART_NOCOL;

		for (size_t j = 0; j < ny; j++)
			names[j] = table_col_name(t, y[j]);
		names_block(f, g, names, ny, NULL, NULL);
		fprintf(f, "$g%u << EOD\n", g);
		for (size_t r = 0; r < nl; r++) {
			row_label(t, &ch, r, &b);
			if (ch.n != CHART_NOCOL && !table_is_missing(t, r,
			    ch.n))
				buf_printf(&b, " (n=%.0f)", value(t, r, ch.n) +
				    (ch.n2 != CHART_NOCOL && !table_is_missing(
				    t, r, ch.n2) ? value(t, r, ch.n2) : 0));
			dstr(f, b.p, b.len);
			fprintf(f, " %zu", nl - r);
			for (size_t j = 0; j < ny; j++)
				num(f, value(t, r, y[j]));
			if (errs) {
				num(f, value(t, r, ch.lo));
				num(f, value(t, r, ch.hi));
			}
			putc('\n', f);
		}
		fputs("EOD\n", f);
		if (ny == 1)
			axis_title(f, "xlabel", t, y[0], ch.xlabel);
		else
			axis_title(f, "xlabel", t, y[0], unit == 1 ?
			    "percent" : unit == 2 ? "hours" : "count");
		fprintf(f, "set yrange [0.4:%zu.6]\nset ytics nomirror\n"
		    "set grid xtics\nset style fill solid 0.85 border -1\n"
		    "h = 0.76 / %zu\n", nl, ny);
		if (unit == 1)
			fputs("set xrange [0:*]\n", f);
		zero_guard(f, "x");
		if (ny == 1)		/* room for the value labels */
			fputs("set offsets 0, graph 0.1, 0, 0\n", f);
		if (ny > 1)
			fprintf(f, "set key %s\n", keypos);
		else
			fputs("unset key\n", f);
		fprintf(f, "plot $g%u using (NaN):2:ytic(1) notitle, \\\n"
		    "    for [j=1:%zu] $g%u using "
		    "(column(2+j)/2):($2+0.38-h*(j-0.5)):(abs(column(2+j))/2):"
		    "(h/2) with boxxyerror lc j title ", g, ny, g);
		name_expr(f, g, "j");
		if (errs)
			fprintf(f, ", \\\n    $g%u using 3:2:4:5 with xerrorbars "
			    "lc rgb 'black' pt 0 lw 1.5 notitle", g);
		if (ny == 1)
			fprintf(f, ", \\\n    $g%u using 3:2:(sprintf('%s', "
			    "$3)) with labels left offset 0.6,0 notitle", g,
			    unit == 1 ? "%.1f%%" : unit == 2 ? "%.1f h" :
			    "%.10g");
		putc('\n', f);
	}
	buf_fini(&b);
}

/* Lines over periods. */
static void
draw_lines(FILE *f, const struct table *t, const struct chart *ch,
    unsigned g)
{
	struct labels L, P;
	size_t *pick, ns, nr = table_nrows(t);
	const char **names;
	char *rising, unit = 0;
	double *cell;
	int64_t *day;
	int timeaxis = 1;
	size_t incomplete = (size_t)-1;

	size_t want = ch->maxseries ? ch->maxseries : MAXSERIES;

	labels_build(t, ch, ch->label, ch->nlabel, &L);
	labels_build(t, ch, &ch->x, 1, &P);
	if (want > MAXLINES)
		want = MAXLINES;
	pick = xcalloc(want, sizeof(*pick));
	names = xcalloc(want, sizeof(*names));
	rising = xcalloc(want, 1);
	ns = top_labels(&L, want, pick);
	day = xcalloc(P.n ? P.n : 1, sizeof(*day));
	for (size_t p = 0; p < P.n; p++) {
		char u;
		const char *s = label_at(&P, p);

		if (period_parse_label(s, strlen(s), &day[p], &u) == -1 ||
		    (unit != 0 && u != unit))
			timeaxis = 0;
		unit = u;
	}
	cell = xcalloc((P.n ? P.n : 1) * ns + 1, sizeof(*cell));
	for (size_t r = 0; r < nr; r++) {
		size_t j, len;
		const char *fl = ch->flag != CHART_NOCOL ? table_text(t, r,
		    ch->flag, &len) : NULL;
		double v = value(t, r, ch->y[0]);

		if (fl != NULL && len == 10 && memcmp(fl, "incomplete",
		    10) == 0)
			incomplete = P.of_row[r];
		for (j = 0; j < ns && pick[j] != L.of_row[r]; j++)
			;
		if (j == ns)
			continue;
		if (fl != NULL && len == 6 && memcmp(fl, "rising", 6) == 0)
			rising[j] = 1;
		if (!isnan(v))
			cell[P.of_row[r] * ns + j] += v;
	}
	for (size_t j = 0; j < ns; j++)
		names[j] = label_at(&L, pick[j]);
	names_block(f, g, names, ns, " (rising)", rising);
	fprintf(f, "$g%u << EOD\n", g);
	for (size_t p = 0; p < P.n; p++) {
		if (timeaxis) {
			int64_t y;
			unsigned m, d;

			time_civil_from_days(day[p], &y, &m, &d);
			fprintf(f, "%04lld-%02u-%02u", (long long)y, m, d);
		} else
			dstr(f, label_at(&P, p), strlen(label_at(&P, p)));
		for (size_t j = 0; j < ns; j++)
			num(f, cell[p * ns + j]);
		putc('\n', f);
	}
	fputs("EOD\n", f);
	axis_title(f, "ylabel", t, ch->y[0], ch->xlabel);
	fprintf(f, "set grid\nset key %s\nset yrange [0:*]\n", keypos);
	zero_guard(f, "y");
	if (timeaxis) {
		fprintf(f, "set xdata time\nset timefmt '%%Y-%%m-%%d'\n"
		    "set format x '%s'\n%s",
		    unit == 'm' || unit == 'q' ? "%Y-%m" : dumb ? "%m-%d" :
		    "%Y-%m-%d", dumb ? "" : "set xtics rotate by -30\n");
		axis_title(f, "xlabel", t, ch->x, unit == 'w' ?
		    "week starting" : unit == 'd' ? "day" : unit == 'm' ?
		    "month" : "quarter starting");
		if (P.n == 1) {		/* one period: a week either side */
			int64_t y0, y1;
			unsigned m0, d0, m1, d1;

			time_civil_from_days(day[0] - 7, &y0, &m0, &d0);
			time_civil_from_days(day[0] + 7, &y1, &m1, &d1);
			fprintf(f, "set xrange ['%04lld-%02u-%02u':'%04lld-%02u-"
			    "%02u']\n", (long long)y0, m0, d0, (long long)y1,
			    m1, d1);
		}
		if (incomplete != (size_t)-1) {
			int64_t y;
			unsigned m, d;

			time_civil_from_days(day[incomplete], &y, &m, &d);
			fprintf(f, "set arrow from '%04lld-%02u-%02u', graph 0 "
			    "to '%04lld-%02u-%02u', graph 1 nohead dt 2 "
			    "lc rgb 'gray50'\nset label 'incomplete' at "
			    "'%04lld-%02u-%02u', graph 0.96 left offset 0.5,0 "
			    "tc rgb 'gray50'\n", (long long)y, m, d,
			    (long long)y, m, d, (long long)y, m, d);
		}
		fprintf(f, "plot for [j=1:%zu] $g%u using 1:(column(1+j)) ",
		    ns, g);
	} else {
		axis_title(f, "xlabel", t, ch->x, NULL);
		fprintf(f, "set xrange [-0.5:%zu.5]\n", P.n ? P.n - 1 : 0);
		fprintf(f, "set xtics rotate by -30\n"
		    "plot for [j=1:%zu] $g%u using 0:(column(1+j)):xtic(1) ",
		    ns, g);
	}
	fputs("with linespoints pt 7 ps 0.6 lc j lw (word('", f);
	for (size_t j = 0; j < ns; j++)
		fprintf(f, "%s%s", j ? " " : "", rising[j] ? "3.5" : "1.5");
	fputs("', j) + 0) title ", f);
	name_expr(f, g, "j");
	putc('\n', f);
	free(cell);
	free(day);
	free(pick);
	free(names);
	free(rising);
	labels_free(&L);
	labels_free(&P);
}

/* Kaplan-Meier steps with shaded intervals. */
static void
draw_steps(FILE *f, const struct table *t, const struct chart *ch,
    unsigned g)
{
	struct labels L;
	size_t nr = table_nrows(t), ng;
	const char *names[MAXSERIES];
	size_t pick[MAXSERIES];
	double xmax = 0;

	labels_build(t, ch, ch->label, ch->nlabel, &L);
	/* the groups with the most steps, i.e. the most customers */
	for (size_t i = 0; i < L.n; i++)
		L.total[i] = 0;
	for (size_t r = 0; r < nr; r++)
		L.total[L.of_row[r]]++;
	ng = top_labels(&L, MAXSERIES, pick);
	for (size_t i = 0; i < ng; i++)
		names[i] = label_at(&L, pick[i]);
	names_block(f, g, names, ng, NULL, NULL);
	fprintf(f, "$g%u << EOD\n", g);
	for (size_t i = 0; i < ng; i++) {
		double s = 100, lo = 100, hi = 100;	/* percent */

		if (i > 0)
			fputs("\n\n", f);
		fputs("0 100 100 100\n", f);
		for (size_t r = 0; r < nr; r++) {
			double x = value(t, r, ch->x), v = value(t, r, ch->y[0]);
			double l = value(t, r, ch->lo), h = value(t, r, ch->hi);

			if (L.of_row[r] != pick[i] || isnan(x) || isnan(v))
				continue;
			if (x > xmax)
				xmax = x;
			if (isnan(l) || isnan(h))
				l = h = v;
			/* the step: the old level up to x, then the new */
			num(f, x);
			num(f, s);
			num(f, lo);
			num(f, hi);
			putc('\n', f);
			num(f, x);
			num(f, v);
			num(f, l);
			num(f, h);
			putc('\n', f);
			s = v;
			lo = l;
			hi = h;
		}
	}
	fputs("EOD\n", f);
	axis_title(f, "xlabel", t, ch->x, ch->xlabel);
	axis_title(f, "ylabel", t, ch->y[0], "not churned (%)");
	if (!(xmax > 0))
		fputs("set xrange [0:1]\n", f);
	fprintf(f, "set grid\nset key %s\nset yrange [0:102]\n"
	    "%s", keypos, xmax > 0 ? "set xrange [0:*]\n" : "");
	fprintf(f, "plot for [i=0:%zu] $g%u index i using 1:3:4 with "
	    "filledcurves fs transparent solid 0.18 noborder lc (i+1) "
	    "notitle, \\\n"
	    "    for [i=0:%zu] $g%u index i using 1:2 with lines lw 2 "
	    "lc (i+1) title ", ng - 1, g, ng - 1, g);
	name_expr(f, g, "i+1");
	putc('\n', f);
	labels_free(&L);
}

/* The chart's title: the table's, or what it shows by what. */
static void
chart_title(FILE *f, const struct table *t, const struct chart *ch)
{
	struct buf b;

	buf_init(&b);
	if (table_title(t) != NULL)
		buf_addstr(&b, table_title(t));
	else {
		if (ch->kind == CHART_LINES)
			buf_addstr(&b, table_col_name(t, ch->y[0]));
		else if (ch->kind == CHART_BOX)
			buf_addstr(&b, "time to resolution");
		else
			for (size_t j = 0; j < ch->ny; j++)
				buf_printf(&b, "%s%s", j ? ", " : "",
				    table_col_name(t, ch->y[j]));
		for (size_t k = 0; k < ch->nlabel; k++)
			buf_printf(&b, "%s%s", k ? ", " : " by ",
			    table_col_name(t, ch->label[k]));
		if (ch->kind == CHART_LINES && ch->x != CHART_NOCOL)
			buf_printf(&b, " per %s", table_col_name(t, ch->x));
		if (ch->series != CHART_NOCOL)
			buf_printf(&b, " and %s",
			    table_col_name(t, ch->series));
	}
	if (ch->kind == CHART_BARS && ch->series == CHART_NOCOL &&
	    table_nrows(t) > MAXBARS)
		buf_printf(&b, " (the first %d of %zu)", MAXBARS,
		    table_nrows(t));
	fputs("set title ", f);
	qstr(f, b.p);
	putc('\n', f);
	buf_fini(&b);
}

/* Box plots of durations: a box p25..p75, the median, whiskers (p10 and
 * p90 when the table has them) and p90 marked; a log axis when the values
 * are all positive and span more than 20 times. */
static void
draw_box(FILE *f, const struct table *t, const struct chart *ch, unsigned g)
{
	size_t nr = table_nrows(t), nl = nr < MAXBARS ? nr : MAXBARS;
	double min = INFINITY, max = 0;
	int nonpos = 0;
	struct buf b;

	buf_init(&b);
	fprintf(f, "$g%u << EOD\n", g);
	for (size_t r = 0; r < nl; r++) {
		double v[5];

		v[0] = value(t, r, ch->lo != CHART_NOCOL ? ch->lo : ch->y[0]);
		v[1] = value(t, r, ch->y[0]);
		v[2] = value(t, r, ch->y[1]);
		v[3] = value(t, r, ch->y[2]);
		v[4] = value(t, r, ch->hi != CHART_NOCOL ? ch->hi : ch->y[2]);
		row_label(t, ch, r, &b);
		dstr(f, b.p, b.len);
		fprintf(f, " %zu", r + 1);
		for (int k = 0; k < 5; k++) {
			num(f, v[k]);
			if (isnan(v[k]))
				continue;
			if (v[k] <= 0)
				nonpos = 1;
			else if (v[k] < min)
				min = v[k];
			if (v[k] > max)
				max = v[k];
		}
		putc('\n', f);
	}
	fputs("EOD\n", f);
	if (vmin == vmax)	/* one value: a range around it */
		fprintf(f, "set yrange [%.6g:%.6g]\n", vmin > 0 ? vmin / 2 :
		    vmin - 1, vmin > 0 ? vmin * 2 : vmin + 1);
	else if (!(vmin <= vmax))
		fputs("set yrange [0:1]\n", f);
	if (!nonpos && max > 20 * min) {
		fputs("set logscale y\n", f);
		axis_title(f, "ylabel", t, ch->y[1], "hours (log scale)");
	} else
		axis_title(f, "ylabel", t, ch->y[1], "hours");
	fprintf(f, "set xrange [0.4:%zu.6]\nset xtics rotate by -30\n"
	    "set grid ytics\nset boxwidth 0.6\nset key below horizontal\n",
	    nl);
	fprintf(f, "plot $g%u using 2:4:3:7:6:xtic(1) with candlesticks "
	    "whiskerbars 0.5 fs solid 0.35 lc 1 title ", g);
	qstr(f, ch->lo != CHART_NOCOL ? "p25 to p75, whiskers p10 to p90" :
	    "p25 to p75");
	fprintf(f, ", \\\n    $g%u using 2:5:5:5:5 with candlesticks lw 3 "
	    "lc rgb 'black' title 'median', \\\n"
	    "    $g%u using 2:%d with points pt 9 ps 1.2 lc rgb '#c00000' "
	    "title 'p90'\n", g, g, ch->hi != CHART_NOCOL ? 7 : 6);
	buf_fini(&b);
}

/* The terminal lines for the picture's w x h. */
static void
terminal(FILE *f, const struct emit_opts *o, unsigned w, unsigned h)
{
	const char *term = o->terminal != NULL ? o->terminal : "pngcairo";

	if (strcmp(term, "pngcairo") == 0)
		fprintf(f, "if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {\n"
		    "    set terminal pngcairo size %u,%u noenhanced "
		    "font 'sans,10'\n} else {\n"
		    "    set terminal png size %u,%u noenhanced\n}\n",
		    w, h, w, h);
	else if (strcmp(term, "pdfcairo") == 0)
		fprintf(f, "set terminal pdfcairo size %.2fin,%.2fin "
		    "noenhanced font 'sans,9'\n", w / 100.0, h / 100.0);
	else if (strcmp(term, "svg") == 0)
		fprintf(f, "set terminal svg size %u,%u noenhanced "
		    "font 'sans,10' background rgb 'white'\n", w, h);
	else if (strcmp(term, "png") == 0)
		fprintf(f,
		    "set terminal png size %u,%u noenhanced\n", w, h);
	else
		fprintf(f, "set terminal dumb size %u,%u noenhanced\n", w, h);
}

/* out_gnuplot_drawable: whether t has anything to draw. */
int
out_gnuplot_drawable(const struct table *t)
{
	struct chart ch;

	return resolve(t, &ch) != CHART_NONE;
}

static int
gnuplot_emit(FILE *f, struct table *const *tabs, size_t n,
    const struct emit_opts *o)
{
	unsigned w, h;
	size_t panels = 0;
	unsigned g = 0;

	dumb = o->terminal != NULL && strcmp(o->terminal, "dumb") == 0;
	keypos = dumb ? "inside top left" : "outside right top";
	w = o->width ? o->width : dumb ? 100 : 900;
	h = o->height ? o->height : dumb ? 30 : 540;

	for (size_t i = 0; i < n; i++)
		panels += out_gnuplot_drawable(tabs[i]);
	if (o->height == 0 && panels > 1)
		h *= (unsigned)panels;
	fputs("# A gnuplot 5 script written by gripe: run it with\n"
	    "#   gnuplot THIS-FILE > picture\n", f);
	terminal(f, o, w, h);
	if (o->image != NULL) {
		fputs("set output ", f);
		qstr(f, o->image);
		putc('\n', f);
	}
	if (panels > 1)
		fprintf(f, "set multiplot layout %zu,1\n", panels);
	for (size_t i = 0; i < n; i++) {
		struct chart ch;
		enum chart_kind k = resolve(tabs[i], &ch);

		if (k == CHART_NONE)
			continue;
		g++;
		track_reset();
		fprintf(f, "\n# chart %u\nreset\nset termoption noenhanced\n",
		    g);
		chart_title(f, tabs[i], &ch);
		if (k == CHART_LINES)
			draw_lines(f, tabs[i], &ch, g);
		else if (k == CHART_STEPS)
			draw_steps(f, tabs[i], &ch, g);
		else if (k == CHART_BOX)
			draw_box(f, tabs[i], &ch, g);
		else
			draw_bars(f, tabs[i], &ch, g);
	}
	if (panels > 1)
		fputs("unset multiplot\n", f);
	return out_end(f);
}

const struct emitter out_gnuplot_emitter = { "gnuplot", gnuplot_emit };
