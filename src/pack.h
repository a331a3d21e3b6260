/* pack.h: records of unsigned fields, each as wide as its widest value. */
#ifndef GRIPE_PACK_H
#define GRIPE_PACK_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/*
 * n records of nf fields, each field a 64-bit code kept in 0 to 8 bytes:
 * as many as the largest code ever stored in it needs, the same for every
 * record.  A new record is all zeros; a field never given a code other
 * than 0 takes no bytes.  Storing a code wider than its field re-packs
 * every record (a field widens at most eight times).  Records are stride
 * bytes apart, fields in order; 8 spare bytes after the last let every
 * field be read and written as one unaligned 64-bit word.  Not for two
 * threads writing at once (a write rewrites the bytes after the field
 * as they were); reading from many threads is fine.
 */
struct pack {
	unsigned char	*p;
	size_t		 size;		/* bytes at p (xgrow) */
	size_t		 n;
	size_t		 cap;
	size_t		 stride;
	size_t		 nf;
	unsigned char	*w;		/* per field: its bytes, 0 to 8 */
	size_t		*off;		/* per field: where in a record */
	uint64_t	*mask;		/* per field: the codes it holds */
};

void	 pack_init(struct pack *, size_t);
void	 pack_fini(struct pack *);
size_t	 pack_add(struct pack *);
void	 pack_widen(struct pack *, size_t, uint64_t);

/* The 8 bytes at q as a number whose low bytes are the first ones. */
static inline uint64_t
pack_load(const unsigned char *q)
{
	uint64_t x;

	memcpy(&x, q, sizeof(x));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	return x;
}

static inline void
pack_store(unsigned char *q, uint64_t x)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	memcpy(q, &x, sizeof(x));
}

/* pack_get: field f of record i (i < n). */
static inline uint64_t
pack_get(const struct pack *k, size_t i, size_t f)
{
	return pack_load(k->p + i * k->stride + k->off[f]) & k->mask[f];
}

/* pack_set: field f of record i (i < n) is v, widened when v needs it. */
static inline void
pack_set(struct pack *k, size_t i, size_t f, uint64_t v)
{
	unsigned char *q;

	if (v & ~k->mask[f])
		pack_widen(k, f, v);
	q = k->p + i * k->stride + k->off[f];
	pack_store(q, (pack_load(q) & ~k->mask[f]) | v);
}

#endif
