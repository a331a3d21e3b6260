# a FIFO whose writer closes it without writing is an empty input
@@ cmd
mkfifo f; (: > f &); gripe check f
@@ stderr
gripe: f: empty input: no header line
@@ status
1
