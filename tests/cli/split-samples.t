# splitting the sample log into 4 shards keeps every record (8291 read =
# the sum over the shards), puts each customer in one shard only (the
# customers of the shards add up to the customers of the whole, counted
# by metrics), and per-customer case counts are the same as in one run
@@ cmd
gripe split -n 4 --prefix p samples/events.csv; gripe check -f csv p1.csv p2.csv p3.csv p4.csv | awk -F, '$1 ~ /^p[0-9]/ { n += $2 } END { print n " records" }'; for i in 1 2 3 4; do gripe metrics --by customer -m cases -f csv p$i.csv | sed 1d; done | sort > parts; gripe metrics --by customer -m cases -f csv samples/events.csv | sed 1d | sort > whole; cmp parts whole && echo "same cases per customer"; cut -d, -f1 parts | sort | uniq -d | wc -l
@@ stdout
8291 records
same cases per customer
0
