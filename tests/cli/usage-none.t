# no command: usage on stderr, status 2
@@ cmd
gripe
@@ stderr
usage: gripe [-hV] command [options] [file ...]

commands:
  check      read a log as the analyses will; count what is used and rejected
  columns    show each column's role, empty share, samples and time format

'gripe COMMAND -h' shows a command's options; 'man gripe' tells all.
@@ status
2
