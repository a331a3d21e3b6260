# every error of a rules file is reported as FILE:LINE:COL, then exit 2 and no output
@@ cmd
gripe classify -r data/bad.rules data/graded.csv
@@ stderr
gripe: data/bad.rules:1:17: mode must be first or all, not 'some'
gripe: data/bad.rules:2:19: missing closing parenthesis (pattern offset 9)
gripe: data/bad.rules:3:11: unknown flag 'q' (flags are i, x, s, m, w)
gripe: data/bad.rules:4:1: a line must not start with blanks
gripe: data/bad.rules:5:19: unexpected 'trailing' after the pattern (only field=COL[,COL] may follow)
gripe: data/bad.rules:6:8: 'nosuch' is not a label of [category]
@@ status
2
