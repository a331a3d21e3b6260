/* cpipe.h: rows classified on other threads, handed on in input order. */
#ifndef GRIPE_CPIPE_H
#define GRIPE_CPIPE_H

#include "reader.h"
#include "rules.h"

/* What receives each classified row, in input order, on the thread that
 * pushes; returns 0, or -1 to stop (cpipe_push then returns -1). */
typedef int (*cpipe_sink)(void *, const struct row *,
    const struct rule_result *, int);

struct cpipe;

typedef void (*cpipe_hint)(void *, const struct row *);

unsigned	 cpipe_default_jobs(void);
void		 cpipe_set_prefetch(struct cpipe *, cpipe_hint);
struct cpipe	*cpipe_new(struct rule_set *, unsigned, cpipe_sink, void *);
int		 cpipe_push(struct cpipe *, const struct row *,
		    const struct rule_bind *, int);
int		 cpipe_drain(struct cpipe *);
void		 cpipe_free(struct cpipe *);

#endif
