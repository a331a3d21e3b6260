# a 16 MiB quoted field (1048576 x 16 bytes) full of commas, doubled quotes and newlines reads as one field; the sample shows its first 80 bytes
@@ cmd
awk 'BEGIN { printf "id,created,text\n1,2026-01-01,\""; for (i = 0; i < 1048576; i++) printf "ab,\"\"c\nefghijklm"; printf "\"\n2,2026-01-02,x\n" }' > big.csv && gripe check -f csv big.csv && gripe columns -f tsv big.csv | cut -f2,3,5,6
@@ stdout
file,records,used,rejected,first,last
big.csv,2,2,0,2026-01-01T00:00:00Z,2026-01-02T00:00:00Z
header	role	empty	sample1
id		0.0000	1
created	time	0.0000	2026-01-01
text	text	0.0000	ab,"c\nefghijklmab,"c\nefghijklmab,"c\nefghijklmab,"c\nefghijklmab,"c\nefghijklmab,"c…
