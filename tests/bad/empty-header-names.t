# empty names in the header are columns without a name
@@ cmd
printf 'case,,time,\nK1,x,2026-01-01 10:00,y\n' > e.csv; gripe columns -f csv e.csv | cut -d, -f1-3
@@ stdout
column,header,role
1,case,case
2,,
3,time,time
4,,
