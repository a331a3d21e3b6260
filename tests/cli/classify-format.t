# classify writes csv or tsv only
@@ cmd
gripe classify -f json data/graded.csv
@@ stderr
gripe: classify writes csv or tsv, not json
@@ status
2
