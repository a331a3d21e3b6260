# resolved_at alone is ambiguous (01-03-2016), but opened_at in the same file is day first (29-02-2016), so both read day first
@@ cmd
gripe check -f csv --na '?' data/na.csv; gripe check --col time=resolved_at --na '?' data/na.csv | tail -2
@@ stdout
file,records,used,rejected,first,last
data/na.csv,3,3,0,2016-02-29T01:16:00Z,2016-02-29T01:16:00Z
note: time format: %d-%m-%Y %H:%M
note: opened format: %d-%m-%Y %H:%M
