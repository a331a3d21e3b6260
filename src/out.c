/* out.c: the emitter registry and what all emitters share.
 *
 * Every non-text value is spelled here, once, so the formats cannot drift
 * apart: counts as integers, numbers with 2 decimals, rates as fractions
 * with 4 decimals (or percentages with 1 decimal for people), hours as
 * seconds / 3600 with 2 decimals, times as ISO 8601 in the requested zone.
 * Numbers go through snprintf, which spells them the C locale's way since
 * gripe never sets LC_NUMERIC.  A value that rounds to zero never shows a
 * minus sign.  out_end flushes the stream, so a write error that stdio
 * kept in its buffer still reaches the emitter's return value.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "out.h"
#include "table.h"
#include "timeparse.h"

/* "-0.00" -> "0.00", "-0.0%" -> "0.0%": drop a minus that shows nothing. */
static size_t
unminus(char *buf, size_t n)
{
	size_t i;

	if (n < 2 || buf[0] != '-')
		return n;
	for (i = 1; i < n; i++)
		if (buf[i] != '0' && buf[i] != '.' && buf[i] != '%')
			return n;
	memmove(buf, buf + 1, n);	/* with the NUL */
	return n - 1;
}

static size_t
spell_double(char *buf, double v, int prec, const char *suffix)
{
	int n;

	if (isinf(v))
		n = snprintf(buf, OUT_VALSZ, "%s", v < 0 ? "-inf" : "inf");
	else
		n = snprintf(buf, OUT_VALSZ, "%.*f%s", prec, v, suffix);
	if (n < 0 || n >= OUT_VALSZ)
		return 0;
	return unminus(buf, (size_t)n);
}

/*
 * out_value: spell the non-text cell (r, c) of t into buf (OUT_VALSZ
 * bytes, NUL-terminated) in the given style, times in o->tz (o NULL: UTC).
 * Returns its length, never 0 for a value; 0 when the cell is missing or
 * a time cannot be spelled.  Non-finite numbers are spelled "inf" and
 * "-inf".  Cannot fail.
 */
size_t
out_value(const struct table *t, size_t r, size_t c, enum out_style style,
    const struct emit_opts *o, char *buf)
{
	size_t n;
	int k;

	buf[0] = '\0';
	if (table_is_missing(t, r, c))
		return 0;
	switch (table_cell_kind(t, r, c)) {
	case COL_COUNT:
		k = snprintf(buf, OUT_VALSZ, "%" PRId64, table_int(t, r, c));
		return k > 0 && k < OUT_VALSZ ? (size_t)k : 0;
	case COL_NUM:
		return spell_double(buf, table_num(t, r, c), 2, "");
	case COL_RATE:
		if (style == OUT_HUMAN)
			return spell_double(buf, table_num(t, r, c) * 100.0,
			    1, "%");
		return spell_double(buf, table_num(t, r, c), 4, "");
	case COL_HOURS:
		return spell_double(buf, table_num(t, r, c) / 3600.0, 2, "");
	case COL_TIME:
		n = time_format_iso(table_int(t, r, c),
		    o != NULL ? o->tz : NULL, buf, OUT_VALSZ);
		if (n == 0 || n >= OUT_VALSZ) {
			buf[0] = '\0';
			return 0;
		}
		return n;
	case COL_TEXT:
	default:
		break;
	}
	return 0;
}

/* out_end: finish a document on f: flush it.  Returns 0, or -1 if any
 * write to f failed, errno as stdio left it. */
int
out_end(FILE *f)
{
	if (fflush(f) != 0 || ferror(f))
		return -1;
	return 0;
}

/* out_lookup: the emitter called name ("table", "text", "csv", "tsv",
 * "json", "markdown", "md", "gnuplot"); NULL for any other name. */
const struct emitter *
out_lookup(const char *name)
{
	static const struct {
		const char		*name;
		const struct emitter	*e;
	} tab[] = {
		{ "table", &out_text_emitter },
		{ "text", &out_text_emitter },
		{ "csv", &out_csv_emitter },
		{ "tsv", &out_tsv_emitter },
		{ "json", &out_json_emitter },
		{ "markdown", &out_md_emitter },
		{ "md", &out_md_emitter },
		{ "gnuplot", &out_gnuplot_emitter }
	};
	size_t i;

	if (name == NULL)
		return NULL;
	for (i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
		if (strcmp(name, tab[i].name) == 0)
			return tab[i].e;
	return NULL;
}

/* out_names: the format names for messages and usage.  Cannot fail. */
const char *
out_names(void)
{
	return "table, csv, tsv, json, markdown, gnuplot";
}
