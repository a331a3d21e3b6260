# a quote opened and never closed: named with its line, and accounted for
# under --skip-bad
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,ok\nK2,u1,2026-01-01 11:00,open,"never closed\nK3,u2,2026-01-02 10:00,open,lost\n' > u.csv; gripe check u.csv; echo "exit $?"; gripe check -f csv --skip-bad u.csv
@@ stdout
exit 1
file,records,used,rejected,first,last
u.csv,2,1,1,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z
@@ stderr
gripe: u.csv:3: unterminated quoted field (field 5 runs to the end of the input)
gripe: skipped 1 of 2 records (bad quoting 1)
