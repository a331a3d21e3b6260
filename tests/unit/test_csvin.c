/* test_csvin.c: the CSV record reader, every edge, at every split. */
#include "unit.h"

#include "csvin.h"
#include "util.h"

/* A memory source that hands out at most chunk bytes per read. */
struct mem {
	const char	*p;
	size_t		 len;
	size_t		 pos;
	size_t		 chunk;
};

static ssize_t
mem_read(void *ctx, void *dst, size_t n, struct gerr *e)
{
	struct mem *m = ctx;
	size_t k = m->len - m->pos;

	(void)e;
	if (k > n)
		k = n;
	if (m->chunk > 0 && k > m->chunk)
		k = m->chunk;
	memcpy(dst, m->p + m->pos, k);
	m->pos += k;
	return (ssize_t)k;
}

/*
 * Parse input and render what the reader returned as text, one record a
 * line: "LINE:f1|f2|..." for records, "LINE:BAD" for bad ones, with the
 * field bytes escaped (\n, \r, \0, \|).  The raw bytes of all records and
 * bad records put together go to raw.
 */
static void
render(const char *in, size_t inlen, size_t chunk, size_t bufsize,
    int strict, struct buf *out, struct buf *raw)
{
	struct mem m = { in, inlen, 0, chunk };
	struct csvin_opts o = { ',', strict, 1, bufsize, 0, 0 };
	struct csvin *c = csvin_new(mem_read, &m, "mem", &o);
	struct csvrec r;
	struct gerr e;
	int st;

	buf_reset(out);
	buf_reset(raw);
	while ((st = csvin_next(c, &r, &e)) != CSVIN_EOF) {
		if (st == CSVIN_ERR) {
			buf_printf(out, "ERR %s\n", e.msg);
			break;
		}
		buf_add(raw, r.raw.p, r.raw.len);
		if (st == CSVIN_BAD) {
			buf_printf(out, "%lu:BAD\n", r.line);
			continue;
		}
		buf_printf(out, "%lu:", r.line);
		for (size_t i = 0; i < r.nfields; i++) {
			if (i > 0)
				buf_addc(out, '|');
			for (size_t j = 0; j < r.fields[i].len; j++) {
				char ch = r.fields[i].p[j];

				if (ch == '\n')
					buf_addstr(out, "\\n");
				else if (ch == '\r')
					buf_addstr(out, "\\r");
				else if (ch == '\0')
					buf_addstr(out, "\\0");
				else if (ch == '|')
					buf_addstr(out, "\\|");
				else
					buf_addc(out, ch);
			}
		}
		buf_addc(out, '\n');
	}
	csvin_free(c);
}

/* Whether the raw bytes of the records give back the input: all of it
 * but a BOM and blank lines at the very end (after an error: a prefix). */
static int
raw_ok(const char *in, size_t inlen, const struct buf *raw,
    const struct buf *out)
{
	if (inlen >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0) {
		in += 3;
		inlen -= 3;
	}
	if (raw->len > inlen || (raw->len > 0 &&
	    memcmp(raw->p, in, raw->len) != 0))
		return 0;
	if (strncmp(buf_cstr(out), "ERR", 3) == 0)
		return 1;
	for (size_t i = raw->len; i < inlen; i++)
		if (in[i] != '\n' && in[i] != '\r')
			return 0;
	return 1;
}

/* Check one input against its expected rendering, reading it whole and
 * then split at every chunk size from 1 byte, with buffers from 4 bytes. */
static void
expect(const char *in, size_t inlen, int strict, const char *want)
{
	struct buf out, raw;
	static const size_t bufsizes[] = { 0, 4, 5, 7, 16 };

	buf_init(&out);
	buf_init(&raw);
	for (size_t b = 0; b < sizeof(bufsizes) / sizeof(bufsizes[0]); b++) {
		for (size_t chunk = 0; chunk <= inlen; chunk++) {
			render(in, inlen, chunk, bufsizes[b], strict, &out,
			    &raw);
			if (strcmp(buf_cstr(&out), want) != 0) {
				printf("chunk %zu bufsize %zu:\n", chunk,
				    bufsizes[b]);
				CHECK_STR(buf_cstr(&out), want);
				goto done;
			}
			if (!raw_ok(in, inlen, &raw, &out)) {
				printf("chunk %zu bufsize %zu: raw bytes lost\n",
				    chunk, bufsizes[b]);
				CHECK(0);
				goto done;
			}
		}
	}
done:
	buf_fini(&out);
	buf_fini(&raw);
}

#define EXPECT(in, want) expect(in, sizeof(in) - 1, 0, want)
#define EXPECT_STRICT(in, want) expect(in, sizeof(in) - 1, 1, want)

static void
test_simple(void)
{
	EXPECT("a,b,c\n1,2,3\n", "1:a|b|c\n2:1|2|3\n");
	EXPECT("a,b,c\r\n1,2,3\r\n", "1:a|b|c\n2:1|2|3\n");
	EXPECT("a,b\n1,2", "1:a|b\n2:1|2\n");	/* no final newline */
	EXPECT("", "");
	EXPECT("\n\n", "");
}

static void
test_quotes(void)
{
	EXPECT("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n",
	    "1:a|b\n2:x,y|he said \"hi\"\n");
	EXPECT("a,b\n1,\"\"\n", "1:a|b\n2:1|\n");
	/* a quote inside an unquoted field is a character ... */
	EXPECT("a,b\n5\" screen,x\n", "1:a|b\n2:5\" screen|x\n");
	/* ... unless --strict */
	EXPECT_STRICT("a,b\n5\" screen,x\n3,4\n", "1:a|b\n2:BAD\n3:3|4\n");
	/* text after a closing quote */
	EXPECT_STRICT("a\n\"x\"y\n1\n", "1:a\n2:BAD\n3:1\n");
}

static void
test_newlines_in_quotes(void)
{
	/* LF, CRLF and lone CR inside quotes are kept exactly */
	EXPECT("a,b\n\"x\ny\",1\n2,3\n", "1:a|b\n2:x\\ny|1\n4:2|3\n");
	EXPECT("a,b\r\n\"x\r\ny\",1\r\n2,3\r\n",
	    "1:a|b\n2:x\\r\\ny|1\n4:2|3\n");
	EXPECT("a\n\"x\ry\"\n", "1:a\n2:x\\ry\n");
	/* blank lines inside a quoted field */
	EXPECT("a\n\"x\n\n\ny\"\nz\n", "1:a\n2:x\\n\\n\\ny\n6:z\n");
}

static void
test_line_ends(void)
{
	/* CR-only line ends (classic Mac) */
	EXPECT("a,b\r1,2\r3,4", "1:a|b\n2:1|2\n3:3|4\n");
	/* mixed CRLF records with LF inside quotes */
	EXPECT("a,b\r\n\"x\ny\",1\r\n", "1:a|b\n2:x\\ny|1\n");
	/* bare CRs in an unquoted field split the record (TWCS) */
	EXPECT("a,b,c\n1,x\r\ry,3\n", "1:a|b|c\n2:1|x\n4:y|3\n");
}

static void
test_spaces_kept(void)
{
	EXPECT("a , b\n  1\t,\t2 \n", "1:a | b\n2:  1\t|\t2 \n");
	EXPECT(" \n", "1: \n");
}

static void
test_bom_and_bytes(void)
{
	EXPECT("\xEF\xBB\xBF" "a,b\n1,2\n", "1:a|b\n2:1|2\n");
	expect("a,b\n\0,\xff\xfe\n", 9, 0, "1:a|b\n2:\\0|\xff\xfe\n");
	EXPECT("\xFF\xFE" "a\0", "ERR text is UTF-16, gripe reads UTF-8\n");
}

static void
test_unterminated(void)
{
	EXPECT("a,b\n1,\"open\n2,3\n", "1:a|b\n2:BAD\n");
	EXPECT("a\n\"", "1:a\n2:BAD\n");
}

static void
test_raw_accounts_for_every_byte(void)
{
	static const char in[] = "a,b\r\n\"x\ny\",1\r\n\r\n5,\"open\n";
	struct buf out, raw;

	buf_init(&out);
	buf_init(&raw);
	render(in, sizeof(in) - 1, 3, 4, 0, &out, &raw);
	/* every byte, the blank line's with the record after it */
	CHECK_STR(buf_cstr(&raw), in);
	CHECK_STR(buf_cstr(&out), "1:a|b\n2:x\\ny|1\n5:BAD\n");
	buf_fini(&out);
	buf_fini(&raw);
}

static void
test_tab_delimiter(void)
{
	struct mem m = { "a\tb\n1,2\t3\n", 10, 0, 0 };
	struct csvin_opts o = { '\t', 0, 0, 0, 0, 0 };
	struct csvin *c = csvin_new(mem_read, &m, "mem", &o);
	struct csvrec r;
	struct gerr e;

	CHECK_INT(csvin_next(c, &r, &e), CSVIN_REC);
	CHECK_INT(csvin_next(c, &r, &e), CSVIN_REC);
	CHECK_INT(r.nfields, 2);
	CHECK_MEM(r.fields[0].p, r.fields[0].len, "1,2");
	CHECK_INT(csvin_next(c, &r, &e), CSVIN_EOF);
	csvin_free(c);
}

/* A 16 MiB quoted field with commas and newlines, and a 16 MiB unquoted
 * one, read through the default buffer. */
static void
test_huge_field(void)
{
	size_t big = 16u << 20, n = 0;
	char *in = xmalloc(2 * big + 64);
	struct mem m;
	struct csvin_opts o = { ',', 0, 0, 0, 0, 0 };
	struct csvin *c;
	struct csvrec r;
	struct gerr e;

	n += (size_t)sprintf(in, "a,b\n\"");
	for (size_t i = 0; i < big; i++)
		in[n++] = "x,\n"[i % 3];
	n += (size_t)sprintf(in + n, "\",1\n");
	for (size_t i = 0; i < big; i++)
		in[n++] = 'y';
	n += (size_t)sprintf(in + n, ",2\n");
	m.p = in;
	m.len = n;
	m.pos = 0;
	m.chunk = 0;
	c = csvin_new(mem_read, &m, "mem", &o);
	CHECK_INT(csvin_next(c, &r, &e), CSVIN_REC);
	CHECK_INT(csvin_next(c, &r, &e), CSVIN_REC);
	CHECK_INT(r.nfields, 2);
	CHECK_INT(r.fields[0].len, big);
	CHECK(r.fields[0].len == big && r.fields[0].p[big - 1] == "x,\n"
	    [(big - 1) % 3]);
	CHECK_INT(csvin_next(c, &r, &e), CSVIN_REC);
	CHECK_INT(r.fields[0].len, big);
	CHECK_INT(r.line, 2 + big / 3 + 1);
	CHECK_INT(csvin_next(c, &r, &e), CSVIN_EOF);
	csvin_free(c);
	free(in);
}

static void
test_max_field(void)
{
	struct mem m = { "a\n0123456789\n", 13, 0, 0 };
	struct csvin_opts o = { ',', 0, 0, 0, 5, 0 };
	struct csvin *c = csvin_new(mem_read, &m, "mem", &o);
	struct csvrec r;
	struct gerr e;

	CHECK_INT(csvin_next(c, &r, &e), CSVIN_REC);
	CHECK_INT(csvin_next(c, &r, &e), CSVIN_ERR);
	CHECK_STR(e.msg, "field 1 is longer than 5 bytes");
	CHECK_INT(e.line, 2);
	csvin_free(c);
}

static void
test_max_fields(void)
{
	struct mem m = { "a,b,c\n1,2,3\n1,2,3,4,5\n", 22, 0, 0 };
	struct csvin_opts o = { ',', 0, 0, 0, 0, 3 };
	struct csvin *c = csvin_new(mem_read, &m, "mem", &o);
	struct csvrec r;
	struct gerr e;

	CHECK_INT(csvin_next(c, &r, &e), CSVIN_REC);
	CHECK_INT(csvin_next(c, &r, &e), CSVIN_REC);
	CHECK_INT(r.nfields, 3);
	CHECK_INT(csvin_next(c, &r, &e), CSVIN_ERR);
	CHECK_STR(e.msg, "more than 3 fields in a record");
	CHECK_INT(e.line, 3);
	csvin_free(c);
}

static const struct unit_test tests[] = {
	{ "simple", test_simple },
	{ "quotes", test_quotes },
	{ "newlines in quotes", test_newlines_in_quotes },
	{ "line ends", test_line_ends },
	{ "spaces kept", test_spaces_kept },
	{ "bom and bytes", test_bom_and_bytes },
	{ "unterminated", test_unterminated },
	{ "raw accounts for every byte", test_raw_accounts_for_every_byte },
	{ "tab delimiter", test_tab_delimiter },
	{ "huge field", test_huge_field },
	{ "max field", test_max_field },
	{ "max fields", test_max_fields },
};

UNIT_MAIN(tests)
