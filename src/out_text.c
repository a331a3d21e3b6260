/* out_text.c: the aligned plain-text table, for people at a terminal.
 *
 * Two passes over each table: the first measures every column (header and
 * cells, in display columns as uwidth.c counts them), the second prints.
 * Text is shown so that one row stays one line and nothing reaches the
 * terminal as a control: \n \r \t are shown as those escapes, other C0
 * bytes, DEL, C1 controls and bytes that are not valid UTF-8 as \xNN (one
 * escape per byte).  A text cell wider than 60 columns is cut at a
 * character to at most 59 columns and ends in U+2026 (an ellipsis): the
 * cut never splits an escape, and combining marks stay with their base.
 * Padding is owed, not written, until something visible follows, so no
 * line ends in padding spaces.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "table.h"
#include "util.h"
#include "uwidth.h"

#define CELL_MAXW	60		/* widest text cell, in columns */
#define ELLIPSIS	"\xe2\x80\xa6"	/* U+2026 */

/* A line being written: padding is only written before visible bytes. */
struct line {
	FILE	*f;
	size_t	 pad;
};

static void
line_put(struct line *l, const char *p, size_t n)
{
	if (n == 0)
		return;
	for (; l->pad > 0; l->pad--)
		putc(' ', l->f);
	fwrite(p, 1, n, l->f);
}

static void
line_end(struct line *l)
{
	l->pad = 0;
	putc('\n', l->f);
}

static void
add_hex(struct buf *out, unsigned char b)
{
	static const char hex[] = "0123456789abcdef";
	char e[4];

	e[0] = '\\';
	e[1] = 'x';
	e[2] = hex[b >> 4];
	e[3] = hex[b & 0xF];
	buf_add(out, e, sizeof(e));
}

/* Append how the character at s is shown to out; its width in *w;
 * returns the bytes it takes. */
static size_t
show_unit(const char *s, size_t len, struct buf *out, size_t *w)
{
	uint32_t cp;
	size_t n;

	n = uw_decode(s, len, &cp);
	switch (cp) {
	case '\n':
		buf_add(out, "\\n", 2);
		*w = 2;
		return n;
	case '\r':
		buf_add(out, "\\r", 2);
		*w = 2;
		return n;
	case '\t':
		buf_add(out, "\\t", 2);
		*w = 2;
		return n;
	default:
		break;
	}
	if (cp == UW_INVALID || cp < 0x20 || cp == 0x7F) {
		add_hex(out, (unsigned char)s[0]);
		*w = 4;
		return n;
	}
	if (cp >= 0x80 && cp < 0xA0) {		/* C1 control: its 2 bytes */
		add_hex(out, (unsigned char)s[0]);
		add_hex(out, (unsigned char)s[1]);
		*w = 8;
		return n;
	}
	buf_add(out, s, n);
	*w = (size_t)uw_cpwidth(cp);
	return n;
}

/* Put how len bytes of text at s are shown in out, cut to fit max columns
 * when max > 0; returns the display width. */
static size_t
show(const char *s, size_t len, size_t max, struct buf *out)
{
	size_t w = 0, uw, n, cutlen = 0, cutw = 0;
	int fits = 1;

	buf_reset(out);
	while (len > 0) {
		n = show_unit(s, len, out, &uw);
		s += n;
		len -= n;
		w += uw;
		if (max == 0)
			continue;
		if (fits && w <= max - 1) {
			cutlen = out->len;
			cutw = w;
		} else
			fits = 0;
		if (w > max) {
			out->len = cutlen;
			buf_add(out, ELLIPSIS, strlen(ELLIPSIS));
			return cutw + 1;
		}
	}
	return w;
}

static void
show_str(const char *s, struct buf *out)
{
	show(s, strlen(s), 0, out);
}

/* Put how cell (r, c) is shown in out; returns its display width. */
static size_t
show_cell(const struct table *t, size_t r, size_t c,
    const struct emit_opts *o, struct buf *out)
{
	char v[OUT_VALSZ];
	const char *p;
	size_t n;

	buf_reset(out);
	if (!table_is_missing(t, r, c)) {
		if (table_col_kind(t, c) == COL_TEXT) {
			p = table_text(t, r, c, &n);
			return show(p, n, CELL_MAXW, out);
		}
		n = out_value(t, r, c, OUT_HUMAN, o, v);
		if (n > 0) {
			buf_add(out, v, n);
			return uw_width(v, n);
		}
	}
	buf_addstr(out, "n/a");
	return 3;
}

static int
right_aligned(enum col_kind k)
{
	return k != COL_TEXT && k != COL_TIME;
}

static void
put_field(struct line *l, size_t c, const struct buf *b, size_t cw,
    size_t w, int right)
{
	if (c > 0)
		l->pad += 2;
	if (right)
		l->pad += w - cw;
	line_put(l, b->p, b->len);
	if (!right)
		l->pad += w - cw;
}

static void
emit_one(FILE *f, const struct table *t, const struct emit_opts *o,
    struct buf *b)
{
	struct line l;
	size_t ncols, nrows, r, c, i, cw, *w;

	ncols = table_ncols(t);
	nrows = table_nrows(t);
	w = xcalloc(ncols, sizeof(*w));
	for (c = 0; c < ncols; c++)
		w[c] = show(table_col_name(t, c),
		    strlen(table_col_name(t, c)), 0, b);
	for (r = 0; r < nrows; r++)
		for (c = 0; c < ncols; c++)
			if ((cw = show_cell(t, r, c, o, b)) > w[c])
				w[c] = cw;

	l.f = f;
	l.pad = 0;
	if (table_title(t) != NULL) {
		show_str(table_title(t), b);
		line_put(&l, b->p, b->len);
		line_end(&l);
	}
	for (c = 0; c < ncols; c++) {
		cw = show(table_col_name(t, c), strlen(table_col_name(t, c)),
		    0, b);
		put_field(&l, c, b, cw, w[c],
		    right_aligned(table_col_kind(t, c)));
	}
	line_end(&l);
	for (c = 0; c < ncols; c++) {
		buf_reset(b);
		for (i = 0; i < w[c]; i++)
			buf_addc(b, '-');
		put_field(&l, c, b, w[c], w[c], 0);
	}
	line_end(&l);
	for (r = 0; r < nrows && !ferror(f); r++) {
		for (c = 0; c < ncols; c++) {
			cw = show_cell(t, r, c, o, b);
			put_field(&l, c, b, cw, w[c],
			    right_aligned(table_col_kind(t, c)));
		}
		line_end(&l);
	}
	for (i = 0; i < table_nnotes(t); i++) {
		show_str(table_note(t, i), b);
		fputs("note: ", f);
		line_put(&l, b->p, b->len);
		line_end(&l);
	}
	free(w);
}

static int
emit_text(FILE *f, struct table *const *tables, size_t n,
    const struct emit_opts *o)
{
	struct buf b;
	size_t i;

	buf_init(&b);
	for (i = 0; i < n && !ferror(f); i++) {
		if (i > 0)
			putc('\n', f);
		emit_one(f, tables[i], o, &b);
	}
	buf_fini(&b);
	return out_end(f);
}

/* The "table" format (also called "text"). */
const struct emitter out_text_emitter = { "table", emit_text };
