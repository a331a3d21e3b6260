# day/month order the sample cannot settle asks for --time-format
@@ cmd
gripe check data/ambiguous.csv
@@ stderr
gripe: data/ambiguous.csv:2: cannot tell day from month in column 'date' (values like "03/04/2026" fit both '%d/%m/%Y' and '%m/%d/%Y')
gripe: hint: say which with --time-format time='%d/%m/%Y' or --time-format time='%m/%d/%Y'
@@ status
1
