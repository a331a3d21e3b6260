# two keys give every combination; (none) for a missing value; --sort key orders by the keys; --top cuts; period: ISO weeks (Mar 2 and 3 2026 are in W10, Mar 10 and 11 in W11)
@@ cmd
gripe metrics -r data/test.rules -f csv --by category,customer -m cases,rows data/events.csv; gripe metrics -r data/test.rules -f csv --by period --sort key -m cases data/events.csv; gripe metrics -r data/test.rules -f csv --by period --period day --top 2 -m rows data/events.csv; gripe metrics -r data/test.rules -f csv --by status -m cases data/events.csv
@@ stdout
category,customer,cases,rows
billing,u1,2,5
delivery,u2,1,5
other,u3,1,1
period,cases
2026-W10,2
2026-W11,2
period,rows
2026-03-03,5
2026-03-02,3
status,cases
resolved,2
escalated,1
new,1
