# an unknown regex flag is an error at its column
@@ cmd
printf '[category]\nbilling /twice/q\n' > f.rules; gripe rules show -r f.rules
@@ stderr
gripe: f.rules:2:16: unknown flag 'q' (flags are i, x, s, m, w)
@@ status
2
