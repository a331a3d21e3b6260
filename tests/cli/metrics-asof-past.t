# --as-of in the past: cases opened after it are left out and a resolution after it does not count: at Mar 5 00:00 only K1 (resolved Mar 2, ttr 4h) and K2 (resolved only on Mar 6: open, 40h old) count
@@ cmd
gripe metrics -r data/test.rules -f csv -m cases,resolved_rate,ttr_p50,backlog,backlog_age_p50 --as-of 2026-03-05T00:00:00Z data/events.csv; gripe metrics --as-of 03/04/2026 data/events.csv
@@ stdout
group,cases,resolved_rate,ttr_p50,backlog,backlog_age_p50
all,2,0.5000,4.00,1,40.00
@@ stderr
gripe: --as-of '03/04/2026': not a time
gripe: hint: write it as 2026-11-23 or 2026-11-23T08:00 (day and month must not be in doubt)
@@ status
2
