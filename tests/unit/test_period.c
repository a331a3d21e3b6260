/* test_period.c: period labels and their inverse (the chart time axis). */
#include <stdio.h>
#include <string.h>

#include "unit.h"

#include "period.h"
#include "timeparse.h"

/* By the calendar: 2026-W01 starts Monday 2025-12-29 (Jan 4 2026 is a
 * Sunday); 2020-W53 starts 2020-12-28; 2026-Q4 starts 2026-10-01. */
static void
test_known(void)
{
	int64_t d;
	char u;

	CHECK(period_parse_label("2026-W01", 8, &d, &u) == 0);
	CHECK_INT(d, time_days_from_civil(2025, 12, 29));
	CHECK(u == 'w');
	CHECK(period_parse_label("2020-W53", 8, &d, &u) == 0);
	CHECK_INT(d, time_days_from_civil(2020, 12, 28));
	CHECK(period_parse_label("2026-Q4", 7, &d, &u) == 0);
	CHECK_INT(d, time_days_from_civil(2026, 10, 1));
	CHECK(u == 'q');
	CHECK(period_parse_label("2026-03", 7, &d, &u) == 0);
	CHECK_INT(d, time_days_from_civil(2026, 3, 1));
	CHECK(period_parse_label("2026-03-09", 10, &d, &u) == 0);
	CHECK(u == 'd');
	CHECK(period_parse_label("2026-13", 7, &d, &u) == -1);
	CHECK(period_parse_label("2026-W54", 8, &d, &u) == -1);
	CHECK(period_parse_label("billing", 7, &d, &u) == -1);
	CHECK(period_parse_label("2026-Q5", 7, &d, &u) == -1);
}

/* Round trip, an independent check: the label of the period holding each
 * day from 2019 to 2031 parses back to that period's first day, which
 * period_start gives. */
static void
test_roundtrip(void)
{
	static const char units[] = "dwmq";
	int64_t from = time_days_from_civil(2019, 1, 1);
	int64_t to = time_days_from_civil(2031, 12, 31);

	for (const char *u = units; *u; u++)
		for (int64_t d = from; d <= to; d += 3) {
			char lab[32], pu;
			int64_t t = d * 86400, got, p = period_of(t, NULL, *u);

			period_label(p, *u, lab, sizeof(lab));
			if (period_parse_label(lab, strlen(lab), &got, &pu) !=
			    0 || pu != *u || got * 86400 !=
			    period_start(p, NULL, *u)) {
				CHECK(!"round trip");
				fprintf(stderr, "  %s\n", lab);
				return;
			}
		}
}

static const struct unit_test tests[] = {
	{ "known labels", test_known },
	{ "round trip", test_roundtrip },
};

UNIT_MAIN(tests)
