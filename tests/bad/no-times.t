# a log whose time column is empty everywhere: no case, and the views say
# why
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,,open,a\nK2,u1,,open,b\n' > t.csv; gripe metrics -m cases t.csv
@@ stdout
group  cases
-----  -----
note: no cases: the input has no row with a time
note: 2 rows without a time left out
