/* agg_priv.h: the aggregate state's inside, for agg.c and state.c (which
 * writes and reads it).  Nothing else looks in here. */
#ifndef GRIPE_AGG_PRIV_H
#define GRIPE_AGG_PRIV_H

#include "agg.h"

#define LF_NONE	UINT32_MAX		/* no row in the dimension's rows= */
#define LF_FB	(UINT32_MAX - 1)	/* rows, but none a rule labelled */

/*
 * Keys (time, input order) of a case of two or more rows: which row each
 * first/last value came from.  Slots: K_CUSTOMER .. K_CSAT, then one per
 * mode=first dimension (NATTR + its slot).  A case of one row has none:
 * every key is its (first_t, seq0).
 */
struct akey {
	int64_t		t;
	uint32_t	seq;
};

enum {
	K_CUSTOMER, K_CHANNEL, K_LABEL, K_AGENT, K_PRIORITY, K_STATUS,
	K_CSAT, NATTR
};

#define XK_NONE	UINT32_MAX	/* agg_case.xk: a case of one row */

/* What a case of two or more rows keeps that one row gives by itself:
 * its counts of rows, inbound and outbound rows, the times of its last
 * row and of its first and last outbound rows (TIME_NONE: none). */
struct cext {
	int64_t		last_t;
	int64_t		first_out;
	int64_t		last_out;
	uint32_t	rows;
	uint32_t	inbound;
	uint32_t	outbound;
};

/* Private case flags, never seen after agg_finish: a case of one row
 * whose row had a status (resolved or not), kept in the case instead of
 * as an event. */
#define CASE_SEV1	0x40
#define CASE_SEV1RES	0x80
/* Private flags of a case of one row (no key record): it has its row,
 * which was inbound, or outbound. */
#define CASE_ROW1	0x100
#define CASE_IN1	0x200
#define CASE_OUT1	0x400

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

/* The hashes of a row's case id and customer, told by agg_prefetch, kept
 * for its later stages (has: bit 0 case id, bit 1 customer). */
#define WARM_RING	16
struct warm {
	uint32_t	h[2];
	unsigned	has;
};

struct agg {
	struct agg_pub	 pub;		/* first: agg.h's agg_case reads it */
	struct agg_opts	 o;
	struct intern	*caseids;	/* case i's id is id i (unnamed: a
					   row alone) */
	struct intern	*custids;
	struct act	*act;		/* activity, sorted by agg_finish
					   (with an activity log) */
	size_t		 nact;
	size_t		 actcap;
	size_t		*act_off;	/* per customer: first in act */
	int		 have_activity;
	int		 no_repeats;	/* agg_no_repeats */
	int		 have_churn;
	struct intern	*strings;
	size_t		 ndims;
	unsigned char	*mode;		/* per dim: MODE_FIRST or MODE_ALL */
	size_t		*dwords;	/* per dim: words of a mode=all set */
	size_t		*slot;		/* per dim: its mode=first labels' index
					   (agg_lf), or its words' in lbits */
	size_t		 nfirst;	/* mode=first dims */
	size_t		 nwords;	/* words of all mode=all dims */
	struct akey	*keys;		/* nkeys x kstride */
	struct cext	*ext;		/* nkeys */
	size_t		 nkeys;
	size_t		 keyscap;
	size_t		 kstride;	/* NATTR + nfirst */
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
	struct warm	 warm[WARM_RING];	/* the rows last told of */
	size_t		 nwarm;
};

struct agg	*agg_new_layout(const struct agg_opts *, size_t,
		    const unsigned char *, const size_t *);
void		 agg_merge(struct agg *, const struct agg *);
size_t		 agg_add_case(struct agg *);
void		 agg_put_case(struct agg *, size_t, const struct agg_case *);
size_t		 agg_add_cust(struct agg *);
void		 agg_put_cust(struct agg *, size_t, const struct agg_cust *);
uint32_t	 agg_lf(const struct agg *, size_t, size_t);
void		 agg_set_lf(struct agg *, size_t, size_t, uint32_t);
struct akey	 agg_key(const struct agg *, size_t, size_t);
void		 agg_set_keys(struct agg *, size_t, const struct akey *,
		    const struct cext *);
void		 agg_add_sev(struct agg *, const struct sev *);
size_t		 agg_nsevs(const struct agg *);
struct sev	*agg_sevs(const struct agg *, size_t *);

#endif
