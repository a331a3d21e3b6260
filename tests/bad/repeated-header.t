# exports joined with cat: the header again is a bad record of its own
# kind
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,a\ncase,customer,time,status,text\nK2,u1,2026-01-01 11:00,open,b\n' > r.csv; gripe check r.csv; echo "exit $?"; gripe check -f csv --skip-bad --rejects rej.csv r.csv; cat rej.csv
@@ stdout
exit 1
file,records,used,rejected,first,last
r.csv,3,2,1,2026-01-01T10:00:00Z,2026-01-01T11:00:00Z
case,customer,time,status,text
case,customer,time,status,text
@@ stderr
gripe: r.csv:3: the header line again
gripe: hint: exports joined with cat? give each as its own file, or use --skip-bad
gripe: skipped 1 of 3 records (repeated header 1); see rej.csv
