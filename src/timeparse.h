/* timeparse.h: time formats, their detection, and time zones. */
#ifndef GRIPE_TIMEPARSE_H
#define GRIPE_TIMEPARSE_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"

/* Seconds since 1970-01-01T00:00:00Z; fractions of a second are dropped
 * (floored).  TIME_NONE marks "no time". */
#define TIME_NONE INT64_MIN

enum tfmt_kind {
	TFMT_ISO,	/* YYYY-MM-DD[(T| )hh:mm[:ss[.f]]][Z|+hh[:mm]|+hhmm] */
	TFMT_DMY,	/* D/M/YYYY [h:mm[:ss[.f]]] [AM|PM]; sep / - or . */
	TFMT_MDY,	/* M/D/YYYY [h:mm[:ss[.f]]] [AM|PM]; sep / - or . */
	TFMT_RFC,	/* "Tue Oct 31 22:10:47 +0000 2017", RFC 2822 */
	TFMT_EPOCH_S,	/* Unix seconds, optional fraction */
	TFMT_EPOCH_MS,	/* Unix milliseconds */
	TFMT_CUSTOM	/* strptime-style directives (--time-format) */
};

/*
 * A compiled time format.  Built by tfmt_compile (--time-format) or
 * tfmt_detect (from sample values); plain data, no pointers to free.
 * desc is a strptime-style description for people, e.g. "%d-%m-%Y %H:%M"
 * or "ISO 8601"; for TFMT_CUSTOM it is the directive string itself.
 */
struct tfmt {
	enum tfmt_kind	kind;
	char		sep;		/* DMY/MDY date separator */
	char		desc[64];
	char		alt[64];	/* TDETECT_AMBIGUOUS: the MDY reading */
	char		spec[64];	/* TFMT_CUSTOM: the directives */
};

struct tz;

/* Detection outcome (tfmt_detect). */
enum tdetect {
	TDETECT_OK,		/* *out is a format that parses all samples */
	TDETECT_PARTIAL,	/* *out parses some samples, not all */
	TDETECT_AMBIGUOUS,	/* day/month order unknown: DMY and MDY both fit */
	TDETECT_NONE		/* no known format parses any sample */
};

int	 tfmt_compile(struct tfmt *, const char *, struct gerr *);
enum tdetect tfmt_detect(const char *const *, const size_t *, size_t, int,
	    struct tfmt *, size_t *);
int	 time_parse(const struct tfmt *, const struct tz *, const char *,
	    size_t, int64_t *);
int	 time_looks_like(const char *, size_t);

struct tz	*tz_load(const char *, struct gerr *);
void		 tz_free(struct tz *);
const char	*tz_name(const struct tz *);
int64_t		 tz_local_to_utc(const struct tz *, int64_t);
int32_t		 tz_offset_at(const struct tz *, int64_t);

int64_t	 time_days_from_civil(int64_t, unsigned, unsigned);
void	 time_civil_from_days(int64_t, int64_t *, unsigned *, unsigned *);
size_t	 time_format_iso(int64_t, const struct tz *, char *, size_t);

#endif
