# periods are local days in --tz: a case at 2026-03-08 04:30Z is Mar 7
# (23:30 EST) in New York, one at 2026-11-01 05:30Z is Nov 1 (01:30 EDT,
# the first of the two)
@@ cmd
printf 'id,created\n1,2026-03-08T04:30:00Z\n2,2026-03-08T07:30:00Z\n3,2026-11-01T05:30:00Z\n4,2026-11-01T06:30:00Z\n' | gripe metrics -f csv --tz America/New_York --by period --period day --sort key -m cases
@@ stdout
period,cases
2026-03-07,1
2026-03-08,1
2026-11-01,2
