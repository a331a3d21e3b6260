# on the real exports (CFPB narratives in three years, support tweets,
# helpdesk tickets), classify with the built-in rules writes the same
# bytes with and without the literal prefilter
@@ cmd
for f in datasets/cfpb-2019/complaints.csv datasets/cfpb-2020/complaints.csv datasets/cfpb-2023/complaints.csv datasets/twcs/twcs_prefix.csv datasets/support-tickets/tickets.csv; do gripe classify --skip-bad $f > on.csv 2>/dev/null; gripe classify --skip-bad --no-prefilter $f > off.csv 2>/dev/null; cmp on.csv off.csv || echo "differs: $f"; test -s on.csv || echo "empty: $f"; done; echo compared
@@ stdout
compared
