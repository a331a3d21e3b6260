/* progress.c: the progress line (see progress.h).
 *
 * Only one line can be on the screen, so the module remembers whether one
 * is shown; diag.c calls progress_clear_line before every message so a
 * diagnostic never lands in the middle of it.
 */
#include <stdio.h>
#include <time.h>

#include "progress.h"

static int line_shown;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* progress_init: a progress line when on, for total bytes (-1: unknown). */
void
progress_init(struct progress *p, int on, long long total)
{
	p->on = on;
	p->start = p->last = on ? now() : 0;
	p->total = total;
}

/*
 * progress_tick: done bytes and rows read so far; redraws the line when
 * due.  Cheap enough to call every few thousand records.
 */
void
progress_tick(struct progress *p, long long done, unsigned long rows)
{
	double t, el;

	if (!p->on)
		return;
	t = now();
	el = t - p->start;
	if (el < 1.0 || t - p->last < 0.25)
		return;
	p->last = t;
	if (p->total > 0) {
		double frac = (double)done / (double)p->total;
		double left = frac > 0 ? el * (1 - frac) / frac : 0;

		if (frac > 1)
			frac = 1;
		fprintf(stderr, "\rgripe: %.1f of %.1f MB (%.0f%%), %.0f "
		    "rows/s, %ld:%02ld left\033[K", (double)done / 1e6,
		    (double)p->total / 1e6, 100 * frac, (double)rows / el,
		    (long)left / 60, (long)left % 60);
	} else
		fprintf(stderr, "\rgripe: %.1f MB, %.0f rows/s\033[K",
		    (double)done / 1e6, (double)rows / el);
	fflush(stderr);
	line_shown = 1;
}

/* progress_end: erase the line, if one was drawn; no more are drawn. */
void
progress_end(struct progress *p)
{
	progress_clear_line();
	p->on = 0;
}

/* progress_clear_line: erase a progress line on the screen, if any. */
void
progress_clear_line(void)
{
	if (!line_shown)
		return;
	fputs("\r\033[K", stderr);
	line_shown = 0;
}
