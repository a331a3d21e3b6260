# a file of blank lines and spaces has no header
@@ cmd
printf '\n  \n\n' > w.csv; gripe check w.csv
@@ stderr
gripe: w.csv:1: no time column
gripe: hint: no column looks like a time; map one with --col time=HEADER
@@ status
1
