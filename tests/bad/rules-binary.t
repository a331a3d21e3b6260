# a binary file given as rules is an error, not a crash
@@ cmd
head -c 3000 /bin/sh > bin.rules; gripe rules show -r bin.rules 2>&1 | head -n 3 | cut -c1-60
@@ stdout
gripe: bin.rules:1:1: a NUL byte in a rules file
