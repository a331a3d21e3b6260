# an unterminated quote at the end of the file is an error at the record's first line
@@ cmd
gripe check data/unterminated.csv
@@ stderr
gripe: data/unterminated.csv:3: unterminated quoted field (field 3 runs to the end of the input)
@@ status
1
