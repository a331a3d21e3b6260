/* roles.h: header names to roles, auto-detected or given with --col. */
#ifndef GRIPE_ROLES_H
#define GRIPE_ROLES_H

#include <stddef.h>

#include "diag.h"
#include "util.h"

enum role {
	ROLE_CASE,
	ROLE_CUSTOMER,
	ROLE_TIME,
	ROLE_OPENED,
	ROLE_CLOSED,
	ROLE_STATUS,
	ROLE_CHANNEL,
	ROLE_AGENT,
	ROLE_PRIORITY,
	ROLE_DIRECTION,
	ROLE_TEXT,
	ROLE_CSAT,
	ROLE_CHURNED,
	ROLE_CHURN_DATE,
	ROLE_LABEL,
	ROLE_VALUE,
	ROLE_COUNT
};

/* How a role found its column. */
enum role_how {
	ROLE_HOW_NONE,
	ROLE_HOW_AUTO,		/* the header is a known name for the role */
	ROLE_HOW_GUESS,		/* no known name; a header that looks like it */
	ROLE_HOW_COL		/* --col ROLE=HEADER */
};

/* One --col ROLE=HEADER; an empty header unmaps the role. */
struct col_override {
	enum role	 role;
	char		*header;
};

/*
 * The roles of a stream, by header name: detected on the first file's
 * header and then bound to each file's header (columns are matched by name
 * across files).  name[r] is NULL when role r has no column; text roles
 * may have several columns.
 */
struct rolemap {
	char		*name[ROLE_COUNT];
	enum role_how	 how[ROLE_COUNT];
	char		**text;
	size_t		 ntext;
};

/* A rolemap bound to one file's header: column indexes, -1 for none. */
struct rolecols {
	int		 col[ROLE_COUNT];
	size_t		*text;
	size_t		 ntext;
};

const char	*role_name(enum role);
int		 role_lookup(const char *, size_t);
int		 role_is_time(enum role);
const char	*role_names(void);

int	 roles_parse_col(const char *, struct col_override *, struct gerr *);
void	 roles_normalize(struct slice, struct buf *);
int	 roles_detect(struct rolemap *, const struct slice *, size_t,
	    const struct col_override *, size_t, const char *, struct gerr *);
void	 roles_fini(struct rolemap *);
int	 roles_bind(const struct rolemap *, const struct slice *, size_t,
	    struct rolecols *, const char *, struct gerr *);
void	 rolecols_fini(struct rolecols *);
int	 roles_of_column(const struct rolemap *, const struct rolecols *,
	    size_t, enum role *, size_t);

#endif
