/* rules.c: rules files, PCRE2 matching, labels per dimension.
 *
 * A rules file is read line by line into a rule_set: [sections] are
 * dimensions, each rule line a labelled PCRE2 pattern (or a veto, "!"),
 * each "expect" line a test the rules carry with them.  Every error is
 * collected, as "FILE:LINE:COL: message", not only the first; a set with
 * any error is not used.  Patterns are compiled for UTF-8 with invalid
 * input tolerated and Unicode properties on, then JIT-compiled; one match
 * data block and one match context (with the match and depth limits) serve
 * every match, so classifying allocates nothing.
 *
 * Example:
 *
 *	[category]                   dimension 0, mode=first, fallback=other
 *	billing  /charged twice/i    rule 0: dims[0].labels = billing, other
 *	                             (a fallback no rule names comes last)
 *	billing  !/late fee/i        rule 1, a veto of billing
 *	[signal] mode=all            dimension 1
 *	hostile  /!{3,}/             rule 2
 *
 * In mode=first the rules of a dimension are tried in file order and the
 * first whose label is not vetoed wins; in mode=all every label with a
 * matching rule and no matching veto is in the set.  This is the only file
 * that includes pcre2.h.
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "prefilter.h"
#include "rules.h"

#define DEFAULT_MATCH_LIMIT	1000000
#define DEFAULT_DEPTH_LIMIT	100000

/* The state of one file being parsed. */
struct parser {
	struct rule_set	*set;
	const char	*file;
	unsigned long	 line;
	size_t		 dim;		/* current dimension or RULE_NONE */
	struct buf	*errs;
	unsigned long	 nerr;
};

static void perr(struct parser *, size_t, const char *, ...)
    __attribute__((format(printf, 3, 4)));

static void
perr(struct parser *ps, size_t col, const char *fmt, ...)
{
	va_list ap;
	char msg[512];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	buf_printf(ps->errs, "%s:%lu:%zu: %s\n", ps->file, ps->line, col, msg);
	ps->nerr++;
}

static int
blank(int c)
{
	return c == ' ' || c == '\t';
}

static const char *
skip_blanks(const char *p, const char *e)
{
	while (p < e && blank((unsigned char)*p))
		p++;
	return p;
}

static const char *
token_end(const char *p, const char *e)
{
	while (p < e && !blank((unsigned char)*p))
		p++;
	return p;
}

/*
 * rules_new: an empty rule set.  Add files with rules_add, then call
 * rules_finish before using it.  Cannot fail.
 */
struct rule_set *
rules_new(void)
{
	struct rule_set *s = xcalloc(1, sizeof(*s));

	s->mctx = pcre2_match_context_create(NULL);
	s->mdata = pcre2_match_data_create(1, NULL);
	if (s->mctx == NULL || s->mdata == NULL) {
		diag_err("out of memory");
		exit(EXIT_DATA);
	}
	rules_set_limits(s, DEFAULT_MATCH_LIMIT, DEFAULT_DEPTH_LIMIT);
	return s;
}

/* rules_set_limits: PCRE2's match and depth limits for every match.
 * Cannot fail. */
void
rules_set_limits(struct rule_set *s, uint32_t match, uint32_t depth)
{
	pcre2_set_match_limit(s->mctx, match);
	pcre2_set_depth_limit(s->mctx, depth);
}

/* The per-match state of a set: its own match data and prefilter cache. */
static void
own_match_state(struct rule_set *s)
{
	s->mdata = pcre2_match_data_create(1, NULL);
	if (s->mdata == NULL) {
		diag_err("out of memory");
		exit(EXIT_DATA);
	}
	s->pfc_next = 0;
	if (s->pf != NULL) {
		s->pfc = xcalloc(PF_CACHE, sizeof(*s->pfc));
		for (size_t i = 0; i < PF_CACHE; i++)
			s->pfc[i].bits = xcalloc(pf_nwords(s->pf) ?
			    pf_nwords(s->pf) : 1, sizeof(uint64_t));
	}
}

/*
 * rules_worker: a copy of the finished set s for another thread to
 * classify with: it shares s's compiled patterns, dimensions and match
 * context (read only while matching) and has its own match data,
 * prefilter cache and counts.  s must outlive it and not change; hand it
 * back with rules_worker_done.  Cannot fail.
 */
struct rule_set *
rules_worker(const struct rule_set *s)
{
	struct rule_set *w = xmalloc(sizeof(*w));

	*w = *s;
	w->worker = 1;
	w->errors = 0;
	w->rules = xcalloc(s->nrules ? s->nrules : 1, sizeof(*w->rules));
	for (size_t i = 0; i < s->nrules; i++) {
		w->rules[i] = s->rules[i];
		w->rules[i].hits = w->rules[i].limits = 0;
	}
	own_match_state(w);
	return w;
}

/* rules_worker_done: add what worker w counted to s, then free w.
 * Cannot fail. */
void
rules_worker_done(struct rule_set *s, struct rule_set *w)
{
	for (size_t i = 0; i < s->nrules; i++) {
		s->rules[i].hits += w->rules[i].hits;
		s->rules[i].limits += w->rules[i].limits;
	}
	s->errors += w->errors;
	rules_free(w);
}

/* rules_free: free the set and everything it holds; accepts NULL. */
void
rules_free(struct rule_set *s)
{
	if (s == NULL)
		return;
	if (s->worker) {
		for (size_t i = 0; s->pfc != NULL && i < PF_CACHE; i++)
			free(s->pfc[i].bits);
		free(s->pfc);
		free(s->rules);
		pcre2_match_data_free(s->mdata);
		free(s);
		return;
	}
	for (size_t i = 0; s->pfc != NULL && i < PF_CACHE; i++)
		free(s->pfc[i].bits);
	free(s->pfc);
	pf_free(s->pf);
	for (size_t i = 0; i < s->nrules; i++) {
		struct rule *r = &s->rules[i];

		pcre2_code_free(r->code);
		free(r->pattern);
		for (size_t j = 0; j < r->nfields; j++)
			free(r->fields[j]);
		free(r->fields);
	}
	free(s->rules);
	for (size_t d = 0; d < s->ndims; d++) {
		struct rule_dim *dm = &s->dims[d];

		free(dm->name);
		free(dm->fbname);
		for (size_t l = 0; l < dm->nlabels; l++) {
			free(dm->labels[l]);
			if (dm->vetoes != NULL)
				free(dm->vetoes[l]);
		}
		free(dm->labels);
		free(dm->vetoes);
		free(dm->nvetoes);
		free(dm->rules);
	}
	free(s->dims);
	for (size_t i = 0; i < s->nexpects; i++) {
		free(s->expects[i].label);
		free(s->expects[i].text);
	}
	free(s->expects);
	for (size_t i = 0; i < s->nnames; i++)
		free(s->names[i]);
	free(s->names);
	pcre2_match_context_free(s->mctx);
	pcre2_match_data_free(s->mdata);
	free(s);
}

/* rules_find_dim: the dimension named by n bytes at name, or RULE_NONE. */
size_t
rules_find_dim(const struct rule_set *s, const char *name, size_t n)
{
	for (size_t d = 0; d < s->ndims; d++)
		if (strlen(s->dims[d].name) == n &&
		    memcmp(s->dims[d].name, name, n) == 0)
			return d;
	return RULE_NONE;
}

/* rules_find_label: the label named by n bytes at name, or RULE_NONE. */
size_t
rules_find_label(const struct rule_dim *dm, const char *name, size_t n)
{
	for (size_t l = 0; l < dm->nlabels; l++)
		if (strlen(dm->labels[l]) == n &&
		    memcmp(dm->labels[l], name, n) == 0)
			return l;
	return RULE_NONE;
}

static size_t
add_label(struct rule_dim *dm, const char *name, size_t n)
{
	size_t l = rules_find_label(dm, name, n);

	if (l != RULE_NONE)
		return l;
	dm->labels = xreallocarray(dm->labels, dm->nlabels + 1,
	    sizeof(*dm->labels));
	dm->labels[dm->nlabels] = xmemdup(name, n);
	return dm->nlabels++;
}

static size_t
add_dim(struct parser *ps, const char *name, size_t n)
{
	struct rule_set *s = ps->set;
	struct rule_dim *dm;

	s->dims = xreallocarray(s->dims, s->ndims + 1, sizeof(*s->dims));
	dm = &s->dims[s->ndims];
	memset(dm, 0, sizeof(*dm));
	dm->name = xmemdup(name, n);
	dm->mode = MODE_FIRST;
	dm->rows = ROWS_ALL;
	dm->fallback = RULE_NONE;
	dm->file = ps->file;
	dm->line = ps->line;
	return s->ndims++;
}

/* The dimension rules go to before any [section]: category. */
static size_t
current_dim(struct parser *ps)
{
	if (ps->dim == RULE_NONE) {
		ps->dim = rules_find_dim(ps->set, "category", 8);
		if (ps->dim == RULE_NONE) {
			ps->dim = add_dim(ps, "category", 8);
			ps->set->dims[ps->dim].fbname = xstrdup("other");
		}
	}
	return ps->dim;
}

static int
is_name_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
}

/* [name] mode=first|all fallback=LABEL rows=all|inbound|outbound */
static void
section(struct parser *ps, const char *s, const char *e)
{
	const char *p = s + 1, *name, *opt, *v, *te;
	size_t d, n;
	int have_mode = 0, have_fb = 0, have_rows = 0, mode = MODE_FIRST;
	int rows = ROWS_ALL;
	const char *fb = NULL;
	size_t fblen = 0;
	struct rule_dim *dm;

	name = p;
	while (p < e && is_name_char((unsigned char)*p))
		p++;
	n = (size_t)(p - name);
	if (n == 0 || p == e || *p != ']') {
		perr(ps, (size_t)(p - s) + 1, "bad section name: use letters, "
		    "digits, '_', '-' or '.' between '[' and ']'");
		ps->dim = RULE_NONE;
		return;
	}
	p++;
	for (;;) {
		p = skip_blanks(p, e);
		if (p == e || *p == '#')
			break;
		te = token_end(p, e);
		opt = p;
		v = memchr(p, '=', (size_t)(te - p));
		if (v == NULL) {
			perr(ps, (size_t)(p - s) + 1, "expected an option "
			    "NAME=VALUE, found '%.*s'", (int)(te - p), p);
			p = te;
			continue;
		}
		v++;
		if ((size_t)(v - opt) == 5 && memcmp(opt, "mode=", 5) == 0) {
			have_mode = 1;
			if (te - v == 5 && memcmp(v, "first", 5) == 0)
				mode = MODE_FIRST;
			else if (te - v == 3 && memcmp(v, "all", 3) == 0)
				mode = MODE_ALL;
			else
				perr(ps, (size_t)(v - s) + 1, "mode must be "
				    "first or all, not '%.*s'", (int)(te - v),
				    v);
		} else if ((size_t)(v - opt) == 9 &&
		    memcmp(opt, "fallback=", 9) == 0) {
			have_fb = 1;
			fb = v;
			fblen = (size_t)(te - v);
		} else if ((size_t)(v - opt) == 5 &&
		    memcmp(opt, "rows=", 5) == 0) {
			have_rows = 1;
			if (te - v == 3 && memcmp(v, "all", 3) == 0)
				rows = ROWS_ALL;
			else if (te - v == 7 && memcmp(v, "inbound", 7) == 0)
				rows = ROWS_INBOUND;
			else if (te - v == 8 && memcmp(v, "outbound", 8) == 0)
				rows = ROWS_OUTBOUND;
			else
				perr(ps, (size_t)(v - s) + 1, "rows must be "
				    "all, inbound or outbound, not '%.*s'",
				    (int)(te - v), v);
		} else
			perr(ps, (size_t)(opt - s) + 1, "unknown section "
			    "option '%.*s' (mode, fallback or rows)",
			    (int)(v - opt - 1), opt);
		p = te;
	}

	d = rules_find_dim(ps->set, name, n);
	if (d != RULE_NONE) {
		dm = &ps->set->dims[d];
		if ((have_mode && (int)dm->mode != mode) ||
		    (have_rows && (int)dm->rows != rows) || have_fb)
			perr(ps, 1, "[%s] was declared at %s:%lu; its options "
			    "can only be set there", dm->name, dm->file,
			    dm->line);
		ps->dim = d;
		return;
	}
	d = add_dim(ps, name, n);
	dm = &ps->set->dims[d];
	dm->mode = (enum rule_mode)mode;
	dm->rows = (enum rule_rows)rows;
	if (have_fb) {
		if (!(fblen == 1 && fb[0] == '-') && fblen > 0)
			dm->fbname = xmemdup(fb, fblen);
	} else if (mode == MODE_FIRST)
		dm->fbname = xstrdup("other");
	ps->dim = d;
}

/* expect LABEL: text   or   expect -: text */
static void
expect_line(struct parser *ps, const char *s, const char *e)
{
	const char *p = skip_blanks(s + 6, e), *label = p, *colon;
	struct rule_set *set = ps->set;
	struct rule_expect *x;

	colon = memchr(p, ':', (size_t)(e - p));
	if (colon == NULL || colon == p) {
		perr(ps, (size_t)(p - s) + 1, "expected 'expect LABEL: text' "
		    "(or 'expect -: text')");
		return;
	}
	set->expects = xreallocarray(set->expects, set->nexpects + 1,
	    sizeof(*set->expects));
	x = &set->expects[set->nexpects++];
	x->dim = current_dim(ps);
	{
		const char *le = colon;

		while (le > label && blank((unsigned char)le[-1]))
			le--;
		x->label = (le - label == 1 && *label == '-') ? NULL :
		    xmemdup(label, (size_t)(le - label));
	}
	x->col = (size_t)(label - s) + 1;
	p = skip_blanks(colon + 1, e);
	x->text = xmemdup(p, (size_t)(e - p));
	x->file = ps->file;
	x->line = ps->line;
}

/* Compile pattern pat (n bytes) with flags; errors at column col. */
static void *
compile(struct parser *ps, const char *pat, size_t n, const char *flags,
    size_t col)
{
	uint32_t opts = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_UCP;
	pcre2_compile_context *cc = NULL;
	pcre2_code *code;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[256];
	int err;

	for (const char *f = flags; *f != '\0'; f++) {
		switch (*f) {
		case 'i':
			opts |= PCRE2_CASELESS;
			break;
		case 'x':
			opts |= PCRE2_EXTENDED;
			break;
		case 's':
			opts |= PCRE2_DOTALL;
			break;
		case 'm':
			opts |= PCRE2_MULTILINE;
			break;
		case 'w':
			cc = pcre2_compile_context_create(NULL);
			if (cc != NULL)
				pcre2_set_compile_extra_options(cc,
				    PCRE2_EXTRA_MATCH_WORD);
			break;
		}
	}
	code = pcre2_compile((PCRE2_SPTR)pat, n, opts, &err, &off, cc);
	pcre2_compile_context_free(cc);
	if (code == NULL) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		perr(ps, col + off, "%s (pattern offset %zu)", (char *)msg,
		    (size_t)off);
	}
	return code;
}

/* LABEL [!]/REGEX/FLAGS [field=COL,...] [# comment] */
static void
rule_line(struct parser *ps, const char *s, const char *e)
{
	const char *p = s, *label, *pat, *pe;
	struct rule_set *set = ps->set;
	struct rule r;
	struct rule_dim *dm;
	size_t d, nflags = 0;
	int veto = 0;

	memset(&r, 0, sizeof(r));
	label = p;
	p = token_end(p, e);
	if (memchr(label, '/', (size_t)(p - label)) != NULL) {
		perr(ps, 1, "a rule starts with its label: LABEL /REGEX/FLAGS");
		return;
	}
	if (p - label == 1 && *label == '-') {
		perr(ps, 1, "'-' cannot be a label: it means no label");
		return;
	}
	p = skip_blanks(p, e);
	if (p < e && *p == '!') {
		veto = 1;
		p++;
	}
	if (p == e || *p != '/') {
		perr(ps, (size_t)(p - s) + 1, "expected /REGEX/ after the "
		    "label '%.*s'", (int)(token_end(label, e) - label), label);
		return;
	}
	pat = ++p;
	while (p < e && *p != '/') {
		if (*p == '\\' && p + 1 < e)
			p++;
		p++;
	}
	if (p == e) {
		perr(ps, (size_t)(pat - s), "unterminated pattern: no closing "
		    "'/' (write a slash inside it as '\\/')");
		return;
	}
	pe = p++;
	if (pe == pat) {
		perr(ps, (size_t)(pat - s), "empty pattern");
		return;
	}
	while (p < e && !blank((unsigned char)*p) && *p != '#') {
		if (strchr("ixsmw", *p) == NULL)
			perr(ps, (size_t)(p - s) + 1, "unknown flag '%c' "
			    "(flags are i, x, s, m, w)", *p);
		else if (nflags < sizeof(r.flags) - 1 &&
		    memchr(r.flags, *p, nflags) == NULL)
			r.flags[nflags++] = *p;
		p++;
	}
	for (;;) {
		const char *te;

		p = skip_blanks(p, e);
		if (p == e || *p == '#')
			break;
		te = token_end(p, e);
		if (te - p >= 6 && memcmp(p, "field=", 6) == 0) {
			const char *f = p + 6;

			if (f == te)
				perr(ps, (size_t)(f - s) + 1,
				    "empty column name in field=");
			while (f < te) {
				const char *c = memchr(f, ',', (size_t)(te - f));
				const char *fe = c != NULL ? c : te;

				if (fe == f)
					perr(ps, (size_t)(f - s) + 1,
					    "empty column name in field=");
				else {
					r.fields = xreallocarray(r.fields,
					    r.nfields + 1, sizeof(*r.fields));
					r.fields[r.nfields++] = xmemdup(f,
					    (size_t)(fe - f));
				}
				f = c != NULL ? c + 1 : te;
				if (c != NULL && f == te)
					perr(ps, (size_t)(f - s) + 1,
					    "empty column name in field=");
			}
		} else
			perr(ps, (size_t)(p - s) + 1, "unexpected '%.*s' after "
			    "the pattern (only field=COL[,COL] may follow)",
			    (int)(te - p), p);
		p = te;
	}

	d = current_dim(ps);
	dm = &set->dims[d];
	r.dim = d;
	r.label = add_label(dm, label, (size_t)(token_end(label, e) - label));
	r.veto = veto;
	r.pattern = xmemdup(pat, (size_t)(pe - pat));
	r.file = ps->file;
	r.line = ps->line;
	r.code = compile(ps, pat, (size_t)(pe - pat), r.flags,
	    (size_t)(pat - s) + 1);
	if (r.code != NULL)
		r.jit = pcre2_jit_compile(r.code, PCRE2_JIT_COMPLETE) == 0;
	set->rules = xreallocarray(set->rules, set->nrules + 1,
	    sizeof(*set->rules));
	set->rules[set->nrules] = r;
	dm->rules = xreallocarray(dm->rules, dm->nrules + 1,
	    sizeof(*dm->rules));
	dm->rules[dm->nrules++] = set->nrules++;
}

static void
parse_line(struct parser *ps, const char *s, const char *e)
{
	const char *p = skip_blanks(s, e);

	while (e > p && (blank((unsigned char)e[-1]) || e[-1] == '\r'))
		e--;
	if (p == e || *p == '#')
		return;
	if (p != s) {
		perr(ps, 1, "a line must not start with blanks");
		return;
	}
	if (*p == '[')
		section(ps, p, e);
	else if (e - p > 7 && memcmp(p, "expect", 6) == 0 && blank(p[6]))
		expect_line(ps, p, e);
	else
		rule_line(ps, p, e);
}

/*
 * rules_add: parse the rules text (len bytes) of the file called name into
 * s.  Errors are appended to errs as "FILE:LINE:COL: message" lines.
 * Returns the number of errors found (0 when the file is good).
 */
int
rules_add(struct rule_set *s, const char *name, const char *text,
    size_t len, struct buf *errs)
{
	struct parser ps;
	const char *p = text, *e = text + len;

	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;		/* a UTF-8 byte order mark */
	s->names = xreallocarray(s->names, s->nnames + 1, sizeof(*s->names));
	s->names[s->nnames] = xstrdup(name);
	memset(&ps, 0, sizeof(ps));
	ps.set = s;
	ps.file = s->names[s->nnames++];
	ps.dim = RULE_NONE;
	ps.errs = errs;
	while (p < e) {
		const char *nl = memchr(p, '\n', (size_t)(e - p));
		const char *le = nl != NULL ? nl : e;

		ps.line++;
		if (memchr(p, '\0', (size_t)(le - p)) != NULL)
			perr(&ps, 1, "a NUL byte in a rules file");
		else
			parse_line(&ps, p, le);
		p = nl != NULL ? nl + 1 : e;
	}
	return (int)ps.nerr;
}

/*
 * rules_finish: check what needs the whole set (expect labels) and build
 * the per-label veto lists.  Returns the number of errors, appended to
 * errs.
 */
int
rules_finish(struct rule_set *s, struct buf *errs)
{
	int nerr = 0;

	for (size_t d = 0; d < s->ndims; d++) {
		struct rule_dim *dm = &s->dims[d];

		if (dm->fbname != NULL && dm->fallback == RULE_NONE)
			dm->fallback = add_label(dm, dm->fbname,
			    strlen(dm->fbname));
	}
	for (size_t i = 0; i < s->nexpects; i++) {
		const struct rule_expect *x = &s->expects[i];
		const struct rule_dim *dm = &s->dims[x->dim];

		if (x->label != NULL && rules_find_label(dm, x->label,
		    strlen(x->label)) == RULE_NONE) {
			buf_printf(errs, "%s:%lu:%zu: '%s' is not a label of "
			    "[%s]\n", x->file, x->line, x->col, x->label,
			    dm->name);
			nerr++;
		}
	}
	for (size_t d = 0; d < s->ndims; d++) {
		struct rule_dim *dm = &s->dims[d];

		dm->vetoes = xcalloc(dm->nlabels ? dm->nlabels : 1,
		    sizeof(*dm->vetoes));
		dm->nvetoes = xcalloc(dm->nlabels ? dm->nlabels : 1,
		    sizeof(*dm->nvetoes));
		dm->nwords = (dm->nlabels + 63) / 64;
		for (size_t k = 0; k < dm->nrules; k++) {
			const struct rule *r = &s->rules[dm->rules[k]];

			if (!r->veto)
				continue;
			dm->vetoes[r->label] = xreallocarray(
			    dm->vetoes[r->label], dm->nvetoes[r->label] + 1,
			    sizeof(size_t));
			dm->vetoes[r->label][dm->nvetoes[r->label]++] =
			    dm->rules[k];
		}
	}
	if (s->pf == NULL) {
		s->pf = pf_new();
		for (size_t i = 0; i < s->nrules; i++) {
			struct rule *r = &s->rules[i];

			r->pf_id = r->code == NULL ? -1 : pf_add(s->pf,
			    r->pattern, strlen(r->pattern),
			    strchr(r->flags, 'x') != NULL);
		}
		pf_build(s->pf);
		s->pfc = xcalloc(PF_CACHE, sizeof(*s->pfc));
		for (size_t i = 0; i < PF_CACHE; i++)
			s->pfc[i].bits = xcalloc(pf_nwords(s->pf),
			    sizeof(uint64_t));
	}
	return nerr;
}

/* rules_set_prefilter: run every rule on every text (off) or only the
 * rules whose literals occur in it (on, the default); the labels are the
 * same. */
void
rules_set_prefilter(struct rule_set *s, int on)
{
	s->pf_off = !on;
}

/* Forget the texts seen: a new row's fields may reuse their memory. */
static void
pf_forget(struct rule_set *s)
{
	for (size_t i = 0; s->pfc != NULL && i < PF_CACHE; i++)
		s->pfc[i].p = NULL;
}

/* Whether rule r may match text (p, n): its literals occur in it, or it
 * cannot be prefiltered.  Scans each text of a row once. */
static int
pf_candidate(struct rule_set *s, const struct rule *r, const char *p,
    size_t n)
{
	struct pf_cache *c = NULL;

	if (s->pf_off || s->pfc == NULL || r->pf_id < 0)
		return 1;
	for (size_t i = 0; i < PF_CACHE; i++)
		if (s->pfc[i].p == p && s->pfc[i].n == n) {
			c = &s->pfc[i];
			break;
		}
	if (c == NULL) {
		c = &s->pfc[s->pfc_next];
		s->pfc_next = (s->pfc_next + 1) % PF_CACHE;
		c->p = p;
		c->n = n;
		c->all = pf_scan(s->pf, p, n, c->bits) == -1;
	}
	return c->all || ((c->bits[r->pf_id / 64] >> (r->pf_id % 64)) & 1);
}

/* The column of header hdr that a field= name means: the header itself,
 * its normalized form, or a role name; -1 if none. */
static int
field_col(const char *name, const struct slice *hdr, size_t n,
    const struct rolecols *rc, struct buf *a, struct buf *b)
{
	int r;

	for (size_t i = 0; i < n; i++)
		if (slice_eq(hdr[i], name))
			return (int)i;
	roles_normalize(slice_str(name), a);
	for (size_t i = 0; i < n; i++) {
		roles_normalize(hdr[i], b);
		if (a->len > 0 && strcmp(buf_cstr(a), buf_cstr(b)) == 0)
			return (int)i;
	}
	r = role_lookup(name, strlen(name));
	if (r >= 0 && rc != NULL)
		return rc->col[r];
	return -1;
}

/*
 * rules_bind: the columns every rule of s looks at in the header hdr (n
 * names) of file: the text role's columns (rc), or the columns its field=
 * names (a header, or else a role name).  A field= column the header lacks
 * leaves the rule without it; each such case is appended to warns as
 * "RULESFILE:LINE: ..." lines.  Returns 0.  Free with rules_bind_fini.
 */
int
rules_bind(struct rule_set *s, const struct slice *hdr, size_t n,
    const struct rolecols *rc, const char *file, struct rule_bind *b,
    struct buf *warns)
{
	struct buf x, y;

	buf_init(&x);
	buf_init(&y);
	b->nrules = s->nrules;
	b->cols = xcalloc(s->nrules ? s->nrules : 1, sizeof(*b->cols));
	b->ncols = xcalloc(s->nrules ? s->nrules : 1, sizeof(*b->ncols));
	for (size_t i = 0; i < s->nrules; i++) {
		const struct rule *r = &s->rules[i];

		if (r->nfields == 0) {
			b->cols[i] = xcalloc(rc->ntext ? rc->ntext : 1,
			    sizeof(size_t));
			for (size_t k = 0; k < rc->ntext; k++)
				b->cols[i][b->ncols[i]++] = rc->text[k];
			continue;
		}
		b->cols[i] = xcalloc(r->nfields, sizeof(size_t));
		for (size_t k = 0; k < r->nfields; k++) {
			int c = field_col(r->fields[k], hdr, n, rc, &x, &y);

			if (c < 0)
				buf_printf(warns, "%s:%lu: no column '%s' in "
				    "%s; the rule does not look at it\n",
				    r->file, r->line, r->fields[k], file);
			else
				b->cols[i][b->ncols[i]++] = (size_t)c;
		}
	}
	buf_fini(&x);
	buf_fini(&y);
	return 0;
}

/* rules_bind_fini: free a binding; accepts one never bound. */
void
rules_bind_fini(struct rule_bind *b)
{
	if (b == NULL || b->cols == NULL)
		return;
	for (size_t i = 0; i < b->nrules; i++)
		free(b->cols[i]);
	free(b->cols);
	free(b->ncols);
	b->cols = NULL;
	b->ncols = NULL;
}

/* rules_result_init: room for the labels of one row.  Cannot fail. */
void
rules_result_init(const struct rule_set *s, struct rule_result *res)
{
	size_t words = 0, labels = 0, n = s->ndims ? s->ndims : 1, at = 0;
	unsigned char *blk;

	for (size_t d = 0; d < s->ndims; d++) {
		labels += s->dims[d].nlabels;
		words += s->dims[d].nwords;
	}
	if (labels == 0)
		labels = 1;
	if (words == 0)
		words = 1;
	/* one block, what folding a row reads first: a batch's results are
	 * read on another thread than the one that wrote them, a cache
	 * line or two each instead of eight scattered allocations */
	blk = xcalloc(1, ((n * sizeof(int) + 7) & ~(size_t)7) +
	    sizeof(size_t) * (4 * n + labels) + sizeof(uint64_t) * 2 * words);
#define CARVE(f, k) \
	do { \
		res->f = (void *)(blk + at); \
		at += (k) * sizeof(*res->f); \
		at = (at + 7) & ~(size_t)7; \
	} while (0)
	CARVE(applies, n);
	CARVE(label, n);
	CARVE(rule, n);
	CARVE(boff, n);
	CARVE(bits, words);
	CARVE(loff, n);
	CARVE(lrule, labels);
	CARVE(vbits, words);
#undef CARVE
	words = labels = 0;
	for (size_t d = 0; d < s->ndims; d++) {
		res->loff[d] = labels;
		labels += s->dims[d].nlabels;
		res->boff[d] = words;
		words += s->dims[d].nwords;
	}
}

/* rules_result_fini: free a result; accepts one never initialised. */
void
rules_result_fini(struct rule_result *res)
{
	free(res->applies);	/* the block */
	memset(res, 0, sizeof(*res));
}

/* Whether rule r matches the subject: 1, 0, or -1 when a match limit was
 * hit (no match); counts other failures. */
static int
rmatch(struct rule_set *s, struct rule *r, const char *p, size_t n)
{
	int rc;

	if (r->code == NULL || !pf_candidate(s, r, p, n))
		return 0;
	if (r->jit)
		rc = pcre2_jit_match(r->code, (PCRE2_SPTR)p, n, 0, 0,
		    s->mdata, s->mctx);
	else
		rc = pcre2_match(r->code, (PCRE2_SPTR)p, n, 0, 0, s->mdata,
		    s->mctx);
	if (rc >= 0)
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
		return -1;
	s->errors++;
	return 0;
}

/* A row's subjects for one rule: the bound columns, or the one text. */
struct subject {
	const struct rule_bind	*b;
	const struct slice	*fields;
	size_t			 nfields;
	const char		*text;		/* expectations: one text */
	size_t			 textlen;
	int			 count;		/* count match-limit hits */
};

/* Whether rule k matches the row; a row where a match limit was hit and
 * no column matched counts once in the rule's limits. */
static int
rule_hits(struct rule_set *s, size_t k, const struct subject *sub)
{
	struct rule *r = &s->rules[k];
	int m, limited = 0;

	if (sub->b == NULL) {
		m = r->nfields == 0 && sub->textlen > 0 ?
		    rmatch(s, r, sub->text, sub->textlen) : 0;
		if (m == -1 && sub->count)
			r->limits++;
		return m == 1;
	}
	for (size_t i = 0; i < sub->b->ncols[k]; i++) {
		size_t c = sub->b->cols[k][i];

		if (c >= sub->nfields || sub->fields[c].len == 0)
			continue;
		m = rmatch(s, r, sub->fields[c].p, sub->fields[c].len);
		if (m == 1)
			return 1;
		limited |= m == -1;
	}
	if (limited && sub->count)
		r->limits++;
	return 0;
}

static int
vetoed(struct rule_set *s, const struct rule_dim *dm, size_t label,
    const struct subject *sub)
{
	for (size_t i = 0; i < dm->nvetoes[label]; i++) {
		size_t k = dm->vetoes[label][i];

		if (rule_hits(s, k, sub)) {
			s->rules[k].hits++;
			return 1;
		}
	}
	return 0;
}

static int
applies(enum rule_rows rows, int outbound)
{
	switch (rows) {
	case ROWS_INBOUND:
		return outbound != 1;
	case ROWS_OUTBOUND:
		return outbound == 1;
	default:
		return 1;
	}
}

static void
classify(struct rule_set *s, const struct subject *sub, int outbound,
    struct rule_result *res)
{
	for (size_t d = 0; d < s->ndims; d++) {
		const struct rule_dim *dm = &s->dims[d];
		uint64_t *bits = res->bits + res->boff[d];
		uint64_t *vetoed_bits = res->vbits + res->boff[d];

		memset(vetoed_bits, 0, dm->nwords * sizeof(*vetoed_bits));
		res->label[d] = RULE_NONE;
		res->rule[d] = RULE_NONE;
		memset(bits, 0, dm->nwords * sizeof(*bits));
		res->applies[d] = outbound == -2 || applies(dm->rows, outbound);
		if (!res->applies[d])
			continue;
		for (size_t i = 0; i < dm->nrules; i++) {
			size_t k = dm->rules[i];
			struct rule *r = &s->rules[k];

			if (r->veto || ((bits[r->label / 64] |
			    vetoed_bits[r->label / 64]) >> (r->label % 64) & 1))
				continue;
			if (!rule_hits(s, k, sub))
				continue;
			r->hits++;
			/* a vetoed label is not tried again in this row */
			bits[r->label / 64] |= (uint64_t)1 << (r->label % 64);
			if (vetoed(s, dm, r->label, sub)) {
				vetoed_bits[r->label / 64] |= (uint64_t)1 <<
				    (r->label % 64);
				bits[r->label / 64] &=
				    ~((uint64_t)1 << (r->label % 64));
				continue;
			}
			res->lrule[res->loff[d] + r->label] = k;
			if (res->rule[d] == RULE_NONE) {
				res->rule[d] = k;
				res->label[d] = r->label;
			}
			if (dm->mode == MODE_FIRST)
				break;
		}
		if (res->label[d] == RULE_NONE && dm->fallback != RULE_NONE) {
			res->label[d] = dm->fallback;
			res->lrule[res->loff[d] + dm->fallback] = RULE_NONE;
			bits[dm->fallback / 64] |= (uint64_t)1 <<
			    (dm->fallback % 64);
		}
		if (dm->mode == MODE_FIRST) {
			memset(bits, 0, dm->nwords * sizeof(*bits));
			if (res->label[d] != RULE_NONE)
				bits[res->label[d] / 64] |= (uint64_t)1 <<
				    (res->label[d] % 64);
		}
	}
}

/*
 * rules_classify: the labels of one row into res: fields (n) bound by b;
 * outbound is 1 for an outbound row, 0 for inbound, -1 when the direction
 * is unknown (rows=inbound dimensions take such rows, rows=outbound ones do
 * not).  Cannot fail.
 */
void
rules_classify(struct rule_set *s, const struct rule_bind *b,
    const struct slice *fields, size_t n, int outbound,
    struct rule_result *res)
{
	struct subject sub = { b, fields, n, NULL, 0, 1 };

	pf_forget(s);
	classify(s, &sub, outbound, res);
}

/* rules_classify_text: the labels of one text, as a row whose text role
 * holds it and that every dimension's rows= takes; rules with field= do
 * not look at it.  Cannot fail. */
void
rules_classify_text(struct rule_set *s, const char *text, size_t n,
    struct rule_result *res)
{
	struct subject sub = { NULL, NULL, 0, text, n, 1 };

	pf_forget(s);
	classify(s, &sub, -2, res);
}

/* rules_match: whether rule k matches the row (fields, n) bound by b, on
 * its own, whatever its dimension decides; for rules check.  Counts
 * nothing.  Cannot fail. */
int
rules_match(struct rule_set *s, const struct rule_bind *b, size_t k,
    const struct slice *fields, size_t n)
{
	struct subject sub = { b, fields, n, NULL, 0, 0 };

	pf_forget(s);
	return rule_hits(s, k, &sub);
}

/* rules_match_text: whether rule k matches the text (p, n) on its own;
 * for tests.  Cannot fail. */
int
rules_match_text(struct rule_set *s, size_t k, const char *p, size_t n)
{
	pf_forget(s);
	return rmatch(s, &s->rules[k], p, n) == 1;
}

/* rules_use_text: whether some rule looks at the text role (has no
 * field=).  Cannot fail. */
int
rules_use_text(const struct rule_set *s)
{
	for (size_t i = 0; i < s->nrules; i++)
		if (s->rules[i].nfields == 0)
			return 1;
	return 0;
}

/* rules_matches_empty: whether rule k matches the empty string (a lint:
 * such a rule matches every row that has any text). */
int
rules_matches_empty(struct rule_set *s, size_t k)
{
	pf_forget(s);
	return rmatch(s, &s->rules[k], "", 0) == 1;
}

/* rules_has_label: whether res gives label l in dimension d. */
int
rules_has_label(const struct rule_set *s, const struct rule_result *res,
    size_t d, size_t l)
{
	(void)s;
	return (res->bits[res->boff[d] + l / 64] >> (l % 64)) & 1;
}

/* rules_is_empty: whether res gives no label in dimension d. */
int
rules_is_empty(const struct rule_set *s, const struct rule_result *res,
    size_t d)
{
	for (size_t i = 0; i < s->dims[d].nwords; i++)
		if (res->bits[res->boff[d] + i] != 0)
			return 0;
	return 1;
}

/* rules_is_miss: whether the rules found nothing for the row in dimension
 * d: no label, or only the fallback. */
int
rules_is_miss(const struct rule_set *s, const struct rule_result *res,
    size_t d)
{
	(void)s;
	return res->rule[d] == RULE_NONE;
}

/* rules_label_text: the labels of dimension d as text into b (reset
 * first): the label, or mode=all labels joined by ';', or empty. */
void
rules_label_text(const struct rule_set *s, const struct rule_result *res,
    size_t d, struct buf *b)
{
	const struct rule_dim *dm = &s->dims[d];
	int first = 1;

	buf_reset(b);
	for (size_t l = 0; l < dm->nlabels; l++) {
		if (!rules_has_label(s, res, d, l))
			continue;
		if (!first)
			buf_addc(b, ';');
		buf_addstr(b, dm->labels[l]);
		first = 0;
	}
}

/* rules_explain_text: where the labels of dimension d came from, into b
 * (reset first): "FILE:LINE" of the rule that gave each label, joined by
 * ';' as the labels are, or "fallback".  Cannot fail. */
void
rules_explain_text(const struct rule_set *s, const struct rule_result *res,
    size_t d, struct buf *b)
{
	const struct rule_dim *dm = &s->dims[d];
	int first = 1;

	buf_reset(b);
	for (size_t l = 0; l < dm->nlabels; l++) {
		size_t k;

		if (!rules_has_label(s, res, d, l))
			continue;
		if (!first)
			buf_addc(b, ';');
		first = 0;
		k = res->lrule[res->loff[d] + l];
		if (k == RULE_NONE)
			buf_addstr(b, "fallback");
		else
			buf_printf(b, "%s:%lu", s->rules[k].file,
			    s->rules[k].line);
	}
}

struct rx {
	pcre2_code		*code;
	pcre2_match_data	*md;
};

/*
 * rx_new: a regular expression for an option (PCRE2 syntax, UTF-8, inline
 * flags such as (?i) allowed).  Returns NULL with a usage error in e.
 */
struct rx *
rx_new(const char *pat, struct gerr *e)
{
	struct rx *x;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[256];
	int err;
	pcre2_code *code;

	code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_UCP, &err, &off,
	    NULL);
	if (code == NULL) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		gerr_set(e, EXIT_USAGE, "bad regex '%s': %s at offset %zu",
		    pat, (char *)msg, (size_t)off);
		return NULL;
	}
	pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	x = xcalloc(1, sizeof(*x));
	x->code = code;
	x->md = pcre2_match_data_create(1, NULL);
	return x;
}

/* rx_match: whether the n bytes at p match. */
int
rx_match(struct rx *x, const char *p, size_t n)
{
	return pcre2_match(x->code, (PCRE2_SPTR)p, n, 0, 0, x->md, NULL) >= 0;
}

/* rx_free: accepts NULL. */
void
rx_free(struct rx *x)
{
	if (x == NULL)
		return;
	pcre2_code_free(x->code);
	pcre2_match_data_free(x->md);
	free(x);
}
