# a day over 12 settles day first; the time part is optional within the family
@@ cmd
gripe check -f csv data/dayfirst.csv
@@ stdout
file,records,used,rejected,first,last
data/dayfirst.csv,3,3,0,2026-04-03T00:00:00Z,2026-08-07T14:05:00Z
