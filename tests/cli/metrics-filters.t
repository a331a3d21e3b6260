# --since/--until keep cases opened in [since, until) (K2, K3); --where keeps cases by their case label (billing: K1 and K3, 5 rows); --as-of moves now 3 days on (K3 99h old, K4 72h: p50 85.5)
@@ cmd
gripe metrics -r data/test.rules -f csv -m cases --since 2026-03-03 --until 2026-03-11 data/events.csv; gripe metrics -r data/test.rules -f csv -m cases,rows --where category=billing data/events.csv; gripe metrics -r data/test.rules -f csv -m backlog,backlog_age_p50 --as-of 2026-03-14T12:00:00Z data/events.csv
@@ stdout
group,cases
all,2
group,cases,rows
all,2,5
group,backlog,backlog_age_p50
all,2,85.50
