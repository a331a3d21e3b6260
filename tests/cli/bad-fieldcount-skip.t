# --skip-bad goes on: 5 records read, 3 used, 2 rejected, one summary line
@@ cmd
gripe check -f csv --skip-bad data/badcount.csv
@@ stdout
file,records,used,rejected,first,last
data/badcount.csv,5,3,2,2026-01-05T00:00:00Z,2026-01-09T00:00:00Z
@@ stderr
gripe: skipped 2 of 5 records (wrong field count 2)
