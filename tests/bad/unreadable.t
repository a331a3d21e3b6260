# an unreadable file is an error naming it, found before anything is read
# or written (as root, run without the capabilities that bypass file modes)
@@ needs
setpriv
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,a\n' > good.csv
cp good.csv locked.csv; chmod 000 locked.csv
run() { if [ "$(id -u)" = 0 ]; then setpriv --bounding-set=-dac_override,-dac_read_search "$@"; else "$@"; fi; }
run gripe check -o out.txt good.csv locked.csv; echo "status $?"; ls out.txt* 2>&1
run gripe metrics --skip-bad locked.csv good.csv; echo "status $?"
@@ stdout
status 2
ls: cannot access 'out.txt*': No such file or directory
status 2
@@ stderr
gripe: locked.csv: Permission denied
gripe: locked.csv: Permission denied
