# one 100 MiB field is read whole (memory for it, once) and counted
@@ cmd
{ printf 'case,time,text\nK1,2026-01-01 10:00,"'; head -c 104857600 /dev/zero | tr '\\0' a; printf '"\nK2,2026-01-01 11:00,short\n'; } > big.csv; gripe check -f csv big.csv; gripe classify big.csv | wc -c
@@ stdout
file,records,used,rejected,first,last
big.csv,2,2,0,2026-01-01T10:00:00Z,2026-01-01T11:00:00Z
104857703
