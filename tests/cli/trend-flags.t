# trend worked by hand on data/trend.csv (weeks from Monday): billing 1 a
# week in W10-W13 (mu 1), 6 in W14: z = (6-1)/sqrt(1) = 5, rising;
# delivery 0 then 3: mu 0, x >= 3, new (z = 3/sqrt(1) = 3); refund 2 a week
# then 4: z = 2/sqrt(2) = 1.41, no flag.  W14 has 13 cases: shares 6/13 =
# 46.2%, 4/13 = 30.8%, 3/13 = 23.1%; changes from W13: billing +500%,
# refund +100%, delivery none (0 before).  The one 'hello' (other) of W12
# shows again in W13 as 0 with prev 1.  As of Apr 8 (a Wednesday) W15 is
# incomplete: marked, not flagged.
@@ cmd
gripe trend -r data/test.rules -f csv data/trend.csv
@@ stdout
period,category,cases,share,prev,change,z,flag
2026-W10,refund,2,0.6667,,,,
2026-W10,billing,1,0.3333,,,,
2026-W11,refund,2,0.6667,2,0.0000,,
2026-W11,billing,1,0.3333,1,0.0000,,
2026-W12,refund,2,0.5000,2,0.0000,,
2026-W12,billing,1,0.2500,1,0.0000,,
2026-W12,other,1,0.2500,0,,,
2026-W13,refund,2,0.6667,2,0.0000,,
2026-W13,billing,1,0.3333,1,0.0000,,
2026-W13,other,0,0.0000,1,-1.0000,,
2026-W14,billing,6,0.4615,1,5.0000,5.00,rising
2026-W14,refund,4,0.3077,2,1.0000,1.41,
2026-W14,delivery,3,0.2308,0,,3.00,new
2026-W15,billing,1,1.0000,6,-0.8333,,incomplete
2026-W15,refund,0,0.0000,4,-1.0000,,incomplete
2026-W15,delivery,0,0.0000,3,-1.0000,,incomplete
