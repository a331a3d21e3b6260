# a quote inside an unquoted field is kept, and an error under --strict
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,5" screen\n' > q.csv; gripe check -f csv q.csv; gripe check --strict q.csv
@@ stdout
file,records,used,rejected,first,last
q.csv,1,1,0,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z
@@ stderr
gripe: q.csv:2: bad quoting in field 5: a '"' inside an unquoted field
gripe: hint: without --strict a stray quote is kept as a character
@@ status
1
