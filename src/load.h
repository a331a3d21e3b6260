/* load.h: read a log into the aggregate state: rows, labels, cases. */
#ifndef GRIPE_LOAD_H
#define GRIPE_LOAD_H

#include "agg.h"
#include "opts.h"
#include "rules.h"

/* What decides resolution and escalation, and repeats (see gripe(1)). */
struct load_opts {
	const char	*resolved;	/* NULL: the default */
	const char	*escalated;	/* NULL: the default */
	int64_t		 repeat_window;
	const char	*customers;	/* --customers FILE, or NULL */
	const char	*activity;	/* --activity FILE, or NULL */
	const char	*state;		/* --state FILE, or NULL */
	const char	*save_state;	/* --save-state FILE, or NULL */
};

/* A loaded state and what it needs to live. */
struct loaded {
	struct agg	*a;
	struct rx	*resolved;
	struct rx	*escalated;
	int		 have_esc;	/* the escalation_request signal */
};

int	load_state(struct gopts *, struct rule_set *,
	    const struct load_opts *, struct loaded *);
void	load_free(struct loaded *);

#endif
