# metrics computes a table's rows on several threads once a view has at
# least 50000 cases (the groups' metrics are independent): 60000 cases in
# 24 groups of unequal size (none for every seventh), 9000 customers,
# resolution, churn and repeats; every metric, by one key, two keys and
# customer, is the same with -j 1, 2 and 5, and the groups' cases add up
@@ cmd
awk 'BEGIN { print "case_id,customer_id,created_at,closed_at,status,channel,subject,churned"
	split("charged twice,where is my refund,never arrived,hello", s, ",")
	for (k = 0; k < 60000; k++) {
		cl = k % 5 == 0 ? "" : sprintf("2025-02-%02d %02d:00:00", k % 28 + 1, (k * 7) % 24)
		printf "T%d,C%d,2025-01-%02d %02d:00:00,%s,%s,%s,%s,%s\n", k, k % 9000, k % 28 + 1, k % 24, cl, cl == "" ? "Open" : "Solved", k % 7 == 0 ? "" : sprintf("ch%02d", k % 23), s[k % 4 + 1], k % 11 == 0 ? "yes" : "no" } }' > big.csv
m=cases,customers,resolved_rate,ttr_p50,ttr_p90,ttr_mean,ttr_km_p50,backlog,backlog_age_p50,sla_met_rate,repeat_rate,churn_rate; n=0; bad=0; for by in channel category,channel customer; do gripe metrics -r data/test.rules --sla 24h --by $by -m $m -f csv -j 1 big.csv > one.out; for j in 2 5; do gripe metrics -r data/test.rules --sla 24h --by $by -m $m -f csv -j $j big.csv > got.out; n=$((n + 1)); cmp -s one.out got.out || { bad=$((bad + 1)); echo "differs: -j $j --by $by"; }; done; done; echo "$n compared, $bad differ"
gripe metrics -r data/test.rules --by channel -m cases -f csv -j 2 big.csv | awk -F, 'NR > 1 { rows++; sum += $2 } END { print rows " groups, " sum " cases" }'
@@ stdout
6 compared, 0 differ
24 groups, 60000 cases
