/* opts.h: options shared by commands, and where output goes. */
#ifndef GRIPE_OPTS_H
#define GRIPE_OPTS_H

#include <getopt.h>
#include <stdio.h>

#include "afile.h"
#include "diag.h"
#include "out.h"
#include "reader.h"
#include "roles.h"
#include "timeparse.h"

struct table;

/* Long-only option codes of the shared options; commands number theirs
 * from OPT_CMD. */
enum {
	OPT_COL = 256,
	OPT_NA,
	OPT_REJECTS,
	OPT_SKIP_BAD,
	OPT_STRICT,
	OPT_TIME_FORMAT,
	OPT_TZ,
	OPT_MATCH_LIMIT,
	OPT_OUTBOUND,
	OPT_WHERE,
	OPT_TERMINAL,
	OPT_SIZE,
	OPT_IMAGE,
	OPT_PROGRESS,
	OPT_NO_PROGRESS,
	OPT_NO_PREFILTER,
	OPT_MAX_FIELD,
	OPT_MAX_COLUMNS,
	OPT_CMD = 512
};

#define OPTS_SHORT ":d:f:ho:"

#define OPTS_LONG							\
	{ "col", required_argument, NULL, OPT_COL },			\
	{ "delimiter", required_argument, NULL, 'd' },			\
	{ "format", required_argument, NULL, 'f' },			\
	{ "help", no_argument, NULL, 'h' },				\
	{ "image", required_argument, NULL, OPT_IMAGE },		\
	{ "max-columns", required_argument, NULL, OPT_MAX_COLUMNS },	\
	{ "max-field-size", required_argument, NULL, OPT_MAX_FIELD },	\
	{ "na", required_argument, NULL, OPT_NA },			\
	{ "no-progress", no_argument, NULL, OPT_NO_PROGRESS },		\
	{ "progress", no_argument, NULL, OPT_PROGRESS },		\
	{ "output", required_argument, NULL, 'o' },			\
	{ "rejects", required_argument, NULL, OPT_REJECTS },		\
	{ "size", required_argument, NULL, OPT_SIZE },			\
	{ "skip-bad", no_argument, NULL, OPT_SKIP_BAD },		\
	{ "strict", no_argument, NULL, OPT_STRICT },			\
	{ "terminal", required_argument, NULL, OPT_TERMINAL }

/* The time options, for commands that read times: add to OPTS_LONG. */
#define OPTS_LONG_TIME							\
	{ "time-format", required_argument, NULL, OPT_TIME_FORMAT },	\
	{ "tz", required_argument, NULL, OPT_TZ }

/* The options of commands that classify: add to OPTS_LONG. */
#define OPTS_SHORT_RULES ":d:f:ho:r:"

/* Those of commands that classify on several threads (-j, OPTS_LONG_JOBS
 * added to OPTS_LONG and OPTS_LONG_RULES). */
#define OPTS_SHORT_JOBS ":d:f:hj:o:r:"

#define OPTS_LONG_JOBS							\
	{ "jobs", required_argument, NULL, 'j' }

#define OPTS_HELP_JOBS							\
	"  -j, --jobs N           threads (default: one per processor "	\
	"online);\n"							\
	"                         the output is the same for any N\n"

#define OPTS_LONG_RULES							\
	{ "match-limit", required_argument, NULL, OPT_MATCH_LIMIT },	\
	{ "no-prefilter", no_argument, NULL, OPT_NO_PREFILTER },	\
	{ "outbound", required_argument, NULL, OPT_OUTBOUND },		\
	{ "rules", required_argument, NULL, 'r' },			\
	{ "where", required_argument, NULL, OPT_WHERE }

/* The --help lines of the shared options, sorted as the usage wants. */
#define OPTS_HELP_FORMAT						\
	"  -d, --delimiter C      field separator (default ',', tab for .tsv)\n" \
	"  -f, --format F         table, csv, tsv, json, markdown or gnuplot\n" \
	"  -h, --help             show this help\n"			\
	"  -o, --output FILE      write to FILE (replaced only on success)\n" \
	"      --col ROLE=HEADER  give a column a role (HEADER or a number)\n" \
	"      --max-columns N    most fields in a record (default 100000)\n" \
	"      --max-field-size SIZE  longest field, e.g. 64M (default 256M)\n" \
	"      --na VALUE         treat VALUE as missing (repeatable)\n"	\
	"      --progress, --no-progress  show a progress line on stderr\n" \
	"                         (default: when stderr is a terminal)\n" \
	"      --image FILE       -f gnuplot: the script draws into FILE\n" \
	"      --size WxH         -f gnuplot: picture size in pixels (dumb:\n" \
	"                         characters)\n"				\
	"      --terminal T       -f gnuplot: pngcairo (default), png, svg,\n" \
	"                         pdfcairo or dumb\n"

#define OPTS_HELP_TIME							\
	"      --time-format [ROLE=]FMT  strptime-style format of the time\n" \
	"                         columns (or of the ROLE column)\n"	\
	"      --tz ZONE          zone of times without one (default UTC)\n"

/* The shared options, as parsed. */
struct gopts {
	const struct emitter	*fmt;
	int			 delim;
	const char		*output;
	struct col_override	*cols;
	size_t			 ncols;
	char			**na;
	size_t			 nna;
	struct tz		*tz;
	struct tfmt		 tfmt[TR_COUNT];	/* --time-format ROLE=F */
	int			 have_tfmt[TR_COUNT];
	struct tfmt		 tfmt_all;		/* --time-format F */
	int			 have_tfmt_all;
	int			 skip_bad;
	const char		*rejects;
	int			 strict;
	int			 help;
	int			 fmt_given;	/* -f was given */
	const char		*terminal;	/* --terminal */
	unsigned		 width, height;	/* --size */
	const char		*image;		/* --image */
	const char		*chart_opt;	/* a chart option given */
	int			 progress;	/* -1: when stderr is a tty */
	int			 no_prefilter;	/* run every rule on every text */
	unsigned long		 jobs;		/* -j, 0: cpipe_default_jobs */
	unsigned long		 max_field;	/* --max-field-size, bytes */
	unsigned long		 max_columns;	/* --max-columns */
	char			**files;
	size_t			 nfiles;
	char			**rulefiles;	/* -r */
	size_t			 nrulefiles;
	unsigned long		 match_limit;
	const char		*outbound;
	char			**where;
	size_t			 nwhere;

	FILE			*out;		/* opts_out_open */
	struct afile		 ofile;		/* -o FILE */
	int			 werr;		/* errno of the first write error */
};

/* Where a command's output goes and how its errors look. */
struct cmd_usage {
	const char	*name;
	const char	*synopsis;	/* after "usage: gripe NAME " */
	const char	*options;	/* the option list for --help */
};

void	opts_init(struct gopts *);
void	opts_fini(struct gopts *);
int	opts_common(struct gopts *, int, const char *, struct gerr *);
int	opts_files(struct gopts *, int, char **, struct gerr *);
void	opts_reader(const struct gopts *, struct reader_opts *);
int	opts_usage(const struct cmd_usage *, int);
int	opts_parse_uint(const char *, const char *, unsigned long,
	    unsigned long, unsigned long *, struct gerr *);
int	opts_parse_duration(const char *, const char *, int64_t *,
	    struct gerr *);
int	opts_parse_time(const struct gopts *, const char *, const char *,
	    int64_t *, struct gerr *);
int	opts_out_open(struct gopts *, struct gerr *);
int	opts_out_close(struct gopts *, int, struct gerr *);
void	opts_report_skips(const struct reader *);
int	opts_parse(struct gopts *, int, char **, const struct option *,
	    const char *, const struct cmd_usage *,
	    int (*)(void *, int, const char *, struct gerr *), void *);
int	opts_write(struct gopts *, struct table *const *, size_t);

struct rule_set;
struct rule_result;
struct rx;

/* One --where DIM=LABEL, resolved (label RULE_NONE: no label). */
struct where {
	size_t	dim;
	size_t	label;
};

struct rule_set	*opts_rules(const struct gopts *);
int		 opts_where(const struct gopts *, const struct rule_set *,
		    struct where **, size_t *);
int		 opts_where_match(const struct rule_set *,
		    const struct rule_result *, const struct where *, size_t);
struct rx	*opts_outbound(const struct gopts *);
int		 opts_direction(struct rx *, const struct row *);
const struct slice *opts_fields(const struct row *, struct slice **,
		    size_t *);
void		 opts_warn_lines(const struct buf *);
void		 opts_report_limits(const struct rule_set *);

#endif
