# charts of degenerate data draw without a gnuplot warning: one period
# (a week either side), one resolution time (a range around it), rates
# all 0 (an axis of its own), one customer on the survival curve at day 0
@@ needs
gnuplot
@@ cmd
printf 'case,customer,opened,closed,escalated,churned\nA,c1,2026-01-01,2026-01-02,no,no\n' > one.csv; for v in trend "metrics -m ttr_p25,ttr_p50,ttr_p75" "metrics -m escalation_rate" "metrics --by customer,channel -m cases" "churn --survival" churn; do gripe $v -f gnuplot --terminal svg one.csv > c.gp && gnuplot c.gp > c.svg || echo "failed: $v"; done; echo drawn
@@ stdout
drawn
