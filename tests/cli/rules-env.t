# GRIPE_RULES names the rules file when no -r is given; -r wins over it
@@ cmd
GRIPE_RULES=data/test.rules gripe classify data/graded.csv | head -2; GRIPE_RULES=data/test.rules gripe classify -r data/failing.rules data/graded.csv | head -2; GRIPE_RULES=nosuch.rules gripe classify data/graded.csv
@@ stdout
id,created,direction,text,label,category,signal,practice
1,2026-01-01,in,I was charged twice!!!,billing,billing,hostile,
id,created,direction,text,label,category
1,2026-01-01,in,I was charged twice!!!,billing,billing
@@ stderr
gripe: nosuch.rules: No such file or directory
@@ status
2
