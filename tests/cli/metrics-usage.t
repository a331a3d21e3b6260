# bad metrics, keys, periods and durations are usage errors
@@ cmd
gripe metrics -m nosuch data/events.csv; gripe metrics --by color data/events.csv; gripe metrics --period year data/events.csv; gripe metrics --sla 2x data/events.csv; gripe metrics --as-of soon data/events.csv; gripe metrics -m cases --sort rows data/events.csv
@@ stderr
gripe: unknown metric 'nosuch'
gripe: hint: the metrics are listed in the METRICS section of gripe(1)
gripe: unknown --by key 'color'
gripe: hint: group by a dimension of the rules or by label, channel, agent, priority, status, period or customer
gripe: bad --period 'year': day, week, month or quarter
gripe: --sla '2x': not a duration
gripe: hint: write a number and a unit (s, m, h, d, w), as in 48h, 3d or 1d12h
gripe: --as-of 'soon': not a time
gripe: hint: write it as 2026-11-23 or 2026-11-23T08:00 (day and month must not be in doubt)
gripe: --sort 'rows' is not one of the metrics shown, nor key
@@ status
2
