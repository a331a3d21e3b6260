# a semicolon file read as CSV is one column, and the time role is missing
# with a hint
@@ cmd
printf 'case;time;text\nK1;2026-01-01 10:00;a\n' > s.csv; gripe metrics s.csv
@@ stderr
gripe: s.csv:1: the header has one column, "case;time;text"
gripe: hint: the file looks semicolon-separated; try -d ';'
@@ status
1
