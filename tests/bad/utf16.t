# UTF-16 text is an error with a hint to convert it
@@ cmd
printf '\377\376c\000a\000s\000e\000\n\000' > w.csv; gripe check w.csv
@@ stderr
gripe: w.csv:1: text is UTF-16, gripe reads UTF-8
gripe: hint: convert it first: iconv -f UTF-16 -t UTF-8 w.csv
@@ status
1
