# a byte order mark before the header is not part of the first name
@@ cmd
printf '\357\273\277case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,hi\n' > b.csv; gripe columns -f csv b.csv | cut -d, -f1-3
@@ stdout
column,header,role
1,case,case
2,customer,customer
3,time,time
4,status,status
5,text,text
