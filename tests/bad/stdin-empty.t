# empty standard input is an empty input named as such
@@ cmd
gripe check < /dev/null
@@ stderr
gripe: <stdin>: empty input: no header line
@@ status
1
