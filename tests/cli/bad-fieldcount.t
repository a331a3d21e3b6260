# a record with the wrong number of fields stops the run with FILE:LINE
@@ cmd
gripe check data/badcount.csv
@@ stderr
gripe: data/badcount.csv:3: wrong number of fields (4, expected 3 as in the header)
@@ status
1
