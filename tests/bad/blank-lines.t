# blank lines before the header and between records are not records
@@ cmd
printf '\n\ncase,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,a\n\n\nK2,u1,2026-01-01 11:00,open,b\n' > b.csv; gripe check -f csv b.csv
@@ stdout
file,records,used,rejected,first,last
b.csv,2,2,0,2026-01-01T10:00:00Z,2026-01-01T11:00:00Z
