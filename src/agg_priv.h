/* agg_priv.h: the aggregate state's inside, for agg.c and state.c (which
 * writes and reads it).  Nothing else looks in here. */
#ifndef GRIPE_AGG_PRIV_H
#define GRIPE_AGG_PRIV_H

#include "agg.h"

#define LF_NONE	UINT32_MAX		/* no row in the dimension's rows= */
#define LF_FB	(UINT32_MAX - 1)	/* rows, but none a rule labelled */

struct lfirst {
	int64_t		t;
	uint32_t	seq;
	uint32_t	label;
};

/* A row with a status: 16 bytes, so seq has 31 bits (SEQ_MAX). */
struct sev {
	int64_t		t;
	uint32_t	cs;
	uint32_t	seq : 31;
	uint32_t	res : 1;
};

#define SEQ_MAX	0x7fffffffu	/* rows one state can hold */

struct act {
	uint32_t	cust;
	int64_t		t;
};

struct agg {
	struct agg_opts	 o;
	struct intern	*caseids;
	struct intern	*custids;
	struct agg_cust	*cust;
	size_t		 ncust;
	size_t		 custcap;
	struct act	*act;		/* activity, sorted by agg_finish */
	size_t		 nact;
	size_t		 actcap;
	size_t		*act_off;	/* per customer: first in act */
	int		 have_activity;
	int		 have_churn;
	struct intern	*strings;
	struct agg_case	*cases;
	uint32_t	*case_of;	/* per case id: its case index */
	size_t		 ncase_of;
	size_t		 case_of_cap;
	size_t		 n;
	size_t		 cap;
	size_t		 ndims;
	unsigned char	*mode;		/* per dim: MODE_FIRST or MODE_ALL */
	size_t		*dwords;	/* per dim: words of a mode=all set */
	size_t		*slot;		/* per dim: index in lf or lbits */
	size_t		 nfirst;	/* mode=first dims */
	size_t		 nwords;	/* words of all mode=all dims */
	struct lfirst	*lf;		/* n x nfirst */
	uint64_t	*lbits;		/* n x nwords */
	struct sev	*sev;
	size_t		 nsev;
	size_t		 sevcap;
	uint32_t	 seq;
	int64_t		 tmax;
	unsigned long	 untimed;
	int		 have[ROLE_COUNT];
	int		 have_direction;
	int		 have_custtable;	/* agg_add_customer was called */
	int		 activity_is_log; /* agg_set_activity_is_log */
};

struct agg	*agg_new_layout(const struct agg_opts *, size_t,
		    const unsigned char *, const size_t *);
void		 agg_merge(struct agg *, const struct agg *);

#endif
