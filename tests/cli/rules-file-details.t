# a rules file may start with a byte order mark; '-' cannot be a label; blanks before an expect line's colon are not part of the label
@@ cmd
printf '\357\273\277[category]\nbilling /bill/i\nexpect billing : my bill\n' > bom.rules; gripe rules check -r bom.rules | tail -1; printf -- '- /x/\n' > dash.rules; gripe rules check -r dash.rules
@@ stdout
category   first  all        2      1        1       0
@@ stderr
gripe: dash.rules:1:1: '-' cannot be a label: it means no label
@@ status
2
