# rules show lists every rule, veto and fallback with its source line
@@ cmd
gripe rules show -r data/test.rules -f csv
@@ stdout
dimension,mode,rows,label,kind,pattern,flags,field,source
category,first,all,billing,match,charged twice|double charg,i,,data/test.rules:4
category,first,all,refund,match,refund,i,,data/test.rules:5
category,first,all,refund,veto,no refund needed,i,,data/test.rules:6
category,first,all,delivery,match,never arrived|tracking,i,,data/test.rules:7
category,first,all,other,fallback,,,,data/test.rules:3
signal,all,all,hostile,match,"ridiculous|!{3,}",i,,data/test.rules:13
signal,all,all,churn,match,cancel my account,i,,data/test.rules:14
practice,all,outbound,apologize,match,sorry,i,,data/test.rules:18
