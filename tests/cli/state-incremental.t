# a weekly job: the state of the first part of a log plus the rest read
# with --state gives what one run over both gives, for every view; the
# cases open in both parts are joined (their first and last values, labels
# and status history by time, then input order); updating a state in
# place works; merging the two parts' states (in either order) is the
# same as reading the parts in that order; with a state and no operands
# nothing else is read, not even standard input
@@ cmd
S=samples; M=rows,cases,resolved_rate,ttr_p50,ttr_p90,frt_p50,one_touch_rate,reopen_rate,escalation_rate,followup_rate,csat_mean,repeat_rate; awk 'NR <= 3000' $S/events.csv > a.csv; (head -n 1 $S/events.csv; awk 'NR > 3000' $S/events.csv) > b.csv; tail -n +2 a.csv | cut -d, -f1 | sort -u > ac; tail -n +2 b.csv | cut -d, -f1 | sort -u > bc; echo "cases in both parts: $(comm -12 ac bc | wc -l)"; gripe metrics --save-state a.state a.csv > /dev/null && gripe metrics --save-state b.state b.csv > /dev/null && gripe merge --save-state ab.state a.state b.state && gripe merge --save-state ba.state b.state a.state && cp a.state up.state && gripe trend --state up.state --save-state up.state b.csv > /dev/null || exit 1; n=0; bad=0; for v in "metrics -m $M --by category,agent,status" "metrics -m $M --by signal,priority" "trend" "churn" "atrisk" "report"; do gripe $v -f json a.csv b.csv > one; for how in "--state a.state b.csv" "--state ab.state" "--state up.state"; do gripe $v -f json $how > got < /dev/null; n=$((n + 1)); cmp -s one got || { bad=$((bad + 1)); echo "differs: $v $how"; }; done; gripe $v -f json b.csv a.csv > one; gripe $v -f json --state ba.state > got; n=$((n + 1)); cmp -s one got || { bad=$((bad + 1)); echo "differs: $v ba"; }; done; echo "$n compared, $bad differ"
@@ stdout
cases in both parts: 132
24 compared, 0 differ
