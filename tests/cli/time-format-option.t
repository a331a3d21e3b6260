# --time-format settles it: 03/04/2026 is 3 April
@@ cmd
gripe check -f csv --time-format '%d/%m/%Y' data/ambiguous.csv
@@ stdout
file,records,used,rejected,first,last
data/ambiguous.csv,3,3,0,2026-04-03T00:00:00Z,2026-08-07T00:00:00Z
