/* csvin.h: libcsv behind a record iterator. */
#ifndef GRIPE_CSVIN_H
#define GRIPE_CSVIN_H

#include <stddef.h>
#include <sys/types.h>

#include "diag.h"
#include "util.h"

/* Where the bytes come from: returns bytes read, 0 at the end, -1 with e
 * set on error (input_read has this shape). */
typedef ssize_t (*csvin_read_fn)(void *, void *, size_t, struct gerr *);

struct csvin_opts {
	int	 delim;		/* field separator byte */
	int	 strict;	/* a stray quote is an error, not a character */
	int	 keep_raw;	/* fill csvrec.raw (for --rejects) */
	size_t	 bufsize;	/* read size; 0 = default (256 KiB) */
	size_t	 max_field;	/* longest field in bytes; 0 = no limit */
	size_t	 max_fields;	/* most fields in a record; 0 = no limit */
};

/*
 * One record.  fields and raw point into the reader's buffers and stay
 * valid until the next csvin_next or csvin_free.  line is the input line
 * where the record starts (LF, CRLF and a lone CR each end a line); recno
 * counts records from 1 (the header is record 1).  raw holds the record's
 * bytes exactly as read, line end included, when keep_raw is set, after
 * any blank lines that came before it: the raw bytes of all records put
 * together give back the input but for a UTF-8 byte order mark at its
 * start and blank lines at its very end.
 */
struct csvrec {
	struct slice	*fields;
	size_t		 nfields;
	unsigned long	 line;
	unsigned long	 recno;
	struct slice	 raw;
};

enum {
	CSVIN_ERR = -1,		/* fatal: I/O error, not CSV text */
	CSVIN_EOF = 0,		/* no more records */
	CSVIN_REC = 1,		/* *rec is a record */
	CSVIN_BAD = 2		/* *rec (line, raw) is unusable; e says why */
};

struct csvin	*csvin_new(csvin_read_fn, void *, const char *,
		    const struct csvin_opts *);
int		 csvin_next(struct csvin *, struct csvrec *, struct gerr *);
void		 csvin_free(struct csvin *);

#endif
