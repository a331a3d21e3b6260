/* uwidth.h: UTF-8 decoding and terminal display width. */
#ifndef GRIPE_UWIDTH_H
#define GRIPE_UWIDTH_H

#include <stddef.h>
#include <stdint.h>

/* What uw_decode stores for a byte that does not start valid UTF-8. */
#define UW_INVALID	UINT32_MAX

size_t	uw_decode(const char *, size_t, uint32_t *);
int	uw_cpwidth(uint32_t);
size_t	uw_width(const char *, size_t);

#endif
