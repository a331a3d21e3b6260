# the headline in a data format: each figure spelled as its metric is
# everywhere else (cases whole, rates as fractions with 4 decimals, hours
# with 2), not every one as a number with 2 decimals; and no gnuplot chart
# of it (its figures are in different units): the first chart is the next
# table's
@@ cmd
gripe report -r data/test.rules -f csv --customers data/customers.csv data/events.csv | head -9; gripe report -r data/test.rules -f gnuplot --customers data/customers.csv data/events.csv | grep -m1 "set title"
@@ stdout
metric,this,previous,change,trend,unit
cases,2,0,2,↑,cases
resolved_rate,1.0000,,,,rate
ttr_p50,38.00,,,,hours
frt_p50,12.50,,,,hours
escalation_rate,0.0000,,,,rate
reopen_rate,0.5000,,,,rate
csat_mean,3.50,,,,score
churn_rate,0.0000,,,,rate
set title 'top categories, 2026-W10'
