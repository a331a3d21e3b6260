# a record with more fields than the header: named, and skipped under
# --skip-bad
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,a,extra\nK2,u1,2026-01-01 11:00,open,b\n' > f.csv; gripe check f.csv; echo "exit $?"; gripe check -f csv --skip-bad f.csv
@@ stdout
exit 1
file,records,used,rejected,first,last
f.csv,2,1,1,2026-01-01T11:00:00Z,2026-01-01T11:00:00Z
@@ stderr
gripe: f.csv:2: wrong number of fields (6, expected 5 as in the header)
gripe: skipped 1 of 2 records (wrong field count 1)
