/* diag.c: the only code that writes to stderr.
 *
 * Messages follow one shape: "gripe: FILE:LINE: what is wrong (details)",
 * lower case, no final period, values quoted; a hint that teaches the fix
 * follows on its own line as "gripe: hint: ...".  Modules below the
 * commands fill a struct gerr instead of printing; the command hands it to
 * diag_gerr, which prints it and returns its exit status.
 */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "progress.h"

static void vformat(char *, size_t, const char *, va_list)
    __attribute__((format(printf, 3, 0)));

static void
vformat(char *dst, size_t n, const char *fmt, va_list ap)
{
	vsnprintf(dst, n, fmt, ap);
}

/* gerr_clear: no error.  Cannot fail. */
void
gerr_clear(struct gerr *e)
{
	e->code = EXIT_OK;
	e->file = NULL;
	e->line = 0;
	e->msg[0] = '\0';
	e->hint[0] = '\0';
}

/* gerr_set: record an error not tied to a place in the input. */
void
gerr_set(struct gerr *e, int code, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return;
	gerr_clear(e);
	e->code = code;
	va_start(ap, fmt);
	vformat(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
}

/* gerr_at: record an error at FILE:LINE; file must outlive the gerr. */
void
gerr_at(struct gerr *e, int code, const char *file, unsigned long line,
    const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return;
	gerr_clear(e);
	e->code = code;
	e->file = file;
	e->line = line;
	va_start(ap, fmt);
	vformat(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
}

/* gerr_hint: attach a hint to an error already set. */
void
gerr_hint(struct gerr *e, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return;
	va_start(ap, fmt);
	vformat(e->hint, sizeof(e->hint), fmt, ap);
	va_end(ap);
}

/* diag_err: "gripe: message". */
void
diag_err(const char *fmt, ...)
{
	va_list ap;

	progress_clear_line();
	fputs("gripe: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* diag_warn: "gripe: warning: message". */
void
diag_warn(const char *fmt, ...)
{
	va_list ap;

	progress_clear_line();
	fputs("gripe: warning: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* diag_at: "gripe: FILE:LINE: message"; line 0 prints "gripe: FILE: ...". */
void
diag_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	progress_clear_line();
	if (line > 0)
		fprintf(stderr, "gripe: %s:%lu: ", file, line);
	else
		fprintf(stderr, "gripe: %s: ", file);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* diag_hint: "gripe: hint: message". */
void
diag_hint(const char *fmt, ...)
{
	va_list ap;

	progress_clear_line();
	fputs("gripe: hint: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* diag_gerr: print a returned error and its hint; returns its exit code. */
int
diag_gerr(const struct gerr *e)
{
	if (e->file != NULL)
		diag_at(e->file, e->line, "%s", e->msg);
	else
		diag_err("%s", e->msg);
	if (e->hint[0] != '\0')
		diag_hint("%s", e->hint);
	return e->code == EXIT_OK ? EXIT_DATA : e->code;
}
