# a value of only spaces and tabs is missing: not a bad time, and counted empty
@@ cmd
printf 'id,created\n1,2026-01-01\n2, \t \n' > b.csv; gripe check -f csv b.csv; gripe columns -f csv b.csv | cut -d, -f2,5
@@ stdout
file,records,used,rejected,first,last
b.csv,2,2,0,2026-01-01T00:00:00Z,2026-01-01T00:00:00Z
header,empty
id,0.0000
created,0.5000
