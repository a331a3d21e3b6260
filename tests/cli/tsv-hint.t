# a tab-separated file read as CSV: the error suggests -d
@@ cmd
gripe check data/tabs.txt
@@ stderr
gripe: data/tabs.txt:1: the header has one column, "a\x09b\x09created"
gripe: hint: the file looks tab-separated; try -d '\t'
@@ status
1
