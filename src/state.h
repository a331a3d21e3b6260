/* state.h: saved aggregate states (--save-state, --state, gripe merge). */
#ifndef GRIPE_STATE_H
#define GRIPE_STATE_H

#include "agg.h"
#include "diag.h"
#include "util.h"

#define STATE_VERSION	1

struct gopts;
struct load_opts;

void		 state_key(const struct gopts *, const struct rule_set *,
		    const struct load_opts *, struct buf *);
int		 state_save(const struct agg *, const char *, const char *,
		    struct gerr *);
struct agg	*state_load(const char *, const struct agg_opts *,
		    const char *, const char *, struct buf *, struct gerr *);

#endif
