/* test_out.c: unit tests for the emitters (out*.c) and uwidth.c.
 *
 * Each test builds small tables, runs an emitter into a memory stream and
 * compares the document byte for byte with the expected text, so every
 * spelling, escape and alignment rule is pinned down.  Write errors are
 * checked on /dev/full.  Times are spelled by the real timeparse.c.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "table.h"
#include "timeparse.h"
#include "unit.h"
#include "util.h"
#include "uwidth.h"

/* Run emitter fmt over n tables into memory; *len bytes, *rc its return. */
static char *
run(const char *fmt, struct table *const *t, size_t n,
    const struct emit_opts *o, size_t *len, int *rc)
{
	const struct emitter *e;
	char *p = NULL;
	size_t sz = 0;
	FILE *f;

	*rc = -2;
	*len = 0;
	if ((e = out_lookup(fmt)) == NULL || (f = open_memstream(&p, &sz)) ==
	    NULL)
		return NULL;
	*rc = e->emit(f, t, n, o);
	fclose(f);
	*len = sz;
	return p;
}

static void
expect_mem(int line, const char *fmt, struct table *const *t, size_t n,
    const struct emit_opts *o, const char *want, size_t wantlen)
{
	char *got;
	size_t len;
	int rc;

	got = run(fmt, t, n, o, &len, &rc);
	if (got == NULL || rc != 0 || len != wantlen ||
	    memcmp(got, want, len) != 0) {
		printf("%s:%d: %s: rc %d, expected (%zu bytes):\n", __FILE__,
		    line, fmt, rc, wantlen);
		fwrite(want, 1, wantlen, stdout);
		printf("<<<\ngot (%zu bytes):\n", len);
		if (got != NULL)
			fwrite(got, 1, len, stdout);
		printf("<<<\n");
		unit_failed_checks++;
	}
	free(got);
}

/* EXPECT: want is a string literal (it may hold NUL bytes). */
#define EXPECT(fmt, t, n, o, want)					\
	expect_mem(__LINE__, (fmt), (t), (n), (o), (want), sizeof(want) - 1)

static void
set_text(struct table *t, size_t r, size_t c, const char *s)
{
	table_set_text(t, r, c, s, strlen(s));
}

/* A table with one text column "s" holding the given strings. */
static struct table *
text_table(const char *const *s, size_t n)
{
	struct table *t;
	size_t i;

	t = table_new(NULL);
	table_add_col(t, "s", COL_TEXT);
	for (i = 0; i < n; i++)
		set_text(t, table_add_row(t), 0, s[i]);
	return t;
}

/* Every kind, every spelling, missing cells, a title and a note. */
static struct table *
kinds_table(void)
{
	struct table *t;

	t = table_new("Top");
	table_add_col(t, "name", COL_TEXT);
	table_add_col(t, "n", COL_COUNT);
	table_add_col(t, "avg", COL_NUM);
	table_add_col(t, "rate", COL_RATE);
	table_add_col(t, "ttr", COL_HOURS);
	table_add_col(t, "first", COL_TIME);
	table_add_row(t);
	set_text(t, 0, 0, "alpha");
	table_set_int(t, 0, 1, 3);
	table_set_num(t, 0, 2, 1.5);
	table_set_num(t, 0, 3, 0.25);
	table_set_num(t, 0, 4, 5400.0);
	table_set_int(t, 0, 5, 0);
	table_add_row(t);
	set_text(t, 1, 0, "b");
	table_set_int(t, 1, 1, 12);
	table_set_num(t, 1, 2, -0.001);
	table_set_num(t, 1, 3, 1.0);
	table_add_row(t);
	table_set_num(t, 2, 3, 0.1234);
	table_set_num(t, 2, 4, 900.0);
	table_set_int(t, 2, 5, INT64_C(1700000000));
	table_add_note(t, "ttr is n/a: no closed or status column");
	return t;
}

/* Two small tables for multi-table documents. */
static void
multi_tables(struct table **t)
{
	t[0] = table_new(NULL);
	table_add_col(t[0], "k", COL_TEXT);
	table_add_col(t[0], "v", COL_COUNT);
	table_add_row(t[0]);
	set_text(t[0], 0, 0, "x");
	table_set_int(t[0], 0, 1, 1);
	t[1] = table_new("Empty");
	table_add_col(t[1], "a", COL_TEXT);
	table_add_note(t[1], "nothing");
}

static void
test_lookup(void)
{
	CHECK(out_lookup("table") == &out_text_emitter);
	CHECK(out_lookup("text") == &out_text_emitter);
	CHECK(out_lookup("csv") == &out_csv_emitter);
	CHECK(out_lookup("tsv") == &out_tsv_emitter);
	CHECK(out_lookup("json") == &out_json_emitter);
	CHECK(out_lookup("markdown") == &out_md_emitter);
	CHECK(out_lookup("md") == &out_md_emitter);
	CHECK(out_lookup("Table") == NULL);
	CHECK(out_lookup("JSON") == NULL);
	CHECK(out_lookup("") == NULL);
	CHECK(out_lookup("jsonl") == NULL);
	CHECK(out_lookup("csv ") == NULL);
	CHECK(out_lookup(NULL) == NULL);
	CHECK_STR(out_text_emitter.name, "table");
	CHECK_STR(out_md_emitter.name, "markdown");
	CHECK_STR(out_csv_emitter.name, "csv");
	CHECK_STR(out_tsv_emitter.name, "tsv");
	CHECK_STR(out_json_emitter.name, "json");
	CHECK_STR(out_names(), "table, csv, tsv, json, markdown, gnuplot");
	CHECK(out_lookup("gnuplot") == &out_gnuplot_emitter);
}

static void
test_uwidth(void)
{
	uint32_t cp;

	CHECK_INT(uw_width("abc", 3), 3);
	CHECK_INT(uw_width("\xe6\x97\xa5\xe6\x9c\xac", 6), 4);	/* CJK */
	CHECK_INT(uw_width("e\xcc\x81", 3), 1);			/* U+0301 */
	CHECK_INT(uw_width("\xf0\x9f\x99\x82", 4), 2);		/* emoji */
	CHECK_INT(uw_width("\xe2\x9d\xa4\xef\xb8\x8f", 6), 1);	/* U+FE0F */
	CHECK_INT(uw_width("a\xe2\x80\x8b" "b", 5), 2);		/* ZWSP */
	CHECK_INT(uw_width("\xef\xbc\xa1", 3), 2);		/* fullwidth */
	CHECK_INT(uw_width("\xea\xb0\x80", 3), 2);		/* Hangul */
	CHECK_INT(uw_width("\xff\xfe", 2), 2);			/* invalid */
	CHECK_INT(uw_width("\xe6\x97", 2), 2);			/* truncated */
	CHECK_INT(uw_width("\xc0\xaf", 2), 2);			/* overlong */
	CHECK_INT(uw_width("\xed\xa0\x80", 3), 3);		/* surrogate */
	CHECK_INT(uw_width("\xf4\x90\x80\x80", 4), 4);		/* > 10FFFF */
	CHECK_INT(uw_decode("\xc3\xa9", 2, &cp), 2);
	CHECK_INT(cp, 0xE9);
	CHECK_INT(uw_decode("\xf0\x9f\x99\x82", 4, &cp), 4);
	CHECK_INT(cp, 0x1F642);
	CHECK_INT(uw_decode("\xf0\x9f\x99\x82", 3, &cp), 1);
	CHECK(cp == UW_INVALID);
	CHECK_INT(uw_decode("\xe6\x97" "a", 3, &cp), 1);
	CHECK(cp == UW_INVALID);
	CHECK_INT(uw_cpwidth(0x1B), 0);
	CHECK_INT(uw_cpwidth(0x85), 0);
}

static void
test_kinds_text(void)
{
	struct table *t = kinds_table();
	struct emit_opts o = { NULL };

	EXPECT("table", &t, 1, &o,
	    "Top\n"
	    "name     n   avg    rate   ttr  first\n"
	    "-----  ---  ----  ------  ----  --------------------\n"
	    "alpha    3  1.50   25.0%  1.50  1970-01-01T00:00:00Z\n"
	    "b       12  0.00  100.0%   n/a  n/a\n"
	    "n/a    n/a   n/a   12.3%  0.25  2023-11-14T22:13:20Z\n"
	    "note: ttr is n/a: no closed or status column\n");
	table_free(t);
}

static void
test_kinds_csv_tsv(void)
{
	struct table *t = kinds_table();

	EXPECT("csv", &t, 1, NULL,
	    "name,n,avg,rate,ttr,first\n"
	    "alpha,3,1.50,0.2500,1.50,1970-01-01T00:00:00Z\n"
	    "b,12,0.00,1.0000,,\n"
	    ",,,0.1234,0.25,2023-11-14T22:13:20Z\n");
	EXPECT("tsv", &t, 1, NULL,
	    "name\tn\tavg\trate\tttr\tfirst\n"
	    "alpha\t3\t1.50\t0.2500\t1.50\t1970-01-01T00:00:00Z\n"
	    "b\t12\t0.00\t1.0000\t\t\n"
	    "\t\t\t0.1234\t0.25\t2023-11-14T22:13:20Z\n");
	table_free(t);
}

static void
test_kinds_json(void)
{
	struct table *t = kinds_table();

	EXPECT("json", &t, 1, NULL,
	    "[\n"
	    "{\"name\":\"alpha\",\"n\":3,\"avg\":1.50,\"rate\":0.2500,"
	    "\"ttr\":1.50,\"first\":\"1970-01-01T00:00:00Z\"},\n"
	    "{\"name\":\"b\",\"n\":12,\"avg\":0.00,\"rate\":1.0000,"
	    "\"ttr\":null,\"first\":null},\n"
	    "{\"name\":null,\"n\":null,\"avg\":null,\"rate\":0.1234,"
	    "\"ttr\":0.25,\"first\":\"2023-11-14T22:13:20Z\"}\n"
	    "]\n");
	table_free(t);
}

static void
test_kinds_md(void)
{
	struct table *t = kinds_table();

	EXPECT("md", &t, 1, NULL,
	    "### Top\n"
	    "\n"
	    "| name | n | avg | rate | ttr | first |\n"
	    "| --- | ---: | ---: | ---: | ---: | --- |\n"
	    "| alpha | 3 | 1.50 | 25.0% | 1.50 | 1970-01-01T00:00:00Z |\n"
	    "| b | 12 | 0.00 | 100.0% | n/a | n/a |\n"
	    "| n/a | n/a | n/a | 12.3% | 0.25 | 2023-11-14T22:13:20Z |\n"
	    "\n"
	    "_note: ttr is n/a: no closed or status column_\n");
	table_free(t);
}

/* out_csv_field quotes a field when any byte of it is a comma, quote, CR
 * or LF, wherever it is (the scan goes eight bytes a step), and leaves
 * every other field as it is; out_tsv_field escapes. */
static void
test_csv_field_scan(void)
{
	static const char specials[] = { ',', '"', '\r', '\n' };
	struct buf b;
	char f[40];
	size_t bad = 0;

	buf_init(&b);
	for (size_t n = 1; n <= 33; n++) {
		memset(f, 'a', n);
		buf_reset(&b);
		out_csv_field(&b, f, n, 0);
		bad += b.len != n;
		for (size_t pos = 0; pos < n; pos++)
			for (size_t k = 0; k < sizeof(specials); k++) {
				memset(f, 'a', n);
				f[pos] = specials[k];
				buf_reset(&b);
				out_csv_field(&b, f, n, 0);
				bad += b.len < n + 2 || b.p[0] != '"' ||
				    b.p[b.len - 1] != '"';
			}
	}
	CHECK_INT(bad, 0);
	buf_reset(&b);
	out_csv_field(&b, "a \"b\"", 5, 0);
	out_csv_field(&b, " x", 2, 0);
	out_csv_field(&b, "", 0, 1);
	out_csv_field(&b, "", 0, 0);
	CHECK(b.len == 15 && memcmp(b.p, "\"a \"\"b\"\"\"\" x\"\"\"", 15) == 0);
	buf_reset(&b);
	out_csv_field(&b, "\"\"x\"", 4, 0);
	CHECK_STR(b.p, "\"\"\"\"\"x\"\"\"");
	buf_reset(&b);
	out_tsv_field(&b, "a\tb\\c\nd\re", 9, 0);
	CHECK(b.len == 13 && memcmp(b.p, "a\\tb\\\\c\\nd\\re", 13) == 0);
	buf_fini(&b);
}

/* A column of figures of different kinds, a row each (the report's
 * headline): each cell spelled as its own kind in every format, and kept
 * by table_select. */
static void
test_cell_kinds(void)
{
	struct table *t = table_new(NULL), *u;

	table_add_col(t, "metric", COL_TEXT);
	table_add_col(t, "v", COL_NUM);
	table_add_row(t);
	set_text(t, 0, 0, "cases");
	table_set_value(t, 0, 1, COL_COUNT, -5.0);
	table_add_row(t);
	set_text(t, 1, 0, "rate");
	table_set_value(t, 1, 1, COL_RATE, 0.37106);
	table_add_row(t);
	set_text(t, 2, 0, "ttr");
	table_set_value(t, 2, 1, COL_HOURS, 92141.0);
	table_add_row(t);
	set_text(t, 3, 0, "csat");
	table_set_value(t, 3, 1, COL_NUM, 3.43077);
	table_add_row(t);
	set_text(t, 4, 0, "none");
	table_set_value(t, 4, 1, COL_RATE, NAN);
	EXPECT("csv", &t, 1, NULL,
	    "metric,v\ncases,-5\nrate,0.3711\nttr,25.59\ncsat,3.43\n"
	    "none,\n");
	EXPECT("json", &t, 1, NULL,
	    "[\n{\"metric\":\"cases\",\"v\":-5},\n"
	    "{\"metric\":\"rate\",\"v\":0.3711},\n"
	    "{\"metric\":\"ttr\",\"v\":25.59},\n"
	    "{\"metric\":\"csat\",\"v\":3.43},\n"
	    "{\"metric\":\"none\",\"v\":null}\n]\n");
	u = table_select(t, NULL, 0, NULL);
	EXPECT("table", &u, 1, NULL,
	    "metric      v\n"
	    "------  -----\n"
	    "cases      -5\n"
	    "rate    37.1%\n"
	    "ttr     25.59\n"
	    "csat     3.43\n"
	    "none      n/a\n");
	CHECK_INT(table_cell_kind(u, 0, 1), COL_COUNT);
	CHECK_INT(table_cell_kind(u, 4, 1), COL_RATE);
	CHECK_INT(table_cell_kind(u, 0, 0), COL_TEXT);
	table_free(u);
	table_free(t);
}

static void
test_numbers(void)
{
	struct table *t;

	t = table_new(NULL);
	table_add_col(t, "n", COL_COUNT);
	table_add_col(t, "x", COL_NUM);
	table_add_col(t, "r", COL_RATE);
	table_add_col(t, "h", COL_HOURS);
	table_add_row(t);
	table_set_int(t, 0, 0, INT64_MAX);
	table_set_num(t, 0, 1, -0.0);
	table_set_num(t, 0, 2, -0.00001);
	table_set_num(t, 0, 3, -1.0);
	table_add_row(t);
	table_set_int(t, 1, 0, 0);
	table_set_num(t, 1, 1, -1.5);
	table_set_num(t, 1, 2, 0.99994);
	table_set_num(t, 1, 3, 3600.0 * 1234.567);
	table_add_row(t);
	table_set_num(t, 2, 1, INFINITY);
	table_set_num(t, 2, 2, 0.0006);
	table_set_num(t, 2, 3, -INFINITY);
	EXPECT("csv", &t, 1, NULL,
	    "n,x,r,h\n"
	    "9223372036854775807,0.00,0.0000,0.00\n"
	    "0,-1.50,0.9999,1234.57\n"
	    ",inf,0.0006,-inf\n");
	EXPECT("json", &t, 1, NULL,
	    "[\n"
	    "{\"n\":9223372036854775807,\"x\":0.00,\"r\":0.0000,\"h\":0.00},\n"
	    "{\"n\":0,\"x\":-1.50,\"r\":0.9999,\"h\":1234.57},\n"
	    "{\"n\":null,\"x\":null,\"r\":0.0006,\"h\":null}\n"
	    "]\n");
	EXPECT("table", &t, 1, NULL,
	    "                  n      x       r        h\n"
	    "-------------------  -----  ------  -------\n"
	    "9223372036854775807   0.00    0.0%     0.00\n"
	    "                  0  -1.50  100.0%  1234.57\n"
	    "                n/a    inf    0.1%     -inf\n");
	table_free(t);
}

static void
test_text_wide(void)
{
	struct table *t;

	t = table_new(NULL);
	table_add_col(t, "name", COL_TEXT);
	table_add_col(t, "n", COL_COUNT);
	table_add_row(t);
	set_text(t, 0, 0, "\xe6\x97\xa5\xe6\x9c\xac");	/* 2 wide */
	table_set_int(t, 0, 1, 1);
	table_add_row(t);
	set_text(t, 1, 0, "e\xcc\x81");			/* combining */
	table_set_int(t, 1, 1, 22);
	table_add_row(t);
	set_text(t, 2, 0, "\xf0\x9f\x99\x82x");		/* emoji */
	table_set_int(t, 2, 1, 333);
	table_add_row(t);
	set_text(t, 3, 0, "a\xe2\x80\x8b" "b");		/* ZWSP */
	table_set_int(t, 3, 1, 4);
	EXPECT("table", &t, 1, NULL,
	    "name    n\n"
	    "----  ---\n"
	    "\xe6\x97\xa5\xe6\x9c\xac    1\n"
	    "e\xcc\x81      22\n"
	    "\xf0\x9f\x99\x82x   333\n"
	    "a\xe2\x80\x8b" "b      4\n");
	table_free(t);

	/* A wide header sets the width; headers align like their column. */
	t = table_new(NULL);
	table_add_col(t, "\xe5\x90\x8d\xe5\x89\x8d", COL_TEXT);
	table_add_col(t, "\xe6\x95\xb0", COL_COUNT);
	table_add_row(t);
	set_text(t, 0, 0, "abc");
	table_set_int(t, 0, 1, 5);
	EXPECT("table", &t, 1, NULL,
	    "\xe5\x90\x8d\xe5\x89\x8d  \xe6\x95\xb0\n"
	    "----  --\n"
	    "abc    5\n");
	table_free(t);
}

static void
test_text_no_trailing_space(void)
{
	struct table *t;

	t = table_new(NULL);
	table_add_col(t, "n", COL_COUNT);
	table_add_col(t, "s", COL_TEXT);
	table_add_col(t, "e", COL_TEXT);
	table_add_row(t);
	table_set_int(t, 0, 0, 1);
	set_text(t, 0, 1, "");
	set_text(t, 0, 2, "");
	table_add_row(t);
	table_set_int(t, 1, 0, 22);
	set_text(t, 1, 1, "x");
	set_text(t, 1, 2, "");
	EXPECT("table", &t, 1, NULL,
	    " n  s  e\n"
	    "--  -  -\n"
	    " 1\n"
	    "22  x\n");
	table_free(t);
}

static void
test_text_escapes(void)
{
	static const char *const s[] = {
		"a\nb\tc\rd",
		"\x01\x7f",
		"ok\xff\xc3",
		"\xc2\x85",
		"\x1b[31mred"
	};
	struct table *t;
	char nul[] = "x\0y";

	t = text_table(s, sizeof(s) / sizeof(s[0]));
	table_add_row(t);
	table_set_text(t, 5, 0, nul, 3);
	table_add_note(t, "line\nbreak");
	EXPECT("table", &t, 1, NULL,
	    "s\n"
	    "-----------\n"
	    "a\\nb\\tc\\rd\n"
	    "\\x01\\x7f\n"
	    "ok\\xff\\xc3\n"
	    "\\xc2\\x85\n"
	    "\\x1b[31mred\n"
	    "x\\x00y\n"
	    "note: line\\nbreak\n");
	table_free(t);
}

/* The row of a one-column table holding s, and what "table" shows. */
static void
expect_cut(int line, const char *s, size_t len, const char *want)
{
	struct table *t;
	struct buf b;
	size_t i, w;

	t = table_new(NULL);
	table_add_col(t, "s", COL_TEXT);
	table_add_row(t);
	table_set_text(t, 0, 0, s, len);
	w = uw_width(want, strlen(want));
	buf_init(&b);
	buf_addstr(&b, "s\n");
	for (i = 0; i < w; i++)
		buf_addc(&b, '-');
	buf_addc(&b, '\n');
	buf_addstr(&b, want);
	buf_addc(&b, '\n');
	expect_mem(line, "table", &t, 1, NULL, b.p, b.len);
	buf_fini(&b);
	table_free(t);
}

static void
test_text_truncate(void)
{
	struct table *t;
	struct buf in, want;
	size_t i;

	buf_init(&in);
	buf_init(&want);

	/* 60 columns fit; 61 do not. */
	for (i = 0; i < 60; i++)
		buf_addc(&in, 'a');
	expect_cut(__LINE__, in.p, in.len, in.p);
	buf_addc(&in, 'b');
	for (i = 0; i < 59; i++)
		buf_addc(&want, 'a');
	buf_addstr(&want, "\xe2\x80\xa6");
	expect_cut(__LINE__, in.p, in.len, want.p);

	/* 31 wide characters: 29 fit in 59 columns. */
	buf_reset(&in);
	buf_reset(&want);
	for (i = 0; i < 31; i++)
		buf_addstr(&in, "\xe6\x97\xa5");
	for (i = 0; i < 29; i++)
		buf_addstr(&want, "\xe6\x97\xa5");
	buf_addstr(&want, "\xe2\x80\xa6");
	expect_cut(__LINE__, in.p, in.len, want.p);

	/* A combining mark stays with the last character kept. */
	buf_reset(&in);
	buf_reset(&want);
	for (i = 0; i < 59; i++)
		buf_addc(&in, 'a');
	buf_addstr(&in, "\xcc\x81" "bbbb");
	for (i = 0; i < 59; i++)
		buf_addc(&want, 'a');
	buf_addstr(&want, "\xcc\x81\xe2\x80\xa6");
	expect_cut(__LINE__, in.p, in.len, want.p);

	/* An escape is never split. */
	buf_reset(&in);
	buf_reset(&want);
	for (i = 0; i < 58; i++)
		buf_addc(&in, 'a');
	buf_addstr(&in, "\nzzz");
	for (i = 0; i < 58; i++)
		buf_addc(&want, 'a');
	buf_addstr(&want, "\xe2\x80\xa6");
	expect_cut(__LINE__, in.p, in.len, want.p);

	/* Headers are never cut. */
	buf_reset(&in);
	buf_reset(&want);
	for (i = 0; i < 70; i++)
		buf_addc(&in, 'h');
	t = table_new(NULL);
	table_add_col(t, in.p, COL_TEXT);
	set_text(t, table_add_row(t), 0, "x");
	buf_add(&want, in.p, in.len);
	buf_addc(&want, '\n');
	for (i = 0; i < 70; i++)
		buf_addc(&want, '-');
	buf_addstr(&want, "\nx\n");
	expect_mem(__LINE__, "table", &t, 1, NULL, want.p, want.len);
	table_free(t);
	buf_fini(&in);
	buf_fini(&want);
}

static void
test_csv_quoting(void)
{
	struct table *t;

	t = table_new("not shown");
	table_add_col(t, "name", COL_TEXT);
	table_add_col(t, "note, with comma", COL_TEXT);
	table_add_note(t, "not shown either");
	table_add_row(t);
	set_text(t, 0, 0, "plain");
	set_text(t, 0, 1, "a,b");
	table_add_row(t);
	set_text(t, 1, 0, "say \"hi\"");
	set_text(t, 1, 1, "cr\rx");
	table_add_row(t);
	set_text(t, 2, 0, "lf\nx");
	set_text(t, 2, 1, " lead");
	table_add_row(t);
	set_text(t, 3, 0, "trail ");
	table_set_text(t, 3, 1, "nul\0x", 5);
	table_add_row(t);
	set_text(t, 4, 0, "mid space");
	table_add_row(t);
	set_text(t, 5, 1, "");
	table_add_row(t);
	set_text(t, 6, 0, "\"");
	set_text(t, 6, 1, "caf\xc3\xa9\xff");
	EXPECT("csv", &t, 1, NULL,
	    "name,\"note, with comma\"\n"
	    "plain,\"a,b\"\n"
	    "\"say \"\"hi\"\"\",\"cr\rx\"\n"
	    "\"lf\nx\",\" lead\"\n"
	    "\"trail \",nul\0x\n"
	    "mid space,\n"
	    ",\n"
	    "\"\"\"\",caf\xc3\xa9\xff\n");
	table_free(t);
}

static void
test_csv_one_column(void)
{
	static const char *const s[] = { "", "x" };
	struct table *t;

	t = text_table(s, 2);
	table_add_row(t);
	EXPECT("csv", &t, 1, NULL, "s\n\"\"\nx\n\"\"\n");
	table_free(t);
}

static void
test_tsv_escapes(void)
{
	struct table *t;

	t = table_new("not shown");
	table_add_col(t, "a\tb", COL_TEXT);
	table_add_col(t, "c", COL_TEXT);
	table_add_row(t);
	set_text(t, 0, 0, "x\\y\tz");
	set_text(t, 0, 1, "l1\nl2\rl3");
	table_add_row(t);
	set_text(t, 1, 0, "");
	table_add_row(t);
	table_set_text(t, 2, 0, "nul\0x", 5);
	set_text(t, 2, 1, "\"q\",c \xff");
	EXPECT("tsv", &t, 1, NULL,
	    "a\\tb\tc\n"
	    "x\\\\y\\tz\tl1\\nl2\\rl3\n"
	    "\t\n"
	    "nul\0x\t\"q\",c \xff\n");
	table_free(t);
}

static void
test_json_escapes(void)
{
	static const char *const s[] = {
		"q\"b\\s/",
		"\b\f\n\r\t",
		"\x01\x1f\x7f",
		"bad\xff\xc3(",
		"cut\xe6\x97",
		"\xc3\xa9\xe6\x97\xa5\xf0\x9f\x99\x82",
		"\xed\xa0\x80"
	};
	struct table *t;

	t = text_table(s, sizeof(s) / sizeof(s[0]));
	table_add_row(t);
	table_set_text(t, 7, 0, "nul\0x", 5);
	EXPECT("json", &t, 1, NULL,
	    "[\n"
	    "{\"s\":\"q\\\"b\\\\s/\"},\n"
	    "{\"s\":\"\\b\\f\\n\\r\\t\"},\n"
	    "{\"s\":\"\\u0001\\u001f\x7f\"},\n"
	    "{\"s\":\"bad\xef\xbf\xbd\xef\xbf\xbd(\"},\n"
	    "{\"s\":\"cut\xef\xbf\xbd\xef\xbf\xbd\"},\n"
	    "{\"s\":\"\xc3\xa9\xe6\x97\xa5\xf0\x9f\x99\x82\"},\n"
	    "{\"s\":\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"},\n"
	    "{\"s\":\"nul\\u0000x\"}\n"
	    "]\n");
	table_free(t);

	/* Keys are escaped too; title and notes of a lone table dropped. */
	t = table_new("dropped");
	table_add_col(t, "a\"b", COL_COUNT);
	table_add_col(t, "c\n", COL_TEXT);
	table_add_note(t, "dropped");
	table_add_row(t);
	table_set_int(t, 0, 0, 7);
	EXPECT("json", &t, 1, NULL,
	    "[\n{\"a\\\"b\":7,\"c\\n\":null}\n]\n");
	table_free(t);

	/* No rows: an empty array. */
	t = table_new("x");
	table_add_col(t, "a", COL_TEXT);
	table_add_note(t, "n");
	EXPECT("json", &t, 1, NULL, "[]\n");
	table_free(t);
}

static void
test_md_escapes(void)
{
	static const char *const s[] = {
		"a|b",
		"l1\r\nl2\nl3\rl4",
		"x\x01\x7fy\t",
		"bad\xff",
		"\xc2\x85zz",
		"\xe6\x97\xa5|"
	};
	struct table *t;

	t = text_table(s, sizeof(s) / sizeof(s[0]));
	table_add_row(t);
	table_add_note(t, "two\nlines");
	EXPECT("markdown", &t, 1, NULL,
	    "| s |\n"
	    "| --- |\n"
	    "| a\\|b |\n"
	    "| l1 l2 l3 l4 |\n"
	    "| xy |\n"
	    "| bad\xef\xbf\xbd |\n"
	    "| zz |\n"
	    "| \xe6\x97\xa5\\| |\n"
	    "| n/a |\n"
	    "\n"
	    "_note: two lines_\n");
	table_free(t);

	/* Header pipes are escaped; a title line and several notes. */
	t = table_new("A | B");
	table_add_col(t, "x|y", COL_RATE);
	table_add_row(t);
	table_set_num(t, 0, 0, 0.5);
	table_add_note(t, "one");
	table_add_note(t, "two");
	EXPECT("markdown", &t, 1, NULL,
	    "### A | B\n"
	    "\n"
	    "| x\\|y |\n"
	    "| ---: |\n"
	    "| 50.0% |\n"
	    "\n"
	    "_note: one_\n"
	    "\n"
	    "_note: two_\n");
	table_free(t);
}

static void
test_multi(void)
{
	struct table *t[2];

	multi_tables(t);
	EXPECT("table", t, 2, NULL,
	    "k  v\n"
	    "-  -\n"
	    "x  1\n"
	    "\n"
	    "Empty\n"
	    "a\n"
	    "-\n"
	    "note: nothing\n");
	EXPECT("csv", t, 2, NULL,
	    "k,v\n"
	    "x,1\n"
	    "\n"
	    "a\n");
	EXPECT("tsv", t, 2, NULL,
	    "k\tv\n"
	    "x\t1\n"
	    "\n"
	    "a\n");
	EXPECT("json", t, 2, NULL,
	    "{\"tables\":[\n"
	    "{\"title\":null,\"notes\":[],\"rows\":[\n"
	    "{\"k\":\"x\",\"v\":1}\n"
	    "]},\n"
	    "{\"title\":\"Empty\",\"notes\":[\"nothing\"],\"rows\":[]}\n"
	    "]}\n");
	EXPECT("markdown", t, 2, NULL,
	    "| k | v |\n"
	    "| --- | ---: |\n"
	    "| x | 1 |\n"
	    "\n"
	    "### Empty\n"
	    "\n"
	    "| a |\n"
	    "| --- |\n"
	    "\n"
	    "_note: nothing_\n");
	table_free(t[0]);
	table_free(t[1]);
}

static void
test_multi_three(void)
{
	struct table *t[3];

	multi_tables(t);
	t[2] = kinds_table();
	EXPECT("json", t, 3, NULL,
	    "{\"tables\":[\n"
	    "{\"title\":null,\"notes\":[],\"rows\":[\n"
	    "{\"k\":\"x\",\"v\":1}\n"
	    "]},\n"
	    "{\"title\":\"Empty\",\"notes\":[\"nothing\"],\"rows\":[]},\n"
	    "{\"title\":\"Top\",\"notes\":"
	    "[\"ttr is n/a: no closed or status column\"],\"rows\":[\n"
	    "{\"name\":\"alpha\",\"n\":3,\"avg\":1.50,\"rate\":0.2500,"
	    "\"ttr\":1.50,\"first\":\"1970-01-01T00:00:00Z\"},\n"
	    "{\"name\":\"b\",\"n\":12,\"avg\":0.00,\"rate\":1.0000,"
	    "\"ttr\":null,\"first\":null},\n"
	    "{\"name\":null,\"n\":null,\"avg\":null,\"rate\":0.1234,"
	    "\"ttr\":0.25,\"first\":\"2023-11-14T22:13:20Z\"}\n"
	    "]}\n"
	    "]}\n");
	EXPECT("csv", t, 3, NULL,
	    "k,v\n"
	    "x,1\n"
	    "\n"
	    "a\n"
	    "\n"
	    "name,n,avg,rate,ttr,first\n"
	    "alpha,3,1.50,0.2500,1.50,1970-01-01T00:00:00Z\n"
	    "b,12,0.00,1.0000,,\n"
	    ",,,0.1234,0.25,2023-11-14T22:13:20Z\n");
	table_free(t[0]);
	table_free(t[1]);
	table_free(t[2]);
}

static void
test_time_zone(void)
{
	struct emit_opts o;
	struct gerr err;
	struct table *t;
	struct tz *tz;

	t = table_new(NULL);
	table_add_col(t, "t", COL_TIME);
	table_add_col(t, "n", COL_COUNT);
	table_add_row(t);
	table_set_int(t, 0, 0, 0);
	table_set_int(t, 0, 1, 1);
	table_add_row(t);
	table_set_int(t, 1, 1, 22);
	table_add_row(t);
	table_set_int(t, 2, 0, -1);
	table_set_int(t, 2, 1, 3);
	o.tz = NULL;
	EXPECT("csv", &t, 1, &o,
	    "t,n\n"
	    "1970-01-01T00:00:00Z,1\n"
	    ",22\n"
	    "1969-12-31T23:59:59Z,3\n");
	tz = tz_load("+05:30", &err);
	CHECK(tz != NULL);
	if (tz == NULL) {
		table_free(t);
		return;
	}
	o.tz = tz;
	EXPECT("json", &t, 1, &o,
	    "[\n"
	    "{\"t\":\"1970-01-01T05:30:00+05:30\",\"n\":1},\n"
	    "{\"t\":null,\"n\":22},\n"
	    "{\"t\":\"1970-01-01T05:29:59+05:30\",\"n\":3}\n"
	    "]\n");
	EXPECT("table", &t, 1, &o,
	    "t                           n\n"
	    "-------------------------  --\n"
	    "1970-01-01T05:30:00+05:30   1\n"
	    "n/a                        22\n"
	    "1970-01-01T05:29:59+05:30   3\n");
	tz_free(tz);
	table_free(t);
}

/* Emit into /dev/full, buffered by bufsz bytes (0: stdio's default). */
static int
emit_full(const char *fmt, struct table *const *t, size_t n, size_t bufsz,
    int *err)
{
	char sbuf[16];
	FILE *f;
	int rc;

	if ((f = fopen("/dev/full", "w")) == NULL)
		return -2;
	if (bufsz > 0)
		setvbuf(f, sbuf, _IOFBF, bufsz < sizeof(sbuf) ? bufsz :
		    sizeof(sbuf));
	errno = 0;
	rc = out_lookup(fmt)->emit(f, t, n, NULL);
	*err = errno;
	fclose(f);
	return rc;
}

static void
test_write_error(void)
{
	static const char *const fmts[] = {
		"table", "csv", "tsv", "json", "markdown"
	};
	struct table *t[2];
	size_t i;
	int err;

	multi_tables(t);
	table_free(t[0]);
	t[0] = kinds_table();
	for (i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++) {
		CHECK_INT(emit_full(fmts[i], t, 1, 16, &err), -1);
		CHECK_INT(err, ENOSPC);
		CHECK_INT(emit_full(fmts[i], t, 2, 16, &err), -1);
		CHECK_INT(emit_full(fmts[i], t, 1, 0, &err), -1);
		CHECK_INT(err, ENOSPC);
	}
	table_free(t[0]);
	table_free(t[1]);
}

static const struct unit_test tests[] = {
	{ "lookup", test_lookup },
	{ "uwidth", test_uwidth },
	{ "kinds_text", test_kinds_text },
	{ "kinds_csv_tsv", test_kinds_csv_tsv },
	{ "kinds_json", test_kinds_json },
	{ "kinds_md", test_kinds_md },
	{ "csv_field_scan", test_csv_field_scan },
	{ "cell_kinds", test_cell_kinds },
	{ "numbers", test_numbers },
	{ "text_wide", test_text_wide },
	{ "text_no_trailing_space", test_text_no_trailing_space },
	{ "text_escapes", test_text_escapes },
	{ "text_truncate", test_text_truncate },
	{ "csv_quoting", test_csv_quoting },
	{ "csv_one_column", test_csv_one_column },
	{ "tsv_escapes", test_tsv_escapes },
	{ "json_escapes", test_json_escapes },
	{ "md_escapes", test_md_escapes },
	{ "multi", test_multi },
	{ "multi_three", test_multi_three },
	{ "time_zone", test_time_zone },
	{ "write_error", test_write_error }
};

UNIT_MAIN(tests)
