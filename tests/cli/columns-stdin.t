# no file and - both read stdin, shown as <stdin>
@@ cmd
gripe columns -f csv < data/badtime.csv && gripe columns -f csv - < data/badtime.csv | cut -d, -f2
@@ stdout
column,header,role,source,empty,sample1,sample2,time_format
1,id,,,0.0000,1,2,
2,created,time,auto,0.0000,2026-01-05 10:00,2026-01-06 10:00,%Y-%m-%d %H:%M (fits 3 of 4 values)
3,text,text,auto,0.0000,ok,no such day,
header
id
created
text
