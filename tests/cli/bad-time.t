# an unparsable time in a mapped time column stops the run
@@ cmd
gripe check data/badtime.csv
@@ stderr
gripe: data/badtime.csv:4: bad time (column 'created', value "2026-02-30 10:00")
gripe: hint: the column's format is '%Y-%m-%d %H:%M'
@@ status
1
