# split needs -n from 2 to 1024, a role that exists and is mapped, and
# files with one header (same columns in the same order); on an error no
# shard is left behind
@@ cmd
gripe split data/events.csv; gripe split -n 1 data/events.csv; gripe split -n 2 --by nobody data/events.csv; gripe split -n 2 --by agent data/events.csv; gripe split -n 2 data/events.csv data/tickets.csv; gripe split -n 2 data/tickets.csv data/tickets-reordered.csv; ls shard-* 2>&1
@@ stdout
ls: cannot access 'shard-*': No such file or directory
@@ stderr
gripe: -n is required: how many shards to write
gripe: -n '1': out of range 2..1024
gripe: --by 'nobody': not a role
gripe: hint: roles are listed in gripe(1), ROLES
gripe: data/events.csv: no agent column
gripe: hint: map one with --col agent=HEADER
gripe: data/tickets.csv:1: no column 'case' (role case) in this file's header
gripe: hint: files read together need the columns the first file maps; read this one on its own, or drop the role with --col case=
gripe: data/tickets-reordered.csv: its header differs from the first file's; split one export at a time
@@ status
2
