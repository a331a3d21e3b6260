# every sample reads cleanly: 2987 tickets, 8291 events, 2400 customers, 30605 activities
@@ cmd
for f in tickets events customers activity; do gripe check -f csv samples/$f.csv | tail -n +2; done
@@ stdout
samples/tickets.csv,2987,2987,0,2026-05-25T07:40:00Z,2026-11-22T20:00:00Z
samples/events.csv,8291,8291,0,2026-05-25T08:52:57Z,2026-11-22T23:53:40Z
samples/customers.csv,2400,2400,0,2023-01-02T00:00:00Z,2026-11-04T00:00:00Z
samples/activity.csv,30605,30605,0,2026-05-25T00:03:26Z,2026-11-22T23:22:11Z
