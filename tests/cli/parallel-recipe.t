# the scale-out recipe of the README with GNU parallel, 2 jobs: split by
# customer, one state per shard in parallel, one merge; the weekly report
# and the churn tables from the merged state are byte for byte those of
# one run over the whole log
@@ needs parallel
@@ cmd
C="--customers samples/customers.csv"; gripe split -n 4 --prefix part- samples/tickets.csv && ls part-*.csv | parallel --will-cite -j 2 gripe metrics $C --save-state {.}.state {} '>' /dev/null && gripe merge --save-state all.state part-*.state && ls *.state && for v in report churn "metrics --by category,priority"; do gripe $v $C samples/tickets.csv > one; gripe $v --state all.state > got; cmp one got && echo "$v: same"; done
@@ stdout
all.state
part-1.state
part-2.state
part-3.state
part-4.state
report: same
churn: same
metrics --by category,priority: same
