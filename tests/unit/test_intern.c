/* test_intern.c: unit tests for intern.c, strings to dense ids.
 *
 * Ids come in order of first appearance and a string keeps its id; every
 * length round-trips, across the one-byte/four-byte length boundary (253,
 * 254, 255) and with NUL bytes inside; ids without a string are never
 * found and have none; 200k strings survive the table's and the arena's
 * growth, checked against their expected ids; so do strings whose ids
 * are much larger than the table (unnamed ids before them); a sealed
 * table keeps its ids and strings; warming a lookup changes nothing;
 * all of it holds as well for a table that keeps every id's offset
 * (intern_new_few).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "intern.h"
#include "unit.h"

static void
test_order(void)
{
	struct intern *t = intern_new();
	size_t len;

	CHECK_INT(intern_id(t, "b", 1), 0);
	CHECK_INT(intern_id(t, "a", 1), 1);
	CHECK_INT(intern_id(t, "b", 1), 0);
	CHECK_INT(intern_id(t, "", 0), 2);
	CHECK_INT(intern_id(t, "", 0), 2);
	CHECK_INT(intern_count(t), 3);
	CHECK_STR(intern_str(t, 1, &len), "a");
	CHECK_INT(len, 1);
	CHECK_STR(intern_str(t, 2, &len), "");
	CHECK_INT(len, 0);
	CHECK_INT(intern_find(t, "a", 1), 1);
	CHECK_INT(intern_find(t, "c", 1), INTERN_NONE);
	intern_free(t);
	intern_free(NULL);
}

/* Strings of every length from 0 to 600 (the length byte's boundary is
 * 255) of a repeated byte, and the same with a NUL in the middle. */
static void
test_lengths(void)
{
	struct intern *t = intern_new();
	char s[601];

	for (size_t n = 0; n <= 600; n++) {
		memset(s, 'x', n);
		CHECK_INT(intern_id(t, s, n), n);
	}
	for (size_t n = 3; n <= 600; n++) {
		memset(s, 'y', n);
		s[n / 2] = '\0';
		CHECK_INT(intern_id(t, s, n), 601 + n - 3);
	}
	for (size_t n = 0; n <= 600; n++) {
		size_t len;
		const char *p = intern_str(t, (uint32_t)n, &len);

		CHECK_INT(len, n);
		memset(s, 'x', n);
		CHECK(memcmp(p, s, n) == 0 && p[n] == '\0');
		CHECK_INT(intern_find(t, s, n), n);
	}
	for (size_t n = 3; n <= 600; n++) {
		size_t len;
		const char *p = intern_str(t, (uint32_t)(601 + n - 3), &len);

		memset(s, 'y', n);
		s[n / 2] = '\0';
		CHECK_INT(len, n);
		CHECK(memcmp(p, s, n) == 0);
	}
	intern_free(t);
}

/* Ids without a string take their place in the order, are never found,
 * and have a NULL string. */
static void
test_unnamed(void)
{
	struct intern *t = intern_new();
	size_t len = 9;

	CHECK_INT(intern_id(t, "K1", 2), 0);
	CHECK_INT(intern_unnamed(t), 1);
	CHECK_INT(intern_unnamed(t), 2);
	CHECK_INT(intern_id(t, "K2", 2), 3);
	CHECK_INT(intern_id(t, "K1", 2), 0);
	CHECK(intern_str(t, 1, &len) == NULL);
	CHECK_INT(len, 0);
	CHECK(intern_str(t, 2, NULL) == NULL);
	CHECK_STR(intern_str(t, 3, NULL), "K2");
	CHECK_INT(intern_find(t, "", 0), INTERN_NONE);
	CHECK_INT(intern_count(t), 4);
	intern_free(t);
}

/* 200k ids like a log's, every tenth unnamed, then each found again. */
static void
many(struct intern *t)
{
	char s[32];
	size_t n = 200000;

	for (size_t i = 0; i < n; i++) {
		int k = snprintf(s, sizeof(s), "T%07zu", i);

		if (i % 10 == 9)
			CHECK_INT(intern_unnamed(t), i);
		else
			CHECK_INT(intern_id(t, s, (size_t)k), i);
	}
	CHECK_INT(intern_count(t), n);
	for (size_t i = 0; i < n; i++) {
		int k = snprintf(s, sizeof(s), "T%07zu", i);
		size_t len;
		const char *p = intern_str(t, (uint32_t)i, &len);

		if (i % 10 == 9) {
			CHECK(p == NULL);
			CHECK_INT(intern_find(t, s, (size_t)k), INTERN_NONE);
		} else {
			CHECK(p != NULL && len == (size_t)k &&
			    memcmp(p, s, len) == 0);
			CHECK_INT(intern_find(t, s, (size_t)k), i);
		}
	}
	intern_free(t);
}

static void
test_many(void)
{
	many(intern_new());
}

/* The same in a table that keeps every id's offset. */
static void
test_many_few(void)
{
	many(intern_new_few());
}

/* intern_warm is a hint: each stage changes nothing; a later stage
 * names the id of a string in the table or none (it looks at the first
 * few slots only), and none for one not in the table (another id only
 * when two strings share the 32 bits of hash it compares: not these);
 * none once sealed. */
static void
test_warm(void)
{
	struct intern *t = intern_new();
	char s[32];
	size_t n = 5000, bad = 0, found = 0;

	for (size_t i = 0; i < n; i++) {
		int k = snprintf(s, sizeof(s), "C%06zu", i);

		CHECK_INT(intern_id(t, s, (size_t)k), i);
	}
	for (size_t i = 0; i < 2 * n; i++) {
		int k = snprintf(s, sizeof(s), "C%06zu", i);
		uint32_t h = intern_hash(s, (size_t)k);

		bad += intern_warm(t, h, 0) != INTERN_NONE;
		for (int st = 1; st <= 2; st++) {
			uint32_t id = intern_warm(t, h, st);

			if (id == INTERN_NONE)
				continue;
			bad += i >= n || id != i;
			found++;
		}
	}
	CHECK_INT(bad, 0);
	CHECK(found > 2 * n * 9 / 10);
	CHECK_INT(intern_count(t), n);
	CHECK_INT(intern_find(t, "C000042", 7), 42);
	intern_seal(t);
	CHECK_INT(intern_warm(t, intern_hash("C000042", 7), 1), INTERN_NONE);
	intern_free(t);
}

/* A sealed table keeps its ids and strings. */
static void
test_sealed(void)
{
	struct intern *t = intern_new();

	CHECK_INT(intern_id(t, "a", 1), 0);
	CHECK_INT(intern_unnamed(t), 1);
	intern_seal(t);
	CHECK_INT(intern_warm(t, intern_hash("a", 1), 0), INTERN_NONE);
	CHECK_STR(intern_str(t, 0, NULL), "a");
	CHECK(intern_str(t, 1, NULL) == NULL);
	CHECK_INT(intern_count(t), 2);
	intern_free(t);
}

/* Ids far past what the table's size needs (unnamed ones between): the
 * slots keep ids of 20 bits and more beside their fingerprints, and every
 * string is still found, before and after the table grows. */
static void
test_wide_ids(void)
{
	struct intern *t = intern_new();
	char s[32];
	size_t bad = 0;

	for (size_t i = 0; i < 300000; i++)
		(void)intern_unnamed(t);
	for (size_t i = 0; i < 1000; i++) {
		int k = snprintf(s, sizeof(s), "x%zu", i);

		bad += intern_id(t, s, (size_t)k) != 300000 + i;
		if (i % 100 == 0)
			for (size_t j = 0; j <= i; j++) {
				k = snprintf(s, sizeof(s), "x%zu", j);
				bad += intern_find(t, s, (size_t)k) !=
				    300000 + j;
			}
	}
	/* more unnamed ids, past another bit, then the same lookups */
	for (size_t i = 0; i < 800000; i++)
		(void)intern_unnamed(t);
	for (size_t i = 0; i < 1000; i++) {
		int k = snprintf(s, sizeof(s), "x%zu", i);

		bad += intern_id(t, s, (size_t)k) != 300000 + i;
	}
	CHECK_INT(intern_id(t, "new", 3), 1101000);
	CHECK_INT(intern_find(t, "x999", 4), 300999);
	CHECK_INT(intern_find(t, "x1000", 5), INTERN_NONE);
	CHECK_INT(bad, 0);
	intern_free(t);
}

/* The string of test_mixed's i-th id: len bytes (at least 8) of a
 * letter, i's digits first (so all differ). */
static size_t
mixed_str(char *s, size_t i, size_t len)
{
	char d[32];
	int k = snprintf(d, sizeof(d), "%zu", i);

	if (len < 8)
		len = 8;
	memset(s, 'a' + (int)(i % 26), len);
	memcpy(s, d, (size_t)k);
	return len;
}

/* Entries of every kind next to each other (each id's entry is found by
 * stepping from every eighth): 8 bytes, 253 and 254 bytes (the last
 * one-byte length and the first four-byte one), 300 bytes, and ids
 * without a string, in an order that puts each kind at every position of
 * a group of eight. */
static void
mixed(struct intern *t)
{
	static const size_t lens[] = { 8, 253, 254, 300 };
	char s[400];
	size_t bad = 0;

	for (size_t i = 0; i < 3000; i++) {
		size_t k = (i + i / 8) % 5, n;

		if (k == 4) {
			bad += intern_unnamed(t) != i;
			continue;
		}
		n = mixed_str(s, i, lens[k]);
		bad += intern_id(t, s, n) != i;
	}
	for (size_t i = 0; i < 3000; i++) {
		size_t k = (i + i / 8) % 5, len, n;
		const char *p = intern_str(t, (uint32_t)i, &len);

		if (k == 4) {
			bad += p != NULL || len != 0;
			continue;
		}
		n = mixed_str(s, i, lens[k]);
		bad += p == NULL || len != n || memcmp(p, s, n) != 0 ||
		    p[n] != '\0';
		bad += intern_find(t, s, n) != i;
	}
	CHECK_INT(bad, 0);
	CHECK_INT(intern_count(t), 3000);
	intern_free(t);
}

static void
test_mixed(void)
{
	mixed(intern_new());
}

static void
test_mixed_few(void)
{
	mixed(intern_new_few());
}

static const struct unit_test tests[] = {
	{ "order", test_order },
	{ "lengths", test_lengths },
	{ "unnamed", test_unnamed },
	{ "many", test_many },
	{ "sealed", test_sealed },
	{ "warm", test_warm },
	{ "wide ids", test_wide_ids },
	{ "mixed", test_mixed },
	{ "many, every offset kept", test_many_few },
	{ "mixed, every offset kept", test_mixed_few }
};

UNIT_MAIN(tests)
