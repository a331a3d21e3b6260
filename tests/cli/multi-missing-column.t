# a later file without a mapped column is an error naming it
@@ cmd
gripe check data/tickets.csv data/no-solved.csv
@@ stderr
gripe: data/no-solved.csv:1: no column 'Solved At' (role closed) in this file's header
gripe: hint: files read together need the columns the first file maps; read this one on its own, or drop the role with --col closed=
@@ status
1
