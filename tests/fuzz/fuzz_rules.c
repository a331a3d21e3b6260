/* fuzz_rules.c: the rules-file parser, and the prefilter against running
 * every rule.
 *
 * The input is a rules file.  When it loads, each of a few fixed texts
 * and the file's own lines are classified with the literal prefilter and
 * without it: the labels must be the same (the prefilter only skips rules
 * that cannot match).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"

static const char *const texts[] = {
	"I was charged twice for my order", "refund please!!!",
	"Where is my parcel? tracking says nothing", "KELVIN \xe2\x84\xaa",
	"\xc5\xbf\xc5\xbf", "", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
};

static int
same(const struct rule_set *s, const struct rule_result *a,
    const struct rule_result *b)
{
	for (size_t d = 0; d < s->ndims; d++) {
		if (a->label[d] != b->label[d])
			return 0;
		for (size_t w = 0; w < s->dims[d].nwords; w++)
			if (a->bits[a->boff[d] + w] != b->bits[b->boff[d] + w])
				return 0;
	}
	return 1;
}

static void
compare(struct rule_set *s, const char *t, size_t n, struct rule_result *on,
    struct rule_result *off)
{
	rules_set_prefilter(s, 1);
	rules_classify_text(s, t, n, on);
	rules_set_prefilter(s, 0);
	rules_classify_text(s, t, n, off);
	/* a match limit hit may differ: the prefilter skips work */
	if (!same(s, on, off) && s->errors == 0) {
		int limited = 0;

		for (size_t i = 0; i < s->nrules; i++)
			limited |= s->rules[i].limits > 0;
		if (!limited)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rule_set *s = rules_new();
	struct rule_result on, off;
	struct buf errs;
	int nerr;

	buf_init(&errs);
	nerr = rules_add(s, "fuzz.rules", (const char *)data, size, &errs);
	nerr += rules_finish(s, &errs);
	if (nerr == 0) {
		rules_set_limits(s, 10000, 1000);
		rules_result_init(s, &on);
		rules_result_init(s, &off);
		for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
			compare(s, texts[i], strlen(texts[i]), &on, &off);
		for (size_t i = 0, st = 0; i <= size; i++)
			if (i == size || data[i] == '\n') {
				compare(s, (const char *)data + st, i - st, &on,
				    &off);
				st = i + 1;
			}
		rules_result_fini(&on);
		rules_result_fini(&off);
	}
	buf_fini(&errs);
	rules_free(s);
	return 0;
}
