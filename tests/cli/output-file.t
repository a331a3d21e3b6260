# -o writes the file only on success
@@ cmd
gripe check -f csv -o out.csv data/tickets.csv && cat out.csv && gripe check -o out2.csv data/badcount.csv; echo "status $?"; ls out2.csv* 2>/dev/null | wc -l
@@ stdout
file,records,used,rejected,first,last
data/tickets.csv,5,5,0,2026-03-02T09:00:00Z,2026-03-09T14:30:00Z
status 1
0
@@ stderr
gripe: data/badcount.csv:3: wrong number of fields (4, expected 3 as in the header)
