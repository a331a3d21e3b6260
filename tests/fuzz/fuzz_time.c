/* fuzz_time.c: the time parser in every format.
 *
 * The first byte chooses the mode: detect a format from the
 * newline-separated values that follow and parse each with it, or compile
 * the first line as a --time-format and parse the other lines with it; in
 * UTC and in a zone with daylight saving.  Besides not crashing: a time
 * that parses formats as ISO 8601, and in UTC that text parses back to
 * the same second.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "timeparse.h"

#define MAXV	64

static struct tz *berlin;
static int tried;

static void
check(const struct tfmt *f, const struct tz *tz, const char *v, size_t n)
{
	struct tfmt iso;
	struct gerr e;
	int64_t t, back;
	char out[64];
	size_t len;

	if (time_parse(f, tz, v, n, &t) != 0)
		return;
	len = time_format_iso(t, NULL, out, sizeof(out));
	if (len == 0 || len >= sizeof(out))
		return;		/* out of the printable range */
	if (tfmt_compile(&iso, "%Y-%m-%dT%H:%M:%SZ", &e) != 0)
		abort();
	if (tz == NULL && strlen(out) == 20 && out[0] != '-' &&
	    time_parse(&iso, NULL, out, len, &back) == 0 && back != t)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *v[MAXV];
	size_t len[MAXV], n = 0, np;
	char *text;
	struct tfmt f;
	struct gerr e;
	size_t start = 1, first = 0;

	if (!tried) {
		berlin = tz_load("Europe/Berlin", &e);
		tried = 1;
	}
	if (size < 1)
		return 0;
	text = malloc(size);
	memcpy(text, data, size);
	for (size_t i = 1; i <= size && n < MAXV; i++)
		if (i == size || text[i] == '\n') {
			v[n] = text + start;
			len[n++] = i - start;
			start = i + 1;
		}
	if (data[0] & 1) {
		(void)tfmt_detect(v, len, n, data[0] & 2, &f, &np);
	} else if (n > 0) {
		char spec[128];
		size_t k = len[0] < sizeof(spec) - 1 ? len[0] : sizeof(spec) - 1;

		memcpy(spec, v[0], k);
		spec[k] = '\0';
		if (memchr(spec, '\0', k) != NULL ||
		    tfmt_compile(&f, spec, &e) != 0) {
			free(text);
			return 0;
		}
		first = 1;
	} else {
		free(text);
		return 0;
	}
	for (size_t i = first; i < n; i++) {
		check(&f, NULL, v[i], len[i]);
		if (berlin != NULL)
			check(&f, berlin, v[i], len[i]);
	}
	free(text);
	return 0;
}
