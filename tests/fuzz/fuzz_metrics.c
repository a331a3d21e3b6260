/* fuzz_metrics.c: the whole classify and metrics path on small inputs.
 *
 * The input is written to a file and given to gripe classify (on one
 * thread and on two: the outputs must be the same bytes) and to gripe
 * metrics and trend with --skip-bad, as the commands run them, so the
 * reader, role detection, time detection, rules, case folding and views
 * all see it.  Errors are fine; crashes, leaks and differences are not.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"

/* A small rules file: compiling the built-in rules would take most of
 * each run.  Run from the top of the tree. */
#define RULES	"tests/data/test.rules"

static char in[64], out1[64], out2[64];

/* Run a command as main would: getopt reset, argv its own copy. */
static int
run(int (*fn)(int, char **), const char *const *args)
{
	char *argv[32];
	int argc = 0;

	while (args[argc] != NULL && argc < 31) {
		argv[argc] = (char *)args[argc];
		argc++;
	}
	argv[argc] = NULL;
	optind = 0;
	return fn(argc, argv);
}

static int
same_files(const char *a, const char *b)
{
	FILE *f = fopen(a, "rb"), *g = fopen(b, "rb");
	int ca, cb, eq = 1;

	if (f == NULL || g == NULL) {
		eq = f == g;
	} else {
		do {
			ca = getc(f);
			cb = getc(g);
			if (ca != cb)
				eq = 0;
		} while (eq && ca != EOF);
	}
	if (f != NULL)
		fclose(f);
	if (g != NULL)
		fclose(g);
	return eq;
}

static int
make_name(char *p, size_t n, const char *what)
{
	const char *tmp = getenv("TMPDIR");
	int fd;

	if (tmp == NULL || *tmp == '\0' || strlen(tmp) > 30)
		tmp = "/tmp";
	snprintf(p, n, "%s/gripe-fuzz-%s.XXXXXX", tmp, what);
	if ((fd = mkstemp(p)) == -1)
		return -1;
	close(fd);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f;
	int r1, r2;

	if (in[0] == '\0' && (make_name(in, sizeof(in), "in") == -1 ||
	    make_name(out1, sizeof(out1), "o1") == -1 ||
	    make_name(out2, sizeof(out2), "o2") == -1))
		abort();
	if ((f = fopen(in, "wb")) == NULL)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
	{
		const char *const a1[] = { "classify", "-r", RULES, "-j", "1",
		    "--skip-bad", "-o", out1, in, NULL };
		const char *const a2[] = { "classify", "-r", RULES, "-j", "2",
		    "--skip-bad", "-o", out2, in, NULL };

		unlink(out1);
		unlink(out2);
		r1 = run(cmd_classify, a1);
		r2 = run(cmd_classify, a2);
		if (r1 != r2 || (r1 == 0 && !same_files(out1, out2)))
			abort();
	}
	{
		const char *const a[] = { "metrics", "-r", RULES, "-j", "1",
		    "--skip-bad", "--by", "category,channel", "-m",
		    "cases,resolved_rate,ttr_p50,frt_p50,reopen_rate,"
		    "repeat_rate,churn_rate,csat_mean", "-o", "/dev/null", in,
		    NULL };
		const char *const t[] = { "trend", "-r", RULES, "-j", "1",
		    "--skip-bad", "-o", "/dev/null", in, NULL };

		(void)run(cmd_metrics, a);
		(void)run(cmd_trend, t);
	}
	return 0;
}
