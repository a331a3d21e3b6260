/* pack.c: records of unsigned fields, each as wide as its widest value.
 *
 * gripe keeps one record per case, and a case's fields are mostly small
 * numbers: ids of a few dozen channels or statuses, flags, times that
 * fit in 4 bytes.  A struct of fixed 32- and 64-bit fields took 64 bytes
 * per case; packed, the same case takes about 20 (see pack.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pack.h"
#include "util.h"

#define SPARE	8	/* bytes after the last record */

/* pack_init: an empty pack of nf fields, every one 0 bytes wide. */
void
pack_init(struct pack *k, size_t nf)
{
	memset(k, 0, sizeof(*k));
	k->nf = nf;
	k->w = xcalloc(nf ? nf : 1, sizeof(*k->w));
	k->off = xcalloc(nf ? nf : 1, sizeof(*k->off));
	k->mask = xcalloc(nf ? nf : 1, sizeof(*k->mask));
	k->p = xgrow_zero(SPARE);
	k->size = SPARE;
}

/* Room for cap records of stride bytes and the spare ones. */
static void
room(struct pack *k, size_t cap, size_t stride)
{
	/* too many to count: xgrow reports it */
	size_t n = stride > 0 && cap > (SIZE_MAX - SPARE) / stride ?
	    SIZE_MAX : cap * stride + SPARE;

	if (n > k->size) {
		k->p = xgrow(k->p, k->size, n);
		k->size = n;
	}
}

/* pack_fini: free what k holds; accepts a pack never initialized only
 * when zeroed. */
void
pack_fini(struct pack *k)
{
	xgrow_free(k->p, k->size);
	free(k->w);
	free(k->off);
	free(k->mask);
	memset(k, 0, sizeof(*k));
}

/* pack_add: append a record of zeros; its index. */
size_t
pack_add(struct pack *k)
{
	if (k->n == k->cap) {
		size_t cap = k->cap ? k->cap * 2 : 1024;

		room(k, cap, k->stride);
		k->cap = cap;
	}
	memset(k->p + k->n * k->stride, 0, k->stride + SPARE);
	return k->n++;
}

static size_t
bytes_of(uint64_t v)
{
	size_t b = 0;

	while (v != 0) {
		b++;
		v >>= 8;
	}
	return b;
}

/* pack_widen: make field f wide enough for v.  Every record is moved
 * to the new stride in place, from the last (a record never moves down):
 * the bytes after the field, then the field with zeros added (its code
 * stays: low bytes first), then the bytes before it. */
void
pack_widen(struct pack *k, size_t f, uint64_t v)
{
	size_t b = bytes_of(v), ow = k->w[f], os = k->stride, pre = 0;
	size_t post, ns;

	if (b <= ow)
		return;
	for (size_t j = 0; j < f; j++)
		pre += k->w[j];
	post = os - pre - ow;
	k->w[f] = (unsigned char)b;
	k->stride = 0;
	for (size_t j = 0; j < k->nf; j++) {
		k->off[j] = k->w[j] > 0 ? k->stride : 0;
		k->stride += k->w[j];
		k->mask[j] = k->w[j] == 8 ? UINT64_MAX :
		    ((uint64_t)1 << (8 * k->w[j])) - 1;
	}
	ns = k->stride;
	room(k, k->cap, ns);
	for (size_t i = k->n; i-- > 0;) {
		unsigned char *src = k->p + i * os, *dst = k->p + i * ns;

		memmove(dst + pre + b, src + pre + ow, post);
		memmove(dst + pre, src + pre, ow);
		memset(dst + pre + ow, 0, b - ow);
		memmove(dst, src, pre);
	}
	memset(k->p + k->n * ns, 0, SPARE);
}
