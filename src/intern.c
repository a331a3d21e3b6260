/* intern.c: strings to dense 32-bit ids, kept once in an arena.
 *
 * Ids are handed out in order of first appearance, 0, 1, 2, ...  The bytes
 * of every string live in one growing arena, each followed by a NUL; an
 * open-addressing table of (hash, id) pairs, kept at most half full and
 * doubled when it would fill, finds a string's id with one hash and
 * usually one comparison.  Example: interning "b", "a", "b" gives ids 0,
 * 1, 0 and an arena "b\0a\0".  Strings may hold any bytes, NUL included.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "intern.h"
#include "util.h"

struct slot {
	uint64_t	hash;
	uint32_t	id;		/* INTERN_NONE: empty */
};

struct intern {
	struct slot	*slots;
	size_t		 nslots;	/* a power of two */
	size_t		*off;		/* per id: start in the arena */
	size_t		*len;
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
	free(t->len);
	buf_fini(&t->arena);
	free(t);
}

static size_t
probe(const struct intern *t, uint64_t h, const char *p, size_t n)
{
	size_t mask = t->nslots - 1, i = (size_t)h & mask;

	for (;;) {
		const struct slot *s = &t->slots[i];

		if (s->id == INTERN_NONE)
			return i;
		if (s->hash == h && t->len[s->id] == n &&
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

/* intern_id: the id of the n bytes at p, added when new.  Cannot fail
 * (out of memory exits). */
uint32_t
intern_id(struct intern *t, const char *p, size_t n)
{
	uint64_t h = hash_bytes(p, n);
	size_t i = probe(t, h, p, n);

	if (t->slots[i].id != INTERN_NONE)
		return t->slots[i].id;
	if (t->n + 1 >= INTERN_NONE) {
		diag_err("too many distinct values");
		exit(EXIT_DATA);
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->off = xreallocarray(t->off, t->cap, sizeof(*t->off));
		t->len = xreallocarray(t->len, t->cap, sizeof(*t->len));
	}
	t->off[t->n] = t->arena.len;
	t->len[t->n] = n;
	buf_add(&t->arena, p, n);
	buf_addc(&t->arena, '\0');
	t->slots[i].hash = h;
	t->slots[i].id = (uint32_t)t->n;
	t->n++;
	if (2 * t->n > t->nslots)
		grow(t);
	return (uint32_t)(t->n - 1);
}

/* intern_find: the id of the n bytes at p, or INTERN_NONE. */
uint32_t
intern_find(const struct intern *t, const char *p, size_t n)
{
	return t->slots[probe(t, hash_bytes(p, n), p, n)].id;
}

/* intern_str: the string of id (NUL-terminated; *len its length when len
 * is not NULL).  The pointer is valid until the next intern_id. */
const char *
intern_str(const struct intern *t, uint32_t id, size_t *len)
{
	if (len != NULL)
		*len = t->len[id];
	return t->arena.p + t->off[id];
}

/* intern_count: how many strings.  Cannot fail. */
size_t
intern_count(const struct intern *t)
{
	return t->n;
}

/* intern_bytes: memory held, roughly, in bytes.  Cannot fail. */
size_t
intern_bytes(const struct intern *t)
{
	return t->arena.cap + t->nslots * sizeof(struct slot) +
	    t->cap * 2 * sizeof(size_t);
}
