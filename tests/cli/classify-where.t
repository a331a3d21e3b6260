# --where keeps rows: same dimension = alternatives, different dimensions = all must hold; DIM= keeps rows without a label
@@ cmd
gripe classify -r data/test.rules --where category=refund --where category=billing data/graded.csv | cut -d, -f1,6; gripe classify -r data/test.rules --where category=refund --where signal=hostile data/graded.csv | cut -d, -f1,6,7; gripe classify -r data/test.rules --where signal= data/graded.csv | cut -d, -f1; gripe classify -r data/test.rules --where category=nosuch data/graded.csv; gripe classify -r data/test.rules --where color=red data/graded.csv
@@ stdout
id,category
1,billing
2,refund
4,refund
id,category,signal
2,refund,hostile
id
3
4
5
6
7
@@ stderr
gripe: bad --where 'category=nosuch': no label 'nosuch' in [category]
gripe: hint: 'gripe rules show' lists the labels
gripe: bad --where 'color=red': no dimension 'color'
gripe: hint: the dimensions are category, signal, practice
@@ status
2
