# graded by hand (see data/graded.csv): 7 graded rows; billing P 1/1 R 1/2 F1 .67; refund P 1/2 (rows 2,4) R 1/2 F1 .50; delivery P 2/2 R 2/3 F1 .80; other predicted twice, never true. Hits: refund 3 (rows 2,4,7), decided 2; the veto 1; delivery 3, decided 2. Coverage: category 5/8, signal 3/8, practice 1/1
@@ cmd
gripe rules check -r data/test.rules data/graded.csv
@@ stdout
rules
dimension  mode   rows      labels  rules  expects  failed
---------  -----  --------  ------  -----  -------  ------
category   first  all            4      4        3       0
signal     all    all            2      2        1       0
practice   all    outbound       1      1        0       0

rules on the data
dimension  label      kind   source              hits  decided  note
---------  ---------  -----  ------------------  ----  -------  ----
category   billing    match  data/test.rules:4      1        1
category   refund     match  data/test.rules:5      3        2
category   refund     veto   data/test.rules:6      1      n/a
category   delivery   match  data/test.rules:7      3        2
signal     hostile    match  data/test.rules:13     2        2
signal     churn      match  data/test.rules:14     1        1
practice   apologize  match  data/test.rules:18     1        1

coverage
dimension  rows  labelled  coverage
---------  ----  --------  --------
category      8         5     62.5%
signal        8         3     37.5%
practice      1         1    100.0%
note: coverage: share of the rows a dimension looks at that get a label other than its fallback

accuracy
label     precision  recall    f1  support  predicted
--------  ---------  ------  ----  -------  ---------
billing      100.0%   50.0%  0.67        2          1
refund        50.0%   50.0%  0.50        2          2
delivery     100.0%   66.7%  0.80        3          2
other          0.0%     n/a   n/a        0          2
note: graded against the label column: 7 rows, 4 agree (57.1%)
note: precision: of the rows given the label, the share whose label column says so; recall: of the rows whose label column says so, the share given it

confusion (rows: label column, columns: rules)
label     billing  refund  delivery  other
--------  -------  ------  --------  -----
billing         1       0         0      1
refund          0       1         0      1
delivery        0       1         2      0
other           0       0         0      0
