# the progress line is not drawn in a pipe or a file (stderr is not a
# terminal here), and --progress on a read shorter than a second draws
# nothing either: the output and stderr are those of a plain run
@@ cmd
gripe check data/tickets.csv > a; gripe check --progress data/tickets.csv > b; gripe check --no-progress data/tickets.csv > c; cmp a b && cmp a c && echo same
@@ stdout
same
