# a full disk is a write error, status 1
@@ cmd
gripe columns data/tickets.csv > /dev/full
@@ stderr
gripe: write error: No space left on device
@@ status
1
