# churn inferred from activity under several windows side by side (the
# arithmetic is in metrics-churn.t): 7d 2 of 3, 14d 1 of 2 (u1 censored);
# no churn signal at all: n/a and what to give
@@ cmd
gripe churn -r data/test.rules -f csv --by status --activity data/activity.csv --churn-after 7d,14d data/events.csv | head -5; gripe churn -r data/test.rules data/events.csv | head -4; gripe churn --churn-after 3x data/events.csv
@@ stdout
status,customers,churn_rate_7d,n_7d,churn_rate_14d,n_14d
resolved,2,0.5000,2,0.5000,2
escalated,1,1.0000,1,,0
new,1,0.0000,1,0.0000,1

churn by key
category  customers  churned  retained  censored  churn_rate  value_at_risk
--------  ---------  -------  --------  --------  ----------  -------------
billing           1      n/a       n/a       n/a         n/a            n/a
@@ stderr
gripe: --churn-after '3x': not a duration
gripe: hint: write a number and a unit (s, m, h, d, w), as in 48h, 3d or 1d12h
@@ status
2
