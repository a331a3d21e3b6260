# several files are one stream: columns matched by name, Extra only in the second file (its empty share counts only that file's row): Solved At empty 2 of 6 = 0.3333
@@ cmd
gripe columns -f tsv data/tickets.csv data/tickets-reordered.csv | cut -f1-5
@@ stdout
column	header	role	source	empty
1	Ticket ID	case	auto	0.0000
2	Customer	customer	auto	0.0000
3	Created At	time	auto	0.0000
4	Solved At	closed	auto	0.3333
5	Status	status	auto	0.0000
6	Channel	channel	auto	0.0000
7	Assignee	agent	auto	0.0000
8	Subject	text	auto	0.1667
9	Body	text	auto	0.0000
10	CSAT	csat	auto	0.3333
11	Extra			0.0000
