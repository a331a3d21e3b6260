# classify to a full disk is a write error, status 1, whether its lines
# fail at the last write (a small output) or while rows are still read
# (more than the 64 KB it gathers), with one thread or two
@@ cmd
gripe classify data/tickets.csv > /dev/full; echo "exit $?"; gripe classify -j 2 samples/events.csv > /dev/full; echo "exit $?"; gripe classify -j 1 samples/events.csv > /dev/full; echo "exit $?"
@@ stdout
exit 1
exit 1
exit 1
@@ stderr
gripe: write error: No space left on device
gripe: write error: No space left on device
gripe: write error: No space left on device
