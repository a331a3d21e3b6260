/* intern.c: strings to dense 32-bit ids, kept once in an arena.
 *
 * Ids are handed out in order of first appearance, 0, 1, 2, ...  The bytes
 * of every string live in one growing arena, each after its length and
 * followed by a NUL; per id only its 32-bit offset in the arena is kept.
 * The length is one byte before the string when under 255; else that byte
 * is 255 and the 4 bytes before it (native order) hold the length, so it
 * is read backwards from the offset.  An open-addressing table of (id, 32
 * bits of the hash) pairs, 8 bytes each, kept at most half full and
 * doubled when it would fill, finds a string's id with one hash and
 * usually one comparison.  Example: interning "b", "a", "b" gives ids 0,
 * 1, 0 and an arena "[1]b\0[1]a\0".  Strings may hold any bytes, NUL
 * included; the arena holds at most 4 GB.  An id may also be handed out
 * without a string (intern_unnamed): it is never found, and its string is
 * NULL.  About 22 bytes per distinct string besides its bytes: this holds
 * every case id and customer of a log.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "intern.h"
#include "util.h"

#define UNNAMED	UINT32_MAX	/* off[] of an id without a string */
#define LONG	255		/* length byte: a 4-byte length before */

struct slot {
	uint32_t	id;		/* INTERN_NONE: empty */
	uint32_t	hash;		/* the low 32 bits of the hash */
};

struct intern {
	struct slot	*slots;
	size_t		 nslots;	/* a power of two */
	uint32_t	*off;		/* per id: its bytes in the arena, or
					   UNNAMED */
	size_t		 n;
	size_t		 cap;
	struct buf	 arena;
};


static struct slot *
table_new(size_t n)
{
	struct slot *s = xcalloc(n, sizeof(*s));

	for (size_t i = 0; i < n; i++)
		s[i].id = INTERN_NONE;
	return s;
}

/* intern_new: an empty table.  Cannot fail. */
struct intern *
intern_new(void)
{
	struct intern *t = xcalloc(1, sizeof(*t));

	t->nslots = 64;
	t->slots = table_new(t->nslots);
	buf_init(&t->arena);
	return t;
}

/* intern_free: accepts NULL. */
void
intern_free(struct intern *t)
{
	if (t == NULL)
		return;
	free(t->slots);
	free(t->off);
	buf_fini(&t->arena);
	free(t);
}

/* FNV-1a's low bits depend only on the input's low bits, so ids such as
 * T0000001, T0000002, ... crowd together in a table indexed by them:
 * mix all 64 bits down (the MurmurHash3 finalizer) first. */
static uint32_t
hash32(const char *p, size_t n)
{
	uint64_t h = hash_bytes(p, n);

	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return (uint32_t)h;
}

static size_t
str_len(const struct intern *t, uint32_t id)
{
	const unsigned char *p = (const unsigned char *)t->arena.p +
	    t->off[id];
	uint32_t n;

	if (p[-1] != LONG)
		return p[-1];
	memcpy(&n, p - 5, 4);
	return n;
}

static size_t
probe(const struct intern *t, uint32_t h, const char *p, size_t n)
{
	size_t mask = t->nslots - 1, i = (size_t)h & mask;

	if (t->slots == NULL) {
		diag_err("internal error: a lookup in a sealed string table");
		abort();
	}
	for (;;) {
		const struct slot *s = &t->slots[i];

		if (s->id == INTERN_NONE)
			return i;
		if (s->hash == h && str_len(t, s->id) == n &&
		    memcmp(t->arena.p + t->off[s->id], p, n) == 0)
			return i;
		i = (i + 1) & mask;
	}
}

static void
grow(struct intern *t)
{
	struct slot *old = t->slots;
	size_t nold = t->nslots;

	t->nslots *= 2;
	t->slots = table_new(t->nslots);
	for (size_t i = 0; i < nold; i++) {
		size_t mask = t->nslots - 1, j;

		if (old[i].id == INTERN_NONE)
			continue;
		j = (size_t)old[i].hash & mask;
		while (t->slots[j].id != INTERN_NONE)
			j = (j + 1) & mask;
		t->slots[j] = old[i];
	}
	free(old);
}

/* A new id: room for it in off. */
static uint32_t
new_id(struct intern *t, size_t more)
{
	if (t->n + 1 >= INTERN_NONE || more > UINT32_MAX - 6 ||
	    t->arena.len > UINT32_MAX - 6 - more) {
		diag_err(t->n + 1 >= INTERN_NONE ? "too many distinct values" :
		    "the distinct values of a column exceed 4 GB");
		exit(EXIT_DATA);
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->off = xreallocarray(t->off, t->cap, sizeof(*t->off));
	}
	return (uint32_t)t->n++;
}

/* intern_id: the id of the n bytes at p, added when new.  Cannot fail
 * (out of memory exits). */
uint32_t
intern_id(struct intern *t, const char *p, size_t n)
{
	uint32_t h = hash32(p, n), id;
	size_t i = probe(t, h, p, n);

	if (t->slots[i].id != INTERN_NONE)
		return t->slots[i].id;
	id = new_id(t, n);
	if (n < LONG) {
		buf_addc(&t->arena, (char)n);
	} else {
		uint32_t n32 = (uint32_t)n;

		buf_add(&t->arena, &n32, 4);
		buf_addc(&t->arena, (char)LONG);
	}
	t->off[id] = (uint32_t)t->arena.len;
	buf_add(&t->arena, p, n);
	buf_addc(&t->arena, '\0');
	t->slots[i].hash = h;
	t->slots[i].id = id;
	if (2 * t->n > t->nslots)
		grow(t);
	return id;
}

/* intern_unnamed: a new id without a string.  Cannot fail. */
uint32_t
intern_unnamed(struct intern *t)
{
	uint32_t id = new_id(t, 0);

	t->off[id] = UNNAMED;
	return id;
}

/* intern_seal: no more lookups: free the table that finds strings (ids
 * and strings stay).  intern_id and intern_find must not be called
 * after.  Cannot fail. */
void
intern_seal(struct intern *t)
{
	free(t->slots);
	t->slots = NULL;
	t->nslots = 0;
}

/* intern_hash: the hash intern_warm takes for the n bytes at p. */
uint32_t
intern_hash(const char *p, size_t n)
{
	return hash32(p, n);
}

/*
 * intern_warm: a hint that the string of hash h (intern_hash) will be
 * looked up soon: start loading what the lookup will wait for.  A lookup
 * of a string already in the table waits three times, each load needing
 * the one before: its slot, its offset, its bytes.  So the hint is given
 * in stages, a few other lookups apart: stage 0 loads the slot, stage 1
 * (the slot now at hand) the offset, stage 2 (the offset at hand) the
 * bytes.  A hint only: it changes nothing, and a stage that finds nothing
 * at hand does nothing.  Returns the string's id when a later stage finds
 * it (so that the caller can warm what it keeps per id), else
 * INTERN_NONE.
 */
uint32_t
intern_warm(const struct intern *t, uint32_t h, int stage)
{
	size_t mask, i;

	if (t->slots == NULL)
		return INTERN_NONE;
	mask = t->nslots - 1;
	i = (size_t)h & mask;
	if (stage == 0) {
		__builtin_prefetch(&t->slots[i]);
		return INTERN_NONE;
	}
	/* the first slot of the run with this hash: usually the one */
	for (size_t k = 0; k < 4 && t->slots[i].id != INTERN_NONE; k++) {
		uint32_t id = t->slots[i].id;

		if (t->slots[i].hash == h) {
			if (stage == 1)
				__builtin_prefetch(&t->off[id]);
			else
				__builtin_prefetch(t->arena.p + t->off[id] -
				    1);
			return id;
		}
		i = (i + 1) & mask;
	}
	return INTERN_NONE;
}

/* intern_find: the id of the n bytes at p, or INTERN_NONE. */
uint32_t
intern_find(const struct intern *t, const char *p, size_t n)
{
	return t->slots[probe(t, hash32(p, n), p, n)].id;
}

/* intern_str: the string of id (NUL-terminated; *len its length when len
 * is not NULL); NULL (length 0) for an id without one.  The pointer is
 * valid until the next intern_id. */
const char *
intern_str(const struct intern *t, uint32_t id, size_t *len)
{
	if (t->off[id] == UNNAMED) {
		if (len != NULL)
			*len = 0;
		return NULL;
	}
	if (len != NULL)
		*len = str_len(t, id);
	return t->arena.p + t->off[id];
}

/* intern_count: how many strings.  Cannot fail. */
size_t
intern_count(const struct intern *t)
{
	return t->n;
}
