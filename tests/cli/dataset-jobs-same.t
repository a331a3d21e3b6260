# on the real exports (CFPB narratives, support tweets, helpdesk tickets,
# the ServiceNow event log with many rows per case), classify and metrics
# write the same bytes on 1 and 3 threads
@@ cmd
for f in datasets/cfpb-2020/complaints.csv datasets/cfpb-2023/complaints.csv datasets/twcs/twcs_prefix.csv datasets/support-tickets/tickets.csv datasets/incident-event-log/incident_event_log_original_format.csv; do for c in "classify" "metrics --by category,channel"; do gripe $c --skip-bad -j 1 $f > one.out 2> one.err; gripe $c --skip-bad -j 3 $f > got.out 2> got.err; cmp -s one.out got.out && cmp -s one.err got.err || echo "differs: $c $f"; test -s one.out || echo "empty: $c $f"; done; done; echo compared
@@ stdout
compared
