# --col naming a column the file lacks is a usage error
@@ cmd
gripe check --col time=Opened data/tickets.csv
@@ stderr
gripe: data/tickets.csv: no column 'Opened' for --col time=Opened
gripe: hint: 'gripe columns data/tickets.csv' lists the columns
@@ status
2
