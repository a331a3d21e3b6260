/* group.c: grouping cases by keys, and keeping them by --where.
 *
 * A view names its keys with --by: dimensions of the rules (a case with
 * several labels of a mode=all dimension is in each of their groups),
 * label, channel, agent, priority, status (the case's values), period (of
 * its opening, in --tz) and customer.  A group is a tuple of key values,
 * interned as one string of length-prefixed values so that any byte may
 * be in a value; a missing value is "(none)".  Building that string for
 * every case cost more than the metrics of a million cases: when no key
 * can give a case two groups, each key's value is a number (a label's
 * index, a string's or customer's id, a period) and a case's group is
 * remembered by those numbers; the string is built only for the first
 * case with them.
 */
#include <stdlib.h>
#include <string.h>

#include "group.h"
#include "period.h"

/* each_item: call fn for each item of a comma-separated list; returns -1
 * when fn does (it reports), else 0. */
int
each_item(const char *list, int (*fn)(void *, const char *, size_t),
    void *ctx)
{
	const char *p = list;

	for (;;) {
		const char *c = strchr(p, ',');
		size_t n = c != NULL ? (size_t)(c - p) : strlen(p);

		if (fn(ctx, p, n) == -1)
			return -1;
		if (c == NULL)
			return 0;
		p = c + 1;
	}
}

static int
add_key(void *ctx, const char *s, size_t n)
{
	static const struct {
		const char	*name;
		enum group_key	 k;
	} keys[] = {
		{ "label", K_LABEL }, { "channel", K_CHANNEL },
		{ "agent", K_AGENT }, { "priority", K_PRIORITY },
		{ "status", K_STATUS }, { "period", K_PERIOD },
		{ "customer", K_CUSTOMER }
	};
	struct groups *p = ctx;
	struct bykey *b;
	size_t d;

	if (p->nk == sizeof(p->k) / sizeof(p->k[0])) {
		diag_err("--by takes at most 8 keys");
		return -1;
	}
	b = &p->k[p->nk];
	d = rules_find_dim(p->rs, s, n);
	if (d != RULE_NONE) {
		b->k = K_DIM;
		b->dim = d;
		b->name = p->rs->dims[d].name;
		p->nk++;
		return 0;
	}
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strlen(keys[i].name) == n &&
		    memcmp(keys[i].name, s, n) == 0) {
			b->k = keys[i].k;
			b->name = keys[i].name;
			p->nk++;
			return 0;
		}
	diag_err("unknown --by key '%.*s'", (int)n, s);
	diag_hint("group by a dimension of the rules or by label, channel, "
	    "agent, priority, status, period or customer");
	return -1;
}

/* group_init: no keys yet (one group, "all").  Cannot fail. */
void
group_init(struct groups *g, const struct rule_set *rs, const struct tz *tz,
    char unit)
{
	memset(g, 0, sizeof(*g));
	g->rs = rs;
	g->tz = tz;
	g->unit = unit;
	g->ids = intern_new_few();
	g->coded = -1;
}

/* group_fini: accepts an initialised one. */
void
group_fini(struct groups *g)
{
	intern_free(g->ids);
	g->ids = NULL;
	free(g->direct);
	intern_free(g->codes);
	free(g->cgroup);
	g->direct = NULL;
	g->codes = NULL;
	g->cgroup = NULL;
}

/* group_parse: add the keys of a --by list; -1 after reporting a usage
 * error (an unknown key, more than 8). */
int
group_parse(struct groups *g, const char *list)
{
	return each_item(list, add_key, g);
}

/* Case ci's value of key k, a case attribute (an id of agg_strings) or
 * its customer (an index), INTERN_NONE for none. */
static uint32_t
value_of(const struct agg *a, size_t ci, enum group_key k)
{
	const struct agg_case c = agg_case(a, ci);

	switch (k) {
	case K_LABEL:		return c.label;
	case K_CHANNEL:		return c.channel;
	case K_AGENT:		return c.agent;
	case K_PRIORITY:	return c.priority;
	case K_STATUS:		return c.status;
	case K_CUSTOMER:	return c.cust;
	default:		return INTERN_NONE;
	}
}

static void
put_bytes(struct buf *b, const char *s, size_t n)
{
	uint32_t len = (uint32_t)n;

	buf_add(b, &len, sizeof(len));
	buf_add(b, s, n);
}

static void
put_value(struct buf *b, struct intern *strs, uint32_t v)
{
	size_t n;
	const char *s;

	if (v == INTERN_NONE) {
		put_bytes(b, "(none)", 6);
		return;
	}
	s = intern_str(strs, v, &n);
	put_bytes(b, s, n);
}

struct out {
	uint32_t	**gs;
	size_t		 *ngs;
	size_t		  cap;
};

static void
walk(struct groups *g, const struct agg *a, size_t ci, size_t k,
    struct buf *prefix, struct out *o)
{
	struct intern *strs = agg_strings(a);
	size_t mark = prefix->len;
	uint32_t cust;
	char pb[32];

	if (k == g->nk) {
		if (*o->ngs == o->cap) {
			o->cap = o->cap ? o->cap * 2 : 16;
			*o->gs = xreallocarray(*o->gs, o->cap, sizeof(**o->gs));
		}
		(*o->gs)[(*o->ngs)++] = intern_id(g->ids, prefix->p != NULL ?
		    prefix->p : "", prefix->len);
		return;
	}
	switch (g->k[k].k) {
	case K_DIM: {
		const struct rule_dim *dm = &g->rs->dims[g->k[k].dim];
		int any = 0;

		if (dm->mode == MODE_FIRST) {
			/* one label at most: no need to ask each */
			size_t l = agg_case_label(a, ci, g->k[k].dim);

			if (l == RULE_NONE)
				put_bytes(prefix, "(none)", 6);
			else
				put_bytes(prefix, dm->labels[l],
				    strlen(dm->labels[l]));
			break;
		}
		for (size_t l = 0; l < dm->nlabels; l++) {
			if (!agg_case_has(a, ci, g->k[k].dim, l))
				continue;
			any = 1;
			prefix->len = mark;
			put_bytes(prefix, dm->labels[l], strlen(dm->labels[l]));
			walk(g, a, ci, k + 1, prefix, o);
		}
		if (!any) {
			prefix->len = mark;
			put_bytes(prefix, "(none)", 6);
			walk(g, a, ci, k + 1, prefix, o);
		}
		prefix->len = mark;
		return;
	}
	case K_LABEL:
	case K_CHANNEL:
	case K_AGENT:
	case K_PRIORITY:
	case K_STATUS:
		put_value(prefix, strs, value_of(a, ci, g->k[k].k));
		break;
	case K_CUSTOMER:
		cust = agg_case(a, ci).cust;
		if (cust == INTERN_NONE)
			put_bytes(prefix, "(none)", 6);
		else {
			size_t n;
			const char *s = agg_cust_bytes(a, cust, &n);

			put_bytes(prefix, s, n);
		}
		break;
	case K_PERIOD:
		period_label(period_of(agg_case(a, ci).opened, g->tz,
		    g->unit), g->unit, pb, sizeof(pb));
		put_bytes(prefix, pb, strlen(pb));
		break;
	}
	walk(g, a, ci, k + 1, prefix, o);
	prefix->len = mark;
}

/* Codes below this of a single key are looked up in an array. */
#define DIRECT_MAX	65536

/* Whether each case is in exactly one group (no key of a mode=all
 * dimension). */
static int
one_group(const struct groups *g)
{
	for (size_t k = 0; k < g->nk; k++)
		if (g->k[k].k == K_DIM &&
		    g->rs->dims[g->k[k].dim].mode != MODE_FIRST)
			return 0;
	return 1;
}

/* Key k's value for case ci as a number, different values different
 * numbers (0 for none). */
static uint64_t
key_code(const struct groups *g, const struct agg *a, size_t ci, size_t k)
{
	size_t l;

	switch (g->k[k].k) {
	case K_DIM:
		l = agg_case_label(a, ci, g->k[k].dim);
		return l == RULE_NONE ? 0 : (uint64_t)l + 1;
	case K_LABEL:
	case K_CHANNEL:
	case K_AGENT:
	case K_PRIORITY:
	case K_STATUS:
	case K_CUSTOMER:
		return (uint32_t)(value_of(a, ci, g->k[k].k) + 1);
	case K_PERIOD:
		return (uint64_t)period_of(agg_case(a, ci).opened, g->tz,
		    g->unit);
	}
	return 0;
}

/* Entry i of the zeroed array *arr of *n entries, grown (doubling, the
 * new entries zero) to hold it. */
static uint32_t *
entry_at(uint32_t **arr, size_t *n, size_t i)
{
	if (i >= *n) {
		size_t m = *n ? *n : 64;

		while (m <= i)
			m *= 2;
		*arr = xreallocarray(*arr, m, sizeof(**arr));
		memset(*arr + *n, 0, (m - *n) * sizeof(**arr));
		*n = m;
	}
	return &(*arr)[i];
}

/* The slot that remembers the group of case ci's key codes (0: not yet
 * known, else the group plus one). */
static uint32_t *
code_slot(struct groups *g, const struct agg *a, size_t ci)
{
	uint64_t code[8];

	for (size_t k = 0; k < g->nk; k++)
		code[k] = key_code(g, a, ci, k);
	if (g->nk == 0)
		return entry_at(&g->direct, &g->ndirect, 0);
	if (g->nk == 1 && code[0] < DIRECT_MAX)
		return entry_at(&g->direct, &g->ndirect, (size_t)code[0]);
	if (g->codes == NULL)
		g->codes = intern_new();
	return entry_at(&g->cgroup, &g->ncgroup, intern_id(g->codes,
	    (const char *)code, g->nk * sizeof(*code)));
}

/*
 * group_of: the groups of case ci into *gs (grown as needed; *gcap its
 * slots), as ids of g->ids; returns how many.  scratch is a buffer the
 * caller keeps.  Cannot fail.
 */
size_t
group_of(struct groups *g, const struct agg *a, size_t ci,
    struct buf *scratch, uint32_t **gs, size_t *gcap)
{
	size_t n = 0;
	struct out o = { gs, &n, *gcap };
	uint32_t *memo = NULL;

	if (g->coded == -1)
		g->coded = one_group(g);
	if (g->coded) {
		memo = code_slot(g, a, ci);
		if (*memo != 0) {
			if (*gcap == 0) {
				*gcap = 16;
				*gs = xreallocarray(*gs, *gcap, sizeof(**gs));
			}
			(*gs)[0] = *memo - 1;
			return 1;
		}
	}
	buf_reset(scratch);
	walk(g, a, ci, 0, scratch, &o);
	*gcap = o.cap;
	if (memo != NULL)
		*memo = (*gs)[0] + 1;
	return n;
}

/* group_field: the value of key k of group id (its bytes at *p); returns
 * its length.  Cannot fail. */
size_t
group_field(const struct groups *g, uint32_t id, size_t k, const char **p)
{
	size_t len;
	const char *s = intern_str(g->ids, id, &len), *end = s + len;
	uint32_t vl = 0;

	for (size_t i = 0; i <= k && s + 4 <= end; i++) {
		memcpy(&vl, s, sizeof(vl));
		if (i == k) {
			*p = s + 4;
			return vl;
		}
		s += 4 + vl;
	}
	*p = "";
	return 0;
}

/*
 * group_where: whether case ci passes the --where conditions by its case
 * labels: conditions on one dimension are alternatives, on several all
 * must hold; a condition without a label wants no label there.
 */
int
group_where(const struct agg *a, const struct rule_set *rs, size_t ci,
    const struct where *w, size_t nw)
{
	for (size_t i = 0; i < nw; i++) {
		int any = 0;

		for (size_t j = 0; j < nw && !any; j++) {
			const struct rule_dim *dm = &rs->dims[w[j].dim];

			if (w[j].dim != w[i].dim)
				continue;
			if (w[j].label != RULE_NONE) {
				any = agg_case_has(a, ci, w[j].dim,
				    w[j].label);
				continue;
			}
			any = 1;
			for (size_t l = 0; l < dm->nlabels && any; l++)
				any = !agg_case_has(a, ci, w[j].dim, l);
		}
		if (!any)
			return 0;
	}
	return 1;
}
