# cross-check by an independent method: per-category case counts and
# median time to resolution of samples/tickets.csv computed by sqlite3
# from gripe classify's labels and the raw Created At / Closed At columns
# (median of an even count = mean of the two middle values, as type 7),
# compared with gripe metrics to within 0.006 h
@@ cmd
gripe classify samples/tickets.csv > c.csv && sqlite3 :memory: -cmd ".import --csv c.csv c" "WITH t AS (SELECT gripe_category AS cat, (julianday(\"Closed At\") - julianday(\"Created At\")) * 24.0 AS h FROM c), r AS (SELECT cat, h, ROW_NUMBER() OVER (PARTITION BY cat ORDER BY h) AS rn, COUNT(*) OVER (PARTITION BY cat) AS n FROM t WHERE h IS NOT NULL AND h >= 0) SELECT t.cat, (SELECT COUNT(*) FROM t t2 WHERE t2.cat = t.cat), (SELECT AVG(h) FROM r WHERE r.cat = t.cat AND rn IN ((n + 1) / 2, (n + 2) / 2)) FROM t GROUP BY t.cat ORDER BY t.cat;" | tr '|' ',' > sql.txt && gripe metrics --by category -m cases,ttr_p50 -f csv samples/tickets.csv | tail -n +2 | sort > gripe.txt && join -t, sql.txt gripe.txt | awk -F, '{ d = $3 - $5; if ($2 != $4 || d > 0.006 || d < -0.006) { print "differs:", $0; bad = 1 } n++ } END { print n, "categories", (bad ? "differ" : "agree") }'; wc -l < sql.txt
@@ stdout
13 categories agree
13
