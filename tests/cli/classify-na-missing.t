# a missing value (blank, or a --na marker) is never matched by rules
@@ cmd
printf '[category]\nna /N.A|^ +$/\n' > na.rules; printf 'id,text\n1,N/A\n2,   \n' > na.csv; gripe classify -r na.rules na.csv; gripe classify -r na.rules --na N/A na.csv
@@ stdout
id,text,category
1,N/A,na
2,"   ",other
id,text,category
1,N/A,other
2,"   ",other
