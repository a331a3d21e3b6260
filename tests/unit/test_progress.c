/* test_progress.c: the progress line and how diagnostics erase it. */
#include <stdio.h>
#include <string.h>

#include "unit.h"

#include "diag.h"
#include "progress.h"

/* Read back what went to stderr (redirected to path). */
static void
slurp(const char *path, char *buf, size_t n)
{
	FILE *f = fopen(path, "rb");
	size_t got = f != NULL ? fread(buf, 1, n - 1, f) : 0;

	buf[got] = '\0';
	if (f != NULL)
		fclose(f);
}

/*
 * 10 s into reading 250 of 1,000,000 bytes with 100 records: 25%, 10
 * records/s, and 30 s left (10 s per quarter, three quarters to go); a
 * diagnostic first erases the line; nothing is drawn before the first
 * second or when off.
 */
static void
test_line(void)
{
	char path[] = "/tmp/gripe-progress.XXXXXX", buf[512];
	struct progress p;
	int fd = mkstemp(path);

	CHECK(fd != -1);
	fflush(stderr);
	CHECK(freopen(path, "w", stderr) != NULL);
	progress_init(&p, 1, 1000000);
	progress_tick(&p, 100, 10);		/* too early: nothing */
	p.start -= 10;
	p.last -= 10;
	progress_tick(&p, 250000, 100);
	diag_err("stop");
	progress_end(&p);
	progress_init(&p, 0, 1000000);
	p.start -= 10;
	p.last -= 10;
	progress_tick(&p, 250000, 100);		/* off: nothing */
	fflush(stderr);
	slurp(path, buf, sizeof(buf));
	CHECK_STR(buf, "\rgripe: 0.2 of 1.0 MB (25%), 10 rows/s, 0:30 left"
	    "\033[K\r\033[Kgripe: stop\n");
	CHECK(freopen("/dev/null", "w", stderr) != NULL);
	remove(path);
}

static const struct unit_test tests[] = {
	{ "line", test_line },
};

UNIT_MAIN(tests)
