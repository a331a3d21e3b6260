# a 16 MiB text field is classified like any other (the billing rule matches near its end)
@@ cmd
awk 'BEGIN { printf "id,created,text\n1,2026-01-01,\""; for (i = 0; i < 1048576; i++) printf "ab,\"\"c\nefghijklm"; printf "I was charged twice\"\n" }' > big.csv && gripe classify -r data/test.rules big.csv | tail -c 40
@@ stdout
efghijklmI was charged twice",billing,,
