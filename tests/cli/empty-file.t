# an empty file has no header
@@ cmd
: > e.csv; gripe columns e.csv
@@ stderr
gripe: e.csv: empty input: no header line
@@ status
1
