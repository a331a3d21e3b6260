# the report on data/events.csv as of Mar 11 12:00: the last complete
# week is W10 (Mar 2-8: K1 and K2 opened, both resolved by Mar 8, ttr 4h
# and 72h: p50 38h), the one before W09 has no case; then the other tables
# over W10 (see metrics-all.t, churn-tables.t, atrisk.t for the numbers);
# the headline's churn_rate is 0: at the end of W10 (Mar 8) u1's churn
# date, Mar 10, has not come yet
@@ cmd
gripe report -r data/test.rules --customers data/customers.csv data/events.csv
@@ stdout
headline, 2026-W10
metric             this  previous  change  trend  unit
---------------  ------  --------  ------  -----  -----
cases                 2         0       2  ↑      cases
resolved_rate    100.0%       n/a     n/a  n/a    rate
ttr_p50           38.00       n/a     n/a  n/a    hours
frt_p50           12.50       n/a     n/a  n/a    hours
escalation_rate    0.0%       n/a     n/a  n/a    rate
reopen_rate       50.0%       n/a     n/a  n/a    rate
csat_mean          3.50       n/a     n/a  n/a    score
churn_rate         0.0%       n/a     n/a  n/a    rate
note: each period is measured as of its own end; change = this - previous, in the unit shown
note: no SLA figures: give --sla, e.g. --sla 48h
note: the report period is 2026-W10, the last complete week before as of 2026-03-11T12:00:00Z (the latest time in the data)

top categories, 2026-W10
category  cases  resolved_rate  ttr_p50  escalation_rate
--------  -----  -------------  -------  ---------------
billing       1         100.0%     4.00             0.0%
delivery      1         100.0%    72.00             0.0%

rising and new issues
period  category  cases  share  prev  change  z  flag
------  --------  -----  -----  ----  ------  -  ----
note: as of 2026-03-11T12:00:00Z (the latest time in the data); the last complete period, 2026-W10, has no period before it to be judged against

resolution by channel, 2026-W10
channel  cases  resolved_rate  ttr_p50
-------  -----  -------------  -------
(none)       2         100.0%    38.00

churn by outcome of the last case
outcome     customers  churned  retained  censored  churn_rate  ci_low  ci_high  value_at_risk
----------  ---------  -------  --------  --------  ----------  ------  -------  -------------
resolved            2        1         1         0       50.0%    9.5%    90.5%         100.00
unresolved          1        0         0         0         n/a     n/a      n/a           0.00

agents by escalations, 2026-W10
agent   cases  escalation_rate  reopen_rate
------  -----  ---------------  -----------
(none)      2             0.0%        50.0%

at risk
customer  value  case  opened                 age  state  signals  open_cases
--------  -----  ----  --------------------  ----  -----  -------  ----------
u3          n/a  K4    2026-03-11T12:00:00Z  0.00  open                     1
note: 1 customer at risk
