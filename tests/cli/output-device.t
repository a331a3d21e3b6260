# -o onto a device writes to it (a full disk here) and never replaces it
@@ cmd
gripe check -o /dev/full data/tickets.csv; echo "status $?"; test -c /dev/full && echo still a device
@@ stdout
status 1
still a device
@@ stderr
gripe: /dev/full: write error: No space left on device
