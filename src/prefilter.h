/* prefilter.h: which rules can match a text, found by one scan for the
 * literal strings their patterns require (see prefilter.c). */
#ifndef GRIPE_PREFILTER_H
#define GRIPE_PREFILTER_H

#include <stddef.h>
#include <stdint.h>

struct prefilter;

struct prefilter	*pf_new(void);
void			 pf_free(struct prefilter *);
int			 pf_add(struct prefilter *, const char *, size_t, int);
void			 pf_build(struct prefilter *);
size_t			 pf_nwords(const struct prefilter *);
int			 pf_scan(const struct prefilter *, const char *, size_t,
			    uint64_t *);
size_t			 pf_literals(const struct prefilter *, int,
			    const char *const **, const size_t **);

#endif
