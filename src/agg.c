/* agg.c: the one-pass aggregate state: per-case records.
 *
 * Every row is folded into the record of its case (rows sharing a case id;
 * without a case column every row is a case) as it arrives, in any order:
 * each value that comes "from the first row" or "from the last row" keeps
 * the key (time, input order) of the row it came from and is replaced only
 * by a row with a smaller or larger key, so the result never depends on
 * how the input was sorted.  Only the status history is order-dependent
 * (which run of statuses is the final one); rows with a status are kept as
 * small events (16 bytes) and sorted per case by agg_finish.  No text is
 * kept but the interned values (case ids, customers, channels, agents,
 * priorities, statuses, labels), each once.
 *
 * Most cases of a ticket export have one row, so a case of one row keeps
 * one key (its first_t and seq0) for all its values and its status event,
 * if any, in two flags; its second row moves them to a key record (xk)
 * and the event list.  That halves the memory per case.
 *
 * The records are packed (pack.h): each field as many bytes as its
 * largest code needs; ids are stored plus one, so that none is code 0,
 * times zigzagged (a 2025 time takes 4 bytes): a ticket of an export
 * without csat or opened columns takes about 20 bytes, not 64.  Functions
 * read a case into a struct agg_case (agg_case, inline: only the fields
 * used are unpacked) and write back what they changed (case_update,
 * case_put).
 *
 * Labels per dimension: mode=first keeps the label of the case's first row
 * (by key) that a rule labelled, else the fallback when some row was in the
 * dimension's rows=; mode=all keeps the union over the case's rows.
 *
 * agg_finish derives what needs every row: when a case was resolved (its
 * latest closed value; else, when its latest status means resolved, the
 * time of the first row of that final run of resolved statuses), reopened
 * (a resolved status followed by an unresolved one), followed up (an
 * outbound row after the resolution) and repeat (the same customer opened
 * a case with the same category label within the repeat window before).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "agg_priv.h"
#include "util.h"

/* The codes of agg.h's agg_case, the other way. */
static inline uint64_t
id_code(uint32_t v)
{
	return (uint32_t)(v + 1);
}

/* Zigzag (0, -1, 1, -2, ... to 0, 1, 2, 3, ...) plus one: TIME_NONE
 * (INT64_MIN) wraps to 0, every other time is its own code. */
static inline uint64_t
time_code(int64_t t)
{
	uint64_t u = (uint64_t)t;

	return ((u << 1) ^ (0 - (u >> 63))) + 1;
}

/* A case's first row comes after the rows that made the cases before
 * it: seq0 is kept as its distance from the case's index (1 for a log of
 * one row per case), wrapping (a state's file may say anything). */
static inline uint64_t
seq_code(uint32_t seq0, size_t i)
{
	return (uint32_t)(seq0 - (uint32_t)i);
}

static inline uint64_t
lf_code(uint32_t l)
{
	return l == LF_NONE ? 0 : l == LF_FB ? 1 : (uint64_t)l + 2;
}

static inline uint64_t
float_code(float f)
{
	uint32_t b;

	memcpy(&b, &f, sizeof(b));
	return b;
}

static inline uint32_t
code_lf(uint64_t c)
{
	return c == 0 ? LF_NONE : c == 1 ? LF_FB : (uint32_t)(c - 2);
}

/* A case of no rows: every field none, as a new record reads. */
static const struct agg_case case_none = {
	.cust = INTERN_NONE, .xk = XK_NONE, .channel = INTERN_NONE,
	.label = INTERN_NONE, .agent = INTERN_NONE, .priority = INTERN_NONE,
	.status = INTERN_NONE, .opened = TIME_NONE, .first_t = TIME_NONE,
	.resolved = TIME_NONE
};

/* Case i, whose fields are o's, gets c's: only those that differ are
 * stored (a row changes a few). */
static void
case_update(struct agg *a, size_t i, const struct agg_case *o,
    const struct agg_case *c)
{
	struct pack *k = &a->pub.cases;

#define UPD(f, F, code)	do {					\
	if (c->f != o->f)						\
		pack_set(k, i, F, code(c->f));				\
} while (0)
#define ASIS(v)	(v)
	/* (times and ids compare as values, csat as its bits) */
	UPD(cust, AGG_F_CUST, id_code);
	UPD(flags, AGG_F_FLAGS, ASIS);
	if (float_code(c->csat) != float_code(o->csat))
		pack_set(k, i, AGG_F_CSAT, float_code(c->csat));
	if (c->seq0 != o->seq0)
		pack_set(k, i, AGG_F_SEQ0, seq_code(c->seq0, i));
	UPD(xk, AGG_F_XK, id_code);
	UPD(channel, AGG_F_CHANNEL, id_code);
	UPD(label, AGG_F_LABEL, id_code);
	UPD(agent, AGG_F_AGENT, id_code);
	UPD(priority, AGG_F_PRIORITY, id_code);
	UPD(status, AGG_F_STATUS, id_code);
	UPD(opened, AGG_F_OPENED, time_code);
	UPD(first_t, AGG_F_FIRST_T, time_code);
	UPD(resolved, AGG_F_RESOLVED, time_code);
#undef UPD
#undef ASIS
}

/* Case i's fields are c's. */
static void
case_put(struct agg *a, size_t i, const struct agg_case *c)
{
	struct agg_case o = agg_case(a, i);

	case_update(a, i, &o, c);
}

/* agg_put_case: case i (for reading states) is c. */
void
agg_put_case(struct agg *a, size_t i, const struct agg_case *c)
{
	case_put(a, i, c);
}

/* agg_lf: case i's mode=first label number f (LF_NONE, LF_FB, a label). */
uint32_t
agg_lf(const struct agg *a, size_t i, size_t f)
{
	return code_lf(pack_get(&a->pub.cases, i, AGG_F_LF + f));
}

/* Customer k, whose fields are o's, gets c's (only those that differ
 * are stored). */
static void
cust_update(struct agg *a, size_t k, const struct agg_cust *o,
    const struct agg_cust *c)
{
	struct pack *p = &a->pub.custs;
	uint64_t ob, cb;

	if (c->churn != o->churn)
		pack_set(p, k, AGG_C_CHURN, (uint64_t)(c->churn + 1));
	if (c->listed != o->listed)
		pack_set(p, k, AGG_C_LISTED, (uint64_t)(c->listed != 0));
	if (c->has_value != o->has_value)
		pack_set(p, k, AGG_C_HAS_VALUE, (uint64_t)(c->has_value != 0));
	if (c->churn_time != o->churn_time)
		pack_set(p, k, AGG_C_CHURN_TIME, time_code(c->churn_time));
	memcpy(&ob, &o->value, sizeof(ob));
	memcpy(&cb, &c->value, sizeof(cb));
	if (cb != ob)
		pack_set(p, k, AGG_C_VALUE, cb);
}

/* agg_add_cust: a new customer, nothing known of it (for reading
 * states: its id is the caller's, at the same index of custids). */
size_t
agg_add_cust(struct agg *a)
{
	return pack_add(&a->pub.custs);
}

/* agg_put_cust: customer k (for reading states) is c. */
void
agg_put_cust(struct agg *a, size_t k, const struct agg_cust *c)
{
	struct agg_cust o = agg_cust(a, k);

	cust_update(a, k, &o, c);
}

/* agg_set_lf: case i's mode=first label number f is l. */
void
agg_set_lf(struct agg *a, size_t i, size_t f, uint32_t l)
{
	pack_set(&a->pub.cases, i, AGG_F_LF + f, lf_code(l));
}

/* agg_new_layout: an empty state whose labels have the layout of ndims
 * dimensions, mode[d] MODE_FIRST or MODE_ALL with nwords[d] words (a saved
 * state's, when o has no rules).  Cannot fail. */
struct agg *
agg_new_layout(const struct agg_opts *o, size_t ndims,
    const unsigned char *mode, const size_t *nwords)
{
	struct agg *a = xcalloc(1, sizeof(*a));

	a->o = *o;
	a->caseids = intern_new();
	a->custids = intern_new();
	a->strings = intern_new_few();
	a->tmax = TIME_NONE;
	a->ndims = ndims;
	a->mode = xcalloc(ndims ? ndims : 1, sizeof(*a->mode));
	a->dwords = xcalloc(ndims ? ndims : 1, sizeof(*a->dwords));
	a->slot = xcalloc(ndims ? ndims : 1, sizeof(*a->slot));
	for (size_t d = 0; d < ndims; d++) {
		a->mode[d] = mode[d];
		a->dwords[d] = mode[d] == MODE_FIRST ? 0 : nwords[d];
		if (mode[d] == MODE_FIRST)
			a->slot[d] = a->nfirst++;
		else {
			a->slot[d] = a->nwords;
			a->nwords += nwords[d];
		}
	}
	a->kstride = NATTR + a->nfirst;
	pack_init(&a->pub.cases, AGG_F_LF + a->nfirst);
	pack_init(&a->pub.custs, AGG_C_COUNT);
	return a;
}

/* agg_new: an empty state; the options (and the rules they point to) must
 * outlive it.  Cannot fail. */
struct agg *
agg_new(const struct agg_opts *o)
{
	const struct rule_set *s = o->rules;
	size_t n = s != NULL ? s->ndims : 0;
	unsigned char *mode = xcalloc(n ? n : 1, sizeof(*mode));
	size_t *nw = xcalloc(n ? n : 1, sizeof(*nw));
	struct agg *a;

	for (size_t d = 0; d < n; d++) {
		mode[d] = (unsigned char)s->dims[d].mode;
		nw[d] = s->dims[d].nwords;
	}
	a = agg_new_layout(o, n, mode, nw);
	free(mode);
	free(nw);
	return a;
}

/* agg_free: accepts NULL. */
void
agg_free(struct agg *a)
{
	if (a == NULL)
		return;
	intern_free(a->caseids);
	intern_free(a->custids);
	intern_free(a->strings);
	pack_fini(&a->pub.custs);
	free(a->act);
	free(a->act_off);
	pack_fini(&a->pub.cases);
	free(a->slot);
	free(a->mode);
	free(a->dwords);
	free(a->keys);
	free(a->ext);
	free(a->lbits);
	free(a->sev);
	free(a);
}

/* One state holds at most SEQ_MAX rows: the input order of a row must fit
 * its status event. */
static void
too_many_rows(void)
{
	diag_err("more than %u rows with a time in one state: a limit of "
	    "this version", SEQ_MAX);
	exit(EXIT_DATA);
}

static int
before(int64_t t, uint32_t seq, int64_t t2, uint32_t seq2)
{
	return t < t2 || (t == t2 && seq < seq2);
}

/* Whether a value from the row (t, seq) is to replace *val, the value
 * from the first row (by key; k the value's key, NULL for a case's first
 * row); the key is the row's when it is. */
static int
take_first(const uint32_t *val, struct akey *k, int64_t t, uint32_t seq)
{
	if (*val != INTERN_NONE && (k == NULL || !before(t, seq, k->t,
	    k->seq)))
		return 0;
	if (k != NULL) {
		k->t = t;
		k->seq = seq;
	}
	return 1;
}

/* Take v as the value *val from the first row (see take_first). */
static void
first_attr(struct agg *a, uint32_t *val, struct akey *k, struct slice v,
    int64_t t, uint32_t seq)
{
	if (v.len > 0 && take_first(val, k, t, seq))
		*val = intern_id(a->strings, v.p, v.len);
}

/* The same for the value from the last row. */
static void
last_attr(struct agg *a, uint32_t *val, struct akey *k, struct slice v,
    int64_t t, uint32_t seq)
{
	if (v.len == 0)
		return;
	if (*val != INTERN_NONE && (k == NULL || !before(k->t, k->seq, t,
	    seq)))
		return;
	*val = intern_id(a->strings, v.p, v.len);
	if (k != NULL) {
		k->t = t;
		k->seq = seq;
	}
}

/* The earlier (tmin) or later (tmax) of *x and y, TIME_NONE counting as
 * no value. */
static void
tmin(int64_t *x, int64_t y)
{
	if (y != TIME_NONE && (*x == TIME_NONE || y < *x))
		*x = y;
}

static void
tmax(int64_t *x, int64_t y)
{
	if (y != TIME_NONE && (*x == TIME_NONE || y > *x))
		*x = y;
}

/* A number such as 4, 4.5 or 8/10 (the part before '/'); -1 if none. */
static int
csat_value(struct slice v, float *out)
{
	char buf[32], *end;
	double d;

	if (v.len == 0 || v.len >= sizeof(buf))
		return -1;
	memcpy(buf, v.p, v.len);
	buf[v.len] = '\0';
	d = strtod(buf, &end);
	if (end == buf || !(*end == '\0' || *end == '/' || *end == ' ') ||
	    !isfinite(d))
		return -1;
	*out = (float)d;
	return 0;
}

/* A new case record, its index returned; its id (a name or none) is the
 * caller's, at the same index of caseids. */
static size_t
new_case(struct agg *a)
{
	size_t cap = a->pub.cases.cap;
	/* a new packed record is every field's none (code 0) */
	size_t ci = pack_add(&a->pub.cases);

	/* per-case label sets only when there are such dimensions (one
	 * element otherwise, never touched) */
	if (a->pub.cases.cap != cap || a->lbits == NULL)
		a->lbits = xreallocarray(a->lbits, a->nwords ?
		    a->pub.cases.cap * a->nwords : 1, sizeof(*a->lbits));
	if (a->nwords > 0)
		memset(a->lbits + ci * a->nwords, 0,
		    a->nwords * sizeof(*a->lbits));
	return ci;
}

/* agg_add_case: a new case of no rows, every field none (for reading
 * states: its id is the caller's, at the same index of caseids). */
size_t
agg_add_case(struct agg *a)
{
	return new_case(a);
}

/* The status event a case of one row keeps in its flags (CASE_SEV1), as
 * case ci with its seq moved by off. */
static struct sev
sev1(const struct agg_case *c, size_t ci, uint32_t off)
{
	struct sev e;

	e.t = c->first_t;
	e.cs = (uint32_t)ci;
	e.seq = c->seq0 + off;
	e.res = (c->flags & CASE_SEV1RES) != 0;
	return e;
}

static void
push_sev(struct agg *a, const struct sev *e)
{
	if (a->nsev == a->sevcap) {
		a->sevcap = a->sevcap ? a->sevcap * 2 : 1024;
		a->sev = xreallocarray(a->sev, a->sevcap, sizeof(*a->sev));
	}
	a->sev[a->nsev++] = *e;
}

/* The counts and times of case i: its record's, or what its one row (if
 * any) gives. */
static struct cext
ext_of(const struct agg *a, size_t i)
{
	/* inline: only the fields used are unpacked */
	const struct agg_case c = agg_case(a, i);
	struct cext x;

	if (c.xk != XK_NONE)
		return a->ext[c.xk];
	x.last_t = c.first_t;
	x.first_out = x.last_out = c.flags & CASE_OUT1 ? c.first_t :
	    TIME_NONE;
	x.rows = (c.flags & CASE_ROW1) != 0;
	x.inbound = (c.flags & CASE_IN1) != 0;
	x.outbound = (c.flags & CASE_OUT1) != 0;
	return x;
}

/* The keys of case ci, made (from its one row's key, its status flags
 * becoming an event) when it has none yet: call before the case gets a
 * second row. */
static struct akey *
keys_of(struct agg *a, size_t ci)
{
	struct agg_case rec, *c = &rec;
	struct akey *k;
	uint32_t xk = agg_case(a, ci).xk;

	if (xk != XK_NONE)
		return a->keys + (size_t)xk * a->kstride;
	rec = agg_case(a, ci);
	if (a->nkeys == a->keyscap) {
		a->keyscap = a->keyscap ? a->keyscap * 2 : 256;
		a->keys = xreallocarray(a->keys, a->keyscap * a->kstride,
		    sizeof(*a->keys));
		a->ext = xreallocarray(a->ext, a->keyscap, sizeof(*a->ext));
	}
	a->ext[a->nkeys] = ext_of(a, ci);
	c->xk = (uint32_t)a->nkeys++;
	c->flags &= ~(uint32_t)(CASE_ROW1 | CASE_IN1 | CASE_OUT1);
	k = a->keys + (size_t)c->xk * a->kstride;
	for (size_t i = 0; i < a->kstride; i++) {
		k[i].t = c->first_t;
		k[i].seq = c->seq0;
	}
	if (c->flags & CASE_SEV1) {
		struct sev e = sev1(c, ci, 0);

		push_sev(a, &e);
		c->flags &= ~(uint32_t)(CASE_SEV1 | CASE_SEV1RES);
	}
	case_put(a, ci, c);
	return k;
}

/* agg_case_rows: how many rows case i has. */
uint32_t
agg_case_rows(const struct agg *a, size_t i)
{
	return ext_of(a, i).rows;
}

/* agg_case_inbound: how many of case i's rows are inbound. */
uint32_t
agg_case_inbound(const struct agg *a, size_t i)
{
	return ext_of(a, i).inbound;
}

/* agg_case_outbound: how many of case i's rows are outbound. */
uint32_t
agg_case_outbound(const struct agg *a, size_t i)
{
	return ext_of(a, i).outbound;
}

/* agg_case_last_t: the time of case i's latest row. */
int64_t
agg_case_last_t(const struct agg *a, size_t i)
{
	return ext_of(a, i).last_t;
}

/* agg_case_first_out: the time of case i's first outbound row, or
 * TIME_NONE. */
int64_t
agg_case_first_out(const struct agg *a, size_t i)
{
	return ext_of(a, i).first_out;
}

/* agg_case_last_out: the time of case i's last outbound row, or
 * TIME_NONE. */
int64_t
agg_case_last_out(const struct agg *a, size_t i)
{
	return ext_of(a, i).last_out;
}

/* agg_key: key slot k of case ci. */
struct akey
agg_key(const struct agg *a, size_t ci, size_t k)
{
	const struct agg_case c = agg_case(a, ci);
	struct akey r;

	if (c.xk != XK_NONE)
		return a->keys[(size_t)c.xk * a->kstride + k];
	r.t = c.first_t;
	r.seq = c.seq0;
	return r;
}

/* Whether key slot k of case ci belongs to a value. */
static int
key_used(const struct agg *a, const struct agg_case *c, size_t ci,
    size_t k)
{
	uint32_t l;

	switch (k) {
	case K_CUSTOMER:	return c->cust != INTERN_NONE;
	case K_CHANNEL:		return c->channel != INTERN_NONE;
	case K_LABEL:		return c->label != INTERN_NONE;
	case K_AGENT:		return c->agent != INTERN_NONE;
	case K_PRIORITY:	return c->priority != INTERN_NONE;
	case K_STATUS:		return c->status != INTERN_NONE;
	case K_CSAT:		return (c->flags & CASE_HAS_CSAT) != 0;
	default:
		l = agg_lf(a, ci, k - NATTR);
		return l != LF_NONE && l != LF_FB;
	}
}

/* agg_set_keys: case ci (its values and first_t set, no rows yet) has
 * keys k (kstride of them) and counts and times x: kept as one key and
 * flags when it has one row, every value has the same key and x is what
 * the row gives, else as a key record.  For reading states. */
void
agg_set_keys(struct agg *a, size_t ci, const struct akey *k,
    const struct cext *x)
{
	struct agg_case rec = agg_case(a, ci), *c = &rec;
	int64_t out = x->outbound ? c->first_t : TIME_NONE;
	int one = x->rows == 1 && c->xk == XK_NONE &&
	    x->inbound + x->outbound <= 1 && x->last_t == c->first_t &&
	    x->first_out == out && x->last_out == out, have = 0;
	uint32_t seq = 0;

	for (size_t i = 0; i < a->kstride && one; i++) {
		if (!key_used(a, c, ci, i))
			continue;
		if (k[i].t != c->first_t || (have && k[i].seq != seq))
			one = 0;
		seq = k[i].seq;
		have = 1;
	}
	if (one) {
		c->seq0 = seq;
		c->flags |= CASE_ROW1 | (x->inbound ? CASE_IN1 : 0) |
		    (x->outbound ? CASE_OUT1 : 0);
		case_put(a, ci, c);
		return;
	}
	memcpy(keys_of(a, ci), k, a->kstride * sizeof(*k));
	a->ext[agg_case(a, ci).xk] = *x;
}

/* agg_add_sev: add status event e (for reading states). */
void
agg_add_sev(struct agg *a, const struct sev *e)
{
	struct agg_case rec = agg_case(a, e->cs), *c = &rec;

	if (c->xk == XK_NONE && (c->flags & CASE_ROW1) &&
	    !(c->flags & CASE_SEV1) &&
	    e->t == c->first_t && e->seq == c->seq0) {
		c->flags |= CASE_SEV1 | (e->res ? CASE_SEV1RES : 0);
		case_put(a, e->cs, c);
		return;
	}
	(void)keys_of(a, e->cs);
	push_sev(a, e);
}

static int
cmp_sev_seq(const void *x, const void *y)
{
	const struct sev *a = x, *b = y;

	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* agg_nsevs: how many status events, those of cases of one row too (a
 * not finished). */
size_t
agg_nsevs(const struct agg *a)
{
	size_t k = a->nsev;

	for (size_t i = 0; i < a->pub.cases.n; i++)
		if (agg_case(a, i).flags & CASE_SEV1)
			k++;
	return k;
}

/* agg_sevs: every status event (agg_nsevs of them, in *n), in input
 * order (a not finished).  Free the array. */
struct sev *
agg_sevs(const struct agg *a, size_t *n)
{
	size_t k = agg_nsevs(a);
	struct sev *e;

	e = xcalloc(k ? k : 1, sizeof(*e));
	if (a->nsev > 0)
		memcpy(e, a->sev, a->nsev * sizeof(*e));
	k = a->nsev;
	for (size_t i = 0; i < a->pub.cases.n; i++) {
		struct agg_case c;

		if (!(agg_case(a, i).flags & CASE_SEV1))
			continue;
		c = agg_case(a, i);
		e[k++] = sev1(&c, i, 0);
	}
	qsort(e, k, sizeof(*e), cmp_sev_seq);
	*n = k;
	return e;
}

/* The index of the case with id (n bytes at p), added when new: a case's
 * index is its id's in caseids. */
static size_t
case_named(struct agg *a, const char *p, size_t n)
{
	uint32_t id = intern_id(a->caseids, p, n);

	if (id == a->pub.cases.n)
		new_case(a);
	return id;
}

/* A new case without an id (a row alone). */
static size_t
case_unnamed(struct agg *a)
{
	(void)intern_unnamed(a->caseids);
	return new_case(a);
}

/* Fold a row's labels res into case ci (lk: its label keys, NULL for its
 * first row). */
static void
fold_labels(struct agg *a, size_t ci, const struct rule_result *res,
    struct akey *lk, int64_t t, uint32_t seq)
{
	const struct rule_set *s = a->o.rules;

	for (size_t d = 0; d < a->ndims; d++) {
		const struct rule_dim *dm = &s->dims[d];

		if (!res->applies[d])
			continue;
		if (dm->mode == MODE_FIRST) {
			uint32_t f = agg_lf(a, ci, a->slot[d]);
			struct akey *fk = lk != NULL ? &lk[a->slot[d]] : NULL;

			if (res->rule[d] == RULE_NONE) {
				if (f == LF_NONE)
					agg_set_lf(a, ci, a->slot[d], LF_FB);
			} else if (f == LF_NONE || f == LF_FB ||
			    (fk != NULL && before(t, seq, fk->t, fk->seq))) {
				agg_set_lf(a, ci, a->slot[d],
				    (uint32_t)res->label[d]);
				if (fk != NULL) {
					fk->t = t;
					fk->seq = seq;
				}
			}
		} else {
			uint64_t *w = a->lbits + ci * a->nwords + a->slot[d];

			for (size_t i = 0; i < dm->nwords; i++)
				w[i] |= res->bits[res->boff[d] + i];
		}
	}
}

/* The index of the customer named v, added when new. */
static size_t
cust_of(struct agg *a, struct slice v)
{
	uint32_t id = intern_id(a->custids, v.p, v.len);

	/* a new packed record: churn unknown, no churn time, no value */
	if (id == a->pub.custs.n)
		(void)pack_add(&a->pub.custs);
	return id;
}

/* 1 for yes/true/1/y, 0 for no/false/0/n (any case), -1 otherwise. */
static int
truthy(struct slice v)
{
	static const char *const yes[] = { "yes", "true", "1", "y" };
	static const char *const no[] = { "no", "false", "0", "n" };

	for (size_t i = 0; i < 4; i++) {
		if (slice_caseeq(v, yes[i]))
			return 1;
		if (slice_caseeq(v, no[i]))
			return 0;
	}
	return -1;
}

/* Fold what a row says of its customer: churned, churn date, value. */
static void
fold_customer(struct agg *a, size_t ci, const struct row *w)
{
	const struct agg_cust o = agg_cust(a, ci);
	struct agg_cust rec = o, *c = &rec;
	struct slice v = row_role(w, ROLE_CHURNED);
	int64_t t = w->t[TR_CHURN_DATE];
	int f = truthy(v);
	char buf[64], *end;
	double d;

	if (w->rc->col[ROLE_CHURNED] >= 0 || w->rc->col[ROLE_CHURN_DATE] >= 0)
		a->have_churn = 1;
	if (f == 1 || t != TIME_NONE)
		c->churn = 1;
	else if (f == 0 && c->churn == -1)
		c->churn = 0;
	if (t != TIME_NONE && (c->churn_time == TIME_NONE ||
	    t < c->churn_time))
		c->churn_time = t;
	v = row_role(w, ROLE_VALUE);
	if (v.len > 0 && v.len < sizeof(buf)) {
		memcpy(buf, v.p, v.len);
		buf[v.len] = '\0';
		d = strtod(buf, &end);
		if (end != buf && *end == '\0' && isfinite(d)) {
			c->value = d;
			c->has_value = 1;
		}
	}
	cust_update(a, ci, &o, c);
}

/*
 * agg_add_customer: fold one row of a --customers table (customer,
 * churned, churn_date, value roles) into the customers.  A row without a
 * customer is ignored.  Cannot fail.
 */
void
agg_add_customer(struct agg *a, const struct row *w)
{
	struct slice v = row_role(w, ROLE_CUSTOMER);
	size_t ci;

	a->have_custtable = 1;
	if (v.len == 0)
		return;
	ci = cust_of(a, v);
	pack_set(&a->pub.custs, ci, AGG_C_LISTED, 1);
	fold_customer(a, ci, w);
}

/*
 * agg_add_activity: one row of an --activity log: its customer was active
 * at its time.  Rows without either are ignored.  Cannot fail.
 */
void
agg_add_activity(struct agg *a, const struct row *w)
{
	struct slice v = row_role(w, ROLE_CUSTOMER);

	a->have_activity = 1;
	if (v.len == 0 || w->t[TR_TIME] == TIME_NONE)
		return;
	if (a->nact == a->actcap) {
		a->actcap = a->actcap ? a->actcap * 2 : 4096;
		a->act = xreallocarray(a->act, a->actcap, sizeof(*a->act));
	}
	a->act[a->nact].cust = (uint32_t)cust_of(a, v);
	a->act[a->nact++].t = w->t[TR_TIME];
	tmax(&a->tmax, w->t[TR_TIME]);
}

/*
 * agg_add_row: fold one row into the state: w the row, res its labels
 * (NULL without rules), dir its direction (1 outbound, 0 inbound, -1
 * unknown).  A row with no time is only counted (agg_untimed).  Cannot
 * fail.
 */
void
agg_add_row(struct agg *a, const struct row *w, const struct rule_result
    *res, int dir)
{
	int64_t t = w->t[TR_TIME];
	uint32_t seq;
	struct slice cid, sv, pv;
	struct agg_case rec, *c = &rec, old;
	struct akey *K;
	size_t ci, n0 = a->pub.cases.n;
	float cs;

	for (int r = 0; r < ROLE_COUNT; r++)
		if (w->rc->col[r] >= 0)
			a->have[r] = 1;
	if (t == TIME_NONE) {
		a->untimed++;
		return;
	}
	if (a->seq >= SEQ_MAX)
		too_many_rows();
	seq = ++a->seq;
	cid = row_role(w, ROLE_CASE);
	ci = cid.len > 0 ? case_named(a, cid.p, cid.len) : case_unnamed(a);
	/* a case's first row: one key for all, no record */
	K = ci < n0 && agg_case_rows(a, ci) > 0 ? keys_of(a, ci) : NULL;
	/* a new case reads as none: no need to unpack it */
	old = ci < n0 ? agg_case(a, ci) : case_none;
	rec = old;
	if (K == NULL) {
		c->seq0 = seq;
		c->flags |= CASE_ROW1;
	} else {
		a->ext[c->xk].rows++;
		tmax(&a->ext[c->xk].last_t, t);
	}
	tmin(&c->first_t, t);
	tmax(&a->tmax, t);
	tmin(&c->opened, w->t[TR_OPENED]);
	tmax(&a->tmax, w->t[TR_OPENED]);
	tmax(&c->resolved, w->t[TR_CLOSED]);
	tmax(&a->tmax, w->t[TR_CLOSED]);
	if (dir == 1) {
		a->have_direction = 1;
		if (K == NULL)
			c->flags |= CASE_OUT1;
		else {
			a->ext[c->xk].outbound++;
			tmin(&a->ext[c->xk].first_out, t);
			tmax(&a->ext[c->xk].last_out, t);
		}
	} else if (dir == 0) {
		a->have_direction = 1;
		if (K == NULL)
			c->flags |= CASE_IN1;
		else
			a->ext[c->xk].inbound++;
	}
	{
		struct slice cv = row_role(w, ROLE_CUSTOMER);

		if (cv.len > 0) {
			size_t k = cust_of(a, cv);

			fold_customer(a, k, w);
			if (take_first(&c->cust, K ? &K[K_CUSTOMER] : NULL, t,
			    seq))
				c->cust = (uint32_t)k;
		}
	}
	first_attr(a, &c->channel, K ? &K[K_CHANNEL] : NULL,
	    row_role(w, ROLE_CHANNEL), t, seq);
	first_attr(a, &c->label, K ? &K[K_LABEL] : NULL,
	    row_role(w, ROLE_LABEL), t, seq);
	last_attr(a, &c->agent, K ? &K[K_AGENT] : NULL,
	    row_role(w, ROLE_AGENT), t, seq);
	pv = row_role(w, ROLE_PRIORITY);
	last_attr(a, &c->priority, K ? &K[K_PRIORITY] : NULL, pv, t, seq);
	sv = row_role(w, ROLE_STATUS);
	last_attr(a, &c->status, K ? &K[K_STATUS] : NULL, sv, t, seq);
	if (csat_value(row_role(w, ROLE_CSAT), &cs) == 0 && cs >= 0 &&
	    (!(c->flags & CASE_HAS_CSAT) || (K != NULL &&
	    before(K[K_CSAT].t, K[K_CSAT].seq, t, seq)))) {
		c->csat = cs;
		if (K != NULL) {
			K[K_CSAT].t = t;
			K[K_CSAT].seq = seq;
		}
		c->flags |= CASE_HAS_CSAT;
	}
	if (a->o.escalated != NULL && ((sv.len > 0 &&
	    rx_match(a->o.escalated, sv.p, sv.len)) || (pv.len > 0 &&
	    rx_match(a->o.escalated, pv.p, pv.len))))
		c->flags |= CASE_ESCALATED;
	if (res != NULL && a->o.esc_dim != RULE_NONE &&
	    rules_has_label(a->o.rules, res, a->o.esc_dim, a->o.esc_label))
		c->flags |= CASE_ESCALATED;
	if (sv.len > 0 && a->o.resolved != NULL) {
		int r = rx_match(a->o.resolved, sv.p, sv.len) != 0;

		if (K == NULL)
			c->flags |= CASE_SEV1 | (r ? CASE_SEV1RES : 0);
		else {
			struct sev e;

			e.t = t;
			e.cs = (uint32_t)ci;
			e.seq = seq;
			e.res = (unsigned)r;
			push_sev(a, &e);
		}
	}
	case_update(a, ci, &old, c);
	if (res != NULL)
		fold_labels(a, ci, res, K ? K + NATTR : NULL, t, seq);
}

/* Stages 1 and 2 of intern_warm (see there) for the rows told of that
 * many rows before the last: their lookups are that much nearer. */
#define WARM_STAGE1	6
#define WARM_STAGE2	11

/* agg_prefetch: a hint that row w will be added soon (rows are told of
 * in the order they are added, a batch ahead): start loading the table
 * slots of its case id and customer, and, for rows told of before, what
 * their lookups wait for next (with rows ahead, the cache misses of
 * several lookups overlap instead of coming one after another).  Changes
 * nothing that is computed. */
void
agg_prefetch(struct agg *a, const struct row *w)
{
	struct intern *tab[2] = { a->caseids, a->custids };
	struct warm *e = &a->warm[a->nwarm % WARM_RING];
	struct slice v[2];

	v[0] = row_role(w, ROLE_CASE);
	v[1] = row_role(w, ROLE_CUSTOMER);
	e->has = 0;
	for (int k = 0; k < 2; k++)
		if (v[k].len > 0) {
			e->h[k] = intern_hash(v[k].p, v[k].len);
			e->has |= 1u << k;
			intern_warm(tab[k], e->h[k], 0);
		}
	a->nwarm++;
	for (int st = 1; st <= 2; st++) {
		size_t back = st == 1 ? WARM_STAGE1 : WARM_STAGE2;

		if (a->nwarm <= back)
			continue;
		e = &a->warm[(a->nwarm - 1 - back) % WARM_RING];
		for (int k = 0; k < 2; k++) {
			uint32_t id;

			if (!(e->has & (1u << k)))
				continue;
			id = intern_warm(tab[k], e->h[k], st);
			/* and the record the row will update */
			if (id != INTERN_NONE && st == 2)
				__builtin_prefetch(k == 0 ?
				    (const void *)(a->pub.cases.p +
				    id * a->pub.cases.stride) :
				    (const void *)(a->pub.custs.p +
				    id * a->pub.custs.stride));
		}
	}
}

/* Merging: src's string id x is dst's map[x]. */
static uint32_t *
remap(struct intern *dst, const struct intern *src)
{
	size_t n = intern_count(src);
	uint32_t *map = xcalloc(n ? n : 1, sizeof(*map));

	for (size_t i = 0; i < n; i++) {
		size_t len;
		const char *p = intern_str(src, (uint32_t)i, &len);

		map[i] = intern_id(dst, p, len);
	}
	return map;
}

/* Merge y's value yv with key yk (through map) into *x with key *xk: the
 * first (last) by key when first (!first); 1 when taken. */
static int
merge_attr(uint32_t *x, struct akey *xk, uint32_t yv, struct akey yk,
    const uint32_t *map, int first)
{
	if (yv == INTERN_NONE)
		return 0;
	if (*x != INTERN_NONE && (first ? !before(yk.t, yk.seq, xk->t,
	    xk->seq) : !before(xk->t, xk->seq, yk.t, yk.seq)))
		return 0;
	*x = map[yv];
	*xk = yk;
	return 1;
}

/* Src's key slot k of case sc, seq offset off. */
static struct akey
src_key(const struct agg *src, size_t sc, size_t k, uint32_t off)
{
	struct akey r = agg_key(src, sc, k);

	r.seq += off;
	return r;
}

/* Fold src's case sc (src seq offset off) into dst's case dc. */
static void
merge_case(struct agg *dst, size_t dc, const struct agg *src, size_t sc,
    uint32_t off, const uint32_t *smap, const uint32_t *cmap)
{
	const struct agg_case yv = agg_case(src, sc), *y = &yv;
	const uint64_t *yb = src->lbits + sc * src->nwords;
	uint64_t *xb = dst->lbits + dc * dst->nwords;
	struct agg_case rec, *c = &rec;
	struct akey *K;

	for (size_t i = 0; i < dst->nwords; i++)
		xb[i] |= yb[i];
	if (agg_case_rows(dst, dc) == 0 && y->xk == XK_NONE) {
		/* a case of one row into a new case: as it is */
		uint32_t *v[] = { &c->channel, &c->label,
		    &c->agent, &c->priority, &c->status };

		*c = *y;
		c->cust = y->cust == INTERN_NONE ? INTERN_NONE : cmap[y->cust];
		c->seq0 = y->seq0 + off;
		for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++)
			if (*v[i] != INTERN_NONE)
				*v[i] = smap[*v[i]];
		case_put(dst, dc, c);
		for (size_t i = 0; i < dst->nfirst; i++)
			agg_set_lf(dst, dc, i, agg_lf(src, sc, i));
		return;
	}
	K = keys_of(dst, dc);
	rec = agg_case(dst, dc);
	dst->ext[c->xk].rows += agg_case_rows(src, sc);
	dst->ext[c->xk].inbound += agg_case_inbound(src, sc);
	dst->ext[c->xk].outbound += agg_case_outbound(src, sc);
	c->flags |= y->flags & CASE_ESCALATED;
	if (y->flags & CASE_HAS_CSAT) {
		struct akey yk = src_key(src, sc, K_CSAT, off);

		if (!(c->flags & CASE_HAS_CSAT) || before(K[K_CSAT].t,
		    K[K_CSAT].seq, yk.t, yk.seq)) {
			c->csat = y->csat;
			K[K_CSAT] = yk;
			c->flags |= CASE_HAS_CSAT;
		}
	}
	tmin(&c->opened, y->opened);
	tmin(&c->first_t, y->first_t);
	tmax(&c->resolved, y->resolved);
	tmax(&dst->ext[c->xk].last_t, agg_case_last_t(src, sc));
	tmin(&dst->ext[c->xk].first_out, agg_case_first_out(src, sc));
	tmax(&dst->ext[c->xk].last_out, agg_case_last_out(src, sc));
	merge_attr(&c->cust, &K[K_CUSTOMER], y->cust,
	    src_key(src, sc, K_CUSTOMER, off), cmap, 1);
	merge_attr(&c->channel, &K[K_CHANNEL], y->channel,
	    src_key(src, sc, K_CHANNEL, off), smap, 1);
	merge_attr(&c->label, &K[K_LABEL], y->label,
	    src_key(src, sc, K_LABEL, off), smap, 1);
	merge_attr(&c->agent, &K[K_AGENT], y->agent,
	    src_key(src, sc, K_AGENT, off), smap, 0);
	merge_attr(&c->priority, &K[K_PRIORITY], y->priority,
	    src_key(src, sc, K_PRIORITY, off), smap, 0);
	merge_attr(&c->status, &K[K_STATUS], y->status,
	    src_key(src, sc, K_STATUS, off), smap, 0);
	case_put(dst, dc, c);
	for (size_t i = 0; i < dst->nfirst; i++) {
		struct akey yk = src_key(src, sc, NATTR + i, off);
		struct akey *xk = &K[NATTR + i];
		uint32_t yf = agg_lf(src, sc, i), xf = agg_lf(dst, dc, i);

		if (yf == LF_NONE)
			continue;
		if (yf == LF_FB) {
			if (xf == LF_NONE)
				agg_set_lf(dst, dc, i, LF_FB);
		} else if (xf == LF_NONE || xf == LF_FB ||
		    before(yk.t, yk.seq, xk->t, xk->seq)) {
			agg_set_lf(dst, dc, i, yf);
			*xk = yk;
		}
	}
	if (y->flags & CASE_SEV1) {
		struct sev e = sev1(y, dc, off);

		push_sev(dst, &e);
	}
}

/*
 * agg_merge: fold src (not finished, same label layout) into dst (not
 * finished) as if src's rows had been read after dst's: a case id in both
 * is one case; customers are joined by id.  Cannot fail.
 */
void
agg_merge(struct agg *dst, const struct agg *src)
{
	uint32_t off = dst->seq, *smap, *cmap;
	size_t *cs = xcalloc(src->pub.cases.n ? src->pub.cases.n : 1,
	    sizeof(*cs));
	size_t nc = intern_count(src->custids);

	if (src->seq > SEQ_MAX - dst->seq)
		too_many_rows();
	smap = remap(dst->strings, src->strings);
	cmap = xcalloc(nc ? nc : 1, sizeof(*cmap));
	for (size_t k = 0; k < nc; k++) {
		size_t len;
		const char *p = intern_str(src->custids, (uint32_t)k, &len);
		const struct agg_cust yv = agg_cust(src, k), *y = &yv;
		struct agg_cust o, rec, *c = &rec;

		cmap[k] = (uint32_t)cust_of(dst, (struct slice){ p, len });
		o = rec = agg_cust(dst, cmap[k]);
		if (y->churn == 1)
			c->churn = 1;
		else if (y->churn == 0 && c->churn == -1)
			c->churn = 0;
		c->listed |= y->listed;
		tmin(&c->churn_time, y->churn_time);
		if (y->has_value) {
			c->value = y->value;
			c->has_value = 1;
		}
		cust_update(dst, cmap[k], &o, c);
	}
	for (size_t i = 0; i < src->pub.cases.n; i++) {
		size_t ci, len;
		const char *p = intern_str(src->caseids, (uint32_t)i, &len);

		ci = p != NULL ? case_named(dst, p, len) : case_unnamed(dst);
		cs[i] = ci;
		merge_case(dst, ci, src, i, off, smap, cmap);
	}
	/* src's events are of cases of 2+ rows, so are their dst cases */
	for (size_t i = 0; i < src->nsev; i++) {
		struct sev e = src->sev[i];

		e.cs = (uint32_t)cs[e.cs];
		e.seq += off;
		push_sev(dst, &e);
	}
	for (size_t i = 0; i < src->nact; i++) {
		if (dst->nact == dst->actcap) {
			dst->actcap = dst->actcap ? dst->actcap * 2 : 4096;
			dst->act = xreallocarray(dst->act, dst->actcap,
			    sizeof(*dst->act));
		}
		dst->act[dst->nact].cust = cmap[src->act[i].cust];
		dst->act[dst->nact++].t = src->act[i].t;
	}
	dst->seq += src->seq;
	tmax(&dst->tmax, src->tmax);
	dst->untimed += src->untimed;
	for (int r = 0; r < ROLE_COUNT; r++)
		dst->have[r] |= src->have[r];
	dst->have_direction |= src->have_direction;
	dst->have_activity |= src->have_activity;
	dst->have_churn |= src->have_churn;
	dst->have_custtable |= src->have_custtable;
	dst->activity_is_log |= src->activity_is_log;
	free(smap);
	free(cmap);
	free(cs);
}

static int
cmp_act(const void *x, const void *y)
{
	const struct act *a = x, *b = y;

	if (a->cust != b->cust)
		return a->cust < b->cust ? -1 : 1;
	return (a->t > b->t) - (a->t < b->t);
}

static int
cmp_sev(const void *x, const void *y)
{
	const struct sev *a = x, *b = y;

	if (a->cs != b->cs)
		return a->cs < b->cs ? -1 : 1;
	if (a->t != b->t)
		return a->t < b->t ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* The status history of one case, sev[0..n-1] in order. */
static void
statuses(struct agg_case *c, const struct sev *e, size_t n)
{
	size_t i;
	int seen_res = 0;

	for (i = 0; i < n; i++) {
		if (e[i].res)
			seen_res = 1;
		else if (seen_res)
			c->flags |= CASE_REOPENED;
	}
	if (c->resolved != TIME_NONE || n == 0 || !e[n - 1].res)
		return;
	for (i = n; i > 0 && e[i - 1].res; i--)
		;
	c->resolved = e[i].t;
}

/* Repeats: a customer's cases by opening, then index, with the label
 * repeats go by (RK_NONE: none or the fallback: never a repeat). */
struct rkey {
	int64_t		opened;
	uint32_t	idx;
	uint32_t	label;
};

#define RK_NONE	UINT32_MAX

static int
cmp_rkey(const void *x, const void *y)
{
	const struct rkey *a = x, *b = y;

	if (a->opened != b->opened)
		return a->opened < b->opened ? -1 : 1;
	return (a->idx > b->idx) - (a->idx < b->idx);
}

/* Sort a customer's n cases by cmp_rkey (a total order: the result is
 * the same whichever way): most have a few, where qsort's set-up costs
 * more than the sorting (25 ms of 250k customers' 1M cases). */
static void
sort_rkeys(struct rkey *k, size_t n)
{
	if (n > 16) {
		qsort(k, n, sizeof(*k), cmp_rkey);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		struct rkey x = k[i];
		size_t j = i;

		for (; j > 0 && cmp_rkey(&x, &k[j - 1]) < 0; j--)
			k[j] = k[j - 1];
		k[j] = x;
	}
}

/* agg_repeat_dim: the dimension repeats are judged by: category when it
 * is mode=first, else the first mode=first one; RULE_NONE when there is
 * none. */
size_t
agg_repeat_dim(const struct agg *a)
{
	const struct rule_set *s = a->o.rules;
	size_t d;

	if (s == NULL)
		return RULE_NONE;
	d = rules_find_dim(s, "category", 8);
	if (d != RULE_NONE && s->dims[d].mode == MODE_FIRST)
		return d;
	for (d = 0; d < s->ndims; d++)
		if (s->dims[d].mode == MODE_FIRST)
			return d;
	return RULE_NONE;
}

/* Mark the repeats among a customer's cases k[0..n-1] (by opening). */
static void
repeats_of(struct agg *a, const struct rkey *k, size_t n)
{
	for (size_t x = 0; x < n; x++) {
		if (k[x].label == RK_NONE)
			continue;
		for (size_t j = x; j > 0; j--) {
			const struct rkey *p = &k[j - 1];

			if (k[x].opened - p->opened > a->o.repeat_window)
				break;
			if (p->label == k[x].label) {
				pack_set(&a->pub.cases, k[x].idx, AGG_F_FLAGS,
				    agg_case(a, k[x].idx).flags | CASE_REPEAT);
				break;
			}
		}
	}
}

/* Cases bucketed at a time in repeats: a quarter of them, or more when
 * one customer has more (the buckets of 4M cases took 64 MB at once). */
#define REPEAT_BLOCK_MIN	65536

/*
 * Cases grouped by customer with a counting sort, each customer's sorted
 * by opening.  What the judging needs of a case (opening, label) goes
 * along into its customer's bucket, read in case order: scattered once
 * instead of gathered from a million records again.  Customers are done
 * in blocks of consecutive ones holding about a quarter of the cases,
 * each block a pass over the cases, so the buckets take a quarter of the
 * memory.
 */
static void
repeats(struct agg *a)
{
	size_t d = agg_repeat_dim(a), fb, limit, kcap = 1;
	uint32_t *off;
	struct rkey *k;

	if (d == RULE_NONE || a->o.repeat_window < 0)
		return;
	fb = a->o.rules->dims[d].fallback;
	off = xcalloc(a->pub.custs.n + 1, sizeof(*off));
	for (size_t i = 0; i < a->pub.cases.n; i++)
		if (agg_case(a, i).cust != INTERN_NONE)
			off[agg_case(a, i).cust + 1]++;
	limit = a->pub.cases.n / 4 > REPEAT_BLOCK_MIN ? a->pub.cases.n / 4 :
	    REPEAT_BLOCK_MIN;
	for (size_t c = 0; c < a->pub.custs.n; c++) {
		if (off[c + 1] > kcap)
			kcap = off[c + 1];	/* one customer's cases */
		off[c + 1] += off[c];
	}
	if (limit > off[a->pub.custs.n])
		limit = off[a->pub.custs.n];
	if (limit > kcap)
		kcap = limit;
	k = xcalloc(kcap ? kcap : 1, sizeof(*k));
	for (size_t c0 = 0, c1; c0 < a->pub.custs.n; c0 = c1) {
		size_t base = off[c0];

		/* customers c0 .. c1-1: at least one, at most limit cases
		 * unless the one has more */
		for (c1 = c0 + 1; c1 < a->pub.custs.n &&
		    off[c1 + 1] - base <= limit; c1++)
			;
		for (size_t i = 0; i < a->pub.cases.n; i++) {
			uint32_t cu = agg_case(a, i).cust;
			size_t l;
			struct rkey *r;

			if (cu == INTERN_NONE || cu < c0 || cu >= c1)
				continue;
			l = agg_case_label(a, i, d);
			r = &k[off[cu]++ - base];
			r->opened = agg_case(a, i).opened;
			r->idx = (uint32_t)i;
			r->label = l == RULE_NONE || l == fb ? RK_NONE :
			    (uint32_t)l;
		}
		/* off[c] is now the end of customer c's cases */
		for (size_t c = c0, lo = base; c < c1; lo = off[c++]) {
			size_t n = off[c] - lo;

			if (n < 2)
				continue;
			sort_rkeys(k + (lo - base), n);
			repeats_of(a, k + (lo - base), n);
		}
	}
	free(k);
	free(off);
}

/* agg_no_repeats: no view will ask which cases are repeats: agg_finish
 * need not judge them (a tenth of a second at a million cases).  Cannot
 * fail. */
void
agg_no_repeats(struct agg *a)
{
	a->no_repeats = 1;
}

/* agg_repeats_judged: whether agg_finish judged repeats (CASE_REPEAT is
 * set where it holds).  Cannot fail. */
int
agg_repeats_judged(const struct agg *a)
{
	return a->pub.repeats;
}

/* agg_finish: derive resolution, reopening, follow-up and repeats; asof
 * (TIME_NONE: the latest time seen) is not needed here but kept for the
 * views.  Call once, after the last row and any state_save: nothing can
 * be added or merged after it (the id tables are sealed).  Cannot fail. */
void
agg_finish(struct agg *a, int64_t asof)
{
	size_t i = 0;

	(void)asof;
	/* no more rows: nothing is looked up by name again (views go by
	 * index); the tables that find names go before the views' memory
	 * comes */
	intern_seal(a->caseids);
	intern_seal(a->custids);
	intern_seal(a->strings);
	/* from here on a case without an opened value opened at its first
	 * row (agg_case) */
	a->pub.finished = 1;
	if (a->nsev > 0)
		qsort(a->sev, a->nsev, sizeof(*a->sev), cmp_sev);
	for (size_t ci = 0; ci < a->pub.cases.n; ci++) {
		struct agg_case rec = agg_case(a, ci), *c = &rec;
		size_t j = i;

		while (j < a->nsev && a->sev[j].cs == ci)
			j++;
		if (c->flags & CASE_SEV1) {
			struct sev e = sev1(c, ci, 0);

			c->flags &= ~(uint32_t)(CASE_SEV1 | CASE_SEV1RES);
			statuses(c, &e, 1);
		} else
			/* no events: no pointer arithmetic on NULL */
			statuses(c, a->nsev > 0 ? a->sev + i : NULL, j - i);
		i = j;
		if (c->resolved != TIME_NONE) {
			c->flags |= CASE_RESOLVED;
			int64_t lo = agg_case_last_out(a, ci);

			if (lo != TIME_NONE && lo > c->resolved)
				c->flags |= CASE_FOLLOWED;
		}
		/* what changed; opened stays as it is (see above) */
		pack_set(&a->pub.cases, ci, AGG_F_FLAGS, c->flags);
		pack_set(&a->pub.cases, ci, AGG_F_RESOLVED,
		    time_code(c->resolved));
	}
	if (!a->no_repeats) {
		repeats(a);
		a->pub.repeats = 1;
	}
	/* where each customer's activity starts: only with an activity
	 * log (agg_churn looks there only then) */
	if (!a->have_activity)
		return;
	if (a->nact > 0)
		qsort(a->act, a->nact, sizeof(*a->act), cmp_act);
	a->act_off = xcalloc(a->pub.custs.n + 1, sizeof(*a->act_off));
	for (size_t k = 0, x = 0; k <= a->pub.custs.n; k++) {
		while (x < a->nact && a->act[x].cust < k)
			x++;
		a->act_off[k] = x;
	}
}

/* agg_ncust: how many customers.  Cannot fail. */
size_t
agg_ncust(const struct agg *a)
{
	return a->pub.custs.n;
}

/* agg_cust_name: the id of customer k. */
const char *
agg_cust_name(const struct agg *a, size_t k)
{
	return intern_str(a->custids, (uint32_t)k, NULL);
}

/* agg_cust_bytes: the id of customer k, its length in *len (it may hold
 * NUL bytes). */
const char *
agg_cust_bytes(const struct agg *a, size_t k, size_t *len)
{
	return intern_str(a->custids, (uint32_t)k, len);
}

/* agg_case_name: the id of case i, "" for a row without one. */
const char *
agg_case_name(const struct agg *a, size_t i)
{
	const char *p = intern_str(a->caseids, (uint32_t)i, NULL);

	return p != NULL ? p : "";
}

/* agg_have_activity: whether an activity log was read. */
int
agg_have_activity(const struct agg *a)
{
	return a->have_activity;
}

/* agg_have_custtable: whether a --customers table was read. */
int
agg_have_custtable(const struct agg *a)
{
	return a->have_custtable;
}

/* agg_activity_is_log: whether the activity log was the log itself. */
int
agg_activity_is_log(const struct agg *a)
{
	return a->activity_is_log;
}

/* agg_set_activity_is_log: say that the activity log is the log itself. */
void
agg_set_activity_is_log(struct agg *a)
{
	a->activity_is_log = 1;
}

/* agg_have_churn: whether some input had a churned or churn_date column. */
int
agg_have_churn(const struct agg *a)
{
	return a->have_churn;
}

/*
 * agg_churn: whether customer k churned after time t: from an explicit
 * churned flag or churn date when the customer has one (a churn date
 * after asof is not churn yet); else, with an activity log, retained when
 * they were active in (t, t + window] by asof, churned when they were not
 * and t + window <= asof (*when: their last activity before the window,
 * or t), censored otherwise; else unknown.
 * Call after agg_finish.
 */
enum churn_status
agg_churn(const struct agg *a, size_t k, int64_t t, int64_t window,
    int64_t asof, int64_t *when)
{
	const struct agg_cust cv = agg_cust(a, k), *c = &cv;
	size_t lo, hi;

	*when = TIME_NONE;
	if (c->churn == 1) {
		if (c->churn_time != TIME_NONE && c->churn_time > asof)
			return CHURN_RETAINED;	/* not yet, as of asof */
		*when = c->churn_time;
		return CHURN_CHURNED;
	}
	if (c->churn == 0)
		return CHURN_RETAINED;
	if (!a->have_activity)
		return CHURN_UNKNOWN;
	lo = a->act_off[k];
	hi = a->act_off[k + 1];
	/* the first activity after t */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (a->act[mid].t <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < a->act_off[k + 1] && a->act[lo].t <= t + window &&
	    a->act[lo].t <= asof)
		return CHURN_RETAINED;
	if (t + window > asof)
		return CHURN_CENSORED;
	*when = lo > a->act_off[k] ? a->act[lo - 1].t : t;
	return CHURN_CHURNED;
}

/* agg_ncases: how many cases.  Cannot fail. */
size_t
agg_ncases(const struct agg *a)
{
	return a->pub.cases.n;
}

/* agg_strings: the interned values that agg_attr.val refers to. */
struct intern *
agg_strings(const struct agg *a)
{
	return a->strings;
}

/* agg_case_label: the label of case i in mode=first dimension d: the
 * first labelled row's, else the fallback, else RULE_NONE. */
size_t
agg_case_label(const struct agg *a, size_t i, size_t d)
{
	uint32_t l = agg_lf(a, i, a->slot[d]);

	if (l == LF_NONE)
		return RULE_NONE;
	if (l == LF_FB)
		return a->o.rules->dims[d].fallback;
	return l;
}

/* agg_case_has: whether case i has label l in dimension d. */
int
agg_case_has(const struct agg *a, size_t i, size_t d, size_t l)
{
	const struct rule_dim *dm = &a->o.rules->dims[d];
	const uint64_t *w;

	if (dm->mode == MODE_FIRST)
		return agg_case_label(a, i, d) == l;
	w = a->lbits + i * a->nwords + a->slot[d];
	return (w[l / 64] >> (l % 64)) & 1;
}

/* agg_max_time: the latest time, opened or closed value seen. */
int64_t
agg_max_time(const struct agg *a)
{
	return a->tmax;
}

/* agg_untimed: rows left out for want of a time. */
unsigned long
agg_untimed(const struct agg *a)
{
	return a->untimed;
}

/* agg_have: whether some row had a column with role r (ROLE_DIRECTION:
 * some row had a known direction). */
int
agg_have(const struct agg *a, enum role r)
{
	if (r == ROLE_DIRECTION)
		return a->have_direction;
	return a->have[r];
}
