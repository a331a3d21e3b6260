/* out.h: emitters, one per output format, all over struct table. */
#ifndef GRIPE_OUT_H
#define GRIPE_OUT_H

#include <stddef.h>
#include <stdio.h>

struct buf;
struct table;
struct tz;

/* What every emitter may need besides the tables. */
struct emit_opts {
	const struct tz	*tz;		/* COL_TIME cells; NULL = UTC */
	const char	*terminal;	/* gnuplot: NULL = pngcairo or png */
	unsigned	 width, height;	/* gnuplot: picture size, 0 = default */
	const char	*image;		/* gnuplot: set output, NULL = stdout */
};

/*
 * An emitter writes one document of n >= 1 tables to f.  It returns 0, or
 * -1 on a write error with errno set (the caller reports it).
 */
struct emitter {
	const char	*name;
	int		(*emit)(FILE *, struct table *const *, size_t,
			    const struct emit_opts *);
};

const struct emitter	*out_lookup(const char *);
const char		*out_names(void);

/*
 * For the emitters only (out.c): the one spelling of non-text values and
 * the one way to end a document.  OUT_VALSZ bytes hold any spelled value.
 */
#define OUT_VALSZ	400

enum out_style {
	OUT_DATA,		/* csv, tsv, json: rates as fractions */
	OUT_HUMAN		/* table, markdown: rates as percentages */
};

size_t	out_value(const struct table *, size_t, size_t, enum out_style,
	    const struct emit_opts *, char *);
int	out_end(FILE *);
void	out_csv_field(struct buf *, const char *, size_t, int);
void	out_tsv_field(struct buf *, const char *, size_t, int);

extern const struct emitter out_text_emitter;
extern const struct emitter out_csv_emitter;
extern const struct emitter out_tsv_emitter;
extern const struct emitter out_json_emitter;
extern const struct emitter out_md_emitter;
extern const struct emitter out_gnuplot_emitter;

int	out_gnuplot_drawable(const struct table *);

#endif
