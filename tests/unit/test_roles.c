/* test_roles.c: header names to roles, on the headers of real exports. */
#include "unit.h"

#include "roles.h"
#include "util.h"

/* Split a comma-separated header (no quoting needed here) into slices;
 * the slices point into s. */
static size_t
split(const char *s, struct slice *out, size_t max)
{
	size_t n = 0;
	const char *p = s;

	for (;;) {
		const char *c = strchr(p, ',');

		if (n == max)
			break;
		out[n].p = p;
		out[n].len = c ? (size_t)(c - p) : strlen(p);
		n++;
		if (c == NULL)
			break;
		p = c + 1;
	}
	return n;
}

/* Detect roles of header h and render them as "role=Header;..." in role
 * order, text columns joined by '+'. */
static void
detect(const char *h, const struct col_override *ov, size_t nov,
    struct buf *out)
{
	struct slice hdr[64];
	size_t n = split(h, hdr, 64);
	struct rolemap m;
	struct gerr e;

	buf_reset(out);
	if (roles_detect(&m, hdr, n, ov, nov, "f.csv", &e) == -1) {
		buf_printf(out, "error: %s", e.msg);
		return;
	}
	for (int r = 0; r < ROLE_COUNT; r++) {
		if (r == ROLE_TEXT) {
			for (size_t i = 0; i < m.ntext; i++)
				buf_printf(out, "%s%s", i ? "+" : "text=",
				    m.text[i]);
			if (m.ntext > 0)
				buf_addc(out, ';');
		} else if (m.name[r] != NULL)
			buf_printf(out, "%s=%s;", role_name((enum role)r),
			    m.name[r]);
	}
	roles_fini(&m);
}

static void
test_normalize(void)
{
	struct buf b;

	buf_init(&b);
	roles_normalize(slice_str("Date_received"), &b);
	CHECK_STR(b.p, "datereceived");
	roles_normalize(slice_str("date received"), &b);
	CHECK_STR(b.p, "datereceived");
	roles_normalize(slice_str("DateReceived"), &b);
	CHECK_STR(b.p, "datereceived");
	roles_normalize(slice_str("Timely response?"), &b);
	CHECK_STR(b.p, "timelyresponse");
	roles_normalize(slice_str("Zoë-Name"), &b);
	CHECK_STR(b.p, "zo\xc3\xabname");
	buf_fini(&b);
}

static void
test_role_lookup(void)
{
	CHECK_INT(role_lookup("time", 4), ROLE_TIME);
	CHECK_INT(role_lookup("churn_date", 10), ROLE_CHURN_DATE);
	CHECK_INT(role_lookup("churn-date", 10), ROLE_CHURN_DATE);
	CHECK_INT(role_lookup("tim", 3), -1);
	CHECK_INT(role_lookup("timex", 5), -1);
	CHECK_STR(role_name(ROLE_VALUE), "value");
	CHECK(role_is_time(ROLE_CLOSED) && !role_is_time(ROLE_CSAT));
}

static void
test_real_headers(void)
{
	struct buf b;

	buf_init(&b);
	/* CFPB, original header: State is a US state, not a status */
	detect("Date received,Product,Sub-product,Issue,Sub-issue,"
	    "Consumer complaint narrative,Company public response,Company,"
	    "State,ZIP code,Tags,Consumer consent provided?,Submitted via,"
	    "Date sent to company,Company response to consumer,"
	    "Timely response?,Consumer disputed?,Complaint ID", NULL, 0, &b);
	CHECK_STR(b.p, "case=Complaint ID;time=Date received;"
	    "channel=Submitted via;text=Consumer complaint narrative;"
	    "label=Issue;");
	/* CFPB 2023 with underscores */
	detect("Date_received,Product,Issue,Consumer_complaint_narrative,"
	    "Submitted_via,Complaint_ID", NULL, 0, &b);
	CHECK_STR(b.p, "case=Complaint_ID;time=Date_received;"
	    "channel=Submitted_via;text=Consumer_complaint_narrative;"
	    "label=Issue;");
	/* NYC 311 */
	detect("Unique Key,Created Date,Closed Date,Agency,Agency Name,"
	    "Complaint Type,Descriptor,Status,Due Date,"
	    "Resolution Description,Open Data Channel Type", NULL, 0, &b);
	CHECK_STR(b.p, "case=Unique Key;time=Created Date;"
	    "closed=Closed Date;status=Status;"
	    "channel=Open Data Channel Type;agent=Agency;text=Descriptor;"
	    "label=Complaint Type;");
	/* ServiceNow event log: resolved_at wins over closed_at */
	detect("number,incident_state,active,caller_id,opened_by,opened_at,"
	    "sys_updated_at,contact_type,category,priority,assigned_to,"
	    "resolved_at,closed_at", NULL, 0, &b);
	CHECK_STR(b.p, "case=number;customer=caller_id;time=sys_updated_at;"
	    "opened=opened_at;closed=resolved_at;status=incident_state;"
	    "channel=contact_type;agent=assigned_to;priority=priority;"
	    "label=category;");
	/* twcs: unnamed index column, inbound as direction */
	detect(",tweet_id,author_id,inbound,created_at,text,"
	    "response_tweet_id,in_response_to_tweet_id", NULL, 0, &b);
	CHECK_STR(b.p, "customer=author_id;time=created_at;"
	    "direction=inbound;text=text;");
	/* Kaggle tickets: e-mail beats name; two text columns */
	detect("Ticket ID,Customer Name,Customer Email,Ticket Type,"
	    "Ticket Subject,Ticket Description,Ticket Status,"
	    "Ticket Priority,Ticket Channel,Customer Satisfaction Rating",
	    NULL, 0, &b);
	CHECK_STR(b.p, "case=Ticket ID;customer=Customer Email;"
	    "status=Ticket Status;channel=Ticket Channel;"
	    "priority=Ticket Priority;text=Ticket Subject+Ticket Description;"
	    "csat=Customer Satisfaction Rating;label=Ticket Type;");
	/* churn and value roles */
	detect("customer_id,signup_date,plan,monthly_value,churned,"
	    "churn_date", NULL, 0, &b);
	CHECK_STR(b.p, "customer=customer_id;time=signup_date;"
	    "churned=churned;churn_date=churn_date;value=monthly_value;");
	buf_fini(&b);
}

static void
test_priority(void)
{
	struct buf b;

	buf_init(&b);
	/* created beats updated, whatever the column order */
	detect("Updated at,Created at,Subject", NULL, 0, &b);
	CHECK_STR(b.p, "time=Created at;text=Subject;");
	/* no time name: opened serves as time */
	detect("id,opened,body", NULL, 0, &b);
	CHECK_STR(b.p, "time=opened;opened=opened;text=body;");
	/* nothing at all */
	detect("a,b,c", NULL, 0, &b);
	CHECK_STR(b.p, "");
	/* a guess: a header that mentions a date */
	detect("id,Date of Purchase,x", NULL, 0, &b);
	CHECK_STR(b.p, "time=Date of Purchase;");
	buf_fini(&b);
}

static void
test_overrides(void)
{
	struct col_override ov[3];
	struct gerr e;
	struct buf b;

	buf_init(&b);
	CHECK_INT(roles_parse_col("time=Solved At", &ov[0], &e), 0);
	CHECK_INT(roles_parse_col("text=2", &ov[1], &e), 0);
	CHECK_INT(roles_parse_col("customer=", &ov[2], &e), 0);
	detect("Ticket ID,Subject,Created At,Solved At,Customer", ov, 3, &b);
	/* Solved At is taken by time, so closed is not detected on it */
	CHECK_STR(b.p, "case=Ticket ID;time=Solved At;text=Subject;");
	for (int i = 0; i < 3; i++)
		free(ov[i].header);

	CHECK_INT(roles_parse_col("when=x", &ov[0], &e), -1);
	CHECK_STR(e.msg, "unknown role 'when' in --col 'when=x'");
	CHECK_INT(e.code, EXIT_USAGE);
	CHECK_INT(roles_parse_col("time", &ov[0], &e), -1);
	CHECK_STR(e.msg, "bad --col 'time': expected ROLE=HEADER");

	CHECK_INT(roles_parse_col("time=Nope", &ov[0], &e), 0);
	detect("a,b", ov, 1, &b);
	CHECK_STR(b.p, "error: f.csv: no column 'Nope' for --col time=Nope");
	free(ov[0].header);
	CHECK_INT(roles_parse_col("time=3", &ov[0], &e), 0);
	detect("a,b", ov, 1, &b);
	CHECK_STR(b.p, "error: f.csv: no column '3' for --col time=3");
	free(ov[0].header);
	buf_fini(&b);
}

static void
test_bind(void)
{
	struct slice h1[4], h2[5], h3[2];
	struct rolemap m;
	struct rolecols rc;
	struct gerr e;
	enum role rs[4];

	split("Ticket ID,Created At,Subject,Body", h1, 4);
	/* reordered, spelled differently, one extra column */
	split("body,extra,created_at,subject,ticket_id", h2, 5);
	split("Ticket ID,Subject", h3, 2);
	CHECK_INT(roles_detect(&m, h1, 4, NULL, 0, "a.csv", &e), 0);
	CHECK_INT(roles_bind(&m, h1, 4, &rc, "a.csv", &e), 0);
	CHECK_INT(rc.col[ROLE_CASE], 0);
	CHECK_INT(rc.col[ROLE_TIME], 1);
	CHECK_INT(rc.ntext, 2);
	CHECK_INT(roles_of_column(&m, &rc, 2, rs, 4), 1);
	CHECK_INT(rs[0], ROLE_TEXT);
	rolecols_fini(&rc);

	CHECK_INT(roles_bind(&m, h2, 5, &rc, "b.csv", &e), 0);
	CHECK_INT(rc.col[ROLE_CASE], 4);
	CHECK_INT(rc.col[ROLE_TIME], 2);
	CHECK_INT(rc.text[0], 3);
	CHECK_INT(rc.text[1], 0);
	rolecols_fini(&rc);

	CHECK_INT(roles_bind(&m, h3, 2, &rc, "c.csv", &e), -1);
	CHECK_STR(e.msg, "no column 'Created At' (role time) in this file's "
	    "header");
	CHECK_INT(e.line, 1);
	roles_fini(&m);
}

static const struct unit_test tests[] = {
	{ "normalize", test_normalize },
	{ "role lookup", test_role_lookup },
	{ "real headers", test_real_headers },
	{ "priority", test_priority },
	{ "overrides", test_overrides },
	{ "bind", test_bind },
};

UNIT_MAIN(tests)
