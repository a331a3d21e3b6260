# -d '\t' reads it
@@ cmd
gripe check -f csv -d '\t' data/tabs.txt
@@ stdout
file,records,used,rejected,first,last
data/tabs.txt,2,2,0,2026-01-01T00:00:00Z,2026-01-02T00:00:00Z
