# .tsv files default to tab
@@ cmd
cp data/tabs.txt t.tsv && gripe check -f csv t.tsv
@@ stdout
file,records,used,rejected,first,last
t.tsv,2,2,0,2026-01-01T00:00:00Z,2026-01-02T00:00:00Z
