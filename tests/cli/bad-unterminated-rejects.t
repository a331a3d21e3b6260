# the unterminated record goes to the rejects file whole
@@ cmd
gripe check -f csv --rejects r.csv data/unterminated.csv; cat r.csv
@@ stdout
file,records,used,rejected,first,last
data/unterminated.csv,2,1,1,2026-01-05T00:00:00Z,2026-01-05T00:00:00Z
id,created,text
2,2026-01-06,"open quote
never closed
@@ stderr
gripe: skipped 1 of 2 records (bad quoting 1); see r.csv
