/* util.c: allocation that cannot fail, growable buffers, byte slices.
 *
 * Out of memory is the one error gripe does not return to its caller: the
 * x* allocators print "gripe: out of memory" and exit with status 1, as
 * git and GoAccess do.  Buffers grow geometrically and are reused, so a hot
 * loop that resets a buffer per record allocates only while it grows.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

#include "diag.h"
#include "util.h"

static void
oom(void)
{
	diag_err("out of memory");
	exit(EXIT_DATA);
}

#define HUGE_PAGE	((size_t)2 << 20)

/*
 * A block of n bytes at p may be backed by huge pages where the system
 * does that only when asked (Linux, transparent huge pages in "madvise"
 * mode).  The large arrays (case records, id tables) are read at random
 * places, one row after another: with 4 KB pages nearly every such read
 * also misses the TLB, and the pages are faulted in 512 times as often.
 * The advice covers the block's pages whole, so that a block that has a
 * mapping of its own (main's mallopt) stays one mapping, which realloc
 * can grow in place (mremap refuses a range split by different advice,
 * and realloc then copies); only whole 2 MB pages inside are affected.
 * A hint: failure is ignored.
 */
static void
huge_hint(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	uintptr_t a = (uintptr_t)p, b = a + n, pg;
	long k;

	if (n < 2 * HUGE_PAGE)
		return;
	k = sysconf(_SC_PAGESIZE);
	pg = k > 0 ? (uintptr_t)k : 4096;
	a &= ~(pg - 1);
	b = (b + pg - 1) & ~(pg - 1);
	(void)madvise((void *)a, b - a, MADV_HUGEPAGE);
#else
	(void)p;
	(void)n;
#endif
}

/* xmalloc: malloc that exits on failure; a zero size is taken as 1. */
void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		oom();
	huge_hint(p, n);
	return p;
}

/* xcalloc: calloc that exits on failure or overflow. */
void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		oom();
	if (size != 0 && n <= SIZE_MAX / size)
		huge_hint(p, n * size);
	return p;
}

/* xrealloc: realloc that exits on failure. */
void *
xrealloc(void *old, size_t n)
{
	void *p = realloc(old, n ? n : 1);

	if (p == NULL)
		oom();
	huge_hint(p, n);
	return p;
}

/* xreallocarray: realloc of n * size bytes; exits on overflow or failure. */
void *
xreallocarray(void *old, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		oom();
	return xrealloc(old, n * size);
}

/* xstrdup: strdup that exits on failure. */
char *
xstrdup(const char *s)
{
	return xmemdup(s, strlen(s));
}

/* xmemdup: a NUL-terminated heap copy of n bytes; the caller frees it. */
char *
xmemdup(const void *s, size_t n)
{
	char *p = xmalloc(n + 1);

	if (n > 0)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* buf_init: an empty buffer that owns nothing yet.  Cannot fail. */
void
buf_init(struct buf *b)
{
	b->p = NULL;
	b->len = 0;
	b->cap = 0;
}

/* buf_fini: release the buffer's memory; accepts NULL. */
void
buf_fini(struct buf *b)
{
	if (b == NULL)
		return;
	free(b->p);
	buf_init(b);
}

/* buf_reset: make the buffer empty, keeping its memory.  Cannot fail. */
void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->p != NULL)
		b->p[0] = '\0';
}

/* buf_reserve: make room for n more bytes plus a NUL, doubling the size. */
void
buf_reserve(struct buf *b, size_t n)
{
	size_t need, cap;

	if (n > SIZE_MAX - b->len - 1)
		oom();
	need = b->len + n + 1;
	if (need <= b->cap)
		return;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	b->p = xrealloc(b->p, cap);
	b->cap = cap;
}

/* buf_addstr: append a NUL-terminated string. */
void
buf_addstr(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* buf_cstr: the contents as a C string, "" when nothing was added yet. */
const char *
buf_cstr(const struct buf *b)
{
	return b->p != NULL ? b->p : "";
}

/* buf_printf: append formatted text (C locale numbers: gripe never sets
 * LC_NUMERIC). */
void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	char probe[1];
	int n;

	va_start(ap, fmt);
	n = vsnprintf(probe, sizeof(probe), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	buf_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* slice_str: a slice over a NUL-terminated string.  Cannot fail. */
struct slice
slice_str(const char *s)
{
	struct slice sl;

	sl.p = s;
	sl.len = strlen(s);
	return sl;
}

/* slice_eq: whether the slice holds exactly the string s. */
int
slice_eq(struct slice sl, const char *s)
{
	size_t n = strlen(s);

	return sl.len == n && memcmp(sl.p, s, n) == 0;
}

/* slice_caseeq: slice_eq ignoring ASCII case. */
int
slice_caseeq(struct slice sl, const char *s)
{
	size_t n = strlen(s);

	return sl.len == n && strncasecmp(sl.p, s, n) == 0;
}

/* hash_bytes: FNV-1a, 64 bits, of the n bytes at p. */
uint64_t
hash_bytes(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* ascii_lower: c with A-Z as a-z. */
int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}
