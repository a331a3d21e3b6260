# a missing file is a usage error, found before anything is read or written
@@ cmd
gripe check -o out.txt data/tickets.csv nosuch.csv; echo "status $?"; ls out.txt* 2>&1
@@ stdout
status 2
ls: cannot access 'out.txt*': No such file or directory
@@ stderr
gripe: nosuch.csv: No such file or directory
@@ status
2
