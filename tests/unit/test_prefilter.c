/* test_prefilter.c: the literal prefilter: what it extracts, and that it
 * never changes whether a rule matches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "prefilter.h"
#include "rules.h"
#include "util.h"

extern const char rules_default[];
extern const size_t rules_default_len;

/* The literal set of pat as "a|b|c", or "-" when it always runs. */
static void
literals(const char *pat, char *out, size_t n)
{
	struct prefilter *pf = pf_new();
	int id = pf_add(pf, pat, strlen(pat), 0);
	const char *const *s;
	const size_t *len;
	size_t k;

	out[0] = '\0';
	if (id < 0)
		snprintf(out, n, "-");
	else {
		k = pf_literals(pf, id, &s, &len);
		for (size_t i = 0; i < k; i++)
			snprintf(out + strlen(out), n - strlen(out), "%s%.*s",
			    i ? "|" : "", (int)len[i], s[i]);
	}
	pf_free(pf);
}

/* Worked by hand from the rules in prefilter.c: a run of plain
 * characters is a literal, alternation is a union, a sequence keeps its
 * longest required part, optional parts end a run (but an optional
 * character doubles its variants, up to 8), zero-width items do not,
 * anything unknown always runs. */
static void
test_extract(void)
{
	static const struct {
		const char	*pat;
		const char	*want;
	} cases[] = {
		{ "refund", "refund" },
		{ "(?i)(double charge|Refund)", "double charge|refund" },
		{ "\\b(cancel(l?ation|l?ing)|unsubscrib\\w*)",
		    "cancel|unsubscrib" },
		{ "colou?r", "color|colour" },
		{ "mou?ldy?\\b", "mold|mould|moldy|mouldy" },
		{ "e-?mail", "email|e-mail" },
		{ "a?bc", "-" },
		{ "a?bcd", "bcd|abcd" },
		{ "a?b?c?d?xyz", "xyz" },
		{ "ab??cd", "acd|abcd" },
		{ "[abc]def", "def" },
		{ "foo\\d+barbaz", "barbaz" },
		{ "\\bon\\b hold", "on hold" },
		{ "(?<!not )cancel", "cancel" },
		{ "error \\d{3}", "error " },
		{ "a(bcd)?e", "-" },
		{ "a|bcdef", "-" },
		{ "x*", "-" },
		{ "(?x) a b c", "-" },
		{ "(abc)\\1", "-" },
		{ "\\Qabc\\E", "-" },
		{ "ab{2}c", "abb" },
		{ "hey!{3,}", "hey!!!" },
		{ "s\\.o\\.s", "s.o.s" },
		{ "wait(ed|ing)? (over )?an hour", "an hour" },
		{ "\\x{2014}dash", "dash" },
		{ "(?:foo|bar)+baz", "foo|bar" },
	};
	char buf[512];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		literals(cases[i].pat, buf, sizeof(buf));
		CHECK_STR(buf, cases[i].want);
	}
}

static unsigned long seed = 12345;

static unsigned
rnd(unsigned n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((seed >> 33) % n);
}

/* Append a piece of text likely to touch rule's literals. */
static void
piece(struct buf *b, struct prefilter *pf, int id)
{
	static const char *const words[] = { "the", "my", "order", "again",
	    "not", "never", "I", "was", "charged", "refund", "cancel",
	    "account", "delivery", "!!!", "error 503", "on hold", "please",
	    "rude", "manager", "sorry", "within 24 hours", "tracking" };
	const char *const *s;
	const size_t *len;

	if (id >= 0 && rnd(2)) {
		size_t k = pf_literals(pf, id, &s, &len);
		size_t j = rnd((unsigned)k);

		for (size_t i = 0; i < len[j]; i++) {
			char c = s[j][i];

			if (rnd(4) == 0 && c >= 'a' && c <= 'z')
				c = (char)(c - 'a' + 'A');
			if (rnd(40) == 0)
				continue;		/* a typo */
			if (c == 'k' && rnd(8) == 0)
				buf_addstr(b, "\xe2\x84\xaa");	/* Kelvin */
			else if (c == 's' && rnd(8) == 0)
				buf_addstr(b, "\xc5\xbf");	/* long s */
			else
				buf_addc(b, c);
		}
	} else
		buf_addstr(b, words[rnd(sizeof(words) / sizeof(words[0]))]);
	buf_addc(b, rnd(5) ? ' ' : rnd(2) ? '.' : '\n');
}

/* Every rule of the built-in rules, on many generated texts made of its
 * own literals (with case changes, typos, the Kelvin sign and long s) and
 * common words: the prefilter on and off give the same answer. */
static void
test_same(void)
{
	struct rule_set *s = rules_new();
	struct buf errs, text;
	struct prefilter *pf = pf_new();
	unsigned long diff = 0, matched = 0, tried = 0;

	buf_init(&errs);
	buf_init(&text);
	CHECK(rules_add(s, "default", rules_default, rules_default_len,
	    &errs) == 0);
	CHECK(rules_finish(s, &errs) == 0);
	for (size_t k = 0; k < s->nrules; k++) {
		const struct rule *r = &s->rules[k];
		int id = pf_add(pf, r->pattern, strlen(r->pattern), 0);

		for (int t = 0; t < 300; t++) {
			int on, off;

			buf_reset(&text);
			for (int w = rnd(6) + 1; w > 0; w--)
				piece(&text, pf, id);
			rules_set_prefilter(s, 1);
			on = rules_match_text(s, k, text.p, text.len);
			rules_set_prefilter(s, 0);
			off = rules_match_text(s, k, text.p, text.len);
			diff += on != off;
			matched += off;
			tried++;
		}
	}
	CHECK_INT(diff, 0);
	CHECK(matched > tried / 10);		/* the texts do match */
	pf_free(pf);
	rules_free(s);
	buf_fini(&errs);
	buf_fini(&text);
}

/* A text of n bytes of filler with occurrence occ at pos (npos when
 * none). */
static void
filled(struct buf *b, size_t n, const char *occ, size_t pos)
{
	size_t m = strlen(occ);

	buf_reset(b);
	for (size_t i = 0; i < n; i++)
		buf_addc(b, i >= pos && i - pos < m ? occ[i - pos] :
		    "xy. \n\xc3\xa9"[i % 6]);
}

/* Long texts are walked as two overlapping halves: a literal is found
 * wherever it lies, the middle included, also when the Kelvin sign or
 * long s make it longer in bytes than in characters, and nothing is
 * found in filler.  Every length up to past the split and every
 * position. */
static void
test_halves(void)
{
	static const char *const occ[][2] = {
		{ "kiosk", "kiosk" }, { "kiosk", "KioSK" },
		{ "kiosk", "\xe2\x84\xaaios\xe2\x84\xaa" },
		{ "sass", "\xc5\xbf" "a" "\xc5\xbf\xc5\xbf" }, { "sass", "SaSs" },
	};
	struct prefilter *pf = pf_new();
	struct buf text;
	uint64_t bits[1];
	unsigned long bad = 0, scans = 0;
	int kiosk = pf_add(pf, "kiosk", 5, 0), sass = pf_add(pf, "sass", 4, 0);

	CHECK(kiosk >= 0 && sass >= 0);
	pf_build(pf);
	buf_init(&text);
	for (size_t n = 0; n < 160; n++) {
		filled(&text, n, "", n);
		pf_scan(pf, text.p, text.len, bits);
		bad += bits[0] != 0;
		for (size_t v = 0; v < sizeof(occ) / sizeof(occ[0]); v++) {
			int id = strcmp(occ[v][0], "kiosk") == 0 ? kiosk : sass;
			size_t m = strlen(occ[v][1]);

			for (size_t pos = 0; pos + m <= n; pos++) {
				filled(&text, n, occ[v][1], pos);
				pf_scan(pf, text.p, text.len, bits);
				bad += bits[0] != (uint64_t)1 << id;
				scans++;
			}
		}
	}
	CHECK_INT(bad, 0);
	CHECK(scans > 50000);
	pf_free(pf);
	buf_fini(&text);
}

static const struct unit_test tests[] = {
	{ "extract", test_extract },
	{ "same answers", test_same },
	{ "two halves", test_halves },
};

UNIT_MAIN(tests)
