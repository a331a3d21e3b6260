/* out_csv.c: the CSV (RFC 4180) and TSV emitters, for other programs.
 *
 * Both write a header row of column names, then one line per row, lines
 * ending in LF, tables separated by one empty line; titles and notes are
 * left out, since they would read as data.  Values are spelled by
 * out_value (rates as fractions), missing cells are empty.  CSV quotes a
 * field only when it must: when it holds a comma, a double quote, CR or
 * LF, or begins or ends with a space; quotes inside are doubled and every
 * other byte, NUL included, is written as it is.  In a one-column table
 * an empty field is written as "" so that its line is not blank.  TSV
 * never quotes: backslash, tab, LF and CR in a field are written as the
 * two-character escapes \\ \t \n \r, the convention of PostgreSQL COPY
 * and of most TSV readers.
 */
#include <stdio.h>
#include <string.h>

#include "out.h"
#include "table.h"

/* Write one field of n bytes at p; alone: the only field of its line. */
typedef void	field_fn(FILE *, const char *, size_t, int);

static int
csv_needs_quotes(const char *p, size_t n)
{
	size_t i;

	if (n == 0)
		return 0;
	if (p[0] == ' ' || p[n - 1] == ' ')
		return 1;
	for (i = 0; i < n; i++)
		if (p[i] == ',' || p[i] == '"' || p[i] == '\r' ||
		    p[i] == '\n')
			return 1;
	return 0;
}

/* out_csv_field: one CSV field of n bytes at p, quoted only when it must
 * be; alone: the only field of its line (an empty one is written "").
 * Cannot fail (stdio keeps the error). */
void
out_csv_field(FILE *f, const char *p, size_t n, int alone)
{
	size_t i, start;

	if (n == 0) {
		if (alone)
			fputs("\"\"", f);
		return;
	}
	if (!csv_needs_quotes(p, n)) {
		fwrite(p, 1, n, f);
		return;
	}
	putc('"', f);
	for (start = 0, i = 0; i < n; i++) {
		if (p[i] != '"')
			continue;
		fwrite(p + start, 1, i + 1 - start, f);
		start = i;		/* the quote again: doubled */
	}
	fwrite(p + start, 1, n - start, f);
	putc('"', f);
}

static void
tsv_field(FILE *f, const char *p, size_t n, int alone)
{
	const char *esc;
	size_t i, start;

	(void)alone;
	for (start = 0, i = 0; i < n; i++) {
		switch (p[i]) {
		case '\\':
			esc = "\\\\";
			break;
		case '\t':
			esc = "\\t";
			break;
		case '\n':
			esc = "\\n";
			break;
		case '\r':
			esc = "\\r";
			break;
		default:
			continue;
		}
		fwrite(p + start, 1, i - start, f);
		fputs(esc, f);
		start = i + 1;
	}
	fwrite(p + start, 1, n - start, f);
}

static void
emit_one(FILE *f, const struct table *t, const struct emit_opts *o,
    int sep, field_fn *field)
{
	char v[OUT_VALSZ];
	const char *p;
	size_t ncols, nrows, r, c, n;
	int alone;

	ncols = table_ncols(t);
	nrows = table_nrows(t);
	alone = ncols == 1;
	for (c = 0; c < ncols; c++) {
		if (c > 0)
			putc(sep, f);
		p = table_col_name(t, c);
		field(f, p, strlen(p), alone);
	}
	putc('\n', f);
	for (r = 0; r < nrows && !ferror(f); r++) {
		for (c = 0; c < ncols; c++) {
			if (c > 0)
				putc(sep, f);
			if (table_is_missing(t, r, c))
				field(f, "", 0, alone);
			else if (table_col_kind(t, c) == COL_TEXT) {
				p = table_text(t, r, c, &n);
				field(f, p, n, alone);
			} else {
				n = out_value(t, r, c, OUT_DATA, o, v);
				field(f, v, n, alone);
			}
		}
		putc('\n', f);
	}
}

static int
emit_delimited(FILE *f, struct table *const *tables, size_t n,
    const struct emit_opts *o, int sep, field_fn *field)
{
	size_t i;

	for (i = 0; i < n && !ferror(f); i++) {
		if (i > 0)
			putc('\n', f);
		emit_one(f, tables[i], o, sep, field);
	}
	return out_end(f);
}

static int
emit_csv(FILE *f, struct table *const *tables, size_t n,
    const struct emit_opts *o)
{
	return emit_delimited(f, tables, n, o, ',', out_csv_field);
}

static int
emit_tsv(FILE *f, struct table *const *tables, size_t n,
    const struct emit_opts *o)
{
	return emit_delimited(f, tables, n, o, '\t', tsv_field);
}

/* The "csv" format. */
const struct emitter out_csv_emitter = { "csv", emit_csv };

/* The "tsv" format. */
const struct emitter out_tsv_emitter = { "tsv", emit_tsv };
