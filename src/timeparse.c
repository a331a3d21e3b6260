/* timeparse.c: parse, detect and print times; load time zones.
 *
 * A time is int64 seconds since the epoch, UTC, on the proleptic Gregorian
 * calendar.  Each format family has a small hand-written parser over a
 * pointer pair (no strptime, no sscanf, no locale, no allocation): it fills
 * the civil fields and a "shape" (separators, seconds, zone) that detection
 * turns into a strptime-style description.  finish() validates the fields
 * and converts them, through the zone when no offset was written.
 * Custom formats are kept as their directive string and interpreted at
 * each parse.  A zone is UTC, a fixed offset or a TZif file read once: its
 * transitions become two sorted arrays (instant, offset from then on) that
 * are searched by bisection, and its POSIX TZ footer rule covers the
 * instants after the last transition.  A loaded zone is never written to
 * again, so one may be shared freely.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "timeparse.h"
#include "util.h"

#define DAY		86400
#define TLIM		((int64_t)1 << 50)	/* footer rules: |t| limit */
#define TZIF_MAX	(1 << 22)		/* largest TZif file read */
#define TZIF_CNT	(1 << 20)		/* largest TZif count */
#define OFF_MAX		(7 * DAY)		/* largest |UTC offset| */

enum { TZ_UTC, TZ_FIXED, TZ_FILE };

/* Zone designators zone() accepts. */
#define ZOFF	1	/* Z, +hh, +hh:mm, +hhmm */
#define ZUTC	2	/* Z, UT, UTC, GMT */
#define ZUS	4	/* EST, EDT, CST, CDT, MST, MDT, PST, PDT */

/* A POSIX TZ rule date: Jn, n or Mm.w.d, and the local time of day. */
struct rdate {
	char	 kind;		/* 'J', 'n' or 'M' */
	int	 n;		/* J, n: the day; M: the month */
	int	 w;		/* M: week 1..5 (5: the last) */
	int	 wd;		/* M: weekday, 0 = Sunday */
	int32_t	 secs;		/* seconds after local midnight */
};

/* A POSIX TZ string: std offset, and maybe a DST offset and its dates. */
struct rule {
	int		 dst;
	int32_t		 stdoff;	/* seconds east of UTC */
	int32_t		 dstoff;
	struct rdate	 start;		/* in standard time */
	struct rdate	 end;		/* in daylight time */
};

struct tz {
	char		*name;
	int		 kind;
	int32_t		 off0;		/* the offset, or type 0 of a file */
	int32_t		 maxabs;	/* largest |offset| of the zone */
	size_t		 ntrans;
	int64_t		*trans;		/* transition instants, ascending */
	int32_t		*toff;		/* offset in force from trans[i] */
	int		 hasrule;
	struct rule	 rule;		/* after the last transition */
};

/* Civil fields of a parsed value. */
struct fields {
	int64_t	 y;
	int	 m, d, hh, mi, ss;
	int	 hasoff;
	int32_t	 off;
};

/* How a value was written, for tfmt_detect's description. */
struct shape {
	char	 dsep;		/* ISO date separator */
	char	 tsep;		/* 0: no time; 'T' or ' ' */
	char	 secs;		/* seconds present */
	char	 frac;		/* 0, '.' or ',' */
	char	 zone;		/* 0, 'z' (offset or Z) or 'Z' (a name) */
	char	 zsp;		/* a space before the zone */
	char	 ampm;		/* 0, ' ' (after a space) or 'n' (attached) */
	char	 wday;		/* 0, 'a' or 'A' */
	char	 comma;		/* a comma after the weekday */
	char	 mon;		/* 'b' or 'B' */
	char	 dayfirst;	/* RFC 2822 order */
};

/* Fields of a custom format beyond the civil ones. */
struct cfields {
	struct fields	 f;
	int		 pm;		/* -1: no %p */
	int		 yday;		/* %j, 0: none */
	int		 mdset;		/* %m, %d, %b... seen */
	int		 hasepoch;
	int64_t		 epoch;
};

static const char *const monthname[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

static const char *const dayname[7] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday"
};

static const char directives[] = "YymdeHIMSpbhBaAjfzZsTRDF%";

/* Character classes, ASCII only, no locale. */
static int
digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
alpha(int c)
{
	c = ascii_lower(c);
	return c >= 'a' && c <= 'z';
}

static int
blank(int c)
{
	return c == ' ' || c == '\t';
}

static int
space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* a + b, saturated to the int64 range. */
static int64_t
sadd(int64_t a, int64_t b)
{
	if (b > 0 && a > INT64_MAX - b)
		return INT64_MAX;
	if (b < 0 && a < INT64_MIN - b)
		return INT64_MIN;
	return a + b;
}

/* a / b rounded toward minus infinity; b > 0. */
static int64_t
fdiv(int64_t a, int64_t b)
{
	return a / b - (a % b < 0);
}

static int
leap(int64_t y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static int
mdays(int64_t y, int m)
{
	static const unsigned char n[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return m == 2 && leap(y) ? 29 : n[m - 1];
}

/*
 * time_days_from_civil: the day number (days since 1970-01-01) of y-m-d,
 * m 1..12 and d 1..31; exact for any year whose day number fits in int64
 * (|y| up to about 2.5e16).  Cannot fail.
 */
int64_t
time_days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era, yoe, doy, doe, mm = m;

	/* Years start on March 1 so the leap day ends them. */
	if (mm <= 2)
		y--;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (mm > 2 ? mm - 3 : mm + 9) + 2) / 5 + (int64_t)d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/*
 * time_civil_from_days: the civil date of day number days, the inverse of
 * time_days_from_civil.  Cannot fail.
 */
void
time_civil_from_days(int64_t days, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t z, era, doe, yoe, doy, mp;

	z = days + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
	*m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

/*
 * Lexing helpers.  Each takes a cursor *pp and the end e, and advances
 * the cursor only on success (0); -1 leaves it alone.
 */

/* min..max decimal digits (max <= 9). */
static int
num(const char **pp, const char *e, int min, int max, int *v)
{
	const char *p = *pp;
	int n = 0, k;

	for (k = 0; k < max && p < e && digit(*p); k++, p++)
		n = n * 10 + (*p - '0');
	if (k < min)
		return -1;
	*pp = p;
	*v = n;
	return 0;
}

/* Optional '-' and decimal digits, without overflow. */
static int
snum(const char **pp, const char *e, int64_t *v)
{
	const char *p = *pp;
	int64_t n = 0;
	int neg = 0, k;

	if (p < e && *p == '-') {
		neg = 1;
		p++;
	}
	for (k = 0; p < e && digit(*p); k++, p++) {
		if (n > (INT64_MAX - (*p - '0')) / 10)
			return -1;
		n = n * 10 + (*p - '0');
	}
	if (k == 0)
		return -1;
	*pp = p;
	*v = neg ? -n : n;
	return 0;
}

/* One or more blanks. */
static int
blanks(const char **pp, const char *e)
{
	const char *p = *pp;

	if (p >= e || !blank(*p))
		return -1;
	while (p < e && blank(*p))
		p++;
	*pp = p;
	return 0;
}

/* An English name from names or its 3-letter abbreviation, any case. */
static int
word(const char **pp, const char *e, const char *const *names, int nn,
    int *full)
{
	const char *p = *pp, *s = *pp;
	size_t len, k;
	int i;

	while (p < e && alpha(*p))
		p++;
	len = (size_t)(p - s);
	if (len < 3)
		return -1;
	for (i = 0; i < nn; i++) {
		if (len != 3 && len != strlen(names[i]))
			continue;
		for (k = 0; k < len && ascii_lower(s[k]) == names[i][k]; k++)
			;
		if (k == len) {
			*full = len > 3;
			*pp = p;
			return i;
		}
	}
	return -1;
}

/* A zone designator of the kinds in ok; *kind is 'z' or 'Z' (a name). */
static int
zone(const char **pp, const char *e, int ok, int32_t *off, char *kind)
{
	static const struct {
		char		name[4];
		signed char	hours;
		unsigned char	need;
	} names[] = {
		{ "z", 0, ZOFF | ZUTC }, { "ut", 0, ZUTC }, { "utc", 0, ZUTC },
		{ "gmt", 0, ZUTC }, { "est", -5, ZUS }, { "edt", -4, ZUS },
		{ "cst", -6, ZUS }, { "cdt", -5, ZUS }, { "mst", -7, ZUS },
		{ "mdt", -6, ZUS }, { "pst", -8, ZUS }, { "pdt", -7, ZUS }
	};
	const char *p = *pp, *s;
	size_t len, i, k;
	int h, m = 0, neg;

	if (p >= e)
		return -1;
	if (*p == '+' || *p == '-') {
		if (!(ok & ZOFF))
			return -1;
		neg = *p++ == '-';
		if (num(&p, e, 2, 2, &h) < 0)
			return -1;
		if (p < e && *p == ':') {
			p++;
			if (num(&p, e, 2, 2, &m) < 0)
				return -1;
		} else if (p < e && digit(*p) && num(&p, e, 2, 2, &m) < 0)
			return -1;
		if (h > 23 || m > 59)
			return -1;
		*off = (neg ? -1 : 1) * (h * 3600 + m * 60);
		*kind = 'z';
		*pp = p;
		return 0;
	}
	for (s = p; p < e && alpha(*p); p++)
		;
	len = (size_t)(p - s);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (!(ok & names[i].need) || strlen(names[i].name) != len)
			continue;
		for (k = 0; k < len && ascii_lower(s[k]) == names[i].name[k]; k++)
			;
		if (k == len) {
			*off = names[i].hours * 3600;
			*kind = i == 0 ? 'z' : 'Z';
			*pp = p;
			return 0;
		}
	}
	return -1;
}

/* AM/PM marker: am, AM, a.m., A.M. and the like. */
static int
ampm(const char **pp, const char *e, int *pm)
{
	const char *p = *pp;
	int c;

	if (p >= e)
		return -1;
	c = ascii_lower(*p);
	if (c != 'a' && c != 'p')
		return -1;
	p++;
	if (p < e && *p == '.')
		p++;
	if (p >= e || ascii_lower(*p) != 'm')
		return -1;
	p++;
	if (p < e && *p == '.')
		p++;
	*pm = c == 'p';
	*pp = p;
	return 0;
}

/* h:mm[:ss[(.|,)f+]], the hour of hmin..2 digits. */
static int
hms(const char **pp, const char *e, int hmin, int fracok, struct fields *f,
    struct shape *sh)
{
	const char *p = *pp;

	if (num(&p, e, hmin, 2, &f->hh) < 0 || p >= e || *p != ':')
		return -1;
	p++;
	if (num(&p, e, 2, 2, &f->mi) < 0)
		return -1;
	if (p < e && *p == ':') {
		p++;
		if (num(&p, e, 2, 2, &f->ss) < 0)
			return -1;
		sh->secs = 1;
		if (fracok && p < e && (*p == '.' || *p == ',')) {
			sh->frac = *p++;
			if (p >= e || !digit(*p))
				return -1;
			while (p < e && digit(*p))
				p++;
		}
	}
	*pp = p;
	return 0;
}

/* YYYY-MM-DD[(T| )hh:mm[:ss[.f]][ ][zone]], or with '/'. */
static int
iso(const char *p, const char *e, struct fields *f, struct shape *sh)
{
	int y;

	if (num(&p, e, 4, 4, &y) < 0 || p >= e || (*p != '-' && *p != '/'))
		return -1;
	sh->dsep = *p++;
	if (num(&p, e, 1, 2, &f->m) < 0 || p >= e || *p != sh->dsep)
		return -1;
	p++;
	if (num(&p, e, 1, 2, &f->d) < 0)
		return -1;
	f->y = y;
	if (p == e)
		return 0;
	if (*p != 'T' && *p != ' ')
		return -1;
	sh->tsep = *p++;
	if (hms(&p, e, 2, 1, f, sh) < 0)
		return -1;
	if (p < e && *p == ' ') {
		sh->zsp = 1;
		p++;
	}
	if (p < e) {
		if (zone(&p, e, ZOFF | ZUTC, &f->off, &sh->zone) < 0)
			return -1;
		f->hasoff = 1;
	}
	return p == e && (sh->zsp == 0 || f->hasoff) ? 0 : -1;
}

/* D/M/YYYY or M/D/YYYY [h:mm[:ss[.f]] [AM|PM]]; sep 0: any of / - . */
static int
dmy(const char *p, const char *e, int mdy, char sep, struct fields *f,
    struct shape *sh)
{
	int a, b, y, pm;

	if (num(&p, e, 1, 2, &a) < 0 || p >= e)
		return -1;
	if (sep == 0 && (*p == '/' || *p == '-' || *p == '.'))
		sep = *p;
	if (*p++ != sep || num(&p, e, 1, 2, &b) < 0 || p >= e ||
	    *p++ != sep || num(&p, e, 4, 4, &y) < 0)
		return -1;
	f->y = y;
	f->d = mdy ? b : a;
	f->m = mdy ? a : b;
	if (p == e)
		return 0;
	if (blanks(&p, e) < 0 || hms(&p, e, 1, 1, f, sh) < 0)
		return -1;
	sh->tsep = ' ';
	if (p < e) {
		sh->ampm = blanks(&p, e) == 0 ? ' ' : 'n';
		if (ampm(&p, e, &pm) < 0 || f->hh < 1 || f->hh > 12)
			return -1;
		f->hh = f->hh % 12 + (pm ? 12 : 0);
	}
	return p == e ? 0 : -1;
}

/*
 * [Wdy[,] ]Mon D hh:mm[:ss] [zone ]YYYY (ctime, Twitter) or
 * [Wdy[,] ]D Mon YYYY hh:mm[:ss][ zone] (RFC 2822).
 */
static int
rfc(const char *p, const char *e, struct fields *f, struct shape *sh)
{
	const char *q = p;
	int i = -1, full = 0, y;

	if (word(&q, e, dayname, 7, &full) >= 0) {
		p = q;
		sh->wday = full ? 'A' : 'a';
		if (p < e && *p == ',') {
			sh->comma = 1;
			p++;
		}
		if (blanks(&p, e) < 0)
			return -1;
	}
	if (p < e && alpha(*p)) {
		if ((i = word(&p, e, monthname, 12, &full)) < 0 ||
		    blanks(&p, e) < 0 || num(&p, e, 1, 2, &f->d) < 0 ||
		    blanks(&p, e) < 0 || hms(&p, e, 2, 0, f, sh) < 0 ||
		    blanks(&p, e) < 0)
			return -1;
		if (p < e && !digit(*p)) {
			if (zone(&p, e, ZOFF | ZUTC | ZUS, &f->off,
			    &sh->zone) < 0 || blanks(&p, e) < 0)
				return -1;
			f->hasoff = 1;
		}
		if (num(&p, e, 4, 4, &y) < 0)
			return -1;
	} else {
		sh->dayfirst = 1;
		if (num(&p, e, 1, 2, &f->d) < 0 || blanks(&p, e) < 0 ||
		    (i = word(&p, e, monthname, 12, &full)) < 0 ||
		    blanks(&p, e) < 0 || num(&p, e, 4, 4, &y) < 0 ||
		    blanks(&p, e) < 0 || hms(&p, e, 2, 0, f, sh) < 0)
			return -1;
		if (p < e) {
			if (blanks(&p, e) < 0 || zone(&p, e,
			    ZOFF | ZUTC | ZUS, &f->off, &sh->zone) < 0)
				return -1;
			f->hasoff = 1;
		}
	}
	f->y = y;
	f->m = i + 1;
	sh->mon = full ? 'B' : 'b';
	return p == e ? 0 : -1;
}

/* [-]digits[.digits] seconds, or [-]digits milliseconds; floored. */
static int
epoch(const char *p, const char *e, int ms, int64_t *out)
{
	int64_t v;
	int neg, fnz = 0;

	neg = p < e && *p == '-';
	if (snum(&p, e, &v) < 0)
		return -1;
	if (!ms && p < e && *p == '.') {
		p++;
		if (p >= e || !digit(*p))
			return -1;
		for (; p < e && digit(*p); p++)
			fnz |= *p != '0';
	}
	if (p != e)
		return -1;
	if (neg && fnz)
		v--;
	*out = ms ? fdiv(v, 1000) : v;
	return 0;
}

/* Match a custom directive string; see tfmt_compile. */
static int
match(const char *fmt, const char **pp, const char *e, struct cfields *c)
{
	const char *p = *pp;
	char kind;
	int v, full;

	for (; *fmt != '\0'; fmt++) {
		if (space(*fmt)) {
			while (p < e && space(*p))
				p++;
			continue;
		}
		if (*fmt != '%' || fmt[1] == '%') {
			if (*fmt == '%')
				fmt++;
			if (p >= e || *p != *fmt)
				return -1;
			p++;
			continue;
		}
		switch (*++fmt) {
		case 'Y':
			if (num(&p, e, 1, 4, &v) < 0)
				return -1;
			c->f.y = v;
			break;
		case 'y':
			if (num(&p, e, 1, 2, &v) < 0)
				return -1;
			c->f.y = v >= 69 ? 1900 + v : 2000 + v;
			break;
		case 'm':
			if (num(&p, e, 1, 2, &c->f.m) < 0)
				return -1;
			c->mdset = 1;
			break;
		case 'e':
			while (p < e && blank(*p))
				p++;
			/* FALLTHROUGH */
		case 'd':
			if (num(&p, e, 1, 2, &c->f.d) < 0)
				return -1;
			c->mdset = 1;
			break;
		case 'H':
			if (num(&p, e, 1, 2, &c->f.hh) < 0)
				return -1;
			break;
		case 'I':
			if (num(&p, e, 1, 2, &c->f.hh) < 0 ||
			    c->f.hh < 1 || c->f.hh > 12)
				return -1;
			break;
		case 'M':
			if (num(&p, e, 1, 2, &c->f.mi) < 0)
				return -1;
			break;
		case 'S':
			if (num(&p, e, 1, 2, &c->f.ss) < 0)
				return -1;
			break;
		case 'p':
			if (ampm(&p, e, &c->pm) < 0)
				return -1;
			break;
		case 'b':
		case 'h':
		case 'B':
			if ((v = word(&p, e, monthname, 12, &full)) < 0)
				return -1;
			c->f.m = v + 1;
			c->mdset = 1;
			break;
		case 'a':
		case 'A':
			if (word(&p, e, dayname, 7, &full) < 0)
				return -1;
			break;
		case 'j':
			if (num(&p, e, 1, 3, &c->yday) < 0 || c->yday == 0)
				return -1;
			break;
		case 'f':
			if (p >= e || !digit(*p))
				return -1;
			while (p < e && digit(*p))
				p++;
			break;
		case 'z':
		case 'Z':
			if (zone(&p, e, *fmt == 'z' ? ZOFF : ZUTC, &c->f.off,
			    &kind) < 0)
				return -1;
			c->f.hasoff = 1;
			break;
		case 's':
			if (snum(&p, e, &c->epoch) < 0)
				return -1;
			c->hasepoch = 1;
			break;
		case 'T':
		case 'R':
		case 'D':
		case 'F':
			if (match(*fmt == 'T' ? "%H:%M:%S" : *fmt == 'R' ?
			    "%H:%M" : *fmt == 'D' ? "%m/%d/%y" : "%Y-%m-%d",
			    &p, e, c) < 0)
				return -1;
			break;
		default:
			return -1;
		}
	}
	*pp = p;
	return 0;
}

/* Validate civil fields and convert them to UTC. */
static int
finish(const struct fields *f, const struct tz *tz, int64_t *out)
{
	int64_t local;

	if (f->m < 1 || f->m > 12 || f->d < 1 || f->d > mdays(f->y, f->m) ||
	    f->hh > 23 || f->mi > 59 || f->ss > 60)
		return -1;
	local = time_days_from_civil(f->y, (unsigned)f->m, (unsigned)f->d) *
	    DAY + f->hh * 3600 + f->mi * 60 + f->ss;
	*out = f->hasoff ? local - f->off : tz_local_to_utc(tz, local);
	return 0;
}

/* A whole value in a custom format. */
static int
custom(const char *spec, const struct tz *tz, const char *p, const char *e,
    int64_t *out)
{
	struct cfields c;
	int64_t y, days;
	unsigned m, d;

	memset(&c, 0, sizeof(c));
	c.f.y = 1970;
	c.f.m = 1;
	c.f.d = 1;
	c.pm = -1;
	if (match(spec, &p, e, &c) < 0 || p != e)
		return -1;
	if (c.hasepoch) {
		*out = c.epoch;
		return 0;
	}
	if (c.pm >= 0) {
		if (c.f.hh < 1 || c.f.hh > 12)
			return -1;
		c.f.hh = c.f.hh % 12 + (c.pm ? 12 : 0);
	}
	if (c.yday > 0) {
		days = time_days_from_civil(c.f.y, 1, 1) + c.yday - 1;
		time_civil_from_days(days, &y, &m, &d);
		if (y != c.f.y || (c.mdset && (c.f.m != (int)m ||
		    c.f.d != (int)d)))
			return -1;
		c.f.m = (int)m;
		c.f.d = (int)d;
	}
	return finish(&c.f, tz, out);
}

/* time_parse with the shape of the value. */
static int
parse(const struct tfmt *fmt, const struct tz *tz, const char *s, size_t n,
    int64_t *out, struct shape *sh)
{
	const char *p = s, *e;
	struct fields f;
	int r;

	if (s == NULL)
		return -1;
	e = s + n;
	while (p < e && blank(*p))
		p++;
	while (e > p && blank(e[-1]))
		e--;
	if (p == e)
		return -1;
	memset(sh, 0, sizeof(*sh));
	memset(&f, 0, sizeof(f));
	switch (fmt->kind) {
	case TFMT_ISO:
		r = iso(p, e, &f, sh);
		break;
	case TFMT_DMY:
	case TFMT_MDY:
		r = dmy(p, e, fmt->kind == TFMT_MDY, fmt->sep, &f, sh);
		break;
	case TFMT_RFC:
		r = rfc(p, e, &f, sh);
		break;
	case TFMT_EPOCH_S:
		return epoch(p, e, 0, out);
	case TFMT_EPOCH_MS:
		return epoch(p, e, 1, out);
	case TFMT_CUSTOM:
		return custom(fmt->spec, tz, p, e, out);
	default:
		return -1;
	}
	return r < 0 ? -1 : finish(&f, tz, out);
}

/*
 * time_parse: parse the n bytes at s in format fmt; a value without an
 * explicit offset or zone is local time in tz (NULL: UTC) and goes through
 * tz_local_to_utc.  Blanks around the value are ignored; the fraction of a
 * second is floored away.  Returns 0 and sets *out, or -1 when the value is
 * not a valid time in that format.
 */
int
time_parse(const struct tfmt *fmt, const struct tz *tz, const char *s,
    size_t n, int64_t *out)
{
	struct shape sh;

	return parse(fmt, tz, s, n, out, &sh);
}

/*
 * time_looks_like: 1 if the n bytes at s parse as ISO, RFC, D/M/Y or M/D/Y
 * (any separator), else 0; epoch numbers do not count.  Cannot fail.
 */
int
time_looks_like(const char *s, size_t n)
{
	static const enum tfmt_kind kinds[] = {
		TFMT_ISO, TFMT_RFC, TFMT_DMY, TFMT_MDY
	};
	struct tfmt f;
	struct shape sh;
	int64_t t;
	size_t i;

	memset(&f, 0, sizeof(f));
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		f.kind = kinds[i];
		if (parse(&f, NULL, s, n, &t, &sh) == 0)
			return 1;
	}
	return 0;
}

/*
 * tfmt_compile: a custom format from strptime-style directives: %Y (1-4
 * digits), %y (69-99: 19xx, else 20xx), %m %d %e %H %I %M %S (1-2 digits),
 * %p, %b %h %B (month names), %a %A (weekday names, not checked), %j
 * (1-3 digits), %f (fraction digits, dropped), %z (Z, +hh, +hh:mm,
 * +hhmm), %Z (UTC, GMT, UT, Z), %s (epoch seconds), %T %R %D %F and %%.
 * A whitespace character matches any run, even empty, of whitespace; any
 * other character matches itself.  Fields not given default to
 * 1970-01-01 00:00:00.  Returns 0, or -1 with err set (EXIT_USAGE) for an
 * empty or too long string, an unknown directive or a lone '%'.
 */
int
tfmt_compile(struct tfmt *f, const char *spec, struct gerr *err)
{
	size_t len = strlen(spec), i;

	if (len == 0) {
		gerr_set(err, EXIT_USAGE, "bad --time-format '': empty");
		goto fail;
	}
	if (len >= sizeof(f->spec)) {
		gerr_set(err, EXIT_USAGE, "bad --time-format '%s': longer "
		    "than %zu bytes", spec, sizeof(f->spec) - 1);
		goto fail;
	}
	for (i = 0; i < len; i++) {
		if (spec[i] != '%')
			continue;
		if (spec[++i] == '\0') {
			gerr_set(err, EXIT_USAGE, "bad --time-format '%s': "
			    "it ends with a lone '%%'", spec);
			goto fail;
		}
		if (strchr(directives, spec[i]) == NULL) {
			gerr_set(err, EXIT_USAGE, "bad --time-format '%s': "
			    "unknown directive '%%%c'", spec, spec[i]);
			goto fail;
		}
	}
	memset(f, 0, sizeof(*f));
	f->kind = TFMT_CUSTOM;
	memcpy(f->spec, spec, len + 1);
	memcpy(f->desc, spec, len + 1);
	return 0;
fail:
	gerr_hint(err, "directives: %%Y %%y %%m %%d %%e %%H %%I %%M %%S %%p "
	    "%%b %%B %%a %%A %%j %%f %%z %%Z %%s %%T %%R %%D %%F %%%%");
	return -1;
}

/* Append s at buf[*at], truncating at len - 1 bytes. */
static void
add(char *buf, size_t len, size_t *at, const char *s)
{
	while (*s != '\0' && *at + 1 < len)
		buf[(*at)++] = *s++;
	buf[*at] = '\0';
}

static void
addc(char *buf, size_t len, size_t *at, char c)
{
	char s[2];

	s[0] = c;
	s[1] = '\0';
	add(buf, len, at, s);
}

/* The time of day and zone parts of a description. */
static void
addclock(char *buf, size_t len, size_t *at, const struct shape *sh)
{
	add(buf, len, at, sh->ampm ? "%I:%M" : "%H:%M");
	if (sh->secs)
		add(buf, len, at, ":%S");
	if (sh->frac) {
		addc(buf, len, at, sh->frac);
		add(buf, len, at, "%f");
	}
	if (sh->ampm)
		add(buf, len, at, sh->ampm == ' ' ? " %p" : "%p");
}

/* A strptime-style description of a value of this kind and shape. */
static void
describe(enum tfmt_kind kind, char sep, const struct shape *sh, char *buf,
    size_t len)
{
	const char *mon = sh->mon == 'B' ? "%B" : "%b";
	size_t at = 0;

	buf[0] = '\0';
	switch (kind) {
	case TFMT_ISO:
		add(buf, len, &at, "%Y");
		addc(buf, len, &at, sh->dsep);
		add(buf, len, &at, "%m");
		addc(buf, len, &at, sh->dsep);
		add(buf, len, &at, "%d");
		if (sh->tsep) {
			addc(buf, len, &at, sh->tsep);
			addclock(buf, len, &at, sh);
		}
		if (sh->zsp)
			add(buf, len, &at, " ");
		if (sh->zone)
			add(buf, len, &at, sh->zone == 'z' ? "%z" : "%Z");
		break;
	case TFMT_DMY:
	case TFMT_MDY:
		add(buf, len, &at, kind == TFMT_DMY ? "%d" : "%m");
		addc(buf, len, &at, sep);
		add(buf, len, &at, kind == TFMT_DMY ? "%m" : "%d");
		addc(buf, len, &at, sep);
		add(buf, len, &at, "%Y");
		if (sh->tsep) {
			add(buf, len, &at, " ");
			addclock(buf, len, &at, sh);
		}
		break;
	case TFMT_RFC:
		if (sh->wday)
			add(buf, len, &at, sh->wday == 'A' ? "%A" : "%a");
		if (sh->comma)
			add(buf, len, &at, ",");
		if (sh->wday)
			add(buf, len, &at, " ");
		if (sh->dayfirst) {
			add(buf, len, &at, "%d ");
			add(buf, len, &at, mon);
			add(buf, len, &at, " %Y ");
			addclock(buf, len, &at, sh);
			if (sh->zone)
				add(buf, len, &at, sh->zone == 'z' ? " %z" :
				    " %Z");
		} else {
			add(buf, len, &at, mon);
			add(buf, len, &at, " %d ");
			addclock(buf, len, &at, sh);
			if (sh->zone)
				add(buf, len, &at, sh->zone == 'z' ? " %z" :
				    " %Z");
			add(buf, len, &at, " %Y");
		}
		break;
	case TFMT_EPOCH_S:
		add(buf, len, &at, "epoch seconds");
		break;
	case TFMT_EPOCH_MS:
		add(buf, len, &at, "epoch milliseconds");
		break;
	case TFMT_CUSTOM:
	default:
		break;
	}
}

/* Detection's own test for epoch values: 9-11 digits[.f], or 12-14. */
static int
epochlike(const char *s, size_t n, int ms)
{
	const char *p = s, *e = s + n, *d;

	while (p < e && blank(*p))
		p++;
	while (e > p && blank(e[-1]))
		e--;
	for (d = p; p < e && digit(*p); p++)
		;
	if (ms)
		return p == e && p - d >= 12 && p - d <= 14;
	if (p - d < 9 || p - d > 11)
		return 0;
	if (p < e && *p == '.')
		for (p++; p < e && digit(*p); p++)
			;
	return p == e;
}

/*
 * tfmt_detect: the format of n sample values (values[i] is lens[i] bytes,
 * not NUL-terminated).  The candidates, in order of preference, are ISO,
 * RFC, D/M/Y and M/D/Y with '/', '-' and '.', and when allow_epoch is set
 * epoch seconds (9-11 digits) and milliseconds (12-14 digits).  The first
 * to parse every value wins (TDETECT_OK), unless it is D/M/Y and M/D/Y
 * with the same separator parses every value too (TDETECT_AMBIGUOUS: *out
 * is D/M/Y, out->alt describes M/D/Y).  Otherwise the one parsing most
 * values wins (TDETECT_PARTIAL, alt set on a D/M/Y - M/D/Y tie), and when
 * nothing parses, TDETECT_NONE with *out set to ISO.  *nparsed is the
 * number of values *out parses.  Cannot fail; does not allocate.
 */
enum tdetect
tfmt_detect(const char *const *values, const size_t *lens, size_t n,
    int allow_epoch, struct tfmt *out, size_t *nparsed)
{
	static const struct {
		enum tfmt_kind	kind;
		char		sep;
	} cand[] = {
		{ TFMT_ISO, 0 }, { TFMT_RFC, 0 },
		{ TFMT_DMY, '/' }, { TFMT_MDY, '/' },
		{ TFMT_DMY, '-' }, { TFMT_MDY, '-' },
		{ TFMT_DMY, '.' }, { TFMT_MDY, '.' },
		{ TFMT_EPOCH_S, 0 }, { TFMT_EPOCH_MS, 0 }
	};
	enum { NCAND = sizeof(cand) / sizeof(cand[0]) };
	size_t cnt[NCAND], first[NCAND], c, i, best = 0;
	struct tfmt f;
	struct shape sh;
	enum tdetect r;
	int64_t t;
	int tie;

	memset(&f, 0, sizeof(f));
	for (c = 0; c < NCAND; c++) {
		cnt[c] = 0;
		first[c] = 0;
		if (!allow_epoch && (cand[c].kind == TFMT_EPOCH_S ||
		    cand[c].kind == TFMT_EPOCH_MS))
			continue;
		f.kind = cand[c].kind;
		f.sep = cand[c].sep;
		for (i = 0; i < n; i++) {
			if ((f.kind == TFMT_EPOCH_S ||
			    f.kind == TFMT_EPOCH_MS) && (values[i] == NULL ||
			    !epochlike(values[i], lens[i],
			    f.kind == TFMT_EPOCH_MS)))
				continue;
			if (parse(&f, NULL, values[i], lens[i], &t, &sh) == 0 &&
			    cnt[c]++ == 0)
				first[c] = i;
		}
		if (cnt[c] > cnt[best])
			best = c;
	}
	memset(out, 0, sizeof(*out));
	*nparsed = cnt[best];
	if (cnt[best] == 0) {
		out->kind = TFMT_ISO;
		memcpy(out->desc, "ISO 8601", sizeof("ISO 8601"));
		return TDETECT_NONE;
	}
	r = cnt[best] == n ? TDETECT_OK : TDETECT_PARTIAL;
	/* D/M/Y comes right before M/D/Y of the same separator. */
	tie = cand[best].kind == TFMT_DMY && cnt[best + 1] == cnt[best];
	out->kind = cand[best].kind;
	out->sep = cand[best].sep;
	f.kind = out->kind;
	f.sep = out->sep;
	parse(&f, NULL, values[first[best]], lens[first[best]], &t, &sh);
	describe(out->kind, out->sep, &sh, out->desc, sizeof(out->desc));
	if (tie) {
		f.kind = TFMT_MDY;
		parse(&f, NULL, values[first[best + 1]],
		    lens[first[best + 1]], &t, &sh);
		describe(TFMT_MDY, out->sep, &sh, out->alt, sizeof(out->alt));
		if (r == TDETECT_OK)
			r = TDETECT_AMBIGUOUS;
	}
	return r;
}

/*
 * Time zones.
 */

/* A POSIX TZ name: <...> or 3+ letters. */
static int
pname(const char **pp, const char *e)
{
	const char *p = *pp, *s;

	if (p < e && *p == '<') {
		for (s = ++p; p < e && *p != '>'; p++)
			if (!alpha(*p) && !digit(*p) && *p != '+' && *p != '-')
				return -1;
		if (p >= e || p == s)
			return -1;
		p++;
	} else {
		for (s = p; p < e && alpha(*p); p++)
			;
		if (p - s < 3)
			return -1;
	}
	*pp = p;
	return 0;
}

/* [+-]h[h[h]][:mm[:ss]], the hours at most maxh. */
static int
phms(const char **pp, const char *e, int maxh, int32_t *v)
{
	const char *p = *pp;
	int neg = 0, h, m = 0, s = 0;

	if (p < e && (*p == '+' || *p == '-'))
		neg = *p++ == '-';
	if (num(&p, e, 1, 3, &h) < 0 || h > maxh)
		return -1;
	if (p < e && *p == ':') {
		p++;
		if (num(&p, e, 1, 2, &m) < 0 || m > 59)
			return -1;
		if (p < e && *p == ':') {
			p++;
			if (num(&p, e, 1, 2, &s) < 0 || s > 59)
				return -1;
		}
	}
	*v = (neg ? -1 : 1) * (h * 3600 + m * 60 + s);
	*pp = p;
	return 0;
}

/* A rule date Jn, n or Mm.w.d and an optional /time (default 02:00). */
static int
pdate(const char **pp, const char *e, struct rdate *d)
{
	const char *p = *pp;

	memset(d, 0, sizeof(*d));
	if (p < e && *p == 'J') {
		p++;
		d->kind = 'J';
		if (num(&p, e, 1, 3, &d->n) < 0 || d->n < 1 || d->n > 365)
			return -1;
	} else if (p < e && digit(*p)) {
		d->kind = 'n';
		if (num(&p, e, 1, 3, &d->n) < 0 || d->n > 365)
			return -1;
	} else if (p < e && *p == 'M') {
		p++;
		d->kind = 'M';
		if (num(&p, e, 1, 2, &d->n) < 0 || d->n < 1 || d->n > 12 ||
		    p >= e || *p++ != '.' || num(&p, e, 1, 1, &d->w) < 0 ||
		    d->w < 1 || d->w > 5 || p >= e || *p++ != '.' ||
		    num(&p, e, 1, 1, &d->wd) < 0 || d->wd > 6)
			return -1;
	} else
		return -1;
	d->secs = 2 * 3600;
	if (p < e && *p == '/') {
		p++;
		if (phms(&p, e, 167, &d->secs) < 0)
			return -1;
	}
	*pp = p;
	return 0;
}

/* A POSIX TZ string (a TZif footer); no rule after DST: M3.2.0,M11.1.0. */
static int
posix(const char *p, const char *e, struct rule *r)
{
	int32_t v;

	memset(r, 0, sizeof(*r));
	if (pname(&p, e) < 0 || phms(&p, e, 24, &v) < 0)
		return -1;
	r->stdoff = -v;
	if (p == e)
		return 0;
	if (pname(&p, e) < 0)
		return -1;
	r->dst = 1;
	r->dstoff = r->stdoff + 3600;
	if (p < e && *p != ',') {
		if (phms(&p, e, 24, &v) < 0)
			return -1;
		r->dstoff = -v;
	}
	if (p == e) {
		r->start.kind = r->end.kind = 'M';
		r->start.n = 3;
		r->start.w = 2;
		r->end.n = 11;
		r->end.w = 1;
		r->start.secs = r->end.secs = 2 * 3600;
		return 0;
	}
	if (*p++ != ',' || pdate(&p, e, &r->start) < 0 || p >= e ||
	    *p++ != ',' || pdate(&p, e, &r->end) < 0)
		return -1;
	return p == e ? 0 : -1;
}

/* The day number of rule date d in year y. */
static int64_t
rday(const struct rdate *d, int64_t y)
{
	int64_t j1, d1, day;
	int wd;

	if (d->kind == 'J') {
		j1 = time_days_from_civil(y, 1, 1);
		return j1 + d->n - 1 + (leap(y) && d->n >= 60);
	}
	if (d->kind == 'n')
		return time_days_from_civil(y, 1, 1) + d->n;
	d1 = time_days_from_civil(y, (unsigned)d->n, 1);
	wd = (int)(((d1 + 4) % 7 + 7) % 7);	/* 1970-01-01: Thursday */
	day = d1 + (d->wd - wd + 7) % 7 + 7 * (d->w - 1);
	while (day >= d1 + mdays(y, d->n))
		day -= 7;
	return day;
}

/*
 * The offset rule r gives at t, and the span [*lo, *hi) it holds for:
 * the transitions of the years around t, sorted, and the last one at or
 * before t.  Far instants (|t| > TLIM) get standard time.
 */
static int32_t
rseg(const struct rule *r, int64_t t, int64_t *lo, int64_t *hi)
{
	struct {
		int64_t	at;
		int	dst;
	} ev[6], x;
	int64_t y;
	unsigned m, d;
	int i, j;

	*lo = INT64_MIN;
	*hi = INT64_MAX;
	if (!r->dst || t < -TLIM || t > TLIM)
		return r->stdoff;
	time_civil_from_days(fdiv(t + r->stdoff, DAY), &y, &m, &d);
	for (i = 0; i < 3; i++) {
		ev[2 * i].at = rday(&r->start, y + i - 1) * DAY +
		    r->start.secs - r->stdoff;
		ev[2 * i].dst = 1;
		ev[2 * i + 1].at = rday(&r->end, y + i - 1) * DAY +
		    r->end.secs - r->dstoff;
		ev[2 * i + 1].dst = 0;
	}
	/* Ties: the end of DST first, so DST all year stays DST. */
	for (i = 1; i < 6; i++)
		for (j = i; j > 0 && (ev[j].at < ev[j - 1].at ||
		    (ev[j].at == ev[j - 1].at && ev[j].dst < ev[j - 1].dst));
		    j--) {
			x = ev[j];
			ev[j] = ev[j - 1];
			ev[j - 1] = x;
		}
	for (j = -1, i = 0; i < 6 && ev[i].at <= t; i++)
		j = i;
	if (j < 0) {
		*hi = ev[0].at;
		return ev[0].dst ? r->stdoff : r->dstoff;
	}
	*lo = ev[j].at;
	if (j < 5)
		*hi = ev[j + 1].at;
	return ev[j].dst ? r->dstoff : r->stdoff;
}

/* The last i with a[i] <= t; a[0] <= t. */
static size_t
bisect(const int64_t *a, size_t n, int64_t t)
{
	size_t lo = 0, hi = n, mid;

	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (a[mid] <= t)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* The offset of tz at t and the span [*lo, *hi) it holds for. */
static int32_t
seg(const struct tz *tz, int64_t t, int64_t *lo, int64_t *hi)
{
	size_t i, n;
	int32_t o;

	*lo = INT64_MIN;
	*hi = INT64_MAX;
	if (tz == NULL)
		return 0;
	if (tz->kind != TZ_FILE)
		return tz->off0;
	n = tz->ntrans;
	if (n == 0)
		return tz->hasrule ? rseg(&tz->rule, t, lo, hi) : tz->off0;
	if (t < tz->trans[0]) {
		*hi = tz->trans[0];
		return tz->off0;
	}
	i = bisect(tz->trans, n, t);
	if (i + 1 < n) {
		*lo = tz->trans[i];
		*hi = tz->trans[i + 1];
		return tz->toff[i];
	}
	if (!tz->hasrule) {
		*lo = tz->trans[i];
		return tz->toff[i];
	}
	o = rseg(&tz->rule, t, lo, hi);
	if (*lo < tz->trans[i])
		*lo = tz->trans[i];
	return o;
}

/*
 * tz_offset_at: the seconds to add to the UTC instant utc to get local
 * time in tz (NULL: UTC).  Before a zone's first transition its first
 * time type holds (local mean time); after the last, its POSIX TZ rule.
 * Cannot fail.
 */
int32_t
tz_offset_at(const struct tz *tz, int64_t utc)
{
	int64_t lo, hi;

	return seg(tz, utc, &lo, &hi);
}

/*
 * tz_local_to_utc: the UTC instant of local wall-clock time local (seconds
 * as if local were UTC) in tz (NULL: UTC).  A local time in a gap (spring
 * forward: it does not exist) is read with the offset in force before the
 * transition, so it lands that many seconds after the transition: 02:30 on
 * a day that skips from 02:00 to 03:00 becomes 03:30.  A local time in an
 * overlap (fall back: it occurs twice) is the earlier instant, its first
 * occurrence.  Walks the spans of constant offset over [local - m,
 * local + m], m the zone's largest |offset|, keeping the first whose
 * offset maps local into itself.  Cannot fail.
 */
int64_t
tz_local_to_utc(const struct tz *tz, int64_t local)
{
	int64_t lo, hi, u, t, end;
	int32_t o, o0 = 0, prev = 0;
	int k;

	if (tz == NULL)
		return local;
	if (tz->kind != TZ_FILE)
		return sadd(local, -(int64_t)tz->off0);
	t = sadd(local, -(int64_t)tz->maxabs);
	end = sadd(local, tz->maxabs);
	for (k = 0; k < 16; k++) {
		o = seg(tz, t, &lo, &hi);
		u = sadd(local, -(int64_t)o);
		if (u >= lo && u < hi)
			return u;
		if (k == 0)
			o0 = o;
		else if (o != prev && sadd(local, -(int64_t)prev) >= lo &&
		    u < lo)
			return sadd(local, -(int64_t)prev);	/* a gap */
		if (hi == INT64_MAX || hi > end)
			break;
		prev = o;
		t = hi;
	}
	return sadd(local, -(int64_t)o0);
}

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

static int32_t
s32(uint32_t v)
{
	return v > INT32_MAX ? -(int32_t)~v - 1 : (int32_t)v;
}

static int64_t
s64(const unsigned char *p)
{
	uint64_t v = (uint64_t)be32(p) << 32 | be32(p + 4);

	return v > INT64_MAX ? -(int64_t)~v - 1 : (int64_t)v;
}

/* Bytes of a TZif data block with these counts and time size. */
static size_t
block(const size_t *c, size_t tsz)
{
	/* c: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt */
	return c[3] * tsz + c[3] + c[4] * 6 + c[5] + c[2] * (tsz + 4) +
	    c[1] + c[0];
}

/* The six counts of a TZif header; -1 if one is absurd. */
static int
counts(const unsigned char *h, size_t *c)
{
	int i;

	for (i = 0; i < 6; i++)
		if ((c[i] = be32(h + 20 + 4 * i)) > TZIF_CNT)
			return -1;
	return 0;
}

static int32_t
iabs(int32_t v)
{
	return v < 0 ? -v : v;
}

/* Parse the TZif file b[0..len) into tz (versions 1 to 4). */
static int
tzif(struct tz *tz, const unsigned char *b, size_t len)
{
	const unsigned char *ty, *q;
	size_t c[6], pos = 44, tsz = 4, need, i;
	int32_t o;
	int ver;

	if (len < 44 || memcmp(b, "TZif", 4) != 0 || counts(b, c) < 0)
		return -1;
	ver = b[4];
	if (ver >= '2') {
		pos = 44 + block(c, 4);
		if (len < pos + 44 || memcmp(b + pos, "TZif", 4) != 0 ||
		    counts(b + pos, c) < 0)
			return -1;
		pos += 44;
		tsz = 8;
	}
	need = block(c, tsz);
	if (len - pos < need || c[4] == 0 || c[4] > 256)
		return -1;
	ty = b + pos + c[3] * tsz + c[3];
	for (i = 0; i < c[4]; i++) {
		o = s32(be32(ty + 6 * i));
		if (o < -OFF_MAX || o > OFF_MAX)
			return -1;
		if (iabs(o) > tz->maxabs)
			tz->maxabs = iabs(o);
	}
	tz->off0 = s32(be32(ty));
	tz->ntrans = c[3];
	tz->trans = xreallocarray(NULL, c[3] + 1, sizeof(*tz->trans));
	tz->toff = xreallocarray(NULL, c[3] + 1, sizeof(*tz->toff));
	for (i = 0; i < c[3]; i++) {
		q = b + pos + i * tsz;
		tz->trans[i] = tsz == 8 ? s64(q) : s32(be32(q));
		if (i > 0 && tz->trans[i] < tz->trans[i - 1])
			return -1;
		q = b + pos + c[3] * tsz + i;
		if (*q >= c[4])
			return -1;
		tz->toff[i] = s32(be32(ty + 6 * *q));
	}
	/* The footer: "\nTZ string\n"; an empty string means no rule. */
	pos += need;
	if (ver >= '2' && pos < len && b[pos] == '\n' &&
	    (q = memchr(b + pos + 1, '\n', len - pos - 1)) != NULL &&
	    q > b + pos + 1) {
		if (posix((const char *)b + pos + 1, (const char *)q,
		    &tz->rule) < 0)
			return -1;
		tz->hasrule = 1;
		if (iabs(tz->rule.stdoff) > tz->maxabs)
			tz->maxabs = iabs(tz->rule.stdoff);
		if (tz->rule.dst && iabs(tz->rule.dstoff) > tz->maxabs)
			tz->maxabs = iabs(tz->rule.dstoff);
	}
	return 0;
}

/* The whole file at path, or NULL. */
static unsigned char *
slurp(const char *path, size_t *lenp)
{
	FILE *fp;
	unsigned char *b = NULL;
	size_t len = 0, cap = 0, r;

	if ((fp = fopen(path, "rb")) == NULL)
		return NULL;
	for (;;) {
		if (len == cap) {
			if (cap >= TZIF_MAX)
				break;
			cap = cap ? cap * 2 : 4096;
			b = xrealloc(b, cap);
		}
		if ((r = fread(b + len, 1, cap - len, fp)) == 0)
			break;
		len += r;
	}
	if (ferror(fp) || len == cap) {
		fclose(fp);
		free(b);
		return NULL;
	}
	fclose(fp);
	*lenp = len;
	return b;
}

/* An IANA name we may read: [A-Za-z0-9_+-/], no "..", not absolute. */
static int
goodname(const char *s)
{
	const char *p;

	if (*s == '\0' || *s == '/' || strlen(s) > 255 ||
	    strstr(s, "..") != NULL)
		return 0;
	for (p = s; *p != '\0'; p++)
		if (!alpha(*p) && !digit(*p) && *p != '_' && *p != '+' &&
		    *p != '-' && *p != '/')
			return 0;
	return 1;
}

static struct tz *
mkzone(const char *name, int kind, int32_t off)
{
	struct tz *tz;

	tz = xcalloc(1, sizeof(*tz));
	tz->name = xstrdup(name);
	tz->kind = kind;
	tz->off0 = off;
	tz->maxabs = iabs(off);
	return tz;
}

/* The zone file name under $TZDIR or /usr/share/zoneinfo, or NULL. */
static struct tz *
tzfile(const char *name)
{
	const char *dir;
	char path[4096];
	unsigned char *b;
	struct tz *tz;
	size_t len;
	int n;

	if ((dir = getenv("TZDIR")) == NULL || *dir == '\0')
		dir = "/usr/share/zoneinfo";
	n = snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (n < 0 || (size_t)n >= sizeof(path))
		return NULL;
	if ((b = slurp(path, &len)) == NULL)
		return NULL;
	tz = mkzone(name, TZ_FILE, 0);
	if (tzif(tz, b, len) < 0) {
		tz_free(tz);
		tz = NULL;
	}
	free(b);
	return tz;
}

/*
 * tz_load: the zone called name: "UTC", "GMT", "Z" or "" (any case) for
 * UTC; "+05:30", "-0800", "+02" for a fixed offset; else an IANA name
 * read as a TZif file from $TZDIR, or /usr/share/zoneinfo when TZDIR is
 * unset.  Returns the zone, to be freed with tz_free, or NULL with err
 * set (EXIT_USAGE, with a hint) when the name is not a zone.
 */
struct tz *
tz_load(const char *name, struct gerr *err)
{
	struct slice sl;
	const char *p, *e;
	struct tz *tz;
	int32_t off;
	char kind;

	if (name == NULL)
		name = "UTC";
	sl = slice_str(name);
	if (sl.len == 0 || slice_caseeq(sl, "utc") || slice_caseeq(sl, "gmt") ||
	    slice_caseeq(sl, "z"))
		return mkzone(name, TZ_UTC, 0);
	p = name;
	e = name + sl.len;
	if ((*p == '+' || *p == '-') && zone(&p, e, ZOFF, &off, &kind) == 0 &&
	    p == e)
		return mkzone(name, TZ_FIXED, off);
	if (goodname(name) && (tz = tzfile(name)) != NULL)
		return tz;
	gerr_set(err, EXIT_USAGE, "unknown time zone '%s'", name);
	gerr_hint(err, "use an IANA name such as Europe/Berlin or "
	    "America/New_York, or an offset such as +05:30");
	return NULL;
}

/* tz_free: free a zone from tz_load; NULL is accepted.  Cannot fail. */
void
tz_free(struct tz *tz)
{
	if (tz == NULL)
		return;
	free(tz->name);
	free(tz->trans);
	free(tz->toff);
	free(tz);
}

/* tz_name: the name tz was loaded by; "UTC" for NULL.  Cannot fail. */
const char *
tz_name(const struct tz *tz)
{
	return tz == NULL ? "UTC" : tz->name;
}

/*
 * time_format_iso: t as "YYYY-MM-DDThh:mm:ssZ" when tz is NULL or UTC,
 * else as local time with its offset, "YYYY-MM-DDThh:mm:ss+hh:mm"
 * (+hh:mm:ss for an offset of odd seconds), into buf of n bytes,
 * NUL-terminated and truncated like snprintf.  Returns the length of the
 * whole text, as snprintf does.  Cannot fail.
 */
size_t
time_format_iso(int64_t t, const struct tz *tz, char *buf, size_t n)
{
	int64_t local, days, secs, y;
	unsigned m, d;
	int32_t off, a;
	char zbuf[16];
	int r;

	off = tz_offset_at(tz, t);
	local = sadd(t, off);
	days = fdiv(local, DAY);
	secs = local % DAY;
	if (secs < 0)
		secs += DAY;
	time_civil_from_days(days, &y, &m, &d);
	a = iabs(off);
	if (tz == NULL || tz->kind == TZ_UTC)
		memcpy(zbuf, "Z", 2);
	else if (a % 60 != 0)
		snprintf(zbuf, sizeof(zbuf), "%c%02d:%02d:%02d",
		    off < 0 ? '-' : '+', (int)(a / 3600), (int)(a / 60 % 60),
		    (int)(a % 60));
	else
		snprintf(zbuf, sizeof(zbuf), "%c%02d:%02d",
		    off < 0 ? '-' : '+', (int)(a / 3600), (int)(a / 60 % 60));
	r = snprintf(buf, n, "%04" PRId64 "-%02u-%02uT%02d:%02d:%02d%s", y, m,
	    d, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60),
	    zbuf);
	return r < 0 ? 0 : (size_t)r;
}
