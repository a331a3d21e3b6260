# a header of 1,000,000 columns is past the default --max-columns
# (100000): a clear error at line 1, in bounded time; with the limit
# raised the columns are all listed
@@ cmd
awk 'BEGIN { for (i = 1; i <= 1000000; i++) printf "c%d%s", i, i < 1000000 ? "," : "\n"; for (i = 1; i <= 1000000; i++) printf "%d%s", i, i < 1000000 ? "," : "\n" }' > wide.csv; gripe check -f csv wide.csv; echo "exit $?"; gripe columns --max-columns 1000000 -f csv wide.csv | wc -l
@@ stdout
exit 1
1000001
@@ stderr
gripe: wide.csv:1: more than 100000 fields in a record
gripe: hint: --max-columns raises the limit
