# a name twice in the header: both columns are shown, the role goes to the
# first
@@ cmd
printf 'case,case,time,text\nK1,K2,2026-01-01 10:00,a\n' > d.csv; gripe columns -f csv d.csv | cut -d, -f1-6
@@ stdout
column,header,role,source,empty,sample1
1,case,case,auto,0.0000,K1
2,case,,,0.0000,K2
3,time,time,auto,0.0000,2026-01-01 10:00
4,text,text,auto,0.0000,a
