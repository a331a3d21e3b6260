/* cmd_split: gripe split: shard a log by customer for parallel runs.
 *
 * Every record goes to one of N CSV files chosen by a stable hash of its
 * customer (or of another role, --by), so all of a customer's rows land in
 * the same shard and churn, repeats and cases stay whole within a shard.
 * The hash is 64-bit FNV-1a of the value's bytes, taken modulo N: the
 * same value goes to the same shard on every machine and in every run.
 * Rows with no value all go to the shard of the empty value.  Each shard
 * starts with the header and is written whole or not at all (temporary
 * file and rename); the run streams, keeping no records.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "cmd.h"
#include "opts.h"
#include "out.h"
#include "roles.h"
#include "util.h"

enum { OPT_BY = OPT_CMD, OPT_PREFIX };

#define MAXSHARDS	1024

static const struct cmd_usage split_usage = {
	"split",
	"[-h] [-d delim] -n count [--by role] [--col role=header]\n"
	"    [--na value] [--prefix path] [--rejects file] [--skip-bad]\n"
	"    [--strict] [file ...]",
	"\n"
	"  -d, --delimiter C      field separator (default ',', tab for .tsv)\n"
	"  -h, --help             show this help\n"
	"  -n, --shards N         how many files to write (2 to 1024)\n"
	"      --by ROLE          the role whose value picks the shard "
	"(default\n"
	"                         customer)\n"
	"      --col ROLE=HEADER  give a column a role (HEADER or a number)\n"
	"      --na VALUE         treat VALUE as missing (repeatable)\n"
	"      --prefix PATH      shard names: PATH1.csv ... (default "
	"shard-)\n"
	"      --progress, --no-progress  show a progress line on stderr\n"
	"                         (default: when stderr is a terminal)\n"
	"      --rejects FILE     write bad records to FILE (implies "
	"--skip-bad)\n"
	"      --skip-bad         count bad records and go on\n"
	"      --strict           a stray quote is an error\n"
};

struct sopts {
	unsigned long	 n;
	const char	*by;
	const char	*prefix;
};

static int
own_option(void *ctx, int ch, const char *arg, struct gerr *e)
{
	struct sopts *o = ctx;

	switch (ch) {
	case 'n':
		return opts_parse_uint("-n", arg, 2, MAXSHARDS, &o->n, e) ==
		    -1 ? -1 : 1;
	case OPT_BY:
		o->by = arg;
		return 1;
	case OPT_PREFIX:
		o->prefix = arg;
		return 1;
	default:
		return 0;
	}
}

/* One CSV line of the n fields v, built in line and written at once. */
static void
put_line(FILE *f, const struct slice *v, size_t n, struct buf *line)
{
	buf_reset(line);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(line, ',');
		out_csv_field(line, v[i].p, v[i].len, n == 1);
	}
	buf_addc(line, '\n');
	fwrite(line->p, 1, line->len, f);
}

/* cmd_split: gripe split -n N [options] [file ...]. */
int
cmd_split(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, OPT_BY },
		{ "col", required_argument, NULL, OPT_COL },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "na", required_argument, NULL, OPT_NA },
		{ "prefix", required_argument, NULL, OPT_PREFIX },
		{ "rejects", required_argument, NULL, OPT_REJECTS },
		{ "shards", required_argument, NULL, 'n' },
		{ "skip-bad", no_argument, NULL, OPT_SKIP_BAD },
		{ "strict", no_argument, NULL, OPT_STRICT },
		{ "progress", no_argument, NULL, OPT_PROGRESS },
		{ "no-progress", no_argument, NULL, OPT_NO_PROGRESS },
		{ NULL, 0, NULL, 0 }
	};
	struct sopts so = { 0, "customer", "shard-" };
	struct afile *out = NULL;
	struct gopts g;
	struct gerr e;
	struct reader_opts ro;
	struct reader *rd = NULL;
	struct row row;
	struct buf first, name, line;
	size_t nfirst = 0, curfile = (size_t)-1;
	int rc, st, role, werr = 0;

	opts_init(&g);
	gerr_clear(&e);
	buf_init(&first);
	buf_init(&name);
	buf_init(&line);
	rc = opts_parse(&g, argc, argv, longopts, ":d:hn:", &split_usage,
	    own_option, &so);
	if (rc != -1)
		goto out;
	rc = EXIT_USAGE;
	if (so.n == 0) {
		diag_err("-n is required: how many shards to write");
		goto out;
	}
	role = role_lookup(so.by, strlen(so.by));
	if (role < 0) {
		diag_err("--by '%s': not a role", so.by);
		diag_hint("roles are listed in gripe(1), ROLES");
		goto out;
	}
	opts_reader(&g, &ro);
	ro.need_time = 0;
	rc = EXIT_DATA;
	if ((rd = reader_new(&ro, &e)) == NULL) {
		rc = diag_gerr(&e);
		goto out;
	}
	out = xcalloc(so.n, sizeof(*out));
	while ((st = reader_next(rd, &row, &e)) == 1) {
		struct slice v;
		FILE *f;

		if (row.fileno != curfile) {
			size_t nh;
			const struct slice *h = reader_header(rd, &nh);

			buf_reset(&name);
			for (size_t i = 0; i < nh; i++) {
				buf_add(&name, h[i].p, h[i].len);
				buf_addc(&name, '\0');
			}
			if (curfile == (size_t)-1) {
				if (row.rc->col[role] < 0) {
					diag_err("%s: no %s column", row.file,
					    so.by);
					diag_hint("map one with --col %s=HEADER",
					    so.by);
					goto out;
				}
				buf_add(&first, name.p, name.len);
				nfirst = nh;
				for (unsigned long k = 0; k < so.n; k++) {
					buf_reset(&name);
					buf_printf(&name, "%s%lu.csv",
					    so.prefix, k + 1);
					if (afile_open(&out[k], name.p, &e) ==
					    -1) {
						rc = diag_gerr(&e);
						goto out;
					}
					put_line(out[k].f, h, nh, &line);
				}
			} else if (nh != nfirst || name.len != first.len ||
			    memcmp(name.p, first.p, first.len) != 0) {
				diag_err("%s: its header differs from the first "
				    "file's; split one export at a time",
				    row.file);
				goto out;
			}
			curfile = row.fileno;
		}
		v = row_role(&row, (enum role)role);
		f = out[hash_bytes(v.p, v.p != NULL ? v.len : 0) % so.n].f;
		put_line(f, row.fields, row.nfields, &line);
	}
	if (st == -1 || reader_finish(rd, &e) == -1) {
		rc = diag_gerr(&e);
		goto out;
	}
	opts_report_skips(rd);
	if (curfile == (size_t)-1) {
		diag_err("no records to split");
		goto out;
	}
	for (unsigned long k = 0; k < so.n; k++)
		if (afile_commit(&out[k], 0, &e) == -1) {
			diag_gerr(&e);
			werr = 1;
		}
	rc = werr ? EXIT_DATA : EXIT_OK;
out:
	for (unsigned long k = 0; out != NULL && k < so.n; k++)
		afile_abort(&out[k]);
	free(out);
	reader_free(rd);
	buf_fini(&first);
	buf_fini(&name);
	buf_fini(&line);
	opts_fini(&g);
	return rc;
}
