# Kaplan-Meier churn per category, by hand on data/events.csv: billing's
# u1 churned on Mar 10 00:00, 7.625 days after their first case (K1, Mar 2
# 09:00): survival 0 at 7.62; delivery's u2 stayed and is censored at as-of
# (Mar 11 12:00), 8.17 days after K2 (Mar 3 08:00); u3 (other) is unknown
# and left out, said in a note
@@ cmd
gripe churn -r data/test.rules -f csv --survival --customers data/customers.csv data/events.csv
@@ stdout
category,days,at_risk,churned,censored,survival,ci_low,ci_high
billing,7.62,1,1,0,0.0000,,
delivery,8.17,1,0,1,1.0000,,
