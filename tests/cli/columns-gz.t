# a .gz file is read through zlib, and so is gzip data on stdin
@@ cmd
gzip -c data/tickets.csv > t.csv.gz && gripe columns -f tsv t.csv.gz | cut -f2,3 && gripe columns -f csv < t.csv.gz | cut -d, -f2 | head -3
@@ stdout
header	role
Ticket ID	case
Customer	customer
Created At	time
Solved At	closed
Status	status
Channel	channel
Assignee	agent
Subject	text
Body	text
CSAT	csat
header
Ticket ID
Customer
