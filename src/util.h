/* util.h: allocation that cannot fail, growable buffers, byte slices. */
#ifndef GRIPE_UTIL_H
#define GRIPE_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A borrowed run of bytes; not NUL-terminated, may hold NUL bytes. */
struct slice {
	const char	*p;
	size_t		 len;
};

/* A growable byte buffer; p is NUL-terminated after every buf_* call. */
struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
	int	 big;		/* grows by xgrow (buf_init_big) */
};

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
void	*xgrow(void *, size_t, size_t);
void	*xgrowarray(void *, size_t, size_t, size_t);
void	*xgrow_zero(size_t);
void	 xgrow_free(void *, size_t);
char	*xstrdup(const char *);
char	*xmemdup(const void *, size_t);

void	 buf_init(struct buf *);
void	 buf_fini(struct buf *);
void	 buf_init_big(struct buf *);
void	 buf_reset(struct buf *);
void	 buf_reserve(struct buf *, size_t);
void	 buf_addstr(struct buf *, const char *);
const char	*buf_cstr(const struct buf *);

/* buf_add: append n bytes.  Inline: the reader calls it for every field,
 * and it rarely has to grow the buffer. */
static inline void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (n >= b->cap - b->len)	/* no room for n bytes and the NUL */
		buf_reserve(b, n);
	if (n > 0)
		memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* buf_addc: append one byte. */
static inline void
buf_addc(struct buf *b, int c)
{
	if (b->cap - b->len < 2)
		buf_reserve(b, 1);
	b->p[b->len++] = (char)c;
	b->p[b->len] = '\0';
}
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

struct slice	 slice_str(const char *);
int		 slice_eq(struct slice, const char *);
int		 slice_caseeq(struct slice, const char *);

/* FNV-1a, 64 bits: the one byte hash (interning, shards), stable
 * across machines and runs. */
uint64_t	 hash_bytes(const char *, size_t);
/* ASCII letters to lower case, every other byte as it is; no locale. */
int		 ascii_lower(int);

#endif
