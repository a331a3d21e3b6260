# every record bad under --skip-bad: all counted, none used, exit 0
@@ cmd
printf 'case,customer,time,status,text\nK1,u1\nK2\nK3,u1,x,y,z,w\n' > a.csv; gripe check -f csv --skip-bad a.csv
@@ stdout
file,records,used,rejected,first,last
a.csv,3,0,3,,
@@ stderr
gripe: skipped 3 of 3 records (wrong field count 3)
