# a directory given as input is an error naming it
@@ cmd
mkdir dir; gripe check dir
@@ stderr
gripe: dir: is a directory
@@ status
2
