/* csvin.c: libcsv behind a record iterator.
 *
 * libcsv is a push parser that reports fields and record ends through
 * callbacks and knows nothing of lines.  To give every record its start
 * line and its raw bytes, the reader hands libcsv one line-sized piece at a
 * time: a piece ends just after a line end (LF, CR, or CRLF taken
 * together), or at the end of the buffered bytes.  Because a record can
 * only end at a line end outside quotes, at most one record completes per
 * piece, and it completes exactly at the piece's end.  A record that begins
 * in a piece begins at its first byte, since only line ends are skipped
 * between records.  Example, input "a,b\r\n\"x\ny\",z\n":
 *
 *	piece "a,b\r\n"   record 1 (line 1) ends here
 *	piece "\"x\n"     record 2 begins (line 2), quoted field open
 *	piece "y\",z\n"   record 2 ends: fields "x\ny", "z"
 *
 * Fields are copied from libcsv's buffer into one reused buffer; nothing is
 * allocated per field or per record once the buffers have grown.  libcsv
 * trims spaces around unquoted fields unless told otherwise, so a space
 * predicate that says "never a space" keeps every byte.  Without --strict
 * a quote inside an unquoted field is an ordinary character (libcsv's
 * non-strict mode); an unterminated quote at the end of input is always an
 * error, which libcsv's CSV_STRICT_FINI only reports in strict mode, so
 * the reader checks for it itself.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "csvin.h"

/* libcsv's parser states (libcsv.c), read from struct csv_parser. */
#define PSTATE_ROW_NOT_BEGUN	0
#define PSTATE_FIELD_BEGUN	2

#define DEFAULT_BUFSIZE	(256 * 1024)

struct csvin {
	struct csv_parser	 p;
	csvin_read_fn		 read;
	void			*ctx;
	const char		*name;
	struct csvin_opts	 o;
	size_t			 blk;		/* libcsv growth step */

	char			*ibuf;		/* bytes read, [ipos, iend) unused */
	size_t			 isize;
	size_t			 ipos;
	size_t			 iend;
	size_t			 cr;		/* the first CR from ipos on, or
					   crend when none before it */
	size_t			 crend;		/* how far that was looked for */
	int			 eof;
	int			 started;	/* BOM check done */
	int			 skip_eol;	/* bad record: drop to line end */
	int			 raw_stale;	/* raw was handed out */
	size_t			 longest;	/* longest field of the record */
	size_t			 longest_at;	/* its index */
	int			 done;

	unsigned long		 line;		/* line of the next byte */
	unsigned long		 recno;

	/* the record being built */
	int			 in_rec;
	int			 rec_done;
	unsigned long		 rec_line;
	struct buf		 fbuf;		/* field bytes */
	size_t			*foff;		/* start, length pairs */
	size_t			 nf;
	size_t			 fcap;
	int			 too_many;	/* past max_fields */
	struct slice		*fields;
	size_t			 slcap;
	struct buf		 raw;
};

static int
never_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void
on_field(void *p, size_t len, void *data)
{
	struct csvin *c = data;

	if (c->o.max_fields > 0 && c->nf >= c->o.max_fields) {
		c->too_many = 1;	/* reported after the piece */
		return;
	}
	if (c->nf == c->fcap) {
		c->fcap = c->fcap ? c->fcap * 2 : 32;
		c->foff = xreallocarray(c->foff, c->fcap, 2 * sizeof(size_t));
	}
	if (len > c->longest) {
		c->longest = len;
		c->longest_at = c->nf;
	}
	c->foff[2 * c->nf] = c->fbuf.len;
	c->foff[2 * c->nf + 1] = len;
	c->nf++;
	buf_add(&c->fbuf, p, len);
}

static void
on_record(int term, void *data)
{
	struct csvin *c = data;

	(void)term;
	c->rec_done = 1;
}

static void
parser_setup(struct csvin *c)
{
	csv_init(&c->p, c->o.strict ? CSV_STRICT : 0);
	csv_set_delim(&c->p, (unsigned char)c->o.delim);
	csv_set_space_func(&c->p, never_space);
	c->blk = 4096;
	csv_set_blk_size(&c->p, c->blk);
}

/* Throw away a half-parsed record: start libcsv afresh. */
static void
parser_reset(struct csvin *c)
{
	csv_free(&c->p);
	parser_setup(c);
}

/*
 * csvin_new: a reader of CSV records from read(ctx, ...); name is used in
 * messages and must outlive the reader.  Cannot fail (out of memory exits).
 */
struct csvin *
csvin_new(csvin_read_fn read, void *ctx, const char *name,
    const struct csvin_opts *o)
{
	struct csvin *c = xcalloc(1, sizeof(*c));

	c->read = read;
	c->ctx = ctx;
	c->name = name;
	c->o = *o;
	if (c->o.delim == 0)
		c->o.delim = ',';
	c->isize = c->o.bufsize ? c->o.bufsize : DEFAULT_BUFSIZE;
	if (c->isize < 4)
		c->isize = 4;
	c->ibuf = xmalloc(c->isize);
	c->line = 1;
	buf_init(&c->fbuf);
	buf_init(&c->raw);
	parser_setup(c);
	return c;
}

/* csvin_free: release the reader; accepts NULL. */
void
csvin_free(struct csvin *c)
{
	if (c == NULL)
		return;
	csv_free(&c->p);
	free(c->ibuf);
	free(c->foff);
	free(c->fields);
	buf_fini(&c->fbuf);
	buf_fini(&c->raw);
	free(c);
}

/* Read more bytes after [ipos, iend), moving them to the front first and
 * growing the buffer if it is full.  Returns 0, or -1 with e set. */
static int
fill(struct csvin *c, struct gerr *e)
{
	ssize_t n;

	if (c->ipos > 0) {
		memmove(c->ibuf, c->ibuf + c->ipos, c->iend - c->ipos);
		c->iend -= c->ipos;
		c->cr = c->cr > c->ipos ? c->cr - c->ipos : 0;
		c->crend = c->crend > c->ipos ? c->crend - c->ipos : 0;
		c->ipos = 0;
	}
	if (c->iend == c->isize) {
		c->isize *= 2;
		c->ibuf = xrealloc(c->ibuf, c->isize);
	}
	n = c->read(c->ctx, c->ibuf + c->iend, c->isize - c->iend, e);
	if (n < 0)
		return -1;
	if (n == 0)
		c->eof = 1;
	c->iend += (size_t)n;
	return 0;
}

/* The first bytes of an input: drop a UTF-8 byte order mark, refuse
 * UTF-16.  Returns 0, or -1 with e set. */
static int
start(struct csvin *c, struct gerr *e)
{
	const unsigned char *u;

	while (!c->eof && c->iend - c->ipos < 3)
		if (fill(c, e) == -1)
			return -1;
	c->started = 1;
	u = (const unsigned char *)c->ibuf + c->ipos;
	if (c->iend - c->ipos >= 3 && u[0] == 0xEF && u[1] == 0xBB &&
	    u[2] == 0xBF)
		c->ipos += 3;
	else if (c->iend - c->ipos >= 2 &&
	    ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		gerr_at(e, EXIT_DATA, c->name, 1,
		    "text is UTF-16, gripe reads UTF-8");
		gerr_hint(e, "convert it first: iconv -f UTF-16 -t UTF-8 %s",
		    c->name);
		return -1;
	}
	return 0;
}

/* What every record handed out carries: where it began, its bytes. */
static int
hand_out(struct csvin *c, struct csvrec *rec, int st)
{
	rec->line = c->rec_line;
	rec->recno = ++c->recno;
	rec->raw.p = c->raw.p ? c->raw.p : "";
	rec->raw.len = c->raw.len;
	c->raw_stale = 1;
	c->in_rec = 0;
	c->rec_done = 0;
	return st;
}

/* Hand the finished record to the caller. */
static int
emit(struct csvin *c, struct csvrec *rec)
{
	size_t i;

	if (c->nf > c->slcap) {
		c->slcap = c->nf;
		c->fields = xreallocarray(c->fields, c->slcap,
		    sizeof(*c->fields));
	}
	for (i = 0; i < c->nf; i++) {
		c->fields[i].p = c->fbuf.p + c->foff[2 * i];
		c->fields[i].len = c->foff[2 * i + 1];
	}
	rec->fields = c->fields;
	rec->nfields = c->nf;
	return hand_out(c, rec, CSVIN_REC);
}

/* A record that cannot be used: report where it began, keep its bytes. */
static int
bad(struct csvin *c, struct csvrec *rec)
{
	rec->fields = NULL;
	rec->nfields = 0;
	return hand_out(c, rec, CSVIN_BAD);
}

static void
begin_record(struct csvin *c)
{
	c->in_rec = 1;
	c->rec_line = c->line;
	c->nf = 0;
	c->longest = 0;
	buf_reset(&c->fbuf);
}

/* At the end of input: the last record may lack its line end, or hold an
 * unterminated quoted field. */
static int
finish(struct csvin *c, struct csvrec *rec, struct gerr *e)
{
	c->done = 1;
	if (!c->in_rec)
		return CSVIN_EOF;
	if (c->p.pstate == PSTATE_FIELD_BEGUN && c->p.quoted) {
		gerr_at(e, EXIT_DATA, c->name, c->rec_line,
		    "unterminated quoted field (field %zu runs to the end of "
		    "the input)", c->nf + 1);
		parser_reset(c);
		return bad(c, rec);
	}
	csv_fini(&c->p, on_field, on_record, c);
	return emit(c, rec);
}

/* The first CR from ipos on, or NULL.  Most inputs have none, or one at
 * each line end: the buffer is searched once, not once a line. */
static const char *
next_cr(struct csvin *c)
{
	if (c->cr < c->ipos || (c->cr == c->crend && c->crend < c->iend)) {
		size_t from = c->cr < c->ipos ? c->ipos : c->crend;
		const char *q = memchr(c->ibuf + from, '\r', c->iend - from);

		c->crend = c->iend;
		c->cr = q != NULL ? (size_t)(q - c->ibuf) : c->iend;
	}
	return c->cr < c->crend ? c->ibuf + c->cr : NULL;
}

/*
 * csvin_next: the next record.  Returns CSVIN_REC with *rec filled;
 * CSVIN_BAD when a record cannot be parsed (e says why and where, rec->line
 * and rec->raw say which bytes; reading may go on); CSVIN_EOF at the end;
 * CSVIN_ERR with e set on an input error or a non-UTF-8 encoding.
 */
int
csvin_next(struct csvin *c, struct csvrec *rec, struct gerr *e)
{
	const char *s, *nl, *cr;
	size_t n, plen, used;
	int ends_line;

	if (c->raw_stale) {
		buf_reset(&c->raw);
		c->raw_stale = 0;
	}
	if (c->done)
		return CSVIN_EOF;
	if (!c->started && start(c, e) == -1)
		return CSVIN_ERR;
	for (;;) {
		if (c->ipos == c->iend) {
			if (c->eof)
				return finish(c, rec, e);
			if (fill(c, e) == -1)
				return CSVIN_ERR;
			continue;
		}
		s = c->ibuf + c->ipos;
		n = c->iend - c->ipos;
		nl = memchr(s, '\n', n);
		cr = next_cr(c);
		if (cr != NULL && nl != NULL && cr > nl)
			cr = NULL;
		if (cr != NULL) {
			plen = (size_t)(cr - s) + 1;
			if (plen == n && !c->eof) {
				/* CR or CRLF?  Need the next byte. */
				if (fill(c, e) == -1)
					return CSVIN_ERR;
				continue;
			}
			if (plen < n && s[plen] == '\n')
				plen++;
			ends_line = 1;
		} else if (nl != NULL) {
			plen = (size_t)(nl - s) + 1;
			ends_line = 1;
		} else {
			plen = n;
			ends_line = 0;
		}

		if (c->skip_eol) {
			/* The rest of a line whose record was bad. */
			if (c->o.keep_raw)
				buf_add(&c->raw, s, plen);
			c->ipos += plen;
			if (!ends_line)
				continue;
			c->line++;
			c->skip_eol = 0;
			return bad(c, rec);
		}
		if (!c->in_rec && !(plen <= 2 && (s[0] == '\n' ||
		    s[0] == '\r')))
			begin_record(c);
		if (c->o.keep_raw)
			buf_add(&c->raw, s, plen);	/* blank lines too */
		used = csv_parse(&c->p, s, plen, on_field, on_record, c);
		c->ipos += plen;
		if (ends_line)
			c->line++;
		if (used < plen) {
			if (csv_error(&c->p) == CSV_ENOMEM) {
				gerr_at(e, EXIT_DATA, c->name, c->rec_line,
				    "out of memory in a field of %zu bytes",
				    c->p.entry_pos);
				return CSVIN_ERR;
			}
			gerr_at(e, EXIT_DATA, c->name, c->line - ends_line,
			    "bad quoting in field %zu: %s", c->nf + 1,
			    s[used] == '"' ? "a '\"' inside an unquoted field" :
			    "text after a closing quote");
			gerr_hint(e, "without --strict a stray quote is kept "
			    "as a character");
			parser_reset(c);
			if (!ends_line) {
				c->skip_eol = 1;
				continue;
			}
			return bad(c, rec);
		}
		if (c->p.entry_size > c->blk) {
			/* Grow libcsv's field buffer geometrically. */
			c->blk = c->p.entry_size;
			csv_set_blk_size(&c->p, c->blk);
		}
		if (c->o.max_field > 0 && (c->p.entry_pos > c->o.max_field ||
		    c->longest > c->o.max_field)) {
			gerr_at(e, EXIT_DATA, c->name, c->rec_line,
			    "field %zu is longer than %zu bytes",
			    c->longest > c->o.max_field ? c->longest_at + 1 :
			    c->nf + 1, c->o.max_field);
			gerr_hint(e, "--max-field-size raises the limit");
			c->done = 1;
			return CSVIN_ERR;
		}
		if (c->too_many) {
			gerr_at(e, EXIT_DATA, c->name, c->rec_line,
			    "more than %zu fields in a record",
			    c->o.max_fields);
			gerr_hint(e, "--max-columns raises the limit");
			c->done = 1;
			return CSVIN_ERR;
		}
		if (c->rec_done)
			return emit(c, rec);
	}
}
