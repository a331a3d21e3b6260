# a case resolved before it opened is left out of resolution times and counted in a note
@@ cmd
printf 'id,created,closed\n1,2026-01-02 10:00,2026-01-01 10:00\n2,2026-01-02 10:00,2026-01-02 12:00\n' | gripe metrics -m cases,resolved_rate,ttr_p50
@@ stdout
group  cases  resolved_rate  ttr_p50
-----  -----  -------------  -------
all        2         100.0%     2.00
note: as of 2026-01-02T12:00:00Z (the latest time in the data)
note: 1 case resolved before it was opened: left out of the resolution times
