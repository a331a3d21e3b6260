/* test_table.c: unit tests for table.c, the typed result table.
 *
 * Cells start missing, each kind keeps its value, text keeps any bytes,
 * the text arena survives growth to 100k cells, notes keep their order,
 * and misuse aborts (checked in a child process).
 */
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "table.h"
#include "timeparse.h"
#include "unit.h"

static void
test_empty(void)
{
	struct table *t;

	t = table_new(NULL);
	CHECK(table_title(t) == NULL);
	CHECK_INT(table_ncols(t), 0);
	CHECK_INT(table_nrows(t), 0);
	CHECK_INT(table_nnotes(t), 0);
	table_free(t);
	table_free(NULL);
}

static void
test_title_copied(void)
{
	char title[] = "by day";
	struct table *t;

	t = table_new(title);
	title[0] = 'X';
	CHECK_STR(table_title(t), "by day");
	table_free(t);
}

static void
test_columns(void)
{
	char name[] = "created";
	struct table *t;

	t = table_new("t");
	CHECK_INT(table_add_col(t, "a", COL_TEXT), 0);
	CHECK_INT(table_add_col(t, "b", COL_COUNT), 1);
	CHECK_INT(table_add_col(t, "c", COL_NUM), 2);
	CHECK_INT(table_add_col(t, "d", COL_RATE), 3);
	CHECK_INT(table_add_col(t, "e", COL_HOURS), 4);
	CHECK_INT(table_add_col(t, name, COL_TIME), 5);
	name[0] = 'X';
	CHECK_INT(table_ncols(t), 6);
	CHECK_STR(table_col_name(t, 0), "a");
	CHECK_STR(table_col_name(t, 5), "created");
	CHECK_INT(table_col_kind(t, 0), COL_TEXT);
	CHECK_INT(table_col_kind(t, 1), COL_COUNT);
	CHECK_INT(table_col_kind(t, 2), COL_NUM);
	CHECK_INT(table_col_kind(t, 3), COL_RATE);
	CHECK_INT(table_col_kind(t, 4), COL_HOURS);
	CHECK_INT(table_col_kind(t, 5), COL_TIME);
	table_free(t);
}

static void
test_missing_by_default(void)
{
	struct table *t;
	size_t r, c, len = 99;

	t = table_new(NULL);
	table_add_col(t, "a", COL_TEXT);
	table_add_col(t, "b", COL_COUNT);
	table_add_col(t, "c", COL_NUM);
	table_add_col(t, "d", COL_TIME);
	CHECK_INT(table_add_row(t), 0);
	CHECK_INT(table_add_row(t), 1);
	CHECK_INT(table_nrows(t), 2);
	for (r = 0; r < 2; r++)
		for (c = 0; c < 4; c++)
			CHECK(table_is_missing(t, r, c));
	CHECK(table_text(t, 0, 0, &len) == NULL);
	CHECK_INT(len, 0);
	CHECK_INT(table_int(t, 0, 1), 0);
	CHECK(isnan(table_num(t, 0, 2)));
	CHECK(isnan(table_num(t, 0, 3)));
	table_free(t);
}

static void
test_values(void)
{
	struct table *t;

	t = table_new(NULL);
	table_add_col(t, "n", COL_COUNT);
	table_add_col(t, "x", COL_NUM);
	table_add_col(t, "r", COL_RATE);
	table_add_col(t, "h", COL_HOURS);
	table_add_col(t, "t", COL_TIME);
	table_add_row(t);
	table_set_int(t, 0, 0, INT64_C(9007199254740993));
	table_set_num(t, 0, 1, -2.5);
	table_set_num(t, 0, 2, 0.25);
	table_set_num(t, 0, 3, 5400.0);
	table_set_int(t, 0, 4, INT64_C(1700000000));
	CHECK(!table_is_missing(t, 0, 0));
	CHECK_INT(table_int(t, 0, 0), INT64_C(9007199254740993));
	CHECK_DBL(table_num(t, 0, 1), -2.5, 0);
	CHECK_DBL(table_num(t, 0, 2), 0.25, 0);
	CHECK_DBL(table_num(t, 0, 3), 5400.0, 0);
	CHECK_INT(table_int(t, 0, 4), INT64_C(1700000000));
	CHECK_DBL(table_num(t, 0, 4), 1700000000.0, 0);

	/* NaN and TIME_NONE make a cell missing again. */
	table_set_num(t, 0, 1, NAN);
	CHECK(table_is_missing(t, 0, 1));
	table_set_int(t, 0, 4, TIME_NONE);
	CHECK(table_is_missing(t, 0, 4));
	table_set_num(t, 0, 2, 0.0);
	CHECK(!table_is_missing(t, 0, 2));
	table_set_int(t, 0, 0, 0);
	CHECK(!table_is_missing(t, 0, 0));
	table_free(t);
}

static void
test_text_bytes(void)
{
	static const char odd[] = "a\0b\n\xff\xc3";
	struct table *t;
	const char *p;
	size_t len;

	t = table_new(NULL);
	table_add_col(t, "s", COL_TEXT);
	table_add_row(t);
	table_add_row(t);
	table_set_text(t, 0, 0, odd, sizeof(odd) - 1);
	table_set_text(t, 1, 0, "", 0);
	p = table_text(t, 0, 0, &len);
	CHECK_INT(len, 6);
	CHECK(p != NULL && memcmp(p, odd, 6) == 0);
	CHECK(p != NULL && p[6] == '\0');
	p = table_text(t, 1, 0, &len);
	CHECK(!table_is_missing(t, 1, 0));
	CHECK(p != NULL);
	CHECK_INT(len, 0);

	/* Setting again replaces. */
	table_set_text(t, 0, 0, "new", 3);
	p = table_text(t, 0, 0, &len);
	CHECK_INT(len, 3);
	CHECK_STR(p, "new");
	table_free(t);
}

static void
test_many_cells(void)
{
	struct table *t;
	char s[32];
	const char *p;
	size_t r, c, len, nrows = 25000, bad = 0;
	int n;

	t = table_new("big");
	table_add_col(t, "text", COL_TEXT);
	table_add_col(t, "count", COL_COUNT);
	table_add_col(t, "more", COL_TEXT);
	table_add_col(t, "num", COL_NUM);
	for (r = 0; r < nrows; r++) {
		CHECK_INT(table_add_row(t), r);
		n = snprintf(s, sizeof(s), "row %zu", r);
		table_set_text(t, r, 0, s, (size_t)n);
		table_set_int(t, r, 1, (int64_t)r * 3);
		if (r % 7 != 0) {
			n = snprintf(s, sizeof(s), "%zu", r * r);
			table_set_text(t, r, 2, s, (size_t)n);
		}
		table_set_num(t, r, 3, (double)r / 4);
	}
	CHECK_INT(table_nrows(t), nrows);
	for (r = 0; r < nrows; r++) {
		n = snprintf(s, sizeof(s), "row %zu", r);
		p = table_text(t, r, 0, &len);
		if (p == NULL || len != (size_t)n || memcmp(p, s, len) != 0)
			bad++;
		if (table_int(t, r, 1) != (int64_t)r * 3)
			bad++;
		c = 2;
		if (r % 7 == 0) {
			if (!table_is_missing(t, r, c))
				bad++;
		} else {
			n = snprintf(s, sizeof(s), "%zu", r * r);
			p = table_text(t, r, c, &len);
			if (p == NULL || len != (size_t)n ||
			    memcmp(p, s, len) != 0)
				bad++;
		}
		if (table_num(t, r, 3) != (double)r / 4)
			bad++;
	}
	CHECK_INT(bad, 0);
	table_free(t);
}

static void
test_notes(void)
{
	char note[] = "ttr is n/a: no closed or status column";
	struct table *t;

	t = table_new(NULL);
	table_add_note(t, note);
	note[0] = 'X';
	table_add_note(t, "second");
	table_add_note(t, "third");
	table_add_note(t, "fourth");
	table_add_note(t, "fifth");
	CHECK_INT(table_nnotes(t), 5);
	CHECK_STR(table_note(t, 0), "ttr is n/a: no closed or status column");
	CHECK_STR(table_note(t, 1), "second");
	CHECK_STR(table_note(t, 4), "fifth");
	table_free(t);
}

static void
test_rows_without_columns(void)
{
	struct table *t;

	t = table_new(NULL);
	CHECK_INT(table_add_row(t), 0);
	CHECK_INT(table_add_row(t), 1);
	CHECK_INT(table_nrows(t), 2);
	table_free(t);
}

/* Whether fn aborts, run in a child with stderr closed. */
static int
aborts(void (*fn)(void))
{
	pid_t pid;
	int st;

	fflush(stdout);
	if ((pid = fork()) == -1)
		return 0;
	if (pid == 0) {
		if (freopen("/dev/null", "w", stderr) == NULL)
			_exit(3);
		fn();
		_exit(0);
	}
	if (waitpid(pid, &st, 0) == -1)
		return 0;
	return WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT;
}

static void
misuse_kind(void)
{
	struct table *t = table_new(NULL);

	table_add_col(t, "s", COL_TEXT);
	table_add_row(t);
	table_set_int(t, 0, 0, 1);
}

static void
misuse_num_on_count(void)
{
	struct table *t = table_new(NULL);

	table_add_col(t, "n", COL_COUNT);
	table_add_row(t);
	table_set_num(t, 0, 0, 1.0);
}

static void
misuse_range(void)
{
	struct table *t = table_new(NULL);

	table_add_col(t, "n", COL_COUNT);
	table_add_row(t);
	table_set_int(t, 1, 0, 1);
}

static void
misuse_late_col(void)
{
	struct table *t = table_new(NULL);

	table_add_col(t, "n", COL_COUNT);
	table_add_row(t);
	table_add_col(t, "m", COL_COUNT);
}

static void
misuse_text_on_time(void)
{
	struct table *t = table_new(NULL);

	table_add_col(t, "t", COL_TIME);
	table_add_row(t);
	table_set_text(t, 0, 0, "x", 1);
}

static void
misuse_value_on_rate(void)
{
	struct table *t = table_new(NULL);

	table_add_col(t, "r", COL_RATE);
	table_add_row(t);
	table_set_value(t, 0, 0, COL_COUNT, 1.0);
}

static void
misuse_int_of_rate_cell(void)
{
	struct table *t = table_new(NULL);

	table_add_col(t, "v", COL_NUM);
	table_add_row(t);
	table_set_value(t, 0, 0, COL_RATE, 0.5);
	(void)table_int(t, 0, 0);
}

static void
test_misuse_aborts(void)
{
	CHECK(aborts(misuse_kind));
	CHECK(aborts(misuse_num_on_count));
	CHECK(aborts(misuse_range));
	CHECK(aborts(misuse_late_col));
	CHECK(aborts(misuse_text_on_time));
	CHECK(aborts(misuse_value_on_rate));
	CHECK(aborts(misuse_int_of_rate_cell));
}

static const struct unit_test tests[] = {
	{ "empty", test_empty },
	{ "title_copied", test_title_copied },
	{ "columns", test_columns },
	{ "missing_by_default", test_missing_by_default },
	{ "values", test_values },
	{ "text_bytes", test_text_bytes },
	{ "many_cells", test_many_cells },
	{ "notes", test_notes },
	{ "rows_without_columns", test_rows_without_columns },
	{ "misuse_aborts", test_misuse_aborts }
};

UNIT_MAIN(tests)
