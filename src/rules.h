/* rules.h: rules files, PCRE2 matching, labels per dimension. */
#ifndef GRIPE_RULES_H
#define GRIPE_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "roles.h"
#include "util.h"

#define RULE_NONE	((size_t)-1)

enum rule_mode {
	MODE_FIRST,		/* one label: the first rule that matches */
	MODE_ALL		/* every label whose rules match */
};

enum rule_rows {
	ROWS_ALL,
	ROWS_INBOUND,		/* customer text; rows of unknown direction */
	ROWS_OUTBOUND		/* agent text only */
};

/* One rule line: LABEL [!]/REGEX/FLAGS [field=COL,...]. */
struct rule {
	size_t		 dim;
	size_t		 label;		/* index in its dimension's labels */
	int		 veto;
	void		*code;		/* pcre2_code */
	int		 jit;
	char		*pattern;
	char		 flags[8];
	char		**fields;	/* field= names; none: the text role */
	size_t		 nfields;
	const char	*file;
	unsigned long	 line;
	unsigned long	 hits;		/* rows it matched */
	unsigned long	 limits;	/* rows where a match limit was hit */
	int		 pf_id;		/* its literal set, -1: always runs */
};

/* A dimension: a [section] of the rules file. */
struct rule_dim {
	char		*name;
	enum rule_mode	 mode;
	enum rule_rows	 rows;
	size_t		 fallback;	/* label index or RULE_NONE */
	char		*fbname;	/* its name until rules_finish */
	char		**labels;	/* in order of first appearance */
	size_t		 nlabels;
	size_t		*rules;		/* indexes into rule_set.rules */
	size_t		 nrules;
	size_t		**vetoes;	/* per label: its veto rules */
	size_t		*nvetoes;
	size_t		 nwords;	/* mode=all: 64-bit words of a set */
	const char	*file;
	unsigned long	 line;
};

/* expect LABEL: text (label RULE_NONE for "expect -: text"). */
struct rule_expect {
	size_t		 dim;
	char		*label;		/* as written; NULL for "-" */
	size_t		 col;		/* where the label starts */
	char		*text;
	const char	*file;
	unsigned long	 line;
};

struct prefilter;

struct rule_set {
	struct rule_dim		*dims;
	size_t			 ndims;
	struct rule		*rules;
	size_t			 nrules;
	struct rule_expect	*expects;
	size_t			 nexpects;
	char			**names;	/* file names, for messages */
	size_t			 nnames;
	void			*mctx;		/* pcre2_match_context */
	void			*mdata;		/* pcre2_match_data */
	unsigned long		 errors;	/* matches that failed oddly */
	struct prefilter	*pf;		/* NULL: every rule runs */
	struct pf_cache		*pfc;		/* the texts of this row */
	size_t			 pfc_next;
	int			 pf_off;	/* rules_set_prefilter(s, 0) */
	int			 worker;	/* a rules_worker copy */
};

/* The prefilter's answer for one text of the current row. */
#define PF_CACHE	8
struct pf_cache {
	const char	*p;
	size_t		 n;
	int		 all;		/* not prefiltered: every rule runs */
	uint64_t	*bits;
};

/* The columns each rule looks at in one file's header. */
struct rule_bind {
	size_t		**cols;		/* per rule */
	size_t		 *ncols;
	size_t		  nrules;
};

/* The labels of one row: per dimension, the label (mode=first) or the
 * set of labels (mode=all), and the rule that decided. */
struct rule_result {
	size_t		*label;		/* per dim: label, or RULE_NONE */
	size_t		*rule;		/* per dim: deciding rule, or NONE */
	uint64_t	*bits;		/* per dim: the label set */
	uint64_t	*vbits;		/* scratch: labels vetoed in this row */
	size_t		*loff;		/* per dim: first slot in lrule */
	size_t		*lrule;		/* per label: the rule that gave it */
	size_t		*boff;		/* per dim: first word in bits */
	int		*applies;	/* per dim: the row is in its rows= */
};

/* rules_result_prefetch: a hint that result r will be read soon (its
 * arrays are one block, the ones read first first).  Cannot fail. */
static inline void
rules_result_prefetch(const struct rule_result *r)
{
	__builtin_prefetch(r->applies);
}

struct rule_set	*rules_new(void);
int		 rules_add(struct rule_set *, const char *, const char *,
		    size_t, struct buf *);
int		 rules_finish(struct rule_set *, struct buf *);
void		 rules_free(struct rule_set *);
void		 rules_set_prefilter(struct rule_set *, int);
struct rule_set	*rules_worker(const struct rule_set *);
void		 rules_worker_done(struct rule_set *, struct rule_set *);
void		 rules_set_limits(struct rule_set *, uint32_t, uint32_t);
size_t		 rules_find_dim(const struct rule_set *, const char *,
		    size_t);
size_t		 rules_find_label(const struct rule_dim *, const char *,
		    size_t);

int		 rules_bind(struct rule_set *, const struct slice *, size_t,
		    const struct rolecols *, const char *, struct rule_bind *,
		    struct buf *);
void		 rules_bind_fini(struct rule_bind *);

void		 rules_result_init(const struct rule_set *,
		    struct rule_result *);
void		 rules_result_fini(struct rule_result *);
void		 rules_classify(struct rule_set *, const struct rule_bind *,
		    const struct slice *, size_t, int, struct rule_result *);
void		 rules_classify_text(struct rule_set *, const char *, size_t,
		    struct rule_result *);
int		 rules_match(struct rule_set *, const struct rule_bind *,
		    size_t, const struct slice *, size_t);
int		 rules_match_text(struct rule_set *, size_t, const char *,
		    size_t);
int		 rules_use_text(const struct rule_set *);
int		 rules_matches_empty(struct rule_set *, size_t);
int		 rules_has_label(const struct rule_set *,
		    const struct rule_result *, size_t, size_t);
int		 rules_is_empty(const struct rule_set *,
		    const struct rule_result *, size_t);
int		 rules_is_miss(const struct rule_set *,
		    const struct rule_result *, size_t);
void		 rules_label_text(const struct rule_set *,
		    const struct rule_result *, size_t, struct buf *);
void		 rules_explain_text(const struct rule_set *,
		    const struct rule_result *, size_t, struct buf *);

/* The default rules: samples/rules.conf, built in by the Makefile. */
extern const char rules_default[];
extern const size_t rules_default_len;

/* A single regular expression for options such as --outbound. */
struct rx;

struct rx	*rx_new(const char *, struct gerr *);
int		 rx_match(struct rx *, const char *, size_t);
void		 rx_free(struct rx *);

#endif
