# gripe churn worked by hand on data/events.csv with data/customers.csv:
# u1 (K1 resolved, K3 open; both billing) churned on Mar 10; u2 (K2
# delivery, resolved Mar 6, ttr 72h) stayed; u3 (K4, open) has no flag:
# unknown; u4 and u5 never complained: u4 churned, u5 stayed.
# By category: billing 1/1, delivery 0/1, other n/a (u3 unknown).
# By outcome of the last case before churn or as-of: K3 opened on Mar 10
# at 09:00, after u1 left, so u1's is K1, resolved (in 4h), churned; u2's
# is resolved, stayed; u3 unresolved, unknown: resolved 1/2, unresolved
# n/a.  With --sla 24h K1 is resolved_in_sla (1/1), K2 resolved_late (0/1).
# Service recovery: no complaint 1/2 = 50% (Wilson [9.5%, 90.5%]); first
# complaint resolved (u1 had one case before leaving, u2 one) 1/2, the
# same interval; first unresolved (u3) unknown; no repeat complaint before
# churn: the intervals overlap.  As of Mar 9, u1's churn date (Mar 10) has
# not come: billing 0/1.
@@ cmd
gripe churn -r data/test.rules -f csv --customers data/customers.csv data/events.csv; gripe churn -r data/test.rules -f csv --customers data/customers.csv --sla 24h data/events.csv | sed -n '/^outcome/,/^$/p'; gripe churn -r data/test.rules -f csv --customers data/customers.csv --as-of 2026-03-09T00:00:00Z data/events.csv | sed -n 2p
@@ stdout
category,customers,churned,retained,censored,churn_rate,value_at_risk
billing,1,1,0,0,1.0000,100.00
delivery,1,0,1,0,0.0000,0.00
other,1,0,0,0,,0.00

outcome,customers,churned,retained,censored,churn_rate,value_at_risk
resolved,2,1,1,0,0.5000,100.00
unresolved,1,0,0,0,,0.00

group,customers,churned,retained,censored,churn_rate,ci_low,ci_high,value_at_risk
no complaint,2,1,1,0,0.5000,0.0945,0.9055,30.00
"first complaint, resolved",2,1,1,0,0.5000,0.0945,0.9055,100.00
"first complaint, unresolved",1,0,0,0,,,,0.00
"repeat complaint, resolved",0,0,0,0,,,,0.00
"repeat complaint, unresolved",0,0,0,0,,,,0.00
outcome,customers,churned,retained,censored,churn_rate,value_at_risk
resolved_in_sla,1,1,0,0,1.0000,100.00
resolved_late,1,0,1,0,0.0000,0.00
unresolved,1,0,0,0,,0.00

billing,1,0,1,0,0.0000,0.00
