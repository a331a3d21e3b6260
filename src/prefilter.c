/* prefilter.c: literal prefilter for the rules (see prefilter.h).
 *
 * From each pattern we take a set of literal strings one of which any
 * match must contain: a recursive walk over the pattern in which a run of
 * plain characters is a literal, an alternation gives the union of its
 * branches' sets, a sequence keeps the best (longest shortest string) of
 * the sets of its mandatory parts, and anything optional, repeated from
 * zero, or not a plain character ends a run, except an optional plain
 * character (colou?r gives color and colour; up to 8 variants a run).  Zero-width items (\b, ^,
 * lookarounds) do not end a run: they consume nothing.  Whatever the walk
 * does not understand makes the pattern one that always runs, so the
 * prefilter can only ever skip a rule that could not match.
 *
 * Literals are ASCII and folded to lower case; texts are folded the same
 * way while one Aho-Corasick automaton scans them once for every literal
 * of every pattern.  Caseless matching in UTF mode also folds some
 * non-ASCII characters onto ASCII letters (the Kelvin sign onto k, long s
 * onto s; PCRE2_EXTRA_CASELESS_RESTRICT names exactly these two), so the
 * scan reads those two as k and s, and any other non-ASCII byte as a
 * character no literal contains.  Folding a case-sensitive pattern's
 * literals only finds more candidates, never fewer.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "prefilter.h"
#include "util.h"

#define MAXSET		256	/* strings in one literal set */
#define MINSCORE	3	/* shorter literals are not worth it */

/* A set of literals; n == 0 with any set means "no requirement". */
struct lset {
	char	**s;
	size_t	 *len;
	size_t	  n;
	int	  any;		/* no literal is required */
};

struct walk {
	const char	*p;
	const char	*end;
	int		 fail;		/* not understood: always run */
};

static void
lset_free(struct lset *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->s[i]);
	free(l->s);
	free(l->len);
	memset(l, 0, sizeof(*l));
}

static void
lset_add(struct lset *l, const char *s, size_t n)
{
	l->s = xreallocarray(l->s, l->n + 1, sizeof(*l->s));
	l->len = xreallocarray(l->len, l->n + 1, sizeof(*l->len));
	l->s[l->n] = xmemdup(s, n);
	l->len[l->n++] = n;
}

/* The shortest string of l: how selective it is (0 for "any"). */
static size_t
score(const struct lset *l)
{
	size_t m = SIZE_MAX;

	if (l->any || l->n == 0)
		return 0;
	for (size_t i = 0; i < l->n; i++)
		if (l->len[i] < m)
			m = l->len[i];
	return m;
}

static int
is_alnum(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

/*
 * A quantifier at w->p, if any: sets *min and moves past it (and a lazy
 * or possessive suffix).  Returns 1 when there was one.
 */
static int
quantifier(struct walk *w, unsigned long *min)
{
	const char *p = w->p;

	if (p >= w->end)
		return 0;
	if (*p == '?' || *p == '*')
		*min = 0;
	else if (*p == '+')
		*min = 1;
	else if (*p == '{') {
		const char *q = p + 1;
		unsigned long v = 0;
		int digits = 0;

		while (q < w->end && *q >= '0' && *q <= '9') {
			v = v * 10 + (unsigned long)(*q++ - '0');
			digits = 1;
		}
		if (q < w->end && *q == ',') {
			q++;
			while (q < w->end && *q >= '0' && *q <= '9')
				q++;
		}
		if (q >= w->end || *q != '}')
			return 0;	/* a literal '{' */
		*min = digits ? v : 0;
		p = q;
	} else
		return 0;
	p++;
	if (p < w->end && (*p == '?' || *p == '+'))
		p++;
	w->p = p;
	return 1;
}

/* Skip a character class at w->p ('[' seen). */
static void
skip_class(struct walk *w)
{
	const char *p = w->p + 1;

	if (p < w->end && *p == '^')
		p++;
	if (p < w->end && *p == ']')
		p++;
	while (p < w->end && *p != ']') {
		if (*p == '\\' && p + 1 < w->end)
			p += 2;
		else if (*p == '[' && p + 1 < w->end && p[1] == ':') {
			const char *q = p + 2;

			while (q + 1 < w->end && !(q[0] == ':' && q[1] == ']'))
				q++;
			p = q + 2;
		} else
			p++;
	}
	if (p >= w->end)
		w->fail = 1;
	w->p = p + 1;
}

/* Skip a group's contents to its ')' (for lookarounds). */
static void
skip_group(struct walk *w)
{
	int depth = 1;

	while (w->p < w->end && depth > 0) {
		char c = *w->p++;

		if (c == '\\' && w->p < w->end)
			w->p++;
		else if (c == '[') {
			w->p--;
			skip_class(w);
		} else if (c == '(')
			depth++;
		else if (c == ')')
			depth--;
	}
	if (depth != 0)
		w->fail = 1;
}

static struct lset walk_alt(struct walk *);

/* Keep the better of *best and *cand (freeing the other). */
static void
keep_best(struct lset *best, struct lset *cand)
{
	if (score(cand) > score(best)) {
		lset_free(best);
		*best = *cand;
	} else
		lset_free(cand);
	memset(cand, 0, sizeof(*cand));
}

/* The plain text read since the last item that was not a plain
 * character: its variants, two for each optional character (c? doubles
 * them: without c and with it), at most MAXRUN. */
#define MAXRUN	8

struct run {
	struct buf	 v[MAXRUN];
	size_t		 n;
};

static void
run_init(struct run *r)
{
	for (size_t i = 0; i < MAXRUN; i++)
		buf_init(&r->v[i]);
	r->n = 1;
}

static void
run_fini(struct run *r)
{
	for (size_t i = 0; i < MAXRUN; i++)
		buf_fini(&r->v[i]);
}

/* The run's variants as a literal set, kept if better than *best; the
 * run starts again empty. */
static void
flush(struct lset *best, struct run *r)
{
	struct lset l;

	if (r->n == 1 && r->v[0].len == 0)
		return;
	memset(&l, 0, sizeof(l));
	for (size_t i = 0; i < r->n; i++) {
		lset_add(&l, r->v[i].p != NULL ? r->v[i].p : "",
		    r->v[i].len);
		buf_reset(&r->v[i]);
	}
	r->n = 1;
	keep_best(best, &l);
}

/* c (lower case) follows the run. */
static void
run_addc(struct run *r, int c)
{
	for (size_t i = 0; i < r->n; i++)
		buf_addc(&r->v[i], c);
}

/* c? follows the run: every variant without c and with it, or, past
 * MAXRUN variants, the end of the run. */
static void
run_optional(struct lset *best, struct run *r, int c)
{
	if (2 * r->n > MAXRUN) {
		flush(best, r);
		return;
	}
	for (size_t i = 0; i < r->n; i++) {
		buf_reset(&r->v[r->n + i]);
		buf_add(&r->v[r->n + i], r->v[i].p != NULL ? r->v[i].p : "",
		    r->v[i].len);
		buf_addc(&r->v[r->n + i], c);
	}
	r->n *= 2;
}

/*
 * One escape at w->p (after '\'): the literal character in *c and 1, 0
 * for a zero-width item, -1 for an item that is not a literal (ends the
 * run); sets w->fail for what it does not know.
 */
static int
escape(struct walk *w, int *c)
{
	char e;

	if (w->p >= w->end) {
		w->fail = 1;
		return -1;
	}
	e = *w->p++;
	switch (e) {
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': case 'K':
		return 0;
	case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'h':
	case 'H': case 'v': case 'V': case 'R': case 'N': case 'X': case 'C':
		return -1;
	case 'p': case 'P':
		if (w->p < w->end && *w->p == '{') {
			while (w->p < w->end && *w->p != '}')
				w->p++;
			w->p++;
		} else if (w->p < w->end)
			w->p++;
		return -1;
	case 'n': *c = '\n'; return 1;
	case 't': *c = '\t'; return 1;
	case 'r': *c = '\r'; return 1;
	case 'f': *c = '\f'; return 1;
	case 'e': *c = 0x1b; return 1;
	case 'a': *c = 0x07; return 1;
	case 'x': {
		unsigned long v = 0;
		int k = 0;

		if (w->p < w->end && *w->p == '{') {
			w->p++;
			while (w->p < w->end && *w->p != '}') {
				char h = *w->p++;

				v = v * 16 + (unsigned long)(h <= '9' ? h - '0' :
				    (ascii_lower(h) - 'a' + 10));
			}
			w->p++;
		} else
			while (k < 2 && w->p < w->end && ((*w->p >= '0' &&
			    *w->p <= '9') || (ascii_lower(*w->p) >= 'a' &&
			    ascii_lower(*w->p) <= 'f'))) {
				char h = *w->p++;

				v = v * 16 + (unsigned long)(h <= '9' ? h - '0' :
				    (ascii_lower(h) - 'a' + 10));
				k++;
			}
		if (v == 0 || v >= 0x80)
			return -1;
		*c = (int)v;
		return 1;
	}
	default:
		if (is_alnum(e) || (unsigned char)e >= 0x80) {
			w->fail = 1;	/* backreferences, \Q, \c, octal... */
			return -1;
		}
		*c = e;
		return 1;
	}
}

/* A sequence up to '|' or ')' or the end: the best required set. */
static struct lset
walk_seq(struct walk *w)
{
	struct lset best, sub;
	struct run run;
	unsigned long min;

	memset(&best, 0, sizeof(best));
	best.any = 1;
	run_init(&run);
	while (w->p < w->end && !w->fail && *w->p != '|' && *w->p != ')') {
		char ch = *w->p;
		int c = 0, kind, opt;

		if (ch == '(') {
			w->p++;
			if (w->p < w->end && *w->p == '?') {
				const char *q = w->p + 1;

				if (q < w->end && (*q == '=' || *q == '!' ||
				    (*q == '<' && q + 1 < w->end &&
				    (q[1] == '=' || q[1] == '!')))) {
					skip_group(w);	/* zero width */
					continue;
				}
				if (q < w->end && *q == '#') {
					skip_group(w);
					continue;
				}
				if (q < w->end && (*q == ':' || *q == '>' ||
				    *q == '|'))
					w->p = q + 1;
				else if (q < w->end && (*q == '<' ||
				    *q == '\'' || *q == 'P')) {
					/* a named group */
					while (w->p < w->end && *w->p != '>' &&
					    *w->p != '\'')
						w->p++;
					w->p++;
				} else {
					/* inline flags: (?i) or (?i:...) */
					while (q < w->end && (*q == 'i' ||
					    *q == 'm' || *q == 's' ||
					    *q == '-' || *q == 'u'))
						q++;
					if (q >= w->end || (*q != ')' &&
					    *q != ':')) {
						w->fail = 1;
						break;
					}
					w->p = q + 1;
					if (*q == ')')
						continue;
				}
			}
			sub = walk_alt(w);
			if (w->p >= w->end || *w->p != ')') {
				w->fail = 1;
				lset_free(&sub);
				break;
			}
			w->p++;
			flush(&best, &run);
			min = 1;
			quantifier(w, &min);
			if (min == 0)
				lset_free(&sub);
			else
				keep_best(&best, &sub);
			continue;
		}
		if (ch == '[') {
			skip_class(w);
			kind = -1;
		} else if (ch == '.') {
			w->p++;
			kind = -1;
		} else if (ch == '^' || ch == '$') {
			w->p++;
			continue;
		} else if (ch == '\\') {
			w->p++;
			kind = escape(w, &c);
		} else if (ch == '*' || ch == '+' || ch == '?') {
			w->fail = 1;		/* a quantifier of nothing */
			break;
		} else if ((unsigned char)ch >= 0x80) {
			w->p++;
			kind = -1;
		} else {
			w->p++;
			c = ch;
			kind = 1;
		}
		if (kind == 0) {
			min = 1;
			quantifier(w, &min);
			continue;
		}
		min = 1;
		opt = w->p < w->end && *w->p == '?';
		if (quantifier(w, &min)) {
			if (kind == 1 && opt) {
				/* c? (or c??, c?+): once or not at all */
				run_optional(&best, &run, ascii_lower(c));
				continue;
			}
			/* c{n,m}: n of them are required, in a row */
			for (unsigned long k = 0; kind == 1 && k < min && k < 8;
			    k++)
				run_addc(&run, ascii_lower(c));
			flush(&best, &run);
			continue;
		}
		if (kind == 1)
			run_addc(&run, ascii_lower(c));
		else
			flush(&best, &run);
	}
	flush(&best, &run);
	run_fini(&run);
	return best;
}

/* Alternatives up to ')' or the end: the union of their sets. */
static struct lset
walk_alt(struct walk *w)
{
	struct lset all;

	memset(&all, 0, sizeof(all));
	for (;;) {
		struct lset one = walk_seq(w);

		if (one.any || one.n == 0 || all.any) {
			all.any = 1;
			lset_free(&one);
			one.any = 0;
		} else {
			for (size_t i = 0; i < one.n; i++)
				lset_add(&all, one.s[i], one.len[i]);
			lset_free(&one);
			if (all.n > MAXSET)
				all.any = 1;
		}
		if (w->fail || w->p >= w->end || *w->p != '|')
			break;
		w->p++;
	}
	if (all.any) {
		lset_free(&all);
		all.any = 1;
	}
	return all;
}

/* The prefilter: patterns' literal sets and the automaton over them. */
struct prefilter {
	struct lset	*sets;		/* per pattern id */
	size_t		 nsets;
	size_t		 nwords;
	/* the automaton: state x class -> state; outputs per state; the
	 * class of a byte: 0 for bytes in no literal, upper case as lower */
	uint8_t		 cls[256];
	size_t		 ncls;
	int32_t		*next;
	uint64_t	*out;
	size_t		 nstates;
	size_t		 cap;
	/* what pf_scan walks (pf_build): the states renumbered, those with
	 * no output first, a state named by its row's offset in dfa (state
	 * x ncls), so a step is one add and one load; a state at offset
	 * from outs on has output row (offset - outs) / ncls in hits */
	uint32_t	*dfa;
	uint64_t	*hits;
	uint32_t	 outs;
	size_t		 span;		/* the most bytes an occurrence of a
					   literal takes in a text */
};

struct prefilter *
pf_new(void)
{
	return xcalloc(1, sizeof(struct prefilter));
}

void
pf_free(struct prefilter *pf)
{
	if (pf == NULL)
		return;
	for (size_t i = 0; i < pf->nsets; i++)
		lset_free(&pf->sets[i]);
	free(pf->sets);
	free(pf->next);
	free(pf->out);
	free(pf->dfa);
	free(pf->hits);
	free(pf);
}

/*
 * pf_add: the literal set of pattern pat (n bytes; extended: the x flag,
 * whose whitespace rules the walk does not know).  Returns its id, or -1
 * when the pattern has to run on every text.
 */
int
pf_add(struct prefilter *pf, const char *pat, size_t n, int extended)
{
	struct walk w = { pat, pat + n, 0 };
	struct lset l;

	if (extended || pf->next != NULL)
		return -1;
	l = walk_alt(&w);
	if (w.fail || w.p != w.end || l.any || score(&l) < MINSCORE) {
		lset_free(&l);
		return -1;
	}
	pf->sets = xreallocarray(pf->sets, pf->nsets + 1, sizeof(*pf->sets));
	pf->sets[pf->nsets] = l;
	return (int)pf->nsets++;
}

static size_t
new_state(struct prefilter *pf)
{
	if (pf->nstates == pf->cap) {
		pf->cap = pf->cap ? pf->cap * 2 : 256;
		pf->next = xreallocarray(pf->next, pf->cap * pf->ncls,
		    sizeof(*pf->next));
		pf->out = xreallocarray(pf->out, pf->cap * pf->nwords,
		    sizeof(*pf->out));
	}
	for (size_t c = 0; c < pf->ncls; c++)
		pf->next[pf->nstates * pf->ncls + c] = -1;
	memset(pf->out + pf->nstates * pf->nwords, 0,
	    pf->nwords * sizeof(*pf->out));
	return pf->nstates++;
}

/* pf_build: make the automaton; no pf_add after it. */
/* Whether state st has output. */
static int
has_out(const struct prefilter *pf, size_t st)
{
	for (size_t k = 0; k < pf->nwords; k++)
		if (pf->out[st * pf->nwords + k] != 0)
			return 1;
	return 0;
}

/* The automaton as pf_scan walks it (see struct prefilter): the states
 * without output numbered first (the root stays 0; when it has output,
 * every state counts as having some), each named by its row's offset. */
static void
compile(struct prefilter *pf)
{
	size_t n = pf->nstates, nc = pf->ncls, k = 0, nout;
	size_t *to = xcalloc(n, sizeof(*to));
	int root_out = has_out(pf, 0);

	if (n * nc > UINT32_MAX) {
		diag_err("the rules' literals make too large an automaton");
		exit(EXIT_USAGE);
	}
	for (size_t st = 0; st < n; st++)
		if (!root_out && !has_out(pf, st))
			to[st] = k++;
	nout = n - k;
	pf->outs = (uint32_t)(k * nc);
	for (size_t st = 0; st < n; st++)
		if (root_out || has_out(pf, st))
			to[st] = k++;
	pf->dfa = xcalloc(n * nc, sizeof(*pf->dfa));
	pf->hits = xcalloc((nout ? nout : 1) * pf->nwords,
	    sizeof(*pf->hits));
	for (size_t st = 0; st < n; st++) {
		for (size_t c = 0; c < nc; c++)
			pf->dfa[to[st] * nc + c] = (uint32_t)(to[(size_t)
			    pf->next[st * nc + c]] * nc);
		if (to[st] * nc >= pf->outs)
			memcpy(pf->hits + (to[st] - pf->outs / nc) *
			    pf->nwords, pf->out + st * pf->nwords,
			    pf->nwords * sizeof(*pf->hits));
	}
	free(to);
}

/* The most bytes an occurrence of literal s (n bytes) takes in a text:
 * a k may be the Kelvin sign (3 bytes), an s the long s (2). */
static size_t
text_span(const char *s, size_t n)
{
	size_t m = n;

	for (size_t i = 0; i < n; i++)
		m += s[i] == 'k' || s[i] == 'K' ? 2 : s[i] == 's' ||
		    s[i] == 'S' ? 1 : 0;
	return m;
}

void
pf_build(struct prefilter *pf)
{
	size_t *fail, *queue, qh = 0, qt = 0;

	pf->nwords = pf->nsets / 64 + 1;
	pf->ncls = 1;
	for (size_t id = 0; id < pf->nsets; id++)
		for (size_t i = 0; i < pf->sets[id].n; i++)
			for (size_t k = 0; k < pf->sets[id].len[i]; k++) {
				unsigned char c = (unsigned char)
				    pf->sets[id].s[i][k] & 0x7f;

				if (pf->cls[c] == 0 && pf->ncls < 255) {
					pf->cls[c] = (uint8_t)pf->ncls;
					if (c >= 'a' && c <= 'z')
						pf->cls[c - 'a' + 'A'] =
						    (uint8_t)pf->ncls;
					pf->ncls++;
				}
			}
	new_state(pf);
	for (size_t id = 0; id < pf->nsets; id++)
		for (size_t i = 0; i < pf->sets[id].n; i++) {
			const char *s = pf->sets[id].s[i];
			size_t st = 0;

			for (size_t k = 0; k < pf->sets[id].len[i]; k++) {
				size_t c = pf->cls[(unsigned char)s[k] & 0x7f];

				if (pf->next[st * pf->ncls + c] == -1) {
					size_t ns = new_state(pf);

					pf->next[st * pf->ncls + c] =
					    (int32_t)ns;
				}
				st = (size_t)pf->next[st * pf->ncls + c];
			}
			pf->out[st * pf->nwords + id / 64] |=
			    (uint64_t)1 << (id % 64);
			if (text_span(s, pf->sets[id].len[i]) > pf->span)
				pf->span = text_span(s,
				    pf->sets[id].len[i]);
		}
	/* breadth first: failure links, then full transitions */
	fail = xcalloc(pf->nstates, sizeof(*fail));
	queue = xcalloc(pf->nstates, sizeof(*queue));
	for (size_t c = 0; c < pf->ncls; c++) {
		int32_t s = pf->next[c];

		if (s == -1)
			pf->next[c] = 0;
		else {
			fail[s] = 0;
			queue[qt++] = (size_t)s;
		}
	}
	while (qh < qt) {
		size_t st = queue[qh++];

		for (size_t k = 0; k < pf->nwords; k++)
			pf->out[st * pf->nwords + k] |=
			    pf->out[fail[st] * pf->nwords + k];
		for (size_t c = 0; c < pf->ncls; c++) {
			int32_t s = pf->next[st * pf->ncls + c];

			if (s == -1)
				pf->next[st * pf->ncls + c] =
				    pf->next[fail[st] * pf->ncls + c];
			else {
				fail[s] = (size_t)pf->next[fail[st] *
				    pf->ncls + c];
				queue[qt++] = (size_t)s;
			}
		}
	}
	free(fail);
	free(queue);
	compile(pf);
}

size_t
pf_nwords(const struct prefilter *pf)
{
	return pf->nwords;
}

/* The character at text[*i] (of n bytes) as the scan reads it: the two
 * characters caseless UTF matching folds onto ASCII letters as those
 * letters (*i moved to their last byte), any other non-ASCII byte as a
 * character in no literal (as NUL is). */
static unsigned char
fold_high(const char *text, size_t *i, size_t n)
{
	const unsigned char *u = (const unsigned char *)text + *i;

	if (u[0] == 0xe2 && *i + 2 < n && u[1] == 0x84 && u[2] == 0xaa) {
		*i += 2;
		return 'k';		/* U+212A KELVIN SIGN */
	}
	if (u[0] == 0xc5 && *i + 1 < n && u[1] == 0xbf) {
		*i += 1;
		return 's';		/* U+017F LONG S */
	}
	return 0;
}

/* What a scan reads of the automaton, copied so that the compiler keeps
 * it in registers (stores to the result bits might otherwise alias it). */
struct scan {
	const uint32_t	*dfa;
	const uint8_t	*cls;
	const uint64_t	*hits;
	uint32_t	 outs;
	uint32_t	 ncls;
	size_t		 nwords;
	uint64_t	*bits;
};

/* Add the ids of output state st to the bits. */
static void
add_hits(const struct scan *sc, uint32_t st)
{
	const uint64_t *o = sc->hits + (st - sc->outs) / sc->ncls *
	    sc->nwords;

	for (size_t k = 0; k < sc->nwords; k++)
		sc->bits[k] |= o[k];
}

/* One step of the automaton from state st over the character at
 * text[*i] (*i moved to its last byte). */
static inline uint32_t
step(const struct scan *sc, uint32_t st, const char *text, size_t *i,
    size_t n)
{
	unsigned char c = (unsigned char)text[*i];

	if (c >= 0x80)
		c = fold_high(text, i, n);
	st = sc->dfa[st + sc->cls[c]];
	if (st >= sc->outs)
		add_hits(sc, st);
	return st;
}

/*
 * pf_scan: the ids whose literals occur in text (n bytes), ignoring case
 * as caseless UTF matching does, as bits in bits (pf_nwords words).
 * Returns 0.
 *
 * A step waits for the one before it (the next state is loaded from the
 * last), so a long text is walked as two halves at once, whose steps
 * overlap in the processor: the first half from its start, the second
 * from span bytes before its start, so that an occurrence ending in the
 * second half, which is at most span bytes long, is wholly in what the
 * second walk reads (a walk from the root finds every occurrence in what
 * it reads; the bytes it reads in the middle of a character are in no
 * literal).  One that ends in the first half is found by the first walk.
 */
int
pf_scan(const struct prefilter *pf, const char *text, size_t n,
    uint64_t *bits)
{
	const struct scan sc = { pf->dfa, pf->cls, pf->hits, pf->outs,
	    (uint32_t)pf->ncls, pf->nwords, bits };
	uint32_t s1 = 0, s2 = 0;
	size_t i = 0, mid = n, j = n;

	memset(bits, 0, pf->nwords * sizeof(*bits));
	if (n >= 4 * pf->span + 16) {
		mid = n / 2;
		j = mid - pf->span;
		while (i < mid && j < n) {
			s1 = step(&sc, s1, text, &i, n);
			s2 = step(&sc, s2, text, &j, n);
			i++;
			j++;
		}
	}
	for (; i < mid; i++)
		s1 = step(&sc, s1, text, &i, n);
	for (; j < n; j++)
		s2 = step(&sc, s2, text, &j, n);
	return 0;
}

/* pf_literals: the literal set of id, for tests and messages. */
size_t
pf_literals(const struct prefilter *pf, int id, const char *const **s,
    const size_t **len)
{
	*s = (const char *const *)pf->sets[id].s;
	*len = pf->sets[id].len;
	return pf->sets[id].n;
}
