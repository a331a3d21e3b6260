/* cmd_merge: gripe merge: join saved states into one.
 *
 * The states (from --save-state) must have been built with the same rules
 * and options (their keys are equal) and, for churn and repeats to come
 * out as one run over all the logs would give, from disjoint sets of
 * customers (gripe split).  They are folded in the order given, each as
 * if its rows had been read after the previous one's (agg_merge); a case
 * id found in two states is one case.  --info shows what each state
 * holds and what it was built with, instead of merging.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg_priv.h"
#include "cmd.h"
#include "opts.h"
#include "state.h"
#include "util.h"

enum { OPT_SAVE_STATE = OPT_CMD, OPT_INFO };

static const struct cmd_usage merge_usage = {
	"merge",
	"[-h] --save-state file state ...\n"
	"       gripe merge --info state ...",
	"\n"
	"  -h, --help             show this help\n"
	"      --info             show each state's size and what it was "
	"built\n"
	"                         with; merge nothing\n"
	"      --save-state FILE  write the merged state to FILE "
	"(required)\n"
};

struct mgopts {
	const char	*save;
	int		 info;
};

static int
own_option(void *ctx, int ch, const char *arg, struct gerr *e)
{
	struct mgopts *o = ctx;

	(void)e;
	switch (ch) {
	case OPT_SAVE_STATE:
		o->save = arg;
		return 1;
	case OPT_INFO:
		o->info = 1;
		return 1;
	default:
		return 0;
	}
}

/* Print what state a (key k) read from path holds. */
static void
info(FILE *f, const char *path, const struct agg *a, const char *k)
{
	size_t nsev = agg_nsevs(a);

	fprintf(f, "%s:\n", path);
	fprintf(f, "  version        %d\n", STATE_VERSION);
	fprintf(f, "  cases          %zu\n", a->pub.cases.n);
	fprintf(f, "  customers      %zu\n", a->pub.custs.n);
	fprintf(f, "  rows           %lu\n", (unsigned long)a->seq +
	    a->untimed);
	fprintf(f, "  status events  %zu\n", nsev);
	fprintf(f, "  activity rows  %zu\n", a->nact);
	for (const char *p = k; *p != '\0'; ) {
		size_t n = strcspn(p, "\n"), sp = strcspn(p, " ");

		if (sp > n)
			sp = n;
		fprintf(f, "  %-14.*s %.*s\n", (int)sp, p, (int)(n - sp -
		    (sp < n)), p + sp + (sp < n));
		p += n + (p[n] == '\n');
	}
}

/* cmd_merge: gripe merge --save-state OUT STATE.... */
int
cmd_merge(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "info", no_argument, NULL, OPT_INFO },
		{ "save-state", required_argument, NULL, OPT_SAVE_STATE },
		{ NULL, 0, NULL, 0 }
	};
	struct mgopts mo = { NULL, 0 };
	struct agg_opts ao;
	struct agg *a = NULL, *b;
	struct gopts g;
	struct gerr e;
	struct buf key;
	int rc;

	opts_init(&g);
	buf_init(&key);
	memset(&ao, 0, sizeof(ao));
	rc = opts_parse(&g, argc, argv, longopts, ":h", &merge_usage,
	    own_option, &mo);
	if (rc != -1)
		goto out;
	rc = EXIT_USAGE;
	if (g.nfiles == 0) {
		diag_err("no states given");
		goto out;
	}
	if (mo.info && mo.save != NULL) {
		diag_err("--info and --save-state do not go together");
		goto out;
	}
	if (!mo.info && mo.save == NULL) {
		diag_err("--save-state is required: where the merged state "
		    "goes");
		goto out;
	}
	for (size_t i = 0; i < g.nfiles; i++) {
		if (strcmp(g.files[i], "-") == 0) {
			diag_err("a state is read from a file, not from "
			    "standard input");
			goto out;
		}
		b = state_load(g.files[i], &ao, mo.info || i == 0 ? NULL :
		    buf_cstr(&key), g.files[0], i == 0 || mo.info ? &key :
		    NULL, &e);
		if (b == NULL) {
			rc = diag_gerr(&e);
			goto out;
		}
		if (mo.info) {
			if (g.out == NULL && opts_out_open(&g, &e) == -1) {
				agg_free(b);
				rc = diag_gerr(&e);
				goto out;
			}
			info(g.out, g.files[i], b, buf_cstr(&key));
			agg_free(b);
		} else if (a == NULL)
			a = b;
		else {
			agg_merge(a, b);
			agg_free(b);
		}
	}
	if (mo.info) {
		rc = opts_out_close(&g, 1, &e) == -1 ? diag_gerr(&e) : EXIT_OK;
		goto out;
	}
	if (state_save(a, buf_cstr(&key), mo.save, &e) == -1) {
		rc = diag_gerr(&e);
		goto out;
	}
	rc = EXIT_OK;
out:
	if (g.out != NULL)
		opts_out_close(&g, 0, &e);
	agg_free(a);
	buf_fini(&key);
	opts_fini(&g);
	return rc;
}
