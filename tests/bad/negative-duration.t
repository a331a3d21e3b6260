# closed before opened: the case counts as resolved but has no time to
# resolution, and a note says how many
@@ cmd
printf 'case,opened,closed,text\nK1,2026-01-02 10:00,2026-01-01 10:00,a\nK2,2026-01-01 10:00,2026-01-01 12:00,b\n' > n.csv; gripe metrics -m cases,resolved_rate,ttr_p50 n.csv
@@ stdout
group  cases  resolved_rate  ttr_p50
-----  -----  -------------  -------
all        2         100.0%     2.00
note: as of 2026-01-02T10:00:00Z (the latest time in the data)
note: 1 case resolved before it was opened: left out of the resolution times
