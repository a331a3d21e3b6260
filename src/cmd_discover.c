/* cmd_discover.c: gripe discover: what the rules miss, as n-grams.
 *
 * Among the rows that fall to a dimension's fallback (mode=first) or get no
 * label in it (mode=all), count in how many rows each word 1-, 2- and
 * 3-gram occurs, after lower-casing (ASCII), dropping English stop words
 * and web noise, and masking numbers as "#" (an n-gram of numbers only is
 * not counted).  The most frequent come first,
 * each with its share of those rows and one example FILE:LINE, so the
 * analyst can read the example and write the next rule.  N-grams are
 * counted once per row and never across fields.  The n-gram table is
 * capped (--max-ngrams); n-grams first seen after it is full are not
 * counted, and a note says so.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "intern.h"
#include "opts.h"
#include "rules.h"
#include "table.h"
#include "util.h"

static const struct cmd_usage discover_usage = {
	"discover",
	"[-h] [-d delim] [-f format] [-o file] [-r rules]\n"
	"    [--col role=header] [--dim name] [--match-limit n]\n"
	"    [--max-ngrams n] [--na value] [--outbound regex]\n"
	"    [--rejects file] [--skip-bad] [--strict] [--top n]\n"
	"    [--where dim=label] [file ...]",
	"\n"
	OPTS_HELP_FORMAT
	"  -r, --rules FILE       rules file (repeatable; default: $GRIPE_RULES\n"
	"                         or the built-in rules)\n"
	"      --dim NAME         the dimension whose misses to read "
	"(default\n"
	"                         category)\n"
	"      --match-limit N    PCRE2 match limit per row and rule\n"
	"      --no-prefilter     run every rule on every text (same labels)\n"
	"      --max-ngrams N     distinct n-grams counted at most "
	"(default 2000000)\n"
	"      --outbound REGEX   direction values that mean outbound\n"
	"      --rejects FILE     write bad records to FILE (implies "
	"--skip-bad)\n"
	"      --skip-bad         count bad records and go on\n"
	"      --strict           a stray quote is an error\n"
	"      --top N            show the N most frequent (default 20)\n"
	"      --where DIM=LABEL  keep only rows with that label "
	"(repeatable)\n"
};

enum { OPT_DIM = OPT_CMD, OPT_TOP, OPT_MAX_NGRAMS };

struct discover {
	const char	*dim;
	unsigned long	 top;
	unsigned long	 max_ngrams;
};

static int
own_option(void *ctx, int ch, const char *arg, struct gerr *e)
{
	struct discover *c = ctx;

	switch (ch) {
	case OPT_DIM:
		c->dim = arg;
		return 1;
	case OPT_TOP:
		return opts_parse_uint("--top", arg, 1, 1000000, &c->top, e) ==
		    -1 ? -1 : 1;
	case OPT_MAX_NGRAMS:
		return opts_parse_uint("--max-ngrams", arg, 1, 100000000,
		    &c->max_ngrams, e) == -1 ? -1 : 1;
	default:
		return 0;
	}
}

/* English stop words and the noise of web text, sorted for bsearch. */
static const char *const stop[] = {
	"a", "about", "above", "after", "again", "against", "all", "also",
	"am", "amp", "an", "and", "any", "are", "aren't", "as", "at", "be",
	"because", "been", "before", "being", "below", "between", "both",
	"but", "by", "can", "can't", "cannot", "co", "com", "could",
	"couldn't", "did", "didn't", "do", "does", "doesn't", "doing",
	"don't", "down", "during", "each", "etc", "even", "ever", "few",
	"for", "from", "further", "get", "got", "gt", "had", "hadn't", "has",
	"hasn't", "have", "haven't", "having", "he", "her", "here", "hers",
	"herself", "hi", "him", "himself", "his", "how", "http", "https", "i",
	"i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it",
	"it's", "its", "itself", "just", "let", "lt", "may", "me", "might",
	"more", "most", "much", "must", "my", "myself", "no", "nor", "not",
	"now", "of", "off", "on", "once", "one", "only", "or", "other",
	"our", "ours", "ourselves", "out", "over", "own", "please", "quot",
	"same", "she", "should", "so", "some", "such", "than", "that",
	"that's", "the", "their", "theirs", "them", "themselves", "then",
	"there", "these", "they", "this", "those", "through", "to", "too",
	"under", "until", "up", "us", "very", "via", "was", "wasn't", "we",
	"we're", "were", "weren't", "what", "when", "where", "which", "while",
	"who", "whom", "why", "will", "with", "won't", "would", "wouldn't",
	"www", "xx", "xxxx", "you", "you're", "your", "yours", "yourself",
	"yourselves"
};

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
is_stop(const char *w)
{
	return bsearch(&w, stop, sizeof(stop) / sizeof(stop[0]),
	    sizeof(stop[0]), cmpstr) != NULL;
}

/* The per-n-gram counts, indexed by intern id. */
struct counts {
	struct intern	*ng;
	uint32_t	*rows;
	uint32_t	*last;		/* last row counted, 1-based */
	uint32_t	*ex_file;
	unsigned long	*ex_line;
	size_t		 cap;
	unsigned long	 max;
	int		 full;
};

static void
count(struct counts *c, const char *p, size_t n, uint32_t row,
    uint32_t file, unsigned long line)
{
	uint32_t id = intern_find(c->ng, p, n);

	if (id == INTERN_NONE) {
		if (intern_count(c->ng) >= c->max) {
			c->full = 1;
			return;
		}
		id = intern_id(c->ng, p, n);
		if (id >= c->cap) {
			size_t cap = c->cap ? c->cap * 2 : 1024;

			c->rows = xreallocarray(c->rows, cap, sizeof(*c->rows));
			c->last = xreallocarray(c->last, cap, sizeof(*c->last));
			c->ex_file = xreallocarray(c->ex_file, cap,
			    sizeof(*c->ex_file));
			c->ex_line = xreallocarray(c->ex_line, cap,
			    sizeof(*c->ex_line));
			c->cap = cap;
		}
		c->rows[id] = 0;
		c->last[id] = 0;
		c->ex_file[id] = file;
		c->ex_line[id] = line;
	}
	if (c->last[id] == row)
		return;
	c->last[id] = row;
	c->rows[id]++;
}

/* Split text into words: ASCII letters and digits, bytes of other UTF-8
 * characters, inner apostrophes (’ read as '); lower-cased, numbers
 * masked as "#", stop words and single letters dropped.  The words go to
 * words (NUL-separated) and their starts to *starts. */
static size_t
words_of(struct slice v, struct buf *words, size_t **starts, size_t *cap)
{
	size_t n = 0, i = 0;

	buf_reset(words);
	while (i < v.len) {
		size_t start = words->len, k;
		int digits = 1;
		unsigned char c = (unsigned char)v.p[i];

		if (!(c >= 0x80 || (c >= '0' && c <= '9') ||
		    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
			i++;
			continue;
		}
		while (i < v.len) {
			c = (unsigned char)v.p[i];
			if (c == 0xE2 && i + 2 < v.len &&
			    (unsigned char)v.p[i + 1] == 0x80 &&
			    (unsigned char)v.p[i + 2] == 0x99) {
				c = '\'';
				i += 2;
			}
			c = (unsigned char)ascii_lower(c);
			if (!(c >= 0x80 || (c >= '0' && c <= '9') ||
			    (c >= 'a' && c <= 'z') || c == '\''))
				break;
			if (!(c >= '0' && c <= '9'))
				digits = 0;
			buf_addc(words, c);
			i++;
		}
		while (words->len > start && words->p[words->len - 1] == '\'') {
			words->len--;
			digits = digits && words->len > start;
		}
		k = words->len - start;
		if (k == 0)
			continue;
		if (digits) {
			words->len = start;
			buf_addc(words, '#');
		} else {
			buf_addc(words, '\0');
			if (k == 1 || is_stop(words->p + start)) {
				words->len = start;
				continue;
			}
			words->len--;
		}
		buf_addc(words, '\0');
		if (n == *cap) {
			*cap = *cap ? *cap * 2 : 64;
			*starts = xreallocarray(*starts, *cap, sizeof(**starts));
		}
		(*starts)[n++] = start;
	}
	return n;
}

static const struct counts *sort_counts;

static int
by_rows(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	const struct counts *c = sort_counts;

	if (c->rows[x] != c->rows[y])
		return c->rows[x] > c->rows[y] ? -1 : 1;
	return strcmp(intern_str(c->ng, x, NULL), intern_str(c->ng, y, NULL));
}

/* cmd_discover: gripe discover [options] [file ...]. */
int
cmd_discover(int argc, char **argv)
{
	static const struct option longopts[] = {
		OPTS_LONG,
		OPTS_LONG_RULES,
		{ "dim", required_argument, NULL, OPT_DIM },
		{ "max-ngrams", required_argument, NULL, OPT_MAX_NGRAMS },
		{ "top", required_argument, NULL, OPT_TOP },
		{ NULL, 0, NULL, 0 }
	};
	struct discover c = { "category", 20, 2000000 };
	struct counts ct;
	struct gopts g;
	struct gerr e;
	struct reader_opts ro;
	struct reader *rd = NULL;
	struct rule_set *rs = NULL;
	struct rule_bind bind = { NULL, NULL, 0 };
	struct rule_result res;
	struct where *w = NULL;
	struct rx *outb = NULL;
	struct row row;
	struct buf words, gram, b;
	struct table *t = NULL;
	char **files = NULL;
	size_t nw = 0, d = RULE_NONE, *starts = NULL, scap = 0, nfiles = 0;
	size_t curfile = (size_t)-1, fvcap = 0;
	struct slice *fv = NULL;
	uint32_t nmiss = 0, nrows = 0, *ids = NULL;
	int st, rc;

	opts_init(&g);
	gerr_clear(&e);
	memset(&ct, 0, sizeof(ct));
	memset(&res, 0, sizeof(res));
	buf_init(&words);
	buf_init(&gram);
	buf_init(&b);
	rc = opts_parse(&g, argc, argv, longopts, OPTS_SHORT_RULES,
	    &discover_usage, own_option, &c);
	if (rc != -1)
		goto out;
	rc = EXIT_USAGE;
	if ((rs = opts_rules(&g)) == NULL ||
	    opts_where(&g, rs, &w, &nw) == -1 ||
	    (outb = opts_outbound(&g)) == NULL)
		goto out;
	d = rules_find_dim(rs, c.dim, strlen(c.dim));
	if (d == RULE_NONE) {
		diag_err("no dimension '%s' in the rules", c.dim);
		goto out;
	}
	rules_result_init(rs, &res);
	ct.ng = intern_new();
	ct.max = c.max_ngrams;
	opts_reader(&g, &ro);
	rc = EXIT_DATA;
	rd = reader_new(&ro, &e);
	if (rd == NULL) {
		rc = diag_gerr(&e);
		goto out;
	}
	while ((st = reader_next(rd, &row, &e)) == 1) {
		if (row.fileno != curfile) {
			size_t nhdr;
			const struct slice *hdr = reader_header(rd, &nhdr);

			rules_bind_fini(&bind);
			buf_reset(&b);
			rules_bind(rs, hdr, nhdr, row.rc, row.file, &bind, &b);
			opts_warn_lines(&b);
			files = xreallocarray(files, nfiles + 1,
			    sizeof(*files));
			files[nfiles++] = xstrdup(row.file);
			curfile = row.fileno;
		}
		rules_classify(rs, &bind, opts_fields(&row, &fv, &fvcap),
		    row.nfields, opts_direction(outb, &row), &res);
		if (!res.applies[d] || (nw > 0 &&
		    !opts_where_match(rs, &res, w, nw)))
			continue;
		nrows++;
		if (!rules_is_miss(rs, &res, d))
			continue;
		nmiss++;
		for (size_t k = 0; k < row.rc->ntext; k++) {
			struct slice v = row_value(&row, (int)row.rc->text[k]);
			size_t n = words_of(v, &words, &starts, &scap);

			for (size_t i = 0; i < n; i++)
				for (size_t len = 1; len <= 3 && i + len <= n;
				    len++) {
					int words_only = 0;

					for (size_t j = i; j < i + len; j++)
						words_only |= words.p[starts[j]]
						    != '#';
					if (!words_only)
						continue;
					buf_reset(&gram);
					for (size_t j = i; j < i + len; j++) {
						if (j > i)
							buf_addc(&gram, ' ');
						buf_addstr(&gram, words.p +
						    starts[j]);
					}
					count(&ct, gram.p, gram.len, nmiss,
					    (uint32_t)(nfiles - 1), row.line);
				}
		}
	}
	if (st == -1 || reader_finish(rd, &e) == -1) {
		rc = diag_gerr(&e);
		goto out;
	}
	opts_report_limits(rs);
	opts_report_skips(rd);

	{
		size_t n = intern_count(ct.ng), top;

		ids = xcalloc(n ? n : 1, sizeof(*ids));
		for (size_t i = 0; i < n; i++)
			ids[i] = (uint32_t)i;
		sort_counts = &ct;
		qsort(ids, n, sizeof(*ids), by_rows);
		top = n < c.top ? n : c.top;
		t = table_new(NULL);
		table_add_col(t, "ngram", COL_TEXT);
		table_add_col(t, "words", COL_COUNT);
		table_add_col(t, "rows", COL_COUNT);
		table_add_col(t, "share", COL_RATE);
		table_add_col(t, "example", COL_TEXT);
		for (size_t i = 0; i < top; i++) {
			size_t r = table_add_row(t), len, nwords = 1;
			const char *s = intern_str(ct.ng, ids[i], &len);

			for (size_t k = 0; k < len; k++)
				nwords += s[k] == ' ';
			table_set_text(t, r, 0, s, len);
			table_set_int(t, r, 1, (int64_t)nwords);
			table_set_int(t, r, 2, ct.rows[ids[i]]);
			table_set_num(t, r, 3, (double)ct.rows[ids[i]] /
			    (double)nmiss);
			buf_reset(&b);
			buf_printf(&b, "%s:%lu", files[ct.ex_file[ids[i]]],
			    ct.ex_line[ids[i]]);
			table_set_text(t, r, 4, b.p, b.len);
		}
		buf_reset(&b);
		if (rs->dims[d].fallback != RULE_NONE)
			buf_printf(&b, "%lu of %lu rows fell to the fallback "
			    "of [%s], %s", (unsigned long)nmiss,
			    (unsigned long)nrows, rs->dims[d].name,
			    rs->dims[d].labels[rs->dims[d].fallback]);
		else
			buf_printf(&b, "%lu of %lu rows got no label in [%s]",
			    (unsigned long)nmiss, (unsigned long)nrows,
			    rs->dims[d].name);
		table_add_note(t, b.p);
		if (ct.full)
			table_add_note(t, "the n-gram table filled up: n-grams "
			    "first seen after that were not counted (raise "
			    "--max-ngrams)");
	}
	rc = opts_write(&g, &t, 1);
out:
	for (size_t i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	free(ids);
	free(fv);
	free(starts);
	free(ct.rows);
	free(ct.last);
	free(ct.ex_file);
	free(ct.ex_line);
	intern_free(ct.ng);
	table_free(t);
	free(w);
	rx_free(outb);
	rules_bind_fini(&bind);
	rules_result_fini(&res);
	rules_free(rs);
	reader_free(rd);
	buf_fini(&words);
	buf_fini(&gram);
	buf_fini(&b);
	opts_fini(&g);
	return rc;
}
