/* out_md.c: the Markdown emitter, GitHub pipe tables for reports.
 *
 * A table is "### Title" and an empty line when it has a title, then the
 * pipe table: a header row, an alignment row ("---", or "---:" for the
 * right-aligned numeric kinds), one line per row.  Values are spelled as
 * for people (rates as percentages, missing as n/a).  So that a cell
 * stays in its cell, "|" is escaped as "\|", CR and LF (a CRLF pair
 * counting once) become a space, other control characters are dropped and
 * bytes that are not valid UTF-8 become U+FFFD.  Each note follows as its
 * own paragraph, an empty line and "_note: ..._"; tables are separated by
 * one empty line.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "out.h"
#include "table.h"
#include "uwidth.h"

#define REPLACEMENT	"\xef\xbf\xbd"	/* U+FFFD */

/* Write len bytes of text at p made safe for one line; pipes: escape |. */
static void
md_text(FILE *f, const char *p, size_t len, int pipes)
{
	uint32_t cp;
	size_t i = 0, n;

	while (i < len) {
		n = uw_decode(p + i, len - i, &cp);
		if (cp == '|' && pipes)
			fputs("\\|", f);
		else if (cp == '\r' || cp == '\n') {
			/* in a CRLF pair, the LF writes the space */
			if (cp == '\n' || i + 1 == len || p[i + 1] != '\n')
				putc(' ', f);
		}
		else if (cp == UW_INVALID)
			fputs(REPLACEMENT, f);
		else if (cp >= 0x20 && (cp < 0x7F || cp >= 0xA0))
			fwrite(p + i, 1, n, f);
		i += n;
	}
}

static int
right_aligned(enum col_kind k)
{
	return k != COL_TEXT && k != COL_TIME;
}

static void
md_cell(FILE *f, const struct table *t, size_t r, size_t c,
    const struct emit_opts *o)
{
	char v[OUT_VALSZ];
	const char *p;
	size_t n;

	if (!table_is_missing(t, r, c)) {
		if (table_col_kind(t, c) == COL_TEXT) {
			p = table_text(t, r, c, &n);
			md_text(f, p, n, 1);
			return;
		}
		if ((n = out_value(t, r, c, OUT_HUMAN, o, v)) > 0) {
			md_text(f, v, n, 1);
			return;
		}
	}
	fputs("n/a", f);
}

static void
emit_one(FILE *f, const struct table *t, const struct emit_opts *o)
{
	const char *s;
	size_t ncols, nrows, r, c, i;

	ncols = table_ncols(t);
	nrows = table_nrows(t);
	if ((s = table_title(t)) != NULL) {
		fputs("### ", f);
		md_text(f, s, strlen(s), 0);
		fputs("\n\n", f);
	}
	if (ncols > 0) {
		for (c = 0; c < ncols; c++) {
			fputs("| ", f);
			s = table_col_name(t, c);
			md_text(f, s, strlen(s), 1);
			putc(' ', f);
		}
		fputs("|\n", f);
		for (c = 0; c < ncols; c++)
			fputs(right_aligned(table_col_kind(t, c)) ?
			    "| ---: " : "| --- ", f);
		fputs("|\n", f);
	}
	for (r = 0; r < nrows && ncols > 0 && !ferror(f); r++) {
		for (c = 0; c < ncols; c++) {
			fputs("| ", f);
			md_cell(f, t, r, c, o);
			putc(' ', f);
		}
		fputs("|\n", f);
	}
	for (i = 0; i < table_nnotes(t); i++) {
		s = table_note(t, i);
		fputs("\n_note: ", f);
		md_text(f, s, strlen(s), 0);
		fputs("_\n", f);
	}
}

static int
emit_md(FILE *f, struct table *const *tables, size_t n,
    const struct emit_opts *o)
{
	size_t i;

	for (i = 0; i < n && !ferror(f); i++) {
		if (i > 0)
			putc('\n', f);
		emit_one(f, tables[i], o);
	}
	return out_end(f);
}

/* The "markdown" format (also called "md"). */
const struct emitter out_md_emitter = { "markdown", emit_md };
