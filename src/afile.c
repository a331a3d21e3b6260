/* afile.c: output files that appear whole or not at all.
 *
 * -o FILE and --rejects FILE go through here.  The temporary file is made
 * with mkstemp next to the target (same directory, so rename is atomic) and
 * given the mode a plain fopen would give, 0666 less the umask.
 *
 * The temporary names in use are kept in a small table so that SIGINT,
 * SIGTERM and SIGHUP (afile_signals) remove them before the process dies:
 * an interrupted run leaves neither a half file under the target's name
 * nor a stray temporary file.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "afile.h"
#include "util.h"

#define MAXTMP	1100	/* split's 1024 shards, -o, --rejects, a state */

static char *volatile tmps[MAXTMP];

static void
track(char *p)
{
	for (size_t i = 0; i < MAXTMP; i++)
		if (tmps[i] == NULL) {
			tmps[i] = p;
			return;
		}
}

static void
untrack(const char *p)
{
	for (size_t i = 0; i < MAXTMP; i++)
		if (tmps[i] == p)
			tmps[i] = NULL;
}

/* Remove the temporary files, then die of the signal as if not caught. */
static void
on_signal(int sig)
{
	for (size_t i = 0; i < MAXTMP; i++)
		if (tmps[i] != NULL)
			unlink(tmps[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* afile_signals: remove temporary files on SIGINT, SIGTERM and SIGHUP
 * (those not ignored when gripe started).  Cannot fail. */
void
afile_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa, old;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
}

/*
 * afile_open: open path for writing as described in afile.h.  Returns 0,
 * or -1 with e set (nothing is left behind).  Close with afile_commit or
 * afile_abort.
 */
int
afile_open(struct afile *a, const char *path, struct gerr *e)
{
	struct stat st;
	char *real = NULL;
	mode_t mask;
	int fd;

	memset(a, 0, sizeof(*a));
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		a->f = fopen(path, "wb");
		if (a->f == NULL) {
			gerr_set(e, EXIT_DATA, "%s: %s", path,
			    strerror(errno));
			return -1;
		}
		a->path = xstrdup(path);
		return 0;
	}
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
		real = realpath(path, NULL);
	a->path = real != NULL ? real : xstrdup(path);
	a->tmp = xmalloc(strlen(a->path) + 16);
	sprintf(a->tmp, "%s.tmp.XXXXXX", a->path);
	fd = mkstemp(a->tmp);
	if (fd == -1) {
		gerr_set(e, EXIT_DATA, "%s: %s", path, strerror(errno));
		goto fail;
	}
	track(a->tmp);
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	a->f = fdopen(fd, "wb");
	if (a->f == NULL) {
		gerr_set(e, EXIT_DATA, "%s: %s", path, strerror(errno));
		close(fd);
		unlink(a->tmp);
		untrack(a->tmp);
		goto fail;
	}
	return 0;
fail:
	free(a->tmp);
	free(a->path);
	memset(a, 0, sizeof(*a));
	return -1;
}

/*
 * afile_commit: close the file; with ok set and no write error, put it in
 * place.  Otherwise the temporary file is removed.  Returns 0, or -1 with
 * e set on a write error (when ok was set).  werr is the errno of an
 * earlier write error (0 if none), reported in preference to close's.
 */
int
afile_commit(struct afile *a, int werr, struct gerr *e)
{
	int failed, err = werr;

	if (a->f == NULL)
		return 0;
	errno = 0;
	failed = werr != 0 || fflush(a->f) != 0 || ferror(a->f) ||
	    (a->sync && a->tmp != NULL && fsync(fileno(a->f)) != 0);
	if (failed && err == 0)
		err = errno;
	if (fclose(a->f) != 0 && !failed) {
		failed = 1;
		err = errno;
	}
	a->f = NULL;
	if (!failed && a->tmp != NULL && rename(a->tmp, a->path) == -1) {
		failed = 1;
		err = errno;
	}
	if (failed && a->tmp != NULL)
		unlink(a->tmp);
	if (a->tmp != NULL)
		untrack(a->tmp);
	if (failed)
		gerr_set(e, EXIT_DATA, "%s: write error: %s", a->path,
		    strerror(err != 0 ? err : EIO));
	free(a->tmp);
	free(a->path);
	a->tmp = a->path = NULL;
	return failed ? -1 : 0;
}

/* afile_abort: close and remove the temporary file; accepts a closed or
 * never opened afile. */
void
afile_abort(struct afile *a)
{
	if (a->f != NULL)
		fclose(a->f);
	if (a->tmp != NULL) {
		unlink(a->tmp);
		untrack(a->tmp);
	}
	free(a->tmp);
	free(a->path);
	memset(a, 0, sizeof(*a));
}
