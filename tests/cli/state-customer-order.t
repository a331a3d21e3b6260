# a state keeps each case's customer also as a value (the format's
# customer attribute), and reading checks that the two name the same
# customer: here case A's customer (u1) first appears after case B's
# (u2), so customers and the cases that name them come in different
# orders; the state still reads back and renders as the log does
@@ cmd
gripe metrics --save-state s.state data/customer-order.csv > /dev/null; gripe metrics --by customer -m cases,resolved_rate -f csv --state s.state; gripe metrics --by customer -m cases,resolved_rate -f csv data/customer-order.csv
@@ stdout
customer,cases,resolved_rate
u1,1,1.0000
u2,1,0.0000
customer,cases,resolved_rate
u1,1,1.0000
u2,1,0.0000
