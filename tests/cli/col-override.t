# --col by header and by number; text given once replaces detection; customer= unmaps
@@ cmd
gripe columns -f tsv --col time=4 --col text=Subject --col customer= data/tickets.csv | cut -f2-4
@@ stdout
header	role	source
Ticket ID	case	auto
Customer		
Created At		
Solved At	time	--col
Status	status	auto
Channel	channel	auto
Assignee	agent	auto
Subject	text	--col
Body		
CSAT	csat	auto
