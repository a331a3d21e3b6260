# an unknown time zone is a usage error
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,a\n' > c.csv; gripe check --tz Mars/Olympus c.csv
@@ stderr
gripe: unknown time zone 'Mars/Olympus'
gripe: hint: use an IANA name such as Europe/Berlin or America/New_York, or an offset such as +05:30
@@ status
2
