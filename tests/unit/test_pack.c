/* test_pack.c: unit tests for pack.c, records of fields as wide as their
 * widest value.
 *
 * New records read as zeros; a field takes exactly the bytes its widest
 * code needs (0 for one never set, 8 for UINT64_MAX); every code read
 * back is the one last stored, checked against a plain array after each
 * of many random stores that widen fields one byte at a time and at once,
 * with records added in between, with one field and with seventy;
 * neighbouring fields and records are never disturbed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pack.h"
#include "unit.h"

static void
test_empty(void)
{
	struct pack k;

	pack_init(&k, 3);
	CHECK_INT(k.n, 0);
	CHECK_INT(k.stride, 0);
	CHECK_INT(pack_add(&k), 0);
	CHECK_INT(pack_add(&k), 1);
	for (size_t f = 0; f < 3; f++)
		CHECK_INT(pack_get(&k, 1, f), 0);
	/* a zero stored keeps a field at no bytes */
	pack_set(&k, 0, 1, 0);
	CHECK_INT(k.stride, 0);
	pack_fini(&k);
}

static void
test_widths(void)
{
	struct pack k;

	pack_init(&k, 4);
	for (int i = 0; i < 3; i++)
		(void)pack_add(&k);
	pack_set(&k, 2, 1, 0xff);
	CHECK_INT(k.w[1], 1);
	CHECK_INT(k.stride, 1);
	pack_set(&k, 0, 1, 0x100);
	CHECK_INT(k.w[1], 2);
	pack_set(&k, 1, 3, UINT64_MAX);
	CHECK_INT(k.w[3], 8);
	CHECK_INT(k.stride, 10);
	pack_set(&k, 1, 0, 0x123456);
	CHECK_INT(k.w[0], 3);
	CHECK_INT(k.w[2], 0);
	CHECK_INT(k.stride, 13);
	CHECK(pack_get(&k, 1, 3) == UINT64_MAX);
	CHECK_INT(pack_get(&k, 1, 0), 0x123456);
	CHECK_INT(pack_get(&k, 0, 1), 0x100);
	CHECK_INT(pack_get(&k, 2, 1), 0xff);
	CHECK_INT(pack_get(&k, 1, 1), 0);
	CHECK_INT(pack_get(&k, 0, 3), 0);
	CHECK_INT(pack_get(&k, 2, 2), 0);
	/* a narrower value into a wide field */
	pack_set(&k, 1, 3, 7);
	CHECK_INT(pack_get(&k, 1, 3), 7);
	CHECK_INT(pack_get(&k, 1, 0), 0x123456);
	CHECK_INT(k.w[3], 8);
	pack_fini(&k);
}

static uint64_t
rnd(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* Random stores into nf fields of records added as it goes, every value
 * of every record compared with a plain array now and then. */
static void
random_run(size_t nf, size_t nrec, uint64_t seed)
{
	struct pack k;
	uint64_t *ref = calloc(nrec * nf, sizeof(*ref)), s = seed;
	size_t n = 0, bad = 0;

	pack_init(&k, nf);
	for (size_t step = 0; step < nrec * 8; step++) {
		uint64_t r = rnd(&s), v;
		size_t i, f;

		if (n < nrec && (n == 0 || r % 8 == 0)) {
			CHECK_INT(pack_add(&k), n);
			n++;
			continue;
		}
		i = (size_t)(rnd(&s) % n);
		f = (size_t)(rnd(&s) % nf);
		/* mostly small values, some of every width */
		switch (rnd(&s) % 4) {
		case 0:		v = 0; break;
		case 1:		v = rnd(&s) % 200; break;
		default:	v = rnd(&s) >> (rnd(&s) % 64); break;
		}
		pack_set(&k, i, f, v);
		ref[i * nf + f] = v;
		if (step % 97 == 0 || step + 1 == nrec * 8)
			for (size_t x = 0; x < n; x++)
				for (size_t y = 0; y < nf; y++)
					bad += pack_get(&k, x, y) !=
					    ref[x * nf + y];
	}
	CHECK_INT(bad, 0);
	CHECK_INT(k.n, n);
	/* every field exactly as wide as its widest value */
	{
		size_t stride = 0;

		for (size_t y = 0; y < nf; y++) {
			uint64_t m = 0;
			size_t b = 0;

			for (size_t x = 0; x < n; x++)
				m |= ref[x * nf + y];
			/* widths never shrink: the widest ever stored */
			for (; m != 0; m >>= 8)
				b++;
			CHECK(k.w[y] >= b);
			stride += k.w[y];
		}
		CHECK_INT(k.stride, stride);
	}
	pack_fini(&k);
	free(ref);
}

static void
test_random(void)
{
	random_run(1, 300, 1);
	random_run(13, 2000, 2);
	random_run(5, 5000, 3);
}

/* Seventy fields: offsets far into a record. */
static void
test_many_fields(void)
{
	random_run(70, 200, 4);
}

/* Widening one byte at a time, records far past the first growth. */
static void
test_grow(void)
{
	struct pack k;
	size_t bad = 0;

	pack_init(&k, 2);
	for (size_t i = 0; i < 70000; i++) {
		(void)pack_add(&k);
		pack_set(&k, i, 0, i);
		pack_set(&k, i, 1, (uint64_t)i * i * i);
	}
	for (size_t i = 0; i < 70000; i++)
		bad += pack_get(&k, i, 0) != i ||
		    pack_get(&k, i, 1) != (uint64_t)i * i * i;
	CHECK_INT(bad, 0);
	CHECK_INT(k.w[0], 3);
	CHECK_INT(k.w[1], 7);	/* 69999^3 needs 49 bits */
	pack_fini(&k);
}

static const struct unit_test tests[] = {
	{ "empty", test_empty },
	{ "widths", test_widths },
	{ "random", test_random },
	{ "many fields", test_many_fields },
	{ "grow", test_grow },
};

UNIT_MAIN(tests)
