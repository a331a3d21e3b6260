# a log with a header and no rows: no cases, said in a note
@@ cmd
printf 'id,created\n' | gripe metrics -m cases,resolved_rate
@@ stdout
group  cases  resolved_rate
-----  -----  -------------
note: no cases: the input has no row with a time
note: resolved_rate is n/a: no closed or status column (map one with --col closed=HEADER or --col status=HEADER)
