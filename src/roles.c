/* roles.c: header names to roles, auto-detected or given with --col.
 *
 * gripe reasons about roles (case, customer, time, ...), never about header
 * names.  A header is normalized before it is compared: ASCII letters are
 * lower-cased and every other ASCII character (space, underscore, hyphen,
 * punctuation) is dropped, so "Date_received", "date received" and
 * "DateReceived" are all "datereceived".  Each role has a list of such
 * names, best first; when several columns match a role the one whose name
 * comes first in the list wins, then the leftmost.  The text role takes
 * every matching column.  --col ROLE=HEADER (HEADER may be a 1-based column
 * number) overrides detection for its role, and a column given a role with
 * --col is not detected for any other role.
 *
 * Example: header "Ticket ID,Created at,Solved at,Subject,Body" gives
 * case=Ticket ID, time=Created at, closed=Solved at, text=Subject,Body.
 */
#include <stdlib.h>
#include <string.h>

#include "roles.h"

static const char *const names[ROLE_COUNT] = {
	"case", "customer", "time", "opened", "closed", "status", "channel",
	"agent", "priority", "direction", "text", "csat", "churned",
	"churn_date", "label", "value"
};

/* Known header names per role, normalized, best first. */
struct synonym {
	enum role	 role;
	const char	*name;
};

static const struct synonym synonyms[] = {
	{ ROLE_CASE, "ticketid" }, { ROLE_CASE, "caseid" },
	{ ROLE_CASE, "casenumber" }, { ROLE_CASE, "complaintid" },
	{ ROLE_CASE, "uniquekey" }, { ROLE_CASE, "ticketnumber" },
	{ ROLE_CASE, "incidentid" }, { ROLE_CASE, "incidentnumber" },
	{ ROLE_CASE, "requestid" }, { ROLE_CASE, "srnumber" },
	{ ROLE_CASE, "conversationid" }, { ROLE_CASE, "threadid" },
	{ ROLE_CASE, "ticket" }, { ROLE_CASE, "case" },
	{ ROLE_CASE, "number" },

	{ ROLE_CUSTOMER, "customerid" }, { ROLE_CUSTOMER, "customer" },
	{ ROLE_CUSTOMER, "customeremail" }, { ROLE_CUSTOMER, "clientid" },
	{ ROLE_CUSTOMER, "client" }, { ROLE_CUSTOMER, "accountid" },
	{ ROLE_CUSTOMER, "account" }, { ROLE_CUSTOMER, "requester" },
	{ ROLE_CUSTOMER, "requesterid" }, { ROLE_CUSTOMER, "requesteremail" },
	{ ROLE_CUSTOMER, "consumerid" }, { ROLE_CUSTOMER, "contactid" },
	{ ROLE_CUSTOMER, "callerid" }, { ROLE_CUSTOMER, "caller" },
	{ ROLE_CUSTOMER, "authorid" }, { ROLE_CUSTOMER, "userid" },
	{ ROLE_CUSTOMER, "user" }, { ROLE_CUSTOMER, "email" },
	{ ROLE_CUSTOMER, "customername" },

	{ ROLE_TIME, "createdat" }, { ROLE_TIME, "createddate" },
	{ ROLE_TIME, "datereceived" }, { ROLE_TIME, "created" },
	{ ROLE_TIME, "createdon" }, { ROLE_TIME, "createdtime" },
	{ ROLE_TIME, "datecreated" }, { ROLE_TIME, "creationdate" },
	{ ROLE_TIME, "submittedat" }, { ROLE_TIME, "submitteddate" },
	{ ROLE_TIME, "receivedat" }, { ROLE_TIME, "reportedat" },
	{ ROLE_TIME, "timestamp" }, { ROLE_TIME, "eventtime" },
	{ ROLE_TIME, "datetime" }, { ROLE_TIME, "time" },
	{ ROLE_TIME, "date" }, { ROLE_TIME, "sentat" },
	{ ROLE_TIME, "messagetime" }, { ROLE_TIME, "interactiontime" },
	{ ROLE_TIME, "occurredat" }, { ROLE_TIME, "loggedat" },
	{ ROLE_TIME, "sysupdatedat" }, { ROLE_TIME, "updatedat" },

	{ ROLE_OPENED, "openedat" }, { ROLE_OPENED, "opened" },
	{ ROLE_OPENED, "openeddate" }, { ROLE_OPENED, "opendate" },
	{ ROLE_OPENED, "dateopened" }, { ROLE_OPENED, "openedon" },
	{ ROLE_OPENED, "opentime" },

	{ ROLE_CLOSED, "resolvedat" }, { ROLE_CLOSED, "resolveddate" },
	{ ROLE_CLOSED, "solvedat" }, { ROLE_CLOSED, "solveddate" },
	{ ROLE_CLOSED, "resolutiondate" }, { ROLE_CLOSED, "resolvedon" },
	{ ROLE_CLOSED, "dateresolved" }, { ROLE_CLOSED, "resolvedtime" },
	{ ROLE_CLOSED, "closedat" }, { ROLE_CLOSED, "closeddate" },
	{ ROLE_CLOSED, "closedon" }, { ROLE_CLOSED, "dateclosed" },
	{ ROLE_CLOSED, "closedtime" }, { ROLE_CLOSED, "resolved" },
	{ ROLE_CLOSED, "solved" }, { ROLE_CLOSED, "closed" },

	{ ROLE_STATUS, "status" }, { ROLE_STATUS, "ticketstatus" },
	{ ROLE_STATUS, "casestatus" }, { ROLE_STATUS, "requeststatus" },
	{ ROLE_STATUS, "incidentstate" }, { ROLE_STATUS, "ticketstate" },

	{ ROLE_CHANNEL, "channel" }, { ROLE_CHANNEL, "ticketchannel" },
	{ ROLE_CHANNEL, "submittedvia" }, { ROLE_CHANNEL, "channeltype" },
	{ ROLE_CHANNEL, "opendatachanneltype" },
	{ ROLE_CHANNEL, "contacttype" }, { ROLE_CHANNEL, "source" },
	{ ROLE_CHANNEL, "medium" }, { ROLE_CHANNEL, "via" },

	{ ROLE_AGENT, "assignee" }, { ROLE_AGENT, "agent" },
	{ ROLE_AGENT, "agentname" }, { ROLE_AGENT, "assignedto" },
	{ ROLE_AGENT, "assigneename" }, { ROLE_AGENT, "owner" },
	{ ROLE_AGENT, "handledby" }, { ROLE_AGENT, "responder" },
	{ ROLE_AGENT, "representative" }, { ROLE_AGENT, "agency" },

	{ ROLE_PRIORITY, "priority" }, { ROLE_PRIORITY, "ticketpriority" },
	{ ROLE_PRIORITY, "severity" }, { ROLE_PRIORITY, "urgency" },

	{ ROLE_DIRECTION, "direction" }, { ROLE_DIRECTION, "inbound" },
	{ ROLE_DIRECTION, "isinbound" },
	{ ROLE_DIRECTION, "messagedirection" }, { ROLE_DIRECTION, "sender" },
	{ ROLE_DIRECTION, "sendertype" }, { ROLE_DIRECTION, "authortype" },

	{ ROLE_TEXT, "subject" }, { ROLE_TEXT, "description" },
	{ ROLE_TEXT, "body" }, { ROLE_TEXT, "message" }, { ROLE_TEXT, "text" },
	{ ROLE_TEXT, "consumercomplaintnarrative" },
	{ ROLE_TEXT, "narrative" }, { ROLE_TEXT, "complaint" },
	{ ROLE_TEXT, "complainttext" }, { ROLE_TEXT, "comment" },
	{ ROLE_TEXT, "comments" }, { ROLE_TEXT, "ticketsubject" },
	{ ROLE_TEXT, "ticketdescription" }, { ROLE_TEXT, "summary" },
	{ ROLE_TEXT, "details" }, { ROLE_TEXT, "transcript" },
	{ ROLE_TEXT, "content" }, { ROLE_TEXT, "messagebody" },
	{ ROLE_TEXT, "descriptor" }, { ROLE_TEXT, "shortdescription" },

	{ ROLE_CSAT, "csat" }, { ROLE_CSAT, "csatscore" },
	{ ROLE_CSAT, "satisfaction" }, { ROLE_CSAT, "satisfactionrating" },
	{ ROLE_CSAT, "satisfactionscore" },
	{ ROLE_CSAT, "customersatisfactionrating" },
	{ ROLE_CSAT, "customersatisfaction" }, { ROLE_CSAT, "rating" },

	{ ROLE_CHURNED, "churned" }, { ROLE_CHURNED, "churn" },
	{ ROLE_CHURNED, "churnflag" }, { ROLE_CHURNED, "ischurned" },
	{ ROLE_CHURNED, "haschurned" }, { ROLE_CHURNED, "exited" },
	{ ROLE_CHURNED, "attrition" },

	{ ROLE_CHURN_DATE, "churndate" }, { ROLE_CHURN_DATE, "churnedat" },
	{ ROLE_CHURN_DATE, "churnedon" },
	{ ROLE_CHURN_DATE, "cancellationdate" },
	{ ROLE_CHURN_DATE, "cancelledat" }, { ROLE_CHURN_DATE, "canceledat" },
	{ ROLE_CHURN_DATE, "cancelledon" },

	{ ROLE_LABEL, "label" }, { ROLE_LABEL, "issue" },
	{ ROLE_LABEL, "complainttype" },
	{ ROLE_LABEL, "category" }, { ROLE_LABEL, "ticketcategory" },
	{ ROLE_LABEL, "issuetype" }, { ROLE_LABEL, "tickettype" },
	{ ROLE_LABEL, "topic" }, { ROLE_LABEL, "contactreason" },

	{ ROLE_VALUE, "value" }, { ROLE_VALUE, "customervalue" },
	{ ROLE_VALUE, "monthlyvalue" }, { ROLE_VALUE, "revenue" },
	{ ROLE_VALUE, "mrr" }, { ROLE_VALUE, "arr" }, { ROLE_VALUE, "ltv" },
	{ ROLE_VALUE, "clv" }, { ROLE_VALUE, "lifetimevalue" },
	{ ROLE_VALUE, "monthlycharges" }, { ROLE_VALUE, "totalcharges" },
};

#define NSYN (sizeof(synonyms) / sizeof(synonyms[0]))

/* role_name: the role's name as users write it.  Cannot fail. */
const char *
role_name(enum role r)
{
	return (unsigned)r < ROLE_COUNT ? names[r] : "?";
}

/* role_lookup: the role named by n bytes at s ("churn-date" and
 * "churn_date" alike), or -1. */
int
role_lookup(const char *s, size_t n)
{
	for (int r = 0; r < ROLE_COUNT; r++) {
		const char *p = names[r];
		size_t i;

		for (i = 0; i < n && p[i] != '\0'; i++)
			if (!(s[i] == p[i] || (s[i] == '-' && p[i] == '_')))
				break;
		if (i == n && p[i] == '\0')
			return r;
	}
	return -1;
}

/* role_is_time: whether the role's values are times.  Cannot fail. */
int
role_is_time(enum role r)
{
	return r == ROLE_TIME || r == ROLE_OPENED || r == ROLE_CLOSED ||
	    r == ROLE_CHURN_DATE;
}

/* role_names: every role name, comma-separated.  Cannot fail. */
const char *
role_names(void)
{
	return "case, customer, time, opened, closed, status, channel, "
	    "agent, priority, direction, text, csat, churned, churn_date, "
	    "label, value";
}

/*
 * roles_parse_col: parse a --col argument "ROLE=HEADER" into o (o->header
 * is a heap copy, freed by the caller).  Returns 0, or -1 with a usage
 * error in e.
 */
int
roles_parse_col(const char *arg, struct col_override *o, struct gerr *e)
{
	const char *eq = strchr(arg, '=');
	int r;

	o->header = NULL;
	if (eq == NULL) {
		gerr_set(e, EXIT_USAGE, "bad --col '%s': expected ROLE=HEADER",
		    arg);
		return -1;
	}
	r = role_lookup(arg, (size_t)(eq - arg));
	if (r < 0) {
		gerr_set(e, EXIT_USAGE, "unknown role '%.*s' in --col '%s'",
		    (int)(eq - arg), arg, arg);
		gerr_hint(e, "roles are %s", role_names());
		return -1;
	}
	o->role = (enum role)r;
	o->header = xstrdup(eq + 1);
	return 0;
}

/* roles_normalize: the comparable form of a header name into b (reset
 * first): ASCII letters lower-cased, other ASCII dropped, other bytes
 * kept. */
void
roles_normalize(struct slice h, struct buf *b)
{
	buf_reset(b);
	for (size_t i = 0; i < h.len; i++) {
		unsigned char c = (unsigned char)ascii_lower(h.p[i]);

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c >= 0x80)
			buf_addc(b, c);
	}
}

/* The rank of a normalized name among the role's synonyms, or -1. */
static int
rank(enum role r, const char *norm)
{
	int k = 0;

	for (size_t i = 0; i < NSYN; i++) {
		if (synonyms[i].role != r)
			continue;
		if (strcmp(synonyms[i].name, norm) == 0)
			return k;
		k++;
	}
	return -1;
}

/* The column an override names: a header, or a 1-based number when no
 * header has that name.  Returns the index or -1. */
static int
find_override(const struct slice *hdr, size_t n, const char *want)
{
	char *end;
	long num;

	for (size_t i = 0; i < n; i++)
		if (slice_eq(hdr[i], want))
			return (int)i;
	num = strtol(want, &end, 10);
	if (*want != '\0' && *end == '\0' && num >= 1 && (size_t)num <= n)
		return (int)(num - 1);
	return -1;
}

/* Whether the column named h already has a role in m. */
static int
has_role(const struct rolemap *m, struct slice h)
{
	for (int r = 0; r < ROLE_COUNT; r++)
		if (m->name[r] != NULL && slice_eq(h, m->name[r]))
			return 1;
	for (size_t i = 0; i < m->ntext; i++)
		if (slice_eq(h, m->text[i]))
			return 1;
	return 0;
}

static int
is_guess_time(const char *norm)
{
	static const char *const words[] = { "created", "opened", "received",
	    "submitted", "date", "time" };

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strstr(norm, words[i]) != NULL)
			return 1;
	return 0;
}

/*
 * roles_detect: give roles to the columns of header hdr (n names) of file,
 * applying the --col overrides ov first.  Fills m (free with roles_fini).
 * Returns 0, or -1 with a usage error in e when an override names a column
 * the header lacks.
 */
int
roles_detect(struct rolemap *m, const struct slice *hdr, size_t n,
    const struct col_override *ov, size_t nov, const char *file,
    struct gerr *e)
{
	struct buf norm;
	char *taken;		/* columns given a role by --col */
	int best[ROLE_COUNT], bestrank[ROLE_COUNT];
	int rc = -1;

	memset(m, 0, sizeof(*m));
	taken = xcalloc(n ? n : 1, 1);
	buf_init(&norm);
	for (int r = 0; r < ROLE_COUNT; r++) {
		best[r] = -1;
		bestrank[r] = -1;
	}

	for (size_t i = 0; i < nov; i++) {
		enum role r = ov[i].role;
		int c;

		if (ov[i].header[0] == '\0') {
			m->how[r] = ROLE_HOW_COL;	/* unmapped on purpose */
			continue;
		}
		c = find_override(hdr, n, ov[i].header);
		if (c < 0) {
			gerr_set(e, EXIT_USAGE, "%s: no column '%s' for --col "
			    "%s=%s", file, ov[i].header, role_name(r),
			    ov[i].header);
			gerr_hint(e, "'gripe columns %s' lists the columns",
			    file);
			goto out;
		}
		taken[c] = 1;
		m->how[r] = ROLE_HOW_COL;
		if (r == ROLE_TEXT) {
			m->text = xreallocarray(m->text, m->ntext + 1,
			    sizeof(*m->text));
			m->text[m->ntext++] = xmemdup(hdr[c].p, hdr[c].len);
		} else {
			free(m->name[r]);
			m->name[r] = xmemdup(hdr[c].p, hdr[c].len);
		}
	}

	for (size_t c = 0; c < n; c++) {
		if (taken[c])
			continue;
		roles_normalize(hdr[c], &norm);
		for (int r = 0; r < ROLE_COUNT; r++) {
			int k;

			if (m->how[r] == ROLE_HOW_COL)
				continue;
			k = rank((enum role)r, buf_cstr(&norm));
			if (k < 0)
				continue;
			if (r == ROLE_TEXT) {
				m->text = xreallocarray(m->text, m->ntext + 1,
				    sizeof(*m->text));
				m->text[m->ntext++] = xmemdup(hdr[c].p,
				    hdr[c].len);
				m->how[r] = ROLE_HOW_AUTO;
			} else if (best[r] < 0 || k < bestrank[r]) {
				best[r] = (int)c;
				bestrank[r] = k;
			}
		}
	}
	for (int r = 0; r < ROLE_COUNT; r++) {
		if (r == ROLE_TEXT || m->how[r] == ROLE_HOW_COL || best[r] < 0)
			continue;
		m->name[r] = xmemdup(hdr[best[r]].p, hdr[best[r]].len);
		m->how[r] = ROLE_HOW_AUTO;
	}

	/* No time column by name: an opened column serves, else the first
	 * header that looks like a date or time. */
	if (m->how[ROLE_TIME] == ROLE_HOW_NONE) {
		if (m->name[ROLE_OPENED] != NULL) {
			m->name[ROLE_TIME] = xstrdup(m->name[ROLE_OPENED]);
			m->how[ROLE_TIME] = ROLE_HOW_GUESS;
		} else {
			for (size_t c = 0; c < n; c++) {
				if (taken[c] || has_role(m, hdr[c]))
					continue;
				roles_normalize(hdr[c], &norm);
				if (is_guess_time(buf_cstr(&norm))) {
					m->name[ROLE_TIME] = xmemdup(hdr[c].p,
					    hdr[c].len);
					m->how[ROLE_TIME] = ROLE_HOW_GUESS;
					break;
				}
			}
		}
	}
	rc = 0;
out:
	if (rc == -1)
		roles_fini(m);
	free(taken);
	buf_fini(&norm);
	return rc;
}

/* roles_fini: free what roles_detect built; accepts NULL. */
void
roles_fini(struct rolemap *m)
{
	if (m == NULL)
		return;
	for (int r = 0; r < ROLE_COUNT; r++)
		free(m->name[r]);
	for (size_t i = 0; i < m->ntext; i++)
		free(m->text[i]);
	free(m->text);
	memset(m, 0, sizeof(*m));
}

/* The column of header hdr named want: the same bytes, else the same
 * normalized name; -1 if none. */
static int
find_name(const struct slice *hdr, size_t n, const char *want,
    struct buf *a, struct buf *b)
{
	for (size_t i = 0; i < n; i++)
		if (slice_eq(hdr[i], want))
			return (int)i;
	roles_normalize(slice_str(want), a);
	for (size_t i = 0; i < n; i++) {
		roles_normalize(hdr[i], b);
		if (a->len > 0 && strcmp(buf_cstr(a), buf_cstr(b)) == 0)
			return (int)i;
	}
	return -1;
}

/*
 * roles_bind: the columns of header hdr that carry each role of m, into rc
 * (free with rolecols_fini).  Returns 0, or -1 with a data error in e when
 * the header lacks a column m maps (file names the header's file).
 */
int
roles_bind(const struct rolemap *m, const struct slice *hdr, size_t n,
    struct rolecols *rc, const char *file, struct gerr *e)
{
	struct buf a, b;
	int ret = -1;

	memset(rc, 0, sizeof(*rc));
	buf_init(&a);
	buf_init(&b);
	for (int r = 0; r < ROLE_COUNT; r++) {
		rc->col[r] = -1;
		if (m->name[r] == NULL)
			continue;
		rc->col[r] = find_name(hdr, n, m->name[r], &a, &b);
		if (rc->col[r] < 0) {
			gerr_at(e, EXIT_DATA, file, 1, "no column '%s' "
			    "(role %s) in this file's header", m->name[r],
			    role_name((enum role)r));
			gerr_hint(e, "files read together need the columns "
			    "the first file maps; read this one on its own, or "
			    "drop the role with --col %s=",
			    role_name((enum role)r));
			goto out;
		}
	}
	rc->text = xcalloc(m->ntext ? m->ntext : 1, sizeof(*rc->text));
	for (size_t i = 0; i < m->ntext; i++) {
		int c = find_name(hdr, n, m->text[i], &a, &b);

		if (c < 0) {
			gerr_at(e, EXIT_DATA, file, 1, "no column '%s' "
			    "(role text) in this file's header", m->text[i]);
			gerr_hint(e, "files read together need the columns "
			    "the first file maps; read this one on its own");
			goto out;
		}
		rc->text[rc->ntext++] = (size_t)c;
	}
	if (rc->ntext > 0)
		rc->col[ROLE_TEXT] = (int)rc->text[0];
	ret = 0;
out:
	if (ret == -1)
		rolecols_fini(rc);
	buf_fini(&a);
	buf_fini(&b);
	return ret;
}

/* rolecols_fini: free what roles_bind built; accepts NULL. */
void
rolecols_fini(struct rolecols *rc)
{
	if (rc == NULL)
		return;
	free(rc->text);
	rc->text = NULL;
	rc->ntext = 0;
}

/* roles_of_column: the roles column c carries, into out (at most max);
 * returns how many.  Cannot fail. */
int
roles_of_column(const struct rolemap *m, const struct rolecols *rc, size_t c,
    enum role *out, size_t max)
{
	size_t k = 0;

	(void)m;
	for (int r = 0; r < ROLE_COUNT && k < max; r++) {
		if (r == ROLE_TEXT) {
			for (size_t i = 0; i < rc->ntext; i++)
				if (rc->text[i] == c && k < max) {
					out[k++] = ROLE_TEXT;
					break;
				}
		} else if (rc->col[r] == (int)c)
			out[k++] = (enum role)r;
	}
	return (int)k;
}
