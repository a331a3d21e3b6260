/* period.c: calendar periods (day, week, month, quarter) in a zone.
 *
 * A period is an ordinal, consecutive periods differ by one: the local day
 * number since 1970-01-01 for days, the Monday-based week number for weeks
 * (floor((day + 3) / 7): 1970-01-05 was the first Monday), year * 12 +
 * month - 1 for months, year * 4 + quarter - 1 for quarters.  Labels:
 * 2026-11-23, 2026-W48 (ISO 8601: the year and week of the week's
 * Thursday), 2026-11, 2026-Q4.  Local times are those of the --tz zone;
 * a period starts at local midnight of its first day.
 */
#include <stdio.h>
#include <string.h>

#include "period.h"
#include "timeparse.h"

static int64_t
floordiv(int64_t a, int64_t b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* period_unit: 'd', 'w', 'm' or 'q' for day, week, month, quarter into
 * *u; returns -1 for another name. */
int
period_unit(const char *name, char *u)
{
	static const char *const names[] = { "day", "week", "month",
	    "quarter" };

	for (int i = 0; i < 4; i++)
		if (strcmp(name, names[i]) == 0) {
			*u = "dwmq"[i];
			return 0;
		}
	return -1;
}

/* period_of: the period of time t.  Cannot fail. */
int64_t
period_of(int64_t t, const struct tz *tz, char u)
{
	int64_t days = floordiv(t + tz_offset_at(tz, t), 86400), y;
	unsigned m, d;

	switch (u) {
	case 'd':
		return days;
	case 'w':
		return floordiv(days + 3, 7);
	default:
		time_civil_from_days(days, &y, &m, &d);
		return u == 'm' ? y * 12 + (m - 1) : y * 4 + (m - 1) / 3;
	}
}

/* period_start: when period p begins (UTC).  Cannot fail. */
int64_t
period_start(int64_t p, const struct tz *tz, char u)
{
	int64_t days;

	switch (u) {
	case 'd':
		days = p;
		break;
	case 'w':
		days = 7 * p - 3;
		break;
	case 'm':
		days = time_days_from_civil(floordiv(p, 12),
		    (unsigned)(p - 12 * floordiv(p, 12)) + 1, 1);
		break;
	default:
		days = time_days_from_civil(floordiv(p, 4),
		    (unsigned)(p - 4 * floordiv(p, 4)) * 3 + 1, 1);
		break;
	}
	return tz_local_to_utc(tz, days * 86400);
}

/* period_label: the label of period p into buf.  Cannot fail. */
void
period_label(int64_t p, char u, char *buf, size_t n)
{
	int64_t y, days;
	unsigned m, d;

	switch (u) {
	case 'd':
		time_civil_from_days(p, &y, &m, &d);
		snprintf(buf, n, "%04lld-%02u-%02u", (long long)y, m, d);
		break;
	case 'w':
		days = 7 * p - 3 + 3;		/* the week's Thursday */
		time_civil_from_days(days, &y, &m, &d);
		snprintf(buf, n, "%04lld-W%02lld", (long long)y, (long long)
		    ((days - time_days_from_civil(y, 1, 1)) / 7 + 1));
		break;
	case 'm':
		snprintf(buf, n, "%04lld-%02lld", (long long)floordiv(p, 12),
		    (long long)(p - 12 * floordiv(p, 12) + 1));
		break;
	default:
		snprintf(buf, n, "%04lld-Q%lld", (long long)floordiv(p, 4),
		    (long long)(p - 4 * floordiv(p, 4) + 1));
		break;
	}
}

/* The digits s[0..n) as a number, or -1 when they are not all digits. */
static long
digits(const char *s, size_t n)
{
	long v = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/*
 * period_parse_label: the inverse of period_label.  Sets *days to the
 * first day of the period labelled s[0..n) (days since 1970-01-01) and *u
 * to its unit.  Returns 0, or -1 when s is no period label.
 */
int
period_parse_label(const char *s, size_t n, int64_t *days, char *u)
{
	long y, a, b;

	if (n < 7 || s[4] != '-' || (y = digits(s, 4)) < 0)
		return -1;
	if (n == 10 && s[7] == '-' && (a = digits(s + 5, 2)) >= 1 &&
	    a <= 12 && (b = digits(s + 8, 2)) >= 1 && b <= 31) {
		*days = time_days_from_civil(y, (unsigned)a, (unsigned)b);
		*u = 'd';
		return 0;
	}
	if (n == 8 && s[5] == 'W' && (a = digits(s + 6, 2)) >= 1 && a <= 53) {
		int64_t j4 = time_days_from_civil(y, 1, 4);
		int64_t mon = j4 - (((j4 - 4) % 7 + 7) % 7);

		*days = mon + 7 * (a - 1);
		*u = 'w';
		return 0;
	}
	if (n == 7 && s[5] == 'Q' && (a = digits(s + 6, 1)) >= 1 && a <= 4) {
		*days = time_days_from_civil(y, (unsigned)(3 * a - 2), 1);
		*u = 'q';
		return 0;
	}
	if (n == 7 && (a = digits(s + 5, 2)) >= 1 && a <= 12) {
		*days = time_days_from_civil(y, (unsigned)a, 1);
		*u = 'm';
		return 0;
	}
	return -1;
}
