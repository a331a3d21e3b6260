# the literal prefilter changes nothing but speed: classify writes the
# same bytes with and without it, with the built-in rules and the test
# rules, on the samples (some of their texts are not ASCII)
@@ cmd
for f in samples/tickets.csv samples/events.csv data/tickets.csv; do for r in "" "-r data/test.rules"; do gripe classify $r $f > on.csv; gripe classify --no-prefilter $r $f > off.csv; cmp on.csv off.csv || echo "differs: $f $r"; done; done; echo compared
@@ stdout
compared
