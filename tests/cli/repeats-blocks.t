# repeats are judged a block of customers at a time (a quarter of the
# cases each, so the buckets take a quarter of the memory): 90000
# customers with two cases each, the second cases after all the first
# ones, so each block gathers its cases from the whole log.  Customer k's
# second case is 4 days after the first: same category when k % 3 == 0
# (a repeat), same category 200 days later (outside the 30-day window)
# when k % 3 == 1, another category when k % 3 == 2.  So 30000 repeats of
# 180000 cases (1/6), and every customer's rate is 0.5 exactly when
# k % 3 == 0, else 0.
@@ cmd
awk 'BEGIN { print "case_id,customer_id,created_at,subject"
	for (k = 0; k < 90000; k++) printf "A%d,C%d,2025-01-01 10:00:00,charged twice\n", k, k
	for (k = 0; k < 90000; k++) printf "B%d,C%d,%s,%s\n", k, k, k % 3 == 1 ? "2025-07-20 10:00:00" : "2025-01-05 10:00:00", k % 3 == 2 ? "where is my refund" : "double charge" }' > rep.csv
gripe metrics -r data/test.rules -m cases,repeat_rate -f csv rep.csv
gripe metrics -r data/test.rules --by customer -m repeat_rate -f csv rep.csv | awk -F, 'NR > 1 { k = substr($1, 2) + 0; want = k % 3 == 0 ? "0.5000" : "0.0000"; n++; if ($2 != want) bad++ } END { print n " customers, " bad + 0 " wrong" }'
@@ stdout
group,cases,repeat_rate
all,180000,0.1667
90000 customers, 0 wrong
