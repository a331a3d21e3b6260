# a header alone: the columns, no records
@@ cmd
printf 'Ticket ID,Created At\n' | gripe columns -f csv
@@ stdout
column,header,role,source,empty,sample1,sample2,time_format
1,Ticket ID,case,auto,,,,
2,Created At,time,auto,,,,
