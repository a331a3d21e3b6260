/* test_timeparse.c: unit tests for time formats, detection and zones.
 *
 * Expected instants are worked out by hand from a few anchors, each a
 * whole number of days times 86400:
 *   2017-10-31T00:00:00Z = 1509408000
 *   2024-01-01T00:00:00Z = 1704067200 (19723 days)
 *   2024-01-05T00:00:00Z = 1704067200 + 4 * 86400 = 1704412800
 *   2024-02-29T00:00:00Z = 1704067200 + 59 * 86400 = 1709164800
 * and 10:20:30 = 37230 s, 10:20 = 37200 s.  The zone tests read the
 * system tzdata (Debian's /usr/share/zoneinfo) with TZDIR unset; the
 * TZif tests write their own small files under a temporary TZDIR.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "timeparse.h"
#include "unit.h"

#define B5	INT64_C(1704412800)	/* 2024-01-05T00:00:00Z */
#define B5T	INT64_C(1704450030)	/* 2024-01-05T10:20:30Z */
#define OCT31	INT64_C(1509408000)	/* 2017-10-31T00:00:00Z */

static struct tfmt
fam(enum tfmt_kind kind, char sep)
{
	struct tfmt f;

	memset(&f, 0, sizeof(f));
	f.kind = kind;
	f.sep = sep;
	return f;
}

/* s parsed in f and tz, or TIME_NONE when it does not parse. */
static int64_t
tp(const struct tfmt *f, const struct tz *tz, const char *s)
{
	int64_t t;

	if (time_parse(f, tz, s, strlen(s), &t) < 0)
		return TIME_NONE;
	return t;
}

static int64_t
iso(const char *s)
{
	struct tfmt f = fam(TFMT_ISO, 0);

	return tp(&f, NULL, s);
}

static int64_t
iso_in(const struct tz *tz, const char *s)
{
	struct tfmt f = fam(TFMT_ISO, 0);

	return tp(&f, tz, s);
}

static int64_t
famp(enum tfmt_kind kind, char sep, const char *s)
{
	struct tfmt f = fam(kind, sep);

	return tp(&f, NULL, s);
}

/* s in the custom format spec (UTC), or TIME_NONE. */
static int64_t
cust(const char *spec, const char *s)
{
	struct tfmt f;
	struct gerr e;

	gerr_clear(&e);
	if (tfmt_compile(&f, spec, &e) < 0)
		return TIME_NONE;
	return tp(&f, NULL, s);
}

static struct tz *
load(const char *name)
{
	struct gerr e;

	gerr_clear(&e);
	return tz_load(name, &e);
}

static enum tdetect
detect(const char *const *v, size_t n, int allow_epoch, struct tfmt *out,
    size_t *np)
{
	size_t lens[16], i;

	for (i = 0; i < n && i < 16; i++)
		lens[i] = strlen(v[i]);
	return tfmt_detect(v, lens, n, allow_epoch, out, np);
}

/* The description detection gave must parse s like the format itself. */
static int
desc_agrees(const struct tfmt *f, const char *desc, const char *s)
{
	struct tfmt c;
	struct gerr e;
	int64_t a, b;

	gerr_clear(&e);
	if (tfmt_compile(&c, desc, &e) < 0)
		return 0;
	if (time_parse(f, NULL, s, strlen(s), &a) < 0 ||
	    time_parse(&c, NULL, s, strlen(s), &b) < 0)
		return 0;
	return a == b;
}

static void
test_civil_anchors(void)
{
	int64_t y;
	unsigned m, d;

	CHECK_INT(time_days_from_civil(1970, 1, 1), 0);
	CHECK_INT(time_days_from_civil(1969, 12, 31), -1);
	/* 2000-03-01: 30 years of 365 days + 7 leap days + 60 = 11017. */
	CHECK_INT(time_days_from_civil(2000, 3, 1), 11017);
	CHECK_INT(time_days_from_civil(2024, 1, 1), 19723);
	/* 0001-01-01T00:00:00Z = -62135596800 s = -719162 days. */
	CHECK_INT(time_days_from_civil(1, 1, 1), -719162);
	/* 9999-12-31T23:59:59Z = 253402300799: day 2932896. */
	CHECK_INT(time_days_from_civil(9999, 12, 31), 2932896);
	/* Year 0 (1 BC) is a leap year: 0000-02-29 is the day before 03-01. */
	CHECK_INT(time_days_from_civil(0, 3, 1) - time_days_from_civil(0, 2,
	    29), 1);
	CHECK_INT(time_days_from_civil(0, 1, 1), -719528);
	time_civil_from_days(-719529, &y, &m, &d);
	CHECK_INT(y, -1);
	CHECK_INT(m, 12);
	CHECK_INT(d, 31);
	time_civil_from_days(11016, &y, &m, &d);
	CHECK_INT(y, 2000);
	CHECK_INT(m, 2);
	CHECK_INT(d, 29);
}

static void
test_civil_roundtrip(void)
{
	int64_t day, last, y, py;
	unsigned m, d, pm, pd;
	int bad = 0;

	/* Every day from -0005-01-01 to 10000-01-01: back and forth, and
	 * each day is the calendar successor of the one before. */
	day = time_days_from_civil(-5, 1, 1);
	last = time_days_from_civil(10000, 1, 1);
	time_civil_from_days(day, &py, &pm, &pd);
	CHECK_INT(py, -5);
	CHECK_INT(pm, 1);
	CHECK_INT(pd, 1);
	for (day++; day <= last && bad < 5; day++) {
		time_civil_from_days(day, &y, &m, &d);
		if (time_days_from_civil(y, m, d) != day)
			bad++;
		if (d == 1) {
			if (!(pd >= 28 && ((m == pm + 1 && y == py) ||
			    (m == 1 && pm == 12 && y == py + 1))))
				bad++;
		} else if (!(d == pd + 1 && m == pm && y == py))
			bad++;
		py = y;
		pm = m;
		pd = d;
	}
	CHECK_INT(bad, 0);
	CHECK_INT(py, 10000);
}

static void
test_iso(void)
{
	CHECK_INT(iso("2024-01-05"), B5);
	CHECK_INT(iso("2024-01-05T10:20"), B5 + 37200);
	CHECK_INT(iso("2024-01-05 10:20:30"), B5T);
	/* Fractions are floored away. */
	CHECK_INT(iso("2024-01-05T10:20:30.999"), B5T);
	CHECK_INT(iso("2024-01-05T10:20:30,5Z"), B5T);
	CHECK_INT(iso("2024/01/05 10:20:30"), B5T);
	CHECK_INT(iso("2024-01-05T10:20:30Z"), B5T);
	CHECK_INT(iso("2024-01-05 10:20:30 UTC"), B5T);
	CHECK_INT(iso("  2024-01-05\t"), B5);
	CHECK_INT(iso("2024-1-5"), B5);
	/* 1999-12-31T23:59:59Z = 946684799. */
	CHECK_INT(iso("1999-12-31T23:59:59"), 946684799);
	/* Second 60 is the next second: 10:20:60 = 10:21:00. */
	CHECK_INT(iso("2024-01-05T10:20:60"), B5 + 37260);
}

static void
test_iso_offsets(void)
{
	struct tz *ny = load("America/New_York");

	CHECK(ny != NULL);
	/* +05:30 is 19800 s east: UTC = local - 19800. */
	CHECK_INT(iso("2024-01-05T10:20:30+05:30"), B5T - 19800);
	CHECK_INT(iso("2024-01-05T10:20:30+0530"), B5T - 19800);
	/* -0800: UTC = local + 28800. */
	CHECK_INT(iso("2024-01-05T10:20:30-0800"), B5T + 28800);
	CHECK_INT(iso("2024-01-05T10:20:30-08:00"), B5T + 28800);
	CHECK_INT(iso("2024-01-05T10:20:30+02"), B5T - 7200);
	CHECK_INT(iso("2024-01-05 10:20:30 +0100"), B5T - 3600);
	/* Naive: through the zone (New York is UTC-5 in January). */
	CHECK_INT(iso_in(ny, "2024-01-05 10:20:30"), B5T + 18000);
	CHECK_INT(iso_in(ny, "2024-01-05"), B5 + 18000);
	/* An explicit offset or Z bypasses the zone. */
	CHECK_INT(iso_in(ny, "2024-01-05T10:20:30Z"), B5T);
	CHECK_INT(iso_in(ny, "2024-01-05T10:20:30+05:30"), B5T - 19800);
	tz_free(ny);
}

static void
test_dmy_mdy(void)
{
	/* 2023-04-27 = 1682553600 (19474 days). */
	CHECK_INT(famp(TFMT_DMY, '-', "27-04-2023"), 1682553600);
	CHECK_INT(famp(TFMT_DMY, '/', "5/1/2024"), B5);
	CHECK_INT(famp(TFMT_MDY, '/', "1/5/2024"), B5);
	CHECK_INT(famp(TFMT_DMY, '.', "05.01.2024 10:20"), B5 + 37200);
	CHECK_INT(famp(TFMT_MDY, '-', "01-05-2024 10:20:30"), B5T);
	CHECK_INT(famp(TFMT_DMY, '/', "05/01/2024 10:20:30.75"), B5T);
	/* 2016-02-29 01:16: 2016-01-01 = 1451606400, + 59 days = 1456704000,
	 * + 4560 s = 1456708560. */
	CHECK_INT(famp(TFMT_DMY, '/', "29/2/2016 01:16"), 1456708560);
	CHECK_INT(famp(TFMT_DMY, '/', "29/2/2016 1:16"), 1456708560);
	/* sep 0 takes any of / - . */
	CHECK_INT(famp(TFMT_DMY, 0, "05.01.2024"), B5);
	/* Wrong or mixed separators, 2-digit years, bad order. */
	CHECK_INT(famp(TFMT_DMY, '/', "27-04-2023"), TIME_NONE);
	CHECK_INT(famp(TFMT_DMY, '-', "27-04/2023"), TIME_NONE);
	CHECK_INT(famp(TFMT_DMY, '-', "27-04-23"), TIME_NONE);
	CHECK_INT(famp(TFMT_MDY, '-', "27-04-2023"), TIME_NONE);
	CHECK_INT(famp(TFMT_DMY, '/', "05/01/2024T10:20"), TIME_NONE);
}

static void
test_ampm(void)
{
	/* 2013-12-25T00:00:00Z = 1387929600 (16064 days). */
	CHECK_INT(famp(TFMT_MDY, '/', "12/25/2013 12:00:00 AM"), 1387929600);
	CHECK_INT(famp(TFMT_MDY, '/', "12/25/2013 12:00:00 PM"),
	    1387929600 + 43200);
	/* 03:15:22 PM = 15:15:22 = 54922 s. */
	CHECK_INT(famp(TFMT_MDY, '/', "12/25/2013 03:15:22 PM"),
	    1387929600 + 54922);
	CHECK_INT(famp(TFMT_MDY, '/', "12/25/2013 12:30 am"),
	    1387929600 + 1800);
	CHECK_INT(famp(TFMT_MDY, '/', "12/25/2013 1:05a.m."),
	    1387929600 + 3900);
	CHECK_INT(famp(TFMT_MDY, '/', "12/25/2013 11:59:59 P.M."),
	    1387929600 + 86399);
	CHECK_INT(famp(TFMT_DMY, '/', "25/12/2013 3:15:22PM"),
	    1387929600 + 54922);
	/* With a marker the hour is 1..12. */
	CHECK_INT(famp(TFMT_MDY, '/', "12/25/2013 13:00 PM"), TIME_NONE);
	CHECK_INT(famp(TFMT_MDY, '/', "12/25/2013 0:30 AM"), TIME_NONE);
	CHECK_INT(famp(TFMT_MDY, '/', "12/25/2013 10:30 XM"), TIME_NONE);
	CHECK_INT(famp(TFMT_MDY, '/', "12/25/2013 10:30 AMX"), TIME_NONE);
}

static void
test_rfc(void)
{
	struct tfmt f = fam(TFMT_RFC, 0);
	struct tz *ny = load("America/New_York");

	CHECK(ny != NULL);
	/* 22:10:47 = 79847 s: 2017-10-31T22:10:47Z = 1509487847. */
	CHECK_INT(tp(&f, NULL, "Tue Oct 31 22:10:47 +0000 2017"),
	    OCT31 + 79847);
	CHECK_INT(tp(&f, NULL, "Tue Oct 31 22:10:47 +0130 2017"),
	    OCT31 + 79847 - 5400);
	CHECK_INT(tp(&f, NULL, "Tue Oct 31 22:10:47 UTC 2017"),
	    OCT31 + 79847);
	/* ctime, naive; New York is on EDT (-4) until 2017-11-05. */
	CHECK_INT(tp(&f, NULL, "Tue Oct 31 22:10:47 2017"), OCT31 + 79847);
	CHECK_INT(tp(&f, ny, "Tue Oct 31 22:10:47 2017"),
	    OCT31 + 79847 + 14400);
	/* Space-padded day: 2017-10-04 09:05 = OCT31 - 27 days + 32700. */
	CHECK_INT(tp(&f, NULL, "Wed Oct  4 09:05:00 2017"),
	    OCT31 - 27 * 86400 + 32700);
	/* RFC 2822. */
	CHECK_INT(tp(&f, NULL, "Tue, 31 Oct 2017 22:10:47 +0000"),
	    OCT31 + 79847);
	CHECK_INT(tp(&f, ny, "Tue, 31 Oct 2017 22:10:47 +0000"),
	    OCT31 + 79847);
	CHECK_INT(tp(&f, NULL, "31 Oct 2017 22:10:47 -0500"),
	    OCT31 + 79847 + 18000);
	CHECK_INT(tp(&f, NULL, "Tue, 31 Oct 2017 22:10 GMT"),
	    OCT31 + 79800);
	CHECK_INT(tp(&f, NULL, "Tue, 31 Oct 2017 22:10:47 EST"),
	    OCT31 + 79847 + 5 * 3600);
	CHECK_INT(tp(&f, NULL, "Tue, 31 Oct 2017 22:10:47 PDT"),
	    OCT31 + 79847 + 7 * 3600);
	CHECK_INT(tp(&f, NULL, "Tue, 31 Oct 2017 22:10:47 UT"),
	    OCT31 + 79847);
	CHECK_INT(tp(&f, NULL, "tuesday, 31 OCTOBER 2017 22:10:47 z"),
	    OCT31 + 79847);
	/* The weekday is not checked against the date. */
	CHECK_INT(tp(&f, NULL, "Fri, 31 Oct 2017 22:10:47 +0000"),
	    OCT31 + 79847);
	CHECK_INT(tp(&f, NULL, "Tue Foo 31 22:10:47 2017"), TIME_NONE);
	CHECK_INT(tp(&f, NULL, "Tue, 31 Oct 2017 22:10:47 XYZ"), TIME_NONE);
	CHECK_INT(tp(&f, NULL, "Tue, 31 Oct 2017"), TIME_NONE);
	CHECK_INT(tp(&f, NULL, "Tue, 31 Nov 2017 22:10:47 +0000"),
	    TIME_NONE);
	tz_free(ny);
}

static void
test_epoch(void)
{
	struct tfmt s = fam(TFMT_EPOCH_S, 0), ms = fam(TFMT_EPOCH_MS, 0);

	CHECK_INT(tp(&s, NULL, "1704450030"), B5T);
	CHECK_INT(tp(&s, NULL, " 1704450030.9 "), B5T);
	CHECK_INT(tp(&s, NULL, "0"), 0);
	CHECK_INT(tp(&s, NULL, "-1"), -1);
	/* Floored: -1.5 s is in the second starting at -2. */
	CHECK_INT(tp(&s, NULL, "-1.5"), -2);
	CHECK_INT(tp(&s, NULL, "-1.000"), -1);
	CHECK_INT(tp(&s, NULL, "12a"), TIME_NONE);
	CHECK_INT(tp(&s, NULL, "1."), TIME_NONE);
	CHECK_INT(tp(&s, NULL, "99999999999999999999"), TIME_NONE);
	CHECK_INT(tp(&ms, NULL, "1704450030999"), B5T);
	CHECK_INT(tp(&ms, NULL, "1704450030000"), B5T);
	CHECK_INT(tp(&ms, NULL, "-1"), -1);
	CHECK_INT(tp(&ms, NULL, "-1000"), -1);
	CHECK_INT(tp(&ms, NULL, "-1001"), -2);
	CHECK_INT(tp(&ms, NULL, "1704450030.5"), TIME_NONE);
}

static void
test_custom(void)
{
	CHECK_INT(cust("%d/%m/%Y %H:%M", "05/01/2024 10:20"), B5 + 37200);
	CHECK_INT(cust("%d/%m/%Y %H:%M", "5/1/2024 10:20"), B5 + 37200);
	CHECK_INT(cust("%Y%m%d", "20240105"), B5);
	CHECK_INT(cust("%e %B %Y", "5 January 2024"), B5);
	CHECK_INT(cust("%e %B %Y", "5 jan 2024"), B5);
	CHECK_INT(cust("%s", "1704450030"), B5T);
	CHECK_INT(cust("%s", "-5"), -5);
	/* Day 60 of 2024 is Feb 29; day 366 of 2024 is Dec 31
	 * (2024-12-31 = 1704067200 + 365 * 86400 = 1735603200). */
	CHECK_INT(cust("%Y-%j", "2024-060"), 1709164800);
	CHECK_INT(cust("%Y-%j", "2024-366"), 1735603200);
	CHECK_INT(cust("%Y-%j", "2023-366"), TIME_NONE);
	CHECK_INT(cust("%Y-%j", "2024-0"), TIME_NONE);
	/* %y: 69-99 are 19xx: 1969-01-05 = -361 days = -31190400;
	 * 68 is 2068: 2068-01-05 = 35798 days = 3092947200. */
	CHECK_INT(cust("%d/%m/%y", "05/01/69"), -31190400);
	CHECK_INT(cust("%d/%m/%y", "05/01/68"), INT64_C(3092947200));
	CHECK_INT(cust("%I:%M %p %d.%m.%Y", "12:15 AM 05.01.2024"), B5 + 900);
	CHECK_INT(cust("%I:%M %p %d.%m.%Y", "12:15 pm 05.01.2024"),
	    B5 + 44100);
	CHECK_INT(cust("%FT%T%z", "2024-01-05T10:20:30+05:30"), B5T - 19800);
	CHECK_INT(cust("%FT%T%z", "2024-01-05T10:20:30Z"), B5T);
	CHECK_INT(cust("%Y-%m-%d %H:%M:%S.%f %Z",
	    "2024-01-05 10:20:30.123 UTC"), B5T);
	CHECK_INT(cust("%Y-%m-%d %H:%M:%S %Z", "2024-01-05 10:20:30 EST"),
	    TIME_NONE);
	CHECK_INT(cust("%a, %d %b %Y %T %z", "Tue, 31 Oct 2017 22:10:47 +0000"),
	    OCT31 + 79847);
	CHECK_INT(cust("%A %h %d", "Tuesday oct 31"),
	    time_days_from_civil(1970, 10, 31) * 86400);
	CHECK_INT(cust("%D %R", "01/05/24 10:20"), B5 + 37200);
	CHECK_INT(cust("100%% %Y", "100% 2024"), 1704067200);
	/* A space in the format matches any run of whitespace, even none. */
	CHECK_INT(cust("%d %m %Y", "05   01\t2024"), B5);
	CHECK_INT(cust("%d %m %Y", "05012024"), B5);
	/* Fields not given default to 1970-01-01 00:00:00. */
	CHECK_INT(cust("%H:%M", "10:20"), 37200);
	/* Invalid values, literal mismatches, leftovers. */
	CHECK_INT(cust("%d/%m/%Y", "32/01/2024"), TIME_NONE);
	CHECK_INT(cust("%d/%m/%Y", "05-01-2024"), TIME_NONE);
	CHECK_INT(cust("%d/%m/%Y", "05/01/2024 junk"), TIME_NONE);
	CHECK_INT(cust("%H:%M", "24:00"), TIME_NONE);
	CHECK_INT(cust("%I:%M", "13:00"), TIME_NONE);
	CHECK_INT(cust("%Y-%j %m", "2024-060 03"), TIME_NONE);
}

static void
test_custom_errors(void)
{
	struct tfmt f;
	struct gerr e;
	char long_spec[80];

	gerr_clear(&e);
	CHECK_INT(tfmt_compile(&f, "%Y-%Q", &e), -1);
	CHECK_INT(e.code, EXIT_USAGE);
	CHECK_STR(e.msg, "bad --time-format '%Y-%Q': unknown directive '%Q'");
	CHECK(e.hint[0] != '\0');
	gerr_clear(&e);
	CHECK_INT(tfmt_compile(&f, "%Y%", &e), -1);
	CHECK_STR(e.msg, "bad --time-format '%Y%': it ends with a lone '%'");
	gerr_clear(&e);
	CHECK_INT(tfmt_compile(&f, "", &e), -1);
	CHECK_INT(e.code, EXIT_USAGE);
	memset(long_spec, 'x', 64);
	long_spec[64] = '\0';
	gerr_clear(&e);
	CHECK_INT(tfmt_compile(&f, long_spec, &e), -1);
	CHECK(strstr(e.msg, "longer than 63 bytes") != NULL);
	long_spec[63] = '\0';
	CHECK_INT(tfmt_compile(&f, long_spec, &e), 0);
	gerr_clear(&e);
	CHECK_INT(tfmt_compile(&f, "%d.%m.%Y", &e), 0);
	CHECK_INT(e.code, EXIT_OK);
	CHECK_INT(f.kind, TFMT_CUSTOM);
	CHECK_STR(f.desc, "%d.%m.%Y");
	CHECK_STR(f.spec, "%d.%m.%Y");
}

static void
test_leap_days(void)
{
	CHECK_INT(iso("2024-02-29"), 1709164800);
	CHECK_INT(iso("2023-02-29"), TIME_NONE);
	/* 1900 is not a leap year (divisible by 100), 2000 is (by 400):
	 * 2000-02-29 = 11016 days = 951782400. */
	CHECK_INT(iso("1900-02-29"), TIME_NONE);
	CHECK_INT(iso("2000-02-29"), 951782400);
	CHECK_INT(iso("2023-02-28"), 1709164800 - 366 * 86400);
	CHECK_INT(famp(TFMT_DMY, '/', "29/02/2024"), 1709164800);
	CHECK_INT(famp(TFMT_DMY, '/', "29/02/2023"), TIME_NONE);
	CHECK_INT(famp(TFMT_MDY, '/', "2/29/1900"), TIME_NONE);
	CHECK_INT(cust("%d.%m.%Y", "29.02.2000"), 951782400);
	CHECK_INT(iso("2024-04-31"), TIME_NONE);
}

static void
test_invalid(void)
{
	CHECK_INT(iso("2024-13-01"), TIME_NONE);
	CHECK_INT(iso("2024-00-10"), TIME_NONE);
	CHECK_INT(iso("2024-01-32"), TIME_NONE);
	CHECK_INT(iso("2024-01-00"), TIME_NONE);
	CHECK_INT(iso("2024-01-05T24:00"), TIME_NONE);
	CHECK_INT(iso("2024-01-05T10:60"), TIME_NONE);
	CHECK_INT(iso("2024-01-05T10:20:61"), TIME_NONE);
	CHECK_INT(iso("2024-01-05x"), TIME_NONE);
	CHECK_INT(iso("2024-01-05T"), TIME_NONE);
	CHECK_INT(iso("2024-01-05T10"), TIME_NONE);
	CHECK_INT(iso("2024-01-05 10:20 junk"), TIME_NONE);
	CHECK_INT(iso("2024-01-05T10:20:30+24:00"), TIME_NONE);
	CHECK_INT(iso("2024-01-05T10:20:30."), TIME_NONE);
	CHECK_INT(iso("24-01-05"), TIME_NONE);
	CHECK_INT(iso(""), TIME_NONE);
	CHECK_INT(iso(" \t "), TIME_NONE);
	CHECK_INT(famp(TFMT_DMY, '/', "32/01/2024"), TIME_NONE);
	CHECK_INT(famp(TFMT_DMY, '/', "05/13/2024"), TIME_NONE);
	CHECK_INT(famp(TFMT_DMY, '/', "05/01/2024 24:00"), TIME_NONE);
	CHECK_INT(famp(TFMT_DMY, '/', "05/01/2024 10:20 x"), TIME_NONE);
	CHECK_INT(famp(TFMT_DMY, '/', ""), TIME_NONE);
}

static void
test_tz_new_york(void)
{
	struct tz *ny = load("America/New_York");
	int64_t local, u;
	int bad = 0;

	CHECK(ny != NULL);
	if (ny == NULL)
		return;
	CHECK_STR(tz_name(ny), "America/New_York");
	/* 2024-03-10: 02:00 EST jumps to 03:00 EDT at 07:00Z = 1710054000
	 * (2024-03-10 = 1709164800 + 10 days).  02:30 does not exist: read
	 * with EST (-5) it is 07:30Z = 1710055800 = 03:30 EDT. */
	CHECK_INT(iso_in(ny, "2024-03-10 02:30"), 1710055800);
	CHECK_INT(iso_in(ny, "2024-03-10 01:59:59"), 1710053999);
	CHECK_INT(iso_in(ny, "2024-03-10 03:00"), 1710054000);
	CHECK_INT(tz_offset_at(ny, 1710053999), -18000);
	CHECK_INT(tz_offset_at(ny, 1710054000), -14400);
	/* 2024-11-03: 02:00 EDT falls back to 01:00 EST at 06:00Z; 01:30
	 * happens twice, 05:30Z (EDT) and 06:30Z: the earlier,
	 * 2024-11-03T05:30Z = 1730611800. */
	CHECK_INT(iso_in(ny, "2024-11-03 01:30"), 1730611800);
	CHECK_INT(iso_in(ny, "2024-11-03 00:59"), 1730609940);
	CHECK_INT(iso_in(ny, "2024-11-03 02:00"), 1730617200);
	CHECK_INT(tz_offset_at(ny, 1730613599), -14400);
	CHECK_INT(tz_offset_at(ny, 1730613600), -18000);
	/* Winter 12:00 EST = 17:00Z; summer 12:00 EDT = 16:00Z
	 * (2024-01-15 = 1705276800, 2024-07-15 = 1721001600). */
	CHECK_INT(iso_in(ny, "2024-01-15 12:00"), 1705276800 + 17 * 3600);
	CHECK_INT(iso_in(ny, "2024-07-15 12:00"), 1721001600 + 16 * 3600);
	/* Every hour of 2024 outside the gap maps back to itself. */
	for (local = 1704067200; local < 1735689600; local += 3600) {
		u = tz_local_to_utc(ny, local);
		/* 2024-03-10T02:00 local = 1709164800 + 10 days + 7200. */
		if (u + tz_offset_at(ny, u) != local && local != 1710036000)
			bad++;
	}
	CHECK_INT(bad, 0);
	tz_free(ny);
}

static void
test_tz_berlin(void)
{
	struct tz *be = load("Europe/Berlin");

	CHECK(be != NULL);
	if (be == NULL)
		return;
	/* CET +1 in winter, CEST +2 in summer (2024-07-01 = 1719792000). */
	CHECK_INT(iso_in(be, "2024-01-01 12:00"), 1704067200 + 11 * 3600);
	CHECK_INT(iso_in(be, "2024-07-01 12:00"), 1719792000 + 10 * 3600);
	/* 2024-03-31 (= 1711843200): 02:00 CET -> 03:00 CEST at 01:00Z;
	 * 02:30 in the gap is read as CET: 01:30Z. */
	CHECK_INT(iso_in(be, "2024-03-31 02:30"), 1711843200 + 5400);
	/* 2024-10-27 (= 1729987200): 03:00 CEST -> 02:00 CET at 01:00Z;
	 * 02:30 first happens in CEST: 00:30Z. */
	CHECK_INT(iso_in(be, "2024-10-27 02:30"), 1729987200 + 1800);
	/* 1900-07-01 (= -2193350400): CET, no DST then: 12:00 = 11:00Z. */
	CHECK_INT(iso_in(be, "1900-07-01 12:00"), INT64_C(-2193350400) +
	    11 * 3600);
	/* 1850-06-01 (= -3773779200): before the first transition (1893),
	 * local mean time +0:53:28 = 3208 s. */
	CHECK_INT(iso_in(be, "1850-06-01 12:00"), INT64_C(-3773779200) +
	    12 * 3600 - 3208);
	CHECK_INT(tz_offset_at(be, INT64_C(-3773739208)), 3208);
	tz_free(be);
}

static void
test_tz_lord_howe(void)
{
	struct tz *lh = load("Australia/Lord_Howe");

	CHECK(lh != NULL);
	if (lh == NULL)
		return;
	/* +11 in (southern) summer, +10:30 in winter. */
	CHECK_INT(iso_in(lh, "2024-01-15 12:00"), 1705276800 + 3600);
	CHECK_INT(iso_in(lh, "2024-07-15 12:00"), 1721001600 + 5400);
	CHECK_INT(tz_offset_at(lh, 1721001600), 37800);
	/* 2024-10-06 (= 1728172800) 02:00 -> 02:30: 02:15 is read with
	 * +10:30: 02:15 - 10:30 = 15:45Z the day before. */
	CHECK_INT(iso_in(lh, "2024-10-06 02:15"), 1728172800 - 8 * 3600 -
	    900);
	/* 2024-04-07 (= 1712448000) 02:00 -> 01:30: 01:45 first in +11,
	 * 14:45Z the day before. */
	CHECK_INT(iso_in(lh, "2024-04-07 01:45"), 1712448000 - 9 * 3600 -
	    900);
	/* 2100, from the footer rule: +11 in January; 2100-01-15 =
	 * 47496 days = 4103654400. */
	CHECK_INT(iso_in(lh, "2100-01-15 12:00"), INT64_C(4103654400) + 3600);
	tz_free(lh);
}

static void
test_tz_footer(void)
{
	struct tz *ny = load("America/New_York");
	struct tz *nuuk = load("America/Nuuk");
	struct tz *jer = load("Asia/Jerusalem");

	CHECK(ny != NULL && nuuk != NULL && jer != NULL);
	if (ny == NULL || nuuk == NULL || jer == NULL)
		goto out;
	/* 2200 is past the table: EST5EDT,M3.2.0,M11.1.0 gives EDT in July
	 * (2200-07-01 = 84188 days = 7273756800): 12:00 EDT = 16:00Z. */
	CHECK_INT(iso_in(ny, "2200-07-01 12:00"), INT64_C(7273756800) +
	    16 * 3600);
	CHECK_INT(tz_offset_at(ny, INT64_C(7273814400)), -14400);
	CHECK_INT(iso_in(ny, "2200-01-01 12:00"), INT64_C(7258118400) +
	    17 * 3600);
	/* Nuuk, <-02>2<-01>,M3.5.0/-1,M10.5.0/0: DST starts on the last
	 * Sunday of March at -1:00, i.e. Saturday 23:00 local.  In 2100 that
	 * Sunday is March 28 (2100-03-28 = 4109875200), the switch is at
	 * 2100-03-28T01:00Z; 23:30 on the 27th is in the gap: 01:30Z. */
	CHECK_INT(tz_offset_at(nuuk, INT64_C(4109875200) + 3599), -7200);
	CHECK_INT(tz_offset_at(nuuk, INT64_C(4109875200) + 3600), -3600);
	CHECK_INT(iso_in(nuuk, "2100-03-27 23:30"), INT64_C(4109875200) +
	    5400);
	CHECK_INT(iso_in(nuuk, "2100-03-28 00:30"), INT64_C(4109875200) +
	    5400);
	/* Jerusalem, IST-2IDT,M3.4.4/26,M10.5.0: DST starts the 4th
	 * Thursday of March at 26:00, Friday 02:00 local.  2100-03-25 is
	 * that Thursday; the switch is 2100-03-26T00:00Z = 4109702400. */
	CHECK_INT(tz_offset_at(jer, INT64_C(4109702400) - 1), 7200);
	CHECK_INT(tz_offset_at(jer, INT64_C(4109702400)), 10800);
	CHECK_INT(iso_in(jer, "2100-03-26 01:00"), INT64_C(4109702400) - 3600);
	CHECK_INT(iso_in(jer, "2100-03-26 03:00"), INT64_C(4109702400));
out:
	tz_free(ny);
	tz_free(nuuk);
	tz_free(jer);
}

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* A TZif header: version, timecnt, typecnt, charcnt. */
static size_t
tzhead(unsigned char *p, char ver, uint32_t nt, uint32_t ntype,
    uint32_t nchar)
{
	memset(p, 0, 44);
	memcpy(p, "TZif", 4);
	p[4] = (unsigned char)ver;
	put32(p + 32, nt);
	put32(p + 36, ntype);
	put32(p + 40, nchar);
	return 44;
}

static int
writefile(const char *dir, const char *name, const void *b, size_t n)
{
	char path[512];
	FILE *fp;
	int r;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((fp = fopen(path, "wb")) == NULL)
		return -1;
	r = fwrite(b, 1, n, fp) == n ? 0 : -1;
	if (fclose(fp) != 0)
		r = -1;
	return r;
}

/* A version 2 file, no transitions, type 0 +1h, and footer foot. */
static size_t
tzv2(unsigned char *b, const char *foot)
{
	size_t n = 0, i;

	for (i = 0; i < 2; i++) {
		n += tzhead(b + n, '2', 0, 1, 4);
		put32(b + n, 3600);
		b[n + 4] = 0;
		b[n + 5] = 0;
		memcpy(b + n + 6, "STD", 4);
		n += 10;
	}
	b[n++] = '\n';
	memcpy(b + n, foot, strlen(foot));
	n += strlen(foot);
	b[n++] = '\n';
	return n;
}

static void
test_tzif_files(void)
{
	char dir[] = "/tmp/test_timeparse.XXXXXX", path[128];
	const char *old = getenv("TZDIR");
	unsigned char b[256];
	struct tz *tz;
	size_t n;

	CHECK(old == NULL);
	if (mkdtemp(dir) == NULL) {
		CHECK(!"mkdtemp");
		return;
	}
	setenv("TZDIR", dir, 1);
	/* Version 1: one transition at 0 from +1h (type 0) to +2h. */
	n = tzhead(b, 0, 1, 2, 8);
	put32(b + n, 0);
	b[n + 4] = 1;
	put32(b + n + 5, 3600);
	b[n + 9] = 0;
	b[n + 10] = 0;
	put32(b + n + 11, 7200);
	b[n + 15] = 1;
	b[n + 16] = 4;
	memcpy(b + n + 17, "AAA\0BBB", 8);
	n += 25;
	CHECK_INT(writefile(dir, "One", b, n), 0);
	tz = load("One");
	CHECK(tz != NULL);
	CHECK_INT(tz_offset_at(tz, -1), 3600);
	CHECK_INT(tz_offset_at(tz, 0), 7200);
	CHECK_INT(tz_offset_at(tz, INT64_C(4000000000)), 7200);
	/* Local 00:30 at the switch: the gap 01:00-02:00 local; 01:30 is
	 * read with +1h: 00:30Z. */
	CHECK_INT(tz_local_to_utc(tz, 5400), 1800);
	tz_free(tz);
	/* Truncated and junk files are not zones. */
	CHECK_INT(writefile(dir, "Short", b, n - 3), 0);
	CHECK(load("Short") == NULL);
	CHECK_INT(writefile(dir, "Junk", "hello\n", 6), 0);
	CHECK(load("Junk") == NULL);
	/* Footer rules Jn and n: J60 is March 1 even in leap years; 59 is
	 * the zero-based day, Feb 29 in 2024.  DST starts at 00:00 local
	 * (+1h) and ends on day J300 / 300 at 02:00. */
	n = tzv2(b, "STD-1DST,J60/0,J300");
	CHECK_INT(writefile(dir, "Jul", b, n), 0);
	tz = load("Jul");
	CHECK(tz != NULL);
	/* 2024-02-29T23:00Z = 1709164800 + 82800. */
	CHECK_INT(tz_offset_at(tz, 1709247600 - 1), 3600);
	CHECK_INT(tz_offset_at(tz, 1709247600), 7200);
	tz_free(tz);
	n = tzv2(b, "STD-1DST,59/0,300");
	CHECK_INT(writefile(dir, "Zero", b, n), 0);
	tz = load("Zero");
	CHECK(tz != NULL);
	/* 2024-02-29T00:00 local = 2024-02-28T23:00Z = 1709164800 - 3600. */
	CHECK_INT(tz_offset_at(tz, 1709161200 - 1), 3600);
	CHECK_INT(tz_offset_at(tz, 1709161200), 7200);
	tz_free(tz);
	/* No DST in the footer: a fixed offset of -3h. */
	n = tzv2(b, "<-03>3");
	CHECK_INT(writefile(dir, "Minus3", b, n), 0);
	tz = load("Minus3");
	CHECK(tz != NULL);
	CHECK_INT(tz_offset_at(tz, 1709161200), -10800);
	CHECK_INT(tz_local_to_utc(tz, 0), 10800);
	tz_free(tz);
	n = tzv2(b, "STD-1DST,M13.1.0,M1.1.0");
	CHECK_INT(writefile(dir, "BadRule", b, n), 0);
	CHECK(load("BadRule") == NULL);
	unsetenv("TZDIR");
	/* Clean up. */
	snprintf(path, sizeof(path), "%s/One", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/Short", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/Junk", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/Jul", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/Zero", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/Minus3", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/BadRule", dir);
	unlink(path);
	rmdir(dir);
}

static void
test_tz_load_errors(void)
{
	static const char *const bad[] = {
		"Mars/Olympus_Mons", "../etc/passwd", "/etc/localtime",
		"Europe/../UTC", "Europe/Berlin;rm", "Europe", "+5:30",
		"+24:00", "Europe/Berlin ", "-08:0"
	};
	struct gerr e;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		gerr_clear(&e);
		CHECK(tz_load(bad[i], &e) == NULL);
		CHECK_INT(e.code, EXIT_USAGE);
	}
	gerr_clear(&e);
	CHECK(tz_load("Mars/Olympus_Mons", &e) == NULL);
	CHECK_STR(e.msg, "unknown time zone 'Mars/Olympus_Mons'");
	CHECK_STR(e.hint, "use an IANA name such as Europe/Berlin or "
	    "America/New_York, or an offset such as +05:30");
}

static void
test_tz_fixed(void)
{
	static const char *const utc[] = { "UTC", "GMT", "Z", "", "utc" };
	struct tz *tz;
	size_t i;

	for (i = 0; i < sizeof(utc) / sizeof(utc[0]); i++) {
		tz = load(utc[i]);
		CHECK(tz != NULL);
		CHECK_STR(tz_name(tz), utc[i]);
		CHECK_INT(tz_offset_at(tz, B5T), 0);
		CHECK_INT(tz_local_to_utc(tz, B5T), B5T);
		tz_free(tz);
	}
	tz = load("+05:30");
	CHECK(tz != NULL);
	CHECK_STR(tz_name(tz), "+05:30");
	CHECK_INT(tz_offset_at(tz, B5T), 19800);
	CHECK_INT(tz_local_to_utc(tz, B5T), B5T - 19800);
	CHECK_INT(iso_in(tz, "2024-01-05 10:20:30"), B5T - 19800);
	tz_free(tz);
	tz = load("-0800");
	CHECK(tz != NULL);
	CHECK_INT(tz_offset_at(tz, 0), -28800);
	CHECK_INT(tz_local_to_utc(tz, 0), 28800);
	tz_free(tz);
	tz = load("+02");
	CHECK(tz != NULL);
	CHECK_INT(tz_offset_at(tz, 0), 7200);
	tz_free(tz);
	/* NULL means UTC everywhere. */
	CHECK_INT(tz_offset_at(NULL, B5T), 0);
	CHECK_INT(tz_local_to_utc(NULL, B5T), B5T);
	CHECK_STR(tz_name(NULL), "UTC");
	tz_free(NULL);
}

static void
test_detect_iso(void)
{
	static const char *const v[] = { "2024-01-05", "2024-02-29 10:20:30" };
	static const char *const w[] = { "2024-01-05T10:20:30.123+05:30" };
	static const char *const x[] = { "2024/01/05 10:20", "2024/01/06" };
	struct tfmt f;
	size_t np = 99;

	CHECK_INT(detect(v, 2, 0, &f, &np), TDETECT_OK);
	CHECK_INT(f.kind, TFMT_ISO);
	CHECK_INT(np, 2);
	CHECK_STR(f.desc, "%Y-%m-%d");
	CHECK_STR(f.alt, "");
	CHECK(desc_agrees(&f, f.desc, v[0]));
	CHECK_INT(detect(v + 1, 1, 1, &f, &np), TDETECT_OK);
	CHECK_STR(f.desc, "%Y-%m-%d %H:%M:%S");
	CHECK(desc_agrees(&f, f.desc, v[1]));
	CHECK_INT(detect(w, 1, 1, &f, &np), TDETECT_OK);
	CHECK_STR(f.desc, "%Y-%m-%dT%H:%M:%S.%f%z");
	CHECK(desc_agrees(&f, f.desc, w[0]));
	CHECK_INT(detect(x, 2, 1, &f, &np), TDETECT_OK);
	CHECK_STR(f.desc, "%Y/%m/%d %H:%M");
	CHECK(desc_agrees(&f, f.desc, x[0]));
}

static void
test_detect_dmy_mdy(void)
{
	/* CFPB: 27 cannot be a month, so D-M-Y. */
	static const char *const cfpb[] = {
		"27-04-2023", "01-05-2023", "3-1-2023"
	};
	/* NYC 311: 25 cannot be a month, so M/D/Y. */
	static const char *const nyc[] = {
		"12/25/2013 12:00:00 AM", "12/25/2013 03:15:22 PM"
	};
	/* ServiceNow: 29 cannot be a month. */
	static const char *const snow[] = {
		"29/2/2016 01:16", "1/3/2016 10:00"
	};
	static const char *const amb[] = { "03/04/2024", "05/06/2024" };
	struct tfmt f;
	size_t np;

	CHECK_INT(detect(cfpb, 3, 0, &f, &np), TDETECT_OK);
	CHECK_INT(f.kind, TFMT_DMY);
	CHECK_INT(f.sep, '-');
	CHECK_INT(np, 3);
	CHECK_STR(f.desc, "%d-%m-%Y");
	CHECK(desc_agrees(&f, f.desc, cfpb[0]));
	CHECK_INT(tp(&f, NULL, cfpb[0]), 1682553600);

	CHECK_INT(detect(nyc, 2, 0, &f, &np), TDETECT_OK);
	CHECK_INT(f.kind, TFMT_MDY);
	CHECK_INT(f.sep, '/');
	CHECK_STR(f.desc, "%m/%d/%Y %I:%M:%S %p");
	CHECK(desc_agrees(&f, f.desc, nyc[1]));
	CHECK_INT(tp(&f, NULL, nyc[1]), 1387929600 + 54922);

	CHECK_INT(detect(snow, 2, 0, &f, &np), TDETECT_OK);
	CHECK_INT(f.kind, TFMT_DMY);
	CHECK_STR(f.desc, "%d/%m/%Y %H:%M");
	CHECK(desc_agrees(&f, f.desc, snow[0]));
	CHECK_INT(tp(&f, NULL, snow[0]), 1456708560);

	CHECK_INT(detect(amb, 2, 1, &f, &np), TDETECT_AMBIGUOUS);
	CHECK_INT(f.kind, TFMT_DMY);
	CHECK_INT(np, 2);
	CHECK_STR(f.desc, "%d/%m/%Y");
	CHECK_STR(f.alt, "%m/%d/%Y");
}

static void
test_detect_rfc(void)
{
	static const char *const tw[] = {
		"Tue Oct 31 22:10:47 +0000 2017",
		"Wed Nov 01 08:00:00 +0000 2017"
	};
	static const char *const mail[] = { "Tue, 31 Oct 2017 22:10:47 +0000" };
	static const char *const ct[] = { "Wed Oct  4 09:05:00 2017" };
	struct tfmt f;
	size_t np;

	CHECK_INT(detect(tw, 2, 1, &f, &np), TDETECT_OK);
	CHECK_INT(f.kind, TFMT_RFC);
	CHECK_INT(np, 2);
	CHECK_STR(f.desc, "%a %b %d %H:%M:%S %z %Y");
	CHECK(desc_agrees(&f, f.desc, tw[0]));
	CHECK_INT(detect(mail, 1, 1, &f, &np), TDETECT_OK);
	CHECK_STR(f.desc, "%a, %d %b %Y %H:%M:%S %z");
	CHECK(desc_agrees(&f, f.desc, mail[0]));
	CHECK_INT(detect(ct, 1, 1, &f, &np), TDETECT_OK);
	CHECK_STR(f.desc, "%a %b %d %H:%M:%S %Y");
	CHECK(desc_agrees(&f, f.desc, ct[0]));
}

static void
test_detect_partial_none(void)
{
	static const char *const part[] = {
		"2024-01-05", "garbage", "2024-01-06", "2024-13-01"
	};
	static const char *const tie[] = { "x", "03/04/2024" };
	static const char *const none[] = { "hello", "world" };
	struct tfmt f;
	size_t np;

	CHECK_INT(detect(part, 4, 1, &f, &np), TDETECT_PARTIAL);
	CHECK_INT(f.kind, TFMT_ISO);
	CHECK_INT(np, 2);
	CHECK_STR(f.desc, "%Y-%m-%d");
	CHECK_INT(detect(tie, 2, 1, &f, &np), TDETECT_PARTIAL);
	CHECK_INT(f.kind, TFMT_DMY);
	CHECK_INT(np, 1);
	CHECK_STR(f.desc, "%d/%m/%Y");
	CHECK_STR(f.alt, "%m/%d/%Y");
	CHECK_INT(detect(none, 2, 1, &f, &np), TDETECT_NONE);
	CHECK_INT(np, 0);
	CHECK_INT(detect(none, 0, 1, &f, &np), TDETECT_NONE);
	CHECK_INT(np, 0);
}

static void
test_detect_epoch(void)
{
	static const char *const s[] = { "1704450030", "1509487847.5" };
	static const char *const ms[] = { "1704450030999", "1509487847000" };
	static const char *const shorts[] = { "12345", "678" };
	struct tfmt f;
	size_t np;

	CHECK_INT(detect(s, 2, 1, &f, &np), TDETECT_OK);
	CHECK_INT(f.kind, TFMT_EPOCH_S);
	CHECK_STR(f.desc, "epoch seconds");
	CHECK_INT(np, 2);
	CHECK_INT(detect(s, 2, 0, &f, &np), TDETECT_NONE);
	CHECK_INT(detect(ms, 2, 1, &f, &np), TDETECT_OK);
	CHECK_INT(f.kind, TFMT_EPOCH_MS);
	CHECK_STR(f.desc, "epoch milliseconds");
	CHECK_INT(tp(&f, NULL, ms[0]), B5T);
	CHECK_INT(detect(shorts, 2, 1, &f, &np), TDETECT_NONE);
}

static void
test_looks_like(void)
{
	static const char *const yes[] = {
		"2024-01-05", "27.04.2023", "Tue Oct 31 22:10:47 2017",
		"12/25/2013 03:15:22 PM", "13/12/2024", "2024-01-05T10:20:30Z"
	};
	static const char *const no[] = {
		"1704450030", "hello", "13/13/2024", "", "2024-02-30", "12.5"
	};
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		CHECK_INT(time_looks_like(yes[i], strlen(yes[i])), 1);
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		CHECK_INT(time_looks_like(no[i], strlen(no[i])), 0);
	/* Not NUL-terminated: only the first n bytes count. */
	CHECK_INT(time_looks_like("2024-01-05junk", 10), 1);
}

static void
test_format_iso(void)
{
	struct tz *ny = load("America/New_York");
	struct tz *ist = load("+05:30");
	struct tz *utc = load("UTC");
	struct tz *be = load("Europe/Berlin");
	char buf[64];

	CHECK(ny != NULL && ist != NULL && utc != NULL && be != NULL);
	CHECK_INT(time_format_iso(B5T, NULL, buf, sizeof(buf)), 20);
	CHECK_STR(buf, "2024-01-05T10:20:30Z");
	time_format_iso(B5T, utc, buf, sizeof(buf));
	CHECK_STR(buf, "2024-01-05T10:20:30Z");
	CHECK_INT(time_format_iso(B5T, ny, buf, sizeof(buf)), 25);
	CHECK_STR(buf, "2024-01-05T05:20:30-05:00");
	time_format_iso(B5T, ist, buf, sizeof(buf));
	CHECK_STR(buf, "2024-01-05T15:50:30+05:30");
	/* 1850-06-01T12:00 LMT = 11:06:32Z. */
	time_format_iso(INT64_C(-3773739208), be, buf, sizeof(buf));
	CHECK_STR(buf, "1850-06-01T12:00:00+00:53:28");
	time_format_iso(0, NULL, buf, sizeof(buf));
	CHECK_STR(buf, "1970-01-01T00:00:00Z");
	time_format_iso(-1, NULL, buf, sizeof(buf));
	CHECK_STR(buf, "1969-12-31T23:59:59Z");
	time_format_iso(INT64_C(253402300799), NULL, buf, sizeof(buf));
	CHECK_STR(buf, "9999-12-31T23:59:59Z");
	time_format_iso(INT64_C(-62135596800), NULL, buf, sizeof(buf));
	CHECK_STR(buf, "0001-01-01T00:00:00Z");
	/* Truncated like snprintf. */
	CHECK_INT(time_format_iso(B5T, NULL, buf, 8), 20);
	CHECK_STR(buf, "2024-01");
	CHECK_INT(time_format_iso(B5T, NULL, NULL, 0), 20);
	/* Parse and print agree. */
	CHECK_INT(iso("2024-01-05T05:20:30-05:00"), B5T);
	tz_free(ny);
	tz_free(ist);
	tz_free(utc);
	tz_free(be);
}

static const struct unit_test tests[] = {
	{ "civil_anchors", test_civil_anchors },
	{ "civil_roundtrip", test_civil_roundtrip },
	{ "iso", test_iso },
	{ "iso_offsets", test_iso_offsets },
	{ "dmy_mdy", test_dmy_mdy },
	{ "ampm", test_ampm },
	{ "rfc", test_rfc },
	{ "epoch", test_epoch },
	{ "custom", test_custom },
	{ "custom_errors", test_custom_errors },
	{ "leap_days", test_leap_days },
	{ "invalid", test_invalid },
	{ "tz_new_york", test_tz_new_york },
	{ "tz_berlin", test_tz_berlin },
	{ "tz_lord_howe", test_tz_lord_howe },
	{ "tz_footer", test_tz_footer },
	{ "tzif_files", test_tzif_files },
	{ "tz_load_errors", test_tz_load_errors },
	{ "tz_fixed", test_tz_fixed },
	{ "detect_iso", test_detect_iso },
	{ "detect_dmy_mdy", test_detect_dmy_mdy },
	{ "detect_rfc", test_detect_rfc },
	{ "detect_partial_none", test_detect_partial_none },
	{ "detect_epoch", test_detect_epoch },
	{ "looks_like", test_looks_like },
	{ "format_iso", test_format_iso },
};

UNIT_MAIN(tests)
