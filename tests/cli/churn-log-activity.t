# the interaction log itself as the activity file, and the output says so;
# with a 2-day window u1 (latest billing case K3, Mar 10 09:00; its next
# row 09:30) and u2 (K2, Mar 3 08:00; next row Mar 4) stayed, u3 (K4 at
# as-of) is censored: the window is not over
@@ cmd
gripe churn -r data/test.rules --activity data/events.csv --churn-after 2d data/events.csv | sed -n '1,7p'
@@ stdout
churn by key
category  customers  churned  retained  censored  churn_rate  value_at_risk
--------  ---------  -------  --------  --------  ----------  -------------
billing           1        0         1         0        0.0%            n/a
delivery          1        0         1         0        0.0%            n/a
other             1        0         0         1         n/a            n/a
note: as of 2026-03-11T12:00:00Z; churn from explicit flags where given, else from activity: none within 2d after the customer's latest case; the activity is the log itself: every interaction counts
