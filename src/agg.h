/* agg.h: the one-pass aggregate state: per-case and per-customer records. */
#ifndef GRIPE_AGG_H
#define GRIPE_AGG_H

#include <stddef.h>
#include <stdint.h>

#include "intern.h"
#include "pack.h"
#include "reader.h"
#include "rules.h"

/* Case flags. */
#define CASE_ESCALATED	0x01	/* a row's status/priority or signal says so */
#define CASE_REOPENED	0x02	/* a resolved status, then a later open one */
#define CASE_RESOLVED	0x04	/* resolved (agg_finish) */
#define CASE_FOLLOWED	0x08	/* an outbound row after resolution */
#define CASE_REPEAT	0x10	/* same customer, same category, recently */
#define CASE_HAS_CSAT	0x20

/*
 * A case: what its rows fold into.  Values "from the first row" or "from
 * the last row" (by time, then input order) are intern ids of
 * agg_strings, INTERN_NONE when no row had one.  The keys (time, input
 * order) that decide which row's value wins are agg.c's business: a case
 * of one row has one key for all (its first_t and seq0), a case of more
 * rows has a record of them (xk), which also holds what a case of one
 * row needs not (agg_case_rows, _inbound, _outbound, _last_t, _first_out,
 * _last_out).  The case's id is its index's in agg's case ids
 * (agg_case_name).  The state keeps it packed (agg.c); agg_case unpacks
 * a copy.
 */
struct agg_case {
	uint32_t	cust;		/* customer index (agg_cust_name) from
					   the first row with one; INTERN_NONE:
					   none */
	uint32_t	flags;
	float		csat;		/* last row with a csat value */
	uint32_t	seq0;		/* (agg.c) input order of row 1 */
	uint32_t	xk;		/* (agg.c) its keys, or XK_NONE */
	uint32_t	channel;	/* first non-empty */
	uint32_t	label;		/* first non-empty (the label role) */
	uint32_t	agent;		/* last non-empty */
	uint32_t	priority;	/* last non-empty */
	uint32_t	status;		/* last non-empty */
	int64_t		opened;		/* the earliest opened value (NONE:
					   none); agg_finish: when it opened */
	int64_t		first_t;	/* earliest row time */
	int64_t		resolved;	/* the latest closed value (NONE: none);
					   agg_finish: when, or TIME_NONE */
};

/*
 * How a state keeps its cases (agg.c says why): one packed record each,
 * of the fields AGG_F_* (then one per mode=first dimension), as codes 0
 * for none.  agg.h's part of struct agg, so that agg_case can be inline
 * and a caller that reads one field of many cases decodes only that one.
 */
struct agg;

enum {
	AGG_F_CUST, AGG_F_FLAGS, AGG_F_CSAT, AGG_F_SEQ0, AGG_F_XK,
	AGG_F_CHANNEL, AGG_F_LABEL, AGG_F_AGENT, AGG_F_PRIORITY, AGG_F_STATUS,
	AGG_F_OPENED, AGG_F_FIRST_T, AGG_F_RESOLVED, AGG_F_LF
};

/* The same for customers: AGG_C_*, codes 0 for a customer nothing is
 * known of (churn -1, no churn time, no value, no cases). */
enum {
	AGG_C_CHURN, AGG_C_LISTED, AGG_C_HAS_VALUE,
	AGG_C_CHURN_TIME, AGG_C_VALUE, AGG_C_COUNT
};

struct agg_pub {
	struct pack	 cases;
	struct pack	 custs;
	int		 finished;	/* agg_finish has run */
	int		 repeats;	/* and judged repeats */
};

/* An id plus one: INTERN_NONE (and XK_NONE) is 0. */
static inline uint32_t
agg_code_id(uint64_t c)
{
	return (uint32_t)c - 1;
}

/* The input order of case i's first row, less i. */
static inline uint32_t
agg_code_seq(uint64_t c, size_t i)
{
	return (uint32_t)(c + i);
}

/* A time zigzagged plus one: TIME_NONE is 0. */
static inline int64_t
agg_code_time(uint64_t c)
{
	uint64_t z = c - 1;

	return (int64_t)((z >> 1) ^ (0 - (z & 1)));
}

/* agg_case: case i.  Cannot fail.  Always inline: a caller that reads
 * one field then decodes that one alone. */
static inline __attribute__((always_inline)) struct agg_case
agg_case(const struct agg *a, size_t i)
{
	const struct agg_pub *g = (const struct agg_pub *)(const void *)a;
	const struct pack *k = &g->cases;
	struct agg_case c;
	uint32_t b = (uint32_t)pack_get(k, i, AGG_F_CSAT);

	c.cust = agg_code_id(pack_get(k, i, AGG_F_CUST));
	c.flags = (uint32_t)pack_get(k, i, AGG_F_FLAGS);
	memcpy(&c.csat, &b, sizeof(b));
	c.seq0 = agg_code_seq(pack_get(k, i, AGG_F_SEQ0), i);
	c.xk = agg_code_id(pack_get(k, i, AGG_F_XK));
	c.channel = agg_code_id(pack_get(k, i, AGG_F_CHANNEL));
	c.label = agg_code_id(pack_get(k, i, AGG_F_LABEL));
	c.agent = agg_code_id(pack_get(k, i, AGG_F_AGENT));
	c.priority = agg_code_id(pack_get(k, i, AGG_F_PRIORITY));
	c.status = agg_code_id(pack_get(k, i, AGG_F_STATUS));
	c.first_t = agg_code_time(pack_get(k, i, AGG_F_FIRST_T));
	c.opened = agg_code_time(pack_get(k, i, AGG_F_OPENED));
	/* agg_finish leaves opened none for a case opened by its first
	 * row instead of widening the field for every case */
	if (c.opened == TIME_NONE && g->finished)
		c.opened = c.first_t;
	c.resolved = agg_code_time(pack_get(k, i, AGG_F_RESOLVED));
	return c;
}

/* agg_case_prefetch: a hint that case i will be read soon.  Cannot
 * fail. */
static inline void
agg_case_prefetch(const struct agg *a, size_t i)
{
	const struct agg_pub *g = (const struct agg_pub *)(const void *)a;

	__builtin_prefetch(g->cases.p + i * g->cases.stride);
}

/* A customer: from the log's rows, --customers and --activity. */
struct agg_cust {
	signed char	churn;		/* -1 unknown, 0 no, 1 churned */
	signed char	listed;		/* in the --customers table */
	signed char	has_value;
	int64_t		churn_time;	/* churn date, or TIME_NONE */
	double		value;
};

/* agg_cust: customer k.  Cannot fail.  Inline, as agg_case. */
static inline __attribute__((always_inline)) struct agg_cust
agg_cust(const struct agg *a, size_t k)
{
	const struct agg_pub *g = (const struct agg_pub *)(const void *)a;
	const struct pack *p = &g->custs;
	uint64_t vb = pack_get(p, k, AGG_C_VALUE);
	struct agg_cust c;

	c.churn = (signed char)((int)pack_get(p, k, AGG_C_CHURN) - 1);
	c.listed = (signed char)pack_get(p, k, AGG_C_LISTED);
	c.has_value = (signed char)pack_get(p, k, AGG_C_HAS_VALUE);
	c.churn_time = agg_code_time(pack_get(p, k, AGG_C_CHURN_TIME));
	memcpy(&c.value, &vb, sizeof(vb));
	return c;
}

/* Churn of a customer relative to a time (agg_churn). */
enum churn_status {
	CHURN_UNKNOWN,
	CHURN_RETAINED,
	CHURN_CHURNED,
	CHURN_CENSORED
};

struct agg_opts {
	struct rule_set	*rules;		/* may be NULL */
	struct rx	*resolved;	/* status values that mean resolved */
	struct rx	*escalated;	/* status/priority values */
	size_t		 esc_dim;	/* the escalation_request signal, or */
	size_t		 esc_label;	/* RULE_NONE */
	int64_t		 repeat_window;	/* seconds */
};

struct agg;

struct agg	*agg_new(const struct agg_opts *);
void		 agg_free(struct agg *);
void		 agg_add_row(struct agg *, const struct row *,
		    const struct rule_result *, int);
void		 agg_prefetch(struct agg *, const struct row *);
void		 agg_no_repeats(struct agg *);
void		 agg_finish(struct agg *, int64_t);
int		 agg_repeats_judged(const struct agg *);

size_t			 agg_ncases(const struct agg *);
uint32_t		 agg_case_rows(const struct agg *, size_t);
uint32_t		 agg_case_inbound(const struct agg *, size_t);
uint32_t		 agg_case_outbound(const struct agg *, size_t);
int64_t			 agg_case_last_t(const struct agg *, size_t);
int64_t			 agg_case_first_out(const struct agg *, size_t);
int64_t			 agg_case_last_out(const struct agg *, size_t);
struct intern		*agg_strings(const struct agg *);
size_t			 agg_case_label(const struct agg *, size_t, size_t);
int			 agg_case_has(const struct agg *, size_t, size_t,
			    size_t);
int64_t			 agg_max_time(const struct agg *);
unsigned long		 agg_untimed(const struct agg *);
int			 agg_have(const struct agg *, enum role);
void			 agg_add_customer(struct agg *, const struct row *);
void			 agg_add_activity(struct agg *, const struct row *);
size_t			 agg_ncust(const struct agg *);
const char		*agg_cust_name(const struct agg *, size_t);
const char		*agg_cust_bytes(const struct agg *, size_t, size_t *);
const char		*agg_case_name(const struct agg *, size_t);
int			 agg_have_activity(const struct agg *);
int			 agg_have_churn(const struct agg *);
int			 agg_have_custtable(const struct agg *);
int			 agg_activity_is_log(const struct agg *);
void			 agg_set_activity_is_log(struct agg *);
enum churn_status	 agg_churn(const struct agg *, size_t, int64_t,
			    int64_t, int64_t, int64_t *);
size_t			 agg_repeat_dim(const struct agg *);

#endif
