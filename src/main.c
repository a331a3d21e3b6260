/* main.c: global options, the command table, dispatch, exit status.
 *
 * "gripe [-hV] COMMAND [options] [FILE...]": global options stop at the
 * command name (getopt_long with a leading '+'); the command parses its own
 * after optind is reset.  SIGPIPE is ignored so that a closed output pipe
 * shows up as EPIPE on write, which the commands turn into a quiet end.
 * gripe never calls setlocale: numbers and text are formatted in the C
 * locale whatever the environment says.
 */
#include <getopt.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "afile.h"
#include "cmd.h"
#include "diag.h"

#ifndef GRIPE_VERSION
#define GRIPE_VERSION "0.1.0"
#endif

struct cmd {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*summary;
};

/* Sorted by name. */
static const struct cmd commands[] = {
	{ "atrisk", cmd_atrisk,
	    "customers to follow up now: open cases, threats, not churned" },
	{ "check", cmd_check,
	    "read a log as the analyses will; count what is used and rejected" },
	{ "churn", cmd_churn,
	    "churn by category, by outcome, and the service-recovery table" },
	{ "classify", cmd_classify,
	    "write the log back as CSV with a label column per dimension" },
	{ "columns", cmd_columns,
	    "show each column's role, empty share, samples and time format" },
	{ "discover", cmd_discover,
	    "the most frequent n-grams of rows the rules miss" },
	{ "merge", cmd_merge,
	    "join states saved by --save-state (from disjoint customers)" },
	{ "metrics", cmd_metrics,
	    "resolution metrics of cases, grouped by any keys" },
	{ "report", cmd_report,
	    "the weekly report: headline, issues, resolution, churn, at risk" },
	{ "rules", cmd_rules,
	    "show the rules, or check them and grade them on data" },
	{ "split", cmd_split,
	    "write a log into N shards by customer, for parallel runs" },
	{ "trend", cmd_trend,
	    "cases per label and period; rising and new issues" },
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static int
usage(int status)
{
	FILE *f = status == EXIT_OK ? stdout : stderr;

	fputs("usage: gripe [-hV] command [options] [file ...]\n", f);
	fputs("\ncommands:\n", f);
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  %-10s %s\n", commands[i].name,
		    commands[i].summary);
	fputs("\n'gripe COMMAND -h' shows a command's options; "
	    "'man gripe' tells all.\n", f);
	return status;
}

static const struct cmd *
lookup(const char *name)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd *c;
	int ch;

	signal(SIGPIPE, SIG_IGN);
	afile_signals();
#ifdef M_MMAP_THRESHOLD
	/* Blocks of 256 KB and more get their own mappings, always: the
	 * arrays that grow with the cases then grow in place (mremap)
	 * instead of being copied, which for a moment held both copies, and
	 * memory freed goes back at once.  glibc otherwise raises this bound
	 * as large blocks are freed, up to 32 MB. */
	mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
	while ((ch = getopt_long(argc, argv, "+hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			return usage(EXIT_OK);
		case 'V':
			printf("gripe %s\n", GRIPE_VERSION);
			return fflush(stdout) == 0 ? EXIT_OK : EXIT_DATA;
		default:
			return usage(EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return usage(EXIT_USAGE);
	if (strcmp(argv[0], "help") == 0) {
		if (argc == 1)
			return usage(EXIT_OK);
		c = lookup(argv[1]);
		if (c == NULL) {
			diag_err("unknown command '%s'", argv[1]);
			return usage(EXIT_USAGE);
		}
		{
			char *hargv[] = { argv[1], (char *)"--help", NULL };

			optind = 0;
			return c->fn(2, hargv);
		}
	}
	c = lookup(argv[0]);
	if (c == NULL) {
		diag_err("unknown command '%s'", argv[0]);
		return usage(EXIT_USAGE);
	}
	optind = 0;	/* glibc: reinitialise getopt fully */
	return c->fn(argc, argv);
}
