/* input.c: bytes of one input, a file, "-" (stdin) or a .gz file.
 *
 * Every input goes through zlib's gzread, which inflates gzip data
 * (including several concatenated members) and passes anything else
 * through unchanged, so "*.gz" needs no special case and a compressed file
 * is recognised by its bytes, not its name.  Standard input is shown in
 * messages as "<stdin>".
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "input.h"
#include "util.h"

struct input {
	gzFile	 gz;
	char	*name;
	int	 is_stdin;
	long long size;		/* bytes of a regular file, else -1 */
};

static int
is_stdin(const char *path)
{
	return strcmp(path, "-") == 0;
}

/*
 * input_check: whether path names something gripe can read: "-", or an
 * existing file that is not a directory.  Returns 0, or -1 with a usage
 * error in e, so a command can reject a bad file list before it reads
 * anything.
 */
int
input_check(const char *path, struct gerr *e)
{
	struct stat st;

	if (is_stdin(path))
		return 0;
	if (stat(path, &st) == -1) {
		gerr_set(e, EXIT_USAGE, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		gerr_set(e, EXIT_USAGE, "%s: is a directory", path);
		return -1;
	}
	if (access(path, R_OK) == -1) {
		gerr_set(e, EXIT_USAGE, "%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * input_open: open path ("-" is standard input) for reading through zlib.
 * Returns NULL with e set when the file cannot be opened.  The caller
 * closes the input with input_close.
 */
struct input *
input_open(const char *path, struct gerr *e)
{
	struct input *in;
	int fd;

	if (input_check(path, e) == -1)
		return NULL;
	if (is_stdin(path))
		fd = dup(STDIN_FILENO);
	else
		fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1) {
		gerr_set(e, EXIT_USAGE, "%s: %s", path, strerror(errno));
		return NULL;
	}
	in = xcalloc(1, sizeof(*in));
	in->size = -1;
	{
		struct stat st;

		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
			in->size = (long long)st.st_size;
	}
	in->is_stdin = is_stdin(path);
	in->name = xstrdup(in->is_stdin ? "<stdin>" : path);
	in->gz = gzdopen(fd, "rb");
	if (in->gz == NULL) {
		close(fd);
		gerr_set(e, EXIT_DATA, "%s: cannot open", in->name);
		input_close(in);
		return NULL;
	}
	/* zlib reads (or inflates) straight into the caller's buffer when
	 * asked for at least twice its own buffer, else it copies every
	 * byte once more: the CSV reader asks for up to 256 KB at a time */
	gzbuffer(in->gz, 64 * 1024);
	return in;
}

/* input_size: the input's size in bytes when it is a regular file (as
 * stored: compressed for .gz), else -1. */
long long
input_size(const struct input *in)
{
	return in->size;
}

/* input_pos: the bytes of the file consumed so far (compressed for .gz);
 * -1 when unknown. */
long long
input_pos(const struct input *in)
{
	return (long long)gzoffset(in->gz);
}

/*
 * input_read: read up to n bytes into p.  Returns the number read, 0 at
 * the end, or -1 with e set on a read error or damaged gzip data.
 */
ssize_t
input_read(struct input *in, void *p, size_t n, struct gerr *e)
{
	int r, zerr;
	const char *msg;

	if (n > (unsigned)INT32_MAX)
		n = (unsigned)INT32_MAX;
	r = gzread(in->gz, p, (unsigned)n);
	if (r >= 0) {
		/* gzread returns what it got before a truncated stream ends;
		 * the error shows on the next call. */
		if (r == 0) {
			msg = gzerror(in->gz, &zerr);
			if (zerr != Z_OK && zerr != Z_BUF_ERROR)
				goto fail;
			if (zerr == Z_BUF_ERROR) {
				gerr_set(e, EXIT_DATA,
				    "%s: compressed data ends too soon",
				    in->name);
				return -1;
			}
		}
		return r;
	}
	msg = gzerror(in->gz, &zerr);
fail:
	if (zerr == Z_ERRNO)
		gerr_set(e, EXIT_DATA, "%s: read error: %s", in->name,
		    strerror(errno));
	else {
		/* zlib names the stream "<fd:N>: "; the file is named here */
		if (strncmp(msg, "<fd:", 4) == 0 && strstr(msg, ">: ") != NULL)
			msg = strstr(msg, ">: ") + 3;
		gerr_set(e, EXIT_DATA, "%s: bad compressed data: %s",
		    in->name, msg);
	}
	return -1;
}

/* input_name: the name used in messages. Cannot fail. */
const char *
input_name(const struct input *in)
{
	return in->name;
}

/* input_close: close the input and free it; accepts NULL. */
void
input_close(struct input *in)
{
	if (in == NULL)
		return;
	if (in->gz != NULL)
		gzclose_r(in->gz);
	free(in->name);
	free(in);
}
