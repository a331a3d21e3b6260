# a directory is not an input
@@ cmd
gripe columns data
@@ stderr
gripe: data: is a directory
@@ status
2
