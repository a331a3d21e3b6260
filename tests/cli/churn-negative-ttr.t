# with --sla, a case closed before it was opened (as in NYC 311 exports)
# cannot be judged against the SLA: its customer goes to a "resolved" row,
# not to resolved_in_sla.  c1: closed 2h before opened, churned;
# c2: resolved in 1h, stayed; c3: resolved in 5d, stayed.
@@ cmd
printf 'case,customer,opened,closed,churned\nA,c1,2026-03-02 10:00,2026-03-02 08:00,yes\nB,c2,2026-03-02 10:00,2026-03-02 11:00,no\nC,c3,2026-03-02 10:00,2026-03-07 10:00,no\n' > neg.csv; gripe churn --sla 24h -f csv neg.csv | sed -n '/^outcome/,$p'
@@ stdout
outcome,customers,churned,retained,censored,churn_rate,value_at_risk
resolved,1,1,0,0,1.0000,
resolved_in_sla,1,0,1,0,0.0000,
resolved_late,1,0,1,0,0.0000,
unresolved,0,0,0,0,,
@@ status
0
