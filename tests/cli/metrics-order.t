# the same rows in another order give the same numbers (values from the
# first or last row go by time, then input order)
@@ cmd
gripe metrics -r data/test.rules --sla 24h -f csv -m cases,resolved_rate,ttr_p50,ttr_km_p50,frt_p50,reopen_rate,followup_rate,csat_mean,repeat_rate --by category data/events.csv > a.csv; gripe metrics -r data/test.rules --sla 24h -f csv -m cases,resolved_rate,ttr_p50,ttr_km_p50,frt_p50,reopen_rate,followup_rate,csat_mean,repeat_rate --by category data/events-shuffled.csv > b.csv; cmp a.csv b.csv && cat a.csv
@@ stdout
category,cases,resolved_rate,ttr_p50,ttr_km_p50,frt_p50,reopen_rate,followup_rate,csat_mean,repeat_rate
billing,2,0.5000,4.00,4.00,1.00,0.0000,0.0000,5.00,0.5000
delivery,1,1.0000,72.00,72.00,24.00,1.0000,1.0000,2.00,0.0000
other,1,0.0000,,,,0.0000,,,0.0000
