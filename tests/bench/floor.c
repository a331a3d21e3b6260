/*
 * floor.c: the benchmark's speed of light: parse a CSV file with libcsv
 * and count its fields and records, nothing else.  What gripe does on top
 * of this is measured as a ratio to it.
 *
 * Usage: floor FILE
 */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>

struct counts {
	unsigned long	fields;
	unsigned long	records;
};

static void
on_field(void *s, size_t len, void *data)
{
	(void)s;
	(void)len;
	((struct counts *)data)->fields++;
}

static void
on_record(int c, void *data)
{
	(void)c;
	((struct counts *)data)->records++;
}

int
main(int argc, char **argv)
{
	static char buf[1 << 20];
	struct csv_parser p;
	struct counts n = { 0, 0 };
	FILE *f;
	size_t got;

	if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "usage: floor FILE\n");
		return 2;
	}
	if (csv_init(&p, 0) != 0)
		return 1;
	while ((got = fread(buf, 1, sizeof(buf), f)) > 0)
		if (csv_parse(&p, buf, got, on_field, on_record, &n) != got) {
			fprintf(stderr, "floor: %s\n",
			    csv_strerror(csv_error(&p)));
			return 1;
		}
	csv_fini(&p, on_field, on_record, &n);
	csv_free(&p);
	fclose(f);
	printf("%lu records, %lu fields\n", n.records, n.fields);
	return 0;
}
