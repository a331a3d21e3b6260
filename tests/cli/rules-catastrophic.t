# a catastrophic pattern, (a+)+$ on 30000 a's and a b, ends in bounded time: the match limit is hit, counted and named, and the row falls to other
@@ cmd
printf '[category]\nslow /(a+)+$/\n' > slow.rules; awk 'BEGIN { printf "id,created,text\n1,2026-01-01,"; for (i = 0; i < 30000; i++) printf "a"; print "b"; print "2,2026-01-02,aaa" }' > a.csv; gripe classify -r slow.rules --match-limit 100000 a.csv | cut -d, -f1,4
@@ stdout
id,category
1,other
2,slow
@@ stderr
gripe: warning: slow.rules:2: the match limit was hit in 1 row; those rows did not match the rule
