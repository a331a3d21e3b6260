# each DST case on its own: 02:30 in the gap is 07:30Z, the first 01:30 of 1 Nov is 05:30Z, the explicit -05:00 one 06:30Z
@@ cmd
for n in 2 3 5; do sed -n "1p;$((n+1))p" data/dst.csv | gripe check -f csv --tz America/New_York | cut -d, -f5; done
@@ stdout
first
2026-03-08T03:30:00-04:00
first
2026-11-01T01:30:00-04:00
first
2026-11-01T01:30:00-05:00
