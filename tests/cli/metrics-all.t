# every metric on a hand-worked event log (data/events.csv), as of its
# latest time, Mar 11 12:00.  K1 (u1, billing): opened Mar 2 09:00, first
# reply 10:00 (frt 1h), resolved 13:00 (ttr 4h), 2 outbound rows, csat 5.
# K2 (u2, delivery): opened Mar 3 08:00, resolved Mar 4, reopened Mar 5,
# resolved again Mar 6 08:00 (the final run starts there: ttr 72h), first
# reply Mar 4 (frt 24h), an outbound row Mar 7 after it (followed up), csat
# 2.  K3 (u1, billing): open, status escalated; a repeat of K1 (same
# customer and category 8 days later).  K4 (u3, other): open, opened at
# as-of.  So: cases 4, rows 11, customers 3, resolved 2/4; ttr {4,72}:
# p50 4+0.5*68 = 38, p90 4+0.9*68 = 65.2, mean 38; Kaplan-Meier: 0
# censored (K4), 4 event (S = 2/3), 27 censored (K3: Mar 10 09:00 to Mar
# 11 12:00), 72 event (S = 0) -> 72; frt {1,24}: p50 12.5, p90 21.7;
# one-touch 0/2; reopened 1/4; escalated 1/4; followed up 1/2; with --sla
# 24h: K1 met, K2 breached, K3 open 27h breached, K4 not counted -> 1/3;
# backlog 2 (K3, K4), ages {27, 0}: p50 13.5; csat {5,2}: mean 3.5, good
# (>= 4) 1/2; repeat 1/4.
@@ cmd
gripe metrics -r data/test.rules --sla 24h -f tsv -m rows,cases,customers,resolved_rate,ttr_p50,ttr_p90,ttr_mean,ttr_km_p50,frt_p50,frt_p90,one_touch_rate,reopen_rate,escalation_rate,followup_rate,sla_met_rate,backlog,backlog_age_p50,csat_mean,csat_good,repeat_rate data/events.csv
@@ stdout
group	rows	cases	customers	resolved_rate	ttr_p50	ttr_p90	ttr_mean	ttr_km_p50	frt_p50	frt_p90	one_touch_rate	reopen_rate	escalation_rate	followup_rate	sla_met_rate	backlog	backlog_age_p50	csat_mean	csat_good	repeat_rate
all	11	4	3	0.5000	38.00	65.20	38.00	72.00	12.50	21.70	0.0000	0.2500	0.2500	0.5000	0.3333	2	13.50	3.50	0.5000	0.2500
