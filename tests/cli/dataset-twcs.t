# the real TWCS export holds one record whose unquoted text has bare CRs (tweet 3399): by default an error at its line; with --rejects its two fragments are counted (5001 = 4999 used + 2 rejected) and the rejects file holds exactly the bytes of the broken line
@@ cmd
gripe check datasets/twcs/twcs_prefix.csv; echo "status $?"; gripe check -f csv --rejects r.csv datasets/twcs/twcs_prefix.csv; grep -a -F "$(printf '\r\r')" datasets/twcs/twcs_prefix.csv > want; tail -n +2 r.csv | cmp - want && echo same bytes
@@ stdout
status 1
file,records,used,rejected,first,last
datasets/twcs/twcs_prefix.csv,5001,4999,2,2011-08-29T03:20:05Z,2017-12-03T18:52:36Z
same bytes
@@ stderr
gripe: datasets/twcs/twcs_prefix.csv:2589: wrong number of fields (6, expected 8 as in the header)
gripe: skipped 2 of 5001 records (wrong field count 2); see r.csv
