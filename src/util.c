/* util.c: allocation that cannot fail, growable buffers, byte slices.
 *
 * Out of memory is the one error gripe does not return to its caller: the
 * x* allocators print "gripe: out of memory" and exit with status 1, as
 * git and GoAccess do.  Buffers grow geometrically and are reused, so a hot
 * loop that resets a buffer per record allocates only while it grows.
 */
#ifdef __linux__
#define _GNU_SOURCE		/* mremap */
#endif
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
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

/*
 * Arrays that grow with the cases (case records, id tables, their
 * strings) are the memory gripe touches page by page, in the order rows
 * come.  In a virtual machine a first touch of a 4 KB page costs about
 * 10 microseconds, and a million-row log touched some 12000 of them; a
 * 2 MB huge page is one fault for 512 pages.  The kernel backs a range
 * with huge pages only where it is asked to (madvise) and only in whole
 * 2 MB pages at 2 MB boundaries, which malloc's mappings never are.  So
 * such an array, once it reaches 1 MB (at most half a huge page then
 * goes unused), gets a mapping of its own: a
 * whole number of huge pages at a huge page boundary, grown by moving
 * its pages (mremap, no copy) to a larger such mapping.  Its owner keeps
 * its size and frees it with xgrow_free.  Elsewhere than Linux these are
 * realloc and free.
 */
#if defined(__linux__) && defined(MREMAP_FIXED) && defined(MADV_HUGEPAGE)
#define BIG_MIN	(HUGE_PAGE / 2)

static size_t
big_len(size_t n)
{
	if (n > SIZE_MAX - HUGE_PAGE)
		oom();
	return (n + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
}

/* A zeroed mapping of len bytes (a multiple of HUGE_PAGE) at a
 * HUGE_PAGE boundary, backed by huge pages where the system has them. */
static void *
big_map(size_t len)
{
	size_t span = len + HUGE_PAGE, head;
	char *p = mmap(NULL, span, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uintptr_t a;

	if (p == MAP_FAILED)
		oom();
	a = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
	head = (size_t)(a - (uintptr_t)p);
	if (head > 0)
		(void)munmap(p, head);
	if (span - head - len > 0)
		(void)munmap((char *)a + len, span - head - len);
	(void)madvise((void *)a, len, MADV_HUGEPAGE);	/* a hint */
	return (void *)a;
}

/* xgrow: p (NULL, or from xgrow with size old) with room for n >= old
 * bytes, the first old kept.  Exits when out of memory. */
void *
xgrow(void *p, size_t old, size_t n)
{
	void *q;

	if (n < BIG_MIN)
		return xrealloc(p, n);
	q = big_map(big_len(n));
	if (old < BIG_MIN) {
		if (old > 0)
			memcpy(q, p, old);
		free(p);
		return q;
	}
	if (big_len(n) == big_len(old)) {
		(void)munmap(q, big_len(n));
		return p;
	}
	/* the pages move into the new mapping's place, which it replaces */
	q = mremap(p, big_len(old), big_len(n), MREMAP_MAYMOVE | MREMAP_FIXED,
	    q);
	if (q == MAP_FAILED)
		oom();
	return q;
}

/* xgrow_zero: n zeroed bytes, to be freed with xgrow_free(p, n). */
void *
xgrow_zero(size_t n)
{
	return n < BIG_MIN ? xcalloc(1, n) : big_map(big_len(n));
}

/* xgrow_free: free p of size n from xgrow or xgrow_zero; accepts NULL. */
void
xgrow_free(void *p, size_t n)
{
	if (p == NULL)
		return;
	if (n < BIG_MIN)
		free(p);
	else
		(void)munmap(p, big_len(n));
}
#else
void *
xgrow(void *p, size_t old, size_t n)
{
	(void)old;
	return xrealloc(p, n);
}

void *
xgrow_zero(size_t n)
{
	return xcalloc(1, n);
}

void
xgrow_free(void *p, size_t n)
{
	(void)n;
	free(p);
}
#endif

/* xgrowarray: xgrow for old and n elements of size bytes; exits on
 * overflow as when out of memory. */
void *
xgrowarray(void *p, size_t old, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		oom();
	return xgrow(p, old * size, n * size);
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
	b->big = 0;
}

/* buf_init_big: an empty buffer for bytes that grow with the cases, not
 * with a record's text: from 1 MB on it grows in huge pages (xgrow). */
void
buf_init_big(struct buf *b)
{
	buf_init(b);
	b->big = 1;
}

/* buf_fini: release the buffer's memory; accepts NULL. */
void
buf_fini(struct buf *b)
{
	if (b == NULL)
		return;
	if (b->big)
		xgrow_free(b->p, b->cap);
	else
		free(b->p);
	b->p = NULL;
	b->len = 0;
	b->cap = 0;
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
	b->p = b->big ? xgrow(b->p, b->cap, cap) : xrealloc(b->p, cap);
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
