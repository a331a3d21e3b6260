/* agg.h: the one-pass aggregate state: per-case and per-customer records. */
#ifndef GRIPE_AGG_H
#define GRIPE_AGG_H

#include <stddef.h>
#include <stdint.h>

#include "intern.h"
#include "reader.h"
#include "rules.h"

/* A value taken from the first or the last row (by time, then input
 * order) that has one. */
struct agg_attr {
	int64_t		t;
	uint32_t	seq;
	uint32_t	val;		/* intern id, INTERN_NONE: none yet */
};

/* Case flags. */
#define CASE_ESCALATED	0x01	/* a row's status/priority or signal says so */
#define CASE_REOPENED	0x02	/* a resolved status, then a later open one */
#define CASE_RESOLVED	0x04	/* resolved (agg_finish) */
#define CASE_FOLLOWED	0x08	/* an outbound row after resolution */
#define CASE_REPEAT	0x10	/* same customer, same category, recently */
#define CASE_HAS_CSAT	0x20

struct agg_case {
	uint32_t	id;		/* case id, INTERN_NONE: a row alone */
	uint32_t	cust;		/* customer index, INTERN_NONE: none */
	uint32_t	rows;
	uint32_t	inbound;
	uint32_t	outbound;
	uint32_t	flags;
	float		csat;
	int64_t		opened;		/* the earliest opened value (NONE:
					   none); agg_finish: when it opened */
	int64_t		first_t;	/* earliest row time */
	int64_t		last_t;		/* latest row time */
	int64_t		first_out;	/* earliest outbound row, or NONE */
	int64_t		last_out;	/* latest outbound row, or NONE */
	int64_t		resolved;	/* the latest closed value (NONE: none);
					   agg_finish: when, or TIME_NONE */
	struct agg_attr	 customer;	/* first non-empty */
	struct agg_attr	 channel;	/* first non-empty */
	struct agg_attr	 label;		/* first non-empty (the label role) */
	struct agg_attr	 agent;		/* last non-empty */
	struct agg_attr	 priority;	/* last non-empty */
	struct agg_attr	 status;	/* last non-empty */
	struct agg_attr	 csat_at;	/* last row with a csat value */
};

/* A customer: from the log's rows, --customers and --activity. */
struct agg_cust {
	int		churn;		/* -1 unknown, 0 no, 1 churned */
	int		listed;		/* in the --customers table */
	int		has_value;
	uint32_t	ncases;
	int64_t		churn_time;	/* churn date, or TIME_NONE */
	double		value;
};

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
void		 agg_prefetch(const struct agg *, const struct row *);
void		 agg_finish(struct agg *, int64_t);

size_t			 agg_ncases(const struct agg *);
const struct agg_case	*agg_case(const struct agg *, size_t);
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
const struct agg_cust	*agg_cust(const struct agg *, size_t);
const char		*agg_cust_name(const struct agg *, size_t);
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
