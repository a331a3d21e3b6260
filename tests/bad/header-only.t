# a header and no record: counted as 0, views say there is no case
@@ cmd
printf 'case,customer,time,status,text\n' > h.csv; gripe check h.csv && gripe metrics -m cases h.csv
@@ stdout
file   records  used  rejected  first  last
-----  -------  ----  --------  -----  ----
h.csv        0     0         0  n/a    n/a
note: roles: case=case; customer=customer; time=time; status=status; text=text
group  cases
-----  -----
note: no cases: the input has no row with a time
