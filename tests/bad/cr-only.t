# old Mac line ends (CR alone) end records
@@ cmd
printf 'case,customer,time,status,text\rK1,u1,2026-01-01 10:00,open,a\rK2,u2,2026-01-01 11:00,open,b\r' > c.csv; gripe check -f csv c.csv
@@ stdout
file,records,used,rejected,first,last
c.csv,2,2,0,2026-01-01T10:00:00Z,2026-01-01T11:00:00Z
