/* afile.h: output files that appear whole or not at all. */
#ifndef GRIPE_AFILE_H
#define GRIPE_AFILE_H

#include <stdio.h>

#include "diag.h"

/*
 * An output file written under a temporary name beside its target and
 * renamed onto it by afile_commit, so a failed run never leaves a half
 * file that looks complete.  A target that exists and is not a regular
 * file (a device, a FIFO) is written directly; a symbolic link is
 * followed, so the file it names is replaced, not the link.
 */
struct afile {
	FILE	*f;
	char	*path;		/* where the result goes */
	char	*tmp;		/* the temporary name, NULL when direct */
	int	 sync;		/* fsync before the rename (set after open) */
};

int	afile_open(struct afile *, const char *, struct gerr *);
int	afile_commit(struct afile *, int, struct gerr *);
void	afile_abort(struct afile *);
void	afile_signals(void);

#endif
