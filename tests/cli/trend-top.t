# --top N keeps the N labels with the most cases over all periods: in
# data/trend.csv refund has 12 cases, billing 11, delivery 3, other 1, so
# --top 2 keeps refund and billing (shares stay shares of the whole
# period; a row per week, 6 weeks each), and -f gnuplot draws that many
# lines (two names); --top 0 is a usage error
@@ cmd
gripe trend -r data/test.rules -f csv --top 2 data/trend.csv | cut -d, -f2 | sort | uniq -c; gripe trend -r data/test.rules -f gnuplot --top 2 data/trend.csv | sed -n '/^\$g1n <</,/^EOD/p'; gripe trend --top 0 data/trend.csv
@@ stdout
      6 billing
      1 category
      6 refund
$g1n << EOD
"refund"
"billing (rising)"
EOD
@@ stderr
gripe: --top '0': out of range 1..100000000
@@ status
2
