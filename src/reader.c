/* reader.c: the input stream: files, header, roles, times, bad records.
 *
 * The reader turns the files named on the command line (or stdin) into one
 * stream of rows.  Each file has its own header; roles are detected on the
 * first file's header (roles.c) and bound by name to every later header.
 * The format of each mapped time column is detected once per file from the
 * first SAMPLE_RECS records, which are read ahead into a queue and then
 * served from it, so detection sees real values before any row is used.
 *
 * Bad records (wrong field count, a time that does not parse, broken
 * quoting) end the run with an error naming FILE:LINE, or, with
 * --skip-bad, are counted by reason and written byte for byte to the
 * --rejects file, which is written under a temporary name and renamed only
 * by reader_finish: a run that fails leaves no rejects file behind.  Every
 * record read is counted, so used + rejected = read.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "afile.h"
#include "input.h"
#include "progress.h"
#include "reader.h"
#include "util.h"

#define SAMPLE_RECS	1000
#define SAMPLE_BYTES	(8u << 20)

/* A record read ahead: its fields are offset/length pairs in qoffs from
 * index foff, its bytes in qdata. */
struct qrec {
	int		 st;
	unsigned long	 line;
	size_t		 nfields;
	size_t		 foff;
	size_t		 raw_off;
	size_t		 raw_len;
	size_t		 eidx;
};

struct reader {
	struct reader_opts	 o;
	char			*stdin_name[1];
	size_t			 fi;		/* next file to open */
	size_t			 cur;		/* file being read */
	struct input		*in;
	struct csvin		*csv;
	int			 open;

	/* the current file's header */
	struct buf		 hbytes;
	size_t			*hoff;
	struct slice		*hdr;
	size_t			 nhdr;
	size_t			 hcap;
	struct buf		 hraw;
	int			 hraw_written;

	struct progress		 prog;
	long long		 done_before;	/* bytes of closed files */

	struct rolemap		 map;
	int			 have_map;
	struct rolecols		 rc;
	int			 have_rc;
	struct tfmt		 fmt[TR_COUNT];
	int			 have_fmt[TR_COUNT];	/* 0 no, 1 yes, 2 none fits */

	/* records read ahead */
	struct qrec		*q;
	size_t			 nq;
	size_t			 qcap;
	size_t			 qpos;
	struct buf		 qdata;
	size_t			*qoffs;
	size_t			 nqoffs;
	size_t			 qoffcap;
	struct gerr		*qerr;
	size_t			 nqerr;
	struct slice		*qfields;
	size_t			 qfcap;

	unsigned long		 nrec;
	unsigned long		 nbad[BAD_COUNT];
	unsigned long		*file_nrec;	/* per file: records read */
	unsigned long		*file_nbad;	/* per file: rejected */

	struct afile		 rej;		/* --rejects */
	struct buf		 rej_hdr;	/* the header written last */
};

static const char *const bad_names[BAD_COUNT] = {
	"wrong field count", "bad time", "bad quoting", "repeated header"
};

/* Whether record fields (n of them) are the header again. */
static int
is_header(const struct reader *r, const struct slice *f, size_t n)
{
	if (n != r->nhdr || n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (f[i].len != r->hdr[i].len || memcmp(f[i].p, r->hdr[i].p,
		    f[i].len) != 0)
			return 0;
	return 1;
}

static ssize_t
rd(void *ctx, void *p, size_t n, struct gerr *e)
{
	return input_read(ctx, p, n, e);
}

/* time_role_of: the role of time slot tr (TR_*).  Cannot fail. */
enum role
time_role_of(int tr)
{
	static const enum role map[TR_COUNT] = { ROLE_TIME, ROLE_OPENED,
	    ROLE_CLOSED, ROLE_CHURN_DATE };

	return map[tr];
}

/* reader_na_marked: reader_is_na for a value that is not empty: only
 * blanks, or a --na marker. */
int
reader_na_marked(char *const *na, size_t nna, struct slice v)
{
	size_t i;

	if (v.p[0] == ' ' || v.p[0] == '\t') {
		for (i = 1; i < v.len && (v.p[i] == ' ' || v.p[i] == '\t');
		    i++)
			;
		if (i == v.len)
			return 1;
	}
	for (i = 0; i < nna; i++)
		if (slice_eq(v, na[i]))
			return 1;
	return 0;
}

/* A value as it goes into a message: at most 60 bytes, control bytes as
 * \xNN, so one message stays one line. */
static const char *
shown(struct slice v, char *dst, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < v.len && k + 8 < n; i++) {
		unsigned char c = (unsigned char)v.p[i];

		if (i == 60) {
			memcpy(dst + k, "...", 3);
			k += 3;
			break;
		}
		if (c < 0x20 || c == 0x7f)
			k += (size_t)snprintf(dst + k, n - k, "\\x%02X", c);
		else
			dst[k++] = (char)c;
	}
	dst[k] = '\0';
	return dst;
}

static void
delim_hint(struct reader *r, struct gerr *e)
{
	static const char cands[] = "\t;|";

	if (r->nhdr != 1)
		return;
	for (const char *c = cands; *c != '\0'; c++)
		if (memchr(r->hdr[0].p, *c, r->hdr[0].len) != NULL) {
			gerr_hint(e, "the file looks %s-separated; try -d '%s'",
			    *c == '\t' ? "tab" : *c == ';' ? "semicolon" :
			    "pipe", *c == '\t' ? "\\t" : *c == ';' ? ";" :
			    "|");
			return;
		}
}

static int
has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf);

	return n >= k && strcmp(s + n - k, suf) == 0;
}

/* The bytes of all the files, -1 when one is not a regular file. */
static long long
total_size(const struct reader_opts *o)
{
	long long total = 0;

	for (size_t i = 0; i < o->nfiles; i++) {
		struct stat st;

		if (strcmp(o->files[i], "-") == 0 ||
		    stat(o->files[i], &st) == -1 || !S_ISREG(st.st_mode))
			return -1;
		total += (long long)st.st_size;
	}
	return total;
}

/*
 * reader_new: a reader over o->files (stdin when there are none; the
 * strings must outlive the reader).  Every file is checked before any is
 * read.  Returns NULL with e set (a usage error for a missing file).
 */
struct reader *
reader_new(const struct reader_opts *o, struct gerr *e)
{
	struct reader *r = xcalloc(1, sizeof(*r));

	r->o = *o;
	if (r->o.nfiles == 0) {
		r->stdin_name[0] = (char *)"-";
		r->o.files = r->stdin_name;
		r->o.nfiles = 1;
	}
	buf_init(&r->hbytes);
	buf_init(&r->hraw);
	buf_init(&r->qdata);
	buf_init(&r->rej_hdr);
	r->file_nrec = xcalloc(r->o.nfiles, sizeof(*r->file_nrec));
	r->file_nbad = xcalloc(r->o.nfiles, sizeof(*r->file_nbad));
	for (size_t i = 0; i < r->o.nfiles; i++)
		if (input_check(r->o.files[i], e) == -1)
			goto fail;
	progress_init(&r->prog, r->o.progress, total_size(&r->o));
	if (r->o.rejects != NULL && afile_open(&r->rej, r->o.rejects, e) ==
	    -1)
		goto fail;
	return r;
fail:
	reader_free(r);
	return NULL;
}

static void
close_file(struct reader *r)
{
	if (r->in != NULL && input_pos(r->in) > 0)
		r->done_before += input_pos(r->in);
	csvin_free(r->csv);
	r->csv = NULL;
	input_close(r->in);
	r->in = NULL;
	if (r->have_rc)
		rolecols_fini(&r->rc);
	r->have_rc = 0;
	r->open = 0;
	r->nq = r->qpos = r->nqoffs = r->nqerr = 0;
	buf_reset(&r->qdata);
}

/* reader_free: close everything; an unfinished rejects file is removed.
 * Accepts NULL. */
void
reader_free(struct reader *r)
{
	if (r == NULL)
		return;
	close_file(r);
	progress_end(&r->prog);
	afile_abort(&r->rej);
	buf_fini(&r->rej_hdr);
	if (r->have_map)
		roles_fini(&r->map);
	buf_fini(&r->hbytes);
	buf_fini(&r->hraw);
	buf_fini(&r->qdata);
	free(r->hoff);
	free(r->hdr);
	free(r->q);
	free(r->qoffs);
	free(r->qerr);
	free(r->qfields);
	free(r->file_nrec);
	free(r->file_nbad);
	free(r);
}

static void
keep_header(struct reader *r, const struct csvrec *h)
{
	buf_reset(&r->hbytes);
	if (h->nfields > r->hcap) {
		r->hcap = h->nfields;
		r->hoff = xreallocarray(r->hoff, r->hcap, sizeof(*r->hoff));
		r->hdr = xreallocarray(r->hdr, r->hcap, sizeof(*r->hdr));
	}
	for (size_t i = 0; i < h->nfields; i++) {
		r->hoff[i] = r->hbytes.len;
		buf_add(&r->hbytes, h->fields[i].p, h->fields[i].len);
	}
	for (size_t i = 0; i < h->nfields; i++) {
		r->hdr[i].p = r->hbytes.p + r->hoff[i];
		r->hdr[i].len = h->fields[i].len;
	}
	r->nhdr = h->nfields;
	buf_reset(&r->hraw);
	buf_add(&r->hraw, h->raw.p, h->raw.len);
	r->hraw_written = 0;
}

/* Read ahead up to SAMPLE_RECS records of the current file. */
static void
read_ahead(struct reader *r)
{
	struct csvrec rec;
	struct gerr e;
	int st;

	while (r->nq < SAMPLE_RECS && r->qdata.len < SAMPLE_BYTES) {
		struct qrec *q;

		st = csvin_next(r->csv, &rec, &e);
		if (r->nq == r->qcap) {
			r->qcap = r->qcap ? r->qcap * 2 : 64;
			r->q = xreallocarray(r->q, r->qcap, sizeof(*r->q));
		}
		q = &r->q[r->nq++];
		q->st = st;
		q->line = rec.line;
		q->nfields = 0;
		q->foff = r->nqoffs;
		q->eidx = 0;
		if (st == CSVIN_ERR || st == CSVIN_BAD) {
			r->qerr = xreallocarray(r->qerr, r->nqerr + 1,
			    sizeof(*r->qerr));
			r->qerr[r->nqerr] = e;
			q->eidx = r->nqerr++;
		}
		if (st == CSVIN_EOF || st == CSVIN_ERR)
			return;
		q->raw_off = r->qdata.len;
		q->raw_len = rec.raw.len;
		buf_add(&r->qdata, rec.raw.p, rec.raw.len);
		if (st != CSVIN_REC)
			continue;
		q->nfields = rec.nfields;
		if (r->nqoffs + 2 * rec.nfields > r->qoffcap) {
			while (r->nqoffs + 2 * rec.nfields > r->qoffcap)
				r->qoffcap = r->qoffcap ? r->qoffcap * 2 : 256;
			r->qoffs = xreallocarray(r->qoffs, r->qoffcap,
			    sizeof(*r->qoffs));
		}
		for (size_t i = 0; i < rec.nfields; i++) {
			r->qoffs[r->nqoffs++] = r->qdata.len;
			r->qoffs[r->nqoffs++] = rec.fields[i].len;
			buf_add(&r->qdata, rec.fields[i].p, rec.fields[i].len);
		}
	}
}

/* The next record of the current file, from the queue or the parser. */
static int
next_record(struct reader *r, struct csvrec *rec, struct gerr *e)
{
	const struct qrec *q;

	if (r->qpos == r->nq)
		return csvin_next(r->csv, rec, e);
	q = &r->q[r->qpos++];
	rec->line = q->line;
	rec->nfields = q->nfields;
	if (q->st == CSVIN_ERR || q->st == CSVIN_BAD)
		*e = r->qerr[q->eidx];
	if (q->st == CSVIN_EOF || q->st == CSVIN_ERR)
		return q->st;
	rec->raw.p = r->qdata.p + q->raw_off;
	rec->raw.len = q->raw_len;
	if (q->nfields > r->qfcap) {
		r->qfcap = q->nfields;
		r->qfields = xreallocarray(r->qfields, r->qfcap,
		    sizeof(*r->qfields));
	}
	for (size_t i = 0; i < q->nfields; i++) {
		r->qfields[i].p = r->qdata.p + r->qoffs[q->foff + 2 * i];
		r->qfields[i].len = r->qoffs[q->foff + 2 * i + 1];
	}
	rec->fields = r->qfields;
	return q->st;
}

/* Settle an ambiguous format of time slot tr like a sibling time column of
 * the same file whose order is known (same separator).  Returns 1 when
 * settled. */
static int
settle_sibling(struct reader *r, int tr)
{
	struct tfmt *f = &r->fmt[tr];
	char tmp[sizeof(f->desc)];

	for (int o = 0; o < TR_COUNT; o++) {
		const struct tfmt *s = &r->fmt[o];

		if (o == tr || r->have_fmt[o] != 1 || s->sep != f->sep ||
		    (s->kind != TFMT_DMY && s->kind != TFMT_MDY))
			continue;
		if (s->kind != f->kind) {
			f->kind = s->kind;
			memcpy(tmp, f->desc, sizeof(tmp));
			memcpy(f->desc, f->alt, sizeof(f->desc));
			memcpy(f->alt, tmp, sizeof(f->alt));
		}
		return 1;
	}
	return 0;
}

/*
 * reader_settle: settle a day/month ambiguity where convention can: a
 * 12-hour clock with AM/PM is the US convention, month first.  Returns 1
 * when *f was settled (it then reads month first), 0 when it stays
 * ambiguous.
 */
int
reader_settle(struct tfmt *f)
{
	char tmp[sizeof(f->desc)];

	if (strstr(f->desc, "%p") == NULL)
		return 0;
	if (f->kind == TFMT_DMY) {
		f->kind = TFMT_MDY;
		memcpy(tmp, f->desc, sizeof(tmp));
		memcpy(f->desc, f->alt, sizeof(f->desc));
		memcpy(f->alt, tmp, sizeof(f->alt));
	}
	return 1;
}

static int
ambiguous(struct reader *r, int tr, unsigned long line, struct slice v,
    const struct tfmt *f, struct gerr *e)
{
	char vb[256];

	gerr_at(e, EXIT_DATA, input_name(r->in), line, "cannot tell day "
	    "from month in column '%s' (values like \"%s\" fit both '%s' "
	    "and '%s')", r->map.name[time_role_of(tr)], shown(v, vb,
	    sizeof(vb)), f->desc, f->alt);
	gerr_hint(e, "say which with --time-format %s='%s' or "
	    "--time-format %s='%s'", role_name(time_role_of(tr)), f->desc,
	    role_name(time_role_of(tr)), f->alt);
	return -1;
}

/* Detect the format of each mapped time column from the records read
 * ahead.  Returns 0, or -1 with e set when day and month cannot be told
 * apart. */
static int
detect_formats(struct reader *r, struct gerr *e)
{
	const char **vals = xcalloc(SAMPLE_RECS, sizeof(*vals));
	size_t *lens = xcalloc(SAMPLE_RECS, sizeof(*lens));
	unsigned long first_line[TR_COUNT];
	struct slice firstv[TR_COUNT];
	int amb[TR_COUNT] = { 0 };
	int rc = 0;

	for (int tr = 0; tr < TR_COUNT; tr++) {
		int c = r->rc.col[time_role_of(tr)];
		size_t n = 0, np;

		if (c < 0 || r->o.tfmt[tr] != NULL)
			continue;
		r->have_fmt[tr] = 0;
		for (size_t i = 0; i < r->nq && n < SAMPLE_RECS; i++) {
			const struct qrec *q = &r->q[i];
			struct slice v;

			if (q->st != CSVIN_REC || q->nfields != r->nhdr)
				continue;
			v.p = r->qdata.p + r->qoffs[q->foff + 2 * (size_t)c];
			v.len = r->qoffs[q->foff + 2 * (size_t)c + 1];
			if (reader_is_na(r->o.na, r->o.nna, v))
				continue;
			if (n == 0) {
				first_line[tr] = q->line;
				firstv[tr] = v;
			}
			vals[n] = v.p;
			lens[n++] = v.len;
		}
		if (n == 0)
			continue;	/* detected from the first value later */
		switch (tfmt_detect(vals, lens, n, 1, &r->fmt[tr], &np)) {
		case TDETECT_PARTIAL:
			if (r->fmt[tr].alt[0] != '\0') {
				/* day first and month first fit as many */
				if (reader_settle(&r->fmt[tr]))
					r->have_fmt[tr] = 1;
				else
					amb[tr] = 1;
				break;
			}
			/* FALLTHROUGH */
		case TDETECT_OK:
			r->have_fmt[tr] = 1;
			break;
		case TDETECT_AMBIGUOUS:
			if (reader_settle(&r->fmt[tr]))
				r->have_fmt[tr] = 1;
			else
				amb[tr] = 1;
			break;
		case TDETECT_NONE:
			r->have_fmt[tr] = 2;
			break;
		}
	}
	for (int tr = 0; tr < TR_COUNT && rc == 0; tr++) {
		if (!amb[tr])
			continue;
		if (settle_sibling(r, tr))
			r->have_fmt[tr] = 1;
		else
			rc = ambiguous(r, tr, first_line[tr], firstv[tr],
			    &r->fmt[tr], e);
	}
	free(vals);
	free(lens);
	return rc;
}

/* Open the next file: read its header, map or bind roles, read ahead and
 * detect time formats.  Returns 0, or -1 with e set. */
static int
open_file(struct reader *r, struct gerr *e)
{
	struct csvin_opts co;
	struct csvrec h;
	const char *path = r->o.files[r->fi];
	int st, need_fmt = 0;

	r->cur = r->fi++;
	r->in = input_open(path, e);
	if (r->in == NULL)
		return -1;
	memset(&co, 0, sizeof(co));
	co.delim = r->o.delim;
	if (co.delim == 0)
		co.delim = has_suffix(path, ".tsv") ||
		    has_suffix(path, ".tsv.gz") ? '\t' : ',';
	co.strict = r->o.strict;
	co.keep_raw = r->o.rejects != NULL;
	co.max_field = r->o.max_field;
	co.max_fields = r->o.max_fields;
	r->csv = csvin_new(rd, r->in, input_name(r->in), &co);
	r->open = 1;

	st = csvin_next(r->csv, &h, e);
	if (st == CSVIN_ERR)
		return -1;
	if (st == CSVIN_EOF) {
		gerr_at(e, EXIT_DATA, input_name(r->in), 0,
		    "empty input: no header line");
		return -1;
	}
	if (st == CSVIN_BAD) {
		gerr_hint(e, "the first record is the header; it must parse");
		return -1;
	}
	keep_header(r, &h);
	if (r->o.delim == 0 && r->nhdr == 1) {
		gerr_clear(e);
		delim_hint(r, e);
		if (e->hint[0] != '\0') {
			char hint[sizeof(e->hint)], vb[256];

			memcpy(hint, e->hint, sizeof(hint));
			gerr_at(e, EXIT_DATA, input_name(r->in), 1,
			    "the header has one column, \"%s\"",
			    shown(r->hdr[0], vb, sizeof(vb)));
			memcpy(e->hint, hint, sizeof(e->hint));
			return -1;
		}
	}
	if (!r->have_map) {
		if (roles_detect(&r->map, r->hdr, r->nhdr, r->o.cols,
		    r->o.ncols, input_name(r->in), e) == -1)
			return -1;
		r->have_map = 1;
		if (r->o.need_time && r->map.name[ROLE_TIME] == NULL) {
			gerr_at(e, EXIT_DATA, input_name(r->in), 1,
			    "no time column");
			if (r->map.how[ROLE_TIME] == ROLE_HOW_COL)
				gerr_hint(e, "--col time= took the role away; "
				    "this command needs it");
			else
				gerr_hint(e, "no column looks like a time; map "
				    "one with --col time=HEADER");
			return -1;
		}
	}
	if (roles_bind(&r->map, r->hdr, r->nhdr, &r->rc, input_name(r->in),
	    e) == -1)
		return -1;
	r->have_rc = 1;

	for (int tr = 0; tr < TR_COUNT; tr++) {
		r->have_fmt[tr] = 0;
		if (r->rc.col[time_role_of(tr)] < 0)
			continue;
		if (r->o.tfmt[tr] != NULL) {
			r->fmt[tr] = *r->o.tfmt[tr];
			r->have_fmt[tr] = 1;
		} else
			need_fmt = 1;
	}
	if (need_fmt && r->o.decode_times) {
		read_ahead(r);
		if (detect_formats(r, e) == -1)
			return -1;
	}
	return 0;
}

/* Write a rejected record's bytes, after its file's header the first
 * time (unless the header written last is the same).  Returns 0, or -1
 * with e set. */
static int
reject(struct reader *r, struct slice raw, struct gerr *e)
{
	FILE *f = r->rej.f;

	if (f == NULL)
		return 0;
	if (!r->hraw_written) {
		r->hraw_written = 1;
		if (r->rej_hdr.len != r->hraw.len || (r->hraw.len > 0 &&
		    memcmp(r->rej_hdr.p, r->hraw.p, r->hraw.len) != 0)) {
			fwrite(r->hraw.p, 1, r->hraw.len, f);
			buf_reset(&r->rej_hdr);
			buf_add(&r->rej_hdr, r->hraw.p, r->hraw.len);
		}
	}
	fwrite(raw.p, 1, raw.len, f);
	if (ferror(f)) {
		gerr_set(e, EXIT_DATA, "%s: write error: %s", r->o.rejects,
		    strerror(errno));
		return -1;
	}
	return 0;
}

/* A bad record: an error, or under --skip-bad counted and rejected.
 * Returns -1 to stop (e set), else what reader_next returns next: 2 to
 * report the record (report_bad), or 0 to go on silently. */
static int
bad(struct reader *r, int why, struct slice raw, struct gerr *e)
{
	struct gerr keep;

	if (!r->o.skip_bad)
		return -1;
	r->nbad[why]++;
	r->file_nbad[r->cur]++;
	keep = *e;
	if (reject(r, raw, e) == -1)
		return -1;
	*e = keep;
	return r->o.report_bad ? 2 : 0;
}

/* Decode the row's time roles.  Returns 0, 1 for a bad time (e set), -1
 * for an error that ends the run (e set). */
static int
decode_times(struct reader *r, struct row *w, struct gerr *e)
{
	for (int tr = 0; tr < TR_COUNT; tr++) {
		int c = r->rc.col[time_role_of(tr)];
		struct slice v;
		char vb[256];
		size_t np;
		struct tfmt alt;
		const char *vp;

		w->t[tr] = TIME_NONE;
		if (c < 0 || !r->o.decode_times)
			continue;
		v = w->fields[c];
		if (reader_is_na(r->o.na, r->o.nna, v))
			continue;
		vp = v.p;
		if (r->have_fmt[tr] == 0) {
			switch (tfmt_detect(&vp, &v.len, 1, 1, &r->fmt[tr],
			    &np)) {
			case TDETECT_OK:
				r->have_fmt[tr] = 1;
				break;
			case TDETECT_AMBIGUOUS:
				if (reader_settle(&r->fmt[tr]) ||
				    settle_sibling(r, tr)) {
					r->have_fmt[tr] = 1;
					break;
				}
				return ambiguous(r, tr, w->line, v,
				    &r->fmt[tr], e);
			default:
				break;
			}
		}
		if (r->have_fmt[tr] == 1 && time_parse(&r->fmt[tr], r->o.tz,
		    v.p, v.len, &w->t[tr]) == 0)
			continue;
		gerr_at(e, EXIT_DATA, w->file, w->line, "bad time (column "
		    "'%s', value \"%s\")", r->map.name[time_role_of(tr)],
		    shown(v, vb, sizeof(vb)));
		if (tfmt_detect(&vp, &v.len, 1, 1, &alt, &np) !=
		    TDETECT_NONE && (r->have_fmt[tr] != 1 ||
		    strcmp(alt.desc, r->fmt[tr].desc) != 0))
			gerr_hint(e, "the value reads as '%s'%s; try "
			    "--time-format '%s'", alt.desc, r->have_fmt[tr]
			    == 1 ? ", not as the column's format" : "",
			    alt.desc);
		else if (r->have_fmt[tr] == 1)
			gerr_hint(e, "the column's format is '%s'",
			    r->fmt[tr].desc);
		else
			gerr_hint(e, "no known time format fits; give one "
			    "with --time-format");
		return 1;
	}
	return 0;
}

/*
 * reader_next: the next row into *w.  Returns 1 for a row, 0 at the end of
 * the last file, -1 with e set when the run must stop (a bad record
 * without --skip-bad, an unreadable file, a header without a mapped
 * column), and with report_bad 2 with e describing a record that was
 * skipped.
 */
int
reader_next(struct reader *r, struct row *w, struct gerr *e)
{
	struct csvrec rec;
	int st, td;

	for (;;) {
		if (!r->open) {
			if (r->fi == r->o.nfiles) {
				progress_end(&r->prog);
				return 0;
			}
			if (open_file(r, e) == -1)
				return -1;
			continue;
		}
		st = next_record(r, &rec, e);
		if (st == CSVIN_EOF) {
			close_file(r);
			continue;
		}
		if (st == CSVIN_ERR)
			return -1;
		r->nrec++;
		r->file_nrec[r->cur]++;
		if ((r->nrec & 4095) == 0 && r->prog.on)
			progress_tick(&r->prog, r->done_before +
			    input_pos(r->in), r->nrec);
		if (st == CSVIN_BAD) {
			if ((st = bad(r, BAD_QUOTE, rec.raw, e)) != 0)
				return st;
			continue;
		}
		if (rec.nfields != r->nhdr) {
			gerr_at(e, EXIT_DATA, input_name(r->in), rec.line,
			    "wrong number of fields (%zu, expected %zu as in "
			    "the header)", rec.nfields, r->nhdr);
			delim_hint(r, e);
			if ((st = bad(r, BAD_FIELDS, rec.raw, e)) != 0)
				return st;
			continue;
		}
		if (is_header(r, rec.fields, rec.nfields)) {
			gerr_at(e, EXIT_DATA, input_name(r->in), rec.line,
			    "the header line again");
			gerr_hint(e, "exports joined with cat? give each as "
			    "its own file, or use --skip-bad");
			if ((st = bad(r, BAD_HEADER, rec.raw, e)) != 0)
				return st;
			continue;
		}
		w->file = input_name(r->in);
		w->fileno = r->cur;
		w->line = rec.line;
		w->fields = rec.fields;
		w->nfields = rec.nfields;
		w->rc = &r->rc;
		w->na = r->o.na;
		w->nna = r->o.nna;
		td = decode_times(r, w, e);
		if (td == -1)
			return -1;
		if (td == 1) {
			if ((st = bad(r, BAD_TIME, rec.raw, e)) != 0)
				return st;
			continue;
		}
		return 1;
	}
}

/* reader_finish: complete the rejects file (put it in place).  Returns
 * 0, or -1 with e set on a write error. */
int
reader_finish(struct reader *r, struct gerr *e)
{
	return afile_commit(&r->rej, 0, e);
}

/* reader_roles: the role map (NULL before the first header). */
const struct rolemap *
reader_roles(const struct reader *r)
{
	return r->have_map ? &r->map : NULL;
}

/* reader_header: the current file's header, *n names. */
const struct slice *
reader_header(const struct reader *r, size_t *n)
{
	*n = r->nhdr;
	return r->hdr;
}

/* reader_tfmt: the format of time slot tr in the current file, or NULL
 * when none is known. */
const struct tfmt *
reader_tfmt(const struct reader *r, int tr)
{
	return r->have_fmt[tr] == 1 ? &r->fmt[tr] : NULL;
}

/* reader_nrecords: data records read so far, used or rejected. */
unsigned long
reader_nrecords(const struct reader *r)
{
	return r->nrec;
}

/* reader_nbad: records rejected for reason why. */
unsigned long
reader_nbad(const struct reader *r, int why)
{
	return r->nbad[why];
}

/* reader_file_counts: records read from file i and how many of them were
 * rejected.  Cannot fail. */
void
reader_file_counts(const struct reader *r, size_t i, unsigned long *nrec,
    unsigned long *nbad)
{
	*nrec = r->file_nrec[i];
	*nbad = r->file_nbad[i];
}

/* reader_nfiles: how many inputs the stream has.  Cannot fail. */
size_t
reader_nfiles(const struct reader *r)
{
	return r->o.nfiles;
}

/* reader_file_name: the name of input i as given ("-" for stdin).
 * Cannot fail. */
const char *
reader_file_name(const struct reader *r, size_t i)
{
	return r->o.files[i];
}

/* reader_bad_name: the words for a reason.  Cannot fail. */
const char *
reader_bad_name(int why)
{
	return bad_names[why];
}

/* reader_rejects: the --rejects path or NULL. */
const char *
reader_rejects(const struct reader *r)
{
	return r->o.rejects;
}
