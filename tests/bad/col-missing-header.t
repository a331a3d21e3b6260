# --col naming a header that is not there is a usage error
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,a\n' > c.csv; gripe check --col time=Created c.csv
@@ stderr
gripe: c.csv: no column 'Created' for --col time=Created
gripe: hint: 'gripe columns c.csv' lists the columns
@@ status
2
