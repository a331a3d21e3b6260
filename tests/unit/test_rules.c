/* test_rules.c: rules files: parsing, errors, dimensions, classification. */
#include <time.h>

#include "unit.h"

#include "diag.h"
#include "roles.h"
#include "rules.h"
#include "util.h"

/* Parse text as the rules file r.rules and finish the set; the errors of
 * both steps go to errs (reset first). */
static struct rule_set *
load(const char *text, size_t len, struct buf *errs)
{
	struct rule_set *s = rules_new();

	buf_reset(errs);
	rules_add(s, "r.rules", text, len, errs);
	rules_finish(s, errs);
	return s;
}

/* The whole error text that text (a C string) gives, into errs. */
static const char *
errors(const char *text, struct buf *errs)
{
	rules_free(load(text, strlen(text), errs));
	return buf_cstr(errs);
}

/* The labels of dimension d for the n bytes at text, as
 * rules_label_text gives them. */
static const char *
labelsn(struct rule_set *s, struct rule_result *res, size_t d,
    const char *text, size_t n, struct buf *out)
{
	rules_classify_text(s, text, n, res);
	rules_label_text(s, res, d, out);
	return buf_cstr(out);
}

/* labelsn for a C string. */
static const char *
labels(struct rule_set *s, struct rule_result *res, size_t d,
    const char *text, struct buf *out)
{
	return labelsn(s, res, d, text, strlen(text), out);
}

/* Whether the one-rule file rules (no errors) matches the n bytes at
 * text: the rule decided [category]. */
static int
matchesn(const char *rules, const char *text, size_t n)
{
	struct rule_set *s;
	struct rule_result res;
	struct buf errs;
	int m;

	buf_init(&errs);
	s = load(rules, strlen(rules), &errs);
	CHECK_STR(buf_cstr(&errs), "");
	rules_result_init(s, &res);
	rules_classify_text(s, text, n, &res);
	m = res.rule[0] != RULE_NONE;
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&errs);
	return m;
}

/* matchesn for a C string. */
static int
matches(const char *rules, const char *text)
{
	return matchesn(rules, text, strlen(text));
}

/* rolecols with no role columns and the given text columns. */
static void
mkcols(struct rolecols *rc, size_t *text, size_t ntext)
{
	for (int r = 0; r < ROLE_COUNT; r++)
		rc->col[r] = -1;
	rc->text = text;
	rc->ntext = ntext;
}

/* Slices for n C strings. */
static void
mkrow(struct slice *row, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		row[i] = slice_str(v[i]);
}

/* Section lines: bad names, unknown options, bad values, re-declaring. */
static void
test_err_section(void)
{
	struct buf e;

	buf_init(&e);
	CHECK_STR(errors("[a b]\n", &e), "r.rules:1:3: bad section name: "
	    "use letters, digits, '_', '-' or '.' between '[' and ']'\n");
	CHECK_STR(errors("x /x/\n[]\n", &e), "r.rules:2:2: bad section name: "
	    "use letters, digits, '_', '-' or '.' between '[' and ']'\n");
	CHECK_STR(errors("[abc\n", &e), "r.rules:1:5: bad section name: "
	    "use letters, digits, '_', '-' or '.' between '[' and ']'\n");
	CHECK_STR(errors("[x] colour=red\n", &e), "r.rules:1:5: unknown "
	    "section option 'colour' (mode, fallback or rows)\n");
	CHECK_STR(errors("[x] loud\n", &e), "r.rules:1:5: expected an option "
	    "NAME=VALUE, found 'loud'\n");
	CHECK_STR(errors("[x] mode=some\n", &e), "r.rules:1:10: mode must be "
	    "first or all, not 'some'\n");
	CHECK_STR(errors("[x]\tmode=all rows=both\n", &e), "r.rules:1:19: "
	    "rows must be all, inbound or outbound, not 'both'\n");
	CHECK_STR(errors("[x] mode=all\na /a/\n[x] mode=first\n", &e),
	    "r.rules:3:1: [x] was declared at r.rules:1; its options can "
	    "only be set there\n");
	CHECK_STR(errors("[x] rows=inbound\n[x] rows=outbound\n", &e),
	    "r.rules:2:1: [x] was declared at r.rules:1; its options can "
	    "only be set there\n");
	CHECK_STR(errors("[x]\n[x] fallback=y\n", &e), "r.rules:2:1: [x] was "
	    "declared at r.rules:1; its options can only be set there\n");
	/* the implicit [category] was declared by its first rule */
	CHECK_STR(errors("\nb /b/\n[category] mode=all\n", &e), "r.rules:3:1: "
	    "[category] was declared at r.rules:2; its options can only be "
	    "set there\n");
	/* re-declaring with the same options, or none, is fine */
	CHECK_STR(errors("[x] mode=all rows=outbound\n[y]\n"
	    "[x] mode=all rows=outbound\n[x]\n", &e), "");
	buf_fini(&e);
}

/* Rule lines: every malformed part has its message and column. */
static void
test_err_rule(void)
{
	struct buf e;

	buf_init(&e);
	CHECK_STR(errors("billing\n", &e), "r.rules:1:8: expected /REGEX/ "
	    "after the label 'billing'\n");
	CHECK_STR(errors("billing refund\n", &e), "r.rules:1:9: expected "
	    "/REGEX/ after the label 'billing'\n");
	CHECK_STR(errors("billing !refund\n", &e), "r.rules:1:10: expected "
	    "/REGEX/ after the label 'billing'\n");
	CHECK_STR(errors("/refund/\n", &e), "r.rules:1:1: a rule starts with "
	    "its label: LABEL /REGEX/FLAGS\n");
	CHECK_STR(errors("billing /refund\n", &e), "r.rules:1:9: unterminated "
	    "pattern: no closing '/' (write a slash inside it as '\\/')\n");
	CHECK_STR(errors("billing /a\\/b\n", &e), "r.rules:1:9: unterminated "
	    "pattern: no closing '/' (write a slash inside it as '\\/')\n");
	CHECK_STR(errors("billing //i\n", &e), "r.rules:1:9: empty pattern\n");
	CHECK_STR(errors("billing !//\n", &e), "r.rules:1:10: empty "
	    "pattern\n");
	CHECK_STR(errors("billing /x/iq\n", &e), "r.rules:1:13: unknown flag "
	    "'q' (flags are i, x, s, m, w)\n");
	CHECK_STR(errors("billing /x/ foo\n", &e), "r.rules:1:13: unexpected "
	    "'foo' after the pattern (only field=COL[,COL] may follow)\n");
	CHECK_STR(errors("billing /x/ field=a,,b\n", &e), "r.rules:1:21: "
	    "empty column name in field=\n");
	CHECK_STR(errors("billing /x/ field=,a\n", &e), "r.rules:1:19: "
	    "empty column name in field=\n");
	buf_fini(&e);
}

/* A PCRE2 compile error: PCRE2's message, the column of the offset in
 * the pattern: "billing /(abc/" has the pattern at column 10, offset 4
 * (its end) is column 14. */
static void
test_err_pcre(void)
{
	struct buf e;

	buf_init(&e);
	CHECK_STR(errors("billing /(abc/\n", &e), "r.rules:1:14: missing "
	    "closing parenthesis (pattern offset 4)\n");
	/* "x\t!/ab)c/i": pattern at column 5, ')' at offset 2: column 7 */
	CHECK_STR(errors("x\t!/ab)c/i\n", &e), "r.rules:1:7: unmatched "
	    "closing parenthesis (pattern offset 2)\n");
	/* an escaped slash keeps offsets and columns in step: "a /\/[/"
	 * has the pattern at 4 and the unclosed class ends at offset 3 */
	CHECK_STR(errors("a /\\/[/\n", &e), "r.rules:1:7: missing "
	    "terminating ] for character class (pattern offset 3)\n");
	buf_fini(&e);
}

/* Blank-led lines, NUL bytes, expect lines, expect labels (rules_finish). */
static void
test_err_lines(void)
{
	static const char nul[] = "a /x/\nbilling /a\0b/\n";
	struct rule_set *s;
	struct buf e;

	buf_init(&e);
	CHECK_STR(errors("  billing /x/\n", &e), "r.rules:1:1: a line must "
	    "not start with blanks\n");
	CHECK_STR(errors("\tbilling /x/\n", &e), "r.rules:1:1: a line must "
	    "not start with blanks\n");
	s = load(nul, sizeof(nul) - 1, &e);
	CHECK_STR(buf_cstr(&e), "r.rules:2:1: a NUL byte in a rules file\n");
	CHECK_INT(s->nrules, 1);
	rules_free(s);
	CHECK_STR(errors("expect billing refund\n", &e), "r.rules:1:8: "
	    "expected 'expect LABEL: text' (or 'expect -: text')\n");
	CHECK_STR(errors("expect : refund\n", &e), "r.rules:1:8: "
	    "expected 'expect LABEL: text' (or 'expect -: text')\n");
	CHECK_STR(errors("billing /refund/\nexpect shipping: where is it\n",
	    &e), "r.rules:2:8: 'shipping' is not a label of [category]\n");
	CHECK_STR(errors("[s] mode=all\nhostile /!!!/\nexpect other: x\n",
	    &e), "r.rules:3:8: 'other' is not a label of [s]\n");
	CHECK_STR(errors("billing /refund/\nexpect billing: refund\n"
	    "expect other: hi\nexpect -: hi\n", &e), "");
	buf_fini(&e);
}

/* The column of an unknown expect label is where the label starts: with
 * two blanks after "expect" that is column 9. */
static void
test_err_expect_col(void)
{
	struct buf e;

	buf_init(&e);
	CHECK_STR(errors("expect  nope refund\n", &e), "r.rules:1:9: "
	    "expected 'expect LABEL: text' (or 'expect -: text')\n");
	CHECK_STR(errors("b /b/\nexpect  nope: x\n", &e), "r.rules:2:9: "
	    "'nope' is not a label of [category]\n");
	buf_fini(&e);
}

/* A trailing comma in field= names an empty column, like a doubled or
 * leading one, and is an error. */
static void
test_err_field_trailing_comma(void)
{
	struct buf e;

	buf_init(&e);
	CHECK_STR(errors("billing /x/ field=subject,\n", &e), "r.rules:1:27: "
	    "empty column name in field=\n");
	buf_fini(&e);
}

/* A file with many errors reports all of them, in order, and the count. */
static void
test_err_many(void)
{
	static const char text[] =
	    "[a b]\n"			/* 1 */
	    "billing /x/q\n"		/* 2 */
	    "  oops /x/\n"		/* 3 */
	    "# fine\n"			/* 4 */
	    "late //\n"			/* 5 */
	    "[y] mode=some\n"		/* 6 */
	    "z /(/\n"			/* 7 */
	    "ok /ok/ junk\n"		/* 8 */
	    "expect nope: x\n";		/* 9 */
	struct rule_set *s = rules_new();
	struct buf e;

	buf_init(&e);
	CHECK_INT(rules_add(s, "r.rules", text, sizeof(text) - 1, &e), 7);
	CHECK_INT(rules_finish(s, &e), 1);
	CHECK_STR(buf_cstr(&e),
	    "r.rules:1:3: bad section name: use letters, digits, '_', '-' or "
	    "'.' between '[' and ']'\n"
	    "r.rules:2:12: unknown flag 'q' (flags are i, x, s, m, w)\n"
	    "r.rules:3:1: a line must not start with blanks\n"
	    "r.rules:5:6: empty pattern\n"
	    "r.rules:6:10: mode must be first or all, not 'some'\n"
	    "r.rules:7:5: missing closing parenthesis (pattern offset 1)\n"
	    "r.rules:8:9: unexpected 'junk' after the pattern (only "
	    "field=COL[,COL] may follow)\n"
	    "r.rules:9:8: 'nope' is not a label of [y]\n");
	rules_free(s);
	buf_fini(&e);
}

/* Good files: no errors; comments, blank lines, CRLF, "\/" in a pattern
 * and '#' inside a pattern are all fine. */
static void
test_good_file(void)
{
	static const char text[] =
	    "# a comment\r\n"
	    "\r\n"
	    "   \t\r\n"
	    "\t# an indented comment\r\n"
	    "[category]   # the default one\r\n"
	    "billing /a\\/b/i   # a slash\r\n"
	    "misc /x#y/\r\n"
	    "tag /t/i#flags then a comment\r\n"
	    "expect billing: A/B\r\n"
	    "expect misc:x#y  \r\n"
	    "expect -: nothing\r\n";
	struct rule_set *s;
	struct rule_result res;
	struct buf e, out;

	buf_init(&e);
	buf_init(&out);
	s = rules_new();
	CHECK_INT(rules_add(s, "r.rules", text, sizeof(text) - 1, &e), 0);
	CHECK_INT(rules_finish(s, &e), 0);
	CHECK_STR(buf_cstr(&e), "");
	CHECK_INT(s->ndims, 1);
	CHECK_INT(s->nrules, 3);
	CHECK_STR(s->rules[0].pattern, "a\\/b");
	CHECK_STR(s->rules[0].flags, "i");
	CHECK_INT(s->rules[0].line, 6);
	CHECK_STR(s->rules[0].file, "r.rules");
	CHECK_STR(s->rules[1].pattern, "x#y");
	CHECK_STR(s->rules[1].flags, "");
	CHECK_STR(s->rules[2].flags, "i");
	CHECK_INT(s->nexpects, 3);
	CHECK_STR(s->expects[0].label, "billing");
	CHECK_STR(s->expects[0].text, "A/B");
	CHECK_INT(s->expects[0].line, 9);
	CHECK_INT(s->expects[0].dim, 0);
	CHECK_STR(s->expects[1].label, "misc");
	CHECK_STR(s->expects[1].text, "x#y");
	CHECK(s->expects[2].label == NULL);
	CHECK_STR(s->expects[2].text, "nothing");
	rules_result_init(s, &res);
	CHECK_STR(labels(s, &res, 0, "see A/B", &out), "billing");
	CHECK_STR(labels(s, &res, 0, "x#y", &out), "misc");
	CHECK_STR(labels(s, &res, 0, "x", &out), "other");
	CHECK_STR(labels(s, &res, 0, "T", &out), "tag");
	rules_result_fini(&res);
	rules_free(s);
	/* an empty file and one of comments only are good too */
	CHECK_STR(errors("", &e), "");
	CHECK_STR(errors("# only\n\n#comments", &e), "");
	/* a last line without a newline */
	CHECK_STR(errors("a /a/", &e), "");
	buf_fini(&e);
	buf_fini(&out);
}

/* The default [category]: rules before any section go there; mode=first,
 * rows=all, fallback other. */
static void
test_dim_default(void)
{
	struct rule_set *s;
	struct buf e;
	const char *t = "billing /refund/i\n[signal] mode=all\nhostile /!!!/\n"
	    "[category]\nlate /late/\n";

	buf_init(&e);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	CHECK_INT(s->ndims, 2);
	CHECK_STR(s->dims[0].name, "category");
	CHECK_INT(s->dims[0].mode, MODE_FIRST);
	CHECK_INT(s->dims[0].rows, ROWS_ALL);
	CHECK_INT(s->dims[0].nlabels, 3);
	CHECK(s->dims[0].fallback != RULE_NONE);
	CHECK_INT(s->dims[0].fallback, rules_find_label(&s->dims[0], "other",
	    5));
	CHECK(rules_find_label(&s->dims[0], "billing", 7) != RULE_NONE);
	CHECK(rules_find_label(&s->dims[0], "late", 4) != RULE_NONE);
	CHECK_INT(s->dims[0].nrules, 2);
	CHECK_INT(s->dims[0].rules[0], 0);
	CHECK_INT(s->dims[0].rules[1], 2);
	CHECK_INT(s->dims[0].line, 1);
	CHECK_INT(s->rules[2].dim, 0);
	CHECK_INT(s->rules[1].dim, 1);
	rules_free(s);
	buf_fini(&e);
}

/* A fallback no rule names comes after the rules' labels: "[category] /
 * billing ..." has the labels "billing, other". */
static void
test_dim_fallback_last(void)
{
	struct rule_set *s;
	struct buf e;
	const char *t = "[category]\nbilling /charged twice/i\n"
	    "billing !/late fee/i\n[signal] mode=all\nhostile /!{3,}/\n";

	buf_init(&e);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	CHECK_INT(s->dims[0].nlabels, 2);
	CHECK_STR(s->dims[0].labels[0], "billing");
	CHECK_STR(s->dims[0].labels[1], "other");
	CHECK_INT(s->rules[1].veto, 1);
	CHECK_INT(s->rules[2].dim, 1);
	rules_free(s);
	buf_fini(&e);
}

/* Section options: mode=all has no fallback; fallback=LABEL, fallback=-,
 * rows=; labels in order of first appearance. */
static void
test_dim_options(void)
{
	struct rule_set *s;
	struct rule_dim *dm;
	struct buf e;
	const char *t =
	    "[signal] mode=all\n"
	    "b /b/\na /a/\nc /c/\na /aa/\nb !/bb/\nd !/d/\n"
	    "[practice] mode=all rows=outbound fallback=none\n"
	    "apologize /sorry/i\n"
	    "[topic] fallback=misc rows=inbound mode=first\n"
	    "a /a/\n"
	    "[tone] fallback=-\n"
	    "b /b/\n";

	buf_init(&e);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	CHECK_INT(s->ndims, 4);
	dm = &s->dims[0];
	CHECK_STR(dm->name, "signal");
	CHECK_INT(dm->mode, MODE_ALL);
	CHECK_INT(dm->fallback, RULE_NONE);
	CHECK_INT(dm->nlabels, 4);
	CHECK_STR(dm->labels[0], "b");
	CHECK_STR(dm->labels[1], "a");
	CHECK_STR(dm->labels[2], "c");
	CHECK_STR(dm->labels[3], "d");
	CHECK_INT(dm->nrules, 6);
	CHECK_INT(dm->nwords, 1);
	CHECK_INT(s->rules[3].label, 1);
	CHECK_INT(s->rules[4].label, 0);
	/* rules_finish built the veto lists per label */
	CHECK_INT(dm->nvetoes[0], 1);
	CHECK_INT(dm->vetoes[0][0], 4);
	CHECK_INT(dm->nvetoes[1], 0);
	CHECK_INT(dm->nvetoes[3], 1);
	CHECK_INT(dm->vetoes[3][0], 5);

	dm = &s->dims[1];
	CHECK_STR(dm->name, "practice");
	CHECK_INT(dm->mode, MODE_ALL);
	CHECK_INT(dm->rows, ROWS_OUTBOUND);
	CHECK_INT(dm->nlabels, 2);
	CHECK_INT(dm->fallback, rules_find_label(dm, "none", 4));
	CHECK(dm->fallback != RULE_NONE);

	dm = &s->dims[2];
	CHECK_STR(dm->name, "topic");
	CHECK_INT(dm->mode, MODE_FIRST);
	CHECK_INT(dm->rows, ROWS_INBOUND);
	CHECK_INT(dm->nlabels, 2);
	CHECK_INT(dm->fallback, rules_find_label(dm, "misc", 4));
	CHECK(dm->fallback != RULE_NONE);
	CHECK_INT(rules_find_label(dm, "other", 5), RULE_NONE);

	dm = &s->dims[3];
	CHECK_STR(dm->name, "tone");
	CHECK_INT(dm->mode, MODE_FIRST);
	CHECK_INT(dm->fallback, RULE_NONE);
	CHECK_INT(dm->nlabels, 1);
	CHECK_STR(dm->labels[0], "b");
	rules_free(s);
	buf_fini(&e);
}

/* Two rules_add calls (two files) merge their sections; rules before a
 * section in the second file go to [category]; find_dim and find_label
 * compare n bytes exactly. */
static void
test_dim_merge(void)
{
	const char *a = "billing /refund/\n[signal] mode=all\nhostile /!!!/\n";
	const char *b = "delivery /late/\n[signal]\nchurn /cancel/\n"
	    "billing /x/\n[signal] mode=first\n";
	struct rule_set *s = rules_new();
	struct rule_result res;
	struct buf e, out;
	size_t d;

	buf_init(&e);
	buf_init(&out);
	CHECK_INT(rules_add(s, "a.rules", a, strlen(a), &e), 0);
	CHECK_INT(rules_add(s, "b.rules", b, strlen(b), &e), 1);
	CHECK_INT(rules_finish(s, &e), 0);
	CHECK_STR(buf_cstr(&e), "b.rules:5:1: [signal] was declared at "
	    "a.rules:2; its options can only be set there\n");
	CHECK_INT(s->ndims, 2);
	CHECK_INT(s->nrules, 5);
	CHECK_INT(s->dims[0].nrules, 2);
	CHECK_INT(s->dims[0].nlabels, 3);
	CHECK_INT(s->dims[1].nrules, 3);
	CHECK_INT(s->dims[1].nlabels, 3);
	CHECK_INT(s->dims[1].mode, MODE_ALL);
	CHECK_STR(s->dims[1].labels[0], "hostile");
	CHECK_STR(s->dims[1].labels[1], "churn");
	CHECK_STR(s->dims[1].labels[2], "billing");
	CHECK_STR(s->rules[0].file, "a.rules");
	CHECK_STR(s->rules[2].file, "b.rules");
	CHECK_INT(s->rules[2].line, 1);
	CHECK_INT(s->rules[2].dim, 0);
	CHECK_INT(s->rules[3].dim, 1);
	CHECK_INT(s->nnames, 2);

	d = rules_find_dim(s, "signal", 6);
	CHECK_INT(d, 1);
	CHECK_INT(rules_find_dim(s, "signals", 6), 1);
	CHECK_INT(rules_find_dim(s, "sig", 3), RULE_NONE);
	CHECK_INT(rules_find_dim(s, "Signal", 6), RULE_NONE);
	CHECK_INT(rules_find_dim(s, "category", 8), 0);
	CHECK_INT(rules_find_label(&s->dims[d], "churn", 5), 1);
	CHECK_INT(rules_find_label(&s->dims[d], "churning", 5), 1);
	CHECK_INT(rules_find_label(&s->dims[d], "chu", 3), RULE_NONE);
	CHECK_INT(rules_find_label(&s->dims[d], "other", 5), RULE_NONE);

	rules_result_init(s, &res);
	CHECK_STR(labels(s, &res, 1, "cancel x!!!", &out),
	    "hostile;churn;billing");
	CHECK_STR(labels(s, &res, 0, "late", &out), "delivery");
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&out);
}

/* mode=first: the first matching rule in file order wins; the fallback
 * when none matches; res->rule is the deciding rule. */
static void
test_classify_first(void)
{
	const char *t = "billing /refund|overcharg/i\n"
	    "delivery /late|tracking/i\nbilling /invoice/i\n";
	struct rule_set *s;
	struct rule_result res;
	struct buf e, out;
	size_t other, billing, delivery;

	buf_init(&e);
	buf_init(&out);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	other = rules_find_label(&s->dims[0], "other", 5);
	billing = rules_find_label(&s->dims[0], "billing", 7);
	delivery = rules_find_label(&s->dims[0], "delivery", 8);
	rules_result_init(s, &res);

	CHECK_STR(labels(s, &res, 0, "REFUND for a late one", &out),
	    "billing");
	CHECK_INT(res.rule[0], 0);
	CHECK_INT(res.label[0], billing);
	CHECK_INT(res.applies[0], 1);
	CHECK_STR(labels(s, &res, 0, "late invoice", &out), "delivery");
	CHECK_INT(res.rule[0], 1);
	CHECK_INT(res.label[0], delivery);
	CHECK_STR(labels(s, &res, 0, "an invoice", &out), "billing");
	CHECK_INT(res.rule[0], 2);
	CHECK_INT(res.label[0], billing);
	CHECK(rules_has_label(s, &res, 0, billing));
	CHECK(!rules_has_label(s, &res, 0, other));
	CHECK_STR(labels(s, &res, 0, "hello", &out), "other");
	CHECK_INT(res.rule[0], RULE_NONE);
	CHECK_INT(res.label[0], other);
	CHECK(rules_has_label(s, &res, 0, other));
	CHECK(!rules_has_label(s, &res, 0, billing));
	CHECK_STR(labels(s, &res, 0, "", &out), "other");
	rules_result_fini(&res);
	rules_free(s);

	/* with fallback=- nothing matching gives no label */
	t = "[x] fallback=-\na /a/\n";
	s = load(t, strlen(t), &e);
	rules_result_init(s, &res);
	CHECK_STR(labels(s, &res, 0, "b", &out), "");
	CHECK_INT(res.label[0], RULE_NONE);
	CHECK_INT(res.rule[0], RULE_NONE);
	CHECK_STR(labels(s, &res, 0, "a", &out), "a");
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&out);
}

/* mode=all: every label with a matching rule, joined by ';' in label
 * order; res->rule and res->label are the first deciding rule's. */
static void
test_classify_all(void)
{
	const char *t = "[signal] mode=all\nhostile /worst|!{3,}/\n"
	    "churn /cancel/\nhostile /ridiculous/\n";
	struct rule_set *s;
	struct rule_result res;
	struct buf e, out;

	buf_init(&e);
	buf_init(&out);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	CHECK_INT(s->dims[0].nlabels, 2);
	rules_result_init(s, &res);
	CHECK_STR(labels(s, &res, 0, "cancel now!!!", &out),
	    "hostile;churn");
	CHECK_INT(res.rule[0], 0);
	CHECK_INT(res.label[0], 0);
	CHECK_STR(labels(s, &res, 0, "cancel, ridiculous", &out),
	    "hostile;churn");
	CHECK_INT(res.rule[0], 1);
	CHECK_INT(res.label[0], 1);
	CHECK(rules_has_label(s, &res, 0, 0));
	CHECK(rules_has_label(s, &res, 0, 1));
	CHECK_STR(labels(s, &res, 0, "ridiculous", &out), "hostile");
	CHECK_INT(res.rule[0], 2);
	CHECK_STR(labels(s, &res, 0, "fine", &out), "");
	CHECK_INT(res.rule[0], RULE_NONE);
	CHECK_INT(res.label[0], RULE_NONE);
	CHECK(!rules_has_label(s, &res, 0, 0));
	CHECK(!rules_has_label(s, &res, 0, 1));
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&out);
}

/* Many labels in mode=all: sets span more than one 64-bit word. */
static void
test_classify_all_wide(void)
{
	struct rule_set *s;
	struct rule_result res;
	struct buf t, e, out;

	buf_init(&t);
	buf_init(&e);
	buf_init(&out);
	buf_addstr(&t, "[a] mode=all\n");
	for (int i = 0; i < 70; i++)
		buf_printf(&t, "l%d /\\bw%d\\b/\n", i, i);
	buf_addstr(&t, "[b] mode=all\nz /w69/\n");
	s = load(t.p, t.len, &e);
	CHECK_STR(buf_cstr(&e), "");
	CHECK_INT(s->dims[0].nwords, 2);
	rules_result_init(s, &res);
	CHECK_STR(labels(s, &res, 0, "w1 w63 w64 w69", &out),
	    "l1;l63;l64;l69");
	rules_label_text(s, &res, 1, &out);
	CHECK_STR(buf_cstr(&out), "z");
	CHECK_STR(labels(s, &res, 0, "w0", &out), "l0");
	rules_label_text(s, &res, 1, &out);
	CHECK_STR(buf_cstr(&out), "");
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&t);
	buf_fini(&e);
	buf_fini(&out);
}

/* fallback=LABEL on a mode=all section is given to a row no rule
 * matches. */
static void
test_classify_all_fallback(void)
{
	const char *t = "[signal] mode=all fallback=calm\nhostile /!!!/\n";
	struct rule_set *s;
	struct rule_result res;
	struct buf e, out;

	buf_init(&e);
	buf_init(&out);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	rules_result_init(s, &res);
	CHECK_STR(labels(s, &res, 0, "hi!!!", &out), "hostile");
	CHECK_STR(labels(s, &res, 0, "hi", &out), "calm");
	CHECK_INT(res.rule[0], RULE_NONE);
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&out);
}

/* Vetoes: a matching veto removes its label; in mode=first the next rule
 * of another label can then win, but not a later rule of the same label;
 * a veto does not touch other labels. */
static void
test_classify_veto(void)
{
	const char *t =
	    "billing /fee|charge/i\n"		/* 0 */
	    "billing !/late fee/i\n"		/* 1 */
	    "delivery /late/i\n"		/* 2 */
	    "refund /refund/i\n"		/* 3 */
	    "[signal] mode=all\n"
	    "hostile /worst/i\n"		/* 4 */
	    "fees /fee/i\n"			/* 5 */
	    "fees !/late fee/i\n"		/* 6 */
	    "hostile /!!!/\n";			/* 7 */
	struct rule_set *s;
	struct rule_result res;
	struct buf e, out;

	buf_init(&e);
	buf_init(&out);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	rules_result_init(s, &res);
	CHECK_STR(labels(s, &res, 0, "a fee", &out), "billing");
	CHECK_INT(res.rule[0], 0);
	rules_label_text(s, &res, 1, &out);
	CHECK_STR(buf_cstr(&out), "fees");
	CHECK_INT(res.rule[1], 5);

	CHECK_STR(labels(s, &res, 0, "a LATE FEE", &out), "delivery");
	CHECK_INT(res.rule[0], 2);
	rules_label_text(s, &res, 1, &out);
	CHECK_STR(buf_cstr(&out), "");
	CHECK_INT(res.rule[1], RULE_NONE);

	CHECK_STR(labels(s, &res, 0, "worst late fee", &out),
	    "delivery");
	rules_label_text(s, &res, 1, &out);
	CHECK_STR(buf_cstr(&out), "hostile");
	CHECK_INT(res.rule[1], 4);

	/* the veto holds although "charge" matches rule 0 too */
	CHECK_STR(labels(s, &res, 0, "late fee, refund the charge", &out),
	    "delivery");
	CHECK_STR(labels(s, &res, 0, "late fee!!!", &out), "delivery");
	rules_label_text(s, &res, 1, &out);
	CHECK_STR(buf_cstr(&out), "hostile");
	CHECK_INT(res.rule[1], 7);
	rules_result_fini(&res);
	rules_free(s);

	/* a vetoed label is not tried again; nothing else: the fallback */
	t = "billing /fee/\nbilling !/late fee/\nbilling /charge/\n";
	s = load(t, strlen(t), &e);
	rules_result_init(s, &res);
	CHECK_STR(labels(s, &res, 0, "late fee charge", &out), "other");
	CHECK_INT(res.rule[0], RULE_NONE);
	CHECK_STR(labels(s, &res, 0, "fee charge", &out), "billing");
	CHECK_INT(res.rule[0], 0);
	/* the vetoes of one row are forgotten at the next */
	CHECK_STR(labels(s, &res, 0, "charge", &out), "billing");
	CHECK_INT(res.rule[0], 2);
	rules_result_fini(&res);
	rules_free(s);

	/* a veto before the label's rules, and one for a label without
	 * rules, changes nothing else */
	t = "billing !/late/\nbilling /fee/\nghost !/fee/\n";
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	rules_result_init(s, &res);
	CHECK_STR(labels(s, &res, 0, "late fee", &out), "other");
	CHECK_STR(labels(s, &res, 0, "fee", &out), "billing");
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&out);
}

/* Flags i, x, s, m and w; repeated flags are kept once. */
static void
test_flags(void)
{
	struct rule_set *s;
	struct buf e;
	const char *t = "a /x/iixi\n";

	CHECK(matches("a /refund/i\n", "REFUND"));
	CHECK(!matches("a /refund/\n", "REFUND"));
	CHECK(matches("a /re fund # a comment/x\n", "refund"));
	CHECK(!matches("a /re fund # a comment/x\n", "re fund"));
	CHECK(matches("a /re fund/\n", "re fund"));
	CHECK(matches("a /a.b/s\n", "a\nb"));
	CHECK(!matches("a /a.b/\n", "a\nb"));
	CHECK(matches("a /^b$/m\n", "a\nb\nc"));
	CHECK(!matches("a /^b$/\n", "a\nb\nc"));
	CHECK(matches("a /cat/w\n", "a cat here"));
	CHECK(matches("a /cat/w\n", "cat"));
	CHECK(!matches("a /cat/w\n", "concatenate"));
	CHECK(!matches("a /cat/w\n", "cats"));
	CHECK(matches("a /cat/\n", "concatenate"));
	CHECK(matches("a /cat|dog/w\n", "hot dog!"));
	CHECK(!matches("a /cat|dog/w\n", "hotdogs, bobcats"));
	CHECK(matches("a /CAT/iw\n", "a Cat."));
	CHECK(matches("a /^cat$/msiwx\n", "x\nc A t\ny") == 0);
	CHECK(matches("a /^c a t$/mixw\n", "x\nCAT\ny"));

	buf_init(&e);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	CHECK_STR(s->rules[0].flags, "ix");
	rules_free(s);
	buf_fini(&e);
}

/* UTF-8: caseless folding beyond ASCII; invalid UTF-8 in a subject
 * neither crashes nor stops other matches; subjects with NUL bytes. */
static void
test_utf8(void)
{
	static const char bad[] = "\xff\xfe refund \xc3 then \xed\xa0\x80"
	    " late \xc3";
	static const char nul[] = "abc\0refund";
	const char *t = "[s] mode=all\nbilling /refund/i\ndelivery /late/\n";
	struct rule_set *s;
	struct rule_result res;
	struct buf e, out;

	/* KELVIN SIGN U+212A folds to k, LATIN SMALL LETTER LONG S to s */
	CHECK(matches("a /k/i\n", "\xe2\x84\xaa"));
	CHECK(matches("a /s/i\n", "\xc5\xbf"));
	CHECK(matches("a /\xc5\xbf/i\n", "S"));
	CHECK(!matches("a /k/\n", "\xe2\x84\xaa"));
	CHECK(matches("a /caf\xc3\xa9/i\n", "CAF\xc3\x89"));
	CHECK(matches("a /\\bcaf\xc3\xa9\\b/\n", "un caf\xc3\xa9!"));
	/* . is one character, not one byte */
	CHECK(matches("a /^.$/\n", "\xc3\xa9"));
	CHECK(matches("a /\\w{3}/\n", "\xc3\xa9t\xc3\xa9"));

	buf_init(&e);
	buf_init(&out);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	rules_result_init(s, &res);
	CHECK_STR(labelsn(s, &res, 0, bad, sizeof(bad) - 1, &out),
	    "billing;delivery");
	CHECK_STR(labels(s, &res, 0, "\xff\xff\xff", &out), "");
	CHECK_STR(labels(s, &res, 0, "\xc3", &out), "");
	CHECK_STR(labelsn(s, &res, 0, nul, sizeof(nul) - 1, &out), "billing");
	CHECK_INT(s->errors, 0);
	CHECK_INT(s->rules[0].limits, 0);
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&out);

	CHECK(matchesn("a /c\\x00r/\n", nul, sizeof(nul) - 1));
	CHECK(!matchesn("a /^abc$/\n", nul, sizeof(nul) - 1));
	CHECK(matchesn("a /^abc.refund$/\n", nul, sizeof(nul) - 1));
}

/* field=: a header name (exact or normalized) or a role name; no field=:
 * every text-role column, a match in any of them counts. */
static void
test_bind_fields(void)
{
	static const char *const hv[] = { "Case ID", "Subject", "Body",
	    "State" };
	const char *t =
	    "[t] mode=all\n"
	    "billing /invoice/i field=Subject\n"	/* 0 */
	    "delivery /late/i\n"			/* 1 */
	    "closed /closed/i field=status\n"		/* 2 */
	    "urgent /urgent/i field=subject,Body\n"	/* 3 */
	    "id /^7$/ field=case_id\n";			/* 4 */
	struct slice hdr[4], row[4];
	size_t text[2] = { 2, 1 };
	struct rolecols rc;
	struct rule_bind b;
	struct rule_set *s;
	struct rule_result res;
	struct buf e, w, out;

	buf_init(&e);
	buf_init(&w);
	buf_init(&out);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	CHECK_INT(s->rules[3].nfields, 2);
	CHECK_STR(s->rules[3].fields[0], "subject");
	CHECK_STR(s->rules[3].fields[1], "Body");
	mkrow(hdr, hv, 4);
	mkcols(&rc, text, 1);
	rc.col[ROLE_STATUS] = 3;
	CHECK_INT(rules_bind(s, hdr, 4, &rc, "data.csv", &b, &w), 0);
	CHECK_STR(buf_cstr(&w), "");
	CHECK_INT(b.nrules, 5);
	CHECK_INT(b.ncols[0], 1);
	CHECK_INT(b.cols[0][0], 1);
	CHECK_INT(b.ncols[1], 1);
	CHECK_INT(b.cols[1][0], 2);
	CHECK_INT(b.ncols[2], 1);
	CHECK_INT(b.cols[2][0], 3);
	CHECK_INT(b.ncols[3], 2);
	CHECK_INT(b.cols[3][0], 1);
	CHECK_INT(b.cols[3][1], 2);
	CHECK_INT(b.ncols[4], 1);
	CHECK_INT(b.cols[4][0], 0);

	rules_result_init(s, &res);
#define ROW(a, b_, c, d) do {						\
	static const char *const v_[] = { a, b_, c, d };		\
	mkrow(row, v_, 4);						\
	rules_classify(s, &b, row, 4, 0, &res);				\
	rules_label_text(s, &res, 0, &out);				\
} while (0)
	ROW("1", "Invoice question", "hello", "open");
	CHECK_STR(buf_cstr(&out), "billing");
	ROW("2", "hello", "my invoice, late", "open");
	CHECK_STR(buf_cstr(&out), "delivery");
	ROW("3", "late", "ok", "Closed");
	CHECK_STR(buf_cstr(&out), "closed");
	ROW("4", "urgent", "", "");
	CHECK_STR(buf_cstr(&out), "urgent");
	ROW("5", "", "URGENT", "closed");
	CHECK_STR(buf_cstr(&out), "closed;urgent");
	ROW("7", "invoice", "late", "closed urgent");
	CHECK_STR(buf_cstr(&out), "billing;delivery;closed;id");
	/* rules_classify_text: rules with field= do not look at the text */
	CHECK_STR(labels(s, &res, 0, "invoice late closed urgent", &out),
	    "delivery");
	rules_bind_fini(&b);
	rules_bind_fini(&b);

	/* two text columns: a match in either counts */
	mkcols(&rc, text, 2);
	CHECK_INT(rules_bind(s, hdr, 4, &rc, "data.csv", &b, &w), 0);
	CHECK_INT(b.ncols[1], 2);
	CHECK_INT(b.cols[1][0], 2);
	CHECK_INT(b.cols[1][1], 1);
	ROW("1", "late", "no", "");
	CHECK_STR(buf_cstr(&out), "delivery");
	ROW("1", "no", "Late", "");
	CHECK_STR(buf_cstr(&out), "delivery");
	ROW("1", "no", "no", "late");
	CHECK_STR(buf_cstr(&out), "");
	/* status has no column now: a warning, and rule 2 sees nothing */
	CHECK_STR(buf_cstr(&w), "r.rules:4: no column 'status' in data.csv; "
	    "the rule does not look at it\n");
	CHECK_INT(b.ncols[2], 0);
	ROW("1", "closed", "closed", "closed");
	CHECK_STR(buf_cstr(&out), "");
	/* a row shorter than the header */
	mkrow(row, hv, 4);
	row[0] = slice_str("7");
	row[1] = slice_str("invoice");
	rules_classify(s, &b, row, 2, 0, &res);
	rules_label_text(s, &res, 0, &out);
	CHECK_STR(buf_cstr(&out), "billing;id");
#undef ROW
	rules_bind_fini(&b);
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&w);
	buf_fini(&out);
}

/* field= naming a column the file lacks: one warning line per name, and
 * the rule matches nothing through it. */
static void
test_bind_missing(void)
{
	static const char *const hv[] = { "Subject", "Body" };
	const char *t =
	    "billing /invoice/ field=Priority\n"	/* 0 */
	    "delivery /late/ field=Subject,Nope\n"	/* 1 */
	    "x /x/ field=agent\n";			/* 2 */
	struct slice hdr[2], row[2];
	size_t text[1] = { 1 };
	struct rolecols rc;
	struct rule_bind b;
	struct rule_set *s;
	struct rule_result res;
	struct buf e, w, out;

	buf_init(&e);
	buf_init(&w);
	buf_init(&out);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	mkrow(hdr, hv, 2);
	mkcols(&rc, text, 1);
	CHECK_INT(rules_bind(s, hdr, 2, &rc, "in.csv", &b, &w), 0);
	CHECK_STR(buf_cstr(&w),
	    "r.rules:1: no column 'Priority' in in.csv; the rule does not "
	    "look at it\n"
	    "r.rules:2: no column 'Nope' in in.csv; the rule does not look "
	    "at it\n"
	    "r.rules:3: no column 'agent' in in.csv; the rule does not look "
	    "at it\n");
	CHECK_INT(b.ncols[0], 0);
	CHECK_INT(b.ncols[1], 1);
	CHECK_INT(b.cols[1][0], 0);
	CHECK_INT(b.ncols[2], 0);
	rules_result_init(s, &res);
	row[0] = slice_str("invoice x");
	row[1] = slice_str("invoice x");
	rules_classify(s, &b, row, 2, 0, &res);
	rules_label_text(s, &res, 0, &out);
	CHECK_STR(buf_cstr(&out), "other");
	CHECK_INT(res.rule[0], RULE_NONE);
	row[0] = slice_str("late");
	rules_classify(s, &b, row, 2, 0, &res);
	CHECK_INT(res.rule[0], 1);
	rules_bind_fini(&b);

	/* a role name with a column: found; the warnings are appended */
	rc.col[ROLE_AGENT] = 1;
	CHECK_INT(rules_bind(s, hdr, 2, &rc, "in2.csv", &b, &w), 0);
	CHECK_INT(b.ncols[2], 1);
	CHECK_INT(b.cols[2][0], 1);
	CHECK(strstr(buf_cstr(&w), "in2.csv") != NULL);
	CHECK(strstr(buf_cstr(&w), "'agent' in in2.csv") == NULL);
	row[0] = slice_str("");
	row[1] = slice_str("x");
	rules_classify(s, &b, row, 2, 0, &res);
	rules_label_text(s, &res, 0, &out);
	CHECK_STR(buf_cstr(&out), "x");
	rules_bind_fini(&b);
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&w);
	buf_fini(&out);
}

/* rows=: outbound dimensions take only outbound rows (1); inbound ones
 * inbound (0) and unknown (-1); all take every row. */
static void
test_rows(void)
{
	const char *t =
	    "[in] rows=inbound mode=all\ni /x/\n"
	    "[out] rows=outbound mode=all\no /x/\n"
	    "[any] mode=all\na /x/\n"
	    "[cat] rows=outbound\nc /zzz/\n";
	static const int dir[3] = { 1, 0, -1 };
	static const char *const want[3][4] = {
		{ "", "o", "a", "other" },
		{ "i", "", "a", "" },
		{ "i", "", "a", "" },
	};
	static const int wapplies[3][4] = {
		{ 0, 1, 1, 1 }, { 1, 0, 1, 0 }, { 1, 0, 1, 0 }
	};
	struct slice row[1];
	size_t text[1] = { 0 };
	struct rolecols rc;
	struct rule_bind b;
	struct rule_set *s;
	struct rule_result res;
	struct buf e, w, out;

	buf_init(&e);
	buf_init(&w);
	buf_init(&out);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	mkcols(&rc, text, 1);
	row[0] = slice_str("x");
	CHECK_INT(rules_bind(s, row, 1, &rc, "f.csv", &b, &w), 0);
	rules_result_init(s, &res);
	for (int k = 0; k < 3; k++) {
		rules_classify(s, &b, row, 1, dir[k], &res);
		for (size_t d = 0; d < 4; d++) {
			rules_label_text(s, &res, d, &out);
			CHECK_STR(buf_cstr(&out), want[k][d]);
			CHECK_INT(res.applies[d], wapplies[k][d]);
		}
	}
	/* a dimension that does not apply gives no label, no rule */
	rules_classify(s, &b, row, 1, 0, &res);
	CHECK_INT(res.label[1], RULE_NONE);
	CHECK_INT(res.rule[1], RULE_NONE);
	CHECK_INT(res.label[3], RULE_NONE);
	/* rules_classify_text: every dimension applies */
	rules_classify_text(s, "x", 1, &res);
	for (size_t d = 0; d < 4; d++)
		CHECK_INT(res.applies[d], 1);
	rules_label_text(s, &res, 0, &out);
	CHECK_STR(buf_cstr(&out), "i");
	rules_label_text(s, &res, 1, &out);
	CHECK_STR(buf_cstr(&out), "o");
	/* rows not taken are not counted as hits */
	CHECK_INT(s->rules[0].hits, 4);
	CHECK_INT(s->rules[1].hits, 2);
	CHECK_INT(s->rules[2].hits, 5);
	rules_bind_fini(&b);
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&w);
	buf_fini(&out);
}

/* rule.hits: rows where the rule matched when it was evaluated (vetoes
 * included; rules after the winner in mode=first are not evaluated). */
static void
test_hits(void)
{
	const char *t =
	    "billing /refund/\n"		/* 0 */
	    "billing !/late fee/\n"		/* 1 */
	    "delivery /late/\n"			/* 2 */
	    "billing /fee/\n"			/* 3 */
	    "[s] mode=all\n"
	    "a /e/\n"				/* 4 */
	    "a /f/\n";				/* 5 */
	static const char *const rows[] = { "refund", "late fee", "fee",
	    "late fee refund", "fix" };
	struct rule_set *s;
	struct rule_result res;
	struct buf e;

	buf_init(&e);
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	rules_result_init(s, &res);
	for (size_t i = 0; i < 5; i++)
		rules_classify_text(s, rows[i], strlen(rows[i]), &res);
	CHECK_INT(s->rules[0].hits, 2);
	CHECK_INT(s->rules[1].hits, 1);
	CHECK_INT(s->rules[2].hits, 2);
	CHECK_INT(s->rules[3].hits, 1);
	/* mode=all: a label already in the set does not try its others */
	CHECK_INT(s->rules[4].hits, 4);
	CHECK_INT(s->rules[5].hits, 1);
	for (size_t i = 0; i < 6; i++)
		CHECK_INT(s->rules[i].limits, 0);
	CHECK_INT(s->errors, 0);
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
}

/* Match limits: a catastrophic pattern returns at once, matches nothing,
 * counts r->limits, and the next rule still runs. */
static void
test_limits(void)
{
	const char *t = "slow /(a+)+$/\nfast /b$/\n";
	struct rule_set *s;
	struct rule_result res;
	struct buf e, subj;
	struct timespec t0, t1;
	double secs;

	buf_init(&e);
	buf_init(&subj);
	for (int i = 0; i < 64; i++)
		buf_addc(&subj, 'a');
	buf_addc(&subj, 'b');
	s = load(t, strlen(t), &e);
	CHECK_STR(buf_cstr(&e), "");
	rules_set_limits(s, 10000, 1000);
	rules_result_init(s, &res);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	rules_classify_text(s, subj.p, subj.len, &res);
	rules_classify_text(s, subj.p, subj.len, &res);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	CHECK(secs < 2.0);
	CHECK_INT(res.rule[0], 1);
	CHECK_INT(s->rules[0].limits, 2);
	CHECK_INT(s->rules[0].hits, 0);
	CHECK_INT(s->rules[1].hits, 2);
	CHECK_INT(s->errors, 0);
	/* a short subject is within the limits and matches */
	rules_classify_text(s, "aaa", 3, &res);
	CHECK_INT(res.rule[0], 0);
	CHECK_INT(s->rules[0].limits, 2);
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&subj);
}

/* r->limits counts rows where a match limit was hit, not columns: a row
 * whose two text columns both hit it counts once. */
static void
test_limits_per_row(void)
{
	const char *t = "slow /(a+)+$/\n";
	struct slice row[2];
	size_t text[2] = { 0, 1 };
	struct rolecols rc;
	struct rule_bind b;
	struct rule_set *s;
	struct rule_result res;
	struct buf e, w, subj;

	buf_init(&e);
	buf_init(&w);
	buf_init(&subj);
	for (int i = 0; i < 64; i++)
		buf_addc(&subj, 'a');
	buf_addc(&subj, 'b');
	s = load(t, strlen(t), &e);
	rules_set_limits(s, 10000, 1000);
	row[0] = row[1] = slice_str(subj.p);
	mkcols(&rc, text, 2);
	rules_bind(s, row, 2, &rc, "f.csv", &b, &w);
	rules_result_init(s, &res);
	rules_classify(s, &b, row, 2, 0, &res);
	CHECK_INT(res.rule[0], RULE_NONE);
	CHECK_INT(s->rules[0].limits, 1);
	rules_bind_fini(&b);
	rules_result_fini(&res);
	rules_free(s);
	buf_fini(&e);
	buf_fini(&w);
	buf_fini(&subj);
}

/* rx_new/rx_match/rx_free: inline flags work; a bad pattern is a usage
 * error with PCRE2's message. */
static void
test_rx(void)
{
	struct gerr e;
	struct rx *x;

	gerr_clear(&e);
	x = rx_new("(?i)^agent|\\boutbound\\b", &e);
	CHECK(x != NULL);
	if (x != NULL) {
		CHECK(rx_match(x, "AGENT reply", 11));
		CHECK(rx_match(x, "Outbound", 8));
		CHECK(!rx_match(x, "inbound", 7));
		CHECK(!rx_match(x, "outbounds", 9));
		CHECK(!rx_match(x, "my agent", 8));
		CHECK(rx_match(x, "\xff agent", 7) == 0);
		CHECK(rx_match(x, "\xff outbound \xc3", 12));
		CHECK(rx_match(x, "x\0outbound", 10));
		CHECK(!rx_match(x, "", 0));
	}
	rx_free(x);
	x = rx_new("\xe2\x84\xaa", &e);
	CHECK(x != NULL);
	if (x != NULL)
		CHECK(!rx_match(x, "k", 1));
	rx_free(x);

	x = rx_new("(abc", &e);
	CHECK(x == NULL);
	CHECK_INT(e.code, EXIT_USAGE);
	CHECK_STR(e.msg, "bad regex '(abc': missing closing parenthesis at "
	    "offset 4");
	x = rx_new("a{2,1}", &e);
	CHECK(x == NULL);
	CHECK_INT(e.code, EXIT_USAGE);
	CHECK_STR(e.msg, "bad regex 'a{2,1}': numbers out of order in {} "
	    "quantifier at offset 5");
	rx_free(NULL);
}

static const struct unit_test tests[] = {
	{ "section errors", test_err_section },
	{ "rule errors", test_err_rule },
	{ "pcre2 errors", test_err_pcre },
	{ "line errors", test_err_lines },
	{ "expect label column", test_err_expect_col },
	{ "field= trailing comma", test_err_field_trailing_comma },
	{ "many errors", test_err_many },
	{ "good file", test_good_file },
	{ "default dimension", test_dim_default },
	{ "fallback label last", test_dim_fallback_last },
	{ "section options", test_dim_options },
	{ "merge files", test_dim_merge },
	{ "mode=first", test_classify_first },
	{ "mode=all", test_classify_all },
	{ "mode=all wide", test_classify_all_wide },
	{ "mode=all fallback", test_classify_all_fallback },
	{ "vetoes", test_classify_veto },
	{ "flags", test_flags },
	{ "utf-8", test_utf8 },
	{ "field=", test_bind_fields },
	{ "field= missing", test_bind_missing },
	{ "rows=", test_rows },
	{ "hits", test_hits },
	{ "limits", test_limits },
	{ "limits per row", test_limits_per_row },
	{ "rx", test_rx },
};

UNIT_MAIN(tests)
