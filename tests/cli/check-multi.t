# check over two files: a total row adds the files up
@@ cmd
gripe check -f csv data/tickets.csv data/tickets-reordered.csv
@@ stdout
file,records,used,rejected,first,last
data/tickets.csv,5,5,0,2026-03-02T09:00:00Z,2026-03-09T14:30:00Z
data/tickets-reordered.csv,1,1,0,2026-03-10T11:00:00Z,2026-03-10T11:00:00Z
total,6,6,0,2026-03-02T09:00:00Z,2026-03-10T11:00:00Z
