# --rejects writes the header and each bad record byte for byte; fixed, they feed back
@@ cmd
gripe check -f csv --rejects r.csv data/badcount.csv; echo "status $?"; cat r.csv
@@ stdout
file,records,used,rejected,first,last
data/badcount.csv,5,3,2,2026-01-05T00:00:00Z,2026-01-09T00:00:00Z
status 0
id,created,text
2,2026-01-06,has an extra,field
4,2026-01-08
@@ stderr
gripe: skipped 2 of 5 records (wrong field count 2); see r.csv
