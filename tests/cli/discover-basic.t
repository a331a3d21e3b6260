# discover: rows 1,2,4,5 fall to other (row 3 is billing); after stop words and number masking: coupon in 4 rows (100%), code and 'coupon code' in 3 (rows 1,2,5: 75%), rejected, 'code rejected', 'coupon code rejected' in 2; ties by text; example = first row seen
@@ cmd
gripe discover -r data/test.rules --top 6 data/discover.csv
@@ stdout
ngram                 words  rows   share  example
--------------------  -----  ----  ------  -------------------
coupon                    1     4  100.0%  data/discover.csv:2
code                      1     3   75.0%  data/discover.csv:2
coupon code               2     3   75.0%  data/discover.csv:2
code rejected             2     2   50.0%  data/discover.csv:2
coupon code rejected      3     2   50.0%  data/discover.csv:2
rejected                  1     2   50.0%  data/discover.csv:2
note: 4 of 5 rows fell to the fallback of [category], other
