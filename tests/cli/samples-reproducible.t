# the committed samples are exactly what samples/generate.c writes
@@ cmd
cc -std=c11 -O2 -o gen samples/generate.c && mkdir out && ./gen out && for f in tickets events customers activity; do cmp out/$f.csv samples/$f.csv && echo "$f same"; done
@@ stdout
tickets same
events same
customers same
activity same
