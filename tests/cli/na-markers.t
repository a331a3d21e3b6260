# ServiceNow-style ? markers: an error without --na, missing with it
@@ cmd
gripe check data/na.csv; gripe check -f csv --na '?' data/na.csv
@@ stdout
file,records,used,rejected,first,last
data/na.csv,3,3,0,2016-02-29T01:16:00Z,2016-02-29T01:16:00Z
@@ stderr
gripe: data/na.csv:2: bad time (column 'resolved_at', value "?")
gripe: hint: the column's format is '%d-%m-%Y %H:%M'
