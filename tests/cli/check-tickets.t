# check: 5 records, all used; first 2026-03-02 09:00, last 2026-03-09 14:30 (UTC)
@@ cmd
gripe check data/tickets.csv
@@ stdout
file              records  used  rejected  first                 last
----------------  -------  ----  --------  --------------------  --------------------
data/tickets.csv        5     5         0  2026-03-02T09:00:00Z  2026-03-09T14:30:00Z
note: roles: case=Ticket ID; customer=Customer; time=Created At; closed=Solved At; status=Status; channel=Channel; agent=Assignee; text=Subject, text=Body; csat=CSAT
note: time format: %Y-%m-%d %H:%M:%S
note: closed format: %Y-%m-%d %H:%M:%S
