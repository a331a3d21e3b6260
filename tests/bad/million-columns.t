# a header of 1,000,000 columns and one record: read in bounded time
@@ cmd
awk 'BEGIN { for (i = 1; i <= 1000000; i++) printf "c%d%s", i, i < 1000000 ? "," : "\n"; for (i = 1; i <= 1000000; i++) printf "%d%s", i, i < 1000000 ? "," : "\n" }' > wide.csv; gripe check -f csv wide.csv | cut -c1-60
@@ stderr
gripe: wide.csv:1: no time column
gripe: hint: no column looks like a time; map one with --col time=HEADER
