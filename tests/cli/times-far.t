# times far from today keep their value through the packed case records
# and a saved state: K1 resolved in 24h in 1901 (before the epoch), K2 in
# 12h in 2999 (a time that needs 5 bytes), K3 in 2 seconds across the
# epoch.  ttr {0.00056, 12, 24} hours: p50 12, mean 12.0002, p90 12 +
# 0.8 * 12 = 21.6; customer C1 has K1 and K3: p50 and mean 12.0003.
@@ cmd
printf 'case_id,customer_id,created_at,closed_at,status\nK1,C1,1901-01-01 00:00:00,1901-01-02 00:00:00,closed\nK2,C2,2999-12-31 00:00:00,2999-12-31 12:00:00,closed\nK3,C1,1969-12-31 23:59:59,1970-01-01 00:00:01,closed\n' > far.csv
gripe metrics -m cases,resolved_rate,ttr_p50,ttr_mean,ttr_p90 -f csv far.csv
gripe metrics --save-state far.st far.csv > /dev/null
gripe metrics --state far.st --by customer -m cases,ttr_p50,ttr_mean -f csv
@@ stdout
group,cases,resolved_rate,ttr_p50,ttr_mean,ttr_p90
all,3,1.0000,12.00,12.00,21.60
customer,cases,ttr_p50,ttr_mean
C1,2,12.00,12.00
C2,1,12.00,12.00
