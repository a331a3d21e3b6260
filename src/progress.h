/* progress.h: a progress line on stderr for long reads. */
#ifndef GRIPE_PROGRESS_H
#define GRIPE_PROGRESS_H

/*
 * The line shows the bytes read of the total (when the inputs are regular
 * files), the records per second and the time left, redrawn in place at
 * most four times a second and not before the first second; it is erased
 * when reading ends or a diagnostic is printed.
 */
struct progress {
	int		 on;
	double		 start;
	double		 last;
	long long	 total;		/* bytes, -1 unknown */
};

void	progress_init(struct progress *, int, long long);
void	progress_tick(struct progress *, long long, unsigned long);
void	progress_end(struct progress *);
void	progress_clear_line(void);

#endif
