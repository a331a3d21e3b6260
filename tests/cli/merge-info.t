# merge --info shows what a state holds and its key, one block per state;
# a merged state counts the rows and cases of its parts (data/events.csv
# split by customer: u2's five rows and case K2 in one part, u1's and u3's
# six rows and three cases in the other)
@@ cmd
gripe split -n 2 data/events.csv && gripe metrics --save-state a.state shard-1.csv > /dev/null && gripe metrics --save-state b.state shard-2.csv > /dev/null && gripe merge --save-state ab.state a.state b.state && gripe merge --info a.state ab.state; gripe merge --info a.state | head -1
@@ stdout
a.state:
  version        1
  cases          1
  customers      1
  rows           5
  status events  5
  activity rows  0
  rules          6d7c0cf2f6702399
  resolved       (default)
  escalated      (default)
  repeat-window  2592000s
  tz             UTC
  outbound       (default)
  na             (none)
  match-limit    (default)
ab.state:
  version        1
  cases          4
  customers      3
  rows           11
  status events  11
  activity rows  0
  rules          6d7c0cf2f6702399
  resolved       (default)
  escalated      (default)
  repeat-window  2592000s
  tz             UTC
  outbound       (default)
  na             (none)
  match-limit    (default)
a.state:
