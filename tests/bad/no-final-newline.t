# the last record without a line end is still read
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,hi' > n.csv; gripe check -f csv n.csv
@@ stdout
file,records,used,rejected,first,last
n.csv,1,1,0,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z
