# a closed pipe ends quietly: 3000 columns of output into head -1; status 0, nothing on stderr
@@ cmd
awk 'BEGIN { for (i = 1; i <= 3000; i++) printf "%scol%d", (i > 1 ? "," : ""), i; print "" }' > wide.csv && { gripe columns wide.csv; echo "status $?" >&2; } | head -1 | cut -c1-20
@@ stdout
column  header   rol
@@ stderr
status 0
