# a record with fewer fields than the header: named, with the count
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00\n' > f.csv; gripe check f.csv
@@ stderr
gripe: f.csv:2: wrong number of fields (3, expected 5 as in the header)
@@ status
1
