# a .gz name on plain text is read as plain text
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,a\n' > p.csv.gz; gripe check -f csv p.csv.gz
@@ stdout
file,records,used,rejected,first,last
p.csv.gz,1,1,0,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z
