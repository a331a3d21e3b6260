# a bad delimiter
@@ cmd
gripe columns -d ab data/tickets.csv
@@ stderr
gripe: bad delimiter 'ab': give one character, or '\t' for tab
@@ status
2
