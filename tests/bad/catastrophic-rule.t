# a pattern that backtracks without end hits the match limit: the row does
# not match, and the rule and count are reported
@@ cmd
printf '[category]\nslow /^(a+)+$/\n' > slow.rules; { echo 'case,time,text'; awk 'BEGIN { s = ""; for (i = 0; i < 40; i++) s = s "a"; print "K1,2026-01-01 10:00," s "b" }'; } > s.csv; gripe classify -r slow.rules s.csv
@@ stdout
case,time,text,category
K1,2026-01-01 10:00,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab,other
@@ stderr
gripe: warning: slow.rules:2: the match limit was hit in 1 row; those rows did not match the rule
