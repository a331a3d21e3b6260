# unknown format
@@ cmd
gripe columns -f xml data/tickets.csv
@@ stderr
gripe: unknown format 'xml'
gripe: hint: formats are table, csv, tsv, json, markdown, gnuplot
@@ status
2
