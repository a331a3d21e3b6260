# churn --by customer keeps one entry per group and customer met, not a
# table of every group by every customer: 5000 customers with a case each
# fit in 300 MB of address space (the two tables alone took 400 MB and
# gripe ran out of memory; at 200k customers they would take 640 GB).
# Under a sanitizer, which reserves far more address space, or a wrapper
# (make valgrind), the same run goes without the limit.
@@ cmd
awk 'BEGIN { print "case_id,customer_id,created_at,closed_at,churned"; for (i = 0; i < 5000; i++) printf "T%d,C%d,2025-01-01 10:00:00,2025-01-02 10:00:00,%s\n", i, i, (i % 4) ? "no" : "yes" }' > many.csv
lim=:; if ldd "$(command -v gripe)" > libs 2>/dev/null && ! grep -q 'lib[at]san' libs; then lim='ulimit -v 300000'; fi
(eval "$lim"; gripe churn --by customer -f csv many.csv > out.csv; echo "exit $?")
wc -l < out.csv; head -n 3 out.csv; tail -n 3 out.csv
@@ stdout
exit 0
5005
customer,customers,churned,retained,censored,churn_rate,value_at_risk
C0,1,1,0,0,1.0000,
C1,1,0,1,0,0.0000,
outcome,customers,churned,retained,censored,churn_rate,value_at_risk
resolved,5000,1250,3750,0,0.2500,
unresolved,0,0,0,0,,
