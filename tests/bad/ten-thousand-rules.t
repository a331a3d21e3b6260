# a rules file of 10,000 rules loads and classifies
@@ cmd
awk 'BEGIN { print "[category]"; for (i = 0; i < 10000; i++) printf "l%d /word%dx/i\n", i, i; print "hit /word9999x/i" }' > many.rules; printf 'case,time,text\nK1,2026-01-01 10:00,say WORD9999X\nK2,2026-01-01 11:00,nothing\n' > m.csv; gripe classify -r many.rules m.csv
@@ stdout
case,time,text,category
K1,2026-01-01 10:00,say WORD9999X,l9999
K2,2026-01-01 11:00,nothing,other
