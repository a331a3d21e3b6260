/* group.h: grouping cases by keys, and keeping them by --where. */
#ifndef GRIPE_GROUP_H
#define GRIPE_GROUP_H

#include <stddef.h>
#include <stdint.h>

#include "agg.h"
#include "intern.h"
#include "opts.h"
#include "rules.h"
#include "util.h"

enum group_key { K_DIM, K_LABEL, K_CHANNEL, K_AGENT, K_PRIORITY, K_STATUS,
	K_PERIOD, K_CUSTOMER };

struct bykey {
	enum group_key	 k;
	size_t		 dim;
	const char	*name;
};

/* The --by keys of a view and what evaluating them needs. */
struct groups {
	struct bykey		 k[8];
	size_t			 nk;
	const struct rule_set	*rs;
	const struct tz		*tz;
	char			 unit;		/* --period */
	struct intern		*ids;		/* key tuples to group ids */
	/* a case's group by its keys' codes (group.c) */
	int			 coded;		/* -1 not yet known, 0, 1 */
	uint32_t		*direct;	/* one key: code to group + 1 */
	size_t			 ndirect;
	struct intern		*codes;		/* else code tuples */
	uint32_t		*cgroup;	/* code tuple id to group + 1 */
	size_t			 ncgroup;
};

int	group_parse(struct groups *, const char *);
void	group_init(struct groups *, const struct rule_set *,
	    const struct tz *, char);
void	group_fini(struct groups *);
size_t	group_of(struct groups *, const struct agg *, size_t, struct buf *,
	    uint32_t **, size_t *);
size_t	group_field(const struct groups *, uint32_t, size_t, const char **);
int	group_where(const struct agg *, const struct rule_set *, size_t,
	    const struct where *, size_t);
int	each_item(const char *, int (*)(void *, const char *, size_t),
	    void *);

#endif
