# a UTF-8 byte order mark and nothing else is an empty input
@@ cmd
printf '\357\273\277' > b.csv; gripe check b.csv
@@ stderr
gripe: b.csv: empty input: no header line
@@ status
1
