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
#include "util.h"

/* Append one field of n bytes at p to a line; alone: the only field of
 * its line. */
typedef void	field_fn(struct buf *, const char *, size_t, int);

/* The bytes that make a CSV field need quotes (besides a space at either
 * end). */
static const unsigned char special[256] = {
	[','] = 1, ['"'] = 1, ['\r'] = 1, ['\n'] = 1
};

static int
csv_needs_quotes(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	unsigned hit = 0;
	size_t i = 0;

	if (n == 0)
		return 0;
	if (p[0] == ' ' || p[n - 1] == ' ')
		return 1;
	/* eight bytes a step, no branch inside */
	for (; i + 8 <= n; i += 8) {
		hit = special[u[i]] | special[u[i + 1]] | special[u[i + 2]] |
		    special[u[i + 3]] | special[u[i + 4]] | special[u[i + 5]] |
		    special[u[i + 6]] | special[u[i + 7]];
		if (hit)
			return 1;
	}
	for (; i < n; i++)
		hit |= special[u[i]];
	return hit != 0;
}

/* out_csv_field: append to b one CSV field of n bytes at p, quoted only
 * when it must be; alone: the only field of its line (an empty one is
 * written ""). */
void
out_csv_field(struct buf *b, const char *p, size_t n, int alone)
{
	const char *q;

	if (n == 0) {
		if (alone)
			buf_add(b, "\"\"", 2);
		return;
	}
	if (!csv_needs_quotes(p, n)) {
		buf_add(b, p, n);
		return;
	}
	buf_addc(b, '"');
	while ((q = memchr(p, '"', n)) != NULL) {
		size_t k = (size_t)(q - p) + 1;

		buf_add(b, p, k);
		buf_addc(b, '"');	/* the quote again: doubled */
		p += k;
		n -= k;
	}
	buf_add(b, p, n);
	buf_addc(b, '"');
}

/* out_tsv_field: append to b one TSV field of n bytes at p, backslash,
 * tab, LF and CR escaped. */
void
out_tsv_field(struct buf *b, const char *p, size_t n, int alone)
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
		buf_add(b, p + start, i - start);
		buf_add(b, esc, 2);
		start = i + 1;
	}
	buf_add(b, p + start, n - start);
}

/* One table: each line is built in line, then written. */
static void
emit_one(FILE *f, const struct table *t, const struct emit_opts *o,
    int sep, field_fn *field, struct buf *line)
{
	char v[OUT_VALSZ];
	const char *p;
	size_t ncols, nrows, r, c, n;
	int alone;

	ncols = table_ncols(t);
	nrows = table_nrows(t);
	alone = ncols == 1;
	buf_reset(line);
	for (c = 0; c < ncols; c++) {
		if (c > 0)
			buf_addc(line, sep);
		p = table_col_name(t, c);
		field(line, p, strlen(p), alone);
	}
	buf_addc(line, '\n');
	fwrite(line->p, 1, line->len, f);
	for (r = 0; r < nrows && !ferror(f); r++) {
		buf_reset(line);
		for (c = 0; c < ncols; c++) {
			if (c > 0)
				buf_addc(line, sep);
			if (table_is_missing(t, r, c))
				field(line, "", 0, alone);
			else if (table_col_kind(t, c) == COL_TEXT) {
				p = table_text(t, r, c, &n);
				field(line, p, n, alone);
			} else {
				n = out_value(t, r, c, OUT_DATA, o, v);
				field(line, v, n, alone);
			}
		}
		buf_addc(line, '\n');
		fwrite(line->p, 1, line->len, f);
	}
}

static int
emit_delimited(FILE *f, struct table *const *tables, size_t n,
    const struct emit_opts *o, int sep, field_fn *field)
{
	struct buf line;
	size_t i;

	buf_init(&line);
	for (i = 0; i < n && !ferror(f); i++) {
		if (i > 0)
			putc('\n', f);
		emit_one(f, tables[i], o, sep, field, &line);
	}
	buf_fini(&line);
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
	return emit_delimited(f, tables, n, o, '\t', out_tsv_field);
}

/* The "csv" format. */
const struct emitter out_csv_emitter = { "csv", emit_csv };

/* The "tsv" format. */
const struct emitter out_tsv_emitter = { "tsv", emit_tsv };
