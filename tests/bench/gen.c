/*
 * gen.c: the benchmark's ticket log, written by a seeded generator so
 * every machine measures the same bytes.
 *
 * Usage: gen ROWS [LONGER] > tickets.csv
 *
 * One row per ticket, 11 columns: ticket_id, customer_id, created_at,
 * closed_at (empty when open), status, channel, agent, priority, subject,
 * body, churned.  About 240 bytes per row; one body in ten spans several
 * lines and holds commas, doubled quotes and UTF-8.  Fifteen issue
 * families give the subjects and bodies their words; a customer has
 * several tickets (ROWS / 4 customers), churned yes/no per customer.
 * LONGER (default 1) repeats each body's first sentence that many times:
 * the same cases and customers with longer texts.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t state = 0x9e3779b97f4a7c15ULL;

/* xorshift64*: small, fast and the same everywhere. */
static uint64_t
next(void)
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return state * 0x2545f4914f6cdd1dULL;
}

static unsigned
pick(unsigned n)
{
	return (unsigned)(next() % n);
}

static const char *const subjects[15][2] = {
	{ "Charged twice", "Double charge on my card" },
	{ "Refund not received", "Where is my refund" },
	{ "Package late", "Delivery delayed again" },
	{ "Item arrived broken", "Damaged product" },
	{ "Cannot log in", "Password reset not working" },
	{ "App crashes", "Error 503 after the update" },
	{ "Cancel my subscription", "Please close my account" },
	{ "Price went up", "Unexpected price increase" },
	{ "Waited on hold", "Nobody answers the phone" },
	{ "Rude agent", "Unprofessional staff" },
	{ "Wrong item sent", "Received the wrong size" },
	{ "Data privacy", "Delete my personal data" },
	{ "Invoice error", "Wrong amount on invoice" },
	{ "Coupon not applied", "Discount code rejected" },
	{ "No reply to email", "Still waiting for an answer" },
};

static const char *const bodies[15] = {
	"I was billed two times for the same order, please fix this",
	"You promised a refund two weeks ago and nothing has arrived",
	"The parcel was due on Monday and tracking has not moved since",
	"The box was crushed and the item inside is cracked",
	"The login page keeps saying my password is wrong after reset",
	"Since the update the app shows error 503 and closes",
	"I want to cancel and not be charged next month",
	"My plan costs more this month and nobody told me why",
	"I waited forty minutes on hold and then the call dropped",
	"The agent was rude and hung up on me",
	"I ordered a medium and got an extra large",
	"Please remove all my personal data from your systems",
	"The invoice shows the wrong total and the wrong address",
	"The discount code from your email does not work at checkout",
	"I sent three emails and got no answer at all",
};

static const char *const closings[] = {
	"Thanks in advance, looking forward to hearing from you soon",
	"Please get back to me as soon as possible, this is urgent",
	"I have been a customer for years and expect better service",
	"Kind regards, and please reply to this email address",
};

static const char *const statuses[] = { "Solved", "Closed", "Open",
	"Pending", "Escalated" };
static const char *const channels[] = { "email", "chat", "phone", "web",
	"social" };
static const char *const agents[] = { "Ann Lee", "Bob Stone",
	"Chloé Martin", "David Kim", "Łukasz Nowak", "Zoë Brandt",
	"Priya Raman", "José Núñez" };
static const char *const prios[] = { "low", "normal", "high", "urgent" };

/* A time as YYYY-MM-DD HH:MM:SS, t seconds after 2025-01-01. */
static void
put_time(long t)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	long d = t / 86400, s = t % 86400;
	int y = 2025, m = 0;

	for (;;) {
		int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		int yd = 365 + leap;

		if (d < yd)
			break;
		d -= yd;
		y++;
	}
	for (;;) {
		int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		int md = mdays[m] + (m == 1 && leap);

		if (d < md)
			break;
		d -= md;
		m++;
	}
	printf("%04d-%02d-%02ld %02ld:%02ld:%02ld", y, m + 1, d + 1,
	    s / 3600, s / 60 % 60, s % 60);
}

int
main(int argc, char **argv)
{
	long rows = argc > 1 ? atol(argv[1]) : 1000000;
	long ncust = rows / 4 > 0 ? rows / 4 : 1;
	long span = 730L * 86400;	/* two years */
	long longer = argc > 2 ? atol(argv[2]) : 1;

	if (rows <= 0 || longer <= 0) {
		fprintf(stderr, "usage: gen ROWS [LONGER]\n");
		return 2;
	}
	printf("ticket_id,customer_id,created_at,closed_at,status,channel,"
	    "agent,priority,subject,body,churned\n");
	for (long i = 0; i < rows; i++) {
		unsigned fam = pick(15);
		long cust = (long)(next() % (uint64_t)ncust);
		long opened = (long)((uint64_t)i * (uint64_t)span /
		    (uint64_t)rows) + (long)pick(3600);
		unsigned st = pick(10) < 7 ? pick(2) : 2 + pick(3);

		printf("T%07ld,C%06ld,", i + 1, cust);
		put_time(opened);
		putchar(',');
		if (st < 2)
			put_time(opened + 600 + (long)pick(14 * 86400));
		printf(",%s,%s,%s,%s,%s,", statuses[st], channels[pick(5)],
		    agents[pick(8)], prios[pick(4)], subjects[fam][pick(2)]);
		putchar('"');
		for (long k = 1; k < longer; k++)
			printf("%s. ", bodies[fam]);
		if (pick(10) == 0)
			printf("%s, and \"\"again\"\" today.\nOrder %u, "
			    "tried twice; still nothing — très frustrant.\n"
			    "%s\"", bodies[fam], pick(1000000),
			    closings[pick(4)]);
		else
			printf("%s (order %u). %s\"", bodies[fam],
			    pick(1000000), closings[pick(4)]);
		/* the customer's churn: fixed by the customer id */
		printf(",%s\n", (cust * 2654435761UL) % 100 < 12 ? "yes" :
		    "no");
	}
	return ferror(stdout) || fflush(stdout) != 0;
}
