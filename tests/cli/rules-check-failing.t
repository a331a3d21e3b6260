# a failing expectation is named with FILE:LINE and exits 1
@@ cmd
gripe rules check -r data/failing.rules
@@ stdout
rules
dimension  mode   rows  labels  rules  expects  failed
---------  -----  ----  ------  -----  -------  ------
category   first  all        2      1        2       2
@@ stderr
gripe: data/failing.rules:3: expect billing: got other (fallback) in [category]
gripe: data/failing.rules:4: expect -: got billing (data/failing.rules:2) in [category]
gripe: 2 of 2 expectations failed
@@ status
1
