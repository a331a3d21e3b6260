# a year past 9999 or an epoch far out is a bad time, not a wrapped number
@@ cmd
printf 'case,time,text\nK1,99999-01-01 00:00,a\n' > y.csv; gripe check y.csv; echo "exit $?"; printf 'case,time,text\nK1,99999999999999999999,a\n' > e.csv; gripe check e.csv
@@ stdout
exit 1
@@ stderr
gripe: y.csv:2: bad time (column 'time', value "99999-01-01 00:00")
gripe: hint: no known time format fits; give one with --time-format
gripe: e.csv:2: bad time (column 'time', value "99999999999999999999")
gripe: hint: no known time format fits; give one with --time-format
@@ status
1
