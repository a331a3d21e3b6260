/* driver.c: run a fuzz harness on files, without libFuzzer: each argument
 * is a file (or a folder of files) whose bytes go to
 * LLVMFuzzerTestOneInput once; with none, the folder REGRESS_DIR names at
 * build time.  make check runs the regression corpus
 * (tests/fuzz/regress/HARNESS) this way, under the sanitizers with make
 * sanitize.  Prints "N passed, 0 failed"; a failing input aborts.
 * gripe's own messages about the inputs (errors, warnings: expected for
 * fuzzed bytes) are dropped unless GRIPE_FUZZ_VERBOSE is set; the
 * sanitizers write to file descriptor 2 directly and are still seen.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static unsigned long nrun;

static void
one(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *p = NULL;
	size_t n = 0, cap = 0, k;

	if (f == NULL) {
		fprintf(stdout, "%s: cannot open\n", path);
		exit(1);
	}
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 4096;
			p = realloc(p, cap);
			if (p == NULL)
				exit(1);
		}
		k = fread(p + n, 1, cap - n, f);
		n += k;
	} while (k > 0);
	fclose(f);
	LLVMFuzzerTestOneInput(p, n);
	free(p);
	nrun++;
}

int
main(int argc, char **argv)
{
	FILE *quiet;

	/* glibc lets stderr be assigned; diag.c writes through it */
	if (getenv("GRIPE_FUZZ_VERBOSE") == NULL &&
	    (quiet = fopen("/dev/null", "w")) != NULL)
		stderr = quiet;
#ifdef REGRESS_DIR
	static char *dflt[] = { NULL, (char *)REGRESS_DIR, NULL };

	if (argc == 1) {
		struct stat st;

		if (stat(REGRESS_DIR, &st) == -1) {
			printf("0 passed, 0 failed\n");
			return 0;
		}
		argc = 2;
		argv = dflt;
	}
#endif
	for (int i = 1; i < argc; i++) {
		struct stat st;
		DIR *d;
		struct dirent *de;

		if (stat(argv[i], &st) == -1 || !S_ISDIR(st.st_mode)) {
			one(argv[i]);
			continue;
		}
		if ((d = opendir(argv[i])) == NULL)
			continue;
		while ((de = readdir(d)) != NULL) {
			char path[4096];

			if (de->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", argv[i],
			    de->d_name);
			one(path);
		}
		closedir(d);
	}
	printf("%lu passed, 0 failed\n", nrun);
	return 0;
}
