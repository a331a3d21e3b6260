/* intern.c: strings to dense 32-bit ids, kept once in an arena.
 *
 * Ids are handed out in order of first appearance, 0, 1, 2, ...  Every
 * id has an entry in one growing arena, in id order: a length byte, the
 * string and a NUL (a string of 254 bytes or more: the byte 255, the
 * length in 4 bytes, native order, the string and a NUL; an id without a
 * string: the byte 254 alone).  Only every eighth entry's 32-bit offset
 * is kept; an id's entry is found from the one before it by stepping over
 * at most seven neighbours (half a byte per id instead of four; a table
 * of few strings looked up often, intern_new_few, keeps every one).  An
 * open-addressing table of
 * 4-byte slots, kept at most half full and doubled when it would fill,
 * finds a string's id with one hash and usually one comparison: a slot
 * holds the id plus one in its low ibits bits (as few as the ids so far
 * need) and, above them, as many bits of the hash as are left, taken
 * from above the bits that chose the slot (a fingerprint: most slots of
 * other strings are passed over without looking at their bytes).  When
 * ids need another bit, every slot gives up its fingerprint's top bit;
 * when the table doubles, the strings are hashed again (they are read in
 * id order, one pass over the arena).  Example: interning "b", "a", "b"
 * gives ids 0, 1, 0 and an arena "[1]b\0[1]a\0".  Strings may hold any
 * bytes, NUL included; the arena holds at most 4 GB.  An id may also be
 * handed out without a string (intern_unnamed): it is never found, and
 * its string is NULL.  About 11 bytes per distinct string besides its
 * bytes (length byte, NUL, half a byte of offsets, 4 to 8 bytes of
 * slots): this holds every case id and customer of a log.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "intern.h"
#include "util.h"

#define UNNAMED	254		/* entry of an id without a string */
#define LONG	255		/* length byte: a 4-byte length follows */
#define CKBITS	3		/* an offset kept every 8 ids */

struct intern {
	uint32_t	*slots;		/* 0: empty; else fingerprint | id + 1 */
	size_t		 nslots;	/* 2 to the kbits */
	unsigned	 kbits;
	unsigned	 ibits;		/* every id + 1 fits in this many bits */
	uint32_t	*ck;		/* per 2^ckbits ids: where the first
					   one's entry starts in the arena */
	unsigned	 ckbits;	/* CKBITS, or 0 (intern_new_few) */
	size_t		 n;
	size_t		 cap;
	struct buf	 arena;
};


/* The low ibits bits of a slot: its id plus one. */
static inline uint32_t
id_mask(const struct intern *t)
{
	return (uint32_t)(((uint64_t)1 << t->ibits) - 1);
}

/* The slot bits above them for a string of hash h: h's bits above the
 * kbits that choose its slot, as many as fit. */
static inline uint32_t
fingerprint(const struct intern *t, uint32_t h)
{
	uint64_t f = t->kbits >= 32 ? 0 : (uint64_t)h >> t->kbits;

	return (uint32_t)(f << t->ibits);
}

/* intern_new: an empty table.  Cannot fail. */
struct intern *
intern_new(void)
{
	struct intern *t = xcalloc(1, sizeof(*t));

	t->ckbits = CKBITS;
	t->kbits = 6;
	t->nslots = (size_t)1 << t->kbits;
	t->ibits = 8;
	t->slots = xgrow_zero(t->nslots * sizeof(*t->slots));
	buf_init_big(&t->arena);
	return t;
}

/* intern_new_few: an empty table for few strings looked up often: every
 * id's offset is kept (4 bytes an id), so a lookup walks no entries.
 * Cannot fail. */
struct intern *
intern_new_few(void)
{
	struct intern *t = intern_new();

	t->ckbits = 0;
	return t;
}

/* intern_free: accepts NULL. */
void
intern_free(struct intern *t)
{
	if (t == NULL)
		return;
	xgrow_free(t->slots, t->nslots * sizeof(*t->slots));
	free(t->ck);
	buf_fini(&t->arena);
	free(t);
}

/* The 8 (4) bytes at p as a number. */
static inline uint64_t
load64(const char *p)
{
	uint64_t x;

	memcpy(&x, p, sizeof(x));
	return x;
}

static inline uint64_t
load32(const char *p)
{
	uint32_t x;

	memcpy(&x, p, sizeof(x));
	return x;
}

/* h and x stirred together: a multiply spreads x's bits upwards, the
 * shift brings the high ones down. */
static inline uint64_t
stir(uint64_t h, uint64_t x)
{
	h = (h ^ x) * 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 29);
}

/* The table's hash of n bytes at p: eight bytes at a time (the last
 * eight overlapping the ones before when n is not a multiple), shorter
 * strings as one or two overlapping four-byte words or their bytes, then
 * the MurmurHash3 finalizer so that every output bit depends on every
 * input bit.  Byte-at-a-time FNV-1a took 40 cycles for a ticket id; this
 * takes about 10.  Only for this table (never stored or compared across
 * runs), so it may differ between machines of different byte order. */
static uint32_t
hash32(const char *p, size_t n)
{
	uint64_t h = 0x243f6a8885a308d3ULL ^ n;

	if (n >= 8) {
		size_t i = 0;

		for (; i + 8 < n; i += 8)
			h = stir(h, load64(p + i));
		h = stir(h, load64(p + n - 8));
	} else if (n >= 4) {
		h = stir(h, load32(p) << 32 | load32(p + n - 4));
	} else if (n > 0) {
		h = stir(h, (uint64_t)(unsigned char)p[0] << 16 |
		    (uint64_t)(unsigned char)p[n / 2] << 8 |
		    (unsigned char)p[n - 1]);
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return (uint32_t)h;
}

/* The entry after the one at e. */
static inline const unsigned char *
next_entry(const unsigned char *e)
{
	uint32_t n;

	if (e[0] < UNNAMED)
		return e + e[0] + 2;
	if (e[0] == UNNAMED)
		return e + 1;
	memcpy(&n, e + 1, 4);
	return e + (size_t)n + 6;
}

/* The entry of id. */
static inline const unsigned char *
entry(const struct intern *t, uint32_t id)
{
	const unsigned char *e = (const unsigned char *)t->arena.p +
	    t->ck[id >> t->ckbits];

	for (uint32_t j = id & ((1u << t->ckbits) - 1); j > 0; j--)
		e = next_entry(e);
	return e;
}

/* The string of the entry at e (NULL for an id without one), its length
 * in *len. */
static inline const char *
entry_str(const unsigned char *e, size_t *len)
{
	uint32_t n;

	if (e[0] < UNNAMED) {
		*len = e[0];
		return (const char *)e + 1;
	}
	if (e[0] == UNNAMED) {
		*len = 0;
		return NULL;
	}
	memcpy(&n, e + 1, 4);
	*len = n;
	return (const char *)e + 5;
}

/* The slot of the n bytes at p (hash h): theirs, or the empty one where
 * they would go. */
static size_t
probe(const struct intern *t, uint32_t h, const char *p, size_t n)
{
	size_t mask = t->nslots - 1, i = (size_t)h & mask;
	uint32_t im = id_mask(t), fp = fingerprint(t, h);

	if (t->slots == NULL) {
		diag_err("internal error: a lookup in a sealed string table");
		abort();
	}
	for (;;) {
		uint32_t s = t->slots[i];
		const char *q;
		size_t len;

		if (s == 0)
			return i;
		if ((s & ~im) == fp) {
			q = entry_str(entry(t, (s & im) - 1), &len);
			if (len == n && memcmp(q, p, n) == 0)
				return i;
		}
		i = (i + 1) & mask;
	}
}

/* Strings hashed ahead of their placing when the table doubles. */
#define GROW_AHEAD	16

/* Put id (hash h) in the first empty slot from its own. */
static void
place(struct intern *t, uint32_t id, uint32_t h)
{
	size_t mask = t->nslots - 1, j = (size_t)h & mask;

	while (t->slots[j] != 0)
		j = (j + 1) & mask;
	t->slots[j] = fingerprint(t, h) | (id + 1);
}

/* Twice the slots: every string hashed again, in id order.  Each lands
 * in a random place of the new table: its slot is asked for GROW_AHEAD
 * strings before it is placed, so that the waits overlap (placing in
 * the same order, the table is the same). */
static void
grow(struct intern *t)
{
	const unsigned char *e;
	size_t mask, len, head = 0, nq = 0;
	uint32_t qid[GROW_AHEAD], qh[GROW_AHEAD];

	xgrow_free(t->slots, t->nslots * sizeof(*t->slots));
	t->kbits++;
	t->nslots = (size_t)1 << t->kbits;
	t->slots = xgrow_zero(t->nslots * sizeof(*t->slots));
	mask = t->nslots - 1;
	e = (const unsigned char *)t->arena.p;
	for (size_t id = 0; id < t->n; id++, e = next_entry(e)) {
		const char *q = entry_str(e, &len);
		uint32_t h;

		if (q == NULL)
			continue;
		h = hash32(q, len);
		__builtin_prefetch(&t->slots[(size_t)h & mask], 1);
		if (nq < GROW_AHEAD) {
			qid[nq] = (uint32_t)id;
			qh[nq++] = h;
			continue;
		}
		/* full: the oldest goes in, the new one takes its place */
		place(t, qid[head], qh[head]);
		qid[head] = (uint32_t)id;
		qh[head] = h;
		head = (head + 1) % GROW_AHEAD;
	}
	for (size_t k = 0; k < nq; k++)
		place(t, qid[(head + k) % GROW_AHEAD],
		    qh[(head + k) % GROW_AHEAD]);
}

/* Ids need one more bit: each slot's fingerprint gives up its top one. */
static void
widen_ids(struct intern *t)
{
	uint32_t im = id_mask(t);

	t->ibits++;
	for (size_t i = 0; t->slots != NULL && i < t->nslots; i++) {
		uint32_t s = t->slots[i];

		if (s != 0)
			t->slots[i] = (uint32_t)((uint64_t)(s & ~im) << 1) |
			    (s & im);
	}
}

/* A new id whose entry (more bytes of string) starts at the arena's end:
 * its offset kept when it is an eighth. */
static uint32_t
new_id(struct intern *t, size_t more)
{
	if (t->n + 1 >= INTERN_NONE || more > UINT32_MAX - 6 ||
	    t->arena.len > UINT32_MAX - 6 - more) {
		diag_err(t->n + 1 >= INTERN_NONE ? "too many distinct values" :
		    "the distinct values of a column exceed 4 GB");
		exit(EXIT_DATA);
	}
	if ((t->n >> t->ckbits) == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->ck = xreallocarray(t->ck, t->cap, sizeof(*t->ck));
	}
	if ((t->n & ((1u << t->ckbits) - 1)) == 0)
		t->ck[t->n >> t->ckbits] = (uint32_t)t->arena.len;
	if (t->n + 1 > id_mask(t))
		widen_ids(t);
	return (uint32_t)t->n++;
}

/* intern_id: the id of the n bytes at p, added when new.  Cannot fail
 * (out of memory exits). */
uint32_t
intern_id(struct intern *t, const char *p, size_t n)
{
	uint32_t h = hash32(p, n), id;
	size_t i = probe(t, h, p, n);

	if (t->slots[i] != 0)
		return (t->slots[i] & id_mask(t)) - 1;
	id = new_id(t, n);
	if (n < UNNAMED) {
		buf_addc(&t->arena, (char)n);
	} else {
		uint32_t n32 = (uint32_t)n;

		buf_addc(&t->arena, (char)LONG);
		buf_add(&t->arena, &n32, 4);
	}
	buf_add(&t->arena, p, n);
	buf_addc(&t->arena, '\0');
	/* new_id may have widened the ids: the fingerprint after it */
	t->slots[i] = fingerprint(t, h) | (id + 1);
	if (2 * t->n > t->nslots)
		grow(t);
	return id;
}

/* intern_unnamed: a new id without a string.  Cannot fail. */
uint32_t
intern_unnamed(struct intern *t)
{
	uint32_t id = new_id(t, 0);

	buf_addc(&t->arena, (char)UNNAMED);
	return id;
}

/* intern_seal: no more lookups: free the table that finds strings (ids
 * and strings stay).  intern_id and intern_find must not be called
 * after.  Cannot fail. */
void
intern_seal(struct intern *t)
{
	xgrow_free(t->slots, t->nslots * sizeof(*t->slots));
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
	/* the first slot of the run with this fingerprint: usually the
	 * one */
	for (size_t k = 0; k < 4 && t->slots[i] != 0; k++) {
		uint32_t im = id_mask(t), id = (t->slots[i] & im) - 1;

		if ((t->slots[i] & ~im) == fingerprint(t, h)) {
			if (stage == 1)
				__builtin_prefetch(&t->ck[id >> t->ckbits]);
			else
				__builtin_prefetch(t->arena.p +
				    t->ck[id >> t->ckbits]);
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
	uint32_t s = t->slots[probe(t, hash32(p, n), p, n)];

	return s == 0 ? INTERN_NONE : (s & id_mask(t)) - 1;
}

/* intern_str: the string of id (NUL-terminated; *len its length when len
 * is not NULL); NULL (length 0) for an id without one.  The pointer is
 * valid until the next intern_id. */
const char *
intern_str(const struct intern *t, uint32_t id, size_t *len)
{
	size_t n;
	const char *q = entry_str(entry(t, id), &n);

	if (len != NULL)
		*len = n;
	return q;
}

/* intern_count: how many strings.  Cannot fail. */
size_t
intern_count(const struct intern *t)
{
	return t->n;
}
