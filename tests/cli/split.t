# split -n 2 by customer, worked by hand: the shard is FNV-1a 64 of the
# customer's bytes mod 2 (computed independently: u1 0x08c47b07b56747f3
# -> 1, u2 0x08c47c07b56749a6 -> 0, u3 0x08c47d07b5674b59 -> 1), so
# shard-1.csv (index 0) holds u2's five rows, shard-2.csv u1's and u3's
# six, each after the header, quoting kept where needed
@@ cmd
gripe split -n 2 data/events.csv; cat shard-1.csv; echo ==; cat shard-2.csv
@@ stdout
case,customer,time,direction,status,priority,csat,text
K2,u2,2026-03-03 08:00,in,new,high,,Package never arrived
K2,u2,2026-03-04 08:00,out,resolved,high,,Tracking fixed
K2,u2,2026-03-05 08:00,in,open,high,,Still not here
K2,u2,2026-03-06 08:00,out,resolved,high,2,Sent again
K2,u2,2026-03-07 08:00,out,resolved,high,,Just following up
==
case,customer,time,direction,status,priority,csat,text
K1,u1,2026-03-02 09:00,in,new,normal,,I was charged twice
K1,u1,2026-03-02 10:00,out,open,normal,,"Sorry, we will fix it"
K1,u1,2026-03-02 13:00,out,resolved,normal,5,Refunded
K3,u1,2026-03-10 09:00,in,new,normal,,charged twice again
K3,u1,2026-03-10 09:30,in,escalated,urgent,,I want a manager
K4,u3,2026-03-11 12:00,in,new,normal,,hello
