# every chart kind renders from the samples to PNG (pngcairo, and plain
# png) and SVG: gnuplot exits 0 and says nothing, the PNG has the size
# asked for (read from its IHDR header) and is not blank (a blank picture
# of that size compresses below 5 kB), the SVG draws paths; and a PDF
@@ needs
gnuplot
@@ cmd
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%d x %d\n", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'; }; n=0; for v in "trend" "metrics --by category" "metrics --by category,channel -m cases" "metrics --by agent -m escalation_rate,reopen_rate" "metrics --by category -m ttr_p10,ttr_p25,ttr_p50,ttr_p75,ttr_p90" "churn --customers samples/customers.csv" "churn --survival --customers samples/customers.csv" "columns"; do n=$((n+1)); for term in pngcairo png svg; do gripe $v -f gnuplot --terminal $term --size 640x400 --image c$n.$term samples/events.csv > c.gp && gnuplot c.gp || echo "failed: $v $term"; done; test "$(png_size c$n.pngcairo)" = "640 x 400" || echo "size c$n: $(png_size c$n.pngcairo)"; test "$(wc -c < c$n.pngcairo)" -gt 5000 || echo "blank c$n"; test "$(wc -c < c$n.png)" -gt 5000 || echo "blank png c$n"; test "$(grep -c '<path' c$n.svg)" -gt 10 || echo "no paths c$n"; done; echo "$n charts"; gripe trend -f gnuplot --terminal pdfcairo --image t.pdf samples/events.csv | gnuplot && head -c 5 t.pdf; echo
@@ stdout
8 charts
%PDF-
