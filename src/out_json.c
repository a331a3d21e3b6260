/* out_json.c: the JSON (RFC 8259) emitter, for programs and jq.
 *
 * One table is an array of row objects, "[\n{...},\n{...}\n]\n" ("[]\n"
 * when empty), keys being the column names in column order; its title
 * and notes are dropped so the common case stays a plain array.  Several
 * tables are one object, {"tables":[...]}, each table an object with its
 * title (null when none), notes and rows; tables and rows each start a
 * line.  Counts are integers, numbers, rates (fractions) and hours are
 * numbers spelled by out_value, times are ISO 8601 strings; missing and
 * non-finite values are null.  Strings escape what RFC 8259 requires (the
 * short forms where there is one, \u00XX for other controls) and replace
 * each byte that is not valid UTF-8 with U+FFFD, so the output is always
 * valid UTF-8.  No whitespace is written inside objects.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "out.h"
#include "table.h"
#include "uwidth.h"

#define REPLACEMENT	"\xef\xbf\xbd"	/* U+FFFD */

static void
json_str(FILE *f, const char *p, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char b;
	uint32_t cp;
	size_t i = 0, start = 0, k;

	putc('"', f);
	while (i < n) {
		b = (unsigned char)p[i];
		if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {
			i++;
			continue;
		}
		if (b >= 0x80) {
			k = uw_decode(p + i, n - i, &cp);
			if (cp != UW_INVALID) {
				i += k;
				continue;
			}
		}
		fwrite(p + start, 1, i - start, f);
		switch (b) {
		case '"':
			fputs("\\\"", f);
			break;
		case '\\':
			fputs("\\\\", f);
			break;
		case '\b':
			fputs("\\b", f);
			break;
		case '\f':
			fputs("\\f", f);
			break;
		case '\n':
			fputs("\\n", f);
			break;
		case '\r':
			fputs("\\r", f);
			break;
		case '\t':
			fputs("\\t", f);
			break;
		default:
			if (b >= 0x80)
				fputs(REPLACEMENT, f);
			else {
				fputs("\\u00", f);
				putc(hex[b >> 4], f);
				putc(hex[b & 0xF], f);
			}
			break;
		}
		start = ++i;
	}
	fwrite(p + start, 1, n - start, f);
	putc('"', f);
}

static void
json_cstr(FILE *f, const char *s)
{
	json_str(f, s, strlen(s));
}

static void
json_value(FILE *f, const struct table *t, size_t r, size_t c,
    const struct emit_opts *o)
{
	char v[OUT_VALSZ];
	const char *p;
	enum col_kind k;
	size_t n;

	if (table_is_missing(t, r, c)) {
		fputs("null", f);
		return;
	}
	k = table_cell_kind(t, r, c);
	if (k == COL_TEXT) {
		p = table_text(t, r, c, &n);
		json_str(f, p, n);
		return;
	}
	if (k != COL_COUNT && k != COL_TIME && !isfinite(table_num(t, r, c))) {
		fputs("null", f);
		return;
	}
	n = out_value(t, r, c, OUT_DATA, o, v);
	if (n == 0)
		fputs("null", f);
	else if (k == COL_TIME)
		json_str(f, v, n);
	else
		fwrite(v, 1, n, f);
}

/* The rows of t, each object on its own line, "\n" between them. */
static void
json_rows(FILE *f, const struct table *t, const struct emit_opts *o)
{
	size_t r, c, ncols, nrows;

	ncols = table_ncols(t);
	nrows = table_nrows(t);
	for (r = 0; r < nrows && !ferror(f); r++) {
		if (r > 0)
			fputs(",\n", f);
		putc('{', f);
		for (c = 0; c < ncols; c++) {
			if (c > 0)
				putc(',', f);
			json_cstr(f, table_col_name(t, c));
			putc(':', f);
			json_value(f, t, r, c, o);
		}
		putc('}', f);
	}
}

static int
emit_json(FILE *f, struct table *const *tables, size_t n,
    const struct emit_opts *o)
{
	const struct table *t;
	size_t i, j;

	if (n == 1) {
		if (table_nrows(tables[0]) == 0)
			fputs("[]\n", f);
		else {
			fputs("[\n", f);
			json_rows(f, tables[0], o);
			fputs("\n]\n", f);
		}
		return out_end(f);
	}
	fputs("{\"tables\":[\n", f);
	for (i = 0; i < n && !ferror(f); i++) {
		t = tables[i];
		if (i > 0)
			fputs(",\n", f);
		fputs("{\"title\":", f);
		if (table_title(t) != NULL)
			json_cstr(f, table_title(t));
		else
			fputs("null", f);
		fputs(",\"notes\":[", f);
		for (j = 0; j < table_nnotes(t); j++) {
			if (j > 0)
				putc(',', f);
			json_cstr(f, table_note(t, j));
		}
		fputs("],\"rows\":[", f);
		if (table_nrows(t) > 0) {
			putc('\n', f);
			json_rows(f, t, o);
			putc('\n', f);
		}
		fputs("]}", f);
	}
	fputs("\n]}\n", f);
	return out_end(f);
}

/* The "json" format. */
const struct emitter out_json_emitter = { "json", emit_json };
