# bad times are counted under --skip-bad
@@ cmd
gripe check -f csv --skip-bad data/badtime.csv
@@ stdout
file,records,used,rejected,first,last
data/badtime.csv,4,3,1,2026-01-05T10:00:00Z,2026-01-08T10:00:00Z
@@ stderr
gripe: skipped 1 of 4 records (bad time 1)
