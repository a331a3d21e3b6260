/* state.c: saved aggregate states (--save-state, --state, gripe merge).
 *
 * A state is the aggregate state of agg.c before agg_finish: what every
 * row folded into its case and customer records, the status events, the
 * activity, and the interned strings they refer to.  Nothing in it depends
 * on the view options (--as-of, --since, --by, --where, ...): every view
 * can be rendered from it, and two states of disjoint customers merge
 * (agg_merge) into the state of their union.
 *
 * What the rows mean depends on the rules and on a few options; the state
 * keeps them as its key, lines "name value" (state_key), and refuses to
 * be read with another key, naming the first difference.
 *
 * The file (every integer little-endian whatever the machine, doubles and
 * floats as their IEEE bits):
 *
 *	magic	 8 bytes "GRIPEST\n"
 *	version	 u32 STATE_VERSION
 *	key	 u32 length, bytes
 *	layout	 u32 dimensions; per dimension u8 mode, u32 words
 *	scalars	 u64 rows seen, i64 latest time, u64 untimed rows,
 *		 u32 roles seen (bit per role), u8 flags: direction seen,
 *		 activity read, churn column seen, customer table read,
 *		 activity is the log itself
 *	strings	 values, case ids, customer ids: each u32 count, then per
 *		 string u32 length and bytes, in id order; the values end
 *		 with the cases' customer ids that are no other value (a
 *		 case's customer is also kept as a value), the case ids are
 *		 those of the cases that have one, in case order
 *	customers per customer id: u8 churn+1, listed, has value,
 *		 i64 churn date, f64 value
 *	cases	 u64 count; per case its agg_case fields (see put_case),
 *		 then its mode=first labels (i64, u32, u32) and its mode=all
 *		 words (u64)
 *	events	 u64 count; per event u32 case, u32 seq, i64 time, u8 resolved
 *	activity u64 count; per row u32 customer, i64 time
 *	crc	 u32 CRC-32 (zlib's) of every byte before it
 *
 * Writing goes through afile (temporary name, fsync, rename), so a crash
 * mid-write leaves the previous state whole.  Reading checks the magic, the
 * version and the CRC of the whole file before it trusts any count, then
 * checks every index it reads against what it has read.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "afile.h"
#include "agg_priv.h"
#include "load.h"
#include "opts.h"
#include "state.h"

static const char magic[8] = { 'G', 'R', 'I', 'P', 'E', 'S', 'T', '\n' };

#define IOBUF	(1 << 16)

/* --- the key --- */

static void
hash_str(uint64_t *h, const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;

	*h ^= hash_bytes(s != NULL ? s : "", n) + 0x9e3779b97f4a7c15ULL +
	    (*h << 6) + (*h >> 2);
}

/* A hash of what the rules mean: dimensions, labels, patterns, fields; not
 * comments, layout, file names or expect lines. */
static uint64_t
rules_hash(const struct rule_set *s)
{
	uint64_t h = 0;
	char num[64];

	for (size_t d = 0; d < s->ndims; d++) {
		const struct rule_dim *dm = &s->dims[d];

		hash_str(&h, dm->name);
		snprintf(num, sizeof(num), "%d %d %zu %zu", (int)dm->mode,
		    (int)dm->rows, dm->fallback, dm->nlabels);
		hash_str(&h, num);
		for (size_t l = 0; l < dm->nlabels; l++)
			hash_str(&h, dm->labels[l]);
	}
	for (size_t i = 0; i < s->nrules; i++) {
		const struct rule *r = &s->rules[i];

		snprintf(num, sizeof(num), "%zu %zu %d %zu", r->dim, r->label,
		    r->veto, r->nfields);
		hash_str(&h, num);
		hash_str(&h, r->pattern);
		hash_str(&h, r->flags);
		for (size_t f = 0; f < r->nfields; f++)
			hash_str(&h, r->fields[f]);
	}
	return h;
}

/* A value on one line: control characters as '?'. */
static void
key_line(struct buf *b, const char *name, const char *v)
{
	buf_printf(b, "%s ", name);
	for (; *v != '\0'; v++)
		buf_addc(b, (unsigned char)*v < 0x20 ? '?' : *v);
	buf_addc(b, '\n');
}

/*
 * state_key: what a state built by this run depends on, into b: the rules
 * (a hash of their meaning), --resolved, --escalated, --repeat-window,
 * --tz, --outbound, --na and --match-limit.  Not the options that only say
 * how to read a file (--col, -d, --time-format: a new export may differ),
 * nor the view options.  Cannot fail.
 */
void
state_key(const struct gopts *g, const struct rule_set *rs,
    const struct load_opts *lo, struct buf *b)
{
	char num[64];

	buf_reset(b);
	snprintf(num, sizeof(num), "%016" PRIx64, rules_hash(rs));
	key_line(b, "rules", num);
	key_line(b, "resolved", lo->resolved != NULL ? lo->resolved :
	    "(default)");
	key_line(b, "escalated", lo->escalated != NULL ? lo->escalated :
	    "(default)");
	snprintf(num, sizeof(num), "%" PRId64 "s", lo->repeat_window);
	key_line(b, "repeat-window", num);
	key_line(b, "tz", tz_name(g->tz));
	key_line(b, "outbound", g->outbound != NULL ? g->outbound :
	    "(default)");
	buf_addstr(b, g->nna == 0 ? "na (none)" : "na");
	for (size_t i = 0; i < g->nna; i++) {
		buf_addc(b, ' ');
		for (const char *v = g->na[i]; *v != '\0'; v++)
			buf_addc(b, (unsigned char)*v <= 0x20 ? '?' : *v);
	}
	buf_addc(b, '\n');
	snprintf(num, sizeof(num), "%lu", g->match_limit);
	key_line(b, "match-limit", g->match_limit > 0 ? num : "(default)");
}

/* The line of key k named like the line at name (its length n), or NULL. */
static const char *
key_find(const char *k, const char *name, size_t n)
{
	for (const char *p = k; *p != '\0'; ) {
		const char *nl = strchr(p, '\n');

		if (strncmp(p, name, n) == 0 && p[n] == ' ')
			return p;
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	return NULL;
}

/* The first line of want that have lacks, into e. */
static void
key_differs(const char *path, const char *have, const char *want,
    const char *from, struct gerr *e)
{
	for (const char *p = want; *p != '\0'; ) {
		size_t len = strcspn(p, "\n"), nlen = strcspn(p, " \n");
		const char *o = key_find(have, p, nlen);
		size_t olen = o != NULL ? strcspn(o, "\n") : 0;
		int wl = len > nlen ? (int)(len - nlen - 1) : 0;
		int hl = olen > nlen ? (int)(olen - nlen - 1) : 0;

		if (o == NULL || olen != len || memcmp(o, p, len) != 0) {
			gerr_set(e, EXIT_USAGE, "%s: the state was built with "
			    "different %.*s: '%.*s' in it, '%.*s' %s%s", path,
			    (int)nlen, p, hl, o != NULL && hl > 0 ?
			    o + nlen + 1 : "", wl, wl > 0 ? p + nlen + 1 : "",
			    from != NULL ? "in " : "here", from != NULL ? from :
			    "");
			if (from != NULL)
				gerr_hint(e, "states merge only when built with "
				    "the same rules and options");
			else
				gerr_hint(e, "give the rules and options the "
				    "state was built with, or build a new "
				    "state");
			return;
		}
		p += len + (p[len] == '\n');
	}
	gerr_set(e, EXIT_USAGE, "%s: the state was built with other options",
	    path);
}

/* --- writing --- */

struct wr {
	FILE		*f;
	uLong		 crc;
	size_t		 n;
	unsigned char	 b[IOBUF];
};

static void
wflush(struct wr *w)
{
	if (w->n == 0)
		return;
	w->crc = crc32(w->crc, w->b, (uInt)w->n);
	fwrite(w->b, 1, w->n, w->f);
	w->n = 0;
}

static void
wbytes(struct wr *w, const void *p, size_t len)
{
	const unsigned char *s = p;

	while (len > 0) {
		size_t k = IOBUF - w->n < len ? IOBUF - w->n : len;

		memcpy(w->b + w->n, s, k);
		w->n += k;
		s += k;
		len -= k;
		if (w->n == IOBUF)
			wflush(w);
	}
}

static void
w8(struct wr *w, unsigned v)
{
	unsigned char c = (unsigned char)v;

	wbytes(w, &c, 1);
}

static void
w32(struct wr *w, uint32_t v)
{
	unsigned char c[4];

	for (int i = 0; i < 4; i++)
		c[i] = (unsigned char)(v >> (8 * i));
	wbytes(w, c, 4);
}

static void
w64(struct wr *w, uint64_t v)
{
	unsigned char c[8];

	for (int i = 0; i < 8; i++)
		c[i] = (unsigned char)(v >> (8 * i));
	wbytes(w, c, 8);
}

static void
wtime(struct wr *w, int64_t t)
{
	w64(w, (uint64_t)t);
}

/* String id of t, as u32 length and bytes; 0 (nothing written) for an
 * id without a string. */
static int
wstr(struct wr *w, const struct intern *t, uint32_t id)
{
	size_t len;
	const char *p = intern_str(t, id, &len);

	if (p == NULL)
		return 0;
	w32(w, (uint32_t)len);
	wbytes(w, p, len);
	return 1;
}

static void
wstrings(struct wr *w, const struct intern *t)
{
	size_t n = intern_count(t);

	w32(w, (uint32_t)n);
	for (size_t i = 0; i < n; i++)
		(void)wstr(w, t, (uint32_t)i);
}

/* The case ids of the cases that have one, in case order. */
static void
wcaseids(struct wr *w, const struct agg *a)
{
	uint32_t n = 0;

	for (size_t i = 0; i < a->pub.cases.n; i++)
		n += intern_str(a->caseids, (uint32_t)i, NULL) != NULL;
	w32(w, n);
	for (size_t i = 0; i < a->pub.cases.n; i++)
		(void)wstr(w, a->caseids, (uint32_t)i);
}

/* A value and its key (k slot of case ci): time 0 and seq 0 when val is
 * INTERN_NONE. */
static void
wattr(struct wr *w, const struct agg *a, size_t ci, size_t k, uint32_t val)
{
	struct akey key = { 0, 0 };

	if (val != INTERN_NONE)
		key = agg_key(a, ci, k);
	wtime(w, key.t);
	w32(w, key.seq);
	w32(w, val);
}

/*
 * The values' strings, and after them the customer ids of the cases that
 * are no value (the format keeps a case's customer as a value too), in
 * customer order: a customer's value id, in sid[customer], is that of
 * the value with the same bytes or its place after them.  The caller
 * frees sid.
 */
static uint32_t *
wvalues(struct wr *w, const struct agg *a)
{
	size_t nstr = intern_count(a->strings);
	uint32_t *sid = xcalloc(a->pub.custs.n ? a->pub.custs.n : 1,
	    sizeof(*sid));
	const uint32_t add = INTERN_NONE - 1;	/* no value: written after */
	uint32_t next = (uint32_t)nstr;

	for (size_t k = 0; k < a->pub.custs.n; k++)
		sid[k] = INTERN_NONE;
	for (size_t i = 0; i < a->pub.cases.n; i++) {
		uint32_t k = agg_case(a, i).cust;
		size_t len;
		const char *p;

		if (k != INTERN_NONE && sid[k] == INTERN_NONE) {
			p = intern_str(a->custids, k, &len);
			sid[k] = intern_find(a->strings, p, len);
			if (sid[k] == INTERN_NONE)
				sid[k] = add;
		}
	}
	/* ids for those to add in the order they are written */
	for (size_t k = 0; k < a->pub.custs.n; k++)
		if (sid[k] == add)
			sid[k] = next++;
	w32(w, next);
	for (size_t i = 0; i < nstr; i++)
		(void)wstr(w, a->strings, (uint32_t)i);
	for (size_t k = 0; k < a->pub.custs.n; k++)
		if (sid[k] != INTERN_NONE && sid[k] >= nstr)
			(void)wstr(w, a->custids, (uint32_t)k);
	return sid;
}

/* The fields of a case that rows fold into; agg_finish derives the rest
 * (opened, resolved, and every flag but escalated and has-csat). */
static void
put_case(struct wr *w, const struct agg *a, size_t ci, uint32_t *named,
    const uint32_t *sid)
{
	const struct agg_case cv = agg_case(a, ci), *c = &cv;
	uint32_t fb;

	/* its id's index among the written ones, or none */
	if (intern_str(a->caseids, (uint32_t)ci, NULL) != NULL)
		w32(w, (*named)++);
	else
		w32(w, INTERN_NONE);
	w32(w, c->cust);
	w32(w, agg_case_rows(a, ci));
	w32(w, agg_case_inbound(a, ci));
	w32(w, agg_case_outbound(a, ci));
	w32(w, c->flags & (CASE_ESCALATED | CASE_HAS_CSAT));
	memcpy(&fb, &c->csat, sizeof(fb));
	w32(w, fb);
	wtime(w, c->opened);
	wtime(w, c->first_t);
	wtime(w, agg_case_last_t(a, ci));
	wtime(w, c->resolved);
	wtime(w, agg_case_first_out(a, ci));
	wtime(w, agg_case_last_out(a, ci));
	wattr(w, a, ci, K_CUSTOMER, c->cust == INTERN_NONE ? INTERN_NONE :
	    sid[c->cust]);
	wattr(w, a, ci, K_CHANNEL, c->channel);
	wattr(w, a, ci, K_LABEL, c->label);
	wattr(w, a, ci, K_AGENT, c->agent);
	wattr(w, a, ci, K_PRIORITY, c->priority);
	wattr(w, a, ci, K_STATUS, c->status);
	wattr(w, a, ci, K_CSAT, c->flags & CASE_HAS_CSAT ? 0 : INTERN_NONE);
}

/*
 * state_save: write a (not finished) with key to path, atomically.
 * Returns 0, or -1 with e set (the previous file, if any, is untouched).
 */
int
state_save(const struct agg *a, const char *key, const char *path,
    struct gerr *e)
{
	struct afile af;
	struct wr *w;
	uint32_t roles = 0;
	struct sev *sev;
	size_t nsev;
	uint32_t named = 0, *sid;
	int rc;

	if (afile_open(&af, path, e) == -1)
		return -1;
	af.sync = 1;
	w = xcalloc(1, sizeof(*w));
	w->f = af.f;
	w->crc = crc32(0, Z_NULL, 0);
	wbytes(w, magic, sizeof(magic));
	w32(w, STATE_VERSION);
	w32(w, (uint32_t)strlen(key));
	wbytes(w, key, strlen(key));
	w32(w, (uint32_t)a->ndims);
	for (size_t d = 0; d < a->ndims; d++) {
		w8(w, a->mode[d]);
		w32(w, (uint32_t)a->dwords[d]);
	}
	w64(w, a->seq);
	wtime(w, a->tmax);
	w64(w, a->untimed);
	for (int r = 0; r < ROLE_COUNT; r++)
		if (a->have[r])
			roles |= (uint32_t)1 << r;
	w32(w, roles);
	w8(w, (unsigned)a->have_direction);
	w8(w, (unsigned)a->have_activity);
	w8(w, (unsigned)a->have_churn);
	w8(w, (unsigned)a->have_custtable);
	w8(w, (unsigned)a->activity_is_log);
	sid = wvalues(w, a);
	wcaseids(w, a);
	wstrings(w, a->custids);
	for (size_t k = 0; k < a->pub.custs.n; k++) {
		const struct agg_cust cv = agg_cust(a, k), *c = &cv;
		uint64_t vb;

		w8(w, (unsigned)(c->churn + 1));
		w8(w, (unsigned)c->listed);
		w8(w, (unsigned)c->has_value);
		wtime(w, c->churn_time);
		memcpy(&vb, &c->value, sizeof(vb));
		w64(w, vb);
	}
	w64(w, a->pub.cases.n);
	for (size_t i = 0; i < a->pub.cases.n; i++) {
		put_case(w, a, i, &named, sid);
		for (size_t f = 0; f < a->nfirst; f++) {
			uint32_t l = agg_lf(a, i, f);
			struct akey lk = { 0, 0 };

			if (l != LF_NONE && l != LF_FB)
				lk = agg_key(a, i, NATTR + f);
			wtime(w, lk.t);
			w32(w, lk.seq);
			w32(w, l);
		}
		for (size_t k = 0; k < a->nwords; k++)
			w64(w, a->lbits[i * a->nwords + k]);
	}
	sev = agg_sevs(a, &nsev);
	w64(w, nsev);
	for (size_t i = 0; i < nsev; i++) {
		w32(w, sev[i].cs);
		w32(w, sev[i].seq);
		wtime(w, sev[i].t);
		w8(w, (unsigned)sev[i].res);
	}
	free(sev);
	free(sid);
	w64(w, a->nact);
	for (size_t i = 0; i < a->nact; i++) {
		w32(w, a->act[i].cust);
		wtime(w, a->act[i].t);
	}
	wflush(w);
	{
		unsigned char c[4];
		uint32_t crc = (uint32_t)w->crc;

		for (int i = 0; i < 4; i++)
			c[i] = (unsigned char)(crc >> (8 * i));
		fwrite(c, 1, 4, w->f);
	}
	free(w);
	rc = afile_commit(&af, 0, e);
	return rc;
}

/* --- reading --- */

struct rd {
	FILE		*f;
	uint64_t	 left;		/* bytes before the CRC not yet read */
	size_t		 pos, len;
	int		 bad;
	unsigned char	 b[IOBUF];
};

static void
rbytes(struct rd *r, void *p, size_t n)
{
	unsigned char *d = p;

	if (r->bad || n > r->left) {
		r->bad = 1;
		memset(p, 0, n);
		return;
	}
	r->left -= n;
	while (n > 0) {
		size_t k;

		if (r->pos == r->len) {
			r->len = fread(r->b, 1, IOBUF, r->f);
			r->pos = 0;
			if (r->len == 0) {
				r->bad = 1;
				memset(d, 0, n);
				return;
			}
		}
		k = r->len - r->pos < n ? r->len - r->pos : n;
		memcpy(d, r->b + r->pos, k);
		r->pos += k;
		d += k;
		n -= k;
	}
}

static unsigned
r8(struct rd *r)
{
	unsigned char c;

	rbytes(r, &c, 1);
	return c;
}

static uint32_t
r32(struct rd *r)
{
	unsigned char c[4];
	uint32_t v = 0;

	rbytes(r, c, 4);
	for (int i = 3; i >= 0; i--)
		v = v << 8 | c[i];
	return v;
}

static uint64_t
r64(struct rd *r)
{
	unsigned char c[8];
	uint64_t v = 0;

	rbytes(r, c, 8);
	for (int i = 7; i >= 0; i--)
		v = v << 8 | c[i];
	return v;
}

static int64_t
rtime(struct rd *r)
{
	return (int64_t)r64(r);
}

/* A count of items of at least size bytes each that fits in what is
 * left; 0 and bad when it does not. */
static uint64_t
rcount64(struct rd *r, uint64_t n, size_t size)
{
	if (r->bad || (size > 0 && n > r->left / size)) {
		r->bad = 1;
		return 0;
	}
	return n;
}

static void
rstrings(struct rd *r, struct intern *t, struct buf *tmp)
{
	uint64_t n = rcount64(r, r32(r), 4);

	for (uint64_t i = 0; i < n && !r->bad; i++) {
		uint32_t len = r32(r);

		if (len > r->left) {
			r->bad = 1;
			break;
		}
		buf_reset(tmp);
		buf_reserve(tmp, len + 1);
		rbytes(r, tmp->p, len);
		if (!r->bad && intern_id(t, tmp->p, len) != i)
			r->bad = 1;	/* the same string twice */
	}
}

static uint32_t
rattr(struct rd *r, struct akey *k, size_t nstr)
{
	uint32_t val;

	k->t = rtime(r);
	k->seq = r32(r);
	val = r32(r);
	if (val != INTERN_NONE && val >= nstr)
		r->bad = 1;
	return val;
}

/* Whether value v of a (a string id, read) has the bytes of customer k's
 * id. */
static int
same_customer(const struct agg *a, uint32_t v, uint32_t k)
{
	size_t n, m;
	const char *p = intern_str(a->strings, v, &n);
	const char *q = intern_str(a->custids, k, &m);

	return n == m && memcmp(p, q, n) == 0;
}

/* A case of a (its id's index in the state's table in *id), its value
 * keys (k, NATTR of them) and times x. */
static void
get_case(struct rd *r, const struct agg *a, struct agg_case *c,
    uint32_t *id, struct akey *k, struct cext *x, size_t nids)
{
	size_t nstr = intern_count(a->strings);
	uint32_t fb, cv;

	memset(c, 0, sizeof(*c));
	c->xk = XK_NONE;
	*id = r32(r);
	c->cust = r32(r);
	x->rows = r32(r);
	x->inbound = r32(r);
	x->outbound = r32(r);
	c->flags = r32(r) & (CASE_ESCALATED | CASE_HAS_CSAT);
	fb = r32(r);
	memcpy(&c->csat, &fb, sizeof(fb));
	c->opened = rtime(r);
	c->first_t = rtime(r);
	x->last_t = rtime(r);
	c->resolved = rtime(r);
	x->first_out = rtime(r);
	x->last_out = rtime(r);
	/* the customer as a value too: there exactly when c->cust is */
	cv = rattr(r, &k[K_CUSTOMER], nstr);
	c->channel = rattr(r, &k[K_CHANNEL], nstr);
	c->label = rattr(r, &k[K_LABEL], nstr);
	c->agent = rattr(r, &k[K_AGENT], nstr);
	c->priority = rattr(r, &k[K_PRIORITY], nstr);
	c->status = rattr(r, &k[K_STATUS], nstr);
	(void)rattr(r, &k[K_CSAT], 1);
	if ((*id != INTERN_NONE && *id >= nids) ||
	    (c->cust != INTERN_NONE && c->cust >= a->pub.custs.n) ||
	    (cv == INTERN_NONE) != (c->cust == INTERN_NONE) ||
	    c->first_t == TIME_NONE || x->rows == 0)
		r->bad = 1;
	else if (c->cust != INTERN_NONE && !r->bad &&
	    !same_customer(a, cv, c->cust))
		r->bad = 1;
}

/* Check the magic, the version and the CRC of f (size bytes); 0, or -1
 * with e set. */
static int
check_file(FILE *f, const char *path, uint64_t size, struct gerr *e)
{
	unsigned char *b = xmalloc(IOBUF), head[12], tail[4];
	uLong crc = crc32(0, Z_NULL, 0);
	uint64_t left = size - 4;
	uint32_t want = 0, version = 0;

	if (size < sizeof(head) + 4 || fread(head, 1, sizeof(head), f) !=
	    sizeof(head) || memcmp(head, magic, sizeof(magic)) != 0) {
		gerr_set(e, EXIT_DATA, "%s: not a gripe state", path);
		gerr_hint(e, "states are written by --save-state and gripe "
		    "merge");
		free(b);
		return -1;
	}
	for (int i = 3; i >= 0; i--)
		version = version << 8 | head[8 + i];
	if (version != STATE_VERSION) {
		gerr_set(e, EXIT_DATA, "%s: a state of format version %" PRIu32
		    "; this gripe reads version %d", path, version,
		    STATE_VERSION);
		gerr_hint(e, "build the state again from its logs");
		free(b);
		return -1;
	}
	rewind(f);
	while (left > 0) {
		size_t k = left < IOBUF ? (size_t)left : IOBUF;

		if (fread(b, 1, k, f) != k)
			break;
		crc = crc32(crc, b, (uInt)k);
		left -= k;
	}
	free(b);
	if (left > 0 || fread(tail, 1, 4, f) != 4) {
		gerr_set(e, EXIT_DATA, "%s: read error: %s", path,
		    ferror(f) ? strerror(errno) : "the file shrank");
		return -1;
	}
	for (int i = 3; i >= 0; i--)
		want = want << 8 | tail[i];
	if (want != (uint32_t)crc) {
		gerr_set(e, EXIT_DATA, "%s: the state is damaged (its checksum "
		    "does not match)", path);
		gerr_hint(e, "build it again, or use an earlier copy");
		return -1;
	}
	rewind(f);
	return 0;
}

/* Read everything after the key into a fresh agg; NULL when bad. */
static struct agg *
read_body(struct rd *r, const struct agg_opts *o, struct buf *tmp)
{
	struct agg *a = NULL;
	uint64_t nd = rcount64(r, r32(r), 5), n;
	unsigned char *mode = xcalloc(nd ? nd : 1, 1);
	size_t *nw = xcalloc(nd ? nd : 1, sizeof(*nw));
	struct akey *keys = NULL;
	struct cext x;
	struct intern *ids = NULL;	/* the state's case ids */
	uint32_t roles;
	size_t nids, named = 0;

	for (uint64_t d = 0; d < nd; d++) {
		mode[d] = (unsigned char)r8(r);
		nw[d] = r32(r);
		if (mode[d] > MODE_ALL || (mode[d] == MODE_ALL &&
		    nw[d] > 1024) || (o->rules != NULL && (nd !=
		    o->rules->ndims || mode[d] != o->rules->dims[d].mode ||
		    (mode[d] == MODE_ALL && nw[d] !=
		    o->rules->dims[d].nwords))))
			r->bad = 1;
	}
	if (o->rules != NULL && nd != o->rules->ndims)
		r->bad = 1;
	if (r->bad)
		goto out;
	a = agg_new_layout(o, nd, mode, nw);
	{
		uint64_t seq = r64(r);

		if (seq > SEQ_MAX)
			r->bad = 1;
		a->seq = (uint32_t)seq;
	}
	a->tmax = rtime(r);
	a->untimed = (unsigned long)r64(r);
	roles = r32(r);
	for (int k = 0; k < ROLE_COUNT; k++)
		a->have[k] = (roles >> k) & 1;
	a->have_direction = r8(r) != 0;
	a->have_activity = r8(r) != 0;
	a->have_churn = r8(r) != 0;
	a->have_custtable = r8(r) != 0;
	a->activity_is_log = r8(r) != 0;
	rstrings(r, a->strings, tmp);
	ids = intern_new();
	rstrings(r, ids, tmp);
	rstrings(r, a->custids, tmp);
	nids = intern_count(ids);
	n = intern_count(a->custids);
	if (r->bad || rcount64(r, n, 19) != n)
		goto bad;
	for (size_t k = 0; k < (size_t)n; k++)
		(void)agg_add_cust(a);
	for (size_t k = 0; k < a->pub.custs.n && !r->bad; k++) {
		struct agg_cust cv, *c = &cv;
		uint64_t vb;
		unsigned ch = r8(r);

		c->churn = (signed char)((int)ch - 1);
		c->listed = r8(r) != 0;
		c->has_value = r8(r) != 0;
		c->churn_time = rtime(r);
		vb = r64(r);
		memcpy(&c->value, &vb, sizeof(vb));
		if (ch > 2)
			r->bad = 1;
		else
			agg_put_cust(a, k, c);
	}
	n = rcount64(r, r64(r), 172 + 16 * a->nfirst + 8 * a->nwords);
	if (r->bad || n > UINT32_MAX)
		goto bad;
	keys = xcalloc(a->kstride, sizeof(*keys));
	for (size_t i = 0; i < (size_t)n && !r->bad; i++) {
		struct agg_case c;
		uint32_t id;

		get_case(r, a, &c, &id, keys, &x, nids);
		/* case i's id is caseids' id i: re-interned in case order */
		if (r->bad)
			break;
		(void)agg_add_case(a);
		agg_put_case(a, i, &c);
		if (id == INTERN_NONE)
			(void)intern_unnamed(a->caseids);
		else {
			size_t len;
			const char *p = intern_str(ids, id, &len);

			if (intern_id(a->caseids, p, len) != i)
				r->bad = 1;	/* two cases of one id */
			named++;
		}
		for (size_t f = 0; f < a->nfirst; f++) {
			keys[NATTR + f].t = rtime(r);
			keys[NATTR + f].seq = r32(r);
			agg_set_lf(a, i, f, r32(r));
		}
		for (size_t k = 0; k < a->nwords; k++)
			a->lbits[i * a->nwords + k] = r64(r);
		if (!r->bad)
			agg_set_keys(a, i, keys, &x);
	}
	if (named != nids)
		r->bad = 1;	/* an id of no case */
	if (o->rules != NULL)
		for (size_t d = 0; d < a->ndims && !r->bad; d++) {
			if (a->mode[d] != MODE_FIRST)
				continue;
			for (size_t i = 0; i < a->pub.cases.n; i++) {
				uint32_t l = agg_lf(a, i, a->slot[d]);

				if (l != LF_NONE && l != LF_FB &&
				    l >= o->rules->dims[d].nlabels)
					r->bad = 1;
			}
		}
	n = rcount64(r, r64(r), 17);
	if (r->bad)
		goto bad;
	for (uint64_t i = 0; i < n && !r->bad; i++) {
		struct sev e;

		e.cs = r32(r);
		e.seq = r32(r) & SEQ_MAX;
		e.t = rtime(r);
		e.res = r8(r) != 0;
		if (e.cs >= a->pub.cases.n)
			r->bad = 1;
		else
			agg_add_sev(a, &e);
	}
	n = rcount64(r, r64(r), 12);
	if (r->bad)
		goto bad;
	a->nact = a->actcap = (size_t)n;
	a->act = xcalloc(n ? n : 1, sizeof(*a->act));
	for (size_t i = 0; i < a->nact && !r->bad; i++) {
		a->act[i].cust = r32(r);
		a->act[i].t = rtime(r);
		if (a->act[i].cust >= a->pub.custs.n)
			r->bad = 1;
	}
	if (!r->bad && r->left == 0)
		goto out;
bad:
	r->bad = 1;
	agg_free(a);
	a = NULL;
out:
	intern_free(ids);
	free(keys);
	free(mode);
	free(nw);
	return a;
}

/*
 * state_load: read the state at path into a new agg with options o (o's
 * rules, when not NULL, must have the state's label layout).  With key
 * not NULL the state's key must be the same (from: the state key came
 * from, for the message; NULL: this run); with keyout not NULL the
 * state's key is put there.  Returns the agg (not finished), or NULL with
 * e set.
 */
struct agg *
state_load(const char *path, const struct agg_opts *o, const char *key,
    const char *from, struct buf *keyout, struct gerr *e)
{
	struct rd *r = NULL;
	struct agg *a = NULL;
	struct buf k, tmp;
	struct stat st;
	FILE *f = fopen(path, "rb");
	uint32_t klen;

	buf_init(&k);
	buf_init(&tmp);
	if (f == NULL) {
		gerr_set(e, EXIT_DATA, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fileno(f), &st) == -1 || !S_ISREG(st.st_mode)) {
		gerr_set(e, EXIT_DATA, "%s: %s", path, S_ISDIR(st.st_mode) ?
		    "is a directory" : "not a regular file");
		goto out;
	}
	if (check_file(f, path, (uint64_t)st.st_size, e) == -1)
		goto out;
	r = xcalloc(1, sizeof(*r));
	r->f = f;
	r->left = (uint64_t)st.st_size - 4;
	{
		unsigned char head[12];		/* magic and version */

		rbytes(r, head, sizeof(head));
	}
	klen = r32(r);
	if (klen > r->left) {
		r->bad = 1;
	} else {
		buf_reserve(&k, klen + 1);
		rbytes(r, k.p, klen);
		k.len = klen;
		k.p[klen] = '\0';
	}
	if (r->bad)
		goto damaged;
	if (key != NULL && strcmp(buf_cstr(&k), key) != 0) {
		key_differs(path, buf_cstr(&k), key, from, e);
		goto out;
	}
	if (keyout != NULL) {
		buf_reset(keyout);
		buf_add(keyout, k.p, k.len);
	}
	a = read_body(r, o, &tmp);
	if (a != NULL)
		goto out;
damaged:
	gerr_set(e, EXIT_DATA, "%s: the state is damaged (its checksum "
	    "matches but its contents do not add up)", path);
	gerr_hint(e, "was it written by another program?");
out:
	free(r);
	buf_fini(&k);
	buf_fini(&tmp);
	fclose(f);
	return a;
}
