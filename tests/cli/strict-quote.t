# a stray quote inside an unquoted field is a character, and an error under --strict naming the field
@@ cmd
printf 'id,created,size\n1,2026-01-01,5" screen\n2,2026-01-02,7\n' > q.csv; gripe columns -f tsv q.csv | cut -f2,6; gripe check --strict q.csv; gripe check -f csv --strict --skip-bad q.csv
@@ stdout
header	sample1
id	1
created	2026-01-01
size	5" screen
file,records,used,rejected,first,last
q.csv,2,1,1,2026-01-02T00:00:00Z,2026-01-02T00:00:00Z
@@ stderr
gripe: q.csv:2: bad quoting in field 3: a '"' inside an unquoted field
gripe: hint: without --strict a stray quote is kept as a character
gripe: skipped 1 of 2 records (bad quoting 1)
