# SIGTERM or SIGHUP in the middle of a run (gripe waiting on a FIFO, its
# -o and --rejects files open) removes their temporary files and leaves
# no output file: the process dies of the signal (143, 129).  The writer
# opens the FIFO read-write and writes less than a pipe holds, so it never
# blocks even when gripe is killed before it opens the FIFO (slow under
# valgrind)
@@ cmd
for sig in TERM HUP; do mkfifo in.fifo; (exec 3<> in.fifo; { printf 'case,time,text\n'; awk 'BEGIN { for (i = 0; i < 1500; i++) printf "K%d,2026-01-01 10:00,text %d\n", i, i }'; } >&3; sleep 3) & w=$!; gripe classify -o out.csv --rejects rej.csv in.fifo & g=$!; i=0; while [ $i -lt 200 ] && ! ls out.csv.tmp.* > /dev/null 2>&1; do sleep 0.05; i=$((i + 1)); done; ls out.csv.tmp.* rej.csv.tmp.* 2> /dev/null | sed 's/\.tmp\..*/.tmp.X/'; kill -$sig $g; wait $g 2> /dev/null; echo "$sig: exit $?"; wait $w; rm in.fifo; ls; done
@@ stdout
out.csv.tmp.X
rej.csv.tmp.X
TERM: exit 143
data
samples
out.csv.tmp.X
rej.csv.tmp.X
HUP: exit 129
data
samples
