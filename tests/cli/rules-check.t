# rules check without data: the summary, all expectations hold
@@ cmd
gripe rules check -r data/test.rules
@@ stdout
rules
dimension  mode   rows      labels  rules  expects  failed
---------  -----  --------  ------  -----  -------  ------
category   first  all            4      4        3       0
signal     all    all            2      2        1       0
practice   all    outbound       1      1        0       0
