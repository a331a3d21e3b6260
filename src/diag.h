/* diag.h: diagnostics on stderr, returned errors, exit statuses. */
#ifndef GRIPE_DIAG_H
#define GRIPE_DIAG_H

#include <stdarg.h>

enum {
	EXIT_OK = 0,		/* success */
	EXIT_DATA = 1,		/* bad data, I/O error */
	EXIT_USAGE = 2		/* bad command line: option, file, role */
};

/*
 * An error returned by a module: modules never print.  file and line say
 * where in the input it happened (line 0: not tied to a line); hint, when
 * not empty, is a suggested fix printed on its own line.  code is one of
 * the EXIT_* values: what the error means for the run.
 */
struct gerr {
	int		 code;
	const char	*file;
	unsigned long	 line;
	char		 msg[512];
	char		 hint[256];
};

void	gerr_clear(struct gerr *);
void	gerr_set(struct gerr *, int, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
void	gerr_at(struct gerr *, int, const char *, unsigned long,
	    const char *, ...) __attribute__((format(printf, 5, 6)));
void	gerr_hint(struct gerr *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

void	diag_err(const char *, ...) __attribute__((format(printf, 1, 2)));
void	diag_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	diag_at(const char *, unsigned long, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
void	diag_hint(const char *, ...) __attribute__((format(printf, 1, 2)));
int	diag_gerr(const struct gerr *);

#endif
