# rejects from two files with the same header: the header is written once, so the file feeds back as one CSV
@@ cmd
cp data/badcount.csv b2.csv; gripe check -f csv --rejects r.csv data/badcount.csv b2.csv; cat r.csv
@@ stdout
file,records,used,rejected,first,last
data/badcount.csv,5,3,2,2026-01-05T00:00:00Z,2026-01-09T00:00:00Z
b2.csv,5,3,2,2026-01-05T00:00:00Z,2026-01-09T00:00:00Z
total,10,6,4,2026-01-05T00:00:00Z,2026-01-09T00:00:00Z
id,created,text
2,2026-01-06,has an extra,field
4,2026-01-08
2,2026-01-06,has an extra,field
4,2026-01-08
@@ stderr
gripe: skipped 4 of 10 records (wrong field count 4); see r.csv
