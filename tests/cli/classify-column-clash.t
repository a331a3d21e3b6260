# a dimension whose name the input already has becomes gripe_NAME
@@ cmd
printf 'id,category,text\n1,x,charged twice\n' | gripe classify -r data/test.rules
@@ stdout
id,category,text,gripe_category,signal,practice
1,x,charged twice,billing,,
