# churn worked by hand on data/events.csv.  From data/customers.csv:
# u1 (cases K1, K3) churned, value 100; u2 (K2) stayed; u3 (K4) has no
# flag, so it is unknown and left out: 1 of 2 = 50%, 100 at risk; by
# category billing (u1) 100%, delivery (u2) 0%, other (u3) n/a.
# From data/activity.csv instead, as of its latest time, Mar 20 10:00:
# with --churn-after 7d u1 (last case Mar 10 09:00, no activity to Mar 17
# 09:00) churned, u2 (Mar 3 08:00, next activity Mar 20) churned, u3 (Mar
# 11 12:00, active Mar 12) stayed: 2 of 3; with 14d u1's window ends Mar
# 24, after as-of: censored, so 1 of 2.  Without a signal: n/a and why.
@@ cmd
gripe metrics -r data/test.rules -f csv --by category -m customers,churn_rate,value_at_risk --customers data/customers.csv data/events.csv; gripe metrics -r data/test.rules -f csv -m churn_rate,value_at_risk --customers data/customers.csv data/events.csv; for w in 7d 14d; do gripe metrics -r data/test.rules -f csv -m churn_rate --activity data/activity.csv --churn-after $w data/events.csv; done; gripe metrics -r data/test.rules -m churn_rate data/events.csv
@@ stdout
category,customers,churn_rate,value_at_risk
billing,1,1.0000,100.00
delivery,1,0.0000,0.00
other,1,,0.00
group,churn_rate,value_at_risk
all,0.5000,100.00
group,churn_rate
all,0.6667
group,churn_rate
all,0.5000
group  churn_rate
-----  ----------
all           n/a
note: as of 2026-03-11T12:00:00Z (the latest time in the data)
note: churn_rate is n/a: no churn signal (give a churned or churn_date column, --customers FILE with one, or --activity FILE)
