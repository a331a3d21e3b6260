# without --by and without a category dimension churn has one group, all; a --churn-after list is for churn only
@@ cmd
printf '[signal] mode=all\nx /x/\n' > nocat.rules; gripe churn -r nocat.rules --customers data/customers.csv -f csv data/events.csv | head -2; gripe metrics --churn-after 7d,14d data/events.csv
@@ stdout
group,customers,churned,retained,censored,churn_rate,value_at_risk
all,3,1,1,0,0.5000,100.00
@@ stderr
gripe: --churn-after '7d,14d': not a duration
gripe: hint: write a number and a unit (s, m, h, d, w), as in 48h, 3d or 1d12h
@@ status
2
