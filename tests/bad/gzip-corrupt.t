# damaged gzip data is an error naming the file
@@ cmd
gzip -c samples/tickets.csv > c.csv.gz; printf 'XXXXXXXXXXXXXXXX' | dd of=c.csv.gz bs=1 seek=5000 conv=notrunc 2> /dev/null; gripe check c.csv.gz > /dev/null; echo "exit $?"
@@ stdout
exit 1
@@ stderr
gripe: c.csv.gz: bad compressed data: invalid distance too far back
