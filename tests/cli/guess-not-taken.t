# the time guess never takes a column that already has a role: Resolved Date is closed only
@@ cmd
printf 'id,Resolved Date\n1,2026-01-01\n' | gripe columns -f csv | cut -d, -f2-4; printf 'id,Resolved Date\n1,2026-01-01\n' | gripe check; printf 'id,created\n1,2026-01-01\n' | gripe check --col time=
@@ stdout
header,role,source
id,,
Resolved Date,closed,auto
@@ stderr
gripe: <stdin>:1: no time column
gripe: hint: no column looks like a time; map one with --col time=HEADER
gripe: <stdin>:1: no time column
gripe: hint: --col time= took the role away; this command needs it
@@ status
1
