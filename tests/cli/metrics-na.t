# metrics the input cannot give are n/a with a note naming the role to map: data/tickets.csv has no direction (frt), and without --sla there is no SLA
@@ cmd
gripe metrics -r data/test.rules -m cases,resolved_rate,ttr_p50,frt_p50,one_touch_rate,sla_met_rate,reopen_rate data/tickets.csv
@@ stdout
group  cases  resolved_rate  ttr_p50  frt_p50  one_touch_rate  sla_met_rate  reopen_rate
-----  -----  -------------  -------  -------  --------------  ------------  -----------
all        5          60.0%    36.00      n/a             n/a           n/a         0.0%
note: as of 2026-03-09T14:30:00Z (the latest time in the data)
note: frt_p50 is n/a: no direction column (map one with --col direction=HEADER)
note: one_touch_rate is n/a: no direction column (map one with --col direction=HEADER)
note: sla_met_rate is n/a: no --sla given
