# an empty file: no header line, exit 1
@@ cmd
: > e.csv; gripe check e.csv
@@ stderr
gripe: e.csv: empty input: no header line
@@ status
1
