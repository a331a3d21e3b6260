# CFPB 2023 writes DD-MM-YYYY: detected day first with no flags; 3999 complaints from 2012-08-06 to 2023-04-27
@@ cmd
gripe check -f csv datasets/cfpb-2023/complaints.csv | cut -d, -f2-
@@ stdout
records,used,rejected,first,last
3999,3999,0,2012-08-06T00:00:00Z,2023-04-27T00:00:00Z
