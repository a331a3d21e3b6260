# a rules file with errors: every one named by file, line and column
# before anything runs
@@ cmd
printf '[category]\nbilling /charged twice\nrefund /refund(/i\n[other\n' > bad.rules; gripe classify -r bad.rules samples/tickets.csv
@@ stderr
gripe: bad.rules:2:9: unterminated pattern: no closing '/' (write a slash inside it as '\/')
gripe: bad.rules:3:16: missing closing parenthesis (pattern offset 7)
gripe: bad.rules:4:7: bad section name: use letters, digits, '_', '-' or '.' between '[' and ']'
@@ status
2
