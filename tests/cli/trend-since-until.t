# --since starts the periods at the first kept case (W14 has nothing before it, so nothing is judged); --until 2026-04-06 (a Monday) ends them with W14, which is then complete and judged as in trend-flags.t
@@ cmd
gripe trend -r data/test.rules --since 2026-03-30 data/trend.csv; gripe trend -r data/test.rules -f csv --until 2026-04-06 data/trend.csv | tail -3
@@ stdout
period    category  cases   share  prev   change    z  flag
--------  --------  -----  ------  ----  -------  ---  ----------
2026-W14  billing       6   46.2%   n/a      n/a  n/a
2026-W14  refund        4   30.8%   n/a      n/a  n/a
2026-W14  delivery      3   23.1%   n/a      n/a  n/a
2026-W15  billing       1  100.0%     6   -83.3%  n/a  incomplete
2026-W15  refund        0    0.0%     4  -100.0%  n/a  incomplete
2026-W15  delivery      0    0.0%     3  -100.0%  n/a  incomplete
note: as of 2026-04-08T09:00:00Z (the latest time in the data); the last complete period, 2026-W14, has no period before it to be judged against
2026-W14,billing,6,0.4615,1,5.0000,5.00,rising
2026-W14,refund,4,0.3077,2,1.0000,1.41,
2026-W14,delivery,3,0.2308,0,,3.00,new
