/* test_state.c: saved states read back whole, and hostile states.
 *
 * The golden state tests/data/events.state.o1 (an octal dump; see
 * tests/cli/state-golden.t) is read back and merged with itself; then
 * every byte of it is damaged in turn, bit by bit, with the CRC made to
 * match again so that the reader's own checks are what stands between
 * the bytes and the views: each load must either fail cleanly or give a
 * state that agg_finish and the accessors can walk (under make sanitize,
 * any bad index shows).  Every truncation must fail.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "agg_priv.h"
#include "state.h"
#include "unit.h"

static unsigned char gold[8192];
static size_t ngold;

/* Read the octal dump into gold; 0 when it cannot. */
static int
load_gold(void)
{
	FILE *f = fopen("tests/data/events.state.o1", "r");
	unsigned v;

	if (f == NULL)
		return 0;
	ngold = 0;
	while (ngold < sizeof(gold) && fscanf(f, "%o", &v) == 1)
		gold[ngold++] = (unsigned char)v;
	fclose(f);
	return ngold > 16;
}

static char path[64];

static void
put(const unsigned char *b, size_t n)
{
	FILE *f = fopen(path, "wb");

	fwrite(b, 1, n, f);
	fclose(f);
}

/* Walk what the views walk. */
static void
walk(struct agg *a)
{
	int64_t when;

	agg_finish(a, agg_max_time(a));
	for (size_t i = 0; i < agg_ncases(a); i++) {
		const struct agg_case cr = agg_case(a, i), *c = &cr;

		(void)agg_case_name(a, i);
		if (c->cust != INTERN_NONE)
			(void)agg_churn(a, c->cust, c->opened, 86400,
			    agg_max_time(a), &when);
		if (c->agent != INTERN_NONE)
			(void)intern_str(agg_strings(a), c->agent, NULL);
	}
	for (size_t k = 0; k < agg_ncust(a); k++)
		(void)agg_cust_name(a, k);
}

static void
test_golden(void)
{
	struct agg_opts o;
	struct agg *a, *b;
	struct buf key;
	struct gerr e;

	if (!load_gold()) {
		UNIT_SKIP("tests/data/events.state.o1 not found");
		return;
	}
	memset(&o, 0, sizeof(o));
	buf_init(&key);
	put(gold, ngold);
	a = state_load(path, &o, NULL, NULL, &key, &e);
	CHECK(a != NULL);
	if (a == NULL)
		return;
	CHECK(strncmp(buf_cstr(&key), "rules ", 6) == 0);
	CHECK_INT(agg_ncases(a), 4);
	CHECK_INT(agg_ncust(a), 3);
	b = state_load(path, &o, buf_cstr(&key), NULL, NULL, &e);
	CHECK(b != NULL);
	agg_merge(a, b);		/* the same cases again: joined */
	CHECK_INT(agg_ncases(a), 4);
	CHECK_INT(agg_case_rows(a, 0), 2 * agg_case_rows(b, 0));
	walk(a);
	agg_free(a);
	agg_free(b);
	buf_fini(&key);
}

static void
test_damage(void)
{
	struct agg_opts o;
	unsigned char *b;
	struct gerr e;
	unsigned long loaded = 0, refused = 0;

	if (!load_gold()) {
		UNIT_SKIP("tests/data/events.state.o1 not found");
		return;
	}
	memset(&o, 0, sizeof(o));
	b = malloc(ngold);
	for (size_t i = 12; i + 4 < ngold; i++)
		for (int bit = 0; bit < 8; bit++) {
			uLong crc;
			struct agg *a;

			memcpy(b, gold, ngold);
			b[i] ^= (unsigned char)(1u << bit);
			crc = crc32(crc32(0, Z_NULL, 0), b, (uInt)(ngold - 4));
			for (int k = 0; k < 4; k++)
				b[ngold - 4 + k] = (unsigned char)(crc >> (8 *
				    k));
			put(b, ngold);
			a = state_load(path, &o, NULL, NULL, NULL, &e);
			if (a == NULL) {
				refused++;
				CHECK(e.msg[0] != '\0');
				continue;
			}
			loaded++;
			walk(a);
			agg_free(a);
		}
	CHECK(refused > 0);
	CHECK(loaded > 0);
	printf("damaged states: %lu refused, %lu read\n", refused, loaded);
	for (size_t n = 0; n < ngold; n++) {
		put(gold, n);
		CHECK(state_load(path, &o, NULL, NULL, NULL, &e) == NULL);
	}
	free(b);
}

static const struct unit_test tests[] = {
	{ "golden", test_golden },
	{ "damage", test_damage },
};

/* A temporary file for the states, made with mkstemp. */
static int
make_path(void)
{
	const char *tmp = getenv("TMPDIR");
	int fd;

	if (tmp == NULL || *tmp == '\0' || strlen(tmp) > 40)
		tmp = "/tmp";
	snprintf(path, sizeof(path), "%s/gripe-state.XXXXXX", tmp);
	if ((fd = mkstemp(path)) == -1)
		return -1;
	close(fd);
	return 0;
}

int
main(void)
{
	int rc;

	if (make_path() != 0)
		return 1;
	rc = unit_run(tests, sizeof(tests) / sizeof(tests[0]), __FILE__);
	unlink(path);
	return rc;
}
