/*
 * generate.c -- deterministic sample data for gripe
 *
 * Usage: generate OUTDIR
 *
 * Writes four synthetic CSV files (RFC 4180 quoting, UTF-8, LF line ends)
 * into OUTDIR:
 *
 *   tickets.csv    ticket-level helpdesk export, one row per ticket
 *   events.csv     event-level interaction log, several rows per case,
 *                  ordered by timestamp overall (cases interleave)
 *   customers.csv  every customer id used anywhere plus non-complainers
 *   activity.csv   orders, logins and payments, ordered by time
 *
 * Nothing is copied from real data.  A private splitmix64 generator with a
 * fixed seed drives every choice and all arithmetic is integer, so the
 * output is byte-identical on every machine and libc.
 *
 * Time span: 2026-05-25 (Monday) to 2026-11-22 (Sunday) inclusive, 26 whole
 * weeks; week 1 starts 2026-05-25.  The as-of date is the latest timestamp
 * (activity on 2026-11-22).  Ticket and activity times are naive local
 * times, event times are UTC with a Z suffix; both come from one clock.
 *
 * Sizes: 2,400 customers, 1,000 of whom never complain; 2,987 tickets and
 * 1,413 cases (8,291 event rows) from the other 1,400; 30,605 activity
 * rows; 3.2 MB in all.  A complaining customer has 1 to ~40 complaints
 * (heavy tail, 594 have exactly one), each filed as a ticket or a case.
 * 1,331 customers have tickets; 446 have cases, 69 of them no ticket, so
 * for tickets.csv alone the customers without a complaint are nearly
 * exactly the 1,000 baseline customers.
 *
 * Text.  Subjects, descriptions and inbound messages come from several
 * templates per topic with order numbers (#48213), amounts ($49.99),
 * products and dates filled in.  Topics: billing, refund, delivery,
 * product_defect, account_access, technical, wait_time, staff_attitude,
 * cancellation, pricing, privacy, communication, plus the new login
 * outage ("error 503 after the update") labelled account_access or
 * technical.  The ticket Category is the agents' label: the true topic
 * ~88% of the time, a plausible neighbour otherwise.  Signals are planted
 * as whole sentences (rates over the 4,400 complaints): churn intent
 * (~10%: "I will cancel my account", "I'm switching to a competitor"),
 * hostility (~13%: "This is ridiculous.", "Worst service ever!!!"),
 * public threat (~5%: Twitter, 1-star review, BBB, consumer protection),
 * manager request (~7%: "I want to speak to a manager"), repeat contact
 * (~18%: "This is the third time I'm writing", "Still not fixed"); they
 * are likelier after an earlier failed complaint.  About 10% of
 * descriptions span
 * several lines (sometimes with a blank line); many hold commas, some
 * double quotes (the "express" shipping, Kestrel 27" monitor), curly
 * apostrophes, accents, em dashes and the odd emoji; a few are all lower
 * case.
 *
 * Events.  Statuses new, open, pending, escalated, resolved, closed; the
 * first row of a case is inbound with status new and an empty agent.
 * Rates over cases (measured): no reply ever 5.9%; one-touch (resolved by
 * the first and only agent reply, never reopened) 28%; reopened (inbound
 * after resolved, status back to open) 9.5%; escalated (a status
 * escalated row, priority urgent from there on) 7.3%, about half when
 * the customer asked for a manager; followed up (outbound "Just
 * following up..." after resolution) 20%; still open at the end 13.7%.
 * About 30% of escalation rows share the exact timestamp of the agent
 * reply just before them (31 ties inside cases, 34 in all; the file keeps
 * case order for ties).
 * Agent replies use the six service-recovery practices at rates that vary
 * per agent: acknowledge, apologize, clarify, offer options, commit a time
 * frame, follow up.
 *
 * Planted patterns (measured on the output; see also samples/README):
 *
 * 1. Rising issue: delivery complaints (mostly tracking and late) are
 *    drawn at 2.5x, 3x, 3.5x and 4x the earlier weekly rate in the last 4
 *    weeks (weeks 23-26); measured ~3x: tickets and cases whose text is
 *    about tracking/late/lost parcels, 22/week in weeks 1-22, then 58,
 *    64, 77, 70; tickets labelled delivery 13.7/week, then 35/week.
 * 2. New issue: from 2026-11-02 (weeks 24-26) an app login outage,
 *    "error 503 after the update", ~14% of complaints in those weeks
 *    and none before.
 * 3. Churn follows the outcome of the customer's last complaint (tickets
 *    and cases together; quick = resolved within 48 hours of creation,
 *    slow = resolved later, unresolved = open at the end): customers
 *    without complaints ~10%, quick ~7% (service-recovery paradox), slow
 *    ~18%, unresolved ~35%.  Churn intent and public threats raise churn
 *    sharply, and so does an earlier failed (slow or unresolved)
 *    complaint: a second complaint after a first failure churns more than
 *    a first complaint.  Measured: no complaint 10.0% (exactly 100 of
 *    1,000), last complaint quick 6.6%, slow 18.4%, unresolved 32.6%;
 *    last complaint with churn intent 35%, with a public threat 33%,
 *    with neither 14%; exactly one complaint 11%, two or more after an
 *    earlier failure 22%.  A churned customer's churn_date is 1-30 days
 *    after their last complaint activity; their activity stops before it.
 * 4. Silent churn: 49 customers not marked churned stop all activity at
 *    least 5 weeks before the end.  Activity thins out in the 45 days
 *    before any churn.  Customers still active pay monthly to the end.
 * 5. Agent "Tom Becker" is slow: median ticket resolution ~71 h against
 *    25-43 h for the others, median first reply ~21 h against 2-14 h,
 *    ~21% of his cases reopened against 5-13%, more repeat tickets,
 *    fewer apologies and follow-ups.
 * 6. CSAT (about 60% of closed tickets, mean 3.5) is lower after slow
 *    resolution, repeat contact (the reopen-ish tickets, mean 2.6),
 *    escalation (priority Urgent or a manager request, 2.6) and
 *    hostility (2.6); Tom Becker's tickets average 3.0.
 * 7. Open tickets (~13%, Status Open or Pending, no Closed At) are mostly
 *    recent: a backlog builds in the last 4 weeks.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NELEM(a)	((int)(sizeof(a) / sizeof((a)[0])))
#define PICK(a)		((a)[rnd(NELEM(a))])

#define MIN		60
#define HOUR		3600
#define DAY		86400
#define NDAYS		182
#define NCUST		2400
#define NCOMPLAINER	1400
#define NCOMPLAINT	4400
#define SLOW_AGENT	5
#define SB_MAX		4096

#ifndef CHURN_QUICK
#define CHURN_QUICK	5
#define CHURN_SLOW	120
#define CHURN_OPEN	310
#define CHURN_FAIL	50
#define CHURN_INTENT	300
#define CHURN_PUBLIC	200
#define CHURN_CANCEL	80
#endif

enum { SRC_TICKET, SRC_EVENT };
enum { OUT_QUICK, OUT_SLOW, OUT_OPEN };
enum { SIG_CHURN = 1, SIG_HOSTILE = 2, SIG_PUBLIC = 4, SIG_MANAGER = 8 };
enum {
	T_BILLING, T_REFUND, T_DELIVERY, T_DEFECT, T_ACCESS, T_TECH, T_WAIT,
	T_STAFF, T_CANCEL, T_PRICING, T_PRIVACY, T_COMM, T_OUTAGE, NTOPIC,
	X_TRACK = NTOPIC, X_LATE, NTEXT
};
enum { CH_EMAIL, CH_CHAT, CH_PHONE, CH_WEB, CH_SOCIAL, NCHAN };
enum { P_LOW, P_NORMAL, P_HIGH, P_URGENT };
enum { ST_NEW, ST_OPEN, ST_PENDING, ST_ESCALATED, ST_RESOLVED, ST_CLOSED };
enum { TS_OPEN, TS_PENDING, TS_SOLVED, TS_CLOSED };
enum { ACT_ORDER, ACT_LOGIN, ACT_PAYMENT };
enum { STY_TICKET, STY_EMAIL, STY_CHAT };
enum {
	AM_FIRST, AM_FIRST_RESOLVE, AM_UPDATE, AM_RESOLVE, AM_ESCALATE,
	AM_FOLLOWUP, AM_CLOSE, AM_REOPEN
};

struct cust {
	int		 id;
	int		 complainer;
	int		 pref;		/* 0 tickets, 1 both, 2 cases only */
	int		 weight;	/* share of extra complaints */
	int		 ncomp;
	int		*comp;		/* complaint indices in time order */
	int		 signup;	/* day number */
	int		 plan;
	int		 value;		/* cents a month */
	int		 churned;
	int		 churn_day;
	int		 stop_day;	/* activity stops before this day */
	int		 silent;
};

struct comp {
	int		 cust;
	long long	 t;
	int		 topic;
	int		 src;
	int		 chan;
	int		 sig;
	int		 repeat;
	int		 agent;
	int		 outcome;
	long long	 anchor;	/* last customer-side moment */
};

struct ticket {
	int		 comp;
	long long	 created;
	long long	 closed;	/* -1: not closed */
	int		 status;
	int		 agent;		/* -1: unassigned */
	int		 prio;
	int		 label;
	int		 csat;		/* 0: none */
	char		*subject;
	char		*desc;
};

struct kase {
	int		 comp;
	int		 id;
	long long	 t0;
};

struct erow {
	long long	 t;
	int		 seq;
	int		 kase;
	int		 inbound;
	int		 status;
	int		 agent;
	int		 prio;
	char		*msg;
};

struct act {
	long long	 t;
	int		 cust;
	int		 type;
};

struct cstate {
	int		 kase;
	int		 cut;
	int		 agent;
	int		 prio;
	int		 status;
	long long	 last_t;
	long long	 res_t;
	long long	 last_in;
};

struct bucket {
	int		 w;
	int		 lo;
	int		 hi;
};

struct pool {
	const char *const	*s;
	int			 n;
};

struct agent {
	const char	*name;
	const char	*first;
	int		 weight;
	int		 empathy;	/* practice rates, per mille */
};

struct sbuf {
	size_t		 n;
	char		 b[SB_MAX];
};

/* Values shared by the templates of one ticket or case. */
struct tctx {
	long long	 t;
	int		 ord;
	int		 amt;
	int		 amt2;
	int		 prod;
	int		 plan;
	int		 n;
	int		 mins;
	int		 days;
	int		 pct;
	int		 last4;
	int		 err;
	int		 app;
	int		 carrier;
	int		 date;
	int		 datefmt;
	int		 wday;
	int		 years;
	int		 ref;
	int		 trk;
	int		 name;
	int		 me;
};

static const struct agent agents[] = {
	{ "Zoë Brandt", "Zoë", 10, 1300 },
	{ "José Núñez", "José", 10, 1100 },
	{ "Łukasz Nowak", "Łukasz", 9, 900 },
	{ "Ana María Rojas", "Ana María", 9, 1250 },
	{ "Priya Raman", "Priya", 10, 1000 },
	{ "Tom Becker", "Tom", 9, 550 },
	{ "Sarah O'Connor", "Sarah", 10, 1050 },
	{ "Kenji Sato", "Kenji", 8, 800 },
	{ "Mette Sørensen", "Mette", 8, 1150 },
	{ "David Kim", "David", 9, 700 },
	{ "Chloé Martin", "Chloé", 8, 1200 },
	{ "Ben Carter", "Ben", 8, 900 },
};

static const char *const topic_label[NTOPIC] = {
	"billing", "refund", "delivery", "product_defect", "account_access",
	"technical", "wait_time", "staff_attitude", "cancellation", "pricing",
	"privacy", "communication", "account_access"
};

/* Labels agents pick by mistake for each true topic. */
static const int confuse[NTOPIC][3] = {
	[T_BILLING] = { T_REFUND, T_PRICING, T_CANCEL },
	[T_REFUND] = { T_BILLING, T_DELIVERY, T_DEFECT },
	[T_DELIVERY] = { T_DEFECT, T_COMM, T_WAIT },
	[T_DEFECT] = { T_DELIVERY, T_REFUND, T_TECH },
	[T_ACCESS] = { T_TECH, T_PRIVACY, T_TECH },
	[T_TECH] = { T_ACCESS, T_DEFECT, T_ACCESS },
	[T_WAIT] = { T_COMM, T_STAFF, T_COMM },
	[T_STAFF] = { T_WAIT, T_COMM, T_WAIT },
	[T_CANCEL] = { T_BILLING, T_PRICING, T_BILLING },
	[T_PRICING] = { T_BILLING, T_CANCEL, T_BILLING },
	[T_PRIVACY] = { T_ACCESS, T_COMM, T_ACCESS },
	[T_COMM] = { T_WAIT, T_STAFF, T_WAIT },
	[T_OUTAGE] = { T_DEFECT, T_WAIT, T_PRIVACY },
};

static const char *const tchan_name[NCHAN] = {
	"Email", "Chat", "Phone", "Web", "Social"
};
static const char *const echan_name[NCHAN] = {
	"email", "chat", "phone", "web", "social"
};
static const char *const tprio_name[] = { "Low", "Normal", "High", "Urgent" };
static const char *const eprio_name[] = { "low", "normal", "high", "urgent" };
static const char *const tstatus_name[] = {
	"Open", "Pending", "Solved", "Closed"
};
static const char *const estatus_name[] = {
	"new", "open", "pending", "escalated", "resolved", "closed"
};
static const char *const act_name[] = { "order", "login", "payment" };
static const char *const plan_name[] = { "Basic", "Plus", "Pro" };

static const char *const month_name[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static const int prices[] = {
	1299, 1999, 2499, 2900, 3450, 4999, 5999, 7950, 8900, 11900, 14999,
	24900, 39999
};

static const char *const prod_long[] = {
	"Vela espresso machine", "Brio electric kettle", "Aria ANC headphones",
	"Zephyr desk fan", "Quill e-reader", "Nova robot vacuum",
	"Pulse Bluetooth speaker", "Kestrel 27\" monitor",
	"Halo smart doorbell", "Fjord heated blanket", "Mira wireless charger",
	"Lumo smart bulb (4-pack)", "Orbit air fryer", "Tempo fitness tracker",
	"Café Crème milk frother"
};
static const char *const prod_short[] = {
	"espresso machine", "kettle", "headphones", "desk fan", "e-reader",
	"robot vacuum", "speaker", "monitor", "doorbell", "heated blanket",
	"wireless charger", "smart bulbs", "air fryer", "fitness tracker",
	"milk frother"
};
static const char *const app_name[] = {
	"the app", "the iOS app", "the Android app", "the website",
	"the web portal", "Chrome on Windows"
};
static const char *const carrier_name[] = {
	"SwiftShip", "ParcelGo", "Northway Freight", "CityPost"
};
static const char *const err_name[] = {
	"500", "502", "E-1042", "ERR_TIMEOUT", "0x80070005", "PAY-17"
};
static const char *const wday_name[] = {
	"Friday", "Monday", "tomorrow", "the end of the week", "Wednesday"
};
static const char *const nth_name[] = {
	"first", "first", "second", "third", "fourth", "fifth"
};
static const char *const cust_name[] = {
	"Maria", "Jürgen", "Renée", "Sam", "Oliver", "Aisha", "Tomás",
	"Li Wei", "Grace", "Søren", "Emma", "Raj", "Fatima", "Noah", "Inès",
	"Kate"
};
static const char *const emoji_bad[] = { "😡", "🤬", "👎" };
static const char *const emoji_mild[] = { "🙁", "🙏", "😞" };

/* Subject templates per text topic. */
static const char *const s_billing[] = {
	"Charged twice for order {ord}",
	"Double charge on my card",
	"Wrong amount billed — {amt} instead of {amt2}",
	"Unexpected charge on my statement",
	"Billing error on invoice INV-{ref}",
	"Why was I charged {amt}?",
	"Payment taken twice",
};
static const char *const s_refund[] = {
	"Still waiting for my refund",
	"Refund for order {ord} not received",
	"Where is my refund?",
	"Refund of {amt} never arrived",
	"Return accepted but no refund",
};
static const char *const s_lost[] = {
	"Package never arrived",
	"Order {ord} not delivered",
	"Parcel marked delivered but not here",
	"Missing delivery",
};
static const char *const s_track[] = {
	"Tracking hasn't updated in {days} days",
	"Where is my order {ord}?",
	"Tracking stuck on \"in transit\"",
	"No tracking update for order {ord}",
};
static const char *const s_late[] = {
	"Late delivery — order {ord}",
	"Delivery delayed again",
	"Order {ord} is {days} days late",
	"Express delivery arrived late",
};
static const char *const s_defect[] = {
	"{prods} arrived damaged",
	"Item broken on arrival",
	"Wrong item received for order {ord}",
	"{prods} stopped working",
	"Defective {prods}",
	"Missing parts in my order",
};
static const char *const s_access[] = {
	"Can't log in",
	"Locked out of my account",
	"Password reset email never arrives",
	"Two-factor code not working",
	"Cannot sign in to my account",
};
static const char *const s_tech[] = {
	"App keeps crashing",
	"Error {err} at checkout",
	"Website down?",
	"Sync not working",
	"App freezes on startup",
	"Outage this morning",
};
static const char *const s_wait[] = {
	"On hold for {mins} minutes",
	"No response to my emails",
	"Waited {mins} minutes on the phone",
	"Still no reply after {days} days",
	"Nobody answers the chat",
};
static const char *const s_staff[] = {
	"Rude agent",
	"Complaint about a member of staff",
	"Agent hung up on me",
	"Very unprofessional service",
};
static const char *const s_cancel[] = {
	"Cancel my subscription",
	"Unable to cancel",
	"Cancellation request ignored",
	"Still billed after cancelling",
};
static const char *const s_pricing[] = {
	"Price went up",
	"Price increase without notice",
	"Why is my plan more expensive?",
	"Price increase of {pct}%",
};
static const char *const s_privacy[] = {
	"Possible data breach",
	"Unauthorized access to my account",
	"Spam after unsubscribing",
	"Delete my personal data",
	"Someone else's order in my account",
};
static const char *const s_comm[] = {
	"Nobody called me back",
	"Promised follow-up never happened",
	"No update on my case",
	"Conflicting information from your team",
};
static const char *const s_outage[] = {
	"Error 503 after the update",
	"Can't log in since the latest update",
	"App login broken — 503",
	"Service unavailable (503) on login",
};

/* Core complaint sentences per text topic. */
static const char *const c_billing[] = {
	"I was charged twice for order {ord}, my bank statement shows two payments of {amt}.",
	"You billed me {amt} instead of {amt2} for my {plan} plan this month.",
	"There is a charge of {amt} on my card ending {last4} that I don't recognise.",
	"My invoice has the wrong amount on it, I was overcharged by {amt}.",
	"The same charge of {amt} appears {n} times on my statement.",
	"The payment for order {ord} went through twice, please reverse the duplicate charge.",
	"You keep charging my card even though I switched to the {plan} plan on {date}.",
};
static const char *const c_refund[] = {
	"I returned the {prod} on {date} and I'm still waiting for my refund of {amt}.",
	"You promised a refund {days} days ago and nothing has reached my account.",
	"The return for order {ord} was marked as received but the refund never came through.",
	"Your agent told me the refund was processed, but my bank says there is no pending credit for {amt}.",
	"I was told I'd get my money back within 5 business days. It has been {days} days.",
	"I want a full refund for order {ord}, not store credit.",
};
static const char *const c_lost[] = {
	"My package never arrived. Order {ord} was supposed to be here on {date}.",
	"The courier marked my parcel as delivered but nothing was left at my door.",
	"Order {ord} never arrived and {carrier} says it was handed over on {date}.",
	"I'm still waiting for my {prod}, the package never arrived.",
};
static const char *const c_track[] = {
	"The tracking for order {ord} hasn't updated in {days} days, it just says \"in transit\".",
	"Tracking shows the parcel stuck at the {carrier} depot since {date}.",
	"The tracking number you sent me doesn't work at all.",
	"Tracking hasn't updated since {date} and nobody can tell me where my {prods} is.",
};
static const char *const c_late[] = {
	"I paid for the \"express\" shipping and the delivery is now {days} days late.",
	"My order {ord} is late again, the delivery date keeps moving.",
	"Delivery was promised for {date}, it's still not here and nobody knows where it is.",
	"This is a late delivery, again: the {prod} should have arrived {days} days ago.",
};
static const char *const c_defect[] = {
	"The {prod} arrived damaged, the box was crushed and the lid is cracked.",
	"I received the wrong item. I ordered the {prod} but got something completely different.",
	"My {prod} stopped working after {n} days of normal use.",
	"The {prod} is broken — it won't turn on at all.",
	"Half the parts are missing from the {prod} box.",
	"The {prod} is defective, it makes a grinding noise and smells of burning plastic.",
	"The {prods} arrived broken, straight out of the box.",
};
static const char *const c_access[] = {
	"I can't log in to my account, it keeps saying my password is wrong even after a reset.",
	"The password reset email never comes. I've checked spam and requested it {n} times.",
	"I'm locked out of my account after too many attempts and the unlock link has expired.",
	"The two-factor code never arrives by SMS so I cannot sign in.",
	"My login stopped working on {date} and now it says the account doesn't exist.",
	"I cannot access my account since I changed my email address.",
};
static const char *const c_tech[] = {
	"The app crashes every time I open the orders screen.",
	"I get error {err} when I try to check out, I've tried {n} different browsers.",
	"Your website was down for most of the day on {date}, was there an outage?",
	"{app} freezes on startup and then closes itself.",
	"Nothing syncs between my phone and the website anymore.",
	"Checkout shows \"Something went wrong (code {err})\" and the order never goes through.",
	"The page just loads forever and then times out.",
};
static const char *const c_wait[] = {
	"I was on hold for {mins} minutes and then the call dropped.",
	"I have sent {n} emails and got no response to any of them.",
	"I waited {mins} minutes in the chat queue and nobody ever joined.",
	"It has been {days} days since I opened this request and I haven't heard a thing.",
	"Your phone line puts me on hold forever, I waited over an hour yesterday.",
};
static const char *const c_staff[] = {
	"The agent I spoke to on {date} was rude and kept interrupting me.",
	"Your agent hung up on me in the middle of the call.",
	"The person on the chat was condescending and told me it was \"not our problem\".",
	"Your staff member laughed when I explained the issue. Very unprofessional.",
	"The agent was dismissive and refused to give me their name.",
};
static const char *const c_cancel[] = {
	"Please cancel my subscription effective immediately.",
	"I've tried to cancel my {plan} plan online but the cancel button does nothing.",
	"I asked to cancel on {date} and I'm still subscribed.",
	"I want to cancel my subscription and I don't want to be charged for next month.",
	"Why is it so hard to cancel? I went through {n} screens of offers.",
};
static const char *const c_pricing[] = {
	"The price went up from {amt2} to {amt} a month without any notice.",
	"My {plan} plan is now {pct}% more expensive and nobody told me.",
	"I saw the same {prod} for less on your own website the next day.",
	"The price at checkout was higher than the one advertised.",
	"You raised the price again — that's the second increase this year.",
};
static const char *const c_privacy[] = {
	"I got an email about unauthorized access to my account from another country.",
	"I keep getting spam from you even after I unsubscribed on {date}.",
	"I think my data was leaked in a data breach, I'm getting phishing emails that mention order {ord}.",
	"Please delete all my personal data under GDPR.",
	"I can see someone else's address and orders in my account, this is a serious privacy problem.",
};
static const char *const c_comm[] = {
	"I was told someone would call me back within 24 hours. Nobody called me back.",
	"Your colleague promised a follow-up on {date} and it never happened.",
	"Every time I contact you I get a different answer.",
	"I never got the confirmation email you said you would send.",
	"I was promised an update by {wday} and heard nothing.",
};
static const char *const c_outage[] = {
	"Since the update the app shows \"error 503\" every time I try to log in.",
	"Error 503 after the update, I can't log in at all.",
	"Login is broken since version 4.12 — it just says 503 Service Unavailable.",
	"I updated the app yesterday and now every login attempt fails with error 503.",
	"Can't sign in on the app or the website, both give a 503 error since the update.",
};

#define POOL(a)		{ a, NELEM(a) }
static const struct pool subj_pool[NTEXT] = {
	POOL(s_billing), POOL(s_refund), POOL(s_lost), POOL(s_defect),
	POOL(s_access), POOL(s_tech), POOL(s_wait), POOL(s_staff),
	POOL(s_cancel), POOL(s_pricing), POOL(s_privacy), POOL(s_comm),
	POOL(s_outage), POOL(s_track), POOL(s_late)
};
static const struct pool core_pool[NTEXT] = {
	POOL(c_billing), POOL(c_refund), POOL(c_lost), POOL(c_defect),
	POOL(c_access), POOL(c_tech), POOL(c_wait), POOL(c_staff),
	POOL(c_cancel), POOL(c_pricing), POOL(c_privacy), POOL(c_comm),
	POOL(c_outage), POOL(c_track), POOL(c_late)
};

/* Difficult-customer signals, one sentence each. */
static const char *const sig_churn[] = {
	"I will cancel my account if this isn't sorted by {wday}.",
	"I'm switching to a competitor.",
	"Honestly, I'm about to take my business elsewhere.",
	"If this isn't fixed I'm closing my account.",
	"I'm done — I'm moving to another provider.",
	"Give me one reason not to cancel my account today.",
	"I've already signed up with a competitor, so fix this or I'm gone.",
	"I will cancel my account.",
};
static const char *const sig_hostile[] = {
	"This is ridiculous.",
	"Worst service ever!!!",
	"Absolutely unacceptable.",
	"Are you kidding me?",
	"This is a joke.",
	"I am FURIOUS.",
	"Pathetic.",
	"Seriously, what is wrong with you people?",
	"Unbelievable. Just unbelievable.",
	"THIS IS RIDICULOUS!!",
};
static const char *const sig_public[] = {
	"I'll post this on Twitter.",
	"I'm leaving a 1-star review.",
	"I'm reporting you to the BBB.",
	"I will be reporting this to consumer protection.",
	"Everyone on Facebook is going to hear about this.",
	"Expect a 1-star review everywhere I can post one.",
	"I'm filing a complaint with the Better Business Bureau.",
	"I'll tweet about this until someone responds.",
};
static const char *const sig_manager[] = {
	"I want to speak to a manager.",
	"Let me talk to your supervisor.",
	"Please escalate this to someone senior.",
	"Put me through to a manager, now.",
	"I demand to speak with a supervisor.",
	"I'd like this escalated to a manager please.",
};
static const char *const sig_repeat[] = {
	"This is the {nth} time I'm writing about this.",
	"Still not fixed.",
	"I already reported this on {date} and nothing happened.",
	"I've contacted you {n} times already.",
	"Following up again — this is still not resolved.",
	"Same problem as my last ticket, still not fixed.",
	"Writing again because nobody has sorted this out.",
	"This is my {nth} complaint about the same thing.",
};
static const char *const detail_pool[] = {
	"I've been a customer for {years} years.",
	"I need this sorted before {wday}.",
	"My reference number is REF-{ref}.",
	"The order number is {ord}.",
	"I've attached a screenshot.",
	"This started on {date}.",
	"I'm using {app}.",
	"Please look into it as soon as possible.",
	"I'd appreciate a quick reply.",
	"My account email is the one I'm writing from.",
	"Can someone please help?",
	"I really need this for work.",
};
static const char *const greet_pool[] = {
	"Hi,", "Hello,", "Hi there,", "Dear support team,",
	"To whom it may concern,", "Hey,", "Good morning,", "Hello support,"
};
static const char *const close_pool[] = {
	"Thanks", "Thank you", "Regards", "Best", "Cheers", "Kind regards",
	"Thanks in advance"
};

/* Later inbound messages of a case. */
static const char *const in_nudge[] = {
	"Hello? Is anyone there?",
	"I'm still waiting for a reply.",
	"No response yet, it's been {n} days.",
	"Why is nobody answering me?",
	"Can someone PLEASE reply?",
	"Still nothing. Great.",
};
static const char *const in_answer[] = {
	"My order number is {ord}.",
	"The email on the account is the one I'm writing from.",
	"I'm on {app}.",
	"Photo attached — you can see the damage clearly.",
	"Yes, the charge is still showing.",
	"Order {ord}, placed on {date}.",
	"It's the {prod}.",
};
static const char *const in_reply[] = {
	"Any update on this?",
	"I've tried that already, it still doesn't work.",
	"When will this be sorted?",
	"That doesn't help at all.",
	"OK, I'll wait.",
	"I'd prefer the refund, please.",
	"A replacement is fine.",
	"Can you at least tell me what's going on?",
	"Thanks, but I still need an answer.",
	"I did what you said, same result.",
	"Fine. Please hurry up.",
	"I've sent the details twice now.",
};
static const char *const in_reopen[] = {
	"It's happening again.",
	"This is still not fixed.",
	"Sorry, the problem is back.",
	"I thought this was sorted, but it isn't.",
	"The issue came back after {n} days.",
	"Still not working — reopening this.",
};
static const char *const in_thanks[] = {
	"Thank you, that's sorted now.",
	"Thanks for your help!",
	"Great, got it. 🙏",
	"OK, thanks.",
	"Finally. Thanks.",
	"Perfect, thank you so much!",
	"Received, thanks.",
};
static const char *const in_fine[] = {
	"All good now, thanks.",
	"Yes, everything works.",
	"Yes, it's fine now. Thanks for checking.",
	"Appreciate the follow-up, all sorted.",
};

/* Agent phrases: the six service-recovery practices and the rest. */
static const char *const am_ack[] = {
	"I understand how frustrating this must be.",
	"Thank you for letting us know.",
	"Thanks for reaching out about this.",
	"I can see why you're upset.",
	"I completely understand your frustration.",
	"Thanks for your patience while we look into this.",
};
static const char *const am_apology[] = {
	"I'm sorry for the trouble.",
	"We apologize for the inconvenience.",
	"I'm really sorry about this.",
	"Sorry for the delay in getting back to you.",
	"Please accept our apologies.",
	"I'm so sorry this happened.",
};
static const char *const am_clar_goods[] = {
	"Could you confirm your order number?",
	"Could you send us a photo of the item?",
	"Can you confirm the delivery address for me?",
};
static const char *const am_clar_money[] = {
	"Could you confirm your order number?",
	"Could you check whether the charge is still pending?",
	"Could you tell me the last four digits of the card?",
};
static const char *const am_clar_acct[] = {
	"Can you tell me which device and app version you're using?",
	"Could you confirm the email address on the account?",
	"Could you send a screenshot of the error?",
};
static const char *const am_clar_other[] = {
	"Could you confirm the email address on the account?",
	"Could you tell me roughly when this happened?",
	"Could you confirm the best number to call you back on?",
};
static const char *const am_progress[] = {
	"I've passed this to the right team.",
	"I'm looking into this now.",
	"I've checked with the warehouse and I'm waiting on their answer.",
	"Our engineers are aware of the issue.",
	"I've opened an investigation with our partner.",
	"I've added a note to your account.",
};
static const char *const am_opt_goods[] = {
	"We can offer you a full refund or a replacement.",
	"I can either send a replacement or issue store credit — which would you prefer?",
	"You can choose between a refund to your card or a voucher for {amt}.",
};
static const char *const am_opt_money[] = {
	"We can refund the difference or credit your account, whichever you prefer.",
	"I can offer a refund of {amt} or a free month on the {plan} plan.",
};
static const char *const am_opt_other[] = {
	"I can offer you a {amt} credit as an apology, or we can set up a call at a time that suits you.",
	"We can either call you back or keep this on email, whichever you prefer.",
};
static const char *const am_time[] = {
	"You'll hear from us within 48 hours.",
	"I'll update you by Friday.",
	"This should be resolved within 3–5 business days.",
	"Expect an update by end of day tomorrow.",
	"I'll get back to you within 24 hours.",
	"We aim to have this fixed by Monday.",
};
static const char *const am_escalate[] = {
	"I've escalated your case to my supervisor.",
	"I'm escalating this to our senior support team.",
	"Your case has been escalated to a manager, who will contact you directly.",
	"Escalated to Tier 2 for review.",
};
static const char *const am_followup[] = {
	"Just following up to make sure everything is working.",
	"Just following up on your case.",
	"I wanted to check in: did everything arrive as expected?",
	"Following up on our last conversation, is everything OK now?",
	"Just checking in to see whether the issue is fully resolved.",
};
static const char *const am_close[] = {
	"Case closed.",
	"Closing this case — thank you for your patience.",
	"This case has been closed. Reply to reopen it.",
	"Case closed automatically after 7 days without a reply.",
};
static const char *const am_signoff[] = {
	"— {me}", "Best, {me}", "Kind regards, {me}", "Thanks, {me}"
};

/* Resolution sentences per topic. */
static const char *const r_billing[] = {
	"I've reversed the duplicate charge of {amt}; it will show on your statement within 3–5 days.",
	"Your invoice has been corrected and the overcharge refunded.",
};
static const char *const r_refund[] = {
	"Your refund of {amt} was processed today.",
	"I've pushed the refund through manually; you should see {amt} back on your card shortly.",
};
static const char *const r_delivery[] = {
	"A replacement has been shipped with tracking number SW{trk}.",
	"The courier has confirmed delivery for tomorrow.",
	"We've located your parcel and it's out for delivery today.",
};
static const char *const r_defect[] = {
	"We've sent a replacement {prods} and a prepaid return label.",
	"I've arranged a free repair; the courier will pick it up on {wday}.",
};
static const char *const r_access[] = {
	"I've unlocked your account and sent a fresh reset link; you should be able to log in now.",
	"Your login has been restored.",
};
static const char *const r_tech[] = {
	"Our engineers fixed the error; please try again.",
	"The issue is fixed in the latest version of the app.",
};
static const char *const r_wait[] = {
	"Your original request has now been handled.",
	"I've dealt with your request personally.",
};
static const char *const r_staff[] = {
	"I've shared your feedback with the team leader and it will be addressed.",
	"Thank you for raising this; we've taken it up with the agent involved.",
};
static const char *const r_cancel[] = {
	"Your cancellation request has been processed.",
	"I've stopped the extra charge and fixed the settings on your account.",
};
static const char *const r_pricing[] = {
	"I've applied a discount so you keep your old price for 6 months.",
	"We've refunded the price difference of {amt}.",
};
static const char *const r_privacy[] = {
	"We've secured your account, signed out all sessions and removed you from all mailing lists.",
	"Your data request has been completed.",
};
static const char *const r_comm[] = {
	"I'm handling your case personally now and it's sorted.",
	"I've made sure you get a written confirmation today.",
};
static const char *const r_outage[] = {
	"The login error (503) is fixed in version 4.12.1; please update the app.",
	"The outage after the update is resolved; you can log in again.",
};
static const struct pool res_pool[NTOPIC] = {
	POOL(r_billing), POOL(r_refund), POOL(r_delivery), POOL(r_defect),
	POOL(r_access), POOL(r_tech), POOL(r_wait), POOL(r_staff),
	POOL(r_cancel), POOL(r_pricing), POOL(r_privacy), POOL(r_comm),
	POOL(r_outage)
};

/* Time-of-day weights (business hours and at home) and weekday weights. */
static const int hour_biz[24] = {
	1, 1, 1, 1, 1, 2, 3, 6, 12, 14, 14, 13, 11, 12, 13, 13, 12, 10, 7, 5,
	4, 3, 2, 1
};
static const int hour_home[24] = {
	2, 1, 1, 1, 1, 1, 2, 4, 5, 5, 5, 6, 7, 6, 5, 5, 6, 8, 10, 12, 13, 12,
	8, 4
};
static const int wday_w[7] = { 12, 11, 11, 10, 10, 5, 4 };

/* Durations: time to resolution and time to an agent reply. */
static const struct bucket res_buckets[] = {
	{ 28, 20 * MIN, 4 * HOUR },
	{ 26, 4 * HOUR, 24 * HOUR },
	{ 14, 24 * HOUR, 46 * HOUR },
	{ 17, 2 * DAY, 7 * DAY },
	{ 10, 7 * DAY, 21 * DAY },
	{ 5, 21 * DAY, 60 * DAY },
};
static const struct bucket first_buckets[] = {
	{ 35, 3 * MIN, 60 * MIN },
	{ 30, HOUR, 8 * HOUR },
	{ 25, 8 * HOUR, 40 * HOUR },
	{ 10, 2 * DAY, 5 * DAY },
};

static uint64_t		 rng_state = UINT64_C(0x6772697065323032);
static long long	 t_start, t_end;
static int		 d_start, d_end, d_2023;
static struct tctx	 tc;
static struct cstate	 cs;
static int		 seqno;

static struct cust	 custs[NCUST];
static struct comp	 comps[NCOMPLAINT];
static struct ticket	 tickets[NCOMPLAINT];
static int		 ntickets;
static struct kase	 kases[NCOMPLAINT];
static int		 nkases;
static struct erow	*erows;
static int		 nerows, caperows;
static struct act	*acts;
static int		 nacts, capacts;

/* Next 64-bit value of the splitmix64 generator. */
static uint64_t
rnd64(void)
{
	uint64_t	z;

	z = (rng_state += UINT64_C(0x9e3779b97f4a7c15));
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

/* Uniform integer in [0, n); n must be positive. */
static int
rnd(int n)
{
	return (int)(((rnd64() >> 32) * (uint64_t)n) >> 32);
}

/* Uniform integer in [lo, hi]. */
static int
rrange(int lo, int hi)
{
	if (hi <= lo)
		return lo;
	return lo + rnd(hi - lo + 1);
}

/* True with probability pm per mille. */
static int
chance(int pm)
{
	return rnd(1000) < pm;
}

/* Index drawn in proportion to integer weights. */
static int
pickw(const int *w, int n)
{
	int	i, sum, r;

	for (sum = 0, i = 0; i < n; i++)
		sum += w[i];
	r = rnd(sum);
	for (i = 0; i < n - 1; i++) {
		if (r < w[i])
			return i;
		r -= w[i];
	}
	return n - 1;
}

/* Duration in seconds from weighted buckets, moved up shift buckets. */
static int
draw_dur(const struct bucket *b, int n, int shift)
{
	int	w[16], i;

	for (i = 0; i < n; i++)
		w[i] = b[i].w;
	i = pickw(w, n) + shift;
	if (i > n - 1)
		i = n - 1;
	return rrange(b[i].lo, b[i].hi);
}

/* Allocate or die. */
static void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL) {
		perror("generate");
		exit(1);
	}
	return p;
}

/* Copy a string to the heap. */
static char *
xstrdup(const char *s)
{
	size_t	 n = strlen(s) + 1;
	char	*p;

	p = xrealloc(NULL, n);
	memcpy(p, s, n);
	return p;
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static int
days_from_civil(int y, int m, int d)
{
	int		era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Calendar date of a day number (days since 1970-01-01, not negative). */
static void
civil_from_days(int z, int *y, int *m, int *d)
{
	int	era, doe, yoe, doy, mp;

	z += 719468;
	era = z / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

/* Day of the week, 0 = Monday. */
static int
weekday(int day)
{
	return (day + 3) % 7;
}

/* Day of the month of a day number. */
static int
mday(int day)
{
	int	y, m, d;

	civil_from_days(day, &y, &m, &d);
	return d;
}

/* Format seconds since the epoch; iso selects 2026-06-03T09:14:00Z. */
static void
fmt_time(char *buf, size_t sz, long long t, int iso)
{
	int	y, m, d, s;

	civil_from_days((int)(t / DAY), &y, &m, &d);
	s = (int)(t % DAY);
	snprintf(buf, sz, iso ? "%04d-%02d-%02dT%02d:%02d:%02dZ" :
	    "%04d-%02d-%02d %02d:%02d:%02d", y, m, d, s / HOUR,
	    s / MIN % 60, s % 60);
}

/* Format a day number as an ISO date. */
static void
fmt_date(char *buf, size_t sz, int day)
{
	int	y, m, d;

	civil_from_days(day, &y, &m, &d);
	snprintf(buf, sz, "%04d-%02d-%02d", y, m, d);
}

/* Move an agent action out of the night and mostly off the weekend. */
static long long
agent_time(long long t)
{
	int	d, sec, wd;

	d = (int)(t / DAY);
	sec = (int)(t % DAY);
	if ((sec < 8 * HOUR || sec >= 20 * HOUR) && chance(750)) {
		if (sec >= 20 * HOUR)
			d++;
		sec = rrange(8 * HOUR, 11 * HOUR);
	}
	wd = weekday(d);
	if (wd >= 5 && chance(600)) {
		d += 7 - wd;
		sec = rrange(8 * HOUR, 11 * HOUR);
	}
	return (long long)d * DAY + sec;
}

/* Pick an agent by workload share. */
static int
pick_agent(void)
{
	int	w[NELEM(agents)], i;

	for (i = 0; i < NELEM(agents); i++)
		w[i] = agents[i].weight;
	return pickw(w, NELEM(agents));
}

/* Empty a string buffer. */
static void
sb_reset(struct sbuf *sb)
{
	sb->n = 0;
	sb->b[0] = '\0';
}

/* Append len bytes, silently truncating at the buffer size. */
static void
sb_addn(struct sbuf *sb, const char *s, size_t len)
{
	if (len > SB_MAX - 1 - sb->n)
		len = SB_MAX - 1 - sb->n;
	memcpy(sb->b + sb->n, s, len);
	sb->n += len;
	sb->b[sb->n] = '\0';
}

/* Append a string. */
static void
sb_add(struct sbuf *sb, const char *s)
{
	sb_addn(sb, s, strlen(s));
}

/* Append a decimal integer. */
static void
sb_int(struct sbuf *sb, int v)
{
	char	buf[32];

	snprintf(buf, sizeof(buf), "%d", v);
	sb_add(sb, buf);
}

/* Append an amount of cents as $49.99. */
static void
sb_money(struct sbuf *sb, int cents)
{
	char	buf[32];

	snprintf(buf, sizeof(buf), "$%d.%02d", cents / 100, cents % 100);
	sb_add(sb, buf);
}

/* Start a fresh template context for a complaint made at time t. */
static void
tctx_new(long long t, int name)
{
	tc.t = t;
	tc.ord = rrange(10000, 99999);
	tc.amt = PICK(prices);
	do
		tc.amt2 = PICK(prices);
	while (tc.amt2 == tc.amt);
	tc.prod = rnd(NELEM(prod_long));
	tc.plan = rnd(3);
	tc.n = rrange(2, 5);
	tc.mins = rrange(20, 95);
	tc.days = rrange(4, 21);
	tc.pct = rrange(10, 40);
	tc.last4 = rrange(1000, 9999);
	tc.err = rnd(NELEM(err_name));
	tc.app = rnd(NELEM(app_name));
	tc.carrier = rnd(NELEM(carrier_name));
	tc.date = (int)(t / DAY) - rrange(1, 14);
	tc.datefmt = rnd(3);
	tc.wday = rnd(NELEM(wday_name));
	tc.years = rrange(2, 9);
	tc.ref = rrange(100000, 999999);
	tc.trk = rrange(100000000, 999999999);
	tc.name = name;
	tc.me = 0;
}

/* Append the value of template key key (klen bytes). */
static void
put_key(struct sbuf *sb, const char *key, size_t klen)
{
	int	y, m, d;

#define ISKEY(k) (klen == sizeof(k) - 1 && memcmp(key, k, klen) == 0)
	if (ISKEY("ord")) {
		sb_add(sb, "#");
		sb_int(sb, tc.ord);
	} else if (ISKEY("amt"))
		sb_money(sb, tc.amt);
	else if (ISKEY("amt2"))
		sb_money(sb, tc.amt2);
	else if (ISKEY("prod"))
		sb_add(sb, prod_long[tc.prod]);
	else if (ISKEY("prods"))
		sb_add(sb, prod_short[tc.prod]);
	else if (ISKEY("plan"))
		sb_add(sb, plan_name[tc.plan]);
	else if (ISKEY("n"))
		sb_int(sb, tc.n);
	else if (ISKEY("nth"))
		sb_add(sb, nth_name[tc.n < 3 ? 3 : tc.n]);
	else if (ISKEY("mins"))
		sb_int(sb, tc.mins);
	else if (ISKEY("days"))
		sb_int(sb, tc.days);
	else if (ISKEY("pct"))
		sb_int(sb, tc.pct);
	else if (ISKEY("last4"))
		sb_int(sb, tc.last4);
	else if (ISKEY("err"))
		sb_add(sb, err_name[tc.err]);
	else if (ISKEY("app"))
		sb_add(sb, app_name[tc.app]);
	else if (ISKEY("carrier"))
		sb_add(sb, carrier_name[tc.carrier]);
	else if (ISKEY("wday"))
		sb_add(sb, wday_name[tc.wday]);
	else if (ISKEY("years"))
		sb_int(sb, tc.years);
	else if (ISKEY("ref"))
		sb_int(sb, tc.ref);
	else if (ISKEY("trk"))
		sb_int(sb, tc.trk);
	else if (ISKEY("name"))
		sb_add(sb, cust_name[tc.name]);
	else if (ISKEY("me"))
		sb_add(sb, agents[tc.me].first);
	else if (ISKEY("date")) {
		civil_from_days(tc.date, &y, &m, &d);
		if (tc.datefmt == 0) {
			sb_add(sb, month_name[m - 1]);
			sb_add(sb, " ");
			sb_int(sb, d);
		} else if (tc.datefmt == 1) {
			sb_int(sb, d);
			sb_add(sb, " ");
			sb_add(sb, month_name[m - 1]);
		} else {
			sb_int(sb, m);
			sb_add(sb, "/");
			sb_int(sb, d);
		}
	} else {
		sb_add(sb, "{");
		sb_addn(sb, key, klen);
		sb_add(sb, "}");
	}
#undef ISKEY
}

/* Append a template with its {key} placeholders filled in. */
static void
sb_expand(struct sbuf *sb, const char *tmpl)
{
	const char	*p, *e;

	for (p = tmpl; *p != '\0'; p++) {
		if (*p != '{' || (e = strchr(p, '}')) == NULL) {
			sb_addn(sb, p, 1);
			continue;
		}
		put_key(sb, p + 1, (size_t)(e - p - 1));
		p = e;
	}
}

/* Lower-case the ASCII letters of a buffer from offset off. */
static void
sb_lower(struct sbuf *sb, size_t off)
{
	for (; off < sb->n; off++)
		if (sb->b[off] >= 'A' && sb->b[off] <= 'Z')
			sb->b[off] += 'a' - 'A';
}

/* Upper-case the ASCII letters of a buffer from offset off. */
static void
sb_upper(struct sbuf *sb, size_t off)
{
	for (; off < sb->n; off++)
		if (sb->b[off] >= 'a' && sb->b[off] <= 'z')
			sb->b[off] -= 'a' - 'A';
}

/* Replace ASCII apostrophes by typographic ones (U+2019). */
static void
sb_curly(struct sbuf *sb)
{
	struct sbuf	tmp;
	size_t		i;

	sb_reset(&tmp);
	for (i = 0; i < sb->n; i++) {
		if (sb->b[i] == '\'')
			sb_add(&tmp, "\xe2\x80\x99");
		else
			sb_addn(&tmp, sb->b + i, 1);
	}
	*sb = tmp;
}

/* Day index within the span of a timestamp. */
static int
span_day(long long t)
{
	return (int)(t / DAY) - d_start;
}

/* Text topic of a complaint: delivery splits into lost, tracking, late. */
static int
text_topic(const struct comp *c)
{
	static const int	normal[3] = { 40, 30, 30 };
	static const int	surge[3] = { 15, 45, 40 };
	int			k;

	if (c->topic != T_DELIVERY)
		return c->topic;
	k = pickw(span_day(c->t) / 7 >= 22 ? surge : normal, 3);
	return k == 0 ? T_DELIVERY : k == 1 ? X_TRACK : X_LATE;
}

/* Separator between two sentences of a complaint. */
static const char *
sentence_sep(int multi)
{
	if (!multi)
		return " ";
	if (chance(250))
		return "\n\n";
	return chance(650) ? "\n" : " ";
}

/* Write the subject (if wanted) and body of a complaint. */
static void
complaint_text(const struct comp *c, int style, struct sbuf *subj,
    struct sbuf *body)
{
	const char		*part[12], *tmp;
	const struct pool	*cp, *sp;
	int			 n, i, j, a, b, tt, multi, nsig, sig0;
	size_t			 off;

	tt = text_topic(c);
	cp = &core_pool[tt];
	sp = &subj_pool[tt];
	if (subj != NULL) {
		sb_reset(subj);
		if (c->repeat && chance(400))
			sb_add(subj, "Re: ");
		else if ((c->sig & (SIG_HOSTILE | SIG_MANAGER)) && chance(200))
			sb_add(subj, "URGENT: ");
		else if (chance(15))
			sb_add(subj, "Fwd: ");
		off = subj->n;
		sb_expand(subj, sp->s[rnd(sp->n)]);
		if (subj->b[off] >= 'a' && subj->b[off] <= 'z')
			subj->b[off] -= 'a' - 'A';
		if ((c->sig & SIG_HOSTILE) && chance(120))
			sb_upper(subj, 0);
	}

	n = 0;
	if (c->repeat && chance(650))
		part[n++] = PICK(sig_repeat);
	a = rnd(cp->n);
	part[n++] = cp->s[a];
	if (style != STY_CHAT && cp->n > 1 && chance(300)) {
		b = (a + 1 + rnd(cp->n - 1)) % cp->n;
		part[n++] = cp->s[b];
	}
	if (c->repeat && n > 0 && part[0] == cp->s[a])
		part[n++] = PICK(sig_repeat);
	if (style != STY_CHAT && chance(400))
		part[n++] = PICK(detail_pool);
	sig0 = n;
	if (c->sig & SIG_HOSTILE)
		part[n++] = PICK(sig_hostile);
	if (c->sig & SIG_MANAGER)
		part[n++] = PICK(sig_manager);
	if (c->sig & SIG_PUBLIC)
		part[n++] = PICK(sig_public);
	if (c->sig & SIG_CHURN)
		part[n++] = PICK(sig_churn);
	nsig = n - sig0;
	for (i = nsig - 1; i > 0; i--) {
		j = rnd(i + 1);
		tmp = part[sig0 + i];
		part[sig0 + i] = part[sig0 + j];
		part[sig0 + j] = tmp;
	}
	if ((c->sig & SIG_HOSTILE) && chance(300)) {
		/* Angry customers often open with the outburst. */
		for (i = sig0; i < n; i++)
			if (strchr(part[i], '!') != NULL ||
			    strstr(part[i], "dicul") != NULL)
				break;
		if (i < n) {
			tmp = part[i];
			memmove(part + 1, part, (size_t)i * sizeof(part[0]));
			part[0] = tmp;
		}
	}

	multi = style != STY_CHAT &&
	    chance(style == STY_TICKET ? 100 : 80);
	sb_reset(body);
	if (style != STY_CHAT && chance(500)) {
		sb_add(body, PICK(greet_pool));
		sb_add(body, multi ? (chance(400) ? "\n\n" : "\n") : " ");
	} else if (style == STY_CHAT && chance(150))
		sb_add(body, chance(500) ? "hi, " : "Hello. ");
	for (i = 0; i < n; i++) {
		if (i > 0)
			sb_add(body, sentence_sep(multi));
		sb_expand(body, part[i]);
	}
	if ((c->sig & SIG_HOSTILE) && chance(150)) {
		sb_add(body, " ");
		sb_add(body, PICK(emoji_bad));
	} else if (chance(25)) {
		sb_add(body, " ");
		sb_add(body, PICK(emoji_mild));
	}
	if (multi) {
		sb_add(body, "\n\n");
		switch (rnd(4)) {
		case 0:
			sb_add(body, "Sent from my phone");
			break;
		case 1:
			sb_expand(body, "{name}");
			break;
		default:
			sb_add(body, PICK(close_pool));
			sb_expand(body, ",\n{name}");
			break;
		}
	} else if (style != STY_CHAT && chance(350)) {
		if (chance(500)) {
			sb_add(body, " ");
			sb_add(body, PICK(close_pool));
			sb_expand(body, ", {name}");
		} else
			sb_add(body, chance(500) ? " Thanks." : " Thank you!");
	}
	if (chance(style == STY_CHAT ? 100 : 30))
		sb_lower(body, 0);
	if (chance(150)) {
		sb_curly(body);
		if (subj != NULL)
			sb_curly(subj);
	}
}

/* Append one sentence with a separator. */
static void
sb_sentence(struct sbuf *sb, const char *tmpl, const char *sep)
{
	if (sb->n > 0)
		sb_add(sb, sep);
	sb_expand(sb, tmpl);
}

/* Append a clarifying question that fits the topic. */
static void
clarify(struct sbuf *sb, int topic, const char *sep)
{
	switch (topic) {
	case T_REFUND:
	case T_DEFECT:
	case T_DELIVERY:
		sb_sentence(sb, PICK(am_clar_goods), sep);
		break;
	case T_BILLING:
	case T_PRICING:
	case T_CANCEL:
		sb_sentence(sb, PICK(am_clar_money), sep);
		break;
	case T_ACCESS:
	case T_TECH:
	case T_OUTAGE:
	case T_PRIVACY:
		sb_sentence(sb, PICK(am_clar_acct), sep);
		break;
	default:
		sb_sentence(sb, PICK(am_clar_other), sep);
		break;
	}
}

/* Compose an agent message; returns 1 when it asks the customer something. */
static int
agent_msg(struct sbuf *sb, const struct comp *c, int agent, int kind,
    int multi)
{
	const char	*sep = multi ? "\n" : " ";
	int		 e, host, asked = 0, first, topic;

	e = agents[agent].empathy;
	host = (c->sig & SIG_HOSTILE) != 0;
	first = kind == AM_FIRST || kind == AM_FIRST_RESOLVE;
	topic = c->topic;
	tc.me = agent;
	sb_reset(sb);
	if (kind == AM_CLOSE) {
		sb_add(sb, PICK(am_close));
		return 0;
	}
	if ((first || kind == AM_FOLLOWUP) && chance(450)) {
		sb_expand(sb, chance(500) ? "Hi {name}," : "Hello,");
		if (multi)
			sb_add(sb, "\n");
	}
	if (kind == AM_FOLLOWUP) {
		sb_sentence(sb, PICK(am_followup), sep);
		goto signoff;
	}
	if (chance((first ? 550 : kind == AM_REOPEN ? 500 :
	    kind == AM_UPDATE ? 120 : 80) * e / 1000))
		sb_sentence(sb, PICK(am_ack), sep);
	if (chance((first ? 420 + 200 * host : kind == AM_REOPEN ? 600 :
	    kind == AM_ESCALATE ? 300 : 150) * e / 1000))
		sb_sentence(sb, PICK(am_apology), sep);
	switch (kind) {
	case AM_FIRST:
		if (chance(450)) {
			clarify(sb, topic, sep);
			asked = 1;
		} else
			sb_sentence(sb, PICK(am_progress), sep);
		break;
	case AM_UPDATE:
		if (chance(150)) {
			clarify(sb, topic, sep);
			asked = 1;
		} else
			sb_sentence(sb, PICK(am_progress), sep);
		break;
	case AM_REOPEN:
		sb_sentence(sb, PICK(am_progress), sep);
		break;
	case AM_ESCALATE:
		sb_sentence(sb, PICK(am_escalate), sep);
		break;
	default:
		sb_sentence(sb, res_pool[topic].s[rnd(res_pool[topic].n)],
		    sep);
		break;
	}
	if ((kind == AM_FIRST || kind == AM_UPDATE || kind == AM_REOPEN) &&
	    chance(220 * e / 1000)) {
		if (topic == T_REFUND || topic == T_DEFECT ||
		    topic == T_DELIVERY)
			sb_sentence(sb, PICK(am_opt_goods), sep);
		else if (topic == T_BILLING || topic == T_PRICING)
			sb_sentence(sb, PICK(am_opt_money), sep);
		else
			sb_sentence(sb, PICK(am_opt_other), sep);
	}
	if (chance((kind == AM_FIRST ? 350 : kind == AM_UPDATE ? 300 :
	    kind == AM_ESCALATE ? 600 : kind == AM_REOPEN ? 400 : 0) *
	    e / 1000))
		sb_sentence(sb, PICK(am_time), sep);
signoff:
	if (chance(350))
		sb_sentence(sb, PICK(am_signoff), multi ? "\n\n" : " ");
	return asked;
}

/* Weekly rate of a topic on a day of the span, in arbitrary units. */
static int
topic_weight(int topic, int day)
{
	static const int	base[NTOPIC] = {
		140, 110, 120, 110, 80, 90, 80, 50, 70, 60, 30, 60, 0
	};
	static const int	dmul[4] = { 25, 30, 35, 40 };
	int			week = day / 7;

	if (topic == T_DELIVERY && week >= 22)
		return base[topic] * dmul[week - 22] / 10;
	if (topic == T_OUTAGE)
		return week >= 23 ? 200 : 0;
	return base[topic];
}

/* True for complaints that belong to the planted surge or new issue. */
static int
new_issue(const struct comp *c)
{
	return c->topic == T_OUTAGE ||
	    (c->topic == T_DELIVERY && span_day(c->t) >= 154);
}

/* Create the customers and pick who complains and where. */
static void
gen_customers(void)
{
	static const int	planw[3] = { 50, 32, 18 };
	static const int	val_basic[] = { 1900, 2400, 2900 };
	static const int	val_plus[] = { 4900, 5950 };
	static const int	val_pro[] = { 7950, 9900, 12900 };
	int			order[NCUST], i, j, tmp, r;

	for (i = 0; i < NCUST; i++) {
		custs[i].id = 10000 + 3 * i + rnd(3);
		custs[i].plan = pickw(planw, 3);
		if (custs[i].plan == 0)
			custs[i].value = PICK(val_basic);
		else if (custs[i].plan == 1)
			custs[i].value = PICK(val_plus);
		else
			custs[i].value = PICK(val_pro);
		custs[i].churn_day = -1;
		order[i] = i;
	}
	for (i = NCUST - 1; i > 0; i--) {
		j = rnd(i + 1);
		tmp = order[i];
		order[i] = order[j];
		order[j] = tmp;
	}
	for (i = 0; i < NCOMPLAINER; i++) {
		struct cust	*cu = &custs[order[i]];

		cu->complainer = 1;
		r = rnd(1000);
		cu->pref = r < 400 ? 0 : r < 950 ? 1 : 2;
		r = rnd(100);
		cu->weight = r < 50 ? 2 : r < 75 ? 10 : r < 92 ? 25 : 70;
	}
}

/* Order complaint indices by time. */
static int
cmp_comp(const void *a, const void *b)
{
	const struct comp	*x = &comps[*(const int *)a];
	const struct comp	*y = &comps[*(const int *)b];

	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return *(const int *)a - *(const int *)b;
}

/* Draw complaint times and topics and hand them out to complainers. */
static void
gen_complaints(void)
{
	static int	dayw[NDAYS], cumw[NCOMPLAINER], who[NCOMPLAINER];
	int		tw[NTOPIC], d, i, k, sum, total, r, nc, lo, hi, mid;
	struct comp	*c;

	for (total = 0, d = 0; d < NDAYS; d++) {
		for (sum = 0, k = 0; k < NTOPIC; k++)
			sum += topic_weight(k, d);
		dayw[d] = sum * wday_w[weekday(d_start + d)];
		total += dayw[d];
	}
	for (i = 0; i < NCOMPLAINT; i++) {
		c = &comps[i];
		r = rnd(total);
		for (d = 0; d < NDAYS - 1 && r >= dayw[d]; d++)
			r -= dayw[d];
		for (k = 0; k < NTOPIC; k++)
			tw[k] = topic_weight(k, d);
		c->topic = pickw(tw, NTOPIC);
		c->t = (long long)(d_start + d) * DAY +
		    pickw(hour_biz, 24) * HOUR + rnd(60) * MIN;
	}

	for (nc = 0, sum = 0, i = 0; i < NCUST; i++) {
		if (!custs[i].complainer)
			continue;
		who[nc] = i;
		sum += custs[i].weight;
		cumw[nc++] = sum;
	}
	for (i = 0; i < NCOMPLAINT; i++) {
		if (i < nc)
			k = who[i];
		else {
			r = rnd(sum);
			lo = 0;
			hi = nc - 1;
			while (lo < hi) {
				mid = (lo + hi) / 2;
				if (cumw[mid] > r)
					hi = mid;
				else
					lo = mid + 1;
			}
			k = who[lo];
		}
		comps[i].cust = k;
		custs[k].ncomp++;
	}
	for (i = 0; i < NCUST; i++) {
		if (custs[i].ncomp > 0)
			custs[i].comp = xrealloc(NULL,
			    (size_t)custs[i].ncomp * sizeof(int));
		custs[i].ncomp = 0;
	}
	for (i = 0; i < NCOMPLAINT; i++) {
		struct cust	*cu = &custs[comps[i].cust];

		cu->comp[cu->ncomp++] = i;
	}
	for (i = 0; i < NCUST; i++) {
		struct cust	*cu = &custs[i];

		if (cu->ncomp == 0)
			continue;
		qsort(cu->comp, (size_t)cu->ncomp, sizeof(int), cmp_comp);
		for (k = 0; k < cu->ncomp; k++) {
			c = &comps[cu->comp[k]];
			if (cu->pref == 0 || (cu->pref == 1 && cu->ncomp == 1))
				c->src = SRC_TICKET;
			else if (cu->pref == 2)
				c->src = SRC_EVENT;
			else
				c->src = chance(690) ? SRC_EVENT : SRC_TICKET;
		}
		/* Customers of both kinds have at least one ticket. */
		if (cu->pref == 1)
			comps[cu->comp[rnd(cu->ncomp)]].src = SRC_TICKET;
	}
}

/* Priority of a new complaint; urgent is rare unless asked for. */
static int
pick_prio(const struct comp *c, int events)
{
	int	w[4] = { 22, 55, 17, 6 };

	if (c->topic == T_PRIVACY || c->topic == T_OUTAGE ||
	    c->topic == T_TECH || c->topic == T_ACCESS) {
		w[P_LOW] = 10;
		w[P_HIGH] = 30;
		w[P_URGENT] = 10;
	}
	if (c->sig & SIG_HOSTILE) {
		w[P_HIGH] += 10;
		w[P_URGENT] += 6;
	}
	if (c->sig & SIG_MANAGER)
		w[P_URGENT] += 25;
	if (events)
		w[P_URGENT] = 0;
	return pickw(w, 4);
}

/* Agent label for a complaint: right about 88% of the time. */
static int
pick_label(const struct comp *c)
{
	if (chance(120))
		return confuse[c->topic][rnd(3)];
	if (c->topic == T_OUTAGE)
		return chance(550) ? T_ACCESS : T_TECH;
	return c->topic;
}

/* Generate the ticket for complaint k. */
static void
gen_ticket(int k)
{
	struct comp		*c = &comps[k];
	struct ticket		*tk = &tickets[ntickets++];
	struct sbuf		 subj, body;
	long long		 closed, dur;
	int			 shift, slow, m;

	tk->comp = k;
	tk->created = c->t;
	tk->agent = c->agent = pick_agent();
	slow = c->agent == SLOW_AGENT;
	shift = 0;
	if (slow && chance(650))
		shift++;
	if ((c->repeat || (c->sig & SIG_MANAGER)) && chance(300))
		shift++;
	if (span_day(c->t) >= 154)	/* backlog during the surge */
		shift += chance(700) + chance(400);
	dur = draw_dur(res_buckets, NELEM(res_buckets), shift);
	if (slow)
		dur += dur / 2;
	closed = agent_time(c->t + dur);
	if (chance(55) || closed >= t_end)
		closed = -1;
	tk->closed = closed;
	if (closed < 0) {
		c->outcome = OUT_OPEN;
		c->anchor = c->t;
		if (t_end - c->t < 2 * DAY && chance(500))
			tk->agent = -1;
		tk->status = tk->agent < 0 || chance(600) ? TS_OPEN :
		    TS_PENDING;
	} else {
		c->outcome = closed - c->t <= 48 * HOUR ? OUT_QUICK : OUT_SLOW;
		c->anchor = closed;
		tk->status = t_end - closed > 4 * DAY && chance(900) ?
		    TS_CLOSED : TS_SOLVED;
	}
	tk->prio = pick_prio(c, 0);
	tk->label = pick_label(c);
	complaint_text(c, STY_TICKET, &subj, &body);
	tk->subject = xstrdup(subj.b);
	tk->desc = xstrdup(body.b);
	if (closed >= 0 && chance(600)) {
		m = 43;
		if (closed - c->t > 7LL * DAY)
			m -= 14;
		else if (closed - c->t > 2LL * DAY)
			m -= 7;
		if (c->repeat)
			m -= 9;
		if (tk->prio == P_URGENT || (c->sig & SIG_MANAGER))
			m -= 9;
		if (c->sig & SIG_HOSTILE)
			m -= 8;
		if (c->sig & SIG_CHURN)
			m -= 4;
		if (slow)
			m -= 3;
		m += rrange(-13, 13);
		tk->csat = m < 15 ? 1 : m >= 45 ? 5 : (m + 5) / 10;
	}
}

/* Append a row to the current case unless it falls after the span. */
static long long
add_row(long long t, int inbound, int status, const char *msg, int tie)
{
	struct erow	*r;

	if (cs.cut)
		return t;
	if (tie)
		t = cs.last_t;
	else if (t <= cs.last_t)
		t = cs.last_t + rrange(30, 600);
	if (t >= t_end) {
		cs.cut = 1;
		return t;
	}
	if (nerows == caperows) {
		caperows = caperows ? caperows * 2 : 4096;
		erows = xrealloc(erows, (size_t)caperows * sizeof(*erows));
	}
	r = &erows[nerows++];
	r->t = t;
	r->seq = seqno++;
	r->kase = cs.kase;
	r->inbound = inbound;
	r->status = status;
	r->agent = cs.agent;
	r->prio = cs.prio;
	r->msg = xstrdup(msg);
	if (status == ST_RESOLVED && cs.status != ST_RESOLVED &&
	    cs.status != ST_CLOSED)
		cs.res_t = t;
	else if (status != ST_RESOLVED && status != ST_CLOSED)
		cs.res_t = -1;
	cs.status = status;
	cs.last_t = t;
	if (inbound)
		cs.last_in = t;
	return t;
}

/* A customer message from a pool, sometimes with the outburst again. */
static void
customer_msg(struct sbuf *sb, const struct comp *c, const char *tmpl)
{
	sb_reset(sb);
	sb_expand(sb, tmpl);
	if ((c->sig & SIG_HOSTILE) && chance(300)) {
		sb_add(sb, " ");
		sb_add(sb, PICK(sig_hostile));
	}
	if (chance(60))
		sb_lower(sb, 0);
}

/* Generate the case and its event rows for complaint k. */
static void
gen_case(int k)
{
	struct comp		*c = &comps[k];
	struct kase		*ks = &kases[nkases];
	struct sbuf		 m;
	long long		 t, tend, ta;
	int			 agent, slow, host, mgr, esc, stuck, onetouch;
	int			 rounds, escr, escd, i, n, asked, multi, st;

	ks->comp = k;
	cs.kase = nkases++;
	cs.cut = 0;
	cs.agent = -1;
	cs.prio = pick_prio(c, 1);
	cs.status = -1;
	cs.last_t = 0;
	cs.res_t = -1;
	cs.last_in = -1;
	host = (c->sig & SIG_HOSTILE) != 0;
	mgr = (c->sig & SIG_MANAGER) != 0;
	multi = c->chan == CH_EMAIL && chance(250);

	t = c->t + rnd(60);
	ks->t0 = t;
	complaint_text(c, c->chan == CH_EMAIL ? STY_EMAIL : STY_CHAT, NULL,
	    &m);
	add_row(t, 1, ST_NEW, m.b, 0);
	agent = c->agent = pick_agent();
	slow = agent == SLOW_AGENT;

	if (chance(50)) {
		/* Never answered; the customer may nudge. */
		c->agent = -1;
		n = rnd(3);
		for (i = 0; i < n; i++) {
			t += rrange(6 * HOUR, 3 * DAY);
			customer_msg(&m, c, PICK(in_nudge));
			add_row(t, 1, ST_NEW, m.b, 0);
		}
		goto done;
	}
	esc = chance(mgr ? 500 : 45);
	stuck = chance(35);
	onetouch = !esc && !stuck && chance(mgr ? 150 : 420);
	cs.agent = agent;
	t = agent_time(t + draw_dur(first_buckets, NELEM(first_buckets),
	    slow && chance(600)));
	if (onetouch) {
		agent_msg(&m, c, agent, AM_FIRST_RESOLVE, multi);
		t = add_row(t, 0, ST_RESOLVED, m.b, 0);
	} else {
		tend = c->t + draw_dur(res_buckets, NELEM(res_buckets),
		    (slow && chance(650)) + (mgr && chance(300)) +
		    (span_day(c->t) >= 154 && chance(450)));
		if (slow)
			tend += (tend - c->t) / 2;
		asked = agent_msg(&m, c, agent, AM_FIRST, multi);
		t = add_row(t, 0, asked ? ST_PENDING : ST_OPEN, m.b, 0);
		rounds = 1 + rnd(2) + (host && chance(500));
		escr = esc ? rnd(rounds) : -1;
		escd = 0;
		for (i = 0; i < rounds; i++) {
			t += rrange(5 * MIN, 20 * HOUR);
			customer_msg(&m, c, asked ? PICK(in_answer) :
			    PICK(in_reply));
			t = add_row(t, 1, escd ? ST_ESCALATED : ST_OPEN, m.b,
			    0);
			ta = agent_time(t + draw_dur(first_buckets,
			    NELEM(first_buckets), slow && chance(600)));
			asked = agent_msg(&m, c, agent, AM_UPDATE, multi);
			st = escd ? ST_ESCALATED : asked ? ST_PENDING : ST_OPEN;
			t = add_row(ta, 0, st, m.b, 0);
			if (i == escr) {
				agent_msg(&m, c, agent, AM_ESCALATE, multi);
				cs.prio = P_URGENT;
				if (chance(300))
					t = add_row(t, 0, ST_ESCALATED, m.b, 1);
				else
					t = add_row(t + rrange(MIN, HOUR), 0,
					    ST_ESCALATED, m.b, 0);
				escd = 1;
			}
		}
		if (stuck) {
			if (chance(500)) {
				customer_msg(&m, c, PICK(in_nudge));
				add_row(t + rrange(2 * DAY, 10 * DAY), 1,
				    escd ? ST_ESCALATED : ST_OPEN, m.b, 0);
			}
			goto done;
		}
		if (tend < t + 10 * MIN)
			tend = t + rrange(10 * MIN, 4 * HOUR);
		agent_msg(&m, c, agent, AM_RESOLVE, multi);
		t = add_row(agent_time(tend), 0, ST_RESOLVED, m.b, 0);
	}
	if (chance(250)) {
		customer_msg(&m, c, PICK(in_thanks));
		t = add_row(t + rrange(10 * MIN, 20 * HOUR), 1, ST_RESOLVED,
		    m.b, 0);
	}
	if (chance(slow ? 240 : host ? 110 : 70)) {
		/* Reopened: the problem is back. */
		sb_reset(&m);
		sb_expand(&m, PICK(in_reopen));
		if (chance(500)) {
			sb_add(&m, " ");
			sb_expand(&m, PICK(sig_repeat));
		}
		t = add_row(t + rrange(DAY, 10 * DAY), 1, ST_OPEN, m.b, 0);
		agent_msg(&m, c, agent, AM_REOPEN, multi);
		t = add_row(agent_time(t + draw_dur(first_buckets,
		    NELEM(first_buckets), slow)), 0, ST_OPEN, m.b, 0);
		if (chance(500)) {
			customer_msg(&m, c, PICK(in_reply));
			t = add_row(t + rrange(10 * MIN, DAY), 1, ST_OPEN,
			    m.b, 0);
		}
		agent_msg(&m, c, agent, AM_RESOLVE, multi);
		t = add_row(agent_time(t + draw_dur(res_buckets,
		    NELEM(res_buckets), 1)), 0, ST_RESOLVED, m.b, 0);
	}
	if (chance(260 * agents[agent].empathy / 1000)) {
		agent_msg(&m, c, agent, AM_FOLLOWUP, multi);
		t = add_row(agent_time(t + rrange(DAY, 7 * DAY)), 0,
		    ST_RESOLVED, m.b, 0);
		if (chance(400)) {
			customer_msg(&m, c, PICK(in_fine));
			t = add_row(t + rrange(20 * MIN, 30 * HOUR), 1,
			    ST_RESOLVED, m.b, 0);
		}
	}
	if (chance(550)) {
		agent_msg(&m, c, agent, AM_CLOSE, 0);
		add_row(t + rrange(3 * DAY, 8 * DAY), 0, ST_CLOSED, m.b, 0);
	}
done:
	if (cs.status == ST_RESOLVED || cs.status == ST_CLOSED) {
		c->outcome = cs.res_t - ks->t0 <= 48LL * HOUR ? OUT_QUICK :
		    OUT_SLOW;
		c->anchor = cs.res_t > cs.last_in ? cs.res_t : cs.last_in;
	} else {
		c->outcome = OUT_OPEN;
		c->anchor = cs.last_in;
	}
}

/* Generate every complaint of every customer, in each one's time order. */
static void
gen_contacts(void)
{
	static const int	 tchw[NCHAN] = { 34, 20, 14, 24, 8 };
	static const int	 echw[NCHAN] = { 35, 25, 20, 12, 8 };
	struct comp		*c, *prev;
	struct cust		*cu;
	int			 i, k, p, fail;

	for (i = 0; i < NCUST; i++) {
		cu = &custs[i];
		fail = 0;
		prev = NULL;
		for (k = 0; k < cu->ncomp; k++) {
			c = &comps[cu->comp[k]];
			if (prev != NULL && c->t - prev->t < 21LL * DAY &&
			    !new_issue(c)) {
				p = prev->outcome != OUT_QUICK ? 550 : 300;
				if (prev->agent == SLOW_AGENT)
					p += 200;
				if (chance(p)) {
					c->topic = prev->topic;
					c->repeat = 1;
				}
			} else if (prev != NULL && chance(60))
				c->repeat = 1;
			c->chan = pickw(c->src == SRC_TICKET ? tchw : echw,
			    NCHAN);
			c->sig = 0;
			if (chance(50 + 70 * fail + 40 * c->repeat))
				c->sig |= SIG_CHURN;
			if (chance(90 + 110 * c->repeat + 60 * fail))
				c->sig |= SIG_HOSTILE;
			if (chance(30 + 90 * (c->chan == CH_SOCIAL) +
			    50 * ((c->sig & SIG_HOSTILE) != 0)))
				c->sig |= SIG_PUBLIC;
			if (chance(50 + 60 * c->repeat +
			    60 * ((c->sig & SIG_HOSTILE) != 0)))
				c->sig |= SIG_MANAGER;
			tctx_new(c->t, cu->id % NELEM(cust_name));
			if (c->src == SRC_TICKET)
				gen_ticket(cu->comp[k]);
			else
				gen_case(cu->comp[k]);
			if (c->outcome != OUT_QUICK)
				fail = 1;
			prev = c;
		}
	}
}

/* Signup dates, churn and silent churn for every customer. */
static void
gen_churn(void)
{
	static const int	 base[3] = {
		CHURN_QUICK, CHURN_SLOW, CHURN_OPEN
	};
	struct cust		*cu;
	struct comp		*c, *last;
	long long		 anchor;
	int			 i, k, p, sig, fail, room, first, lo, hi;
	int			 left, need;

	/* Exactly 10% of the customers who never complain churn. */
	left = NCUST - NCOMPLAINER;
	need = left / 10;
	for (i = 0; i < NCUST; i++) {
		cu = &custs[i];
		cu->stop_day = d_end;
		if (cu->ncomp == 0) {
			if (chance(880))
				cu->signup = rrange(d_2023, d_start - 1);
			else
				cu->signup = rrange(d_start, d_start + 140);
			lo = cu->signup + 14 > d_start + 1 ?
			    cu->signup + 14 : d_start + 1;
			if (rnd(left--) < need && lo <= d_end - 1) {
				need--;
				cu->churned = 1;
				cu->churn_day = rrange(lo, d_end - 1);
				cu->stop_day = cu->churn_day;
			}
			continue;
		}
		first = (int)(comps[cu->comp[0]].t / DAY);
		cu->signup = rrange(d_2023, first - 7);
		last = &comps[cu->comp[cu->ncomp - 1]];
		sig = last->sig;
		fail = 0;
		anchor = 0;
		for (k = 0; k < cu->ncomp; k++) {
			c = &comps[cu->comp[k]];
			if (k < cu->ncomp - 1 && c->outcome != OUT_QUICK)
				fail = 1;
			if (c->anchor > anchor)
				anchor = c->anchor;
		}
		p = base[last->outcome];
		if (fail)
			p += CHURN_FAIL;
		if (sig & SIG_CHURN)
			p += CHURN_INTENT;
		if (sig & SIG_PUBLIC)
			p += CHURN_PUBLIC;
		if (last->topic == T_CANCEL)
			p += CHURN_CANCEL;
		if (p > 950)
			p = 950;
		if (!chance(p))
			continue;
		room = d_end - 1 - (int)(anchor / DAY);
		if (room < 1)
			continue;
		cu->churned = 1;
		cu->churn_day = (int)(anchor / DAY) + rrange(1,
		    room < 30 ? room : 30);
		cu->stop_day = cu->churn_day;
	}
	for (i = 0; i < NCUST; i++) {
		cu = &custs[i];
		if (cu->churned || !chance(30))
			continue;
		lo = d_start + 30;
		if (cu->signup + 14 > lo)
			lo = cu->signup + 14;
		for (k = 0; k < cu->ncomp; k++) {
			c = &comps[cu->comp[k]];
			if ((int)(c->anchor / DAY) + 1 > lo)
				lo = (int)(c->anchor / DAY) + 1;
		}
		hi = d_end - 35;
		if (lo > hi)
			continue;
		cu->silent = 1;
		cu->stop_day = rrange(lo, hi);
	}
}

/* Append one activity row. */
static void
add_act(long long t, int cust, int type)
{
	if (nacts == capacts) {
		capacts = capacts ? capacts * 2 : 8192;
		acts = xrealloc(acts, (size_t)capacts * sizeof(*acts));
	}
	acts[nacts].t = t;
	acts[nacts].cust = cust;
	acts[nacts].type = type;
	nacts++;
}

/* Orders, logins and payments of every customer while active. */
static void
gen_activity(void)
{
	static const int	 login_r[] = { 5, 10, 20, 35, 60, 100 };
	static const int	 login_w[] = { 15, 20, 25, 20, 12, 8 };
	static const int	 order_r[] = { 0, 3, 6, 12, 25 };
	static const int	 order_w[] = { 20, 30, 25, 17, 8 };
	struct cust		*cu;
	long long		 t, t0;
	int			 i, d, from, bill, lr, orr, fading;

	for (i = 0; i < NCUST; i++) {
		cu = &custs[i];
		from = cu->signup > d_start ? cu->signup : d_start;
		bill = mday(cu->signup);
		if (bill > 28)
			bill = 28;
		lr = login_r[pickw(login_w, NELEM(login_w))];
		orr = order_r[pickw(order_w, NELEM(order_w))];
		for (d = from; d < cu->stop_day; d++) {
			t0 = (long long)d * DAY;
			fading = (cu->churned || cu->silent) &&
			    cu->stop_day - d <= 45;
			if (mday(d) == bill)
				add_act(t0 + rrange(HOUR, 7 * HOUR - 1), cu->id,
				    ACT_PAYMENT);
			if (chance(fading ? lr / 2 : lr)) {
				add_act(t0 + pickw(hour_home, 24) * HOUR +
				    rnd(HOUR), cu->id, ACT_LOGIN);
				if (chance(100))
					add_act(t0 + pickw(hour_home, 24) *
					    HOUR + rnd(HOUR), cu->id,
					    ACT_LOGIN);
			}
			if (chance(fading ? orr / 2 : orr)) {
				t = t0 + pickw(hour_home, 24) * HOUR +
				    rnd(HOUR);
				if (chance(600) && t - 30 * MIN >= t0)
					add_act(t - rrange(MIN, 30 * MIN),
					    cu->id, ACT_LOGIN);
				add_act(t, cu->id, ACT_ORDER);
			}
		}
	}
}

/* Tickets by creation time. */
static int
cmp_ticket(const void *a, const void *b)
{
	const struct ticket	*x = a, *y = b;

	if (x->created != y->created)
		return x->created < y->created ? -1 : 1;
	return x->comp - y->comp;
}

/* Case indices by first timestamp. */
static int
cmp_kase(const void *a, const void *b)
{
	const struct kase	*x = &kases[*(const int *)a];
	const struct kase	*y = &kases[*(const int *)b];

	if (x->t0 != y->t0)
		return x->t0 < y->t0 ? -1 : 1;
	return *(const int *)a - *(const int *)b;
}

/* Event rows by timestamp, ties in generation order. */
static int
cmp_erow(const void *a, const void *b)
{
	const struct erow	*x = a, *y = b;

	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return x->seq - y->seq;
}

/* Activity rows by time, then customer, then kind. */
static int
cmp_act(const void *a, const void *b)
{
	const struct act	*x = a, *y = b;

	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	if (x->cust != y->cust)
		return x->cust - y->cust;
	return x->type - y->type;
}

/* Write one CSV field, quoted when RFC 4180 requires, then , or LF. */
static void
csv_field(FILE *fp, const char *s, int last)
{
	const char	*p;

	if (strpbrk(s, ",\"\n\r") == NULL)
		fputs(s, fp);
	else {
		putc('"', fp);
		for (p = s; *p != '\0'; p++) {
			if (*p == '"')
				putc('"', fp);
			putc(*p, fp);
		}
		putc('"', fp);
	}
	putc(last ? '\n' : ',', fp);
}

/* Open OUTDIR/name for writing or die. */
static FILE *
open_out(const char *dir, const char *name)
{
	char	 path[4096];
	FILE	*fp;
	int	 n;

	n = snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (n < 0 || (size_t)n >= sizeof(path)) {
		fprintf(stderr, "generate: path too long\n");
		exit(1);
	}
	if ((fp = fopen(path, "w")) == NULL) {
		perror(path);
		exit(1);
	}
	return fp;
}

/* Flush and close an output file or die. */
static void
close_out(FILE *fp, const char *name)
{
	if (ferror(fp) || fclose(fp) != 0) {
		fprintf(stderr, "generate: error writing %s\n", name);
		exit(1);
	}
}

/* Write tickets.csv. */
static void
write_tickets(const char *dir)
{
	FILE		*fp;
	struct ticket	*tk;
	struct comp	*c;
	char		 buf[64];
	int		 i;

	qsort(tickets, (size_t)ntickets, sizeof(tickets[0]), cmp_ticket);
	fp = open_out(dir, "tickets.csv");
	fputs("Ticket ID,Customer ID,Created At,Closed At,Status,Channel,"
	    "Agent,Priority,Category,Subject,Description,CSAT\n", fp);
	for (i = 0; i < ntickets; i++) {
		tk = &tickets[i];
		c = &comps[tk->comp];
		snprintf(buf, sizeof(buf), "T-%d", 100001 + i);
		csv_field(fp, buf, 0);
		snprintf(buf, sizeof(buf), "C%d", custs[c->cust].id);
		csv_field(fp, buf, 0);
		fmt_time(buf, sizeof(buf), tk->created, 0);
		csv_field(fp, buf, 0);
		if (tk->closed >= 0)
			fmt_time(buf, sizeof(buf), tk->closed, 0);
		else
			buf[0] = '\0';
		csv_field(fp, buf, 0);
		csv_field(fp, tstatus_name[tk->status], 0);
		csv_field(fp, tchan_name[c->chan], 0);
		csv_field(fp, tk->agent >= 0 ? agents[tk->agent].name : "", 0);
		csv_field(fp, tprio_name[tk->prio], 0);
		csv_field(fp, topic_label[tk->label], 0);
		csv_field(fp, tk->subject, 0);
		csv_field(fp, tk->desc, 0);
		if (tk->csat > 0)
			snprintf(buf, sizeof(buf), "%d", tk->csat);
		else
			buf[0] = '\0';
		csv_field(fp, buf, 1);
	}
	close_out(fp, "tickets.csv");
}

/* Write events.csv. */
static void
write_events(const char *dir)
{
	static int	 order[NCOMPLAINT];
	FILE		*fp;
	struct erow	*r;
	struct comp	*c;
	char		 buf[64];
	int		 i, id;

	for (i = 0; i < nkases; i++)
		order[i] = i;
	qsort(order, (size_t)nkases, sizeof(int), cmp_kase);
	for (id = 20001, i = 0; i < nkases; i++) {
		kases[order[i]].id = id;
		id += chance(850) ? 1 : rrange(2, 4);
	}
	qsort(erows, (size_t)nerows, sizeof(erows[0]), cmp_erow);
	fp = open_out(dir, "events.csv");
	fputs("case_id,customer_id,timestamp,direction,status,channel,"
	    "agent,priority,message\n", fp);
	for (i = 0; i < nerows; i++) {
		r = &erows[i];
		c = &comps[kases[r->kase].comp];
		snprintf(buf, sizeof(buf), "CASE-%d", kases[r->kase].id);
		csv_field(fp, buf, 0);
		snprintf(buf, sizeof(buf), "C%d", custs[c->cust].id);
		csv_field(fp, buf, 0);
		fmt_time(buf, sizeof(buf), r->t, 1);
		csv_field(fp, buf, 0);
		csv_field(fp, r->inbound ? "inbound" : "outbound", 0);
		csv_field(fp, estatus_name[r->status], 0);
		csv_field(fp, echan_name[c->chan], 0);
		csv_field(fp, r->agent >= 0 ? agents[r->agent].name : "", 0);
		csv_field(fp, eprio_name[r->prio], 0);
		csv_field(fp, r->msg, 1);
	}
	close_out(fp, "events.csv");
}

/* Write customers.csv. */
static void
write_customers(const char *dir)
{
	FILE		*fp;
	struct cust	*cu;
	char		 buf[64];
	int		 i;

	fp = open_out(dir, "customers.csv");
	fputs("customer_id,signup_date,plan,monthly_value,churned,"
	    "churn_date\n", fp);
	for (i = 0; i < NCUST; i++) {
		cu = &custs[i];
		snprintf(buf, sizeof(buf), "C%d", cu->id);
		csv_field(fp, buf, 0);
		fmt_date(buf, sizeof(buf), cu->signup);
		csv_field(fp, buf, 0);
		csv_field(fp, plan_name[cu->plan], 0);
		snprintf(buf, sizeof(buf), "%d.%02d", cu->value / 100,
		    cu->value % 100);
		csv_field(fp, buf, 0);
		csv_field(fp, cu->churned ? "yes" : "no", 0);
		if (cu->churned)
			fmt_date(buf, sizeof(buf), cu->churn_day);
		else
			buf[0] = '\0';
		csv_field(fp, buf, 1);
	}
	close_out(fp, "customers.csv");
}

/* Write activity.csv. */
static void
write_activity(const char *dir)
{
	FILE	*fp;
	char	 buf[64];
	int	 i;

	qsort(acts, (size_t)nacts, sizeof(acts[0]), cmp_act);
	fp = open_out(dir, "activity.csv");
	fputs("customer_id,timestamp,activity\n", fp);
	for (i = 0; i < nacts; i++) {
		snprintf(buf, sizeof(buf), "C%d", acts[i].cust);
		csv_field(fp, buf, 0);
		fmt_time(buf, sizeof(buf), acts[i].t, 0);
		csv_field(fp, buf, 0);
		csv_field(fp, act_name[acts[i].type], 1);
	}
	close_out(fp, "activity.csv");
}

int
main(int argc, char *argv[])
{
	if (argc != 2) {
		fprintf(stderr, "usage: generate OUTDIR\n");
		return 2;
	}
	d_start = days_from_civil(2026, 5, 25);
	d_end = d_start + NDAYS;
	d_2023 = days_from_civil(2023, 1, 1);
	t_start = (long long)d_start * DAY;
	t_end = (long long)d_end * DAY;

	gen_customers();
	gen_complaints();
	gen_contacts();
	gen_churn();
	gen_activity();

	write_tickets(argv[1]);
	write_events(argv[1]);
	write_customers(argv[1]);
	write_activity(argv[1]);
	return 0;
}
