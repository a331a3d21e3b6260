# --na makes N/A missing: Body empty share 1 of 5 = 20.0%
@@ cmd
gripe columns --na N/A -f tsv data/tickets.csv | cut -f2,5
@@ stdout
header	empty
Ticket ID	0.0000
Customer	0.0000
Created At	0.0000
Solved At	0.4000
Status	0.0000
Channel	0.0000
Assignee	0.0000
Subject	0.2000
Body	0.2000
CSAT	0.4000
