/* reader.h: the input stream: files, header, roles, times, bad records. */
#ifndef GRIPE_READER_H
#define GRIPE_READER_H

#include <stddef.h>
#include <stdint.h>

#include "csvin.h"
#include "diag.h"
#include "roles.h"
#include "timeparse.h"

/* Why a record was rejected. */
enum bad_reason {
	BAD_FIELDS,		/* wrong number of fields */
	BAD_TIME,		/* a mapped time column does not parse */
	BAD_QUOTE,		/* unterminated or (--strict) stray quote */
	BAD_HEADER,		/* the header again (files joined with cat) */
	BAD_COUNT
};

/* The time roles, in the order of row.t[]. */
enum { TR_TIME, TR_OPENED, TR_CLOSED, TR_CHURN_DATE, TR_COUNT };

struct reader_opts {
	char *const			*files;		/* none: stdin */
	size_t				 nfiles;
	int				 delim;		/* 0: ',' (tab: .tsv) */
	int				 strict;
	int				 skip_bad;
	int				 report_bad;	/* 2 from reader_next */
	const char			*rejects;	/* path or NULL */
	const struct col_override	*cols;
	size_t				 ncols;
	char *const			*na;		/* --na markers */
	size_t				 nna;
	const struct tz			*tz;
	const struct tfmt		*tfmt[TR_COUNT];	/* NULL: detect */
	int				 decode_times;
	int				 need_time;
	size_t				 max_field;	/* 0: no limit */
	size_t				 max_fields;	/* 0: no limit */
	int				 progress;	/* a progress line */
};

/*
 * One data record of the stream.  fields point into the reader and stay
 * valid until the next reader_next.  t[] holds the decoded time roles
 * (TIME_NONE when the value is missing or times are not decoded).
 */
struct row {
	const char		*file;
	size_t			 fileno;	/* 0-based index of the file */
	unsigned long		 line;
	const struct slice	*fields;
	size_t			 nfields;
	const struct rolecols	*rc;
	int64_t			 t[TR_COUNT];
	char *const		*na;
	size_t			 nna;
};

struct reader;

struct reader		*reader_new(const struct reader_opts *,
			    struct gerr *);
int			 reader_next(struct reader *, struct row *,
			    struct gerr *);
int			 reader_finish(struct reader *, struct gerr *);
void			 reader_free(struct reader *);
const struct rolemap	*reader_roles(const struct reader *);
const struct slice	*reader_header(const struct reader *, size_t *);
const struct tfmt	*reader_tfmt(const struct reader *, int);
unsigned long		 reader_nrecords(const struct reader *);
unsigned long		 reader_nbad(const struct reader *, int);
const char		*reader_bad_name(int);
void			 reader_file_counts(const struct reader *, size_t,
			    unsigned long *, unsigned long *);
size_t			 reader_nfiles(const struct reader *);
const char		*reader_file_name(const struct reader *, size_t);
const char		*reader_rejects(const struct reader *);

int			 reader_settle(struct tfmt *);
int			 reader_na_marked(char *const *, size_t, struct slice);

/* Inline: a row's values are looked up a dozen times a row. */

/* reader_is_na: whether a value is missing: empty, only blanks (spaces
 * and tabs), or a --na marker. */
static inline int
reader_is_na(char *const *na, size_t nna, struct slice v)
{
	if (v.len == 0)
		return 1;
	if (nna == 0 && v.p[0] != ' ' && v.p[0] != '\t')
		return 0;
	return reader_na_marked(na, nna, v);
}

/* row_value: field c of the row, empty when missing (or c < 0). */
static inline struct slice
row_value(const struct row *w, int c)
{
	struct slice none = { "", 0 };

	if (c < 0 || (size_t)c >= w->nfields ||
	    reader_is_na(w->na, w->nna, w->fields[c]))
		return none;
	return w->fields[c];
}

/* row_role: the row's value for a role (the first text column for
 * ROLE_TEXT), empty when missing or unmapped. */
static inline struct slice
row_role(const struct row *w, enum role r)
{
	return row_value(w, w->rc->col[r]);
}
enum role		 time_role_of(int);

#endif
