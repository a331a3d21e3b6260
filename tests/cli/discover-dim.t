# --dim reads the misses of another dimension; an unknown one is a usage error
@@ cmd
gripe discover -r data/test.rules --dim signal --top 3 -f csv data/discover.csv; gripe discover -r data/test.rules --dim nosuch data/discover.csv
@@ stdout
ngram,words,rows,share,example
coupon,1,4,0.8000,data/discover.csv:2
code,1,3,0.6000,data/discover.csv:2
coupon code,2,3,0.6000,data/discover.csv:2
@@ stderr
gripe: no dimension 'nosuch' in the rules
@@ status
2
