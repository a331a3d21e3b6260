# a time column whose format changes mid-file: the record that does not
# fit is named
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,a\nK2,u1,01/02/2026 11:00 AM,open,b\n' > t.csv; gripe check t.csv; echo "exit $?"; gripe check -f csv --skip-bad t.csv
@@ stdout
exit 1
file,records,used,rejected,first,last
t.csv,2,1,1,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z
@@ stderr
gripe: t.csv:3: bad time (column 'time', value "01/02/2026 11:00 AM")
gripe: hint: the value reads as '%d/%m/%Y %I:%M %p', not as the column's format; try --time-format '%d/%m/%Y %I:%M %p'
gripe: skipped 1 of 2 records (bad time 1)
