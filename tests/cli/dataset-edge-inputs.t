# csvkit's malformed inputs: CR-only line ends, a NUL byte and Latin-1 kept as bytes, ragged rows counted
@@ cmd
for f in mac_newlines test_latin1 bad; do gripe columns -f tsv datasets/csv-edge-inputs/$f.csv | cut -f2,6,7; done; gripe columns -f json datasets/csv-edge-inputs/null_byte.csv | cut -d, -f2,6
@@ stdout
header	sample1	sample2
a	1	Once upon\ra time
b	2	5
c	3	6
header	sample1	sample2
a	1	4
b	2	5
c	3	©
header	sample1	sample2
column_a	0	
column_b	mixed types.... uh oh	
column_c	17	
[
"header":"a","sample1":"\u0000"
"header":"b","sample1":"2"
"header":"c","sample1":"3"
]
@@ stderr
gripe: datasets/csv-edge-inputs/bad.csv:2: wrong number of fields (4, expected 3 as in the header)
gripe: datasets/csv-edge-inputs/bad.csv:3: wrong number of fields (2, expected 3 as in the header)
gripe: skipped 2 of 3 records (wrong field count 2)
