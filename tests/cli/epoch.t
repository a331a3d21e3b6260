# epoch seconds in a time column
@@ cmd
gripe check -f csv data/epoch.csv
@@ stdout
file,records,used,rejected,first,last
data/epoch.csv,2,2,0,2023-11-14T22:13:20Z,2023-11-14T23:13:20Z
