# an unknown zone is a usage error with a hint
@@ cmd
gripe check --tz Mars/Olympus data/tickets.csv
@@ stderr
gripe: unknown time zone 'Mars/Olympus'
gripe: hint: use an IANA name such as Europe/Berlin or America/New_York, or an offset such as +05:30
@@ status
2
