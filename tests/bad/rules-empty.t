# an empty rules file has no dimension: classify warns and adds no column
@@ cmd
printf '' > e.rules; gripe classify -r e.rules samples/tickets.csv | head -n 1
@@ stdout
Ticket ID,Customer ID,Created At,Closed At,Status,Channel,Agent,Priority,Category,Subject,Description,CSAT
@@ stderr
gripe: warning: the rules have no [section]: nothing is labelled
