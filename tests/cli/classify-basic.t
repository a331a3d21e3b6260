# classify adds a column per dimension: category (mode=first, file order: row 4 is refund, row 7's refund is vetoed so delivery), signal (mode=all), practice (outbound rows only: row 6, direction out)
@@ cmd
gripe classify -r data/test.rules data/graded.csv
@@ stdout
id,created,direction,text,label,category,signal,practice
1,2026-01-01,in,I was charged twice!!!,billing,billing,hostile,
2,2026-01-02,in,Where is my refund? Ridiculous,refund,refund,hostile,
3,2026-01-03,in,Package never arrived,delivery,delivery,,
4,2026-01-04,in,refund for the package that never arrived,delivery,refund,,
5,2026-01-05,in,Hello there,billing,other,,
6,2026-01-06,out,Sorry about that,,other,,apologize
7,2026-01-07,in,no refund needed but tracking is wrong,delivery,delivery,,
8,2026-01-08,in,I will cancel my account,refund,other,churn,
