/* fuzz_csv.c: the CSV reader on any bytes, any delimiter, read in pieces
 * of any size.
 *
 * The first three bytes choose the delimiter (any byte but a quote or a
 * line end), --strict, and the seed of the read sizes (1 to 64 bytes, so
 * records and quotes are cut everywhere); the rest is the input.  Besides
 * not crashing, the records' raw bytes put together must give back the
 * input but for a byte order mark at its start and blank lines at its
 * very end, as csvin.h promises, unless the reader stopped on an error.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvin.h"

struct src {
	const uint8_t	*p;
	size_t		 n, off;
	uint32_t	 rnd;
};

static ssize_t
piece(void *ctx, void *dst, size_t want, struct gerr *e)
{
	struct src *s = ctx;
	size_t k;

	(void)e;
	s->rnd = s->rnd * 1103515245u + 12345u;
	k = 1 + (s->rnd >> 16) % 64;
	if (k > want)
		k = want;
	if (k > s->n - s->off)
		k = s->n - s->off;
	memcpy(dst, s->p + s->off, k);
	s->off += k;
	return (ssize_t)k;
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvin_opts o;
	struct src s;
	struct csvin *c;
	struct csvrec rec;
	struct gerr e;
	struct buf raw;
	int st, failed = 0;

	if (size < 3)
		return 0;
	memset(&o, 0, sizeof(o));
	o.delim = data[0];
	if (o.delim == '"' || o.delim == '\n' || o.delim == '\r')
		o.delim = ',';
	o.strict = data[1] & 1;
	o.keep_raw = 1;
	o.bufsize = 1 + data[1] % 97;
	s.p = data + 3;
	s.n = size - 3;
	s.off = 0;
	s.rnd = data[2];
	buf_init(&raw);
	c = csvin_new(piece, &s, "fuzz", &o);
	while ((st = csvin_next(c, &rec, &e)) != CSVIN_EOF) {
		if (st == CSVIN_ERR) {
			failed = 1;
			break;
		}
		for (size_t i = 0; st == CSVIN_REC && i < rec.nfields; i++)
			if (rec.fields[i].len > 0 && rec.fields[i].p == NULL)
				abort();
		buf_add(&raw, rec.raw.p, rec.raw.len);
	}
	if (!failed) {
		/* the raw bytes give back the input, but for a byte order
		 * mark at its start and blank lines at its very end */
		size_t bom = s.n >= 3 && memcmp(s.p, "\xef\xbb\xbf", 3) == 0 ?
		    3 : 0;

		if (raw.len > s.n - bom || (raw.len > 0 && memcmp(raw.p,
		    s.p + bom, raw.len) != 0))
			abort();
		for (size_t i = bom + raw.len; i < s.n; i++)
			if (s.p[i] != '\n' && s.p[i] != '\r')
				abort();
	}
	csvin_free(c);
	buf_fini(&raw);
	return 0;
}
