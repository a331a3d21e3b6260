# a gzip file cut short: the records before the cut are read, then a clear
# error
@@ cmd
gzip -c samples/tickets.csv | head -c 20000 > t.csv.gz; gripe check t.csv.gz > /dev/null; echo "exit $?"
@@ stdout
exit 1
@@ stderr
gripe: t.csv.gz: compressed data ends too soon
