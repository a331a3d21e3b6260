# a label with shell metacharacters is only text, shown as written: gripe
# runs no shell, and gnuplot scripts quote labels and values (see
# tests/cli/gnuplot-inject.t)
@@ cmd
printf '[category]\nbad$(id) /x/\n' > meta.rules; gripe rules show -r meta.rules; echo "exit $?"; printf '[category]\nok /x/\n' > fine.rules; gripe rules show -f csv -r fine.rules | cut -d, -f1-5
@@ stdout
dimension  mode   rows  label     kind      pattern  flags  field  source
---------  -----  ----  --------  --------  -------  -----  -----  ------------
category   first  all   bad$(id)  match     x                      meta.rules:2
category   first  all   other     fallback  n/a      n/a    n/a    meta.rules:1
exit 0
dimension,mode,rows,label,kind
category,first,all,ok,match
category,first,all,other,fallback
