# --time-format ROLE=FMT sets one time column's format; the others are still detected
@@ cmd
printf 'id,created,closed\n1,2026-01-05 10:00,03/04/2026\n2,2026-01-06 11:00,05/06/2026\n' > f.csv; gripe check f.csv; gripe check --time-format closed=%d/%m/%Y f.csv | tail -2; gripe check --time-format status=%Y f.csv
@@ stdout
note: time format: %Y-%m-%d %H:%M
note: closed format: %d/%m/%Y
@@ stderr
gripe: f.csv:2: cannot tell day from month in column 'closed' (values like "03/04/2026" fit both '%d/%m/%Y' and '%m/%d/%Y')
gripe: hint: say which with --time-format closed='%d/%m/%Y' or --time-format closed='%m/%d/%Y'
gripe: bad --time-format 'status=%Y': status is not a time role
gripe: hint: the time roles are time, opened, closed and churn_date
@@ status
2
