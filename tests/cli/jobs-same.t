# -j changes only the speed: classify and every view write the same bytes
# (stdout and stderr: match-limit counts, notes) with 1, 2 and 5 threads,
# on the samples, on two files with different headers (a new rule binding
# mid-run), with --where, with bad records skipped, with --explain and
# with a match limit low enough to be hit; a closed pipe still ends a
# threaded run quietly
@@ cmd
S=samples; n=0; bad=0; for cmd in "classify $S/tickets.csv" "classify --explain --where signal=churn_intent $S/events.csv" "classify data/tickets.csv data/tickets-reordered.csv" "classify --skip-bad data/badcount.csv" "classify --match-limit 5 $S/events.csv" "metrics --by category,channel --customers $S/customers.csv $S/tickets.csv" "metrics --by agent -m cases,ttr_p50,frt_p50,reopen_rate,repeat_rate $S/events.csv $S/tickets.csv" "trend $S/tickets.csv" "churn --activity $S/activity.csv $S/tickets.csv" "atrisk --customers $S/customers.csv $S/events.csv" "report --customers $S/customers.csv $S/tickets.csv" "report --match-limit 5 $S/events.csv"; do gripe $cmd -j 1 > one.out 2> one.err; echo "exit $?" >> one.err; for j in 2 5; do gripe $cmd -j $j > got.out 2> got.err; echo "exit $?" >> got.err; n=$((n + 1)); if ! cmp -s one.out got.out || ! cmp -s one.err got.err; then bad=$((bad + 1)); echo "differs: -j $j $cmd"; fi; done; done; echo "$n compared, $bad differ"; grep -c "match limit" one.err; gripe classify -j 4 $S/events.csv $S/events.csv $S/events.csv | head -n 2 | cut -c1-40; echo "exit $?"
@@ stdout
24 compared, 0 differ
4
case_id,customer_id,timestamp,direction,
CASE-20001,C10422,2026-05-25T08:52:57Z,i
exit 0
