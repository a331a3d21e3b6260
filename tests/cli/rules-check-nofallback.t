# with fallback=- a row no rule labels is a (none) prediction and counts against recall: 4 graded rows, billing support 2 (rows 1,3), recall 1/2; refund support 2, recall 1/2
@@ cmd
printf '[category] fallback=-\nbilling /charged/i\nrefund /refund/i\n' > nf.rules; printf 'id,created,text,label\n1,2026-01-01,charged twice,billing\n2,2026-01-02,a refund,refund\n3,2026-01-03,hello,billing\n4,2026-01-04,nothing,refund\n' > nf.csv; gripe rules check -r nf.rules -f csv nf.csv | sed -n '/^label,precision/,$p'; gripe rules check -r data/test.rules --dim signal nf.csv
@@ stdout
label,precision,recall,f1,support,predicted
billing,1.0000,0.5000,0.67,2,1
refund,1.0000,0.5000,0.67,2,1

label,billing,refund,(none)
billing,1,0,1
refund,0,1,1
@@ stderr
gripe: only a mode=first dimension can be graded; [signal] is mode=all
@@ status
2
