# --label-map maps data labels to rule labels; unmapped ones are not graded: rows 1-3 graded, billing P 1/1 R 1/2, refund P 1/1 R 1/1
@@ cmd
gripe rules check -r data/test.rules --label-map data/labelmap.csv -f csv data/mapped.csv | sed -n '/^label,precision/,/^$/p'
@@ stdout
label,precision,recall,f1,support,predicted
billing,1.0000,0.5000,0.67,2,1
refund,1.0000,1.0000,1.00,1,1
delivery,,,,0,0
other,0.0000,,,0,1

