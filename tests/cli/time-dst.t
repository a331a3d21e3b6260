# --tz: naive times read in New York across both DST changes (gap forward, overlap earlier); first = 01:30 EST = 06:30Z, last = 03:00 EST = 08:00Z
@@ cmd
gripe check -f csv --tz America/New_York data/dst.csv
@@ stdout
file,records,used,rejected,first,last
data/dst.csv,5,5,0,2026-03-08T01:30:00-05:00,2026-11-01T03:00:00-05:00
