# --max-columns and --max-field-size bound what one record may take: past
# them the run stops with the line and a hint (exit 1); a bad size is a
# usage error; the limits may be raised
@@ cmd
awk 'BEGIN { for (i = 1; i <= 1000; i++) printf "c%d%s", i, i < 1000 ? "," : "\n" }' > wide.csv; gripe columns --max-columns 100 wide.csv; echo "exit $?"; gripe columns --max-columns 1000 -f csv wide.csv | wc -l; printf 'a,b\n1,%s\n' "$(head -c 3000 /dev/zero | tr '\0' x)" > f.csv; gripe columns --max-field-size 1K f.csv; echo "exit $?"; gripe columns --max-field-size 3K -f csv f.csv | cut -c1-20; gripe columns --max-field-size 12Q f.csv
@@ stdout
exit 1
1001
exit 1
column,header,role,s
1,a,,,0.0000,1,,
2,b,,,0.0000,xxxxxxx
@@ stderr
gripe: wide.csv:1: more than 100 fields in a record
gripe: hint: --max-columns raises the limit
gripe: f.csv:2: field 2 is longer than 1024 bytes
gripe: hint: --max-field-size raises the limit
gripe: bad --max-field-size '12Q'
gripe: hint: give bytes, or a number with K, M or G, as in 64M (at most 64G)
@@ status
2
