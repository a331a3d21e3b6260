# splitting the samples by customer into 3 parts, saving a state per part
# and merging them gives byte for byte the output of one run over
# everything, for every view and every format (stdout and stderr); the
# tickets export with its customer table and activity log, and the event
# log whose cases have many rows; then merging in another order still
# gives the same figures (only the order of ties may differ: none here)
@@ cmd
S=samples; M=rows,cases,customers,resolved_rate,ttr_p50,ttr_p90,ttr_p10,ttr_p25,ttr_p75,ttr_mean,ttr_km_p50,frt_p50,frt_p90,one_touch_rate,reopen_rate,escalation_rate,followup_rate,sla_met_rate,backlog,backlog_age_p50,csat_mean,csat_good,repeat_rate,churn_rate,value_at_risk; n=0; bad=0; for log in tickets events; do case $log in tickets) side="--customers $S/customers.csv --activity $S/activity.csv";; *) side="";; esac; gripe split -n 3 --prefix $log- $S/$log.csv || exit 1; for i in 1 2 3; do gripe metrics $side --save-state $log-$i.state $log-$i.csv > /dev/null || exit 1; done; gripe merge --save-state $log.state $log-1.state $log-2.state $log-3.state || exit 1; for v in "metrics" "metrics --by category,channel --sla 2d -m $M" "metrics --by period,priority --sla 2d" "trend" "trend --period month --top 3" "churn" "churn --by channel --churn-after 30d,90d" "atrisk" "report"; do for f in table csv tsv json markdown gnuplot; do case $v in trend*) s="";; *) s=$side;; esac; [ $log = events ] && s=""; [ $log = tickets ] && case $v in trend*) continue;; esac; gripe $v -f $f $s $S/$log.csv > one.out 2> one.err; echo "exit $?" >> one.err; gripe $v -f $f --state $log.state > m.out 2> m.err; echo "exit $?" >> m.err; n=$((n + 1)); if ! cmp -s one.out m.out || ! cmp -s one.err m.err; then bad=$((bad + 1)); echo "differs: $log: $v -f $f"; fi; done; done; done; echo "$n compared, $bad differ"; gripe merge --save-state rev.state events-3.state events-1.state events-2.state && gripe metrics -m $M --sla 2d --by category --state rev.state > rev.out && gripe metrics -m $M --sla 2d --by category samples/events.csv | cmp - rev.out && echo "reversed order: same"
@@ stdout
96 compared, 0 differ
reversed order: same
