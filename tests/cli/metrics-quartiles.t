# ttr_p10, ttr_p25 and ttr_p75 by hand (type 7, h = (n - 1) p): times to
# resolution 1, 2, 4 and 10 hours; p10: h = 0.3, 1 + 0.3 * 1 = 1.3;
# p25: h = 0.75, 1 + 0.75 * 1 = 1.75; p50: h = 1.5, 2 + 0.5 * 2 = 3;
# p75: h = 2.25, 4 + 0.25 * 6 = 5.5.  With the three quartiles the chart
# is a box plot (candlesticks), whiskers at p10 and p90 (h = 2.7, 4 + 0.7
# * 6 = 8.2); all positive and 8.2 / 1.3 < 20: a linear axis
@@ cmd
printf 'case,opened,closed\nA,2026-03-02 10:00,2026-03-02 11:00\nB,2026-03-02 10:00,2026-03-02 12:00\nC,2026-03-02 10:00,2026-03-02 14:00\nD,2026-03-02 10:00,2026-03-02 20:00\n' > q.csv; gripe metrics -m ttr_p10,ttr_p25,ttr_p50,ttr_p75,ttr_p90 -f csv q.csv; gripe metrics -m ttr_p10,ttr_p25,ttr_p50,ttr_p75,ttr_p90 -f gnuplot q.csv | sed -n '/^\$g1 <</,/^EOD/p;/logscale/p;/candlesticks/p'
@@ stdout
group,ttr_p10,ttr_p25,ttr_p50,ttr_p75,ttr_p90
all,1.30,1.75,3.00,5.50,8.20
$g1 << EOD
"all" 1 1.3 1.75 3 5.5 8.2
EOD
plot $g1 using 2:4:3:7:6:xtic(1) with candlesticks whiskerbars 0.5 fs solid 0.35 lc 1 title 'p25 to p75, whiskers p10 to p90', \
    $g1 using 2:5:5:5:5 with candlesticks lw 3 lc rgb 'black' title 'median', \
