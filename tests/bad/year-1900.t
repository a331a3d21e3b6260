# dates in 1900 are read and printed as they are
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,1900-01-01 00:00,open,a\nK1,u1,1900-03-01 12:00,resolved,b\n' > y.csv; gripe metrics -f csv -m cases,resolved_rate,ttr_p50 y.csv
@@ stdout
group,cases,resolved_rate,ttr_p50
all,1,1.0000,1428.00
