# --period month: March has 19 cases (billing 10, refund 8, other 1), April 8 and is incomplete as of Apr
# 8; with --baseline 1 the judged period's baseline is the one before it
@@ cmd
gripe trend -r data/test.rules -f csv --period month data/trend.csv; gripe trend -r data/test.rules -f csv --baseline 1 --as-of 2026-04-06T00:00:00Z data/trend.csv | grep W14; gripe trend -r data/test.rules --dim nosuch data/trend.csv; gripe trend --period year data/trend.csv
@@ stdout
period,category,cases,share,prev,change,z,flag
2026-03,billing,10,0.5263,,,,
2026-03,refund,8,0.4211,,,,
2026-03,other,1,0.0526,,,,
2026-04,refund,4,0.5000,8,-0.5000,,incomplete
2026-04,delivery,3,0.3750,0,,,incomplete
2026-04,billing,1,0.1250,10,-0.9000,,incomplete
2026-04,other,0,0.0000,1,-1.0000,,incomplete
2026-W14,billing,6,0.4615,1,5.0000,5.00,rising
2026-W14,refund,4,0.3077,2,1.0000,1.41,
2026-W14,delivery,3,0.2308,0,,3.00,new
@@ stderr
gripe: no dimension 'nosuch' in the rules
gripe: bad --period 'year': day, week, month or quarter
@@ status
2
